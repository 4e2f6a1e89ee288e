import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Env } from '../../cms/src/config/Env'
import { waitForHttp } from '../../scripts/lib/waitForHttp'
import type { Canary } from './canary'

const ROOT = path.resolve(import.meta.dirname, '../..')
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next')
const PAYLOAD_BIN = path.join(ROOT, 'node_modules/.bin/payload')

export type CmsServer = {
  url: string
  output: () => string
  stop: () => Promise<void>
  canary?: Canary
  /** The server's data folder (SQLite file, uploads, derivatives). */
  dir: string
  /** Starts `payload run SCRIPT` on the server's database, in its own process group (kill it with `-pid`). */
  spawnScript: (script: string, env?: Env) => ChildProcess & { log: () => string }
}
export type CmsExit = { code: number | null; output: string }

/** A free TCP port on loopback, found by letting the kernel pick one. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * The server's environment, built from scratch rather than inherited: Payload and Next set private
 * variables in the test process (loaded env files, Next internals) that change how a child server behaves.
 */
function serverEnv(dir: string, port: number, env: Env): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR, LANG, CHROMIUM_PATH, FFMPEG_PATH } = process.env
  const inherited = Object.fromEntries(
    Object.entries({ PATH, HOME, TMPDIR, LANG, CHROMIUM_PATH, FFMPEG_PATH }).filter(([, value]) => value !== undefined),
  )
  return {
    ...inherited,
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, 'archive.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    // Queued demo media would be processed in the background and compete with the browser for the CPU;
    // the media tests ask for the in-process worker.
    MEDIA_WORKER: 'external',
    SITE_REBUILD: 'off',
    // No usage data to Next.js's makers (as scripts/lib/common.sh sets for npm start).
    NEXT_TELEMETRY_DISABLED: '1',
    // Its own address, as `npm start` sets it: sessions count only on requests from this origin (CSRF).
    SERVER_URL: `http://localhost:${port}`,
    ...env,
    NODE_ENV: 'production',
  } as NodeJS.ProcessEnv
}

/** Runs a `payload run` script against the server's database before it starts (migrating it on the way). */
function payloadRun(env: NodeJS.ProcessEnv, script: string): string {
  const result = spawnSync(PAYLOAD_BIN, ['run', script], {
    cwd: path.join(ROOT, 'cms'),
    env: { ...env, NODE_ENV: 'development' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`[e2e] ${script} failed:\n${result.stdout}${result.stderr}`)
  return result.stdout
}

type LaunchOptions = { withDemo?: boolean; withCanaries?: boolean }
type Launched = { child: ChildProcess; output: () => string; dir: string; canary?: Canary; env: NodeJS.ProcessEnv }

function launch(env: Env, port: number, { withDemo = false, withCanaries = false }: LaunchOptions = {}): Launched {
  const dir = mkdtempSync(path.join(tmpdir(), 'disanso-e2e-'))
  const childEnv = serverEnv(dir, port, env)
  // The same seed README command 1 runs; canaries need its groups and provinces.
  if (withDemo || withCanaries) payloadRun(childEnv, 'src/scripts/seed.ts')
  const planted = withCanaries ? payloadRun(childEnv, '../tests/helpers/plantCanaries.run.ts') : ''
  const line = planted.split('\n').find((text) => text.startsWith('CANARY '))
  const canary = line ? (JSON.parse(line.slice('CANARY '.length)) as Canary) : undefined
  const child = spawn(NEXT_BIN, ['start', '--port', String(port)], {
    cwd: path.join(ROOT, 'cms'),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  return { child, output: () => log, dir, canary, env: childEnv }
}

/** Starts the production CMS (`next start`) on a fresh SQLite file (with the demo records if asked) and waits until it answers. */
export async function startCmsServer(env: Env = {}, options: LaunchOptions = {}): Promise<CmsServer> {
  const port = await freePort()
  const { child, output, dir, canary, env: serverEnvironment } = launch(env, port, options)
  const spawned: ChildProcess[] = []
  const spawnScript = (script: string, extra: Env = {}) => {
    const worker = spawn(PAYLOAD_BIN, ['run', script], {
      cwd: path.join(ROOT, 'cms'),
      env: { ...serverEnvironment, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let log = ''
    worker.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    worker.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
    spawned.push(worker)
    return Object.assign(worker, { log: () => log })
  }
  // localhost, not 127.0.0.1: browsers accept the production build's Secure cookies on localhost only.
  const url = `http://localhost:${port}`
  const stop = async () => {
    for (const worker of spawned)
      try {
        if (worker.pid) process.kill(-worker.pid, 'SIGKILL')
      } catch {
        // already gone, with its children
      }
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const outcome = await waitForHttp(`${url}/api/ethnic-groups?limit=0`, {
    seconds: 60,
    ready: (status) => status === 200,
    alive: () => child.exitCode === null,
    intervalMs: 250,
  })
  if (outcome === 'ready') return { url, output, stop, canary, dir, spawnScript }
  await stop()
  throw new Error(`[e2e] CMS did not start on ${url}:\n${output()}`)
}

/** Starts the CMS expecting it to refuse: resolves with its exit code and output, and whether it ever listened. */
export async function startCmsExpectingExit(env: Env): Promise<CmsExit & { listened: boolean }> {
  const port = await freePort()
  const { child, output, dir } = launch(env, port)
  let listened = false
  const probe = setInterval(() => {
    fetch(`http://127.0.0.1:${port}/admin`).then(
      () => (listened = true),
      () => undefined, // refused: not listening, as expected
    )
  }, 100)
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  clearInterval(probe)
  rmSync(dir, { recursive: true, force: true })
  return { code, output: output(), listened }
}
