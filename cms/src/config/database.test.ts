import { describe, expect, it } from 'vitest'

import { ConfigError } from './ConfigError'
import { createDatabaseAdapter, parseDatabaseUrl } from './database'

const ROOT = '/srv/di-san-so'

describe('parseDatabaseUrl', () => {
  it('defaults to the SQLite file under data/ at the repository root', () => {
    expect(parseDatabaseUrl(undefined, ROOT)).toEqual({
      kind: 'sqlite',
      file: '/srv/di-san-so/data/archive.db',
      url: 'file:/srv/di-san-so/data/archive.db',
    })
    expect(parseDatabaseUrl('  ', ROOT)).toMatchObject({ kind: 'sqlite', file: '/srv/di-san-so/data/archive.db' })
  })

  it('resolves relative file: URLs against the root and keeps absolute ones', () => {
    expect(parseDatabaseUrl('file:./tmp/a.db', ROOT)).toMatchObject({ file: '/srv/di-san-so/tmp/a.db' })
    expect(parseDatabaseUrl('file:/var/lib/archive.db', ROOT)).toMatchObject({ file: '/var/lib/archive.db' })
    expect(parseDatabaseUrl('file:///var/lib/archive.db', ROOT)).toMatchObject({ file: '/var/lib/archive.db' })
  })

  it('takes mongodb:// and mongodb+srv:// as MongoDB', () => {
    expect(parseDatabaseUrl('mongodb://db:27017/archive', ROOT)).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db:27017/archive',
    })
    expect(parseDatabaseUrl('mongodb+srv://u:p@cluster.example/archive', ROOT)).toMatchObject({ kind: 'mongodb' })
  })

  it('refuses anything else with one message naming the variable and the accepted forms, credentials hidden', () => {
    const attempt = () => parseDatabaseUrl('postgres://archivist:s3cret@db/archive', ROOT)
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(
      'DATABASE_URL="postgres://***@db/archive" không được hỗ trợ / is not supported. ' +
        'Dùng / use: file:./data/archive.db (SQLite, mặc định / default), mongodb://… hoặc / or mongodb+srv://… (MongoDB).',
    )
    expect(() => parseDatabaseUrl('archive.db', ROOT)).toThrow('DATABASE_URL="archive.db" không được hỗ trợ')
  })
})

describe('createDatabaseAdapter', () => {
  it('builds the SQLite adapter with numeric ids for file: URLs', () => {
    const adapter = createDatabaseAdapter(parseDatabaseUrl(undefined, ROOT), ROOT)
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('number')
  })

  it('builds the MongoDB adapter without connecting to anything', () => {
    // Nothing listens on this port: building the adapter must not try.
    const adapter = createDatabaseAdapter(parseDatabaseUrl('mongodb://127.0.0.1:1/none', ROOT), ROOT)
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
  })
})
