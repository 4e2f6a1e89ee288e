'use client'
import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'
import { ACCESS_LEVELS } from './accessLevels'
import { sizesOf } from './formatProgress'
import type { UnfinishedUpload } from './useUnfinishedUploads'

type Lang = 'vi' | 'en'

const LEVEL_LABEL: Record<string, (typeof ACCESS_LEVELS)[number][1]> = Object.fromEntries(ACCESS_LEVELS)

/**
 * The user's uploads the server still holds unfinished and this screen is not sending (`useUnfinishedUploads`):
 * picking the same file again continues it (tus fingerprint), with the details it was started with.
 */
export function UnfinishedList({ lang, uploads }: { lang: Lang; uploads: UnfinishedUpload[] }) {
  if (uploads.length === 0) return null
  const date = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })
  return (
    <section className="dss-upload__unfinished" data-testid="upload-unfinished">
      <h2>{T.unfinishedHeading[lang]}</h2>
      <p className="field-description">{T.unfinishedHint[lang]}</p>
      <ul>
        {uploads.map((upload) => {
          const sizes = sizesOf(upload.offset, upload.size, lang)
          return (
            <li key={upload.id}>
              <strong>{upload.filename}</strong> —{' '}
              {T.received[lang]
                .replace('{sent}', sizes.sent)
                .replace('{total}', sizes.total)
                .replace('{until}', date.format(new Date(upload.expiresAt)))
                .replace('{level}', T[LEVEL_LABEL[upload.accessLevel] ?? 'levelRestricted'][lang])}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
