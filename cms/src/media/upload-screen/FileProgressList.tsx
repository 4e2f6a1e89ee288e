'use client'
import type { Meta, Uppy } from '@uppy/core'
import type { TusBody } from '@uppy/tus'

import { UPLOAD_PROGRESS_TEXT as T } from '../../i18n/messages'
import { formatDuration, formatSent, formatSpeed } from './formatProgress'
import { type Progress, useFileProgress } from './useFileProgress'

type Lang = 'vi' | 'en'

/** "1,2 MB / 4 MB · 300 KB/s · còn 10 giây": what was sent of what, how fast, how long still. */
function figures(progress: Progress, lang: Lang): string {
  const parts = [formatSent(progress.sent, progress.total, lang)]
  if (progress.speed > 0) parts.push(formatSpeed(progress.speed, lang))
  if (progress.secondsLeft !== null)
    parts.push(T.timeLeft[lang].replace('{time}', formatDuration(progress.secondsLeft, lang)))
  return parts.join(' · ')
}

/**
 * Each file being sent with its own bytes sent / total, speed and time left, and buttons to pause, resume or
 * cancel it; above them the batch's figures. Files waiting their turn and files done are counted, not listed,
 * so a festival's 300 photos stay one short list on a phone.
 */
export function FileProgressList({ uppy, lang }: { uppy: Uppy<Meta, TusBody> | undefined; lang: Lang }) {
  const { files, batch } = useFileProgress(uppy)
  const shown = files.filter((file) => file.state === 'uploading' || file.state === 'paused')
  const waiting = files.filter((file) => file.state === 'waiting').length
  const done = files.filter((file) => file.state === 'done').length
  if (!uppy || batch.sent === 0 || shown.length + waiting === 0) return null
  return (
    <section className="dss-upload__progress" data-testid="upload-progress" aria-live="off">
      <h2>{T.heading[lang]}</h2>
      <p data-testid="upload-progress-batch">
        <strong>{T.batch[lang]}</strong> {figures(batch, lang)}
        {' · '}
        {T.counts[lang].replace('{done}', String(done)).replace('{all}', String(files.length))}
      </p>
      <ul>
        {shown.map((file) => (
          <li key={file.id} data-testid="upload-progress-file" data-file-name={file.name} data-state={file.state}>
            <span className="dss-upload__progress-name">{file.name}</span>
            <span className="dss-upload__progress-figures">
              {file.state === 'paused' ? `${T.paused[lang]} · ` : ''}
              {figures(file, lang)}
            </span>
            <span className="dss-upload__progress-actions">
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() => uppy.pauseResume(file.id)}
              >
                {file.state === 'paused' ? T.resume[lang] : T.pause[lang]}
              </button>
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                onClick={() => uppy.removeFile(file.id)}
              >
                {T.cancel[lang]}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {waiting > 0 && <p className="field-description">{T.waiting[lang].replace('{count}', String(waiting))}</p>}
    </section>
  )
}
