import { describe, expect, it } from 'vitest'

import { ConfigError } from './ConfigError'
import { resolveSettings } from './settings'

const base = { DATA_DIR: '/tmp/di-san-so-settings-test' }

describe('resolveSettings: upload sizes and durations', () => {
  it.each([
    ['UPLOAD_QUOTA_GB', 'abc'],
    ['UPLOAD_EXPIRY_HOURS', '-1'],
    ['UPLOAD_EXPIRY_HOURS', '0'],
    ['UPLOAD_KEEP_FREE_GB', 'x'],
    ['UPLOAD_KEEP_FREE_GB', '-0.5'],
    ['MEDIA_MAX_UPLOAD_GB', '0'],
    ['MEDIA_MAX_UPLOAD_GB', '8GB'],
    ['UPLOAD_QUOTA_GB', 'Infinity'],
  ])('%s=%s refuses to start, naming the variable', (variable, value) => {
    const attempt = () => resolveSettings({ ...base, [variable]: value })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(`${variable}="${value}" không hợp lệ / is not valid`)
  })

  it('reads decimal values, allows keeping no free space, and falls back to the defaults', () => {
    const settings = resolveSettings({
      ...base,
      UPLOAD_QUOTA_GB: '0.0009765625',
      UPLOAD_EXPIRY_HOURS: '0.5',
      UPLOAD_KEEP_FREE_GB: '0',
      MEDIA_MAX_UPLOAD_GB: ' 2 ',
    })
    expect(settings.uploads).toMatchObject({ quotaBytes: 1024 ** 2, expiryMs: 1800_000, keepFreeBytes: 0 })
    expect(settings.media.maxUploadBytes).toBe(2 * 1024 ** 3)
    const defaults = resolveSettings(base)
    expect(defaults.uploads).toMatchObject({
      quotaBytes: 20 * 1024 ** 3,
      expiryMs: 24 * 3600_000,
      keepFreeBytes: 1024 ** 3,
    })
    expect(defaults.media.maxUploadBytes).toBe(8 * 1024 ** 3)
  })
})
