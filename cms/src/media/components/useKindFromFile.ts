'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

import { kindOfMimeType } from '../kinds'

/**
 * When a picture, sound or video file is chosen and the officer has not picked a kind, the sidebar's kind
 * follows the file, so the form shows only the fields that fit it (`fieldsForKind.ts`) before saving.
 */
export function useKindFromFile(): void {
  const file = useFormFields(([fields]) => fields.file?.value)
  const { value: kind, setValue } = useField<string | null>({ path: 'kind' })
  useEffect(() => {
    if (kind || !(file instanceof File)) return
    const major = file.type.split('/')[0]
    if (major === 'image' || major === 'audio' || major === 'video') setValue(kindOfMimeType(file.type))
  }, [file, kind, setValue])
}
