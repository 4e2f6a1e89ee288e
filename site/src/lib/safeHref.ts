/**
 * A link target built from record data, or undefined if it is not one a visitor may be sent to: only
 * `http:`/`https:` addresses and site-relative paths (`/…`, never `//host`) pass; `javascript:`, `data:`,
 * `vbscript:` and anything unparsable do not.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  const value = url?.trim()
  if (!value) return undefined
  if (value.startsWith('/')) return /^\/[/\\]/.test(value) ? undefined : value
  if (!URL.canParse(value)) return undefined
  const { protocol } = new URL(value)
  return protocol === 'https:' || protocol === 'http:' ? value : undefined
}
