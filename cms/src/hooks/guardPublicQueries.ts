import { type CollectionBeforeOperationHook, type CollectionSlug, ValidationError } from 'payload'

import {
  type FieldShape,
  guardedRelationPaths,
  narrowRelationFilters,
  RefusedRelationFilter,
  refusedSortPath,
} from '../access/relationFilters'
import { hasRole } from '../access/roles'
import { isStaff, userOf } from '../access/scope'
import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import { defaultEmptyData } from './defaultEmptyData'
import { readableIds } from './hideUnreadableRelations'
import { refuseMalformedIds } from './refuseMalformedIds'

/** The most records one request from outside the staff gets (REST and GraphQL lists, and version lists). */
export const PUBLIC_PAGE_LIMIT = 100

type ListArgs = {
  id?: unknown
  where?: Record<string, unknown>
  limit?: number
  pagination?: boolean
  currentDepth?: number
  sort?: unknown
  overrideAccess?: boolean
}

/**
 * For everyone but admins, no sort through a relation to records the reader may not all see
 * (`sort=media.transcript` would spell out a hidden transcript by the order; staff see files of their provinces
 * only). For readers outside the staff (the public, researchers) also: filters on relations cannot reveal
 * records the reader may not see (see `narrowRelationFilters`), nor can sorting by such a relation, and a list
 * through the HTTP API (REST, GraphQL) is one page of at most PUBLIC_PAGE_LIMIT records — `pagination=false`
 * and `limit=0` are not "everything". The system itself (access overridden, the Local API exports, Payload
 * populating relations) is not limited.
 */
export const guardPublicQueries: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'read' && operation !== 'count' && (operation as string) !== 'findVersions') return args
  const list = args as ListArgs
  if (list.overrideAccess || hasRole(userOf(req), 'admin')) return args
  const guarded = guardedRelationPaths(collection.flattenedFields as unknown as FieldShape[])
  const staff = isStaff(userOf(req))
  const sortPath = refusedSortPath(list.sort, guarded, { throughOnly: staff })
  if (sortPath) {
    const message = localMessage(req, MESSAGES.relationSort, { path: sortPath })
    throw new ValidationError({ collection: collection.slug, errors: [{ path: sortPath, message }] }, req.t)
  }
  if (staff) return args
  let where = list.where
  if (where && operation !== ('findVersions' as typeof operation)) {
    try {
      where = await narrowRelationFilters(where as never, guarded, (target, ids) =>
        readableIds(req, target as CollectionSlug, ids),
      )
    } catch (error) {
      if (!(error instanceof RefusedRelationFilter)) throw error
      const message = localMessage(req, MESSAGES.relationFilter, { path: error.path })
      throw new ValidationError({ collection: collection.slug, errors: [{ path: error.path, message }] }, req.t)
    }
  }
  const fromOutside = req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
  if (operation === 'count' || !fromOutside || list.currentDepth || list.id != null)
    return { ...args, where } as typeof args
  const asked = Number(list.limit ?? 10)
  const limit = list.pagination === false || !(asked > 0) || asked > PUBLIC_PAGE_LIMIT ? PUBLIC_PAGE_LIMIT : asked
  return { ...args, where, pagination: true, limit } as typeof args
}

/**
 * Adds the guards to a collection (used once, in the config, for every collection): malformed ids, saves of no
 * body, then queries.
 */
export function withPublicQueryGuard<T extends { hooks?: { beforeOperation?: unknown[] } }>(collection: T): T {
  const beforeOperation = [
    refuseMalformedIds,
    defaultEmptyData,
    guardPublicQueries,
    ...(collection.hooks?.beforeOperation ?? []),
  ]
  return { ...collection, hooks: { ...collection.hooks, beforeOperation } }
}
