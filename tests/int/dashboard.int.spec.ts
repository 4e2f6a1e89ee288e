import { createLocalReq, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadDashboard } from '../../cms/src/dashboard/loadDashboard'
import { loadProgramme } from '../../cms/src/dashboard/loadProgramme'
import type { User } from '../../cms/src/payload-types'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = User['id']
const PASSWORD = 'mot-mat-khau-dai-2026'

/**
 * The dashboard's and the report's figures, through the Local API, against the database counted as admin:
 * each viewer's numbers cover their provinces and never what they may not read.
 */
describe('dashboard and programme figures', () => {
  let archive: TestArchive
  let payload: Payload
  const users: Record<string, User> = {}
  let dakLak: Id
  let giaLai: Id
  const reqAs = (name: string) => createLocalReq({ user: { ...users[name], collection: 'users' } as never }, payload)
  const make = async (name: string, roles: User['roles'], provinces: Id[] = []) => {
    users[name] = await payload.create({
      collection: 'users',
      data: { email: `${name}@vi-du.vn`, password: PASSWORD, roles, provinces },
    })
  }
  const adminCount = async (where: Where) =>
    (await payload.find({ collection: 'heritage-items', draft: true, limit: 1, where, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    archive = await startTestArchive()
    payload = archive.payload
    await seedDemoContent(payload, undefined, { audioVideo: false })
    const place = async (name: string) =>
      (await payload.find({ collection: 'places', where: { name: { equals: name } }, depth: 0 })).docs[0]?.id as Id
    dakLak = await place('tỉnh Đắk Lắk')
    giaLai = await place('tỉnh Gia Lai')
    await make('admin', ['admin'])
    await make('reviewerDakLak', ['reviewer'], [dakLak])
    await make('editorGiaLai', ['editor'], [giaLai])
    await make('researcher', ['researcher'])
    // A restricted draft of Đắk Lắk nobody outside it may read or count.
    await payload.create({
      collection: 'heritage-items',
      draft: true,
      overrideAccess: true,
      data: {
        title: 'Bản nháp hạn chế của Đắk Lắk',
        summary: 'Tóm tắt',
        kind: 'ritual',
        ethnicGroups: [],
        owningProvince: dakLak,
        accessLevel: 'restricted',
        accessReason: 'Nghi lễ thiêng',
        reviewState: 'submitted',
      } as never,
    })
  }, 300_000)
  afterAll(async () => {
    await archive?.stop()
  })

  it('counts each review state of the reviewer’s province as the database does', async () => {
    const data = await loadDashboard(await reqAs('reviewerDakLak'), 'vi')
    expect(data.kind).toBe('staff')
    if (data.kind !== 'staff') return
    for (const [state, count] of Object.entries(data.counts))
      expect(count, state).toBe(
        await adminCount({ and: [{ owningProvince: { equals: dakLak } }, { reviewState: { equals: state } }] }),
      )
    expect(data.lists.awaiting?.items.map((item) => item.title)).toContain('Bản nháp hạn chế của Đắk Lắk')
    expect(data.lists.myDrafts).toBeUndefined()
  })

  it('sums the hours of audio and video the media workflow measured, each file once', async () => {
    const file = async (name: string, probe: Record<string, unknown>) => {
      const made = await payload.create({
        collection: 'media',
        file: await demoImage(40, name),
        data: { caption: name, accessLevel: 'public' },
        overrideAccess: true,
      })
      // What the workflow's probe step stores (`technical.probe`, ffprobe); only the workflow may write it.
      await payload.update({
        collection: 'media',
        id: made.id,
        data: { technical: { probe } },
        overrideAccess: true,
        context: { mediaWorkflow: true },
      })
      return made.id
    }
    const video = await file('le-hoi.jpg', { duration: 5400, video: { codec: 'h264' }, audio: { codec: 'aac' } })
    const audio = await file('loi-ke.jpg', { duration: 1800, video: null, audio: { codec: 'aac' } })
    const [first, second] = (
      await payload.find({ collection: 'heritage-items', where: { owningProvince: { equals: giaLai } }, limit: 2 })
    ).docs
    for (const item of [first, second])
      await payload.update({
        collection: 'heritage-items',
        id: item?.id as Id,
        data: { media: [...(item?.media ?? []).map((ref) => (typeof ref === 'object' ? ref.id : ref)), video, audio] },
        overrideAccess: true,
        context: { skipMediaJobs: true },
      })
    const report = await loadProgramme(await reqAs('editorGiaLai'), 'vi')
    const province = report?.rows.find((row) => row.dimension === 'province')
    expect(province).toMatchObject({ audioSeconds: 1800, videoSeconds: 5400 })
    expect(report?.rows[0]).toMatchObject({ audioSeconds: 1800, videoSeconds: 5400 })
  })

  it('gives another province’s editor the figures of Gia Lai only, without Đắk Lắk’s restricted draft', async () => {
    const report = await loadProgramme(await reqAs('editorGiaLai'), 'vi')
    const total = report?.rows.find((row) => row.dimension === 'total')
    expect(total?.records).toBe(await adminCount({ owningProvince: { equals: giaLai } }))
    expect(report?.rows.filter((row) => row.dimension === 'province').map((row) => row.name)).toEqual(['tỉnh Gia Lai'])
    const data = await loadDashboard(await reqAs('editorGiaLai'), 'vi')
    expect(JSON.stringify(data)).not.toContain('Bản nháp hạn chế của Đắk Lắk')
  })

  it('lists only the viewer’s own unfinished files, not another province’s public file being processed', async () => {
    await make('contributorDakLak', ['contributor'], [dakLak])
    const processingFile = async (name: string, province: Id) => {
      const made = await payload.create({
        collection: 'media',
        file: await demoImage(40, name),
        data: { caption: name, accessLevel: 'public' },
        overrideAccess: true,
        context: { skipMediaJobs: true },
      })
      await payload.update({
        collection: 'media',
        id: made.id,
        data: { processing: { status: 'processing', percent: 40 } },
        overrideAccess: true,
        context: { mediaWorkflow: true },
      })
      const [item] = (
        await payload.find({
          collection: 'heritage-items',
          where: { and: [{ owningProvince: { equals: province } }, { _status: { equals: 'published' } }] },
          limit: 1,
        })
      ).docs
      await payload.update({
        collection: 'heritage-items',
        id: item?.id as Id,
        data: { media: [...(item?.media ?? []).map((ref) => (typeof ref === 'object' ? ref.id : ref)), made.id] },
        overrideAccess: true,
        context: { skipMediaJobs: true },
      })
      return made.id
    }
    const elsewhere = await processingFile('ghi-am-gia-lai.jpg', giaLai)
    const own = await processingFile('ghi-am-dak-lak.jpg', dakLak)
    const listed = async (name: string) => {
      const data = await loadDashboard(await reqAs(name), 'vi')
      return data.kind === 'staff' ? data.media.entries.map((entry) => entry.id) : []
    }
    const contributors = await listed('contributorDakLak')
    expect(contributors).toContain(own)
    expect(contributors).not.toContain(elsewhere)
    expect(await listed('editorGiaLai')).not.toContain(own)
    expect(await listed('admin')).toEqual(expect.arrayContaining([own, elsewhere]))
  })

  it('gives the admin the whole archive, by group, kind and province, and nothing to a researcher', async () => {
    const report = await loadProgramme(await reqAs('admin'), 'vi')
    const rows = report?.rows ?? []
    const all = await adminCount({})
    expect(rows[0]).toMatchObject({ dimension: 'total', records: all })
    const sum = (dimension: string) =>
      rows.filter((row) => row.dimension === dimension).reduce((total, row) => total + row.records, 0)
    expect(sum('kind')).toBe(all)
    expect(sum('province')).toBe(all)
    expect(rows[0]?.translated).toBe(
      await adminCount({ and: [{ 'title.en': { exists: true } }, { 'summary.en': { exists: true } }] }),
    )
    expect(rows[0]?.consent).toBe(await adminCount({ 'consent.status': { equals: 'given' } }))
    const data = await loadDashboard(await reqAs('admin'), 'en')
    // Its lists and the programme query run at once, in different locales: each title is still one text.
    const lists = data.kind === 'staff' ? Object.values(data.lists) : []
    for (const item of lists.flatMap((list) => list?.items ?? []))
      expect(typeof item.title, String(item.id)).toBe('string')
    expect(data.kind === 'staff' && data.counts.submitted).toBe(
      await adminCount({ reviewState: { equals: 'submitted' } }),
    )
    expect(await loadProgramme(await reqAs('researcher'), 'vi')).toBeNull()
    expect((await loadDashboard(await reqAs('researcher'), 'vi')).kind).toBe('researcher')
  })
})
