import config from '@payload-config'
import { getPayload } from 'payload'

import { handleUpload } from '../../../../../media/tus/handleUpload'
import { tusServer } from '../../../../../media/tus/tusServer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** Resumable uploads (tus 1.0) and `GET /api/uploads/mine`: see media/tus/tusServer.ts. */
const handle = async (req: Request): Promise<Response> => handleUpload(tusServer(await getPayload({ config })), req)

export { handle as DELETE, handle as GET, handle as HEAD, handle as OPTIONS, handle as PATCH, handle as POST }
