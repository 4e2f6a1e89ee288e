import { describe, expect, it } from 'vitest'

import { continuesUnfinished } from './continuesUnfinished'

describe('a file picked again continues an unfinished upload', () => {
  const uploads = [{ filename: 'Lễ cúng lúa mới.wav', size: 20_975_841 }]
  it('when its name and size are those of an upload the server holds', () => {
    expect(continuesUnfinished({ name: 'Lễ cúng lúa mới.wav', size: 20_975_841 }, uploads)).toBe(true)
  })
  it('not when either differs, nor when the server holds none', () => {
    expect(continuesUnfinished({ name: 'Lễ cúng lúa mới.wav', size: 20_975_840 }, uploads)).toBe(false)
    expect(continuesUnfinished({ name: 'Lễ bỏ mả.wav', size: 20_975_841 }, uploads)).toBe(false)
    expect(continuesUnfinished({ name: 'Lễ cúng lúa mới.wav', size: null }, uploads)).toBe(false)
    expect(continuesUnfinished({ name: 'Lễ cúng lúa mới.wav', size: 20_975_841 }, [])).toBe(false)
  })
})
