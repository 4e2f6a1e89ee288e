/** The map's tile server (PlacesMap): the only other origin a page loads anything from (the CSP names it). */
export const MAP_TILES = 'https://tile.openstreetmap.org'
