import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call } from '../helpers/http'
import { type SharedCmsServer, sharedCmsServer } from '../helpers/sharedCms'

/**
 * Denial of service through GraphQL (issue 12, hole 14): one anonymous request asking for the same list
 * under 60 aliases makes the server run 60 list queries. Such a query is refused before it runs; the
 * queries a real client sends still answer.
 */
describe('GraphQL query cost', () => {
  let server: SharedCmsServer

  beforeAll(async () => {
    server = await sharedCmsServer()
  })

  afterAll(async () => {
    await server?.stop()
  })

  const graphql = (query: string) => call(`${server.url}/api/graphql`, { method: 'POST', body: { query } })

  it('refuses 60 aliased list queries in one request, saying why', async () => {
    const aliases = Array.from({ length: 60 }, (_, n) => `a${n}: HeritageItems(limit: 100) { docs { title summary } }`)
    const reply = await graphql(`{ ${aliases.join('\n')} }`)
    const body = reply.json() as { data?: unknown; errors?: { message: string }[] }
    expect(body.data).toBeUndefined()
    expect(body.errors?.map((error) => error.message).join('\n')).toMatch(/quá nhiều|too many|too complex/i)
  })

  it('refuses a deeply nested query', async () => {
    const parents = (depth: number): string => (depth === 0 ? 'id' : `parent { ${parents(depth - 1)} }`)
    const deep = `{ HeritageItems { docs { places { ${parents(12)} } } } }`
    const body = (await graphql(deep)).json() as { data?: unknown; errors?: { message: string }[] }
    expect(body.data).toBeUndefined()
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('answers what a normal client asks: a page of items with their groups and places, and two lists at once', async () => {
    const reply = await graphql(`{
      items: HeritageItems(limit: 24) { totalDocs docs { id title summary ethnicGroups { name } places { name parent { name } } } }
      groups: EthnicGroups(limit: 50) { docs { id name slug } }
    }`)
    const body = reply.json() as {
      data?: { items: { totalDocs: number }; groups: { docs: unknown[] } }
      errors?: unknown
    }
    expect(body.errors).toBeUndefined()
    expect(body.data?.items.totalDocs).toBeGreaterThan(0)
    expect(body.data?.groups.docs.length).toBeGreaterThan(0)
  })
})
