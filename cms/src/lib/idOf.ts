/** A record id: a number in SQLite, a string in MongoDB; kept opaque (compare with `String(id)`). */
export type Id = string | number

/** A relation value as Payload returns it: the bare id (depth 0) or the populated record (`{ id, … }`). */
export type Ref<T extends Id = Id> = T | { id: T }

/**
 * The one relation-id helper: the id of a relation value, populated or not. Every place that reads a
 * relationship, upload or join value uses these instead of its own `typeof ref === 'object' ? ref.id : ref`.
 */
export const idOf = <T extends Id>(ref: Ref<T>): T => (typeof ref === 'object' ? ref.id : ref)

/**
 * The same for a value that may be empty or not yet checked (a save's incoming data): null for null or
 * undefined; any other value that is not a populated record is returned as it came, for the caller's
 * comparison to refuse (so a malformed value never passes as "no relation").
 */
export const idOrNull = (ref: unknown): Id | null =>
  ref == null ? null : typeof ref === 'object' && 'id' in ref ? (ref as { id: Id }).id : (ref as Id)

/** Whether two relation values (ids or populated records) name the same record. */
export const sameId = (a: unknown, b: unknown): boolean =>
  a != null && b != null && String(idOrNull(a)) === String(idOrNull(b))
