import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A create or update sent with no body (`POST /api/people` and nothing else) is a save of nothing: it gets the
 * validation errors of an empty record (400, naming the required fields), not Payload's crash on `undefined`
 * data (a 500).
 */
export const defaultEmptyData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  return typeof data === 'object' && data !== null ? args : { ...args, data: {} }
}
