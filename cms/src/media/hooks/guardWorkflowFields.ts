import type { CollectionBeforeChangeHook } from 'payload'

const WORKFLOW_FIELDS = ['processing', 'sha256', 'technical', 'derivatives'] as const

/**
 * Only the media workflow writes these (context `mediaWorkflow`): an edit form or API client cannot set
 * them. A new file (upload or replacement) clears what was found about the old one and queues it.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (req.context.mediaWorkflow) return data
  const guarded = { ...data }
  if (operation === 'create' || req.file) {
    guarded.processing = { status: 'queued', step: null, percent: 0, errorCode: null, errorDetail: null }
    for (const key of ['sha256', 'technical', 'derivatives'] as const) guarded[key] = null
  } else for (const key of WORKFLOW_FIELDS) guarded[key] = originalDoc?.[key]
  return guarded
}
