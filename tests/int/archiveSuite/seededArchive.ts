import { initI18n } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, expect } from 'vitest'

import type { Place } from '../../../cms/src/payload-types'
import { seedDemoContent } from '../../../cms/src/seed/seedDemoContent'

// The generated types name ids as SQLite numbers; on MongoDB they are strings. They are only passed along.
export type Id = Place['id']

/** A fresh archive seeded with the demo content, and what the record tests look up in it. */
export type SeededArchive = {
  payload: () => Payload
  /** A demo place's id by its Vietnamese name. */
  place: (vi: string) => Id
  /** A request that reads and refuses in English (set once the archive is seeded). */
  english: () => Partial<PayloadRequest>
  /** The smallest valid item: a draft in Đắk Lắk for the Ê Đê. */
  draftItem: (title: string) => ReturnType<typeof smallestItem>
}

/** Seeds the archive of `payload` with the demo content before the block's tests, asserting the seed reported its progress. */
export function useSeededArchive(payload: () => Payload): SeededArchive {
  const ids = new Map<string, Id>()
  const place = (vi: string) => ids.get(`place:${vi}`) as Id
  let english: Partial<PayloadRequest> | undefined

  beforeAll(async () => {
    const progress: string[] = []
    const report = await seedDemoContent(payload(), (done, total, name) => progress.push(`${done}/${total} ${name}`))
    expect(report.skipped).toBe(false)
    expect(progress.at(-1)).toMatch(/^(\d+)\/\1 /)
    const places = await payload().find({ collection: 'places', pagination: false, depth: 0 })
    for (const doc of places.docs) ids.set(`place:${doc.name}`, doc.id)
    const [ede] = (await payload().find({ collection: 'ethnic-groups', where: { slug: { equals: 'e-de' } }, depth: 0 }))
      .docs
    if (ede) ids.set('group', ede.id)
    english = { i18n: await initI18n({ config: payload().config.i18n, context: 'api', language: 'en' }) }
  }, 120_000)

  return {
    payload,
    place,
    english: () => {
      if (!english) throw new Error('archive not seeded')
      return english
    },
    draftItem: (title) => smallestItem(title, ids.get('group') as Id, place('tỉnh Đắk Lắk')),
  }
}

function smallestItem(title: string, group: Id, dakLak: Id) {
  return {
    title,
    summary: 'Bản ghi thử',
    kind: 'festival' as const,
    ethnicGroups: [group],
    owningProvince: dakLak,
    accessLevel: 'restricted' as const,
    accessReason: 'Đang thử',
    consent: { status: 'pending' as const },
    rights: { licence: 'all-rights-reserved' as const },
  }
}
