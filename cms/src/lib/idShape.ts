import type { Payload } from 'payload'

/**
 * Whether a value has the shape of a record id on this database: digits on SQLite, a 24-digit hex ObjectId on
 * MongoDB. Ids stay opaque otherwise; this only keeps a malformed one (`abc`, `package.json`) from reaching
 * the database, whose query fails on it (SQLite compares with NaN) and would answer 500.
 */
export function isIdShaped(payload: Pick<Payload, 'db'>, id: unknown): boolean {
  const shape = payload.db.defaultIDType === 'number' ? /^\d{1,15}$/ : /^[0-9a-f]{24}$/i
  return (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && shape.test(id))
}
