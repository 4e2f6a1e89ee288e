import {
  type AfterErrorHook,
  FileRetrievalError,
  FileUploadError,
  Forbidden,
  MissingFile,
  type PayloadRequest,
} from 'payload'

import { type LocalText, localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import { PROCESSING_ERRORS } from './messages'

type ErrorArgs = Parameters<AfterErrorHook>[0]

/** A byte count as an officer reads it: "8 GB", "64 KB". */
export const readableSize = (bytes: number): string => {
  const units: [string, number][] = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ]
  const [unit, size] = units.find(([, size]) => bytes >= size) ?? ['KB', 1024]
  return `${Number((bytes / size).toFixed(1))} ${unit}`
}

const isUpload = ({ collection, req }: ErrorArgs) =>
  collection?.slug === 'media' && ['POST', 'PATCH'].includes(String(req.method).toUpperCase())

/**
 * Payload's own upload errors, by what they are, and the reason the officer reads instead (vi, or en if
 * asked): Payload answers these in English, with "The following field is invalid", or with its
 * Vietnamese "Đã xảy ra vấn để…" (a typo, and no reason).
 */
function ourReason(args: ErrorArgs): { text: LocalText; values?: Record<string, string>; status?: number } | undefined {
  const { error, req } = args
  const { status, data } = error as { status?: number; data?: { errors?: { message?: string }[] } }
  // The headline, and the messages on the fields (a ValidationError's headline is only "…invalid: file").
  const said = [error.message, ...(data?.errors ?? []).map((field) => field.message)]
  const says = (text: string) => said.includes(text)
  if (!isUpload(args)) return undefined
  if (status === 413) {
    const limit = req.payload.config.upload?.limits?.fileSize
    return { text: MESSAGES.uploadTooLarge, values: { max: limit ? readableSize(limit) : '?' } }
  }
  // Classes, not names: the production build minifies class names.
  if (status === 403 || error instanceof Forbidden) return { text: MESSAGES.uploadNotAllowed }
  // Payload tried to fetch a `url` given in the data (and its safe fetch refused, or the fetch failed).
  if (error instanceof FileRetrievalError) return { text: MESSAGES.uploadFileNotSent, status: 400 }
  if (error instanceof FileUploadError || says('Invalid or corrupted ISO base media file.'))
    return { text: PROCESSING_ERRORS.corrupt }
  if (says('SVG file contains potentially harmful content.')) return { text: PROCESSING_ERRORS['unsafe-content'] }
  if (error instanceof MissingFile) return { text: PROCESSING_ERRORS['empty-file'] }
  return undefined
}

/** The error as Payload shapes it, with our reason as the headline and on the file field. */
const refusal = (req: PayloadRequest, name: string, text: LocalText, values?: Record<string, string>) => {
  const message = localMessage(req, text, values)
  return { errors: [{ name, message, data: { errors: [{ path: 'file', message }] } }] }
}

export const translateUploadErrors: AfterErrorHook = (args) => {
  const reason = ourReason(args)
  if (reason) return { response: refusal(args.req, args.error.name, reason.text, reason.values), status: reason.status }
}
