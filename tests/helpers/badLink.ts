import { createConnection, createServer, type Socket } from 'node:net'

/**
 * A bad rural link between a client and the CMS, as a TCP proxy on loopback: it shapes bandwidth, adds
 * latency, and cuts the connection every N bytes, counting every byte it forwards.
 *
 * Why a proxy and not `tc netem`: netem needs root, a network namespace and a kernel module, on every developer
 * machine and in CI; this runs anywhere Node runs, in the test's own process, and cuts at an exact byte count
 * (a netem loss rate cannot say "after 50 MB"), so a test can ask for a number of cuts and get it.
 * What it does not model: packet loss and reordering inside a connection (TCP hides those from both ends
 * anyway, as a slower link), and the time a real TCP handshake takes.
 */
export type BadLinkOptions = {
  /** Where the proxy forwards to. */
  target: { host: string; port: number }
  /** Shared capacity of each direction, as a real link's (undefined: unshaped). */
  bitsPerSecond?: number
  /** Round-trip time added: half on each direction (0: none). */
  rttMs?: number
  /** Cut every connection that carries this many bytes since the last cut (undefined: never cut). */
  cutEveryBytes?: number
}

export type BadLink = {
  port: number
  /** `http://127.0.0.1:<port>` */
  url: string
  /** Bytes forwarded client → server (what crossed the link, request heads included). */
  bytesUp: () => number
  /** Bytes forwarded server → client. */
  bytesDown: () => number
  /** Bytes the clients handed to the proxy, forwarded or lost in a cut. */
  bytesOffered: () => number
  /** How many connections were cut. */
  cuts: () => number
  close: () => Promise<void>
}

/**
 * Above this many bytes queued on a direction beyond what is in flight (bandwidth × one-way delay), its sources are
 * paused: TCP back-pressure, as a full router queue would give. The bytes in flight are not counted against it,
 * or the proxy would act as a TCP window too small for the link and never reach its bandwidth.
 */
const QUEUE_BYTES = 256 * 1024
/** Pieces the shaper releases one at a time: small enough that a 20 Mbit/s link releases ~150 per second. */
const PIECE = 16 * 1024

/** A piece on its way across the link: handed to `sink` at `deliverAt` (ms, performance.now()). */
type Piece = { sink: Socket; piece: Buffer; deliverAt: number; after?: () => void }

type Direction = {
  /** When the link is next free, in ms (performance.now()). */
  freeAt: number
  queued: number
  /** Sources paused because the queue is full, to resume when it drains. */
  paused: Set<Socket>
  /**
   * The pieces crossing, in the order they were sent (their `deliverAt` never decreases): one timer hands
   * them over in that order. A timer per piece did not keep it: Node files timers by their fractional delay,
   * and a piece given 19.999… ms could cross before one sent earlier with 20.000… ms.
   */
  line: Piece[]
  timer?: NodeJS.Timeout
}

type Connection = {
  doomed: boolean
  /** The link drops after the last bytes for `sink` crossed it: `sink` gets them and then a FIN, the other end a reset. */
  cut: (sink: Socket) => void
  /** Both ends reset at once (an error on either). */
  kill: () => void
}

export async function startBadLink(options: BadLinkOptions): Promise<BadLink> {
  const { target, bitsPerSecond, rttMs = 0, cutEveryBytes } = options
  const bytesPerMs = bitsPerSecond ? bitsPerSecond / 8 / 1000 : Number.POSITIVE_INFINITY
  const oneWay = rttMs / 2
  const highWater = QUEUE_BYTES + (Number.isFinite(bytesPerMs) ? bytesPerMs * oneWay : 0)
  const up: Direction = { freeAt: 0, queued: 0, paused: new Set(), line: [] }
  const down: Direction = { freeAt: 0, queued: 0, paused: new Set(), line: [] }
  const counts = { up: 0, down: 0, offered: 0, cuts: 0, sinceCut: 0 }
  const open = new Set<Socket>()
  /** Sources of cut connections: a dead link takes no more bytes, so they stay paused until the reset. */
  const silenced = new WeakSet<Socket>()
  const silence = (source: Socket) => {
    silenced.add(source)
    source.pause()
  }

  /** Sends `chunk` from `source` to `sink` once it has crossed the link, unless the link was cut before it. */
  const forward = (source: Socket, sink: Socket, chunk: Buffer, direction: Direction, link: Connection) => {
    if (direction === up) counts.offered += chunk.length
    if (link.doomed) return silence(source)
    if (cutEveryBytes !== undefined && counts.sinceCut + chunk.length >= cutEveryBytes) {
      // The bytes up to the cut get through; the connection dies right after them, and nothing more crosses.
      // Nor is more taken from the sender: until its reset (once the queue ahead has drained) it would otherwise
      // pour bytes in at loopback speed, counted as sent though no link would have taken them.
      link.doomed = true
      silence(source)
      counts.cuts += 1
      const through = chunk.subarray(0, cutEveryBytes - counts.sinceCut)
      counts.sinceCut = 0
      schedule(source, sink, through, direction, () => link.cut(sink))
      return
    }
    counts.sinceCut += chunk.length
    schedule(source, sink, chunk, direction)
  }

  const schedule = (source: Socket, sink: Socket, chunk: Buffer, direction: Direction, after?: () => void) => {
    const now = performance.now()
    for (let start = 0; start < chunk.length || (start === 0 && after); start += PIECE) {
      const piece = chunk.subarray(start, start + PIECE)
      direction.freeAt = Math.max(direction.freeAt, now) + piece.length / bytesPerMs
      direction.queued += piece.length
      const last = start + PIECE >= chunk.length
      direction.line.push({ sink, piece, deliverAt: direction.freeAt + oneWay, after: last ? after : undefined })
      if (last) break
    }
    if (!direction.timer) pump(direction)
    if (direction.queued > highWater && !source.isPaused()) {
      source.pause()
      direction.paused.add(source)
    }
  }

  /** Hands over, in order, every piece whose time has come, and waits for the next one. */
  const pump = (direction: Direction) => {
    direction.timer = undefined
    const now = performance.now()
    let due = 0
    while (due < direction.line.length && (direction.line[due]?.deliverAt ?? 0) <= now) due += 1
    for (const piece of direction.line.splice(0, due)) deliver(piece, direction)
    const next = direction.line[0]
    if (next) direction.timer = setTimeout(() => pump(direction), Math.max(1, Math.ceil(next.deliverAt - now)))
  }

  const deliver = ({ sink, piece, after }: Piece, direction: Direction) => {
    direction.queued -= piece.length
    if (!sink.destroyed && piece.length) {
      sink.write(piece)
      if (direction === up) counts.up += piece.length
      else counts.down += piece.length
    }
    after?.()
    if (direction.queued <= highWater / 2)
      for (const source of direction.paused) {
        direction.paused.delete(source)
        if (!source.destroyed && !silenced.has(source)) source.resume()
      }
  }

  // Half-open allowed: a client's FIN after its request must not close the way back before the reply crosses.
  const server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = createConnection({ ...target, allowHalfOpen: true })
    open.add(client).add(upstream)
    const link: Connection = {
      doomed: false,
      cut: (sink) => {
        link.doomed = true
        // A reset would throw away what is still in the sink's kernel buffers: the sink's bytes end with a FIN
        // (a body cut short: the server reads an aborted request), the sender gets the reset.
        const other = sink === client ? upstream : client
        if (!other.destroyed) other.resetAndDestroy()
        sink.end(() => sink.destroy())
      },
      kill: () => {
        link.doomed = true
        if (!client.destroyed) client.resetAndDestroy()
        if (!upstream.destroyed) upstream.resetAndDestroy()
      },
    }
    const kill = link.kill
    client.on('data', (chunk: Buffer) => forward(client, upstream, chunk, up, link))
    upstream.on('data', (chunk: Buffer) => forward(upstream, client, chunk, down, link))
    // A half-close is passed on once what came before it has crossed the link.
    client.on('end', () => schedule(client, upstream, Buffer.alloc(0), up, () => upstream.end()))
    upstream.on('end', () => schedule(upstream, client, Buffer.alloc(0), down, () => client.end()))
    for (const socket of [client, upstream]) {
      socket.on('error', kill)
      // A clean close follows an 'end', passed on above in its turn; only a reset ends the other side at once.
      socket.on('close', (hadError) => {
        open.delete(socket)
        up.paused.delete(socket)
        down.paused.delete(socket)
        if (hadError) kill()
      })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address !== 'object') throw new Error('badLink: no port')
  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    bytesUp: () => counts.up,
    bytesDown: () => counts.down,
    bytesOffered: () => counts.offered,
    cuts: () => counts.cuts,
    close: async () => {
      for (const direction of [up, down]) {
        clearTimeout(direction.timer)
        direction.line = []
      }
      for (const socket of open) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
