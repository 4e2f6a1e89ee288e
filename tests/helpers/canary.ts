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
  /** Public records full of hostile text (`plantHostile`): every output must carry them inert. */
  hostile: HostileRecords
}

/** The ethnic group and the current province canaries are filed under (the archive must have them). */
async function groupAndProvince(payload: Payload) {
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
  return { group, province }
}

/**
 * Plants the canaries every public output is tested against (DESIGN.md §5): a published restricted
 * item, a published community item, restricted and community media, a restricted person — all carrying
 * one token — and a published public item that points at the restricted person and media; and the hostile
 * records (`plantHostile`). Needs a migrated archive with at least one ethnic group and one current province.
 */
export async function plantCanaries(payload: Payload): Promise<Canary> {
  const token = `canary-${randomBytes(6).toString('hex')}`
  const base = { overrideAccess: true, depth: 0 } as const
  const { group, province } = await groupAndProvince(payload)

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
    hostile: await plantHostile(payload),
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

/**
 * The hostile-text canary (DESIGN.md §5, "record text is hostile until escaped"): what an attacker who can
 * type a title would type. It tries to break out of a `<script>` (JSON-LD), out of an attribute, into a URL,
 * splits JavaScript strings with U+2028 and reverses a file name with a bidi override. Every output that
 * renders record text must show it inert: as text, never as markup, never run. `tag` names the field, so a
 * failing page says which field got through.
 */
export const hostileText = (tag: string): string =>
  `${tag} </script><script>window.__hostile=${JSON.stringify(`${tag}:script`)}</script>` +
  ` "><img src=x onerror="window.__hostile='${tag}:img'">` +
  ` '><svg onload=window.__hostile=1>` +
  ` javascript:window.__hostile=1 \u2028 \u2029 \u202Egpj.exe`

/** Markup the hostile text would become if it were written into HTML unescaped. */
const HOSTILE_MARKUP = [/<script>window\.__hostile/i, /<img src=x onerror/i, /<svg onload/i]
/** A link the hostile text would become if it were written into a URL attribute unchecked. */
const HOSTILE_HREF = /href\s*=\s*["']?javascript:/i

/**
 * Asserts that an HTML (or XML) output carries the hostile text only as inert text: none of its markup
 * survives unescaped. For pages a browser runs, also use `expectInertPage`.
 */
export function expectInertHtml(html: string, where: string): void {
  expect(html, `${where} writes hostile text as a link (${HOSTILE_HREF})`).not.toMatch(HOSTILE_HREF)
  // Inside a double-quoted attribute value (`<meta content="…">`) `<` is text; escaping out of one is not.
  const outsideAttributes = html.replace(/="[^"]*"/g, '=""')
  for (const pattern of HOSTILE_MARKUP)
    expect(outsideAttributes, `${where} writes hostile text as markup (${pattern})`).not.toMatch(pattern)
}

/** The minimal page surface `expectInertPage` needs (a Playwright page). */
type RunnablePage = {
  evaluate<R>(fn: () => R): Promise<R>
  on(event: 'dialog', listener: (dialog: { dismiss(): Promise<void> }) => void): unknown
}

/**
 * Watches a browser page for the hostile canary running: call before navigating, then `check()` after the
 * page has loaded (and after opening whatever popups the test opens). Fails if any script of the canary ran
 * or any dialog opened.
 */
export function watchHostile(page: RunnablePage): { check(where: string): Promise<void> } {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  return {
    async check(where: string) {
      const ran = await page.evaluate(() => (window as unknown as { __hostile?: unknown }).__hostile ?? null)
      expect(ran, `${where}: hostile text ran as script`).toBeNull()
      expect(dialogs, `${where}: a dialog opened`).toBe(0)
    },
  }
}

export type HostileRecords = {
  /** Text common to every hostile field, to find the records. */
  tag: string
  ids: { item: Id; place: Id; person: Id }
}

/**
 * Plants a published public heritage item, a place (with coordinates, so it is on the map) and a public
 * person with consent, with the hostile text in every text field a reader can see. Needs an ethnic group and
 * a current province, like `plantCanaries`.
 */
export async function plantHostile(payload: Payload): Promise<HostileRecords> {
  const tag = `hostile${randomBytes(3).toString('hex')}`
  const text = (field: string) => hostileText(`${tag}-${field}`)
  const base = { overrideAccess: true, depth: 0 } as const
  const { group, province } = await groupAndProvince(payload)
  const place = await payload.create({
    ...base,
    collection: 'places',
    data: {
      name: text('place'),
      otherNames: [text('place-other')],
      type: 'village',
      parent: province.id,
      coordinates: { latitude: 12.67, longitude: 108.05 },
    },
  } as never)
  const person = await payload.create({
    ...base,
    collection: 'people',
    draft: false,
    data: {
      _status: 'published',
      name: text('person'),
      roles: ['artisan'],
      biography: text('biography'),
      expertiseNote: text('expertise'),
      accessLevel: 'public',
      publicationConsent: { given: true },
    },
  } as never)
  const item = await payload.create({
    ...base,
    collection: 'heritage-items',
    draft: false,
    data: {
      _status: 'published',
      reviewState: 'published',
      title: text('title'),
      summary: text('summary'),
      description: text('description'),
      kind: 'festival',
      ethnicGroups: [group.id],
      owningProvince: province.id,
      places: [place.id],
      people: [{ person: person.id, role: 'artisan' }],
      time: { note: text('time-note'), lunarMonth: 3 },
      source: { recordedBy: text('recorded-by'), collection: text('collection') },
      rights: { licence: 'cc-by-4.0', holder: text('rights-holder') },
      consent: { status: 'given', givenBy: text('consent-by'), scope: text('consent-scope') },
      accessLevel: 'public',
    },
  } as never)
  return { tag, ids: { item: item.id, place: place.id, person: person.id } }
}
