import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type StaffArchive, startStaffArchive } from './staffArchive'

/**
 * Hole 7 of issue 12: deleting a published item left it on the site and wrote an empty audit entry — the
 * first afterDelete hook returned `{ id }`, which Payload handed to the rebuild, search and audit hooks.
 */
describe('deleting published records', () => {
  let s: StaffArchive
  beforeAll(async () => {
    s = await startStaffArchive()
  }, 120_000)
  afterAll(() => s?.archive.stop())

  const waitingRebuilds = async () =>
    (
      await s.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] },
        pagination: false,
        overrideAccess: true,
      })
    ).docs
  const clearRebuilds = () =>
    s.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildSite' } },
      overrideAccess: true,
    })

  const cases: [CollectionSlug, () => Record<string, unknown>, string][] = [
    ['heritage-items', () => s.draft('Lễ sẽ bị xoá', { accessLevel: 'public' }), 'Lễ sẽ bị xoá'],
    [
      'people',
      () => ({
        name: 'Nghệ nhân sẽ bị xoá',
        roles: ['artisan'],
        accessLevel: 'public',
        publicationConsent: { given: true },
      }),
      'Nghệ nhân sẽ bị xoá',
    ],
    ['ethnic-groups', () => ({ name: 'Dân tộc sẽ bị xoá' }), 'Dân tộc sẽ bị xoá'],
  ]

  it.each(cases)(
    'an editor deleting a published %s queues the site rebuild and audits its title',
    async (collection, data, title) => {
      const record = await s.payload.create({
        collection,
        draft: false,
        data: { ...data(), _status: 'published', reviewState: 'published' } as never,
      })
      await clearRebuilds()
      await s.payload.delete({
        collection,
        id: record.id,
        ...s.as('editor'),
      })
      const queued = await waitingRebuilds()
      expect(queued.map((job) => (job.input as { reason?: string }).reason)).toEqual([`${collection} deleted`])
      const audit = await s.payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { action: { equals: 'delete' } },
            { targetCollection: { equals: collection } },
            { targetId: { equals: String(record.id) } },
          ],
        },
        overrideAccess: true,
      })
      expect(audit.docs.map((entry) => entry.summary)).toEqual([title])
      expect(audit.docs[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'slug' })]))
    },
  )
})
