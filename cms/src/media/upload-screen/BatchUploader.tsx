'use client'
import Uppy, { type Meta, type UppyFile } from '@uppy/core'
import Dashboard from '@uppy/dashboard'
import GoldenRetriever from '@uppy/golden-retriever'
import Tus, { type TusBody } from '@uppy/tus'
import { useEffect, useRef, useState } from 'react'
import '@uppy/core/css/style.min.css'
import '@uppy/dashboard/css/style.min.css'
import './uploadScreen.css'

import { UPLOAD_SCREEN_TEXT as T, UPLOAD_RECOVERY_TEXT } from '../../i18n/messages'
import { BatchForm } from './BatchForm'
import { batchChangeFor } from './batchChangeFor'
import { type BatchMeta, EMPTY_BATCH, sentMeta } from './batchMeta'
import { watchCardSizes } from './cardSizes'
import { continuesUnfinished } from './continuesUnfinished'
import { errorMessageOf } from './errorMessageOf'
import { FileProgressList } from './FileProgressList'
import { FinishedUpload } from './FinishedUpload'
import { perFileMetaFields } from './perFileMetaFields'
import { refusedForGood } from './refusedForGood'
import { restartNotice } from './restartNotice'
import { SignInAgain } from './SignInAgain'
import { CHUNK_BYTES, RETRY_DELAYS } from './tusClientSettings'
import { UnfinishedList } from './UnfinishedList'
import { uppyLocaleVi } from './uppyLocaleVi'
import { useBatchProcessing } from './useBatchProcessing'
import { usePlaces } from './usePlaces'
import { useUnfinishedUploads } from './useUnfinishedUploads'

type Lang = 'vi' | 'en'
type Finished = { fileId: string; mediaId: string; filename: string }
type Failed = { fileId: string; filename: string; message: string }

/**
 * The files kept in the browser (IndexedDB) until sent, so a closed tab resumes without picking them again.
 * Uppy's defaults (10 MB a file, 300 MB in all) would drop every video; bigger files are picked again and
 * continue where the server stopped (tus fingerprint). Sizes are read at runtime though Uppy's type omits them.
 */
/** The tus endpoint (relative: the admin's own origin); also part of Uppy's fingerprint of each file. */
const ENDPOINT = '/api/uploads'

const KEEP_IN_BROWSER = { name: 'uppy-dss', maxFileSize: 2 * 1024 ** 3, maxTotalSize: 8 * 1024 ** 3 }

/**
 * Whether a file's details may still change: it has not started, or the server refused to create its upload
 * (a detail it would not take, such as a place removed since the page loaded), so "Thử lại" creates it anew
 * with the details as they are now. Once the server holds part of the file, it keeps the details it began with.
 */
const notOnServer = (file: UppyFile<Meta, TusBody>): boolean =>
  !file.progress.uploadStarted ||
  (Boolean(file.error) && !(file as { tus?: { uploadUrl?: string | null } }).tus?.uploadUrl)

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
  // Recovery (issue 15, uierr): the session ended (sign in and continue); uploads the server had removed.
  const [signedOut, setSignedOut] = useState<string>()
  const [restarted, setRestarted] = useState<string[]>([])
  const [uppyNow, setUppyNow] = useState<Uppy<Meta, TusBody>>()
  const places = usePlaces(lang)
  const processing = useBatchProcessing(finished.map((entry) => entry.mediaId))
  const placesRef = useRef(places)
  placesRef.current = places
  const unfinished = useUnfinishedUploads(uppyNow)
  const unfinishedRef = useRef(unfinished)
  unfinishedRef.current = unfinished

  useEffect(() => {
    if (!target.current) return
    const say = (key: keyof typeof T) => T[key][lang]
    const uppy = new Uppy<Meta, TusBody>({
      id: 'dss-batch-upload',
      ...(lang === 'vi' ? { locale: uppyLocaleVi } : {}),
      meta: { ...EMPTY_BATCH },
      // Only the contract's keys reach the server, and only those with a value.
      onBeforeUpload: (files) => {
        // The record refuses a restricted file without a reason: say so before any byte is sent. A file picked
        // again to continue an upload the server holds keeps the details it began with: nothing to give again.
        if (
          Object.values(files).some(
            (file) =>
              file.meta.accessLevel !== 'public' &&
              !String(file.meta.accessReason ?? '').trim() &&
              !continuesUnfinished(file, unfinishedRef.current, ENDPOINT, window.localStorage),
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
        // Uppy's status bar writes its speed and time left in its own English-style format ("1m 24s", "8.5 MB");
        // the batch's figures are in FileProgressList, in the page's language.
        hideProgressDetails: true,
        showRemoveButtonAfterComplete: false,
        showNativePhotoCameraButton: true,
        showNativeVideoCameraButton: true,
        nativeCameraFacingMode: 'environment',
        metaFields: perFileMetaFields(lang, () => placesRef.current),
      })
      .use(Tus, {
        endpoint: ENDPOINT,
        retryDelays: RETRY_DELAYS,
        chunkSize: CHUNK_BYTES,
        limit: 3,
        removeFingerprintOnSuccess: true,
        allowedMetaFields: true,
        // The server answers in the screen's language, not the browser's (the admin pins Vietnamese).
        headers: { 'Accept-Language': lang },
        onShouldRetry: (error, _attempt, _options, next) =>
          !refusedForGood(error.originalResponse?.getBody()) && next(error),
        onAfterResponse: restartNotice(
          () => uppyRef.current?.getFiles() ?? [],
          (filename) => setRestarted((list) => (list.includes(filename) ? list : [...list, filename])),
        ),
      })
      .use(GoldenRetriever, { serviceWorker: false, indexedDB: KEEP_IN_BROWSER })
    uppyRef.current = uppy
    setUppyNow(uppy)
    const stopCardSizes = watchCardSizes(target.current, (id) => uppy.getFile(id)?.size, lang)

    const fileIds = () => uppy.getFiles().map((file) => file.meta.name)
    uppy.on('files-added', () => setActive(fileIds()))
    uppy.on('file-removed', () => setActive(fileIds()))
    uppy.on('restored', () => setActive(fileIds()))
    uppy.on('upload-success', (file, response) => {
      const mediaId = response.body?.xhr?.getResponseHeader('Media-Id')
      if (!file || !mediaId) return
      setFailed((list) => list.filter((entry) => entry.fileId !== file.id))
      setFinished((list) => [...list, { fileId: file.id, mediaId, filename: file.name ?? '' }])
    })
    uppy.on('upload-error', (file: UppyFile<Meta, TusBody> | undefined, error, response) => {
      if (!file) return
      const { code, message } = errorMessageOf(response?.body?.xhr?.responseText, error.message || say('failed'))
      if (code === 'signed-out') setSignedOut(message)
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
    // "Thử lại" in the status bar retries every failed file at once (one event for all).
    uppy.on('retry-all', () => setFailed([]))
    return () => {
      stopCardSizes()
      uppyRef.current = undefined
      setUppyNow(undefined)
      uppy.destroy()
    }
  }, [lang])

  // The batch details go to every file not yet sent, and to the files added later.
  const changeBatch = (next: BatchMeta) => {
    const before = batch
    setBatch(next)
    const uppy = uppyRef.current
    if (!uppy) return
    // Uppy's setMeta would also overwrite every file's meta, undoing each file's own adjustments: set the
    // meta that files added later receive, and change each file by what changed (batchChangeFor).
    uppy.setState({ meta: { ...uppy.getState().meta, ...next } })
    for (const file of uppy.getFiles())
      if (notOnServer(file)) uppy.setFileMeta(file.id, batchChangeFor(before, next, file.meta))
  }

  // Signed in again: every upload stopped by the ended session continues where the server stopped.
  const continueAfterSignIn = () => {
    setSignedOut(undefined)
    setFailed([])
    uppyRef.current?.retryAll()
  }

  return (
    <div className="dss-upload" data-testid="upload-screen" data-files={active.length}>
      {signedOut && <SignInAgain lang={lang} message={signedOut} onSignedIn={continueAfterSignIn} />}
      {restarted.length > 0 && (
        <ul role="status" className="dss-upload__notices" data-testid="upload-restarted">
          {restarted.map((filename) => (
            <li key={filename}>{UPLOAD_RECOVERY_TEXT.restartedFromZero[lang].replace('{file}', filename)}</li>
          ))}
        </ul>
      )}
      <UnfinishedList lang={lang} uploads={unfinished} />
      <BatchForm lang={lang} value={batch} onChange={changeBatch} places={places} />
      <div ref={target} data-testid="upload-dashboard" />
      <FileProgressList uppy={uppyNow} lang={lang} />
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
                processing={processing.get(entry.mediaId)}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
