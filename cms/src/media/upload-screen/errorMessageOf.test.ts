import { describe, expect, it } from 'vitest'

import { errorMessageOf } from './errorMessageOf'

describe('errorMessageOf', () => {
  it('shows the message of the contract body', () => {
    const body = JSON.stringify({ error: { code: 'quota', message: 'Đã hết hạn mức tải lên' } })
    expect(errorMessageOf(body, 'x')).toEqual({ code: 'quota', message: 'Đã hết hạn mức tải lên' })
  })
  it('falls back on an HTML page, an empty body or a body without a message', () => {
    expect(errorMessageOf('<html>502</html>', 'Không tải lên được.').message).toBe('Không tải lên được.')
    expect(errorMessageOf('', 'Lỗi').message).toBe('Lỗi')
    expect(errorMessageOf('{"error":{}}', 'Lỗi').message).toBe('Lỗi')
  })
})
