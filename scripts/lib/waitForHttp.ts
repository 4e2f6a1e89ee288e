// The one wait-for-HTTP loop: the shell entry points (start.sh) run it as a command, the test helpers import it.
// Usage: node scripts/lib/waitForHttp.ts URL SECONDS [PID]

export type WaitForHttpOptions = {
  seconds: number
  /** Which answer counts as up; by default any HTTP status below 500. */
  ready?: (status: number) => boolean
  /** Whether the server process still runs; the wait ends early when it stops. */
  alive?: () => boolean
  intervalMs?: number
}
export type WaitOutcome = 'ready' | 'ended' | 'timeout'

/** Asks URL again every interval until it answers as ready, the server ends, or the time runs out. */
export async function waitForHttp(
  url: string,
  { seconds, ready = (status) => status > 0 && status < 500, alive = () => true, intervalMs = 500 }: WaitForHttpOptions,
): Promise<WaitOutcome> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (!alive()) return 'ended'
    const status = await fetch(url, { redirect: 'manual' }).then(
      (response) => response.status,
      () => 0, // refused or reset: not listening yet
    )
    if (ready(status)) return 'ready'
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  return 'timeout'
}

/** Whether process `id` exists (EPERM: it does, but belongs to someone else). */
export function processAlive(id: number): boolean {
  try {
    process.kill(id, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

if (import.meta.main) {
  const [url = '', seconds = '60', pid] = process.argv.slice(2)
  const outcome = await waitForHttp(url, {
    seconds: Number(seconds),
    alive: () => !pid || processAlive(Number(pid)),
  })
  if (outcome === 'timeout')
    console.error(`[di-san-so] ${url} không trả lời sau ${seconds} giây / did not answer within ${seconds} s`)
  process.exit(outcome === 'ready' ? 0 : 1)
}
