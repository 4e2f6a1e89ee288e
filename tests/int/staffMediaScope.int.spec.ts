import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, User } from '../../cms/src/payload-types'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = User['id']
type FileName = 'stored' | 'featured' | 'draftOnly' | 'shared' | 'elsewhere' | 'sharedInDraft'
const PASSWORD = 'mot-mat-khau-dai-2026'

// The staff's files are found from the ids the database adapter gives (issue 13, archive size): the same
// answer as when every item was loaded — a file of an item of their province, stored or in its unpublished
// draft, and nothing only another province uses.
describe('a staff member’s files, asked of the database as ids', () => {
  let archive: TestArchive
  let payload: Payload
  const users = {} as Record<'admin' | 'reviewer' | 'editor', User>
  const files = {} as Record<FileName, Media>
  let dakLak: Id
  let giaLai: Id

  beforeAll(async () => {
    archive = await startTestArchive()
    payload = archive.payload
    await seedDemoContent(payload, undefined, { audioVideo: false })
    const place = async (name: string) =>
      (await payload.find({ collection: 'places', where: { name: { equals: name } }, depth: 0 })).docs[0]?.id as Id
    dakLak = await place('tỉnh Đắk Lắk')
    giaLai = await place('tỉnh Gia Lai')
    const group = (await payload.find({ collection: 'ethnic-groups', limit: 1, depth: 0 })).docs[0]?.id as Id
    for (const [role, roles, provinces] of [
      ['admin', ['admin'], []],
      ['reviewer', ['reviewer'], [dakLak]],
      ['editor', ['editor'], [dakLak]],
    ] as const)
      users[role] = await payload.create({
        collection: 'users',
        data: { email: `${role}@vi-du.vn`, password: PASSWORD, roles: [...roles], provinces: [...provinces] },
      })
    for (const [name, hue] of [
      ['stored', 10],
      ['featured', 40],
      ['draftOnly', 80],
      ['shared', 120],
      ['elsewhere', 160],
      ['sharedInDraft', 200],
    ] as const)
      files[name] = await payload.create({
        collection: 'media',
        file: await demoImage(hue, `${name}.jpg`),
        data: { accessLevel: 'restricted', accessReason: 'Nghi lễ thiêng' },
      })
    const item = (title: string, owningProvince: Id, media: Id[], featuredMedia?: Id) =>
      payload.create({
        collection: 'heritage-items',
        draft: false,
        data: {
          title,
          summary: `${title}.`,
          kind: 'festival',
          ethnicGroups: [group],
          owningProvince,
          accessLevel: 'restricted',
          accessReason: 'Đang biên tập',
          consent: { status: 'pending' },
          rights: { licence: 'all-rights-reserved' },
          _status: 'published',
          reviewState: 'published',
          media,
          featuredMedia,
        },
      })
    const mine = await item(
      'Lễ cúng bến nước',
      dakLak,
      [files.stored.id, files.featured.id, files.shared.id, files.sharedInDraft.id],
      files.featured.id,
    )
    await item('Lễ mừng lúa mới', giaLai, [files.elsewhere.id, files.shared.id])
    // Another province's unpublished draft adds one of our files: it is shared too, though no stored record says so.
    const theirs = await item('Lễ cầu mưa', giaLai, [files.elsewhere.id])
    await payload.update({
      collection: 'heritage-items',
      id: theirs.id,
      draft: true,
      data: { media: [files.elsewhere.id, files.sharedInDraft.id] },
    })
    // A draft over the published record: the file it adds is in the latest version only.
    await payload.update({
      collection: 'heritage-items',
      id: mine.id,
      draft: true,
      data: {
        media: [files.stored.id, files.featured.id, files.shared.id, files.sharedInDraft.id, files.draftOnly.id],
      },
    })
  }, 120_000)
  afterAll(async () => {
    await archive.stop()
  })

  const names = (docs: { id: Id }[]) =>
    Object.entries(files)
      .filter(([, file]) => docs.some((doc) => doc.id === file.id))
      .map(([name]) => name)
      .sort()

  it('a reviewer reads the files of their province’s items, the draft’s included, and not another province’s', async () => {
    const { docs } = await payload.find({
      collection: 'media',
      user: { ...users.reviewer, collection: 'users' },
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    expect(names(docs)).toEqual(['draftOnly', 'featured', 'shared', 'sharedInDraft', 'stored'])
  })

  it('an editor changes their own files, but not one another province’s record also uses', async () => {
    const user = { ...users.editor, collection: 'users' as const }
    for (const name of ['stored', 'draftOnly', 'featured'] as const)
      await payload.update({
        collection: 'media',
        id: files[name].id,
        data: { caption: `Ảnh ${name}` },
        user,
        overrideAccess: false,
      })
    for (const name of ['shared', 'elsewhere', 'sharedInDraft'] as const)
      await expect(
        payload.update({
          collection: 'media',
          id: files[name].id,
          data: { caption: 'x' },
          user,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: expect.any(Number) })
    const captions: Record<string, string | null | undefined> = {}
    for (const [name, file] of Object.entries(files))
      captions[name] = (await payload.findByID({ collection: 'media', id: file.id, depth: 0 })).caption
    expect(captions).toEqual({
      stored: 'Ảnh stored',
      featured: 'Ảnh featured',
      draftOnly: 'Ảnh draftOnly',
      shared: null,
      elsewhere: null,
      sharedInDraft: null,
    })
  })
})
