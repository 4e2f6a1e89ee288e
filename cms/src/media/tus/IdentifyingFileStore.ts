import { chmodSync, mkdirSync } from 'node:fs'
import { chmod, link, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { IDENTIFY_HEAD_BYTES, identifyBytes, MediaPipelineError } from '@di-san-so/media-pipeline'
import { FileStore } from '@tus/file-store'
import { ERRORS, isPathInsideDirectory, Upload } from '@tus/utils'

import { PROCESSING_ERRORS } from '../messages'
import { refusalBody } from './tusRefusal'

/** Thrown by `write` when the first bytes are not a file the archive keeps (answered 415 `type-refused`). */
export class RefusedType extends Error {
  constructor(readonly code: keyof typeof PROCESSING_ERRORS) {
    super(`refused type: ${code}`)
  }
}

async function readHead(file: string, length: number): Promise<Buffer> {
  if (length <= 0) return Buffer.alloc(0)
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(length)
    const { bytesRead } = await handle.read(head, 0, length, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The tus FileStore, with two changes:
 * - the first bytes (`IDENTIFY_HEAD_BYTES`) are identified as they arrive, with the media pipeline's
 *   `identifyBytes`, before they are written: an HTML page or a program is refused in the first chunk and
 *   the upload is removed (the bytes already on disk and its `.json`), not after 8 GB;
 * - an upload expires after `expirationPeriodInMilliseconds` WITHOUT NEW BYTES (the data file's mtime), not
 *   after its creation: a 4 GB festival over 3G can take more than a day while still progressing.
 *   `getUpload` reports the last activity as `creation_date`, which is what @tus/server's own expiry
 *   checks (HEAD, PATCH, `Upload-Expires`) count from.
 */
export class IdentifyingFileStore extends FileStore {
  /** The refusal message's language for each upload's request being written (set by the server per request). */
  readonly languages = new Map<string, string>()
  languageFor = (id: string): string => this.languages.get(id) ?? 'vi'

  constructor(options: ConstructorParameters<typeof FileStore>[0]) {
    super(options)
    // Like the rest of the data folder, whatever the process's umask: the folder 0700, each file 0600
    // (FileStore would make them 0777/0666 less the umask).
    mkdirSync(this.directory, { recursive: true, mode: 0o700 })
    chmodSync(this.directory, 0o700)
    mkdirSync(this.recordedDirectory, { recursive: true, mode: 0o700 })
    chmodSync(this.recordedDirectory, 0o700)
  }

  /** The notes of uploads made into records, apart, so the checks at creation read only the open uploads. */
  get recordedDirectory(): string {
    return path.join(this.directory, 'recorded')
  }

  private recordedPath(id: string): string {
    return path.join(this.recordedDirectory, `${path.basename(this.pathOf(id))}.json`)
  }

  /** The note of an upload made into a record, if it is one. */
  async recordedNote(id: string): Promise<Upload | undefined> {
    const text = await readFile(this.recordedPath(id), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    return text === undefined ? undefined : new Upload(JSON.parse(text))
  }

  override async create(upload: Upload): Promise<Upload> {
    const created = await super.create(upload)
    await chmod(this.pathOf(upload.id), 0o600)
    await chmod(`${this.pathOf(upload.id)}.json`, 0o600)
    return created
  }

  /** The upload's data file (FileStore's own `resolve` is private); an id leading outside the folder is not found. */
  pathOf(id: string): string {
    const file = path.join(this.directory, id)
    if (!isPathInsideDirectory(this.directory, file)) throw ERRORS.FILE_NOT_FOUND
    return file
  }

  override async getUpload(id: string): Promise<Upload> {
    // Made into a media record: complete, its bytes in the originals (see `markRecorded`).
    const recorded = await this.recordedNote(id)
    if (recorded) return recorded
    try {
      const upload = await super.getUpload(id)
      const { mtime } = await stat(this.pathOf(id))
      return new Upload({ ...upload, creation_date: mtime.toISOString() })
    } catch (error) {
      // Made into a record while this was read (its bytes moved): the record's note answers.
      const recordedMeanwhile = await this.recordedNote(id)
      if (recordedMeanwhile) return recordedMeanwhile
      throw error
    }
  }

  /** The ids of the open uploads (each has its `.json`; the recorded ones are apart). */
  async ids(): Promise<string[]> {
    const files = await readdir(this.directory)
    return files.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length))
  }

  /**
   * A second name for the upload's bytes, handed to Payload as its temporary file: Payload removes it once
   * the record is made or refused, and the upload's own name stays until we decide (`markRecorded`, `removeAll`).
   */
  async handOff(id: string): Promise<string> {
    const handed = `${this.pathOf(id)}.record`
    await rm(handed, { force: true })
    await link(this.pathOf(id), handed)
    return handed
  }

  /**
   * The upload became media record `mediaId`: its bytes now live in the originals (hard-linked), so its own
   * name and `.json` are removed, and a note in `recorded/` stays until it expires, saying "complete, record
   * `mediaId`". A client
   * whose answer to the last PATCH was lost asks HEAD, finds the upload complete (with `Media-Id`) and does not
   * send the file again.
   */
  async markRecorded(upload: Upload, mediaId: string): Promise<void> {
    const recordedAt = new Date().toISOString()
    const note = new Upload({
      ...upload,
      offset: upload.size ?? upload.offset,
      metadata: { ...upload.metadata, mediaId, recordedAt },
      creation_date: recordedAt,
    })
    // The note first: a request reading the upload meanwhile finds it open or recorded, never gone.
    await writeFile(this.recordedPath(upload.id), JSON.stringify(note), { mode: 0o600 })
    await rm(this.pathOf(upload.id), { force: true })
    await rm(`${this.pathOf(upload.id)}.record`, { force: true })
    await rm(`${this.pathOf(upload.id)}.json`, { force: true })
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    // Already a record (a client sends the last, empty PATCH again): nothing to write; the server answers
    // with the same `Media-Id`.
    const recorded = await this.recordedNote(id)
    if (recorded) return recorded.size ?? offset
    const info = await this.configstore.get(id)
    if (!info) throw ERRORS.FILE_NOT_FOUND
    if (offset >= IDENTIFY_HEAD_BYTES) return super.write(readable, id, offset)
    const needed = Math.min(IDENTIFY_HEAD_BYTES, info.size ?? IDENTIFY_HEAD_BYTES)
    const chunks: Buffer[] = []
    let have = offset
    const iterator: AsyncIterator<Buffer> = readable[Symbol.asyncIterator]()
    let done = false
    while (have < needed) {
      const next = await iterator.next()
      if (next.done) {
        done = true
        break
      }
      chunks.push(next.value)
      have += next.value.length
    }
    if (have >= needed) {
      const head = Buffer.concat([await readHead(this.pathOf(id), offset), ...chunks]).subarray(0, needed)
      const name = String(info.metadata?.filename ?? '')
      try {
        identifyBytes(head, name)
      } catch (error) {
        if (!(error instanceof MediaPipelineError)) throw error
        readable.destroy()
        await this.removeAll(id)
        const code = error.code as keyof typeof PROCESSING_ERRORS
        const text = PROCESSING_ERRORS[code] ?? PROCESSING_ERRORS['unknown-type']
        const language = this.languageFor(id) === 'en' ? 'en' : 'vi'
        throw { status_code: 415, body: refusalBody('type-refused', text[language]) }
      }
    }
    async function* rest() {
      yield* chunks
      if (done) return
      for (;;) {
        const next = await iterator.next()
        if (next.done) return
        yield next.value
      }
    }
    return super.write(Readable.from(rest()), id, offset)
  }

  /** Termination (`DELETE`): whatever is left of the upload, also of one already recorded (its record stays). */
  override async remove(id: string): Promise<void> {
    if (!(await this.configstore.get(id)) && !(await this.recordedNote(id))) throw ERRORS.FILE_NOT_FOUND
    await this.removeAll(id)
  }

  /** Removes the upload's bytes and its `.json`, whatever is left of them. */
  async removeAll(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true })
    await rm(`${this.pathOf(id)}.record`, { force: true })
    await rm(`${this.pathOf(id)}.json`, { force: true })
    await rm(this.recordedPath(id), { force: true })
    this.languages.delete(id)
  }

  /** Whether the upload has had no new bytes (or was recorded) longer ago than the expiration period. */
  isExpired(upload: Upload, now: number = Date.now()): boolean {
    const period = this.getExpiration()
    const lastActive = upload.creation_date ? new Date(upload.creation_date).getTime() : 0
    return period > 0 && now > lastActive + period
  }

  /**
   * Removes every upload with no new bytes for the expiration period, and every recorded upload's `.json` that
   * long after its record was made; returns how many.
   */
  override async deleteExpired(): Promise<number> {
    if (this.getExpiration() <= 0) return 0
    let removed = 0
    const recorded = (await readdir(this.recordedDirectory)).map((file) => path.basename(file, '.json'))
    for (const id of [...(await this.ids()), ...recorded]) {
      const upload = await this.getUpload(id).catch(() => undefined)
      if (!upload || this.isExpired(upload)) {
        await this.removeAll(id)
        removed += 1
      }
    }
    return removed
  }
}
