import { type LocalText, messageIn } from '../../i18n/localMessage'

/** The refusals of /api/uploads, as the upload screen and API clients read them (issue 15's contract). */
export type TusErrorCode =
  | 'too-big'
  | 'quota'
  | 'disk-full'
  | 'type-refused'
  | 'expired'
  | 'not-found'
  | 'signed-out'
  | 'forbidden'
  | 'bad-request'

/** English if the request asks for it first, else Vietnamese. */
export const languageOf = (req: Request): string =>
  /^\s*en\b/i.test(req.headers.get('accept-language') ?? '') ? 'en' : 'vi'

export const refusalBody = (code: TusErrorCode, message: string): string => JSON.stringify({ error: { code, message } })

/**
 * What a tus hook throws to refuse a request: @tus/server answers `status_code` with `body`
 * (`{ "error": { "code", "message" } }`, the message in the request's language).
 */
export function tusRefusal(
  req: Request,
  status_code: number,
  code: TusErrorCode,
  text: LocalText,
  values?: Record<string, string>,
): { status_code: number; body: string } {
  return { status_code, body: refusalBody(code, messageIn(languageOf(req), text, values)) }
}
