import type { PayloadRequest } from 'payload'

export type LocalText = { vi: string; en: string }

/** Picks the message in the language of the admin UI that asked (Vietnamese unless it asked for English). */
export const localMessage = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: LocalText): string =>
  req?.i18n?.language === 'en' ? text.en : text.vi
