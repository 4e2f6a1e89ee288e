import { describe, expect, it } from 'vitest'

import { replacementFor } from './payloadHardCodedText'

describe('replacementFor', () => {
  it.each([
    ['select-all', 'vi', null, 'Chọn tất cả'],
    ['Copy URL', 'vi', null, 'Sao chép đường dẫn'],
    ['Copy URL', 'en', null, null],
    ['Notifications alt+T', 'vi', null, 'Thông báo (alt+T)'],
    ['Edit tỉnh Đắk Lắk', 'vi', null, 'Chỉnh sửa: tỉnh Đắk Lắk'],
    ['Edit tỉnh Đắk Lắk', 'en', null, null],
    ['Sắp xếp theo [object Object] Tăng dần', 'vi', 'Tiêu đề', 'Sắp xếp theo Tiêu đề Tăng dần'],
    ['Sắp xếp theo {{label}} Tăng dần', 'vi', 'Ngày tạo', 'Sắp xếp theo Ngày tạo Tăng dần'],
    ['Thêm mới: [object Object]', 'vi', null, 'Thêm mới'],
    ['Tạo mới [object Object]', 'vi', '', 'Tạo mới'],
    ['Tạo mới Di sản', 'vi', null, null],
  ] as const)('%s (%s, label %s) → %s', (text, language, label, expected) => {
    expect(replacementFor(text, language, label)).toBe(expected)
  })
})
