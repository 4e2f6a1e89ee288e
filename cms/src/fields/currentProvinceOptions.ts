import type { FilterOptionsProps, PayloadRequest, Where } from 'payload'

import { type Id, idOrNull } from '../lib/idOf'

export const PROVINCE: Where = { type: { equals: 'province' } }
/** Current provinces (the gazetteer keeps the merged ones, with `validTo`). */
const CURRENT: Where = { validTo: { exists: false } }

type ProvinceField =
  | { collection: 'heritage-items'; field: 'owningProvince' }
  | { collection: 'users'; field: 'provinces' }

const idsIn = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : [value]).map(idOrNull).filter((id): id is Id => id != null)

/** The provinces the record has in that field now (read raw: values to keep, not records to show). */
async function storedProvinces(req: PayloadRequest, { collection, field }: ProvinceField, id: Id): Promise<Id[]> {
  const doc = await req.payload.db.findOne<Record<string, unknown> & { id: Id }>({
    collection,
    where: { id: { equals: id } },
    select: { [field]: true },
    req,
  })
  return idsIn(doc?.[field])
}

/**
 * `filterOptions` of a province field: a current province, or one the record already has there. After
 * the 2025 mergers a province keeps its records and its officers until an admin moves them: the record
 * (or the account) is saved as it is, and nothing new is placed in a province that is gone.
 */
export const currentProvinceOptions =
  (target: ProvinceField) =>
  async ({ id, req }: Pick<FilterOptionsProps, 'id' | 'req'>): Promise<Where> => {
    const kept = id == null ? [] : await storedProvinces(req, target, id)
    return { and: [PROVINCE, kept.length > 0 ? { or: [CURRENT, { id: { in: kept } }] } : CURRENT] }
  }
