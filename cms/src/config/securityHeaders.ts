import type { Env } from './Env'

/**
 * The Content-Security-Policy of the admin's pages. Scripts run only with this response's nonce (Next.js
 * puts it on its own script tags when it finds it in the request's CSP) and what they load
 * ('strict-dynamic'): injected markup cannot run script. Styles may be inline (Payload's React components
 * set style attributes). Images and media come from here, or are blob:/data: previews of uploads.
 */
export function adminCsp(nonce: string, env: Env): string {
  return [
    "default-src 'self'",
    // `next dev` evaluates modules; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Headers every CMS response carries. No CSP here: API responses are data, and routes that serve files
 * set their own (stricter, sandboxed) policy, which must not be overwritten. HSTS only when the archive is
 * served over https (SERVER_URL), or a browser would be pinned to an https that is not there.
 */
export function securityHeaders(env: Env): Record<string, string> {
  const https = (env.SERVER_URL ?? '').startsWith('https://')
  return {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}
