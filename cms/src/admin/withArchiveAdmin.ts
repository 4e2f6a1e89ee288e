import type { CollectionConfig, EditConfigWithoutRoot, Field, PayloadComponent } from 'payload'

import { hasRole } from '../access/roles'

/** Every date the admin shows or takes, in the archive's one format (Payload's pickers default to "MMM d, yyy h:mm a"). */
const DISPLAY_FORMAT = {
  default: 'dd/MM/yyyy',
  dayOnly: 'dd/MM/yyyy',
  dayAndTime: 'dd/MM/yyyy HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'MM/yyyy',
} as const

/** The Vietnamese text shown under a localised field while a translator edits another language. */
const VI_TEXT_BESIDE = '/admin/components/ViTextBeside#ViTextBeside'

const asList = (components: PayloadComponent | PayloadComponent[] | undefined): PayloadComponent[] =>
  components === undefined ? [] : Array.isArray(components) ? components : [components]

function adjust(field: Field): Field {
  if (field.type === 'date') {
    const appearance = field.admin?.date?.pickerAppearance ?? 'default'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { displayFormat: DISPLAY_FORMAT[appearance], timeFormat: 'HH:mm', ...field.admin?.date },
      },
    } as Field
  }
  if ((field.type === 'text' || field.type === 'textarea') && field.localized && !field.admin?.hidden) {
    const afterInput = [...asList(field.admin?.components?.afterInput), VI_TEXT_BESIDE]
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, afterInput } } } as Field
  }
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(adjust) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(adjust) } as Field
  return field
}

/**
 * The admin's conventions, applied to every collection: one date format; the Vietnamese text under each
 * localised field for translators; and the raw "API" view offered to administrators only (its label translated).
 */
export function withArchiveAdmin(collection: CollectionConfig): CollectionConfig {
  // A collection that replaces its whole document view (`root`) has no tabs to adjust.
  const edit = collection.admin?.components?.views?.edit as EditConfigWithoutRoot | undefined
  const api: NonNullable<EditConfigWithoutRoot['api']> = {
    ...edit?.api,
    tab: {
      label: ({ t }) => t('archive:apiTab'),
      ...edit?.api?.tab,
      condition: ({ req }) => hasRole(req.user, 'admin'),
    },
  }
  return {
    ...collection,
    fields: collection.fields.map(adjust),
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: { ...collection.admin?.components?.views, edit: { ...edit, api } as EditConfigWithoutRoot },
      },
    },
  }
}
