// `npm run site:build` (through rebuild.sh): exports the snapshot and rebuilds the public site into
// DATA_DIR/site, by the same function, lock and atomic swap as the cms's rebuild job
// (cms/src/publication/rebuildSite.ts). Run with `payload run`, so it reads the archive through Payload.
import { getPayload } from 'payload'

import { dataDir, findRepoRoot } from '../../cms/src/config/paths'
import { siteUrlFrom } from '../../cms/src/dashboard/publicPageUrl'
import config from '../../cms/src/payload.config'
import { requestSiteRebuild } from '../../cms/src/publication/rebuildSite'
import { progressPrinter } from '../snapshot/progressPrinter'

const say = (text: string) => process.stdout.write(`\x1b[1m[di-san-so]\x1b[0m ${text}\n`)
const payload = await getPayload({ config })
const started = Date.now()
say('Xuất ảnh chụp dữ liệu và build trang công khai / exporting the snapshot and building the public site…')
const rebuilt = await requestSiteRebuild(payload, {
  root: findRepoRoot(),
  dataDir: dataDir(),
  siteUrl: siteUrlFrom(process.env),
  env: process.env,
  snapshotDir: process.env.SNAPSHOT_DIR || undefined,
  onProgress: progressPrinter(),
})
say(
  `Trang công khai đã cập nhật / public site rebuilt in ${Math.round((Date.now() - started) / 1000)} s (${rebuilt.items} di sản; snapshot ${rebuilt.exportSeconds.toFixed(1)} s) → ${rebuilt.site}`,
)
await payload.destroy()
process.exit(0)
