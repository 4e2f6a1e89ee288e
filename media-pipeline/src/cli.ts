#!/usr/bin/env node
// The package's bin (`npm exec -w media-pipeline -- media-pipeline …`, `npm run media -- …`): node runs this
// file as it is (no types in it), which registers tsx so the TypeScript sources load; the tool is `runCli`.
import { register } from 'tsx/esm/api'

register()
await import('./runCli')
