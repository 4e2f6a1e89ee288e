import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who created a record (contributors may edit only their own); never changed afterwards. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => ({
  ...data,
  createdBy: operation === 'create' ? (req.user?.id ?? null) : (originalDoc?.createdBy ?? null),
})
