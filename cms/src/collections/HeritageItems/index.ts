import type { CollectionConfig, SelectFieldSingleValidation } from 'payload'

import { readPublicOrSignedIn } from '../../access/readPublished'
import { isEditorOrAdmin } from '../../access/roles'
import { accessLevelFields } from '../../fields/accessLevelFields'
import { reviewFields } from '../../fields/reviewFields'
import { slugFields } from '../../fields/slugFields'
import { translationFallbacksField } from '../../fields/translationFallbacksField'
import { assignSlug } from '../../hooks/assignSlug'
import { markTranslationFallbacks } from '../../hooks/markTranslationFallbacks'
import { recordReviewTransition } from '../../hooks/recordReviewTransition'
import { localMessage } from '../../i18n/localMessage'
import { MESSAGES } from '../../i18n/messages'
import { contentFields } from './fields/content'
import { peopleAndMediaFields } from './fields/peopleAndMedia'
import { owningProvinceField, placeAndTimeFields } from './fields/placeAndTime'
import { provenanceFields } from './fields/provenance'
import { indexPlaces } from './hooks/indexPlaces'

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
  },
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    read: readPublicOrSignedIn({ drafts: true }),
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeChange: [assignSlug('title'), recordReviewTransition, indexPlaces],
    beforeRead: [markTranslationFallbacks],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: { vi: 'Nội dung', en: 'Content' }, fields: contentFields() },
        { label: { vi: 'Địa điểm, thời gian', en: 'Place and time' }, fields: placeAndTimeFields() },
        { label: { vi: 'Người, tư liệu', en: 'People and media' }, fields: peopleAndMediaFields() },
        { label: { vi: 'Nguồn, quyền, đồng ý', en: 'Source, rights, consent' }, fields: provenanceFields() },
      ],
    },
    owningProvinceField(),
    ...accessLevelFields(consentBeforePublic),
    ...reviewFields(),
    ...slugFields(),
    translationFallbacksField(),
  ],
}
