import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { it } from 'vitest'
import { buildConfig, getPayload } from 'payload'
import { archiveConfig } from '../../cms/src/config/archiveConfig'
import { archiveAtScale, copyArchive } from './archiveAtScale'

it('scratch', async () => {
  const { file } = await archiveAtScale({ items: 10_000, media: 20_000 })
  const dir = '/tmp/perf13/scratch'
  copyArchive(file, dir)
  const env = { NODE_ENV: 'test', DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, 'archive.db')}`, PAYLOAD_SECRET: randomBytes(32).toString('hex'), MEDIA_WORKER: 'external', SITE_REBUILD: 'off' }
  const config = await buildConfig({ ...archiveConfig(env), logger: { options: { level: 'warn' } } })
  const payload = await getPayload({ config, key: 'scratch' })
  const client = (payload.db as unknown as { client: { execute: (...a: unknown[]) => Promise<unknown> } }).client
  const orig = client.execute.bind(client)
  let log = process.env.LOGSQL === '1'
  let n = 0
  let total = 0
  client.execute = async (...a: unknown[]) => {
    const t = performance.now()
    const r = await orig(...a)
    const ms = performance.now() - t
    n++; total += ms
    if (log && ms > 5) { const q = JSON.stringify(a[0]); console.log(ms.toFixed(1), 'ms', q.slice(0, 60), ' ... ', q.slice(q.indexOf(' from ', q.length - 2500) >= 0 ? q.lastIndexOf('where', q.length) - 100 : -700).slice(0, 900)) }
    return r
  }
  const time = async (label: string, fn: () => Promise<unknown>) => {
    n = 0; total = 0; log = label === process.env.LOGSQL
    const t = performance.now(); await fn(); process.stdout.write(`${label} ${(performance.now() - t).toFixed(0)} ms, ${n} sql, ${total.toFixed(0)} ms in sql\n`)
  }
  await time('admin draft list', () => payload.find({ collection: 'heritage-items', draft: true, limit: 10, depth: 0, overrideAccess: true }))
  await time('admin draft list 2', () => payload.find({ collection: 'heritage-items', draft: true, limit: 10, depth: 0, overrideAccess: true }))
  await time('admin nodraft list', () => payload.find({ collection: 'heritage-items', limit: 10, depth: 0, overrideAccess: true }))
  await time('anon list 20', () => payload.find({ collection: 'heritage-items', limit: 20, overrideAccess: false }))
  await time('anon list 20 depth0', () => payload.find({ collection: 'heritage-items', limit: 20, depth: 0, overrideAccess: false }))
  await time('media list', () => payload.find({ collection: 'media', limit: 10, depth: 0, overrideAccess: true }))
  const province = (await payload.find({ collection: 'places', where: { name: { equals: 'tỉnh Đắk Lắk' } }, depth: 0 })).docs[0].id
  const mk = async (email: string, roles: string[]) => {
    const u = await payload.create({ collection: 'users', data: { email, password: 'mot-mat-khau-dai-2026', roles, provinces: [province] } as never, overrideAccess: true, context: { skipAudit: true } })
    return { ...u, collection: 'users' as const }
  }
  const editor = await mk('editor@x.vn', ['editor'])
  const reviewer = await mk('reviewer@x.vn', ['reviewer'])
  const contributor = await mk('contrib@x.vn', ['contributor'])
  for (const [name, user] of [['editor', editor], ['reviewer', reviewer], ['contributor', contributor]] as const) {
    await time(`${name} draft list`, () => payload.find({ collection: 'heritage-items', draft: true, limit: 10, depth: 0, overrideAccess: false, user }))
    await time(`${name} media list`, () => payload.find({ collection: 'media', limit: 10, depth: 0, overrideAccess: false, user }))
    await time(`${name} count`, () => payload.count({ collection: 'heritage-items', overrideAccess: false, user }))
  }
  await payload.destroy()
})
