/**
 * The address a request came from, as far as this server can trust it.
 *
 * Without a proxy, `cms/src/proxy.ts` drops any `X-Forwarded-For` the client sent, so the value Next.js puts
 * there is the socket's own peer address. Behind a reverse proxy, set `CLIENT_IP_HEADER` to the header the
 * proxy *overwrites* with the client's address (resolved once into `settings.clientIpHeader`) (nginx: `proxy_set_header X-Real-IP $remote_addr;` and
 * `CLIENT_IP_HEADER=x-real-ip`); never trust a header the client can write itself.
 */
export function clientIp(headers: Pick<Headers, 'get'>, trustedHeader: string | undefined): string {
  const trusted = trustedHeader?.trim().toLowerCase()
  const raw = (trusted && headers.get(trusted)) || headers.get('x-forwarded-for') || ''
  return raw.split(',')[0]?.trim() || 'unknown'
}
