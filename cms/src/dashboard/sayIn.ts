import type { PayloadRequest } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

export type Lang = 'vi' | 'en'
export type Say = (key: keyof typeof MESSAGES, values?: Record<string, string>) => string

/** The archive's messages in one language (the admin's, or a report's), outside a request. */
export const sayIn =
  (lang: Lang): Say =>
  (key, values) =>
    localMessage({ i18n: { language: lang } } as Pick<PayloadRequest, 'i18n'>, MESSAGES[key], values)
