import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { expect } from 'vitest'

import { demoImage } from '../../cms/src/seed/demoMedia'

type Id = number | string
export type Canary = {
  /** A unique string carried by every non-public record planted; no public output may contain it. */
  token: string
  ids: {
    restrictedItem: Id
    communityItem: Id
    restrictedMedia: Id
    restrictedPerson: Id
    publicCarrier: Id
    communityMedia: Id
  }
  /** File names as stored (random), for asserting that their URLs are refused. */
  files: { restrictedMedia: string; communityMedia: string }
}

/**
 * Plants the canaries every public output is tested against (DESIGN.md §5): a published restricted
 * item, a published community item, restricted and community media, a restricted person — all carrying
 * one token — and a published public item that points at the restricted person and media. Needs a
 * migrated archive with at least one ethnic group and one current province.
 */
export async function plantCanaries(payload: Payload): Promise<Canary> {
  const token = `canary-${randomBytes(6).toString('hex')}`
  const base = { overrideAccess: true, depth: 0 } as const
  const group = (await payload.find({ ...base, collection: 'ethnic-groups', limit: 1 })).docs[0]
  const province = (
    await payload.find({
      ...base,
      collection: 'places',
      limit: 1,
      where: { and: [{ type: { equals: 'province' } }, { validTo: { exists: false } }] },
    })
  ).docs[0]
  if (!group || !province) throw new Error('[canary] the archive needs an ethnic group and a current province first')

  const media = async (level: 'restricted' | 'community') =>
    payload.create({
      ...base,
      collection: 'media',
      file: await demoImage(77, `${token}-${level}.jpg`),
      data: { caption: `${token} ${level} caption`, accessLevel: level, accessReason: `${token} reason` },
    })
  const restrictedMedia = await media('restricted')
  const communityMedia = await media('community')
  const restrictedPerson = await payload.create({
    ...base,
    collection: 'people',
    draft: false,
    data: {
      _status: 'published',
      name: `${token} người`,
      roles: ['elder'],
      accessLevel: 'restricted',
      accessReason: `${token} reason`,
      publicationConsent: { given: true },
    },
  })
  const item = (title: string, level: 'public' | 'community' | 'restricted', extra: Record<string, unknown> = {}) =>
    payload.create({
      ...base,
      collection: 'heritage-items',
      draft: false,
      data: {
        _status: 'published',
        reviewState: 'published',
        title,
        summary: `${title} summary`,
        kind: 'ritual',
        ethnicGroups: [group.id],
        owningProvince: province.id,
        accessLevel: level,
        accessReason: level === 'public' ? null : `${token} reason`,
        consent: { status: 'given' },
        rights: { licence: 'all-rights-reserved' },
        ...extra,
      },
    } as never)
  const restrictedItem = await item(`${token} restricted rite`, 'restricted', {
    media: [restrictedMedia.id],
    featuredMedia: restrictedMedia.id,
  })
  const communityItem = await item(`${token} community rite`, 'community', { media: [communityMedia.id] })
  const publicCarrier = await item('Canary carrier (public)', 'public', {
    media: [restrictedMedia.id],
    people: [{ person: restrictedPerson.id, role: 'elder' }],
  })
  const stored = (id: Id) => payload.findByID({ ...base, collection: 'media', id })
  return {
    token,
    ids: {
      restrictedItem: restrictedItem.id,
      communityItem: communityItem.id,
      restrictedMedia: restrictedMedia.id,
      communityMedia: communityMedia.id,
      restrictedPerson: restrictedPerson.id,
      publicCarrier: publicCarrier.id,
    },
    files: {
      restrictedMedia: String((await stored(restrictedMedia.id)).filename),
      communityMedia: String((await stored(communityMedia.id)).filename),
    },
  }
}

/** Asserts that an output (a response body, a file, a page) carries nothing of the canaries. */
export function expectNoCanary(output: string, canary: Canary, where: string): void {
  expect(output.includes(canary.token), `${where} leaks the canary token`).toBe(false)
  for (const file of Object.values(canary.files))
    expect(output.includes(file), `${where} leaks a stored file name`).toBe(false)
}

/** Asserts that the public carrier, as read by the public, points at nothing restricted. */
export function expectCarrierClean(carrier: Record<string, unknown>, canary: Canary): void {
  const refs = JSON.stringify({ people: carrier.people, media: carrier.media, featuredMedia: carrier.featuredMedia })
  expect(carrier.people, 'people rows pointing at a restricted person').toEqual([])
  expect(carrier.media, 'media pointing at a restricted file').toEqual([])
  expect(refs).not.toContain(canary.token)
}
