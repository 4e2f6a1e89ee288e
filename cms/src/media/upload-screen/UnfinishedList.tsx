'use client'
import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'
import { useUnfinishedUploads } from './useUnfinishedUploads'

type Lang = 'vi' | 'en'

const size = (bytes: number, lang: Lang) =>
  `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 ** 2)} MB`

/** The user's uploads the server still holds unfinished: picking the same file again continues it (tus fingerprint). */
export function UnfinishedList({ lang }: { lang: Lang }) {
  const uploads = useUnfinishedUploads()
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
