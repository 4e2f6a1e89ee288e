import {
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type PayloadRequest,
  type TypedLocale,
  ValidationError,
} from 'payload'

import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'
import { REVIEW_STATE_LABELS, type ReviewState, roleMayMove } from '../../../lib/reviewWorkflow'
import type { HeritageItem } from '../../../payload-types'
import { latestVersion } from './latestVersion'

/**
 * What publishing needs, as field paths: Payload checks `required` only on a published save, so a draft
 * with a title alone could be submitted and then fail only at the reviewer's "Publish".
 */
const NEEDED_TO_SUBMIT: readonly string[] = [
  'title',
  'summary',
  'kind',
  'ethnicGroups',
  'owningProvince',
  'accessLevel',
  'accessReason',
  'rights.licence',
  'consent.status',
]

/** Sending a record back (from review or from the public site): its author needs to know what to change. */
const NEEDS_NOTE: readonly ReviewState[] = ['changes_requested']

const valueAt = (doc: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined),
      doc,
    )

const isEmpty = (value: unknown): boolean =>
  value == null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)

/** The paths a record still lacks before it can go to review (the reason only where the level is not public). */
export function missingToSubmit(doc: object): string[] {
  return NEEDED_TO_SUBMIT.filter((path) => {
    if (path === 'accessReason' && valueAt(doc, 'accessLevel') === 'public') return false
    return isEmpty(valueAt(doc, path))
  })
}

/** The texts written per language that submitting needs in the default language (Vietnamese). */
const LOCALIZED_NEEDED: readonly string[] = ['title', 'summary']

/** Which of those are empty in the default language, when the save is made in another one. */
async function missingInDefaultLocale(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number | undefined,
): Promise<string[]> {
  const defaultLocale = req.payload.config.localization ? req.payload.config.localization.defaultLocale : undefined
  if (!defaultLocale || !req.locale || req.locale === defaultLocale) return []
  if (id == null) return [...LOCALIZED_NEEDED]
  const inDefault = await req.payload.findByID({
    collection,
    id,
    locale: defaultLocale as TypedLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return LOCALIZED_NEEDED.filter((path) => isEmpty(valueAt(inDefault, path)))
}

/**
 * What a review move needs before `recordReviewTransition` records it: submitting needs everything
 * publishing needs (each missing field marked, in the user's language); sending back needs a note. Moves the role may not make are left to `recordReviewTransition` to refuse.
 */
export const requireWhatMovesNeed: CollectionBeforeChangeHook<HeritageItem> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const roles = req.user ? (req.user.roles ?? []) : undefined
  if (!roles) return data
  const latest = operation === 'update' ? ((await latestVersion(req, originalDoc?.id)) ?? originalDoc) : undefined
  const from = latest?.reviewState ?? 'draft'
  const to = data.reviewState ?? from
  if (from === to || !roleMayMove(roles, from, to)) return data
  const language = req.i18n?.language === 'en' ? 'en' : 'vi'
  const errors: { path: string; message: string }[] = []
  if (to === 'submitted') {
    for (const path of missingToSubmit({ ...(latest ?? {}), ...data }))
      errors.push({ path, message: localMessage(req, MESSAGES.neededToSubmit) })
    // Saved from another language's form, the translated texts are what `data` holds: the Vietnamese ones,
    // which the public site and the review read first, must be written too.
    for (const path of await missingInDefaultLocale(
      req,
      collection.slug,
      operation === 'update' ? originalDoc?.id : undefined,
    ))
      if (!errors.some((error) => error.path === path))
        errors.push({ path, message: localMessage(req, MESSAGES.neededInVietnameseToSubmit) })
  }
  if (NEEDS_NOTE.includes(to) && isEmpty(data.reviewNote)) {
    const message = localMessage(req, MESSAGES.reviewNoteRequired, { to: REVIEW_STATE_LABELS[to][language] })
    errors.push({ path: 'reviewNote', message })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
