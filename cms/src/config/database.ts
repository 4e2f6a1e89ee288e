import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations/sqlite'
import { ConfigError } from './ConfigError'
import type { Env } from './Env'

export const DEFAULT_DATABASE_URL = 'file:./data/archive.db'

/** `DATABASE_URL`, or the SQLite file inside `DATA_DIR` when it is unset (so moving DATA_DIR moves the database too). */
export const databaseUrlFrom = (env: Env, dataDirectory: string): string =>
  env.DATABASE_URL?.trim() || `file:${path.join(dataDirectory, 'archive.db')}`

export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

const MONGODB_SCHEMES = ['mongodb://', 'mongodb+srv://']

/**
 * Reads `DATABASE_URL`: unset or `file:` → SQLite (relative paths resolve against the repository root,
 * so every command finds the same file); `mongodb://` or `mongodb+srv://` → MongoDB; anything else is refused.
 */
export function parseDatabaseUrl(raw: string | undefined, root: string): DatabaseTarget {
  const value = raw?.trim() || DEFAULT_DATABASE_URL
  if (value.startsWith('file:')) {
    const file = path.resolve(root, value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (MONGODB_SCHEMES.some((scheme) => value.startsWith(scheme))) return { kind: 'mongodb', url: value }
  throw new ConfigError(
    'DATABASE_URL',
    `DATABASE_URL="${redactCredentials(value)}" không được hỗ trợ / is not supported. ` +
      `Dùng / use: file:./data/archive.db (SQLite, mặc định / default), mongodb://… hoặc / or mongodb+srv://… (MongoDB).`,
  )
}

/** Hides `user:password@` so a refused URL can be printed without leaking its credentials. */
function redactCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@')
}

/** Builds the Payload adapter for a target without connecting: connection happens at `payload.init`. */
export function createDatabaseAdapter(target: DatabaseTarget, root: string): DatabaseAdapterObj {
  if (target.kind === 'mongodb') return mongooseAdapter({ url: target.url })
  return sqliteAdapter({
    client: { url: target.url },
    // Schema changes go through committed migrations only, in development too, so what runs in
    // production is exactly what was tested. Dev push would also make later `migrate` runs prompt.
    push: false,
    migrationDir: path.join(root, 'cms/src/migrations/sqlite'),
    prodMigrations: migrations,
    // Readers (the site build, the public API) keep reading while a worker writes.
    wal: true,
    busyTimeout: 5000,
    // Ids are never reused (AUTOINCREMENT): a new upload or record must never inherit a deleted one's URLs,
    // derivatives or grants (DESIGN.md §5).
    autoIncrement: true,
  })
}
