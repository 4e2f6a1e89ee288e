import { access, cp, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

import { mediaSchema } from '../content/snapshot'

/** What copying needs of a snapshot: the files each media record lists. */
const listedFiles = z.object({ media: z.array(mediaSchema.pick({ files: true })) })

/**
 * Copies the snapshot's public derivatives (`media/`) and open-data files (`du-lieu-mo/`) into a built site, and
 * fails the build when a file a media record lists is missing: a live site without its media must never be
 * served quietly. The only folder that may be absent is `media/` of a snapshot that lists no media at all (the
 * exporter makes it only for media it copies).
 */
export async function publishSnapshotFiles(from: string, out: string): Promise<void> {
  const snapshot = listedFiles.parse(JSON.parse(await readFile(path.join(from, 'snapshot.json'), 'utf8')))
  const listed = [...new Set(snapshot.media.flatMap((media) => Object.values(media.files)))].filter(
    (file): file is string => typeof file === 'string',
  )
  if (snapshot.media.length > 0) {
    await cp(path.join(from, 'media'), path.join(out, 'media'), { recursive: true })
    const missing: string[] = []
    for (const file of listed) await access(path.join(out, file)).catch(() => missing.push(file))
    if (missing.length)
      throw new Error(
        `[site] the snapshot in ${from} lists ${missing.length} media file(s) it does not hold: ${missing.slice(0, 10).join(', ')}`,
      )
  }
  await mkdir(path.join(out, 'du-lieu-mo'), { recursive: true })
  for (const file of ['snapshot.json', 'snapshot.schema.json', 'manifest.json'])
    await cp(path.join(from, file), path.join(out, 'du-lieu-mo', file))
  await cp(path.join(from, 'csv'), path.join(out, 'du-lieu-mo', 'csv'), { recursive: true })
}
