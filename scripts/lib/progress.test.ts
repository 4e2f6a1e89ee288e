import { describe, expect, it } from 'vitest'

import { progressLine } from './progress'

const stream = (isTTY: boolean) => {
  const written: string[] = []
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream }
}

describe('progress line', () => {
  it('prints a line every 10 % when not on a terminal (CI logs, pipes)', () => {
    const { written, stream: out } = stream(false)
    const bar = progressLine('Chỉ mục', 200, out)
    for (let done = 0; done <= 200; done += 5) bar.update(done, 'x')
    bar.done()
    expect(written).toHaveLength(11)
    expect(written[0]).toBe('Chỉ mục: 0% (0/200) x\n')
    expect(written[5]).toBe('Chỉ mục: 50% (100/200) x\n')
    expect(written.at(-1)).toBe('Chỉ mục: 100% (200/200) x\n')
  })

  it('redraws one bar in place on a terminal and ends it with a newline', () => {
    const { written, stream: out } = stream(true)
    const bar = progressLine('Chỉ mục', 4, out)
    bar.update(1, '')
    bar.update(4, 'xong')
    bar.done()
    expect(written).toEqual([
      '\rChỉ mục [######..................] 25% 1/4 ',
      '\rChỉ mục [########################] 100% 4/4 xong',
      '\n',
    ])
  })
})
