export type FieldChange = { field: string; before: unknown; after: unknown }

/** Fields that change on every save or must never be copied into a log. */
const IGNORED = new Set([
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'translationFallbacks',
  'sizes',
])
const MAX_VALUE = 500

/** Relations compared by id, so a populated and an unpopulated read of the same value are equal. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => !IGNORED.has(key))
        .map(([key, inner]) => [key, normalize(inner)]),
    )
  }
  return value
}

const clip = (value: unknown): unknown => {
  const text = JSON.stringify(value)
  return text !== undefined && text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : value
}

/** The top-level fields whose value differs between two versions of a document: field, before → after. */
export function diffDocs(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  return [...keys]
    .filter((key) => !IGNORED.has(key) && key !== 'id')
    .sort()
    .flatMap((field) => {
      const a = normalize(before?.[field])
      const b = normalize(after?.[field])
      return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
        ? []
        : [{ field, before: clip(a ?? null), after: clip(b ?? null) }]
    })
}
