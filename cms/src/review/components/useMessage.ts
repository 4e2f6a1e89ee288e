'use client'
import { useTranslation } from '@payloadcms/ui'

import { localMessage } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'

/** The archive's own messages (`MESSAGES`) in the admin's language, placeholders filled. */
export function useMessage(): {
  language: 'vi' | 'en'
  text: (key: keyof typeof MESSAGES, values?: Record<string, string>) => string
} {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  return { language, text: (key, values) => localMessage({ i18n: { language } } as never, MESSAGES[key], values) }
}
