import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { type Canary, expectNoCanary } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { demoScope, firstAdmin, publishedItem, seat } from '../helpers/seats'

type Seat = 'admin' | 'researcher' | 'editor' | 'anonymous'
type Id = number | string
const NOWHERE = 987_654

/**
 * Hole 14 of issue 12 (the access part): filters on relations revealed hidden files and people
 * (`where[media][in]=<hidden id>` counted the public record that points at it); anyone could ask for every
 * record at once (`pagination=false`, `limit=100000`); the fonds (`source.collection`) was on the public API.
 */
describe('public queries that probe what they cannot read', () => {
  let server: CmsServer
  let canary: Canary
  const cookie: Partial<Record<Seat, string>> = {}
  const ids: Record<string, Id> = {}
  const api = (path: string, seat: Seat, init: { method?: string; body?: unknown } = {}) =>
    call(`${server.url}${path}`, { ...init, cookie: cookie[seat] })
  const ok = async (path: string, body: unknown, method = 'PATCH') => {
    const reply = await api(path, 'admin', { method, body })
    expect(reply.status, reply.text).toBeLessThan(300)
    return reply.json().doc as { id: Id }
  }
  const published = (title: string, extra: Record<string, unknown>) =>
    publishedItem(server.url, cookie.admin as string, {
      title,
      summary: `${title}.`,
      kind: 'ritual',
      ethnicGroups: [ids.ede],
      owningProvince: ids.dakLak,
      consent: { status: 'given' },
      rights: { licence: 'all-rights-reserved' },
      ...extra,
    })
  const total = async (path: string, seat: Seat) => {
    const reply = await api(path, seat)
    expect(reply.status, `${path}: ${reply.text}`).toBe(200)
    return reply.json().totalDocs as number
  }

  beforeAll(async () => {
    server = await startCmsServer({}, { withCanaries: true })
    if (!server.canary) throw new Error('canaries were not planted')
    canary = server.canary
    cookie.admin = await firstAdmin(server.url)
    const scope = await demoScope(server.url, cookie.admin)
    Object.assign(ids, scope)
    for (const role of ['researcher', 'editor'] as const) {
      const made = await seat(
        server.url,
        cookie.admin,
        `${role}@vi-du.vn`,
        [role],
        role === 'researcher' ? [] : [scope.dakLak],
      )
      ids[role] = made.id
      cookie[role] = made.cookie
    }
    ids.fondsPublic = await published('Hồ sơ thuộc phông công khai', {
      accessLevel: 'public',
      source: { collection: 'Phông Viện Dân tộc học 1998' },
    })
    ids.fondsRestricted = await published('Hồ sơ thuộc phông được cấp quyền', {
      accessLevel: 'restricted',
      accessReason: 'Nghi lễ thiêng',
      source: { collection: 'Phông Viện Dân tộc học 1998' },
    })
    await ok(
      '/api/access-grants',
      {
        researcher: ids.researcher,
        scope: 'collection',
        collection: 'Phông Viện Dân tộc học 1998',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        reason: 'Luận án',
      },
      'POST',
    )
  }, 240_000)
  afterAll(() => server?.stop())

  it.each(['anonymous', 'researcher'] as const)(
    '%s: a hidden file or person id counts like an id that does not exist (REST and GraphQL)',
    async (seat) => {
      const file = canary.ids.restrictedMedia
      const person = canary.ids.restrictedPerson
      // Every spelling Payload accepts for the same paths: dots, `__` and nested brackets.
      const probes: [(id: Id) => string, Id][] = [
        [(id) => `/api/heritage-items?where[media][in]=${id}&depth=0`, file],
        [(id) => `/api/heritage-items?where[media][equals]=${id}&depth=0`, file],
        [(id) => `/api/heritage-items?where[media__id][equals]=${id}&depth=0`, file],
        [(id) => `/api/heritage-items?where[people.person][equals]=${id}&depth=0`, person],
        [(id) => `/api/heritage-items?where[people__person][equals]=${id}&depth=0`, person],
        [(id) => `/api/heritage-items?where[people__person__id][equals]=${id}&depth=0`, person],
        [(id) => `/api/heritage-items?where[people][person][equals]=${id}&depth=0`, person],
        [(id) => `/api/heritage-items/count?where[people.person][in]=${id}`, person],
      ]
      for (const [probe, id] of probes)
        expect(await total(probe(id), seat), probe(id)).toBe(await total(probe(NOWHERE), seat))
      const gql = async (id: Id, path = 'media') => {
        const reply = await api('/api/graphql', seat, {
          method: 'POST',
          body: { query: `{ HeritageItems(where: { ${path}: { in: [${JSON.stringify(id)}] } }) { totalDocs } }` },
        })
        return reply.json() as { data?: { HeritageItems?: { totalDocs: number } }; errors?: unknown[] }
      }
      expect((await gql(person, 'people__person')).data?.HeritageItems?.totalDocs ?? 0).toBe(
        (await gql(NOWHERE, 'people__person')).data?.HeritageItems?.totalDocs ?? 0,
      )
      expect((await gql(canary.ids.restrictedMedia)).data?.HeritageItems?.totalDocs ?? 0).toBe(
        (await gql(NOWHERE)).data?.HeritageItems?.totalDocs ?? 0,
      )
    },
  )

  it('answers a query the database cannot run with 400 and the reason, never a 500', async () => {
    // Found by an attacker review (250 distinct 500s across collections and roles).
    for (const path of [
      '/api/heritage-items?where=abc',
      '/api/heritage-items?where[id][in]=a,b',
      '/api/media?where[createdAt][greater_than]=notadate',
      '/api/people?where[id][near]=1,2',
      '/api/places?page=1e20',
      '/api/subjects?where[updatedAt][less_than]=99999999999999999999',
    ]) {
      const reply = await api(path, 'anonymous')
      expect(reply.status, `${path}: ${reply.text}`).toBe(400)
      expect(reply.text).toContain(MESSAGES.badQuery.vi)
    }
  })

  it('refuses to sort by what lies behind a relation to hidden records, for the public and for staff', async () => {
    // Found by an attacker review: the order of `sort=media.transcript` spelled out a hidden transcript.
    for (const [seat, path] of [
      ['anonymous', '/api/heritage-items?sort=media.accessLevel&depth=0'],
      ['anonymous', '/api/heritage-items?sort=media&depth=0'],
      ['researcher', '/api/heritage-items?sort=-people__person.name&depth=0'],
      ['editor', '/api/heritage-items?sort=media.transcript&depth=0'],
    ] as const) {
      const reply = await api(path, seat)
      expect(reply.status, `${seat} ${path}: ${reply.text}`).toBe(400)
      expect(reply.text).toContain(MESSAGES.relationSort.vi.slice(0, 20))
    }
    const gql = await api('/api/graphql', 'anonymous', {
      method: 'POST',
      body: { query: '{ HeritageItems(sort: "people.person.name") { totalDocs } }' },
    })
    expect(gql.text).not.toContain('"totalDocs"')
    // Sorting by the record's own fields, or staff by the relation itself, still works.
    expect((await api('/api/heritage-items?sort=-title&depth=0', 'anonymous')).status).toBe(200)
    expect((await api('/api/heritage-items?sort=media&depth=0', 'editor')).status).toBe(200)
  })

  it('refuses to filter through a relation into what the reader cannot see, with our message', async () => {
    for (const path of [
      `/api/heritage-items?where[media.caption][like]=${canary.token}`,
      `/api/heritage-items?where[people.person.name][like]=${canary.token}`,
      `/api/heritage-items?where[media][not_in]=${canary.ids.restrictedMedia}`,
    ]) {
      const reply = await api(path, 'anonymous')
      expect(reply.status, `${path}: ${reply.text}`).toBe(400)
      expect(reply.text).toContain(MESSAGES.relationFilter.vi.slice(0, 20))
      expectNoCanary(reply.text, canary, path)
    }
    // Filters on public relations still work.
    expect(await total(`/api/heritage-items?where[ethnicGroups][in]=${ids.ede}&depth=0`, 'anonymous')).toBeGreaterThan(
      0,
    )
    // Staff filter on anything.
    expect(
      await total(`/api/heritage-items?where[media][in]=${canary.ids.restrictedMedia}&depth=0`, 'editor'),
    ).toBeGreaterThan(0)
  })

  it.each([
    ['heritage-items', 'anonymous'],
    ['places', 'anonymous'],
    ['people', 'researcher'],
    ['ethnic-groups', 'anonymous'],
  ] as const)('caps %s lists for %s at 100 and ignores pagination=false', async (collection, seat) => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'pagination=false&limit=5000']) {
      const reply = await api(`/api/${collection}?${query}&depth=0`, seat)
      expect(reply.status, reply.text).toBe(200)
      const body = reply.json() as { limit: number; docs: unknown[] }
      expect(body.limit, `${collection}?${query}`).toBe(100)
      expect(body.docs.length).toBeLessThanOrEqual(100)
    }
    const staff = (await api(`/api/${collection}?limit=500&depth=0`, 'editor')).json() as { limit: number }
    expect(staff.limit).toBe(500)
  })

  it('keeps the fonds off the public API, and still lets a collection grant open records server-side', async () => {
    const item = (await api(`/api/heritage-items/${ids.fondsPublic}?depth=0`, 'anonymous')).json()
    expect(item.title).toBe('Hồ sơ thuộc phông công khai')
    expect((item.source as Record<string, unknown> | undefined)?.collection).toBeUndefined()
    const gql = await api('/api/graphql', 'anonymous', {
      method: 'POST',
      body: { query: `{ HeritageItem(id: ${JSON.stringify(ids.fondsPublic)}) { title source { collection } } }` },
    })
    expect(gql.text).not.toContain('Phông Viện Dân tộc học')
    const probe = await api(
      '/api/heritage-items?where[source.collection][equals]=Ph%C3%B4ng%20Vi%E1%BB%87n%20D%C3%A2n%20t%E1%BB%99c%20h%E1%BB%8Dc%201998',
      'anonymous',
    )
    expect(probe.text).not.toContain('Hồ sơ thuộc phông công khai')
    // The researcher's collection grant opens the restricted record through the access rule's query.
    const granted = await api(`/api/heritage-items/${ids.fondsRestricted}?depth=0`, 'researcher')
    expect(granted.status, granted.text).toBe(200)
    expect(granted.json().title).toBe('Hồ sơ thuộc phông được cấp quyền')
    expect(await total('/api/heritage-items?where[title][like]=ph%C3%B4ng&depth=0', 'researcher')).toBe(2)
    // Staff see the fonds.
    const staff = (await api(`/api/heritage-items/${ids.fondsPublic}?depth=0`, 'editor')).json()
    expect((staff.source as { collection?: string }).collection).toBe('Phông Viện Dân tộc học 1998')
  })
})
