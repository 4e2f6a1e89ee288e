import type { CollectionConfig, DocumentTabCondition, Field, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { withArchiveAdmin } from './withArchiveAdmin'

const collection: CollectionConfig = {
  slug: 'things',
  fields: [
    { name: 'title', type: 'text', localized: true },
    { name: 'code', type: 'text' },
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'tabs',
      tabs: [{ label: 'A', fields: [{ name: 'group', type: 'group', fields: [{ name: 'on', type: 'date' }] }] }],
    },
    {
      name: 'rows',
      type: 'array',
      fields: [{ name: 'note', type: 'textarea', localized: true, admin: { components: { afterInput: ['/x#X'] } } }],
    },
  ],
}

const field = (fields: Field[], name: string): Record<string, unknown> =>
  fields.find((candidate) => 'name' in candidate && candidate.name === name) as unknown as Record<string, unknown>

describe('withArchiveAdmin', () => {
  const adjusted = withArchiveAdmin(collection)

  it('writes every date as dd/MM/yyyy, with HH:mm where it has a time', () => {
    expect(field(adjusted.fields, 'at').admin).toMatchObject({
      date: { displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm', pickerAppearance: 'dayAndTime' },
    })
    const tabs = adjusted.fields[3] as Extract<Field, { type: 'tabs' }>
    const group = tabs.tabs[0]?.fields[0] as Extract<Field, { type: 'group' }>
    expect(field(group.fields, 'on').admin).toMatchObject({ date: { displayFormat: 'dd/MM/yyyy' } })
  })

  it('puts the Vietnamese text under localised text fields only, after their own components', () => {
    const beside = '/admin/components/ViTextBeside#ViTextBeside'
    expect(field(adjusted.fields, 'title').admin).toEqual({ components: { afterInput: [beside] } })
    expect(field(adjusted.fields, 'code').admin).toBeUndefined()
    const rows = field(adjusted.fields, 'rows') as { fields: Field[] }
    expect(field(rows.fields, 'note').admin).toEqual({ components: { afterInput: ['/x#X', beside] } })
  })

  it('offers the API view to administrators only', () => {
    const condition = adjusted.admin?.components?.views?.edit?.api?.tab?.condition as DocumentTabCondition
    const asUser = (roles: string[]) =>
      condition({ req: { user: { roles } } as unknown as PayloadRequest } as Parameters<DocumentTabCondition>[0])
    expect(asUser(['admin'])).toBe(true)
    expect(['editor', 'contributor', 'reviewer', 'researcher'].map((role) => asUser([role]))).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
