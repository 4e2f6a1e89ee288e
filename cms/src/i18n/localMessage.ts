import type { PayloadRequest } from 'payload'

export type LocalText = { vi: string; en: string }

/** Picks the message in `language` (Vietnamese unless it is English), filling `{name}` placeholders. */
export const messageIn = (language: string | undefined, text: LocalText, values: Record<string, string> = {}): string =>
  (language === 'en' ? text.en : text.vi).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/**
 * Picks the message in the language of the admin UI or API request that asked (Vietnamese unless it asked
 * for English), filling `{name}` placeholders.
 */
export const localMessage = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  text: LocalText,
  values: Record<string, string> = {},
): string => messageIn(req?.i18n?.language, text, values)
