/** The access levels an upload may take, most protective first (the default), with their label's message key. */
export const ACCESS_LEVELS = [
  ['restricted', 'levelRestricted'],
  ['community', 'levelCommunity'],
  ['public', 'levelPublic'],
] as const
