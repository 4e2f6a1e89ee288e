import type { Field, FieldAccess } from 'payload'

import { hasRole } from '../../../access/roles'
import { userOf } from '../../../access/scope'

/**
 * Field-level: who may change a record's content. Reviewers check facts, consent and sensitivity and move
 * the record on (README role table); they do not rewrite it. The system (no user) and every other role
 * that may update the record at all may. No data is needed, so the admin's "may this user edit this field?"
 * gets the same answer as the save.
 */
export const editsContent: FieldAccess = ({ req }) => {
  const user = userOf(req)
  return !user || hasRole(user, 'admin', 'editor', 'contributor')
}

/**
 * Makes every field that holds data read-only for reviewers, except the named ones (the review state and
 * note, and what hooks keep). Layout fields (tabs, rows, collapsibles) are walked; a named group or array is
 * locked as a whole. A field's own update rule, if it has one, still applies on top.
 */
export function lockForReviewers(fields: Field[], open: readonly string[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: lockForReviewers(tab.fields, open) })) }
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: lockForReviewers(field.fields, open) }
    }
    if (!('name' in field) || open.includes(field.name) || field.type === 'ui') return field
    const own = field.access?.update
    const update: FieldAccess = own ? async (args) => (await own(args)) && editsContent(args) : editsContent
    return { ...field, access: { ...field.access, update } } as Field
  })
}
