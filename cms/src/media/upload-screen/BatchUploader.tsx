'use client'
import Uppy, { type Meta, type UppyFile } from '@uppy/core'
import Dashboard from '@uppy/dashboard'
import GoldenRetriever from '@uppy/golden-retriever'
import Tus, { type TusBody } from '@uppy/tus'
import { useEffect, useRef, useState } from 'react'
import '@uppy/core/css/style.min.css'
import '@uppy/dashboard/css/style.min.css'
import './uploadScreen.css'

import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'
import { BatchForm } from './BatchForm'
import { type BatchMeta, EMPTY_BATCH, sentMeta } from './batchMeta'
import { errorMessageOf } from './errorMessageOf'
import { FinishedUpload } from './FinishedUpload'
import { CHUNK_BYTES, RETRY_DELAYS } from './tusClientSettings'
import { UnfinishedList } from './UnfinishedList'
import { uppyLocaleVi } from './uppyLocaleVi'

type Lang = 'vi' | 'en'
type Finished = { fileId: string; mediaId: string; filename: string }
type Failed = { fileId: string; filename: string; message: string }

/**
 * The files kept in the browser (IndexedDB) until sent, so a closed tab resumes without picking them again.
 * Uppy's defaults (10 MB a file, 300 MB in all) would drop every video; bigger files are picked again and
 * continue where the server stopped (tus fingerprint). Sizes are read at runtime though Uppy's type omits them.
 */
const KEEP_IN_BROWSER = { name: 'uppy-dss', maxFileSize: 2 * 1024 ** 3, maxTotalSize: 8 * 1024 ** 3 }

/**
 * The batch upload screen: Uppy's dashboard over tus at /api/uploads, files kept in the browser (golden
 * retriever) so an upload continues after the tab is closed; batch details set once and adjustable per file;
 * each finished file linked to its media record with its processing state.
 */
export function BatchUploader({ lang, adminRoute }: { lang: Lang; adminRoute: string }) {
  const target = useRef<HTMLDivElement>(null)
  const uppyRef = useRef<Uppy<Meta, TusBody>>(undefined)
  const [batch, setBatch] = useState<BatchMeta>(EMPTY_BATCH)
  const [finished, setFinished] = useState<Finished[]>([])
  const [failed, setFailed] = useState<Failed[]>([])
  const [active, setActive] = useState<string[]>([])

  useEffect(() => {
    if (!target.current) return
    const say = (key: keyof typeof T) => T[key][lang]
    const uppy = new Uppy<Meta, TusBody>({
      id: 'dss-batch-upload',
      ...(lang === 'vi' ? { locale: uppyLocaleVi } : {}),
      meta: { ...EMPTY_BATCH },
      // Only the contract's keys reach the server, and only those with a value.
      onBeforeUpload: (files) => {
        // The record refuses a restricted file without a reason: say so before any byte is sent.
        if (
          Object.values(files).some(
            (file) => file.meta.accessLevel !== 'public' && !String(file.meta.accessReason ?? '').trim(),
          )
        ) {
          uppy.info(say('reasonMissing'), 'error', 10_000)
          return false
        }
        const kept: typeof files = {}
        for (const [id, file] of Object.entries(files)) {
          kept[id] = {
            ...file,
            meta: { ...sentMeta(file.meta), name: file.meta.name, type: file.meta.type },
          } as typeof file
        }
        return kept
      },
    })
      .use(Dashboard, {
        inline: true,
        target: target.current,
        width: '100%',
        height: 460,
        proudlyDisplayPoweredByUppy: false,
        showRemoveButtonAfterComplete: false,
        showNativePhotoCameraButton: true,
        showNativeVideoCameraButton: true,
        nativeCameraFacingMode: 'environment',
        metaFields: [
          { id: 'caption', name: say('caption') },
          { id: 'credit', name: say('credit') },
          { id: 'recordedAt', name: say('recordedAt'), placeholder: 'YYYY-MM-DD' },
        ],
      })
      .use(Tus, {
        endpoint: '/api/uploads',
        retryDelays: RETRY_DELAYS,
        chunkSize: CHUNK_BYTES,
        limit: 3,
        removeFingerprintOnSuccess: true,
        allowedMetaFields: true,
      })
      .use(GoldenRetriever, { serviceWorker: false, indexedDB: KEEP_IN_BROWSER })
    uppyRef.current = uppy

    const fileIds = () => uppy.getFiles().map((file) => file.meta.name)
    uppy.on('files-added', () => setActive(fileIds()))
    uppy.on('file-removed', () => setActive(fileIds()))
    uppy.on('restored', () => setActive(fileIds()))
    uppy.on('upload-success', (file, response) => {
      const mediaId = response.body?.xhr?.getResponseHeader('Media-Id')
      if (!file || !mediaId) return
      setFinished((list) => [...list, { fileId: file.id, mediaId, filename: file.name ?? '' }])
    })
    uppy.on('upload-error', (file: UppyFile<Meta, TusBody> | undefined, error, response) => {
      if (!file) return
      const { message } = errorMessageOf(response?.body?.xhr?.responseText, error.message || say('failed'))
      uppy.setFileState(file.id, { error: message })
      uppy.info(message, 'error', 10_000)
      setFailed((list) => [
        ...list.filter((entry) => entry.fileId !== file.id),
        { fileId: file.id, filename: file.name ?? '', message },
      ])
    })
    uppy.on('upload-retry', (file) => {
      if (file) setFailed((list) => list.filter((entry) => entry.fileId !== file.id))
    })
    return () => {
      uppyRef.current = undefined
      uppy.destroy()
    }
  }, [lang])

  // The batch details go to every file not yet sent, and to the files added later.
  const changeBatch = (next: BatchMeta) => {
    setBatch(next)
    const uppy = uppyRef.current
    if (!uppy) return
    uppy.setMeta({ ...next })
    for (const file of uppy.getFiles()) if (!file.progress.uploadStarted) uppy.setFileMeta(file.id, { ...next })
  }

  return (
    <div className="dss-upload" data-testid="upload-screen" data-files={active.length}>
      <UnfinishedList lang={lang} />
      <BatchForm lang={lang} value={batch} onChange={changeBatch} />
      <div ref={target} data-testid="upload-dashboard" />
      {failed.length > 0 && (
        <ul role="alert" className="dss-upload__errors" data-testid="upload-errors">
          {failed.map((entry) => (
            <li key={entry.fileId}>
              <strong>{entry.filename}</strong>: {entry.message}
            </li>
          ))}
        </ul>
      )}
      {finished.length > 0 && (
        <section className="dss-upload__finished">
          <h2>{T.finishedHeading[lang]}</h2>
          <ul>
            {finished.map((entry) => (
              <FinishedUpload
                key={entry.fileId}
                mediaId={entry.mediaId}
                filename={entry.filename}
                adminRoute={adminRoute}
                lang={lang}
                openLabel={T.openRecord[lang]}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
