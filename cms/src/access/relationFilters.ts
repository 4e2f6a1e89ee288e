import type { Where } from 'payload'

type Id = string | number

/** The part of a sanitized field a relation filter needs. */
export type FieldShape = {
  name: string
  type: string
  relationTo?: string | string[]
  flattenedFields?: FieldShape[]
}

/** Collections every reader may read whole: a filter on a relation to them reveals nothing. */
const OPEN_COLLECTIONS = new Set(['places', 'subjects', 'cultural-labels'])

/** Query paths of the relations (relationship and upload fields, in groups and arrays too) that point at records a reader may not see. */
export function guardedRelationPaths(fields: readonly FieldShape[], prefix = ''): Map<string, string | null> {
  const paths = new Map<string, string | null>()
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if (field.type === 'relationship' || field.type === 'upload') {
      const target = typeof field.relationTo === 'string' ? field.relationTo : null
      if (target === null || !OPEN_COLLECTIONS.has(target)) paths.set(path, target)
    } else if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && field.flattenedFields) {
      for (const [inner, target] of guardedRelationPaths(field.flattenedFields, `${path}.`)) paths.set(inner, target)
    }
  }
  return paths
}

/** A filter that refuses to say anything: raised for a relation path a reader may not filter on this way. */
export class RefusedRelationFilter extends Error {
  constructor(readonly path: string) {
    super(`[access] relation filter refused on "${path}"`)
  }
}

/** Matches nothing, on any adapter: every record has an id. */
const NOTHING: Where = { id: { exists: false } }
/** Operators that name related records by id, and so can be narrowed to the ones the reader may read. */
const BY_ID = new Set(['equals', 'in', 'contains'])

/** Payload's query operators: an object under a path whose keys are not all operators names deeper paths. */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])

/**
 * One spelling per path, as the checks below compare them: Payload also accepts `__` between path parts
 * (`people__person`) and nested objects (`where[people][person][equals]`), each meaning `people.person`.
 */
function flattenPaths(where: Where, prefix = ''): Where {
  const flat: Where = {}
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      flat[key] = condition.map((inner) => flattenPaths(inner as Where))
      continue
    }
    const path = `${prefix}${key.replaceAll('__', '.')}`
    const entries = Object.entries((condition ?? {}) as Record<string, unknown>)
    const nested = typeof condition === 'object' && condition !== null && entries.some(([name]) => !OPERATORS.has(name))
    if (nested) Object.assign(flat, flattenPaths(condition as Where, `${path}.`))
    else flat[path] = condition
  }
  return flat
}

const idsIn = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : String(value ?? '').split(','))
    .map((id) => (typeof id === 'number' ? id : String(id).trim()))
    .filter((id) => id !== '')

/**
 * Rewrites a reader's `where` so that a relation to a record they may not read behaves like a relation to a
 * record that does not exist: `equals`/`in`/`contains` keep only the ids `readable` lets through (a hidden
 * id then counts exactly like a made-up one); any other operator on such a relation (`not_in`, `exists`…)
 * and any path through it into the related record (`media.caption`) is refused. Paths are compared in one
 * spelling (`flattenPaths`).
 */
export async function narrowRelationFilters(
  where: Where,
  guarded: ReadonlyMap<string, string | null>,
  readable: (collection: string, ids: Id[]) => Promise<Set<string>>,
): Promise<Where> {
  const out: Where[] = []
  const kept: Where = {}
  for (const [key, condition] of Object.entries(flattenPaths(where))) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      kept[key] = await Promise.all(condition.map((inner) => narrowRelationFilters(inner, guarded, readable)))
      continue
    }
    const relation = guarded.has(key)
      ? key
      : key.endsWith('.id') && guarded.has(key.slice(0, -3))
        ? key.slice(0, -3)
        : null
    if (relation === null) {
      const through = [...guarded.keys()].find((path) => key.startsWith(`${path}.`))
      if (through) throw new RefusedRelationFilter(key)
      kept[key] = condition
      continue
    }
    const target = guarded.get(relation)
    const operators = Object.entries((condition ?? {}) as Record<string, unknown>)
    if (!target || operators.some(([operator]) => !BY_ID.has(operator))) throw new RefusedRelationFilter(key)
    for (const [operator, value] of operators) {
      const asked = idsIn(value)
      const open = await readable(target, asked)
      const ids = asked.filter((id) => open.has(String(id)))
      if (ids.length === 0) out.push(NOTHING)
      else out.push({ [key]: operator === 'in' ? { in: ids } : { [operator]: ids.length === 1 ? ids[0] : ids } })
    }
  }
  if (!out.length) return kept
  return { and: Object.keys(kept).length ? [kept, ...out] : out }
}

/**
 * The first sort path that would order records by what lies behind a relation the reader may not see
 * (`media.transcript`, `people__person.name`: an attacker can read a hidden text a letter at a time from the
 * order), or `null`. `throughOnly` (staff, who see the relations' ids) allows sorting by the relation itself.
 */
export function refusedSortPath(
  sort: unknown,
  guarded: ReadonlyMap<string, string | null>,
  { throughOnly }: { throughOnly: boolean },
): string | null {
  const paths = (Array.isArray(sort) ? sort : String(sort ?? '').split(','))
    .map((entry) => String(entry).trim().replace(/^[-+]/, '').replaceAll('__', '.'))
    .filter(Boolean)
  for (const path of paths)
    for (const relation of guarded.keys())
      if (path.startsWith(`${relation}.`) || (!throughOnly && path === relation)) return path
  return null
}
