import type { Meta } from '@uppy/core'
import type { DashboardOptions } from '@uppy/dashboard'
import type { TusBody } from '@uppy/tus'

import { UPLOAD_PROGRESS_TEXT, UPLOAD_SCREEN_TEXT } from '../../i18n/messages'
import { ACCESS_LEVELS } from './accessLevels'
import type { PlaceOption } from './usePlaces'

type Lang = 'vi' | 'en'
/** Uppy's `MetaField` (not exported by name): one entry of the dashboard's `metaFields` list. */
type MetaField = Extract<NonNullable<DashboardOptions<Meta, TusBody>['metaFields']>, unknown[]>[number]
type Render = NonNullable<MetaField['render']>
type Option = { value: string; label: string }

/** A select in Uppy's file card (Preact, not React: Uppy hands us its `h`), labelled by the card's own label. */
const select =
  (id: string, options: () => Option[]): Render =>
  ({ value, onChange, fieldCSSClasses, form }, h) =>
    h(
      'select',
      {
        id: `uppy-Dashboard-FileCard-input-${id}`,
        name: id,
        className: fieldCSSClasses.text,
        form,
        value: value ?? '',
        onChange: (event: Event) => onChange((event.target as HTMLSelectElement).value),
      },
      ...options().map((option) => h('option', { value: option.value, key: option.value }, option.label)),
    )

/**
 * The details an officer may adjust on one file with the pencil (Uppy's file card): every batch detail —
 * caption, credit, place, recorded date, access level and its reason. `places` is read when a card opens,
 * so places loaded after the screen mounted are offered.
 */
export function perFileMetaFields(lang: Lang, places: () => PlaceOption[]): MetaField[] {
  const T = UPLOAD_SCREEN_TEXT
  return [
    { id: 'caption', name: T.caption[lang] },
    { id: 'credit', name: T.credit[lang] },
    {
      id: 'recordedWhere',
      name: T.place[lang],
      render: select('recordedWhere', () => [
        { value: '', label: T.noPlace[lang] },
        ...places().map((place) => ({ value: String(place.id), label: place.name })),
      ]),
    },
    { id: 'recordedAt', name: T.recordedAt[lang], type: 'date' },
    {
      id: 'accessLevel',
      name: T.accessLevel[lang],
      render: select('accessLevel', () => ACCESS_LEVELS.map(([level, key]) => ({ value: level, label: T[key][lang] }))),
    },
    { id: 'accessReason', name: UPLOAD_PROGRESS_TEXT.reasonOptional[lang] },
  ]
}
