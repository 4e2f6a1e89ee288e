'use client'
import { ArrayField, RelationshipField, TextareaField, useFormFields } from '@payloadcms/ui'
import type {
  ArrayFieldClientProps,
  RelationshipFieldClientProps,
  TextareaFieldClientProps,
  TextFieldClientProps,
} from 'payload'

import { LanguagePickerField } from '../../fields/components/LanguagePickerField'
import { fitsKind, type KindFieldRender } from '../fieldsForKind'
import type { MediaKind } from '../kinds'

type Props = { kinds: MediaKind[]; render: KindFieldRender } & (
  | ArrayFieldClientProps
  | RelationshipFieldClientProps
  | TextareaFieldClientProps
  | TextFieldClientProps
)

/**
 * A media field drawn only when it fits the file's kind (`FIELDS_FOR_KIND`), following the sidebar's kind
 * (which follows the chosen file) as the officer changes it; its value and server validation are untouched.
 */
export function ForKindField({ kinds, render, ...props }: Props) {
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const mimeType = useFormFields(([fields]) => fields.mimeType?.value)
  if (!fitsKind(kinds, { kind, mimeType })) return null
  if (render === 'array') return <ArrayField {...(props as ArrayFieldClientProps)} />
  if (render === 'relationship') return <RelationshipField {...(props as RelationshipFieldClientProps)} />
  if (render === 'textarea') return <TextareaField {...(props as TextareaFieldClientProps)} />
  return <LanguagePickerField {...(props as TextFieldClientProps)} />
}
