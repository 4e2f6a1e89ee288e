import type { APIRoute } from 'astro'

/** Everything public may be indexed; the sitemap with its absolute address (robots.txt requires one). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
