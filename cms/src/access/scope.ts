import type { PayloadRequest, Where } from 'payload'

import { type Id, idOf, type Ref } from '../lib/idOf'
import { hasRole } from './roles'

export type ScopedUser = { id: Id; roles?: readonly string[] | null; provinces?: readonly Ref[] | null }

export const userOf = (req: Pick<PayloadRequest, 'user'>): ScopedUser | null => req.user ?? null

/** Ids of the provinces a user works for (editors, contributors, reviewers are scoped to these). */
export const provincesOf = (user: ScopedUser | null): Id[] => (user?.provinces ?? []).map(idOf)

/** People who work on records (everyone signed in except researchers). */
export const isStaff = (user: ScopedUser | null): boolean => hasRole(user, 'admin', 'editor', 'contributor', 'reviewer')

/** What anyone may read: published and public. `prefix` is "version." when the rule filters versions. */
export const publishedPublic = (prefix = ''): Where => ({
  and: [{ [`${prefix}accessLevel`]: { equals: 'public' } }, { [`${prefix}_status`]: { equals: 'published' } }],
})

export const inProvinces = (user: ScopedUser | null, prefix = ''): Where => ({
  [`${prefix}owningProvince`]: { in: provincesOf(user) },
})
