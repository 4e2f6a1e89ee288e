import type { Payload } from 'payload'

import { DEMO_ETHNIC_GROUPS } from './ethnicGroups'

export type SeedReport = { created: number; skipped: boolean }

/**
 * Fills an empty archive with demo records. It never touches an archive that already has records:
 * seeding twice, or on real data, creates nothing.
 */
export async function seedDemoContent(
  payload: Payload,
  onProgress: (done: number, total: number, label: string) => void = () => {},
): Promise<SeedReport> {
  const { totalDocs } = await payload.count({ collection: 'ethnic-groups', overrideAccess: true })
  if (totalDocs > 0) return { created: 0, skipped: true }

  let created = 0
  for (const group of DEMO_ETHNIC_GROUPS) {
    const { name, description, languages, ...shared } = group
    const doc = await payload.create({
      collection: 'ethnic-groups',
      locale: 'vi',
      overrideAccess: true,
      data: {
        ...shared,
        name: name.vi,
        description: description.vi,
        languages: languages.map(({ iso6393, name: languageName }) => ({ iso6393, name: languageName.vi })),
      },
    })
    await payload.update({
      collection: 'ethnic-groups',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      data: {
        name: name.en,
        description: description.en,
        // Array rows keep their ids across locales; only the localized field changes.
        languages: (doc.languages ?? []).map((row, index) => ({ ...row, name: languages[index]?.name.en ?? row.name })),
      },
    })
    created += 1
    onProgress(created, DEMO_ETHNIC_GROUPS.length, name.vi)
  }
  return { created, skipped: false }
}
