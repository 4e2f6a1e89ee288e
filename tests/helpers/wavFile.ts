import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'

/** A 44-byte WAV head (16-bit mono 48 kHz PCM) for `dataBytes` of samples; sizes past 4 GB are written as the maximum. */
export function wavHead(dataBytes: number): Buffer {
  const head = Buffer.alloc(44)
  head.write('RIFF', 0, 'ascii')
  head.writeUInt32LE(Math.min(0xffffffff, 36 + dataBytes), 4)
  head.write('WAVEfmt ', 8, 'ascii')
  head.writeUInt32LE(16, 16)
  head.writeUInt16LE(1, 20) // PCM
  head.writeUInt16LE(1, 22) // mono
  head.writeUInt32LE(48_000, 24)
  head.writeUInt32LE(96_000, 28)
  head.writeUInt16LE(2, 32)
  head.writeUInt16LE(16, 34)
  head.write('data', 36, 'ascii')
  head.writeUInt32LE(Math.min(0xffffffff, dataBytes), 40)
  return head
}

/**
 * Writes a WAV recording of `bytes` in all (noise: a random megabyte repeated, each copy with its own first
 * bytes so no two megabytes are alike) and returns its SHA-256. Any size, without holding it in memory.
 */
export async function writeWav(file: string, bytes: number): Promise<string> {
  const hash = createHash('sha256')
  const out = createWriteStream(file)
  const put = async (chunk: Buffer) => {
    hash.update(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
  }
  await put(wavHead(bytes - 44))
  const block = randomBytes(1024 * 1024)
  for (let left = bytes - 44, n = 0; left > 0; left -= block.length, n += 1) {
    block.writeUInt32LE(n, 0)
    await put(Buffer.from(block.subarray(0, Math.min(left, block.length))))
  }
  out.end()
  await once(out, 'finish')
  return hash.digest('hex')
}

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
