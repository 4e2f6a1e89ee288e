import config from '@payload-config'
import { getPayload } from 'payload'

import { tusServer } from '../../../../../media/tus/tusServer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const handle = async (req: Request): Promise<Response> =>
  tusServer(await getPayload({ config })).handleWeb(req)

export { handle as DELETE, handle as GET, handle as HEAD, handle as OPTIONS, handle as PATCH, handle as POST }
