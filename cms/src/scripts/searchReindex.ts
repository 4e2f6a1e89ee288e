// `npm run search:reindex`: builds both Meilisearch indexes (public, full) afresh from the archive's
// records and swaps them in, with progress. Needs MEILI_URL and MEILI_MASTER_KEY (or an admin key).
import config from '@payload-config'
import { getPayload } from 'payload'

import { progressLine } from '../../../scripts/lib/progress'
import { settingsOf } from '../config/settings'
import { reindexAll } from '../searchIndex/reindex'

const payload = await getPayload({ config })
const search = settingsOf(payload).search
if (!search.enabled) {
  console.error('MEILI_URL chưa được đặt: không có máy chủ Meilisearch để lập chỉ mục / MEILI_URL is not set')
  await payload.destroy()
  process.exit(2)
}
const started = Date.now()
const bars = new Map<string, ReturnType<typeof progressLine>>()
try {
  const result = await reindexAll(payload, {
    onProgress: ({ index, records, total, documents }) => {
      const bar = bars.get(index) ?? progressLine(`Chỉ mục / index ${index}`, total)
      bars.set(index, bar)
      bar.update(records, `${documents} tài liệu / documents`)
    },
  })
  for (const bar of bars.values()) bar.done()
  console.log(
    `Đã lập lại chỉ mục / reindexed (settings v${result.settingsVersion}): ${Object.entries(result.documents)
      .map(([index, count]) => `${index} ${count}`)
      .join(', ')} tài liệu / documents in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
} catch (error) {
  for (const bar of bars.values()) bar.done()
  // The client's request error: no answer at all (down, wrong address), as opposed to an answer saying no.
  const unreachable = (error as Error).name === 'MeilisearchRequestError'
  console.error(
    unreachable
      ? `Không kết nối được Meilisearch tại ${search.url}; chỉ mục cũ vẫn nguyên / cannot reach Meilisearch at ${search.url}; the live indexes are unchanged`
      : `Lập chỉ mục thất bại, chỉ mục cũ vẫn nguyên / reindex failed, the live indexes are unchanged: ${(error as Error).message}`,
  )
  process.exitCode = 1
}
await payload.destroy()
process.exit()
