import type { CollectionConfig, SelectFieldSingleValidation } from 'payload'
import { staffOnly } from '../../access/staffOnly'
import { accessLevelFields } from '../../fields/accessLevelFields'
import { slugFields } from '../../fields/slugFields'
import { translationFallbacksField } from '../../fields/translationFallbacksField'
import { assignSlug } from '../../hooks/assignSlug'
import { attachOnlyReadable } from '../../hooks/attachOnlyReadable'
import { hideUnreadableRelations } from '../../hooks/hideUnreadableRelations'
import { markTranslationFallbacks } from '../../hooks/markTranslationFallbacks'
import { localMessage } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'
import { reviewTimelineField } from '../../review/reviewTimelineField'
import {
  createHeritageItems,
  deleteHeritageItems,
  readHeritageItems,
  updateHeritageItems,
} from './access/heritageItemAccess'
import { lockForReviewers } from './access/lockForReviewers'
import { readHeritageItemVersions } from './access/readHeritageItemVersions'
import { contentFields } from './fields/content'
import { peopleAndMediaFields } from './fields/peopleAndMedia'
import { owningProvinceField, placeAndTimeFields } from './fields/placeAndTime'
import { provenanceFields } from './fields/provenance'
import { reviewActionsField, reviewFields } from './fields/reviewFields'
import { contributorsEditOpenDrafts } from './hooks/contributorsEditOpenDrafts'
import { indexPlaces } from './hooks/indexPlaces'
import { keepDraftStateCurrent } from './hooks/keepDraftStateCurrent'
import { keepInOwnProvinces } from './hooks/keepInOwnProvinces'
import { recordReviewTransition } from './hooks/recordReviewTransition'
import { requireApprovalToPublish } from './hooks/requireApprovalToPublish'
import { requireWhatMovesNeed } from './hooks/requireWhatMovesNeed'
import { setCreatedBy } from './hooks/setCreatedBy'

/** Public only with consent, when the record shows people. */
const consentBeforePublic: SelectFieldSingleValidation = (value, { data, req }) => {
  const item = data as { people?: unknown[] | null; consent?: { status?: string } | null }
  if (value !== 'public' || !item.people?.length || item.consent?.status === 'given') return true
  return localMessage(req, MESSAGES.consentBeforePublic)
}

/** Heritage items: festivals, rituals, performing arts, oral traditions, knowledge and crafts. */
export const HeritageItems: CollectionConfig = {
  slug: 'heritage-items',
  labels: { singular: { vi: 'Di sản', en: 'Heritage item' }, plural: { vi: 'Di sản', en: 'Heritage items' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'ethnicGroups', 'owningProvince', 'reviewState', 'accessLevel'],
    group: { vi: 'Hồ sơ', en: 'Records' },
    listSearchableFields: ['title', 'slug'],
    // Publishing is a review move: the review panel's "Xuất bản", never Payload's own button (issue 13).
    components: {
      edit: {
        PublishButton: '/review/components/NoPayloadButton#NoPayloadButton',
        UnpublishButton: '/review/components/NoPayloadButton#NoPayloadButton',
        Status: '/review/components/ReviewStatus#ReviewStatus',
        // A link to the record's page on the public site once it is published and public (issue 13, dashboard).
        beforeDocumentControls: ['/dashboard/components/PublicPageLink#PublicPageLink'],
      },
    },
  },
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    read: readHeritageItems,
    readVersions: readHeritageItemVersions,
    create: createHeritageItems,
    update: updateHeritageItems,
    delete: deleteHeritageItems,
  },
  hooks: {
    beforeChange: [
      contributorsEditOpenDrafts,
      keepInOwnProvinces,
      attachOnlyReadable([
        { field: 'media', collection: 'media' },
        { field: 'featuredMedia', collection: 'media' },
        { array: 'people', field: 'person', collection: 'people' },
        { group: 'consent', field: 'document', collection: 'media' },
      ]),
      setCreatedBy,
      assignSlug('title'),
      requireApprovalToPublish,
      requireWhatMovesNeed,
      recordReviewTransition,
      indexPlaces,
    ],
    beforeRead: [markTranslationFallbacks],
    afterRead: [
      hideUnreadableRelations([
        { array: 'people', field: 'person', collection: 'people' },
        { field: 'media', collection: 'media', many: true },
        { field: 'featuredMedia', collection: 'media' },
      ]),
    ],
    // Media access, site rebuild, search sync and audit follow from the effects table (cms/src/effects).
    afterChange: [keepDraftStateCurrent],
  },
  // Reviewers move states and write review notes; the content and the access level are not theirs to change.
  fields: lockForReviewers(
    [
      {
        type: 'tabs',
        tabs: [
          { label: { vi: 'Nội dung', en: 'Content' }, fields: contentFields() },
          { label: { vi: 'Địa điểm, thời gian', en: 'Place and time' }, fields: placeAndTimeFields() },
          { label: { vi: 'Người, tư liệu', en: 'People and media' }, fields: peopleAndMediaFields() },
          { label: { vi: 'Nguồn, quyền, đồng ý', en: 'Source, rights, consent' }, fields: provenanceFields() },
        ],
      },
      reviewTimelineField(),
      reviewActionsField(),
      owningProvinceField(),
      ...accessLevelFields(consentBeforePublic),
      ...reviewFields(),
      ...slugFields(),
      {
        name: 'createdBy',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: { vi: 'Người tạo', en: 'Created by' },
        access: { read: staffOnly, create: () => false, update: () => false },
        admin: { position: 'sidebar', readOnly: true },
      },
      translationFallbacksField(),
    ],
    ['reviewState', 'reviewNote', 'reviewHistory', 'reviewTimeline'],
  ),
}
