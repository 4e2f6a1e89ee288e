import { createHash, randomBytes } from 'node:crypto'
import { connect, createServer, type Server } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { type BadLink, startBadLink } from './badLink'

/** A server that hashes what it receives on each connection and reports it when the connection ends. */
type Received = { bytes: number; sha256: string; ended: 'end' | 'cut' }
async function sink(): Promise<{ server: Server; port: number; received: Promise<Received>[] }> {
  const received: Promise<Received>[] = []
  const server = createServer((socket) => {
    received.push(
      new Promise((resolve) => {
        const hash = createHash('sha256')
        let bytes = 0
        socket.on('data', (chunk: Buffer) => {
          bytes += chunk.length
          hash.update(chunk)
        })
        socket.on('end', () => {
          socket.end('thanks')
          resolve({ bytes, sha256: hash.digest('hex'), ended: 'end' })
        })
        socket.on('error', () => resolve({ bytes, sha256: hash.digest('hex'), ended: 'cut' }))
        socket.on('close', () => resolve({ bytes, sha256: '', ended: 'cut' }))
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address !== 'object') throw new Error('no port')
  return { server, port: address.port, received }
}

/** What the sink's `index`-th connection received (it must have been made). */
async function nth(received: Promise<Received>[], index: number): Promise<Received> {
  const connection = received[index]
  if (!connection) throw new Error(`no connection ${index} reached the sink`)
  return connection
}

/** Sends `data` through the link and resolves with what came back, and whether the connection was cut. */
function send(port: number, data: Buffer): Promise<{ reply: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let reply = ''
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString()))
    socket.on('error', (error: NodeJS.ErrnoException) => resolve({ reply, error: error.code ?? error.message }))
    socket.on('close', () => resolve({ reply }))
    socket.end(data)
  })
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

describe('badLink (a TCP proxy shaping bandwidth, adding latency, cutting every N bytes)', () => {
  let link: BadLink | undefined
  let target: Server | undefined
  afterEach(async () => {
    await link?.close()
    await new Promise((resolve) => target?.close(resolve))
  })

  it('forwards every byte in order both ways, and counts them', async () => {
    const { server, port, received } = await sink()
    target = server
    link = await startBadLink({ target: { host: '127.0.0.1', port } })
    const data = randomBytes(3 * 1024 * 1024)
    const { reply } = await send(link.port, data)
    const got = await nth(received, 0)
    expect(got).toEqual({ bytes: data.length, sha256: sha256(data), ended: 'end' })
    expect(reply).toBe('thanks')
    expect([link.bytesUp(), link.bytesOffered(), link.bytesDown(), link.cuts()]).toEqual([
      data.length,
      data.length,
      6,
      0,
    ])
  })

  it.each([
    ['with latency only', { rttMs: 40 }],
    ['with latency and bandwidth', { rttMs: 40, bitsPerSecond: 400_000_000 }],
  ])('keeps every byte in order %s (pieces crossing the link are never reordered)', async (_name, shape) => {
    // Each piece used to get its own timer, with a delay computed in fractional ms: timers of 19.999… and
    // 20.000… ms are in different lists, and a later piece could cross before an earlier one. The server then
    // stored a file of the right size with the wrong bytes (issue 15's CI run, a resumable upload's SHA-256).
    const { server, port, received } = await sink()
    target = server
    link = await startBadLink({ target: { host: '127.0.0.1', port }, ...shape })
    const data = randomBytes(8 * 1024 * 1024)
    const { reply } = await send(link.port, data)
    expect(await nth(received, 0)).toEqual({ bytes: data.length, sha256: sha256(data), ended: 'end' })
    expect(reply).toBe('thanks')
  })

  it('takes at least size ÷ bandwidth plus the round trip (it never goes faster than the link)', async () => {
    const { server, port } = await sink()
    target = server
    link = await startBadLink({ target: { host: '127.0.0.1', port }, bitsPerSecond: 8_000_000, rttMs: 200 })
    const data = randomBytes(500_000) // 0.5 s at 8 Mbit/s
    const start = performance.now()
    const { reply } = await send(link.port, data)
    const elapsed = performance.now() - start
    expect(reply).toBe('thanks')
    // A lower bound only: a slow machine may take longer, never shorter.
    expect(elapsed).toBeGreaterThanOrEqual(500 + 200 - 20)
  })

  it('cuts the connection after exactly N bytes: what was before the cut arrives, nothing after', async () => {
    const { server, port, received } = await sink()
    target = server
    link = await startBadLink({ target: { host: '127.0.0.1', port }, cutEveryBytes: 1_000_000 })
    const data = randomBytes(2_500_000)
    const { reply, error } = await send(link.port, data)
    const got = await nth(received, 0)
    // The sender's connection is reset; the receiver gets exactly the bytes before the cut, then nothing.
    expect([reply, error]).toEqual(['', 'ECONNRESET'])
    expect(got.bytes).toBe(1_000_000)
    expect(got.sha256).toBe(sha256(data.subarray(0, 1_000_000)))
    expect(link.cuts()).toBe(1)
    expect(link.bytesUp()).toBe(1_000_000)
    // The next connection gets the next 1 000 000 bytes of the link's budget.
    await send(link.port, data)
    expect((await nth(received, 1)).bytes).toBe(1_000_000)
    expect(link.cuts()).toBe(2)
  })

  it('takes no more bytes from the sender once it has cut (a dead link does not drain the sender at loopback speed)', async () => {
    const { server, port } = await sink()
    target = server
    link = await startBadLink({
      target: { host: '127.0.0.1', port },
      bitsPerSecond: 8_000_000,
      rttMs: 200,
      cutEveryBytes: 1_000_000,
    })
    const { error } = await send(link.port, randomBytes(8_000_000))
    expect(error).toBe('ECONNRESET')
    expect(link.bytesUp()).toBe(1_000_000)
    // Past the cut, at most the link's queue (256 KB + bandwidth × one-way delay) and a socket read or two.
    expect(link.bytesOffered()).toBeLessThan(1_000_000 + 512 * 1024)
  })
})
