// `npm run site:build` (through rebuild.sh): exports the snapshot and rebuilds the public site into
// DATA_DIR/site, by the same function, lock and atomic swap as the cms's rebuild job
// (cms/src/publication/rebuildSite.ts). Run with `payload run`, so it reads the archive through Payload.
import { getPayload } from 'payload'

import { findRepoRoot } from '../config/paths'
import { settingsOf } from '../config/settings'
import config from '../payload.config'
import { requestSiteRebuild } from '../publication/rebuildSite'
import { progressPrinter } from './progressPrinter'

const say = (text: string) => process.stdout.write(`\x1b[1m[di-san-so]\x1b[0m ${text}\n`)
const payload = await getPayload({ config })
const settings = settingsOf(payload)
const started = Date.now()
say('Xuất ảnh chụp dữ liệu và build trang công khai / exporting the snapshot and building the public site…')
const rebuilt = await requestSiteRebuild(payload, {
  root: findRepoRoot(),
  dataDir: settings.dataDir,
  siteUrl: settings.siteUrl,
  env: process.env,
  snapshotDir: settings.snapshotDir,
  onProgress: progressPrinter(),
})
say(
  `Trang công khai đã cập nhật / public site rebuilt in ${Math.round((Date.now() - started) / 1000)} s (${rebuilt.items} di sản; snapshot ${rebuilt.exportSeconds.toFixed(1)} s) → ${rebuilt.site}`,
)
await payload.destroy()
process.exit(0)
