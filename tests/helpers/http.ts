/** A small client for the archive's HTTP API, as a browser or script would use it. */
export type Reply = { status: number; text: string; json: () => Record<string, unknown> }

export async function call(
  url: string,
  init: { method?: string; body?: unknown; cookie?: string; form?: FormData; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...init.headers }
  if (init.cookie) {
    headers.cookie = init.cookie
    // As a browser on the archive's own pages would: the CMS accepts a session cookie only with its own
    // origin (CSRF). Pass another `origin` header to act as a foreign page.
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'origin')) headers.origin = new URL(url).origin
  }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    redirect: 'manual',
  })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

/** Logs in through /api/users/login and returns the session cookie to send with later calls. */
export async function login(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; cookie: string; text: string }> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ')
  return { status: response.status, cookie, text: await response.text() }
}
