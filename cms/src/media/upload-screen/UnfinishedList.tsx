'use client'
import type { Meta, Uppy } from '@uppy/core'
import type { TusBody } from '@uppy/tus'

import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'
import { useUnfinishedUploads } from './useUnfinishedUploads'

type Lang = 'vi' | 'en'

const size = (bytes: number, lang: Lang) =>
  `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 ** 2)} MB`

/**
 * The user's uploads the server still holds unfinished and this screen is not sending: picking the same file
 * again continues it (tus fingerprint).
 */
export function UnfinishedList({ lang, uppy }: { lang: Lang; uppy: Uppy<Meta, TusBody> | undefined }) {
  const uploads = useUnfinishedUploads(uppy)
  if (uploads.length === 0) return null
  const date = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })
  return (
    <section className="dss-upload__unfinished" data-testid="upload-unfinished">
      <h2>{T.unfinishedHeading[lang]}</h2>
      <p className="field-description">{T.unfinishedHint[lang]}</p>
      <ul>
        {uploads.map((upload) => (
          <li key={upload.id}>
            <strong>{upload.filename}</strong> —{' '}
            {T.received[lang]
              .replace('{sent}', size(upload.offset, lang))
              .replace('{total}', size(upload.size, lang))
              .replace('{until}', date.format(new Date(upload.expiresAt)))}
          </li>
        ))}
      </ul>
    </section>
  )
}
