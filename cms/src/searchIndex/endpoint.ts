import type { Grant } from '@di-san-so/search'
import { researcherToken } from '@di-san-so/search/server'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { settingsOf } from '../config/settings'
import { localMessage } from '../i18n/localMessage'
import { idOf } from '../lib/idOf'

const TEXT = {
  signIn: { vi: 'Hãy đăng nhập bằng tài khoản nhà nghiên cứu', en: 'Sign in with a researcher account' },
  notResearcher: {
    vi: 'Chỉ tài khoản nhà nghiên cứu được cấp khóa tìm kiếm',
    en: 'Only researcher accounts get a search key',
  },
  notConfigured: {
    vi: 'Tìm kiếm Meilisearch chưa được cấu hình (MEILI_URL, MEILI_SEARCH_KEY, MEILI_SEARCH_KEY_UID)',
    en: 'Meilisearch search is not configured (MEILI_URL, MEILI_SEARCH_KEY, MEILI_SEARCH_KEY_UID)',
  },
}

const json = (req: PayloadRequest, status: number, text: { vi: string; en: string }) =>
  Response.json({ message: localMessage(req, text) }, { status })

/**
 * GET /api/search-token: a researcher's key to the full index, narrowed to public records and what their
 * unexpired grants open, expiring with the first grant (at most in an hour; ask again for a new one).
 */
export const searchTokenEndpoint: Endpoint = {
  path: '/search-token',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!user) return json(req, 401, TEXT.signIn)
    if (!hasRole(user, 'researcher')) return json(req, 403, TEXT.notResearcher)
    const config = settingsOf(req.payload).search
    if (!config.enabled || !config.searchKey || !config.searchKeyUid) return json(req, 503, TEXT.notConfigured)
    const now = new Date()
    const found = await req.payload.find({
      collection: 'access-grants',
      where: { and: [{ researcher: { equals: user.id } }, { expiresAt: { greater_than: now.toISOString() } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const grants: Grant[] = found.docs.map((doc) => ({
      scope: doc.scope,
      item: doc.item == null ? null : String(idOf(doc.item)),
      ethnicGroup: doc.ethnicGroup == null ? null : String(idOf(doc.ethnicGroup)),
      collection: doc.collection ?? null,
      expiresAt: String(doc.expiresAt),
    }))
    const { token, expiresAt } = await researcherToken({
      grants,
      fullIndex: config.indexes.full,
      apiKey: config.searchKey,
      apiKeyUid: config.searchKeyUid,
      now,
    })
    return Response.json(
      { token, expiresAt: expiresAt.toISOString(), index: config.indexes.full, url: config.url },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
