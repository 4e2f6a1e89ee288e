/** Pixel formats of the image derivatives (`images.ts` makes AVIF and WebP at each width, one JPEG fallback). */
export const IMAGE_ROLE_FORMATS = ['avif', 'webp', 'jpeg'] as const
export type ImageFormat = (typeof IMAGE_ROLE_FORMATS)[number]

/** An image derivative's role: format and pixel width, `image-webp-640`. */
export type ImageRole = `image-${ImageFormat}-${number}`

/** The named derivatives of a video (`deriveWebVideo`, `deriveStreaming`) and of a sound (`deriveAudio`). */
export const VIDEO_ROLES = ['webMp4', 'poster', 'hlsMaster', 'sprite', 'spriteVtt'] as const
export const AUDIO_ROLES = ['mp3', 'opus', 'waveform'] as const

/**
 * What a derivative file is for. The pipeline names them; the cms stores them on the media record, the
 * snapshot copies them, the site and the admin pick files by them. Import this type wherever one is read.
 */
export type DerivativeRole = ImageRole | (typeof VIDEO_ROLES)[number] | (typeof AUDIO_ROLES)[number]

/** The roles with a name of their own (not an image size). */
export type NamedRole = (typeof VIDEO_ROLES)[number] | (typeof AUDIO_ROLES)[number]

/** Derivative files by role, as paths relative to the output folder. */
export type Files = Partial<Record<DerivativeRole, string>>

/** A published WebVTT caption file is kept as uploaded; the snapshot lists it beside the derivatives. */
export type PublishedRole = DerivativeRole | 'captions'
export type PublishedFiles = Partial<Record<PublishedRole, string>>

/** The named roles a published media entry may list (a snapshot contract builds its key schema from them). */
export const PUBLISHED_NAMED_ROLES = [...VIDEO_ROLES, ...AUDIO_ROLES, 'captions'] as const
const NAMED_PUBLISHED: ReadonlySet<string> = new Set(PUBLISHED_NAMED_ROLES)
const IMAGE_ROLE = /^image-(avif|webp|jpeg)-\d+$/

/** Whether a key names a published file's role (what the snapshot contract accepts). */
export const isPublishedRole = (key: unknown): key is PublishedRole =>
  typeof key === 'string' && (NAMED_PUBLISHED.has(key) || IMAGE_ROLE.test(key))

export const imageRole = (format: ImageFormat, width: number): ImageRole => `image-${format}-${width}`

/** The pixel width in an image role (`image-webp-640` → 640). */
export const widthOfRole = (role: string): number => Number(role.split('-').at(-1))

/** The smallest picture of a file, for lists and search results: the 320 px WebP, else the video's poster. */
export const thumbnailOf = (files: Files | null | undefined): string | undefined =>
  files?.['image-webp-320'] ?? files?.poster
