import { displayFileName } from '@di-san-so/media-pipeline'
import type { FieldHook } from 'payload'

/**
 * `originalFilename` as read: without bidi or control characters, also for names stored before uploads were
 * cleaned, so the admin (list, title, sidebar) shows what the file is.
 */
export const showFileName: FieldHook = ({ value }) => (typeof value === 'string' ? displayFileName(value) : value)
