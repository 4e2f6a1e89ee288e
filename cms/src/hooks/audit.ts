import {
  type AfterErrorHook,
  AuthenticationError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionAfterLoginHook,
  LockedAuth,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { TooManyAttempts } from '../auth/TooManyAttempts'
import type { AuditAction } from '../collections/AuditLog'
import { diffDocs, type FieldChange } from '../lib/diffDocs'

type Entry = {
  action: AuditAction
  targetCollection: string
  targetId?: unknown
  summary?: string
  changes?: FieldChange[]
  userId?: unknown
  userEmail?: string | null
}

/** Writes one audit entry. It never breaks the operation it records: a failure is logged, loudly. */
async function write(payload: Payload, entry: Entry, req?: PayloadRequest): Promise<void> {
  try {
    await payload.create({
      collection: 'audit-log',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        at: new Date().toISOString(),
        action: entry.action,
        targetCollection: entry.targetCollection,
        targetId: entry.targetId == null ? null : String(entry.targetId),
        summary: entry.summary ?? null,
        changes: entry.changes ?? null,
        user: (entry.userId as number | undefined) ?? null,
        userEmail: entry.userEmail ?? null,
      },
    })
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `[audit] could not record ${entry.action} on ${entry.targetCollection} ${String(entry.targetId)}`,
    })
  }
}

const who = (req: PayloadRequest) => ({
  userId: req.user?.id,
  userEmail: req.user?.email ?? null,
})
const titleOf = (doc: Record<string, unknown>): string =>
  String(doc.title ?? doc.name ?? doc.email ?? doc.filename ?? doc.id ?? '').slice(0, 200)

/** Records create/update with the changed fields, and publish, unpublish and access-level changes as their own entries. */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context.skipAudit) return doc
  const base = { targetCollection: collection.slug, targetId: doc.id, summary: titleOf(doc), ...who(req) }
  const changes = diffDocs(operation === 'create' ? undefined : previousDoc, doc)
  if (operation === 'create' || changes.length > 0)
    await write(req.payload, { ...base, action: operation, changes }, req)
  const wasPublished = previousDoc?._status === 'published'
  if (doc._status === 'published' && !wasPublished) await write(req.payload, { ...base, action: 'publish' }, req)
  // A draft saved over a published record also reads as "draft": only a save that is not a draft save unpublishes.
  if (wasPublished && doc._status === 'draft' && req.query?.draft !== 'true') {
    await write(req.payload, { ...base, action: 'unpublish' }, req)
  }
  if (operation === 'update' && previousDoc?.accessLevel !== undefined && previousDoc.accessLevel !== doc.accessLevel) {
    await write(
      req.payload,
      {
        ...base,
        action: 'access_change',
        changes: [{ field: 'accessLevel', before: previousDoc.accessLevel, after: doc.accessLevel }],
      },
      req,
    )
  }
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.skipAudit) return doc
  await write(
    req.payload,
    {
      action: 'delete',
      targetCollection: collection.slug,
      targetId: doc.id,
      summary: titleOf(doc),
      changes: diffDocs(doc, undefined),
      ...who(req),
    },
    req,
  )
  return doc
}

export const auditLogin: CollectionAfterLoginHook = async ({ collection, user, req }) => {
  await write(
    req.payload,
    {
      action: 'login',
      targetCollection: collection.slug,
      targetId: user.id,
      summary: user.email,
      userId: user.id,
      userEmail: user.email,
    },
    req,
  )
  return user
}

/**
 * Failed and locked logins through the HTTP API. A config-level error hook: the login route reports its
 * errors without naming the collection. The login transaction is rolled back, so this writes outside it.
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  // instanceof, not the class name: production builds minify names.
  const kind =
    error instanceof TooManyAttempts
      ? 'throttled'
      : error instanceof LockedAuth
        ? 'locked'
        : error instanceof AuthenticationError
          ? 'wrong password'
          : null
  if (!kind) return
  const email = String((req.data as { email?: unknown } | undefined)?.email ?? '').slice(0, 200)
  await write(req.payload, {
    action: 'login_failed',
    targetCollection: 'users',
    summary: `${kind}: ${email}`,
    userEmail: email || null,
  })
}
