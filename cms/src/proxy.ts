import { type NextRequest, NextResponse } from 'next/server'

import { adminCsp } from './config/securityHeaders'

/** Payload's language cookie (`${cookiePrefix}-lng`): set by the language picker in account settings. */
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_ADMIN_LANGUAGE = 'vi'
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/**
 * The admin's pages and the account routes pass here (see `config.matcher`):
 * - the client's own `X-Forwarded-For` is dropped unless a proxy is trusted (`CLIENT_IP_HEADER`), so Next.js
 *   fills it with the real peer address and login throttling (`auth/clientIp.ts`) cannot be dodged;
 * - the admin's pages get a nonce-based CSP (the other security headers are set in `next.config.ts`);
 * - a path that is not valid percent-encoded UTF-8 (`/%`, `%zz`, `%c0%ae`), or that decodes to a NUL or a
 *   `..` segment, gets a 400 here: Next.js and Payload's file routes would answer some of them with a 500;
 * - the admin speaks Vietnamese first: Payload would otherwise follow the browser's Accept-Language, and
 *   officers' browsers are often set to English. Until someone picks a language in their account
 *   settings, this pins Vietnamese; their choice (the cookie) always wins.
 */
export function proxy(request: NextRequest): NextResponse {
  if (!acceptablePath(request.nextUrl.pathname)) return badPath()
  const headers = new Headers(request.headers)
  if (!process.env.CLIENT_IP_HEADER) headers.delete('x-forwarded-for')
  const isPage = !request.nextUrl.pathname.startsWith('/api/')
  const csp = isPage ? adminCsp(btoa(crypto.randomUUID()), process.env) : null
  // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
  if (csp) headers.set('content-security-policy', csp)
  const pinLanguage = request.nextUrl.pathname.startsWith('/admin') && !request.cookies.has(LANGUAGE_COOKIE)
  if (pinLanguage) request.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE)
  if (pinLanguage) headers.set('cookie', request.cookies.toString())
  const response = NextResponse.next({ request: { headers } })
  if (csp) response.headers.set('Content-Security-Policy', csp)
  if (pinLanguage)
    response.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, {
      path: '/',
      sameSite: 'lax',
      maxAge: ONE_YEAR_SECONDS,
    })
  return response
}

/** Whether the path decodes (as Next's router will try) to something with no NUL and no `..` segment. */
function acceptablePath(pathname: string): boolean {
  try {
    const decoded = decodeURIComponent(pathname)
    return !decoded.includes('\0') && !decoded.split('/').includes('..')
  } catch (error) {
    if (error instanceof URIError) return false
    throw error
  }
}

const badPath = () =>
  new NextResponse('400 Đường dẫn không hợp lệ / Malformed path\n', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })

// Pages (not Next's hashed static assets) and the API routes that take a password: login, forgot-password,
// unlock and account changes under /api/users, and GraphQL's loginUser; and any API path with a `%` in it, to
// refuse the undecodable ones. Not the rest of the API: Next.js buffers a request body for the proxy (10 MB at
// most), which would cut uploads short (no upload route has a `%` in its path).
export const config = {
  matcher: ['/((?!api/|_next/static|_next/image).*)', '/api/users/:path*', '/api/graphql', '/api/(.*%.*)'],
}
