export const LEVEL_RANK = { public: 0, community: 1, restricted: 2 } as const
export type Level = keyof typeof LEVEL_RANK
const LEVELS = Object.keys(LEVEL_RANK) as Level[]

/** A record that uses a media file: its level, and whether it is published (unpublished counts as restricted). */
export type MediaUse = { accessLevel?: string | null; published: boolean }

const rank = (level: string | null | undefined): number => LEVEL_RANK[level as Level] ?? LEVEL_RANK.restricted

/**
 * How open a media file may be: never more open than its own level, and never more open than the most
 * open published record that uses it. A file nobody uses yet keeps its own level.
 */
export function effectiveMediaAccess(own: string | null | undefined, uses: readonly MediaUse[]): Level {
  if (uses.length === 0) return LEVELS[rank(own)] ?? 'restricted'
  const mostOpenUse = Math.min(...uses.map((use) => (use.published ? rank(use.accessLevel) : LEVEL_RANK.restricted)))
  return LEVELS[Math.max(rank(own), mostOpenUse)] ?? 'restricted'
}
