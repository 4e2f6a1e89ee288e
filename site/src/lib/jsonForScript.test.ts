import { describe, expect, it } from 'vitest'

import { jsonForScript } from './jsonForScript'

describe('jsonForScript', () => {
  it.each([
    ['</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['<!-- a', '"\\u003c!-- a"'],
    ['Tom & Jerry', '"Tom \\u0026 Jerry"'],
    ['a\u2028b\u2029c', '"a\\u2028b\\u2029c"'],
    ['Lễ hội Katê', '"Lễ hội Katê"'],
  ])('%j → %s', (text, written) => {
    expect(jsonForScript(text)).toBe(written)
    expect(JSON.parse(jsonForScript(text))).toBe(text)
  })

  it('gives back the same value, nested, and never a character that ends a script', () => {
    const value = { name: '</SCRIPT >', list: ['"><img src=x onerror=alert(1)>', 1, null], n: { '<k>': '\u2028' } }
    const written = jsonForScript(value)
    expect(written).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(written)).toEqual(value)
    expect(JSON.parse(jsonForScript(value, 2))).toEqual(value)
  })

  it('writes undefined as null (a script must always hold valid JSON)', () => {
    expect(jsonForScript(undefined)).toBe('null')
  })
})
