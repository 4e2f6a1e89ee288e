import type { Payload } from 'payload'

import type { User } from '../../cms/src/payload-types'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = User['id']
export const STAFF_PASSWORD = 'mot-mat-khau-dai-2026'
export type Seat = 'admin' | 'editor' | 'editorElsewhere' | 'reviewer' | 'contributor' | 'researcher'

export type StaffArchive = {
  archive: TestArchive
  payload: Payload
  users: Record<Seat, User>
  /** Place ids by name (the demo gazetteer) and ethnic group ids by slug. */
  place: Record<string, Id>
  group: Record<string, Id>
  /** Local API options that act as the given seat, with access enforced as over HTTP. */
  as: (seat: Seat) => { user: User & { collection: 'users' }; overrideAccess: false }
  /** A heritage item's data in Đắk Lắk (Ê Đê), restricted, that any staff seat of Đắk Lắk may create. */
  draft: (title: string, extra?: Record<string, unknown>) => Record<string, unknown>
}

/**
 * A fresh archive with the demo content and one account per seat: editor, reviewer and contributor of
 * Đắk Lắk, an editor of Gia Lai, a researcher without grants and an admin. Pair with `archive.stop()`.
 */
export async function startStaffArchive(): Promise<StaffArchive> {
  const archive = await startTestArchive()
  const { payload } = archive
  await seedDemoContent(payload, undefined, { audioVideo: false })
  const place: Record<string, Id> = {}
  for (const doc of (await payload.find({ collection: 'places', pagination: false, depth: 0 })).docs)
    place[doc.name] = doc.id
  const group: Record<string, Id> = {}
  for (const doc of (await payload.find({ collection: 'ethnic-groups', pagination: false, depth: 0 })).docs)
    group[String(doc.slug)] = doc.id
  const dakLak = place['tỉnh Đắk Lắk'] as Id
  const giaLai = place['tỉnh Gia Lai'] as Id
  const make = (seat: Seat, roles: User['roles'], provinces: Id[] = []) =>
    payload.create({
      collection: 'users',
      data: { email: `${seat.toLowerCase()}@vi-du.vn`, password: STAFF_PASSWORD, roles, provinces },
    })
  const users: Record<Seat, User> = {
    admin: await make('admin', ['admin']),
    editor: await make('editor', ['editor'], [dakLak]),
    editorElsewhere: await make('editorElsewhere', ['editor'], [giaLai]),
    reviewer: await make('reviewer', ['reviewer'], [dakLak]),
    contributor: await make('contributor', ['contributor'], [dakLak]),
    researcher: await make('researcher', ['researcher']),
  }
  return {
    archive,
    payload,
    users,
    place,
    group,
    as: (seat) => ({ user: { ...users[seat], collection: 'users' as const }, overrideAccess: false }),
    draft: (title, extra = {}) => ({
      title,
      summary: `${title}.`,
      kind: 'festival',
      ethnicGroups: [group['e-de']],
      owningProvince: dakLak,
      accessLevel: 'restricted',
      accessReason: 'Đang biên tập',
      consent: { status: 'given' },
      rights: { licence: 'all-rights-reserved' },
      ...extra,
    }),
  }
}
