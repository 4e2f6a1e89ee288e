// `npm run snapshot`: exports the publication snapshot (public, published records; every locale; public
// derivatives) to SNAPSHOT_DIR (default DATA_DIR/snapshot) — what the site is built from and what the
// open-data page offers for download.
import path from 'node:path'

import { getPayload } from 'payload'

import { dataDir } from '../../cms/src/config/paths'
import { mediaDirs } from '../../cms/src/media/workflow'
import config from '../../cms/src/payload.config'
import { buildSnapshot } from './buildSnapshot'
import { writeSnapshot } from './writeSnapshot'

const payload = await getPayload({ config })
const outDir = path.resolve(process.env.SNAPSHOT_DIR || path.join(dataDir(), 'snapshot'))
const started = Date.now()
const { snapshot, captionOriginals } = await buildSnapshot(payload)
const dirs = mediaDirs(payload)
let lastShown = -1
const result = await writeSnapshot(snapshot, outDir, { ...dirs, captionOriginals }, (done, total) => {
  const percent = Math.floor((done / total) * 100)
  if (percent !== lastShown && (percent % 10 === 0 || done === total)) {
    process.stderr.write(`  tư liệu / media ${done}/${total} (${percent} %)\n`)
    lastShown = percent
  }
})
console.log(
  `Ảnh chụp dữ liệu / snapshot: ${snapshot.items.length} di sản, ${snapshot.groups.length} dân tộc, ${snapshot.people.length} nhân vật, ${snapshot.media.length} tư liệu; ${result.files} tệp, ${(result.bytes / 1e6).toFixed(1)} MB → ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
await payload.destroy()
process.exit(0)
