import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Canary, expectNoCanary } from '../helpers/canary'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { demoScope, firstAdmin, publishedItem, seat } from '../helpers/seats'

type Seat = 'admin' | 'researcher' | 'contributor' | 'anonymous'
type Id = number | string

/**
 * Hole 3 of issue 12: version history leaked. Anonymous REST and GraphQL returned the old public versions
 * of records that are now restricted or archived; a researcher's item grant opened the version ROW with the
 * granted id; people and ethnic groups had no version rule at all. History is for staff (in their scope)
 * and for researchers by grant on the parent record; the public gets none.
 */
describe('version history, probed from outside the staff', () => {
  let server: CmsServer
  let canary: Canary
  const cookie: Partial<Record<Seat, string>> = {}
  const ids: Record<string, Id> = {}
  const api = (path: string, seat: Seat, init: { method?: string; body?: unknown } = {}) =>
    call(`${server.url}${path}`, { ...init, cookie: cookie[seat] })
  const graphql = (query: string, seat: Seat) => api('/api/graphql', seat, { method: 'POST', body: { query } })
  const ok = async (path: string, body: unknown, method = 'PATCH') => {
    const reply = await api(path, 'admin', { method, body })
    expect(reply.status, reply.text).toBeLessThan(300)
    return reply.json().doc as { id: Id }
  }

  /** A public record, published through the workflow, then changed as `then` says. */
  const wasPublic = async (title: string, then: Record<string, unknown>) => {
    const id = await publishedItem(server.url, cookie.admin as string, {
      title,
      summary: `${title} — tóm tắt cũ`,
      kind: 'ritual',
      ethnicGroups: [ids.ede],
      owningProvince: ids.dakLak,
      accessLevel: 'public',
      consent: { status: 'given' },
      rights: { licence: 'all-rights-reserved' },
    })
    await ok(`/api/heritage-items/${id}?draft=false`, then)
    return id
  }

  beforeAll(async () => {
    server = await startCmsServer({}, { withCanaries: true })
    if (!server.canary) throw new Error('canaries were not planted')
    canary = server.canary
    cookie.admin = await firstAdmin(server.url)
    const scope = await demoScope(server.url, cookie.admin)
    Object.assign(ids, scope)
    for (const role of ['researcher', 'contributor'] as const) {
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
    ids.restrictedLater = await wasPublic(`${canary.token} was public, now restricted`, {
      accessLevel: 'restricted',
      accessReason: 'Cộng đồng yêu cầu hạn chế',
    })
    ids.archivedLater = await wasPublic(`${canary.token} was public, now archived`, {
      _status: 'draft',
      reviewState: 'archived',
    })
  }, 240_000)
  afterAll(() => server?.stop())

  it('REST: anonymous gets no version of any record, not even of one that used to be public', async () => {
    for (const collection of ['heritage-items', 'people', 'ethnic-groups']) {
      const reply = await api(`/api/${collection}/versions?limit=100&depth=1`, 'anonymous')
      expectNoCanary(reply.text, canary, `GET /api/${collection}/versions`)
      expect([403, 200], reply.text).toContain(reply.status)
      if (reply.status === 200) expect(reply.json().totalDocs, `${collection} versions`).toBe(0)
    }
    const rows = (
      await api(`/api/heritage-items/versions?where[parent][equals]=${ids.restrictedLater}&depth=0`, 'admin')
    ).json().docs as { id: Id }[]
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) {
      const one = await api(`/api/heritage-items/versions/${row.id}`, 'anonymous')
      expect([403, 404]).toContain(one.status)
      expectNoCanary(one.text, canary, `GET /api/heritage-items/versions/${row.id}`)
    }
  })

  it('GraphQL: anonymous gets no version either', async () => {
    const rows = (
      await api(`/api/heritage-items/versions?where[parent][equals]=${ids.archivedLater}&depth=0`, 'admin')
    ).json().docs as { id: Id }[]
    const list = await graphql(
      '{ versionsHeritageItems(limit: 100) { docs { id version { title summary slug } } totalDocs } }',
      'anonymous',
    )
    expectNoCanary(list.text, canary, 'GraphQL versionsHeritageItems')
    for (const row of rows) {
      const one = await graphql(
        `{ versionHeritageItem(id: ${JSON.stringify(row.id)}) { id version { title summary } } }`,
        'anonymous',
      )
      expectNoCanary(one.text, canary, `GraphQL versionHeritageItem(${row.id})`)
    }
    for (const query of ['versionsPeople', 'versionsEthnicGroups']) {
      const reply = await graphql(`{ ${query}(limit: 100) { docs { id } totalDocs } }`, 'anonymous')
      expect(reply.text, query).not.toMatch(/"totalDocs":[1-9]/)
    }
  })

  it('a researcher without grants reads no version of people or items (the restricted person included)', async () => {
    for (const collection of ['heritage-items', 'people', 'ethnic-groups']) {
      const reply = await api(`/api/${collection}/versions?limit=100&depth=1`, 'researcher')
      expectNoCanary(reply.text, canary, `researcher GET /api/${collection}/versions`)
      if (reply.status === 200) expect(reply.json().totalDocs, `${collection} versions`).toBe(0)
    }
    const people = await graphql(
      '{ versionsPeople(limit: 100) { docs { id version { name accessReason } } } }',
      'researcher',
    )
    expectNoCanary(people.text, canary, 'researcher GraphQL versionsPeople')
  })

  it('a researcher’s item grant opens the history of that record only, matched on the parent', async () => {
    // A grant for the restricted canary item: its id is also the id of some version row of another record.
    const granted = canary.ids.restrictedItem
    const row = await api(`/api/heritage-items/versions/${granted}?depth=0`, 'admin')
    expect(row.status, row.text).toBe(200)
    await ok(
      '/api/access-grants',
      {
        researcher: ids.researcher,
        scope: 'item',
        item: granted,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        reason: 'Luận án',
      },
      'POST',
    )
    const reply = await api('/api/heritage-items/versions?limit=100&depth=0', 'researcher')
    expect(reply.status, reply.text).toBe(200)
    const parents = (reply.json().docs as { parent: Id }[]).map((doc) => String(doc.parent))
    expect(parents.length).toBeGreaterThan(0)
    expect(new Set(parents)).toEqual(new Set([String(granted)]))
    // The record that was public and is now restricted stays closed to them.
    expect(reply.text).not.toContain('was public')
  })

  it('staff read the history of records in their scope', async () => {
    const mine = await api(
      `/api/heritage-items/versions?where[parent][equals]=${ids.restrictedLater}&depth=0`,
      'contributor',
    )
    expect(mine.status, mine.text).toBe(200)
    expect(mine.json().totalDocs).toBeGreaterThan(2)
    const people = await api('/api/people/versions?limit=1&depth=0', 'contributor')
    expect(people.status, people.text).toBe(200)
    expect(people.json().totalDocs).toBeGreaterThan(0)
  })

  it('collections that keep no history answer their version routes with 403, never a 500', async () => {
    // Found by an attacker review: any signed-in account got a 500 from these.
    for (const collection of ['places', 'media', 'subjects', 'cultural-labels', 'users', 'access-grants', 'audit-log'])
      for (const seat of ['researcher', 'contributor', 'admin'] as const) {
        const reply = await api(`/api/${collection}/versions?depth=0`, seat)
        expect(reply.status, `${seat} ${collection}: ${reply.text.slice(0, 200)}`).toBe(403)
        // Nor is there anything to restore (a second review found this 500 for anyone, anonymous included).
        const restore = await api(`/api/${collection}/versions/1`, seat, { method: 'POST' })
        expect(restore.status, `${seat} restore ${collection}: ${restore.text.slice(0, 200)}`).toBe(404)
      }
  })
})
