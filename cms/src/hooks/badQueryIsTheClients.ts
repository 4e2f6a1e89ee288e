import type { AfterErrorHook } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

/** The query parameters a reader shapes a read with. */
const QUERY_PARAMETERS = ['where', 'sort', 'page', 'limit', 'depth', 'select', 'populate', 'joins']

/**
 * A read whose query the database cannot run (`where[id][in]=a,b`, `where[createdAt][greater_than]=notadate`,
 * `page=1e20`, `where=abc`) is the client's mistake: 400 with a clear reason, not a 500 (found by an attacker
 * review: 250 distinct ones). Payload has logged the error before this hook runs, so nothing is hidden from the
 * operators; a failing read without query parameters stays a 500.
 */
export const badQueryIsTheClients: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: unknown }).status
  if ((typeof status === 'number' && status < 500) || req.method !== 'GET' || !req.url) return
  const asked = [...new URL(req.url).searchParams.keys()].some((key) =>
    QUERY_PARAMETERS.some((name) => key === name || key.startsWith(`${name}[`)),
  )
  if (!asked) return
  return { response: { errors: [{ name: 'QueryError', message: localMessage(req, MESSAGES.badQuery) }] }, status: 400 }
}
