import type { CollectionSlug, PayloadRequest } from 'payload'
import { cache } from 'react'

import { ViTitleInHeader } from './ViTitleInHeader'

/** The record in Vietnamese as this user may read it (drafts included), fetched once per request. */
const vietnameseRecord = cache(async (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  req.payload.findByID({
    collection,
    id,
    locale: 'vi',
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  }),
)

const valueAt = (record: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      record,
    )

type Props = {
  id?: number | string
  collectionSlug?: CollectionSlug
  path?: string
  req: PayloadRequest
}

/**
 * Under each localised text field (`afterInput`, added by `withArchiveAdmin`): while the record is edited in
 * another language, the Vietnamese text of the same field, read-only — what the translator translates. For the
 * title it also keeps the Vietnamese title in the header while the translation has none. Written as text.
 */
export async function ViTextBeside({ id, collectionSlug, path, req }: Props) {
  if (!req.locale || req.locale === 'vi' || id === undefined || !collectionSlug || !path) return null
  const record = await vietnameseRecord(req, collectionSlug, id)
  if (!record) return null
  const text = valueAt(record, path)
  const vi = typeof text === 'string' ? text : ''
  const useAsTitle = req.payload.collections[collectionSlug]?.config.admin?.useAsTitle
  return (
    <div className="vi-text-beside" lang="vi" data-vi-text-for={path}>
      <span className="vi-text-beside__label">{req.i18n.t('archive:viTextBeside' as never)}:</span>
      {vi || req.i18n.t('archive:viTextMissing' as never)}
      {path === useAsTitle ? <ViTitleInHeader path={path} viTitle={vi} /> : null}
    </div>
  )
}
