import type { Payload } from 'payload'
import { expect } from 'vitest'

/**
 * What every database adapter must do for a localized record: store vi and en, read each locale,
 * fall back to Vietnamese where English is missing, and return all locales at once.
 * Shared by the SQLite integration tests and the live MongoDB suite.
 */
export async function localizedRecordScenario(payload: Payload): Promise<void> {
  const created = await payload.create({
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
  await payload.update({
    collection: 'ethnic-groups',
    id: created.id,
    locale: 'en',
    data: { name: 'Ede', languages: created.languages?.map((row) => ({ ...row, name: 'Rade' })) },
  })

  const vi = await payload.findByID({ collection: 'ethnic-groups', id: created.id, locale: 'vi' })
  expect(vi.name).toBe('Ê Đê')
  expect(vi.otherNames).toEqual(['Rhade', 'Ra-đê'])

  const en = await payload.findByID({ collection: 'ethnic-groups', id: created.id, locale: 'en' })
  expect(en.name).toBe('Ede')
  expect(en.languages?.[0]).toMatchObject({ iso6393: 'rad', name: 'Rade' })
  // Not translated yet: English readers get the Vietnamese text.
  expect(en.description).toBe('Chủ nhân sử thi Đam San')

  const all = await payload.findByID({ collection: 'ethnic-groups', id: created.id, locale: 'all' })
  expect(all.name).toEqual({ vi: 'Ê Đê', en: 'Ede' })
  // SQLite stores the missing translation as null, MongoDB leaves it out: both mean "not translated".
  const description = all.description as unknown as Record<string, string | null | undefined>
  expect(description.vi).toBe('Chủ nhân sử thi Đam San')
  expect(description.en ?? null).toBeNull()

  const found = await payload.find({ collection: 'ethnic-groups', where: { name: { equals: 'Ede' } }, locale: 'en' })
  expect(found.docs.map((doc) => doc.id)).toEqual([created.id])
}
