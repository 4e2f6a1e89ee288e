import { displayFileName } from '@di-san-so/media-pipeline'

import { mayUpload } from '../../access/mediaScope'
import type { ScopedUser } from '../../access/scope'
import { messageIn } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'
import type { User } from '../../payload-types'
import { mediaDataFrom } from './mediaDataFrom'
import { isLongerThanDeclared, tusProtocolReason } from './tusProtocolReason'
import { languageOf, refusalBody, type TusErrorCode, tusRefusal } from './tusRefusal'
import { openUploads, type TusServer } from './tusServer'

const json = (status: number, body: string, headers?: Headers) => {
  const out = new Headers(headers)
  out.set('content-type', 'application/json; charset=utf-8')
  out.delete('content-length')
  return new Response(body, { status, headers: out })
}

/** tus's own refusals (plain English text) as the contract's `{ error: { code, message } }`. */
const codeForStatus = (status: number, text: string): TusErrorCode =>
  status === 401
    ? 'signed-out'
    : status === 404
      ? 'not-found'
      : status === 410
        ? 'expired'
        : status === 413 && !isLongerThanDeclared(text)
          ? 'too-big'
          : // tus's own 403s are a missing header; our own refusals (forbidden) are already the contract's JSON.
            'bad-request'

async function asContract(req: Request, response: Response): Promise<Response> {
  if (response.status < 400) return response
  const text = await response.text()
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown } }
    if (typeof parsed.error?.code === 'string') return json(response.status, text, response.headers)
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
  }
  const code = codeForStatus(response.status, text)
  const language = languageOf(req)
  const message =
    code === 'expired'
      ? messageIn(language, MESSAGES.tusExpired)
      : code === 'not-found'
        ? messageIn(language, MESSAGES.tusNotFound)
        : code === 'signed-out'
          ? messageIn(language, MESSAGES.tusSignedOut)
          : messageIn(language, MESSAGES.tusBadRequest, {
              reason: messageIn(
                language,
                tusProtocolReason(text) ?? { vi: `mã ${response.status}`, en: `status ${response.status}` },
              ),
            })
  // tus answers 500 for a request it could not read (a cut body): it is the client's to resend; and 403 for a
  // missing header: a malformed request, not a refusal of the user (our own 403s are already JSON).
  const status = (response.status >= 500 && response.status !== 507) || response.status === 403 ? 400 : response.status
  return json(status, refusalBody(code, message), response.headers)
}

/** `GET /api/uploads/mine`: the signed-in user's unfinished uploads, so the screen can offer to continue. */
async function listMine(tus: TusServer, req: Request): Promise<Response> {
  const { user } = await tus.payload.auth({ headers: req.headers })
  if (!user) {
    const refusal = tusRefusal(req, 401, 'signed-out', MESSAGES.tusSignedOut)
    return json(refusal.status_code, refusal.body)
  }
  if (!mayUpload(user as ScopedUser)) {
    const refusal = tusRefusal(req, 403, 'forbidden', MESSAGES.uploadNotAllowed)
    return json(refusal.status_code, refusal.body)
  }
  const expiry = tus.store.getExpiration()
  const uploads = []
  for (const upload of await openUploads(tus.store)) {
    if (upload.metadata?.owner !== String((user as User).id)) continue
    const info = await tus.store.configstore.get(upload.id)
    const lastActive = new Date(upload.creation_date ?? Date.now()).getTime()
    uploads.push({
      id: upload.id,
      // As every display name: no bidi controls or invisible characters (an RLO would reverse `gpj.exe`).
      filename: displayFileName(upload.metadata?.filename ?? ''),
      size: upload.size ?? null,
      offset: upload.offset,
      // The level the record will get (read from the metadata as the finish reads it, else the record's
      // default; creation refused any other value): a file picked again keeps it, so the screen shows it.
      accessLevel: mediaDataFrom(upload.metadata).accessLevel ?? 'restricted',
      createdAt: info?.creation_date ?? null,
      expiresAt: new Date(lastActive + expiry).toISOString(),
    })
  }
  return json(200, JSON.stringify({ uploads }), new Headers({ 'cache-control': 'no-store' }))
}

/**
 * A HEAD that finds the upload complete says which record it became (`Media-Id`): a client whose answer to the
 * last PATCH was lost finishes without sending the file again. A complete upload not yet a record (its last
 * PATCH failed on a server error) is made one now; a refusal then is answered as the last PATCH's would be.
 */
async function withRecord(tus: TusServer, req: Request, response: Response): Promise<Response> {
  const offset = response.headers.get('upload-offset')
  if (offset === null || offset !== response.headers.get('upload-length')) return response
  // The id exactly as tus read it for this HEAD (its own parsing), never one read again from the URL here.
  const id = tus.server.handlers.HEAD.getFileIdFromRequest(req)
  if (!id) return response
  try {
    const mediaId = await tus.recordOf(req, await tus.store.getUpload(id))
    const headers = new Headers(response.headers)
    headers.set('Media-Id', mediaId)
    return new Response(null, { status: 200, headers })
  } catch (error) {
    if (!isTusRefusal(error)) throw error
    return json(error.status_code, error.body)
  }
}

const isTusRefusal = (value: unknown): value is { status_code: number; body: string } =>
  typeof value === 'object' && value !== null && 'status_code' in value && 'body' in value

/**
 * Answers a request to /api/uploads/…: `GET /api/uploads/mine`, else the tus server; every refusal in the
 * contract's JSON, in the request's language. A request that breaks something is logged and answered
 * 400/500 JSON, never left to crash the process.
 */
export async function handleUpload(tus: TusServer, req: Request): Promise<Response> {
  try {
    const { pathname } = new URL(req.url)
    if (req.method === 'GET' && pathname.replace(/\/$/, '') === '/api/uploads/mine') return await listMine(tus, req)
    const response = await tus.server.handleWeb(req)
    if (req.method === 'HEAD' && response.status === 200) return await withRecord(tus, req, response)
    return await asContract(req, response)
  } catch (error) {
    tus.payload.logger.error({ err: error, msg: '[uploads] request failed' })
    return json(500, refusalBody('bad-request', messageIn(languageOf(req), MESSAGES.tusBadRequest, { reason: '500' })))
  }
}
