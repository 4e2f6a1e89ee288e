import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitForHttp } from './waitForHttp'

const ROOT = path.resolve(import.meta.dirname, '../..')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** The id of the process listening on `port` (the site server itself, below tsx and the loop). */
function listener(port: number): number {
  const line = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout
  const pid = /pid=(\d+)/.exec(line)?.[1]
  if (!pid) throw new Error(`nothing listens on ${port}: ${line}`)
  return Number(pid)
}

/** `npm start` serves the public site through keep_serving (scripts/lib/common.sh), exactly like this. */
describe('the public site server under npm start', () => {
  let dir: string
  let loop: ChildProcess
  let url: string
  let output = ''
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'disanso-keep-'))
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Di sản số</title><p>trang chủ</p>')
    const port = await freePort()
    url = `http://127.0.0.1:${port}/`
    loop = spawn(
      'bash',
      [
        '-c',
        'source scripts/lib/common.sh; keep_serving "Máy chủ trang công khai / the public site server" node_modules/.bin/tsx scripts/site/serve.ts',
      ],
      { cwd: ROOT, env: { ...process.env, SITE_DIR: dir, SITE_PORT: String(port) }, detached: true },
    )
    loop.stdout?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())))
    loop.stderr?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())))
    expect(await waitForHttp(url, { seconds: 60, ready: (status) => status === 200 })).toBe('ready')
  }, 90_000)
  afterAll(() => {
    // The last test ended the loop and its server; anything left of its process group goes now.
    if (loop.pid && loop.exitCode === null) process.kill(-loop.pid, 'SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['killed (kill PID)', 'SIGTERM'],
    ['killed by the OOM killer (SIGKILL)', 'SIGKILL'],
  ] as const)(
    'comes back when %s, and says so',
    async (_, signal) => {
      const restarts = output.split('stopped, restarting').length
      const first = listener(Number(new URL(url).port))
      process.kill(first, signal)
      expect(
        await waitForHttp(url, { seconds: 60, ready: (status) => status === 200, alive: () => !loop.exitCode }),
      ).toBe('ready')
      expect(await (await fetch(url)).text()).toContain('trang chủ')
      expect(listener(Number(new URL(url).port))).not.toBe(first)
      expect(output.split('stopped, restarting').length).toBe(restarts + 1)
      expect(output).toContain(
        '[di-san-so] Máy chủ trang công khai / the public site server dừng, khởi động lại / stopped, restarting…',
      )
    },
    90_000,
  )

  it('stops for good, with the server, when npm start stops it (TERM to the loop)', async () => {
    const server = listener(Number(new URL(url).port))
    const ended = new Promise((resolve) => loop.once('exit', resolve))
    loop.kill('SIGTERM')
    expect(await ended).toBe(0)
    expect(() => process.kill(server, 0)).toThrow()
    expect(
      await fetch(url).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused')
  }, 30_000)
})
