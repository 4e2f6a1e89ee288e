import { type Access, appendVersionToQueryKey, type PayloadRequest, type Where } from 'payload'

import { idOrNull } from '../lib/idOf'
import { hasRole } from './roles'
import { isStaff, provincesOf, type ScopedUser, userOf } from './scope'

type Id = string | number

const PUBLIC: Where = { effectiveAccess: { equals: 'public' } }
/** One look-up per request: population asks the read rule once per related file. */
const mineByRequest = new WeakMap<PayloadRequest, Promise<Id[]>>()

const asId = (value: string | number): Id => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)

const FILE_FIELDS = ['media', 'featuredMedia', 'consent.document'] as const
const USED_FILES = { media: true, featuredMedia: true, consent: { document: true } } as const

type ItemFiles = { media?: unknown[] | null; featuredMedia?: unknown; consent?: { document?: unknown } | null }

/**
 * The files items matching `where` use — media, featured, the consent paper — (the stored record and its
 * latest draft alike). This runs inside a read rule, over thousands of items at archive size, so it asks the
 * database adapter for ids only: the distinct values of each file field of the stored records, and the file
 * fields of the latest versions that are unpublished drafts (a published latest version is the stored
 * record). Through the Local API, loading every item, it cost a staff member's media list 1–3 s at 10 000 items.
 * `among`: only whether these files are used matters (each look-up keeps to items using one of them, so the
 * database walks the relation index from the files instead of reading every matching item).
 */
async function usedByItems(req: PayloadRequest, where: Where, among?: Id[]): Promise<Id[]> {
  const ids = new Set<Id>()
  const add = (ref: unknown) => {
    const id = idOrNull(ref)
    if (id != null) ids.add(asId(id))
  }
  if (among && !among.length) return []
  const using = (field: string): Where[] => (among ? [{ [field]: { in: among } }] : [])
  for (const field of FILE_FIELDS) {
    const { values } = await req.payload.db.findDistinct({
      collection: 'heritage-items',
      field,
      where: { and: [where, ...using(field)] },
      limit: 0,
      req,
    })
    for (const value of values) add(value[field])
  }
  const usingAny: Where[] = among ? [{ or: FILE_FIELDS.flatMap((field) => using(`version.${field}`)) }] : []
  const drafts = await req.payload.db.queryDrafts<ItemFiles>({
    collection: 'heritage-items',
    where: { and: [appendVersionToQueryKey(where), { 'version._status': { equals: 'draft' } }, ...usingAny] },
    select: { parent: true, version: USED_FILES },
    limit: 0,
    pagination: false,
    req,
  })
  for (const doc of drafts.docs)
    for (const ref of [...(doc.media ?? []), doc.featuredMedia, doc.consent?.document]) add(ref)
  return [...ids]
}

/** Files a user uploaded: the audit log's create entries (the only record of who uploaded what). */
async function uploadedBy(req: PayloadRequest, user: ScopedUser): Promise<Id[]> {
  const entries = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [{ targetCollection: { equals: 'media' } }, { action: { equals: 'create' } }, { user: { equals: user.id } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { targetId: true },
    req,
  })
  return entries.docs.flatMap((entry) => (entry.targetId ? [asId(entry.targetId)] : []))
}

/** Files used by the ethnic groups (shared by every province, so nobody's own). */
async function usedByGroups(req: PayloadRequest): Promise<Id[]> {
  const groups = await req.payload.find({
    collection: 'ethnic-groups',
    where: { featuredImage: { exists: true } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { featuredImage: true },
    req,
  })
  return groups.docs.flatMap((doc) => {
    const id = idOrNull(doc.featuredImage)
    return id == null ? [] : [asId(id)]
  })
}

async function computeMine(req: PayloadRequest, user: ScopedUser): Promise<Id[]> {
  const provinces = provincesOf(user)
  const own: Where[] = provinces.length ? [{ owningProvince: { in: provinces } }] : []
  if (hasRole(user, 'contributor')) own.push({ createdBy: { equals: user.id } })
  const mine = [...(own.length ? await usedByItems(req, { or: own }) : []), ...(await uploadedBy(req, user))]
  return [...new Set(mine)]
}

/**
 * A staff member's files: those used by a record of their provinces (for a contributor also by their own
 * records) and those they uploaded. The same answer for the whole request.
 */
export function mediaOf(req: PayloadRequest, user: ScopedUser): Promise<Id[]> {
  const known = mineByRequest.get(req)
  if (known) return known
  const mine = computeMine(req, user)
  mineByRequest.set(req, mine)
  return mine
}

const elsewhereByRequest = new WeakMap<PayloadRequest, Promise<Set<string>>>()

/**
 * Which of the user's files (`mediaOf`) some other province's record, or an ethnic group (shared by all
 * provinces), uses; once per request (update and delete ask alike).
 */
function usedElsewhere(req: PayloadRequest, user: ScopedUser): Promise<Set<string>> {
  const known = elsewhereByRequest.get(req)
  if (known) return known
  const others = computeElsewhere(req, user)
  elsewhereByRequest.set(req, others)
  return others
}

async function computeElsewhere(req: PayloadRequest, user: ScopedUser): Promise<Set<string>> {
  const provinces = provincesOf(user)
  const notMine: Where = provinces.length
    ? { or: [{ owningProvince: { not_in: provinces } }, { owningProvince: { exists: false } }] }
    : {}
  const mine = await mediaOf(req, user)
  return new Set([...(await usedByItems(req, notMine, mine)), ...(await usedByGroups(req))].map(String))
}

/**
 * Who reads a file — the record, the original (`/api/media/file/…`) and the derivatives alike: admins every
 * file; staff (editors, reviewers, contributors) public files and their own (`mediaOf`); everyone else
 * public files only.
 */
export const readMedia: Access = async ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  if (!user || !isStaff(user)) return PUBLIC
  const mine = await mediaOf(req, user)
  return mine.length ? { or: [PUBLIC, { id: { in: mine } }] } : PUBLIC
}

/** Who uploads a file: admins, editors and contributors (the officers who record heritage), in no province in particular. */
export const mayUpload = (user: ScopedUser | null): boolean => hasRole(user, 'admin', 'editor', 'contributor')
export const uploadMedia: Access = ({ req }) => mayUpload(userOf(req))

/**
 * A contributor's own uploads they may still change: the files they uploaded that no record but their own
 * (`createdBy`) and no ethnic group uses, so a caption seen on someone else's record stays as it was.
 */
async function contributorsOwnFiles(req: PayloadRequest, user: ScopedUser): Promise<Id[]> {
  const notTheirs: Where = { or: [{ createdBy: { not_equals: user.id } }, { createdBy: { exists: false } }] }
  const uploaded = await uploadedBy(req, user)
  const used = new Set([...(await usedByItems(req, notTheirs, uploaded)), ...(await usedByGroups(req))].map(String))
  return uploaded.filter((id) => !used.has(String(id)))
}

/**
 * Who changes a file's record (caption, credit, access level…): whoever may delete it (`changeMedia`), and a
 * contributor their own uploads that only their own records use (`contributorsOwnFiles`).
 */
export const updateMedia: Access = async (args) => {
  const user = userOf(args.req)
  const asEditor = await changeMedia(args)
  if (asEditor === true || !user || !hasRole(user, 'contributor')) return asEditor
  const own = await contributorsOwnFiles(args.req, user)
  if (!own.length) return asEditor
  const mine: Where = { id: { in: own } }
  return asEditor ? { or: [asEditor as Where, mine] } : mine
}

/**
 * Who changes or deletes a file: admins; editors a file of their own (`mediaOf`) that no record of
 * another province (nor an ethnic group) uses — a public file is read by all, changed only by its own.
 */
export const changeMedia: Access = async ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, 'admin')) return true
  if (!user || !hasRole(user, 'editor')) return false
  const others = await usedElsewhere(req, user)
  const changeable = (await mediaOf(req, user)).filter((id) => !others.has(String(id)))
  return changeable.length ? { id: { in: changeable } } : false
}
