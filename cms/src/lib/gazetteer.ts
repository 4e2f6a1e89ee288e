export type PlaceId = string | number

/** What the gazetteer needs of a place record; ids are opaque (numbers on SQLite, strings on MongoDB). */
export type GazetteerPlace = {
  id: PlaceId
  /** Every name the place has gone by: official names in each language and other names. */
  names: readonly string[]
  parent?: PlaceId | null
  replacedBy?: readonly PlaceId[]
  /** ISO date after which the place no longer exists as such (e.g. "2025-06-30"); empty while current. */
  validTo?: string | null
}

export type Gazetteer = {
  /** The place(s) that stand for this one today: itself if current; else whatever replaced it (or its parent's successors, when a level was abolished without a named replacement). */
  currentSuccessors: (id: PlaceId) => PlaceId[]
  /** Its names and the names of every place it replaced, directly or through a chain. */
  historicalNames: (id: PlaceId) => string[]
  /** Every place a record made at these places should be found under: each place, its ancestors, and their current successors with theirs. */
  placesToIndex: (ids: readonly PlaceId[]) => PlaceId[]
}

const key = (id: PlaceId): string => String(id)

export function createGazetteer(places: readonly GazetteerPlace[]): Gazetteer {
  const byId = new Map(places.map((place) => [key(place.id), place]))
  const predecessors = new Map<string, GazetteerPlace[]>()
  for (const place of places) {
    for (const successor of place.replacedBy ?? []) {
      predecessors.set(key(successor), [...(predecessors.get(key(successor)) ?? []), place])
    }
  }

  const currentSuccessors = (id: PlaceId, seen = new Set<string>()): PlaceId[] => {
    const place = byId.get(key(id))
    if (!place || seen.has(key(id))) return []
    seen.add(key(id))
    if (!place.validTo) return [place.id]
    if (place.replacedBy?.length) return unique(place.replacedBy.flatMap((next) => currentSuccessors(next, seen)))
    return place.parent == null ? [] : currentSuccessors(place.parent, seen)
  }

  const historicalNames = (id: PlaceId): string[] => {
    const names: string[] = []
    const visit = (place: GazetteerPlace | undefined, seen: Set<string>) => {
      if (!place || seen.has(key(place.id))) return
      seen.add(key(place.id))
      names.push(...place.names)
      for (const before of predecessors.get(key(place.id)) ?? []) visit(before, seen)
    }
    visit(byId.get(key(id)), new Set())
    return [...new Set(names.filter(Boolean))]
  }

  const ancestors = (id: PlaceId): PlaceId[] => {
    const chain: PlaceId[] = []
    const seen = new Set<string>()
    let place = byId.get(key(id))
    while (place && !seen.has(key(place.id))) {
      seen.add(key(place.id))
      chain.push(place.id)
      place = place.parent == null ? undefined : byId.get(key(place.parent))
    }
    return chain
  }

  const placesToIndex = (ids: readonly PlaceId[]): PlaceId[] =>
    unique(ids.flatMap(ancestors).flatMap((id) => [id, ...currentSuccessors(id).flatMap(ancestors)]))

  return { currentSuccessors: (id) => currentSuccessors(id), historicalNames, placesToIndex }
}

function unique(ids: PlaceId[]): PlaceId[] {
  const seen = new Set<string>()
  return ids.filter((id) => !seen.has(key(id)) && Boolean(seen.add(key(id))))
}
