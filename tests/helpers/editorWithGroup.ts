import type { Payload } from 'payload'

import type { User } from '../../cms/src/payload-types'

/**
 * The smallest cast for an editor's tests on a bare archive: an editor seated in one province, and a
 * published ethnic group their records can name.
 */
export async function editorWithGroup(
  payload: Payload,
  { email, province }: { email: string; province: number },
): Promise<{ editor: User; groupId: number }> {
  const editor = await payload.create({
    collection: 'users',
    data: { email, password: 'mot-mat-khau-dai-2026', roles: ['editor'], provinces: [province] },
  })
  const group = await payload.create({
    collection: 'ethnic-groups',
    draft: false,
    data: { name: 'Ê Đê', _status: 'published' } as never,
    overrideAccess: true,
  })
  return { editor, groupId: group.id }
}
