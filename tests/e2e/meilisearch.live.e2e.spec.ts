import { randomBytes } from 'node:crypto'

import { documentsFor, indexNames, type SearchDocument, type SyncRef, searchRequest } from '@di-san-so/search'
import { type Meilisearch, meiliClient } from '@di-san-so/search/server'
import { Meilisearch as Client } from 'meilisearch'
import { createLocalReq, type Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchTokenEndpoint } from '../../cms/src/searchIndex/endpoint'
import { reindexAll } from '../../cms/src/searchIndex/reindex'
import { allRefs, loadSources } from '../../cms/src/searchIndex/sources'
import { launchBrowser } from '../helpers/browser'
import { expectNoCanary } from '../helpers/canary'
import { buildSiteFixture, type SiteFixture } from '../helpers/siteFixture'
import { QUALITY_SET, runQualitySet } from '../search/qualitySet'

// No Meilisearch server can be installed on the machines this project is built on (DESIGN.md §3), so
// this suite runs only where one is given — with its master key, which it uses to make a search key:
//   MEILI_TEST_URL=http://127.0.0.1:7700 MEILI_TEST_KEY=<master key> npm run test:meili
// It works in indexes and a key of its own (prefix disanso-test-<random>), removed at the end.
const serverUrl = process.env.MEILI_TEST_URL
const masterKey = process.env.MEILI_TEST_KEY
type Id = string | number

if (!serverUrl) {
  console.info('[live] Meilisearch suite skipped: MEILI_TEST_URL is not set (no Meilisearch server on this machine).')
  describe.skipIf(true)('Meilisearch (live)', () => {
    it('needs MEILI_TEST_URL and MEILI_TEST_KEY', () => undefined)
  })
} else {
  describe('Meilisearch (live)', () => {
    const prefix = `disanso-test-${randomBytes(4).toString('hex')}`
    const indexes = indexNames(prefix)
    let client: Meilisearch
    let site: SiteFixture
    let browser: Browser
    let payload: Payload
    let searchKeyUid = ''
    const ENV = [
      'MEILI_URL',
      'MEILI_MASTER_KEY',
      'MEILI_INDEX_PREFIX',
      'SEARCH_SYNC_SECONDS',
      'MEILI_SEARCH_KEY',
      'MEILI_SEARCH_KEY_UID',
    ]

    /** Runs the search queue until it is empty, and fails on any sync job that failed. */
    const drain = async () => {
      for (let round = 0; round < 50; round += 1) {
        const result = await payload.jobs.run({ queue: 'search', limit: 10, silent: true })
        if (result.noJobsRemaining) break
      }
      const troubled = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'syncSearch' } }, { totalTried: { greater_than: 0 } }] },
        depth: 0,
        overrideAccess: true,
      })
      expect(troubled.docs.map((job) => JSON.stringify(job.log))).toEqual([])
    }
    const titles = async (index: string, query: string, locale: 'vi' | 'en' = 'vi', extra: object = {}) => {
      const { q, ...options } = searchRequest(query, locale)
      const found = await client.index(index).search(q, { ...options, ...extra } as never)
      return found.hits.map((hit) => String(hit.title))
    }
    const item = async (title: string, data: Record<string, unknown> = {}) => {
      const group = (await payload.find({ collection: 'ethnic-groups', limit: 1, depth: 0, overrideAccess: true }))
        .docs[0]
      const province = (
        await payload.find({
          collection: 'places',
          limit: 1,
          depth: 0,
          overrideAccess: true,
          where: { and: [{ type: { equals: 'province' } }, { validTo: { exists: false } }] },
        })
      ).docs[0]
      return payload.create({
        collection: 'heritage-items',
        draft: false,
        overrideAccess: true,
        data: {
          _status: 'published',
          reviewState: 'published',
          title,
          summary: `${title}.`,
          kind: 'ritual',
          ethnicGroups: [group?.id],
          owningProvince: province?.id,
          accessLevel: 'public',
          consent: { status: 'given' },
          rights: { licence: 'cc-by-4.0' },
          ...data,
        } as never,
      })
    }

    beforeAll(async () => {
      if (!masterKey) throw new Error('MEILI_TEST_KEY (the server master key) is needed to make a search key')
      client = meiliClient({ url: serverUrl, apiKey: masterKey })
      await client.health()
      const key = await client.createKey({
        description: `Di sản số live test ${prefix}`,
        actions: ['search'],
        indexes: [`${prefix}-*`],
        expiresAt: null,
      })
      searchKeyUid = key.uid
      Object.assign(process.env, {
        MEILI_URL: serverUrl,
        MEILI_MASTER_KEY: masterKey,
        MEILI_INDEX_PREFIX: prefix,
        SEARCH_SYNC_SECONDS: '0',
        MEILI_SEARCH_KEY: key.key,
        MEILI_SEARCH_KEY_UID: key.uid,
      })
      ;[site, browser] = await Promise.all([
        buildSiteFixture({
          siteEnv: {
            PUBLIC_MEILI_URL: serverUrl,
            PUBLIC_MEILI_SEARCH_KEY: key.key,
            PUBLIC_MEILI_INDEX: indexes.public,
          },
        }),
        launchBrowser(),
      ])
      payload = site.payload
      await drain()
    }, 600_000)

    afterAll(async () => {
      await browser?.close()
      await site?.stop()
      for (const index of Object.values(indexes)) await client?.deleteIndexIfExists(index)
      if (searchKeyUid) await client?.deleteKey(searchKeyUid)
      for (const name of ENV) delete process.env[name]
    })

    it('syncs the archive: the public index holds public records only, the full one every published record', async () => {
      const refs: SyncRef[] = []
      for await (const page of allRefs(payload)) refs.push(...page)
      const sources = await loadSources(payload, refs)
      for (const audience of ['public', 'full'] as const) {
        const stored = await client.index(indexes[audience]).getDocuments<SearchDocument>({ limit: 10_000 })
        const expected = documentsFor(sources, audience).documents.map((doc) => doc.id)
        expect(stored.results.map((doc) => doc.id).sort()).toEqual([...expected].sort())
        if (audience === 'public') expectNoCanary(JSON.stringify(stored.results), site.canary, 'the public index')
      }
      expect(await titles(indexes.public, site.canary.token)).toEqual([])
      expect((await titles(indexes.full, site.canary.token)).length).toBeGreaterThan(0)
    })

    it(`answers the search quality set (${QUALITY_SET.length} queries)`, async () => {
      const result = await runQualitySet(({ query, locale }) => titles(indexes.public, query, locale))
      console.info(result.report('Meilisearch'))
      expect(result.recall).toBeGreaterThanOrEqual(0.95)
    })

    it('ranks the word as typed first: "đường" before "dương", and the other way round', async () => {
      await item('Đường lên rẫy của buôn')
      await item('Dương xỉ trong thuốc nam của buôn')
      await drain()
      expect((await titles(indexes.public, 'đường'))[0]).toBe('Đường lên rẫy của buôn')
      expect((await titles(indexes.public, 'dương'))[0]).toBe('Dương xỉ trong thuốc nam của buôn')
      expect(await titles(indexes.public, 'duong')).toEqual(
        expect.arrayContaining(['Đường lên rẫy của buôn', 'Dương xỉ trong thuốc nam của buôn']),
      )
    })

    it('finds a record seconds after it is published, on the site too, and follows unpublishing, access and deletion', async () => {
      const word = `thunghiem${randomBytes(3).toString('hex')}`
      const created = await item(`Lễ ${word} đồng bộ`)
      await drain()
      expect(await titles(indexes.public, word)).toEqual([`Lễ ${word} đồng bộ`])
      const page = await browser.newPage()
      await page.goto(`${site.url}/tim-kiem/`, { waitUntil: 'networkidle' })
      expect(await page.locator('search-box').getAttribute('data-engine')).toBe('meilisearch')
      await page.locator('#q').fill(word)
      await expect
        .poll(() => page.getByTestId('search-results').locator('li > a').allTextContents())
        .toEqual([`Lễ ${word} đồng bộ`])
      await page.close()

      await payload.update({
        collection: 'heritage-items',
        id: created.id,
        data: { accessLevel: 'restricted', accessReason: 'Thử' } as never,
        overrideAccess: true,
      })
      await drain()
      expect(await titles(indexes.public, word)).toEqual([])
      expect(await titles(indexes.full, word)).toEqual([`Lễ ${word} đồng bộ`])
      await payload.update({
        collection: 'heritage-items',
        id: created.id,
        data: { _status: 'draft' },
        overrideAccess: true,
      })
      await drain()
      expect(await titles(indexes.full, word)).toEqual([])
      await payload.update({
        collection: 'heritage-items',
        id: created.id,
        data: { _status: 'published', accessLevel: 'public' } as never,
        overrideAccess: true,
      })
      await drain()
      expect(await titles(indexes.public, word)).toEqual([`Lễ ${word} đồng bộ`])
      await payload.delete({ collection: 'heritage-items', id: created.id, overrideAccess: true })
      await drain()
      expect(await titles(indexes.public, word)).toEqual([])
      expect(await titles(indexes.full, word)).toEqual([])
    })

    it('reindexes beside the live index and swaps: searches never come back empty', async () => {
      const before = (await client.index(indexes.public).getStats()).numberOfDocuments
      let done = false
      const counts: number[] = []
      const watching = (async () => {
        while (!done) {
          counts.push((await titles(indexes.public, 'le hoi')).length)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      })()
      const result = await reindexAll(payload, { pageSize: 7 })
      done = true
      await watching
      expect(counts.length).toBeGreaterThan(3)
      expect(counts.every((count) => count > 0)).toBe(true)
      expect((await client.index(indexes.public).getStats()).numberOfDocuments).toBe(before)
      expect(result.documents[indexes.public]).toBe(before)
      const leftovers = (await client.getIndexes({ limit: 1000 })).results.filter((index) =>
        index.uid.startsWith(`${prefix}-public-reindex`),
      )
      expect(leftovers).toEqual([])
    })

    it("narrows a researcher's token to public records and their grants, and ends it with the grant", async () => {
      const find = (collection: 'ethnic-groups' | 'heritage-items', slug: string) =>
        payload
          .find({ collection, where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })
          .then((found) => found.docs[0] as { id: Id })
      const giaRai = await find('ethnic-groups', 'gia-rai')
      const user = (email: string) =>
        payload.create({
          collection: 'users',
          data: { email, password: 'mat-khau-dai-12345', roles: ['researcher'] } as never,
          overrideAccess: true,
        })
      await user('quan-tri@vi-du.vn').catch(() => undefined) // the first account becomes an administrator
      const granted = await user('co-quyen@vi-du.vn')
      const plain = await user('khong-quyen@vi-du.vn')
      await payload.create({
        collection: 'access-grants',
        data: {
          researcher: granted.id,
          scope: 'ethnic-group',
          ethnicGroup: giaRai.id,
          expiresAt: new Date(Date.now() + 8000).toISOString(),
          reason: 'Luận án',
        } as never,
        overrideAccess: true,
      })
      const token = async (who: { id: Id }) => {
        const req = await createLocalReq({ user: { ...(who as object), collection: 'users' } as never }, payload)
        const response = await (searchTokenEndpoint.handler as (req: unknown) => Promise<Response>)(req)
        expect(response.status).toBe(200)
        return ((await response.json()) as { token: string }).token
      }
      const as = (key: string) => new Client({ host: serverUrl, apiKey: key }).index(indexes.full)
      const search = async (key: string, query: string) =>
        (await as(key).search(query, { filter: 'locale = "vi"' })).hits.map((hit) => String(hit.title))
      const grantedKey = await token(granted)
      const plainKey = await token(plain)
      expect(await search(grantedKey, 'Pơtao Apui')).toEqual(['Nghi lễ của Pơtao Apui (Vua Lửa)'])
      expect(await search(plainKey, 'Pơtao Apui')).toEqual([])
      expect(await search(grantedKey, site.canary.token)).toEqual([])
      expect((await search(plainKey, 'le hoi kate')).length).toBeGreaterThan(0)
      await expect(
        new Client({ host: serverUrl, apiKey: grantedKey }).index(indexes.public).search('kate'),
      ).rejects.toThrow()
      await new Promise((resolve) => setTimeout(resolve, 9000))
      await expect(search(grantedKey, 'Pơtao Apui')).rejects.toThrow()
    })
  })
}
