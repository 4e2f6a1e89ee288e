// `npm run site:serve`: serves the built public site (SITE_DIR, default DATA_DIR/site) on SITE_PORT (4321).
import path from 'node:path'

import { serveStatic } from './staticServer'

const root = path.resolve(process.env.SITE_DIR || path.join(process.env.DATA_DIR || 'data', 'site'))
const port = Number(process.env.SITE_PORT || 4321)
serveStatic(() => root).listen(port, () =>
  console.log(`Trang công khai / public site: http://localhost:${port} (${root})`),
)
