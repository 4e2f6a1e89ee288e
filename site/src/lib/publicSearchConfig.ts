type Env = Readonly<Record<string, string | undefined>>

/**
 * The Meilisearch settings baked into the public site, checked before a build: the key ends up in every
 * visitor's browser, so it must not be a key that can write (the master or admin key the cms uses), and
 * the index must be the public one. A half-set configuration is refused rather than silently ignored.
 */
export function publicSearchConfig(env: Env): { url: string; key: string; index: string } | null {
  const url = env.PUBLIC_MEILI_URL?.trim()
  const key = env.PUBLIC_MEILI_SEARCH_KEY?.trim()
  const index = env.PUBLIC_MEILI_INDEX?.trim() || `${env.MEILI_INDEX_PREFIX?.trim() || 'disanso'}-public`
  if (!url && !key) return null
  if (!url || !key)
    throw new Error(
      'PUBLIC_MEILI_URL và PUBLIC_MEILI_SEARCH_KEY phải đặt cùng nhau / PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY go together',
    )
  if ([env.MEILI_MASTER_KEY, env.MEILI_API_KEY].some((secret) => secret && secret.trim() === key))
    throw new Error(
      'PUBLIC_MEILI_SEARCH_KEY là khóa quản trị: trang công khai chỉ được mang khóa chỉ-tìm-kiếm / PUBLIC_MEILI_SEARCH_KEY is the admin key: the public site may only carry a search-only key',
    )
  if (!index.endsWith('-public'))
    throw new Error(
      `PUBLIC_MEILI_INDEX phải là chỉ mục công khai (…-public), không phải ${index} / PUBLIC_MEILI_INDEX must be the public index (…-public), not ${index}`,
    )
  return { url, key, index }
}
