import type { PayloadRequest } from 'payload'

/**
 * Local API options that read as the signed-in user, with their access (`overrideAccess: false`). The user,
 * not the page's `req`: each query then gets its own request, since the Local API writes the query's
 * locale onto the request it is given, and the dashboard runs queries in different locales at once.
 */
export const asViewer = (req: PayloadRequest) => ({ user: req.user ?? undefined, overrideAccess: false }) as const
