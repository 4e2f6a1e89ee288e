import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from '../seed/seedDemoContent'

// `npm run seed`: migrates (on init) and adds demo records if the archive is empty.
const payload = await getPayload({ config })
const report = await seedDemoContent(payload, (done, total, label) => {
  console.log(`[seed] ${done}/${total} ${label}`)
})
console.log(
  report.skipped
    ? '[seed] Kho lưu trữ đã có dữ liệu, không tạo dữ liệu mẫu / The archive already has records; no demo content added.'
    : `[seed] Đã tạo ${report.created} bản ghi mẫu / Created ${report.created} demo records.`,
)
await payload.destroy()
process.exit(0)
