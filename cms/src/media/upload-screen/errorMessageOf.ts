/** The contract's error body: `{ error: { code, message } }`, message already in the request's language. */
type ContractError = { error?: { code?: string; message?: string } }

/**
 * The message to show for a failed tus request: the server's own (contract) message when the body carries
 * one, else `fallback` (a network error, a proxy's HTML page).
 */
export function errorMessageOf(responseText: string | undefined, fallback: string): { code?: string; message: string } {
  if (!responseText) return { message: fallback }
  try {
    const body = JSON.parse(responseText) as ContractError
    const message = body.error?.message
    return typeof message === 'string' && message ? { code: body.error?.code, message } : { message: fallback }
  } catch (error) {
    if (error instanceof SyntaxError) return { message: fallback }
    throw error
  }
}
