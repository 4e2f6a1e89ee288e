import config from '@payload-config'
import { getPayload } from 'payload'

import { runMediaQueue } from '../jobs/runMediaQueue'

// `npm run worker`: processes queued media (identify, checksum, derivatives) until stopped. Run any number,
// on any machine that shares the database and the data folder; set MEDIA_WORKER=external on the web server
// so it leaves the work to them. A worker killed mid-file is noticed by the others, which resume the job.
const payload = await getPayload({ config })
let stopping = false
const stop = () => {
  if (stopping) process.exit(130)
  stopping = true
  console.log('Dừng sau tệp đang xử lý (Ctrl+C lần nữa để dừng ngay) / Stopping after the current file')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
console.log(`Media worker ${process.pid} sẵn sàng / ready`)
while (!stopping) {
  await runMediaQueue(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'media worker' }))
  await new Promise((resolve) => setTimeout(resolve, 1000))
}
await payload.destroy()
process.exit()
