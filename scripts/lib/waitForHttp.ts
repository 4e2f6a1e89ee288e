// Waits until URL answers (any HTTP status below 500) or the server process ends.
// Usage: node scripts/lib/waitForHttp.ts URL SECONDS [PID]
const [url = '', seconds = '60', pid] = process.argv.slice(2)
const deadline = Date.now() + Number(seconds) * 1000

const processAlive = (id: number): boolean => {
  try {
    process.kill(id, 0)
    return true
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

while (Date.now() < deadline) {
  if (pid && !processAlive(Number(pid))) process.exit(1)
  const status = await fetch(url, { redirect: 'manual' }).then(
    (response) => response.status,
    () => 0,
  )
  if (status > 0 && status < 500) process.exit(0)
  await new Promise((resolve) => setTimeout(resolve, 500))
}
console.error(`[di-san-so] ${url} không trả lời sau ${seconds} giây / did not answer within ${seconds} s`)
process.exit(1)

export {}
