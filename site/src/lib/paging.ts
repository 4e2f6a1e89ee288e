import type { SnapshotItem } from '../content/snapshot'
import { perLocale } from './localeParams'

/**
 * Cards per list page (SITE_PAGE_SIZE, default 24): a page of 24 cards with lazy pictures stays small on a
 * phone at any archive size.
 */
export const PAGE_SIZE = Number(process.env.SITE_PAGE_SIZE) || 24

/** The route segment of a list page: none for the first page, `trang/N` after it. */
export const pageSegment = (page: number) => (page > 1 ? `trang/${page}` : undefined)

/** The path of page `page` of the listing at `base` (`/loai/festival/` → `/loai/festival/trang/2/`). */
export const pagePath = (base: string, page: number) => (page > 1 ? `${base}trang/${page}/` : base)

export type Paged = { items: SnapshotItem[]; page: number; pages: number; total: number }

/**
 * Static paths for paged listings, in both languages: each listing's items cut into pages of PAGE_SIZE,
 * the route's `[...page]` parameter empty on the first page. A listing with no items still has its page.
 */
export function pagedPaths<P extends Record<string, unknown>>(
  listings: { params: Record<string, string>; props: P; items: SnapshotItem[] }[],
) {
  return perLocale(
    listings.flatMap(({ params, props, items }) => {
      const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
      return Array.from({ length: pages }, (_, index) => ({
        params: { ...params, page: pageSegment(index + 1) },
        props: {
          ...props,
          items: items.slice(index * PAGE_SIZE, (index + 1) * PAGE_SIZE),
          page: index + 1,
          pages,
          total: items.length,
        } as P & Paged,
      }))
    }),
  )
}

/**
 * The page numbers a pager shows: first, last and two either side of the current one; 0 marks a gap of two
 * or more pages (a gap of one shows that page instead).
 */
export function pagerNumbers(page: number, pages: number): number[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) => {
    const gap = i > 0 ? n - (shown[i - 1] as number) : 1
    return gap === 1 ? [n] : gap === 2 ? [n - 1, n] : [0, n]
  })
}
