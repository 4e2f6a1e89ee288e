import { describe, expect, it } from 'vitest'

import { foldRequests } from './foldRequests'

/** A piece of work the test finishes by hand, counting its runs and never letting two overlap. */
function gatedWork() {
  const gates: (() => void)[] = []
  let runs = 0
  let active = 0
  let overlapped = false
  const work = async () => {
    runs += 1
    active += 1
    if (active > 1) overlapped = true
    const run = runs
    await new Promise<void>((resolve) => gates.push(resolve))
    active -= 1
    return run
  }
  const openNext = async () => {
    while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    gates.shift()?.()
  }
  return { work, openNext, runs: () => runs, overlapped: () => overlapped }
}

describe('foldRequests', () => {
  it('folds every request made during a run into one next run, and never runs two at once', async () => {
    const gated = gatedWork()
    const request = foldRequests(gated.work)
    const first = request()
    const during = [request(), request(), request()]
    expect(during[1]).toBe(during[0])
    await gated.openNext()
    expect(await first).toBe(1)
    await gated.openNext()
    expect(await Promise.all(during)).toEqual([2, 2, 2])
    expect(gated.runs()).toBe(2)
    expect(gated.overlapped()).toBe(false)
  })

  it('starts afresh after a failed run, and a request made during it still gets its own run', async () => {
    let calls = 0
    const request = foldRequests(async () => {
      calls += 1
      if (calls === 1) throw new Error('[site] astro failed')
      return calls
    })
    const failing = request()
    const folded = request()
    await expect(failing).rejects.toThrow('astro failed')
    expect(await folded).toBe(2)
    expect(await request()).toBe(3)
  })
})
