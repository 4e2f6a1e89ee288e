'use client'
import { useDocumentInfo, useDocumentTitle, useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * While a translation's title is still empty, the header keeps the record's Vietnamese title instead of its id
 * (Payload falls back to the id: "62"). Mounted beside the title field by `ViTextBeside`.
 */
export function ViTitleInHeader({ path, viTitle }: { path: string; viTitle: string }) {
  const { id } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const typed = useFormFields(([fields]) => fields[path]?.value)
  const empty = typeof typed !== 'string' || typed.trim() === ''
  useEffect(() => {
    if (!empty || !viTitle || (title !== String(id) && title !== '')) return
    // Payload's document-title provider writes the id in its own effect, which runs after this one in the same
    // commit; written on the next frame (as Payload's SetDocumentTitle does), the Vietnamese title stays.
    const frame = requestAnimationFrame(() => setDocumentTitle(viTitle))
    return () => cancelAnimationFrame(frame)
  }, [empty, viTitle, title, id, setDocumentTitle])
  return null
}
