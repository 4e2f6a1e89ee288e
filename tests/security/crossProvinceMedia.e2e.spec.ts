import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { demoScope, firstAdmin, publishedItem, seat } from '../helpers/seats'

/** Gia Lai is the home of the restricted file; Đắk Lắk's staff are the attackers. */
type Seat = 'admin' | 'editorGL' | 'contribGL' | 'editorDL' | 'contribDL' | 'reviewerDL' | 'anonymous'
type Id = number | string
const DERIVATIVE = Buffer.from('ID3 ghi âm lễ thiêng')
type MediaDoc = {
  id: Id
  filename: string
  accessLevel: string
  effectiveAccess: string
}

/**
 * Attacker review of issue 12, B1, B2 and B6: staff of one province read restricted files of another (the
 * record, the original and the derivatives), an editor attached another province's restricted recording to
 * their own public record and then opened it to everyone, and renamed a province, edited another
 * province's file and published a person, all without review.
 */
describe('media, places and people stay within the editor’s province', () => {
  let server: CmsServer
  const cookie: Partial<Record<Seat, string>> = {}
  const ids: Record<string, Id> = {}
  const files: Record<string, MediaDoc> = {}
  const api = (path: string, seat: Seat, init: { method?: string; body?: unknown; form?: FormData } = {}) =>
    call(`${server.url}${path}`, { ...init, cookie: cookie[seat] })
  const ok = async (path: string, body: unknown, method = 'PATCH', seat: Seat = 'admin') => {
    const reply = await api(path, seat, { method, body })
    expect(reply.status, `${method} ${path}: ${reply.text}`).toBeLessThan(300)
    return reply.json().doc as { id: Id }
  }
  const upload = async (seat: Seat, name: string, hue: number, fields: Record<string, string>) => {
    const image = await demoImage(hue, name)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image.data)], { type: 'image/jpeg' }), name)
    form.append('_payload', JSON.stringify(fields))
    return api('/api/media', seat, { method: 'POST', form })
  }
  const stored = async (id: Id) => (await api(`/api/media/${id}?depth=0`, 'admin')).json() as MediaDoc
  /** The worker is off here: the file's derivative is put where the workflow would write it (B2's audio.mp3). */
  const withDerivative = async (id: Id): Promise<MediaDoc> => {
    const folder = path.join(server.dir, 'derivatives', String(id), 'audio')
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, 'audio.mp3'), DERIVATIVE)
    return stored(id)
  }
  const item = (province: 'GL' | 'DL', title: string, level: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: `${title}.`,
    kind: 'ritual',
    ethnicGroups: [province === 'GL' ? ids.giaRai : ids.ede],
    owningProvince: province === 'GL' ? ids.giaLai : ids.dakLak,
    accessLevel: level,
    accessReason: level === 'public' ? null : 'Nghi lễ thiêng',
    consent: { status: 'given' },
    rights: { licence: 'all-rights-reserved' },
    ...extra,
  })
  const published = (body: Record<string, unknown>) => publishedItem(server.url, cookie.admin as string, body)
  const derivativeUrl = (file: MediaDoc) => `/api/media/${file.id}/derivatives/audio/audio.mp3`

  beforeAll(async () => {
    server = await startCmsServer({}, { withCanaries: true })
    cookie.admin = await firstAdmin(server.url)
    const scope = await demoScope(server.url, cookie.admin)
    Object.assign(ids, scope)
    const seats: [Seat, string, Id][] = [
      ['editorGL', 'editor', scope.giaLai],
      ['contribGL', 'contributor', scope.giaLai],
      ['editorDL', 'editor', scope.dakLak],
      ['contribDL', 'contributor', scope.dakLak],
      ['reviewerDL', 'reviewer', scope.dakLak],
    ]
    for (const [name, role, province] of seats)
      cookie[name] = (await seat(server.url, cookie.admin, `${name}@vi-du.vn`, [role], [province])).cookie
    // Gia Lai's restricted recording (B1's media 35), used only by a restricted Gia Lai record.
    const secret = await upload('admin', 'ghi-am-thieng.jpg', 10, {
      accessLevel: 'restricted',
      accessReason: 'Nghi lễ thiêng',
    })
    expect(secret.status, secret.text).toBe(201)
    ids.secret = (secret.json().doc as MediaDoc).id
    ids.glRestricted = await published(
      item('GL', 'Lễ thiêng Gia Lai', 'restricted', { media: [ids.secret], featuredMedia: ids.secret }),
    )
    // Gia Lai's public photo (B6's media 40), used only by a public Gia Lai record.
    const shared = await upload('admin', 'anh-cong-khai.jpg', 200, { accessLevel: 'public' })
    ids.shared = (shared.json().doc as MediaDoc).id
    ids.glPublic = await published(item('GL', 'Lễ hội Gia Lai', 'public', { media: [ids.shared] }))
    // Đắk Lắk's public record (B1's item 11), with a restricted file of its own attached by the admin.
    const own = await upload('admin', 'anh-dak-lak.jpg', 120, { accessLevel: 'restricted', accessReason: 'Riêng tư' })
    ids.dlFile = (own.json().doc as MediaDoc).id
    ids.dlPublic = await published(item('DL', 'Lễ hội Đắk Lắk', 'public', { media: [ids.dlFile] }))
    files.secret = await withDerivative(ids.secret)
    files.shared = await withDerivative(ids.shared)
    expect(files.secret.effectiveAccess).toBe('restricted')
    expect(files.shared.effectiveAccess).toBe('public')
  }, 300_000)
  afterAll(async () => {
    await server?.stop()
  })

  it.each(['contribDL', 'editorDL', 'reviewerDL'] as const)(
    'B2: %s cannot read another province’s restricted file — record, list, original or derivative',
    async (seat) => {
      const secret = files.secret as MediaDoc
      expect((await api(`/api/heritage-items/${ids.glRestricted}`, seat)).status).toBe(404)
      expect((await api(`/api/media/${secret.id}`, seat)).status).toBe(404)
      const list = await api('/api/media?limit=100&depth=0', seat)
      expect(list.status).toBe(200)
      expect((list.json().docs as MediaDoc[]).map((doc) => String(doc.id))).not.toContain(String(secret.id))
      expect((await api(`/api/media/file/${secret.filename}`, seat)).status).toBe(403)
      expect((await api(derivativeUrl(secret), seat)).status).toBe(404)
      // The public file of that province stays readable to them, as to everyone.
      expect((await api(`/api/media/${ids.shared}`, seat)).status).toBe(200)
    },
  )

  it('B1: an editor of another province cannot attach the restricted file to their public record, nor open it', async () => {
    for (const body of [
      { media: [ids.dlFile, ids.secret] },
      { featuredMedia: ids.secret },
      { media: [ids.dlFile], featuredMedia: ids.secret },
      // found by a second attacker review: the consent paper is a file too
      { consent: { status: 'given', document: ids.secret } },
    ]) {
      const attach = await api(`/api/heritage-items/${ids.dlPublic}`, 'editorDL', { method: 'PATCH', body })
      expect(attach.status, attach.text).toBe(400)
      expect(attach.text).toContain(MESSAGES.attachOutOfScope.vi)
    }
    const draft = await api('/api/heritage-items?draft=true', 'contribDL', {
      method: 'POST',
      body: item('DL', 'Bản nháp lấy tệp', 'public', { media: [ids.secret] }),
    })
    expect(draft.status, draft.text).toBe(400)
    expect(draft.text).toContain(MESSAGES.attachOutOfScope.vi)

    const open = await api(`/api/media/${ids.secret}`, 'editorDL', { method: 'PATCH', body: { accessLevel: 'public' } })
    expect([403, 404], open.text).toContain(open.status)
    const after = await stored(ids.secret as Id)
    expect(after.accessLevel).toBe('restricted')
    expect(after.effectiveAccess).toBe('restricted')
    expect((await api(derivativeUrl(files.secret as MediaDoc), 'anonymous')).status).toBe(404)
    const removed = await api(`/api/media/${ids.secret}`, 'editorDL', { method: 'DELETE' })
    expect([403, 404], removed.text).toContain(removed.status)
    expect((await stored(ids.secret as Id)).id).toBe(ids.secret)
  })

  it('B6: an editor of another province cannot rename a province or edit that province’s public file', async () => {
    const rename = await api(`/api/places/${ids.giaLai}`, 'editorDL', { method: 'PATCH', body: { name: 'Tỉnh Giả' } })
    expect(rename.status, rename.text).toBe(403)
    const ownProvince = await api(`/api/places/${ids.dakLak}`, 'editorDL', { method: 'PATCH', body: { name: 'Đổi' } })
    expect(ownProvince.status, ownProvince.text).toBe(403)
    const place = await api('/api/places', 'editorDL', { method: 'POST', body: { name: 'Làng giả', type: 'village' } })
    expect(place.status, place.text).toBe(403)
    const caption = await api(`/api/media/${ids.shared}`, 'editorDL', { method: 'PATCH', body: { caption: 'Giả' } })
    expect([403, 404], caption.text).toContain(caption.status)
    expect((await stored(ids.shared as Id)) as MediaDoc & { caption?: string }).not.toHaveProperty('caption', 'Giả')
    // Nor process it again (which throws its derivatives away).
    const again = await api(`/api/media/${ids.shared}/process`, 'editorDL', { method: 'POST' })
    expect(again.status, again.text).toBe(403)
  })

  it('B6: a person saved by an editor is not published and public without an admin', async () => {
    const person = {
      name: 'Già làng Y Mơ',
      roles: ['elder'],
      accessLevel: 'public',
      publicationConsent: { given: true },
    }
    const created = await api('/api/people', 'editorDL', { method: 'POST', body: { ...person, _status: 'published' } })
    expect(created.status, created.text).toBe(400)
    expect(created.text).toContain(MESSAGES.personPublishAdminOnly.vi)
    const existing = await ok(
      '/api/people?draft=false',
      { ...person, name: 'Nghệ nhân A Lưu', _status: 'published' },
      'POST',
    )
    const edit = await api(`/api/people/${existing.id}`, 'editorDL', { method: 'PATCH', body: { name: 'Đã đổi' } })
    expect(edit.status, edit.text).toBe(400)
    expect(edit.text).toContain(MESSAGES.personPublishAdminOnly.vi)
    const live = (await api(`/api/people/${existing.id}`, 'anonymous')).json() as { name?: string }
    expect(live.name).toBe('Nghệ nhân A Lưu')
    // A draft proposal still works; an admin publishes it.
    const draft = await api(`/api/people/${existing.id}?draft=true`, 'editorDL', {
      method: 'PATCH',
      body: { name: 'Nghệ nhân A Lưu (sửa)' },
    })
    expect(draft.status, draft.text).toBe(200)
    expect(((await api(`/api/people/${existing.id}`, 'anonymous')).json() as { name?: string }).name).toBe(
      'Nghệ nhân A Lưu',
    )
    const proposal = await api('/api/people?draft=true', 'editorDL', { method: 'POST', body: person })
    expect(proposal.status, proposal.text).toBe(201)
  })

  it('the home province still works: its editor reads, attaches and edits its files; uploads are theirs', async () => {
    const secret = files.secret as MediaDoc
    expect((await api(`/api/media/${secret.id}`, 'editorGL')).status).toBe(200)
    expect((await api(`/api/media/file/${secret.filename}`, 'editorGL')).status).toBe(200)
    const heard = await api(derivativeUrl(secret), 'editorGL')
    expect(heard.status).toBe(200)
    expect(heard.text).toBe(DERIVATIVE.toString())
    expect((await api(`/api/media/${secret.id}`, 'contribGL')).status).toBe(200)
    expect((await api(derivativeUrl(secret), 'contribGL')).status).toBe(200)
    await ok(`/api/media/${secret.id}`, { caption: 'Ghi âm lễ thiêng' }, 'PATCH', 'editorGL')

    // A new upload, not yet used by any record, is the uploader's: they read it and attach it.
    const fresh = await upload('editorGL', 'anh-moi.jpg', 300, { accessLevel: 'community', accessReason: 'Cộng đồng' })
    expect(fresh.status, fresh.text).toBe(201)
    const freshId = (fresh.json().doc as MediaDoc).id
    expect((await api(`/api/media/${freshId}`, 'editorGL')).status).toBe(200)
    expect((await api(`/api/media/${freshId}`, 'editorDL')).status).toBe(404)
    await ok(`/api/heritage-items/${ids.glPublic}`, { media: [ids.shared, freshId, secret.id] }, 'PATCH', 'editorGL')
    await ok(`/api/media/${freshId}`, { caption: 'Ảnh mới' }, 'PATCH', 'editorGL')

    // A contributor attaches a file of their province to their draft, and uploads their own (issue 13).
    const draft = await ok(
      '/api/heritage-items?draft=true',
      item('GL', 'Bản nháp cộng tác viên', 'restricted', { media: [secret.id] }),
      'POST',
      'contribGL',
    )
    expect(draft.id).toBeDefined()
    const contributed = await upload('contribGL', 'anh-ctv.jpg', 40, { accessLevel: 'public' })
    expect(contributed.status, contributed.text).toBe(201)
    const contributedId = (contributed.json().doc as MediaDoc).id
    // Theirs to caption while only their own records use it; not Đắk Lắk's contributor's, nor the reviewer's.
    await ok(`/api/media/${contributedId}`, { caption: 'Ảnh của cộng tác viên' }, 'PATCH', 'contribGL')
    for (const other of ['contribDL', 'reviewerDL'] as const)
      expect(
        (await api(`/api/media/${contributedId}`, other, { method: 'PATCH', body: { caption: 'x' } })).status,
      ).not.toBe(200)

    // Đắk Lắk's editor keeps editing their record, whose file the admin attached.
    await ok(`/api/heritage-items/${ids.dlPublic}`, { summary: 'Đã sửa.', media: [ids.dlFile] }, 'PATCH', 'editorDL')
    await ok(`/api/media/${ids.dlFile}`, { caption: 'Ảnh Đắk Lắk' }, 'PATCH', 'editorDL')
  })
})
