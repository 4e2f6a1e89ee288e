import type { CollectionBeforeChangeHook } from 'payload'

import { kindOfMimeType } from '../kinds'

/** A file whose kind the officer left empty gets the kind of its (identified) MIME type. */
export const setKindFromFile: CollectionBeforeChangeHook = ({ data }) =>
  data.kind ? data : { ...data, kind: kindOfMimeType(typeof data.mimeType === 'string' ? data.mimeType : undefined) }
