import type { PayloadRequest, Where } from 'payload'

import { isStaff, userOf } from '../access/scope'
import { type Id, idOf } from '../lib/idOf'
import { aggregateProgramme, type ItemFacts, type Lang, type MediaDuration, type ReportRow } from './aggregateProgramme'
import { asViewer } from './asViewer'
import { mediaDuration } from './mediaDuration'
import { sayIn } from './sayIn'
import { viewerScope } from './viewerScope'

type Localized = { vi?: string | null; en?: string | null } | null | undefined
/** Ids per query: well under SQLite's limit on bound parameters. */
const CHUNK = 500

const chunks = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK))

const written = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== ''

export type ProgrammeReport = { rows: ReportRow[]; generatedAt: string; lang: Lang; scope: 'all' | 'provinces' }

/**
 * The programme figures for the signed-in user: the records of their provinces (an admin's: all), read with
 * their own access (`overrideAccess: false`), so a report never counts what its reader may not read. Latest
 * versions (drafts included): the report is about the work, published or not. `null` for non-staff.
 */
export async function loadProgramme(req: PayloadRequest, lang: Lang): Promise<ProgrammeReport | null> {
  const user = userOf(req)
  if (!isStaff(user)) return null
  // Staff without a province cover nothing: an empty report, not someone else's.
  const scope = viewerScope(user)
  if (!scope) return { rows: [], generatedAt: new Date().toISOString(), lang, scope: 'provinces' }
  const access = { ...asViewer(req), depth: 0 } as const
  const found = await req.payload.find({
    ...access,
    collection: 'heritage-items',
    draft: true,
    pagination: false,
    locale: 'all',
    where: scope,
    select: {
      kind: true,
      ethnicGroups: true,
      owningProvince: true,
      reviewState: true,
      title: true,
      summary: true,
      consent: { status: true },
      media: true,
    },
  })
  const items: ItemFacts[] = found.docs.map((doc) => {
    const title = doc.title as unknown as Localized
    const summary = doc.summary as unknown as Localized
    return {
      kind: doc.kind ?? null,
      ethnicGroups: (doc.ethnicGroups ?? []).map((ref) => idOf(ref)),
      owningProvince: doc.owningProvince == null ? null : idOf(doc.owningProvince),
      reviewState: doc.reviewState ?? null,
      translated: written(title?.en) && written(summary?.en),
      consentStatus: doc.consent?.status ?? null,
      media: (doc.media ?? []).map((ref) => idOf(ref)),
    }
  })
  const byId = async <T>(collection: 'media' | 'ethnic-groups' | 'places', ids: Id[], read: (doc: never) => T) => {
    const result = new Map<string, T>()
    for (const part of chunks([...new Set(ids.map(String))])) {
      const where: Where = { id: { in: part } }
      const select = collection === 'media' ? { technical: true } : { name: true }
      const docs = await req.payload.find({
        ...access,
        collection,
        where,
        pagination: false,
        select,
        ...(collection === 'media' ? {} : { locale: lang }),
      })
      for (const doc of docs.docs) result.set(String(doc.id), read(doc as never))
    }
    return result
  }
  const durations = await byId<MediaDuration>(
    'media',
    items.flatMap((item) => item.media),
    (doc: { technical?: unknown }) => mediaDuration(doc.technical),
  )
  const nameOf = (doc: { name?: string | null }) => doc.name ?? ''
  const ethnicGroups = await byId(
    'ethnic-groups',
    items.flatMap((item) => item.ethnicGroups),
    nameOf,
  )
  const provinces = await byId(
    'places',
    items.flatMap((item) => (item.owningProvince == null ? [] : [item.owningProvince])),
    nameOf,
  )
  const say = sayIn(lang)
  const names = { ethnicGroups, provinces, none: say('reportNone'), total: say('reportTotal') }
  return {
    rows: aggregateProgramme(items, durations, names, lang),
    generatedAt: new Date().toISOString(),
    lang,
    scope: Object.keys(scope).length ? 'provinces' : 'all',
  }
}
