/**
 * Runs `work` for each request, but never two at once: a request made while it runs is folded into the next
 * run, which starts when the current one ends and answers every request that arrived meanwhile. So a burst
 * of publishes during a rebuild makes one more rebuild, which sees all of them.
 */
export function foldRequests<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null
  let next: Promise<T> | null = null
  const start = (): Promise<T> => {
    const run = work().finally(() => {
      if (running === run) running = null
    })
    running = run
    return run
  }
  return () => {
    if (!running) return start()
    if (!next) {
      const settled = running.then(
        () => undefined,
        () => undefined,
      )
      next = settled.then(() => {
        next = null
        return start()
      })
    }
    return next
  }
}
