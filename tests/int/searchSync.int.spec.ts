import { createServer } from 'node:net'

import { documentsFor, planSync, type SyncRef } from '@di-san-so/search'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resolveSettings } from '../../cms/src/config/settings'
import { searchTokenEndpoint } from '../../cms/src/searchIndex/endpoint'
import { allRefs, loadSources } from '../../cms/src/searchIndex/sources'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { type Canary, expectNoCanary, plantCanaries } from '../helpers/canary'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = string | number

/** A port nothing listens on: Meilisearch "down" for real (connection refused), no stand-in server. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

describe('search sync from the cms (Meilisearch configured but unreachable)', () => {
  let archive: TestArchive
  let payload: Payload
  let canary: Canary
  let meiliUrl: string
  const searchJobs = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'syncSearch' } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        sort: 'createdAt',
      })
    ).docs
  const refsOf = (job: { input?: unknown }) => ((job.input as { refs: SyncRef[] }).refs ?? []) as SyncRef[]
  const clearJobs = () =>
    payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'syncSearch' } }, overrideAccess: true })
  const itemBySlug = async (slug: string) =>
    (
      await payload.find({
        collection: 'heritage-items',
        where: { slug: { equals: slug } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as { id: Id; title: string }

  beforeAll(async () => {
    meiliUrl = `http://127.0.0.1:${await closedPort()}`
    archive = await startTestArchive(undefined, { MEILI_URL: meiliUrl, SEARCH_SYNC_SECONDS: '0' })
    payload = archive.payload
    await seedDemoContent(payload, undefined, { audioVideo: false })
    canary = await plantCanaries(payload)
  }, 240_000)
  afterAll(async () => {
    await archive?.stop()
  })

  it('makes one sync job of a burst of saves, naming each published record once', async () => {
    const jobs = await searchJobs()
    expect(jobs).toHaveLength(1)
    const refs = refsOf(jobs[0] as never)
    const published = async (collection: 'heritage-items' | 'people' | 'ethnic-groups') =>
      (
        await payload.find({
          collection,
          where: collection === 'people' ? {} : { _status: { equals: 'published' } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs.map((doc) => `${collection}:${doc.id}`)
    const expected = [
      ...(await published('heritage-items')),
      ...(await published('people')),
      ...(await published('ethnic-groups')),
    ].sort()
    expect(refs.map((ref) => `${ref.collection}:${ref.id}`).sort()).toEqual(expected)
    expect(new Set(refs.map((ref) => `${ref.collection}:${ref.id}`)).size).toBe(refs.length)
  })

  it('keeps the record and retries later with a growing wait when Meilisearch is down', async () => {
    const item = await itemBySlug('le-hoi-kate')
    const before = Date.now()
    await payload.jobs.run({ queue: 'search', limit: 5, silent: true })
    const [job] = await searchJobs()
    expect(job?.totalTried).toBe(1)
    expect(job?.completedAt ?? null).toBeNull()
    expect(job?.hasError ?? false).toBe(false)
    // The first retry waits the task's back-off, 2 s from the failure (compared with the time before the run:
    // a clock read after it may already be past a 2 s wait on a loaded machine).
    expect(Date.parse(String(job?.waitUntil))).toBeGreaterThanOrEqual(before + 2000)
    expect(JSON.stringify(job?.log)).toMatch(/fetch failed|ECONNREFUSED|Request to .* has failed/)
    // The save that queued it stands, and the next save waits in a job of its own.
    expect((await itemBySlug('le-hoi-kate')).title).toBe(item.title)
    await payload.update({
      collection: 'heritage-items',
      id: item.id,
      data: { title: 'Lễ hội Katê (sửa)' },
      overrideAccess: true,
    })
    expect((await itemBySlug('le-hoi-kate')).title).toBe('Lễ hội Katê (sửa)')
    const after = await searchJobs()
    expect(after).toHaveLength(2)
    expect(refsOf(after[1] as never)).toEqual([{ collection: 'heritage-items', id: String(item.id) }])
  })

  it('queues unpublishing, access changes and deletion, and not drafts never published', async () => {
    await clearJobs()
    const kate = await itemBySlug('le-hoi-kate')
    await payload.update({
      collection: 'heritage-items',
      id: kate.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const restricted = canary.ids.communityItem
    await payload.update({
      collection: 'heritage-items',
      id: restricted,
      data: { accessLevel: 'restricted' },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'heritage-items', id: canary.ids.publicCarrier, overrideAccess: true })
    const draft = await payload.create({
      collection: 'heritage-items',
      draft: true,
      data: { title: 'Bản nháp chưa xuất bản', summary: 'Nháp', kind: 'craft' } as never,
      overrideAccess: true,
    })
    const jobs = await searchJobs()
    expect(jobs).toHaveLength(1)
    expect(refsOf(jobs[0] as never)).toEqual([
      { collection: 'heritage-items', id: String(kate.id) },
      { collection: 'heritage-items', id: String(restricted) },
      { collection: 'heritage-items', id: String(canary.ids.publicCarrier) },
    ])
    expect(draft.id).toBeDefined() // saved, and not in the job above
  })

  it('queues the items of a renamed place, and of the places it absorbed, with new synonyms', async () => {
    await clearJobs()
    const dakLak = (
      await payload.find({
        collection: 'places',
        where: { name: { equals: 'tỉnh Đắk Lắk' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as { id: Id; otherNames?: string[] }
    await payload.update({
      collection: 'places',
      id: dakLak.id,
      data: { otherNames: [...(dakLak.otherNames ?? []), 'Đắc Lắc'] },
      overrideAccess: true,
    })
    const [job] = await searchJobs()
    expect((job?.input as { settings?: boolean } | undefined)?.settings).toBe(true)
    const slugs = await Promise.all(
      refsOf(job as never).map(async (ref) => {
        const item = await payload.findByID({
          collection: 'heritage-items',
          id: ref.id,
          depth: 0,
          overrideAccess: true,
        })
        return item.slug
      }),
    )
    // in Đắk Lắk itself, and in Tây Hòa (former Phú Yên, now part of Đắk Lắk)
    expect(slugs).toEqual(
      expect.arrayContaining(['ruou-can-cua-nguoi-e-de', 'le-cung-ben-nuoc-cua-nguoi-e-de-o-tay-hoa']),
    )
    expect(slugs).not.toContain('le-hoi-kate')
  })

  it('queues the items that use a file once the file is processed', async () => {
    await clearJobs()
    const image = (
      await payload.find({
        collection: 'media',
        where: { mimeType: { equals: 'image/jpeg' } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0] as { id: Id }
    const job = (
      await payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: 'media' } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs.find((doc) => String((doc.input as { media?: unknown }).media) === String(image.id))
    await payload.jobs.runByID({ id: job?.id as Id, silent: true })
    const users = await payload.find({
      collection: 'heritage-items',
      where: { or: [{ media: { contains: image.id } }, { featuredMedia: { equals: image.id } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(users.docs.length).toBeGreaterThan(0)
    const jobs = await searchJobs()
    expect(jobs).toHaveLength(1)
    expect(refsOf(jobs[0] as never)).toEqual(
      users.docs.map((doc) => ({ collection: 'heritage-items', id: String(doc.id) })),
    )
  })

  it('builds documents from the stored records: names, old and new places, and nothing not public in the public index', async () => {
    const refs: SyncRef[] = []
    for await (const page of allRefs(payload, 7)) refs.push(...page)
    const sources = await loadSources(payload, refs)
    const publicDocs = documentsFor(sources, 'public').documents
    expectNoCanary(JSON.stringify(publicDocs), canary, 'the public search index')
    const full = documentsFor(sources, 'full').documents
    expect(full.find((doc) => doc.recordId === String(canary.ids.restrictedItem))?.url).toBe(
      `/admin/collections/heritage-items/${canary.ids.restrictedItem}`,
    )
    const wharf = publicDocs.find((doc) => doc.title === 'Lễ cúng bến nước của người Ê Đê ở Tây Hòa')
    expect(wharf).toMatchObject({
      locale: 'vi',
      group: ['Ê Đê'],
      kind: 'Nghi lễ, phong tục',
      province: expect.arrayContaining(['tỉnh Phú Yên']),
      decade: '2020',
      year: 2023,
      access: 'public',
      url: expect.stringMatching(/^\/di-san\/.+\/$/),
    })
    expect(wharf?.names).toEqual(expect.arrayContaining(['Rhade', 'ede']))
    expect(wharf?.places).toEqual(expect.arrayContaining(['huyện Tây Hòa', 'tỉnh Phú Yên', 'tỉnh Đắk Lắk']))
    // the unpublished Katê is in neither index; a plan for it removes its documents from both
    const kate = await itemBySlug('le-hoi-kate')
    const { requests } = planSync([{ collection: 'heritage-items', id: String(kate.id) }], sources, {
      public: 'p',
      full: 'f',
    })
    expect(requests.map((r) => [r.index, r.method])).toEqual([
      ['p', 'deleteDocuments'],
      ['f', 'deleteDocuments'],
    ])
  })

  it('gives a researcher a token for public records and their grants, and refuses everyone else', async () => {
    const group = (await payload.find({ collection: 'ethnic-groups', limit: 1, depth: 0, overrideAccess: true }))
      .docs[0]
    const make = (email: string, roles: string[]) =>
      payload.create({
        collection: 'users',
        data: { email, password: 'mat-khau-dai-12345', roles } as never,
        overrideAccess: true,
      })
    await make('quan-tri@vi-du.vn', ['admin']) // the first account is always an administrator
    const researcher = await make('nghien-cuu@vi-du.vn', ['researcher'])
    const editor = await make('bien-tap@vi-du.vn', ['editor'])
    const expires = new Date(Date.now() + 20 * 60_000)
    await payload.create({
      collection: 'access-grants',
      data: {
        researcher: researcher.id,
        scope: 'ethnic-group',
        ethnicGroup: group?.id,
        expiresAt: expires.toISOString(),
        reason: 'Luận án',
      } as never,
      overrideAccess: true,
    })
    // The same archive as one started with a search key (settings are resolved once, at start).
    let settings = resolveSettings({ MEILI_URL: meiliUrl })
    const withSettings = Object.create(payload, {
      config: { get: () => ({ ...payload.config, custom: { ...payload.config.custom, settings } }) },
    }) as Payload
    const call = async (user: unknown) => {
      const req = await createLocalReq(
        { user: user ? ({ ...(user as object), collection: 'users' } as never) : undefined },
        withSettings,
      )
      const response = await (searchTokenEndpoint.handler as (req: unknown) => Promise<Response>)(req)
      return { status: response.status, body: (await response.json()) as Record<string, string> }
    }
    const missing = await call(researcher)
    expect(missing).toEqual({
      status: 503,
      body: {
        message: 'Tìm kiếm Meilisearch chưa được cấu hình (MEILI_URL, MEILI_SEARCH_KEY, MEILI_SEARCH_KEY_UID)',
      },
    })
    settings = resolveSettings({
      MEILI_URL: meiliUrl,
      MEILI_SEARCH_KEY: 'khoa-tim-kiem-thu',
      MEILI_SEARCH_KEY_UID: '6062abda-a5aa-4414-ac91-ecd7944c0f8d',
    })
    {
      expect((await call(undefined)).status).toBe(401)
      expect(await call(editor)).toEqual({
        status: 403,
        body: { message: 'Chỉ tài khoản nhà nghiên cứu được cấp khóa tìm kiếm' },
      })
      const { status, body } = await call(researcher)
      expect(status).toBe(200)
      expect(body.index).toBe('disanso-full')
      const claims = JSON.parse(Buffer.from(String(body.token).split('.')[1] ?? '', 'base64url').toString('utf8'))
      expect(claims).toEqual({
        apiKeyUid: '6062abda-a5aa-4414-ac91-ecd7944c0f8d',
        searchRules: {
          'disanso-full': {
            filter: `access = "public" OR (type = "heritage-items" AND (groupIds IN ["${group?.id}"]))`,
          },
        },
        exp: Math.floor(Date.parse(expires.toISOString()) / 1000),
      })
    }
  })
})
