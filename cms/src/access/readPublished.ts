import type { Access, Where } from 'payload'

import { isStaff, userOf } from './scope'

/**
 * Read rule for people and similar records: staff read everything; anyone else (researchers
 * included) reads only what is public (and published, where the collection has drafts). Returned as a query,
 * so REST, GraphQL, the Local API and list counts all apply the same filter.
 */
export const readPublicOrSignedIn =
  ({ drafts }: { drafts: boolean }): Access =>
  ({ req }) => {
    if (isStaff(userOf(req))) return true
    const isPublic: Where = { accessLevel: { equals: 'public' } }
    return drafts ? { and: [isPublic, { _status: { equals: 'published' } }] } : isPublic
  }

/** For reference records with drafts but no access level (ethnic groups): the published version is public. */
export const readPublishedOrSignedIn: Access = ({ req }) =>
  isStaff(userOf(req)) ? true : { _status: { equals: 'published' } }
