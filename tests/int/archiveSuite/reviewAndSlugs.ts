import { expect, it } from 'vitest'

import type { SeededArchive } from './seededArchive'

/** The review history and versions of a save, and slugs made from the Vietnamese title. */
export function reviewAndSlugsTests({ payload, draftItem }: SeededArchive): void {
  it('records every review move with who, when and the note, and keeps a version per save', async () => {
    const editor = await payload().create({
      collection: 'users',
      data: { email: 'bien-tap@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['editor'] },
    })
    const as = { user: { ...editor, collection: 'users' as const } }
    const item = await payload().create({
      collection: 'heritage-items',
      draft: true,
      data: draftItem('Lễ hội Đâm trâu thử nghiệm'),
      ...as,
    })
    for (const [reviewState, reviewNote] of [
      ['submitted', 'Xin duyệt'],
      ['approved', 'Đủ đồng ý'],
      ['published', null],
    ] as const) {
      await payload().update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        data: { reviewState, reviewNote },
        ...as,
      })
    }
    const saved = await payload().findByID({ collection: 'heritage-items', id: item.id, draft: true, depth: 0 })
    expect(saved.reviewState).toBe('published')
    expect(saved.reviewNote ?? null).toBeNull()
    expect(
      saved.reviewHistory?.map(({ from, to, by, note }) => ({ from: from ?? null, to, by, note: note ?? null })),
    ).toEqual([
      { from: null, to: 'draft', by: editor.id, note: null },
      { from: 'draft', to: 'submitted', by: editor.id, note: 'Xin duyệt' },
      { from: 'submitted', to: 'approved', by: editor.id, note: 'Đủ đồng ý' },
      { from: 'approved', to: 'published', by: editor.id, note: null },
    ])
    for (const row of saved.reviewHistory ?? []) expect(Date.now() - new Date(row.at).getTime()).toBeLessThan(120_000)
    const versions = await payload().findVersions({
      collection: 'heritage-items',
      where: { parent: { equals: item.id } },
      pagination: false,
    })
    expect(versions.docs.map((version) => version.version.reviewState).sort()).toEqual([
      'approved',
      'draft',
      'published',
      'submitted',
    ])
  })

  it('makes slugs from the Vietnamese title, unique, stable when the title changes, old ones kept', async () => {
    const first = await payload().create({
      collection: 'heritage-items',
      draft: true,
      data: draftItem('Lễ hội Đâm trâu'),
    })
    expect(first.slug).toBe('le-hoi-dam-trau')
    const second = await payload().create({
      collection: 'heritage-items',
      draft: true,
      data: draftItem('Lễ hội Đâm trâu'),
    })
    expect(second.slug).toBe('le-hoi-dam-trau-2')
    const renamed = await payload().update({
      collection: 'heritage-items',
      id: first.id,
      draft: true,
      data: { title: 'Lễ đâm trâu của người Hrê ở Ba Tơ' },
    })
    expect(renamed.slug).toBe('le-hoi-dam-trau')
    const moved = await payload().update({
      collection: 'heritage-items',
      id: first.id,
      draft: true,
      data: { slug: 'dam-trau-ba-to' },
    })
    expect(moved).toMatchObject({ slug: 'dam-trau-ba-to', previousSlugs: ['le-hoi-dam-trau'] })
    const third = await payload().create({
      collection: 'heritage-items',
      draft: true,
      data: draftItem('Lễ hội Đâm trâu'),
    })
    expect(third.slug).toBe('le-hoi-dam-trau-3')
  })
}
