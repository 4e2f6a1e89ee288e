import { type NextRequest, NextResponse } from 'next/server'

/** Payload's language cookie (`${cookiePrefix}-lng`): set by the language picker in account settings. */
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_ADMIN_LANGUAGE = 'vi'
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/**
 * The admin speaks Vietnamese first. Payload would otherwise follow the browser's Accept-Language, and
 * officers' browsers are often set to English. Until someone picks a language in their account
 * settings, this pins Vietnamese; their choice (the cookie) always wins.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, {
    path: '/',
    sameSite: 'lax',
    maxAge: ONE_YEAR_SECONDS,
  })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin'] }
