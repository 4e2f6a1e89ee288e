/** A small client for the archive's HTTP API, as a browser or script would use it. */
export type Reply = { status: number; text: string; json: () => Record<string, unknown> }

export async function call(
  url: string,
  init: { method?: string; body?: unknown; cookie?: string; form?: FormData } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (init.cookie) headers.cookie = init.cookie
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
): Promise<{ status: number; cookie: string }> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ')
  return { status: response.status, cookie }
}
