'use client'
import { useEffect, useState } from 'react'

import { messageIn } from '../../i18n/localMessage'
import { MEDIA_FORM_TEXT } from '../../i18n/messages'

export type ArchiveLanguage = { code: string; name: string }
type GroupLanguages = { languages?: { iso6393?: string | null; name?: string | null }[] | null }

/**
 * The languages of the archive's ethnic groups (their ISO 639-3 codes, named in the UI language), Vietnamese
 * first, then by name; read with the officer's session from `ethnic-groups`.
 */
export function useArchiveLanguages(language: string): ArchiveLanguage[] {
  const [languages, setLanguages] = useState<ArchiveLanguage[]>([])
  useEffect(() => {
    const controller = new AbortController()
    const locale = language === 'en' ? 'en' : 'vi'
    const query = new URLSearchParams({ depth: '0', limit: '500', locale, 'select[languages]': 'true' })
    void fetch(`/api/ethnic-groups?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: GroupLanguages[] }>) : { docs: [] }))
      .then(({ docs }) => {
        const byCode = new Map<string, string>([['vie', messageIn(language, MEDIA_FORM_TEXT.languageVietnamese)]])
        for (const group of docs)
          for (const row of group.languages ?? [])
            if (row.iso6393 && !byCode.has(row.iso6393)) byCode.set(row.iso6393, row.name || row.iso6393)
        const [vietnamese, ...rest] = [...byCode].map(([code, name]) => ({ code, name }))
        setLanguages([vietnamese as ArchiveLanguage, ...rest.sort((a, b) => a.name.localeCompare(b.name, locale))])
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') throw error
      })
    return () => controller.abort()
  }, [language])
  return languages
}
