import { type CollectionBeforeOperationHook, NotFound } from 'payload'

import { isIdShaped } from '../lib/idShape'

/**
 * `GET /api/<collection>/abc` (or `/package.json`, what `/derivatives/../../package.json` resolves to) names
 * no record: 404, as for an id that does not exist, instead of the database's failed query (a 500).
 */
export const refuseMalformedIds: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id != null && !isIdShaped(req.payload, id)) throw new NotFound(req.t)
  return args
}
