import type { DateFieldValidation } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

/** For an end-date field: empty, or on/after the sibling start-date field `startField`. */
export const endNotBefore =
  (startField: string): DateFieldValidation =>
  (value, { siblingData, req }) => {
    const start = (siblingData as Record<string, unknown>)[startField]
    if (!value || !start) return true
    return new Date(value).getTime() >= new Date(String(start)).getTime() || localMessage(req, MESSAGES.dateOrder)
  }
