import { slugify } from '@di-san-so/search'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { settingsOf } from '../config/settings'
import { LABEL_TYPES, labelIcon } from '../lib/culturalLabels'
import type { CulturalLabel, EthnicGroup, Place } from '../payload-types'
import { demoAudio, demoCaptions, demoImage, demoVideo } from './demoMedia'
import { DEMO_ETHNIC_GROUPS } from './ethnicGroups'
import { DEMO_ITEMS, type DemoItem } from './heritageItems'
import { DEMO_PEOPLE } from './people'
import { DEMO_PLACES } from './places'
import { DEMO_SUBJECTS } from './subjects'

export type SeedReport = { created: number; skipped: boolean }
export type SeedProgress = (done: number, total: number, label: string) => void
/**
 * `audioVideo: false` gives each item its picture only, without the clips ffmpeg makes: for tests that need
 * the records but not the recordings (faster, and no ffmpeg needed). README command 1 seeds everything.
 */
export type SeedOptions = { audioVideo?: boolean }

// Ids as the generated types name them (numbers on SQLite); at run time they may be MongoDB strings — never computed with.
type Id = Place['id']
type LanguageRow = NonNullable<EthnicGroup['languages']>[number]
type Ids = Map<string, Id>

const TOTAL =
  LABEL_TYPES.length +
  DEMO_PLACES.length +
  DEMO_SUBJECTS.length +
  DEMO_ETHNIC_GROUPS.length +
  DEMO_PEOPLE.length +
  DEMO_ITEMS.length
const COLLECTION_NOTE = { vi: 'Dữ liệu mẫu của Di sản số', en: 'Di sản số demo content' }

/**
 * Fills an empty archive with the demo records, in one transaction: it never touches an archive that
 * already has records, and a failed run leaves nothing half-made behind (media files excepted).
 */
export async function seedDemoContent(
  payload: Payload,
  onProgress: SeedProgress = () => {},
  { audioVideo = true }: SeedOptions = {},
): Promise<SeedReport> {
  const existing = await Promise.all(
    (['heritage-items', 'ethnic-groups', 'places'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  if (existing.some(({ totalDocs }) => totalDocs > 0)) return { created: 0, skipped: true }

  // Demo records are not anybody's edits: they stay out of the audit log (and the seed stays fast).
  // The demo's site is built by README command 1 itself, after the seed: no rebuild job per record.
  const req = await createLocalReq({ context: { skipAudit: true, skipSiteRebuild: true } }, payload)
  await initTransaction(req)
  try {
    let done = 0
    const step = (label: string) => onProgress(++done, TOTAL, label)
    const ctx = { payload, req }
    const places = await seedPlaces(ctx, step)
    const subjects = await seedSubjects(ctx, step)
    const groups = await seedGroups(ctx, places, step)
    const people = await seedPeople(ctx, { places, subjects, groups }, step)
    const labels = await seedLabels(ctx, step)
    for (const item of DEMO_ITEMS) {
      await seedItem(ctx, audioVideo ? item : { ...item, media: { hue: item.media.hue } }, {
        places,
        subjects,
        groups,
        people,
        labels,
      })
      step(item.title.vi)
    }
    await commitTransaction(req)
    return { created: done, skipped: false }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

type Ctx = { payload: Payload; req: PayloadRequest }
const base = { overrideAccess: true, depth: 0 } as const

const must = (ids: Ids, key: string): Id => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`[seed] unknown demo key "${key}"`)
  return id
}

async function seedPlaces({ payload, req }: Ctx, step: (label: string) => void): Promise<Ids> {
  const ids: Ids = new Map()
  // Listed so that parents and successors come first.
  for (const place of DEMO_PLACES) {
    const doc = await payload.create({
      ...base,
      req,
      collection: 'places',
      locale: 'vi',
      data: {
        name: place.name.vi,
        otherNames: place.otherNames ?? [],
        type: place.type,
        parent: place.parent ? must(ids, place.parent) : null,
        replacedBy: (place.replacedBy ?? []).map((key) => must(ids, key)),
        validTo: place.validTo ?? null,
        validFrom: place.validTo ? null : '2025-07-01T12:00:00.000Z',
        coordinates: place.point ? { latitude: place.point[0], longitude: place.point[1] } : {},
      },
    })
    await payload.update({
      ...base,
      req,
      collection: 'places',
      id: doc.id,
      locale: 'en',
      data: { name: place.name.en },
    })
    ids.set(place.key, doc.id)
    step(place.name.vi)
  }
  return ids
}

async function seedSubjects({ payload, req }: Ctx, step: (label: string) => void): Promise<Ids> {
  const ids: Ids = new Map()
  for (const subject of DEMO_SUBJECTS) {
    const broader = 'broader' in subject ? must(ids, subject.broader) : null
    const doc = await payload.create({
      ...base,
      req,
      collection: 'subjects',
      locale: 'vi',
      data: { name: subject.name.vi, broader, slug: subject.key },
    })
    await payload.update({
      ...base,
      req,
      collection: 'subjects',
      id: doc.id,
      locale: 'en',
      data: { name: subject.name.en },
    })
    ids.set(subject.key, doc.id)
    step(subject.name.vi)
  }
  return ids
}

async function seedGroups({ payload, req }: Ctx, places: Ids, step: (label: string) => void): Promise<Ids> {
  const ids: Ids = new Map()
  for (const group of DEMO_ETHNIC_GROUPS) {
    const { name, description, languages, regions, ...shared } = group
    const doc = await payload.create({
      ...base,
      req,
      collection: 'ethnic-groups',
      locale: 'vi',
      draft: false,
      data: {
        ...shared,
        _status: 'published',
        name: name.vi,
        description: description.vi,
        regions: regions.map((key) => must(places, key)),
        languages: languages.map(({ iso6393, name: languageName }) => ({ iso6393, name: languageName.vi })),
      },
    })
    await payload.update({
      ...base,
      req,
      collection: 'ethnic-groups',
      id: doc.id,
      locale: 'en',
      // Array rows keep their ids across locales; only the localized field changes.
      data: {
        name: name.en,
        description: description.en,
        languages: (doc.languages ?? []).map((row: LanguageRow, i: number) => ({
          ...row,
          name: languages[i]?.name.en ?? row.name,
        })),
      },
    })
    ids.set(group.slug, doc.id)
    step(name.vi)
  }
  return ids
}

async function seedPeople(
  { payload, req }: Ctx,
  refs: { places: Ids; subjects: Ids; groups: Ids },
  step: (label: string) => void,
): Promise<Ids> {
  const ids: Ids = new Map()
  for (const person of DEMO_PEOPLE) {
    const doc = await payload.create({
      ...base,
      req,
      collection: 'people',
      locale: 'vi',
      draft: false,
      data: {
        _status: 'published',
        name: person.name,
        roles: person.roles,
        slug: slugify(person.name),
        ethnicGroup: person.group ? must(refs.groups, person.group) : null,
        place: person.place ? must(refs.places, person.place) : null,
        biography: person.biography.vi,
        expertise: person.expertise.map((key) => must(refs.subjects, key)),
        publicationConsent: { given: person.consent, date: person.consent ? '2024-01-15T12:00:00.000Z' : null },
        accessLevel: person.access,
        accessReason: person.access === 'public' ? null : 'Người này chưa đồng ý công bố thông tin cá nhân',
      },
    })
    if (person.biography.en) {
      await payload.update({
        ...base,
        req,
        collection: 'people',
        id: doc.id,
        locale: 'en',
        data: { biography: person.biography.en },
      })
    }
    ids.set(person.key, doc.id)
    step(person.name)
  }
  return ids
}

/** The 30 label types as templates (no community); `labels.apply` makes the copy a community applied. */
async function seedLabels({ payload, req }: Ctx, step: (label: string) => void) {
  const templates: Ids = new Map()
  const create = async (code: string, community: Id | null) => {
    const type = LABEL_TYPES.find((candidate) => candidate.code === code)
    if (!type) throw new Error(`[seed] unknown label type "${code}"`)
    const doc = await payload.create({
      ...base,
      req,
      collection: 'cultural-labels',
      locale: 'vi',
      data: {
        labelType: type.code as CulturalLabel['labelType'],
        name: type.name.vi,
        text: type.text.vi,
        community,
        icon: labelIcon(type),
      },
    })
    await payload.update({
      ...base,
      req,
      collection: 'cultural-labels',
      id: doc.id,
      locale: 'en',
      data: { name: type.name.en, text: type.text.en },
    })
    return doc.id
  }
  for (const type of LABEL_TYPES) {
    templates.set(type.code, await create(type.code, null))
    step(type.name.vi)
  }
  const applied: Ids = new Map()
  return {
    apply: async (code: string, community: Id): Promise<Id> => {
      const key = `${code}@${String(community)}`
      const existing = applied.get(key)
      if (existing !== undefined) return existing
      const id = await create(code, community)
      applied.set(key, id)
      return id
    },
  }
}

async function seedItem(
  { payload, req }: Ctx,
  item: DemoItem,
  refs: { places: Ids; subjects: Ids; groups: Ids; people: Ids; labels: Awaited<ReturnType<typeof seedLabels>> },
): Promise<void> {
  const slug = slugify(item.title.vi)
  const recordedWhere = must(refs.places, item.places[0] ?? item.province)
  const mediaAccess = { accessLevel: item.access, accessReason: item.reason?.vi ?? null }
  const makeMedia = async (
    file: Awaited<ReturnType<typeof demoImage>>,
    caption: { vi: string; en: string },
    extra: object = {},
  ) => {
    const doc = await payload.create({
      ...base,
      req,
      collection: 'media',
      locale: 'vi',
      file,
      data: {
        caption: caption.vi,
        credit: item.recordedBy,
        recordedAt: item.recordedOn,
        recordedBy: item.recordedBy,
        recordedWhere,
        ...mediaAccess,
        ...extra,
      },
    })
    await payload.update({ ...base, req, collection: 'media', id: doc.id, locale: 'en', data: { caption: caption.en } })
    return doc.id
  }
  const titleEn = item.title.en ?? item.title.vi
  const image = await makeMedia(await demoImage(item.media.hue, `${slug}.jpg`), {
    vi: `Ảnh: ${item.title.vi}`,
    en: `Photo: ${titleEn}`,
  })
  const media: Id[] = [image]
  if (item.media.audio)
    media.push(
      await makeMedia(
        await demoAudio(item.media.hue, `${slug}.mp3`, settingsOf(payload).media.ffmpegPath),
        { vi: `Ghi âm: ${item.title.vi}`, en: `Recording: ${titleEn}` },
        { languages: ['vie'] },
      ),
    )
  if (item.media.video) {
    const captions = item.media.captions
      ? [
          {
            language: 'vie',
            file: await makeMedia(demoCaptions(['Già làng khấn thần nước', 'Cả buôn dâng rượu cần'], `${slug}.vtt`), {
              vi: 'Phụ đề tiếng Việt',
              en: 'Vietnamese captions',
            }),
          },
        ]
      : []
    media.push(
      await makeMedia(
        await demoVideo(item.media.hue, `${slug}.mp4`, settingsOf(payload).media.ffmpegPath),
        { vi: `Video: ${item.title.vi}`, en: `Video: ${titleEn}` },
        { captions },
      ),
    )
  }

  const published = item.review === 'published'
  const doc = await payload.create({
    ...base,
    req,
    collection: 'heritage-items',
    locale: 'vi',
    draft: !published,
    data: {
      _status: published ? 'published' : 'draft',
      title: item.title.vi,
      summary: item.summary.vi,
      description: item.description?.vi,
      kind: item.kind,
      slug,
      ethnicGroups: item.groups.map((key) => must(refs.groups, key)),
      subjects: item.subjects.map((key) => must(refs.subjects, key)),
      culturalLabels: await Promise.all(
        (item.labels ?? []).map((code) => refs.labels.apply(code, must(refs.groups, item.groups[0] ?? ''))),
      ),
      places: item.places.map((key) => must(refs.places, key)),
      owningProvince: must(refs.places, item.province),
      time: { ...item.time, note: item.time?.note?.vi },
      people: (item.people ?? []).map(([key, role]) => ({ person: must(refs.people, key), role })),
      media,
      featuredMedia: image,
      source: {
        recordedBy: item.recordedBy,
        recordedOn: item.recordedOn,
        recordedAt: recordedWhere,
        collection: COLLECTION_NOTE.vi,
      },
      rights: { licence: item.licence, holder: item.recordedBy },
      consent: {
        status: item.consent,
        ...(item.consent === 'given'
          ? {
              givenBy: 'Đại diện cộng đồng (mẫu)',
              date: item.recordedOn,
              scope: 'Công bố trên Di sản số cho giáo dục và nghiên cứu',
            }
          : {}),
      },
      accessLevel: item.access,
      accessReason: item.reason?.vi ?? null,
      reviewState: item.review,
      reviewNote: 'Dữ liệu mẫu',
    },
  })
  await payload.update({
    ...base,
    req,
    collection: 'heritage-items',
    id: doc.id,
    locale: 'en',
    draft: !published,
    data: {
      title: item.title.en,
      summary: item.summary.en,
      description: item.description?.en,
      time: { ...doc.time, note: item.time?.note?.en },
      source: { ...doc.source, collection: COLLECTION_NOTE.en },
      consent: {
        ...doc.consent,
        scope: item.consent === 'given' ? 'Published on Di sản số for education and research' : null,
      },
      accessReason: item.reason?.en ?? null,
    },
  })
}
