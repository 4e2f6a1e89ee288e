import type { RequiredDataFromCollectionSlug } from 'payload'

type Metadata = Record<string, string | null> | undefined

/** The media record's fields from a tus upload's metadata (issue 15's contract); unknown keys are ignored. */
export function mediaDataFrom(metadata: Metadata): RequiredDataFromCollectionSlug<'media'> {
  const text = (key: string) => {
    const value = metadata?.[key]
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }
  const place = text('recordedWhere')
  const languages = text('languages')
  const data: Record<string, unknown> = {
    caption: text('caption'),
    credit: text('credit'),
    recordedAt: text('recordedAt'),
    accessLevel: text('accessLevel'),
    // The media record requires a reason unless the level is public (issue 15 ui: sent by the upload screen).
    accessReason: text('accessReason'),
    recordedWhere: place && /^\d+$/.test(place) ? Number(place) : place,
    languages: languages
      ?.split(',')
      .map((code) => code.trim())
      .filter(Boolean),
  }
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined),
  ) as RequiredDataFromCollectionSlug<'media'>
}
