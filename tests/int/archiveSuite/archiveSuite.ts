import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateAdminError, createAdmin } from '../../../cms/src/auth/createAdmin'
import type { EthnicGroup } from '../../../cms/src/payload-types'
import { startTestArchive, type TestArchive } from '../../helpers/testArchive'
import { demoContentTests } from './demoContent'
import { dublinCoreTests } from './dublinCore'
import { gazetteerTests } from './gazetteer'
import { localizationTests } from './localization'
import { reviewAndSlugsTests } from './reviewAndSlugs'
import { useSeededArchive } from './seededArchive'
import { validationTests } from './validation'

/**
 * The integration tests every database adapter must pass, through the Payload Local API. Each block
 * gets a fresh archive: a new SQLite file, or a new database on the given MongoDB server.
 */
export function archiveSuite(label: string, databaseUrl?: () => string): void {
  const useArchive = (): (() => Payload) => {
    const current: { archive?: TestArchive } = {}
    beforeAll(async () => {
      current.archive = await startTestArchive(databaseUrl?.())
    })
    afterAll(async () => {
      await current.archive?.stop()
    })
    return () => {
      if (!current.archive) throw new Error('archive not started')
      return current.archive.payload
    }
  }

  describe(`${label}: records`, () => {
    const payload = useArchive()

    it('stores vi and en, falls back to Vietnamese, and returns all locales at once', async () => {
      const created = await payload().create({
        collection: 'ethnic-groups',
        locale: 'vi',
        data: {
          slug: 'e-de-test',
          name: 'Ê Đê',
          otherNames: ['Rhade', 'Ra-đê'],
          description: 'Chủ nhân sử thi Đam San',
          languages: [{ iso6393: 'rad', name: 'Tiếng Ê Đê' }],
        },
      })
      await payload().update({
        collection: 'ethnic-groups',
        id: created.id,
        locale: 'en',
        data: {
          name: 'Ede',
          languages: created.languages?.map((row: NonNullable<EthnicGroup['languages']>[number]) => ({
            ...row,
            name: 'Rade',
          })),
        },
      })

      const vi = await payload().findByID({ collection: 'ethnic-groups', id: created.id, locale: 'vi' })
      expect(vi.name).toBe('Ê Đê')
      expect(vi.otherNames).toEqual(['Rhade', 'Ra-đê'])

      const en = await payload().findByID({ collection: 'ethnic-groups', id: created.id, locale: 'en' })
      expect(en.name).toBe('Ede')
      expect(en.languages?.[0]).toMatchObject({ iso6393: 'rad', name: 'Rade' })
      // Not translated yet: English readers get the Vietnamese text.
      expect(en.description).toBe('Chủ nhân sử thi Đam San')

      const all = await payload().findByID({ collection: 'ethnic-groups', id: created.id, locale: 'all' })
      expect(all.name).toEqual({ vi: 'Ê Đê', en: 'Ede' })
      // SQLite stores the missing translation as null, MongoDB leaves it out: both mean "not translated".
      const description = all.description as unknown as Record<string, string | null | undefined>
      expect(description.vi).toBe('Chủ nhân sử thi Đam San')
      expect(description.en ?? null).toBeNull()

      const found = await payload().find({
        collection: 'ethnic-groups',
        where: { name: { equals: 'Ede' } },
        locale: 'en',
      })
      expect(found.docs.map((doc) => doc.id)).toEqual([created.id])
    })

    it('rejects a malformed ISO 639-3 code with a Vietnamese message and stores nothing', async () => {
      const attempt = payload().create({
        collection: 'ethnic-groups',
        data: { slug: 'sai-ma', name: 'Sai mã', languages: [{ iso6393: 'EDE1', name: 'x' }] },
      })
      await expect(attempt).rejects.toMatchObject({
        data: {
          errors: [
            {
              path: 'languages.0.iso6393',
              message: 'Mã ISO 639-3 gồm đúng 3 chữ cái thường, ví dụ "rad" (tiếng Ê Đê)',
            },
          ],
        },
      })
      const stored = await payload().count({ collection: 'ethnic-groups', where: { slug: { equals: 'sai-ma' } } })
      expect(stored.totalDocs).toBe(0)
    })
  })

  describe(`${label}: accounts`, () => {
    const payload = useArchive()

    it('makes the first account an administrator, and later ones what they were given', async () => {
      const first = await payload().create({
        collection: 'users',
        data: { email: 'dau-tien@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['contributor'] },
      })
      expect(first.roles).toEqual(['admin'])
      const second = await payload().create({
        collection: 'users',
        data: { email: 'thu-hai@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['reviewer'] },
      })
      expect(second.roles).toEqual(['reviewer'])
    })

    it('lets no anonymous reader see users', async () => {
      await expect(payload().find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({
        status: 403,
      })
      await expect(payload().count({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({
        status: 403,
      })
    })

    it('create-admin makes an administrator whose generated password logs in, once per address', async () => {
      const { email, password } = await createAdmin(payload(), '  Quan-Tri@Vi-Du.vn ')
      expect(email).toBe('quan-tri@vi-du.vn')
      expect(password).toMatch(/^[\w-]{24}$/)
      const login = await payload().login({ collection: 'users', data: { email, password } })
      expect(login.user?.roles).toEqual(['admin'])

      await expect(createAdmin(payload(), 'quan-tri@vi-du.vn')).rejects.toThrow(
        new CreateAdminError('Đã có tài khoản quan-tri@vi-du.vn / An account for quan-tri@vi-du.vn already exists.'),
      )
      await expect(createAdmin(payload(), 'not-an-email')).rejects.toThrow(/Cần một địa chỉ email hợp lệ/)
    })
  })

  // The records, through the Local API on a seeded archive: demo content, gazetteer, localization and
  // fallback, review history and versions, slugs, translated validation, derived metadata.
  describe(`${label}: records and demo content`, () => {
    const seeded = useSeededArchive(useArchive())
    demoContentTests(seeded)
    gazetteerTests(seeded)
    localizationTests(seeded)
    reviewAndSlugsTests(seeded)
    validationTests(seeded)
    dublinCoreTests(seeded)
  })
}
