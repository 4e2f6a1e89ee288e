import { copyFile, cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { sha256File } from '@di-san-so/media-pipeline'
import { jsonForScript, type Snapshot, type SnapshotMedia, snapshotSchema } from '@di-san-so/site/snapshot'
import { z } from 'zod'

import { csvTables } from './csvTables'

/**
 * Copies the files a snapshot media entry lists (`media/<id>/<path>`) from its derivatives folder. An HLS
 * master playlist brings its ladder: the folder it heads (variant playlists and segments).
 */
async function copyListedDerivatives(media: SnapshotMedia, from: string, into: string): Promise<void> {
  const prefix = `media/${media.id}/`
  for (const listed of new Set(Object.values(media.files))) {
    if (!listed?.startsWith(prefix)) continue
    const relative = path.normalize(listed.slice(prefix.length))
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue
    const ladder = relative.endsWith('.m3u8') && path.dirname(relative) !== '.'
    const part = ladder ? path.dirname(relative) : relative
    await mkdir(path.dirname(path.join(into, part)), { recursive: true })
    await cp(path.join(from, part), path.join(into, part), {
      recursive: true,
      filter: (file) => !file.includes('.partial-'),
    })
  }
}

/** Where the cms keeps files: derivatives by media id, originals (only WebVTT captions are copied from there). */
export type MediaSource = { derivatives: string; originals: string; captionOriginals: Map<string, string> }

/**
 * Writes a snapshot folder: `snapshot.json`, its JSON Schema, CSV per collection, the public derivative
 * files under `media/`, and `manifest.json` listing every file with its size and SHA-256. Built beside
 * the target and swapped in, so a reader never sees half a snapshot. `onProgress` counts media copied.
 */
export async function writeSnapshot(
  snapshot: Snapshot,
  outDir: string,
  source: MediaSource,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ files: number; bytes: number }> {
  const temporary = `${outDir}.partial-${process.pid}`
  await rm(temporary, { recursive: true, force: true })
  await mkdir(path.join(temporary, 'csv'), { recursive: true })
  const written: string[] = []
  const put = async (name: string, text: string) => {
    await mkdir(path.dirname(path.join(temporary, name)), { recursive: true })
    await writeFile(path.join(temporary, name), text)
    written.push(name)
  }
  // Record text is hostile: `<`, `>`, `&`, U+2028/9 written as \u escapes, so no browser sniffing the file finds markup.
  await put('snapshot.json', jsonForScript(snapshotSchema.parse(snapshot)))
  await put('snapshot.schema.json', JSON.stringify(z.toJSONSchema(snapshotSchema), null, 2))
  for (const [name, text] of Object.entries(csvTables(snapshot))) await put(`csv/${name}`, text)

  let done = 0
  for (const media of snapshot.media) {
    const into = path.join(temporary, 'media', media.id)
    await mkdir(into, { recursive: true })
    const captionOriginal = source.captionOriginals.get(media.id)
    if (captionOriginal) await copyFile(path.join(source.originals, captionOriginal), path.join(into, 'captions.vtt'))
    // Only the derivatives the record lists: never an original (it may carry GPS and camera metadata), nor
    // anything else lying in its folder (a file left by an earlier run, or by a deleted record).
    else await copyListedDerivatives(media, path.join(source.derivatives, media.id), into)
    done += 1
    onProgress(done, snapshot.media.length)
  }

  const files: { path: string; bytes: number; sha256: string }[] = []
  const walk = async (relative: string): Promise<void> => {
    const full = path.join(temporary, relative)
    const info = await stat(full)
    if (info.isDirectory()) {
      for (const entry of (await readdir(full)).sort()) await walk(path.join(relative, entry))
    } else files.push({ path: relative, bytes: info.size, sha256: await sha256File(full) })
  }
  for (const top of ['snapshot.json', 'snapshot.schema.json', 'csv', 'media']) await walk(top).catch(() => undefined)
  await writeFile(
    path.join(temporary, 'manifest.json'),
    JSON.stringify(
      {
        format: snapshot.format,
        version: snapshot.version,
        generatedAt: snapshot.generatedAt,
        licence: snapshot.licence,
        files,
      },
      null,
      2,
    ),
  )
  await rm(outDir, { recursive: true, force: true })
  await rename(temporary, outDir)
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) }
}
