import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import exifReader from 'exif-reader'
import type sharpModule from 'sharp'

import { writeAtomically } from './atomicOutput'
import { MediaPipelineError } from './MediaPipelineError'

type Sharp = typeof sharpModule

/** Responsive widths, each a real use: phone list, phone full-width / tablet, desktop, large screens and zoom. */
export const IMAGE_WIDTHS = [320, 640, 1280, 2048] as const

/** Output formats. AVIF first (smallest), WebP for older browsers; effort 2 keeps AVIF encoding affordable on 2 cores. */
export const IMAGE_FORMATS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 4 },
} as const

/** The JPEG fallback, one size, for browsers and tools that read neither AVIF nor WebP. */
export const JPEG_FALLBACK = { width: 1280, quality: 80 } as const

/** Larger images are refused: 200 megapixels is beyond any camera the officers use and stops decompression bombs. */
export const MAX_INPUT_PIXELS = 200_000_000

export type ImageDerivative = {
  file: string
  format: 'avif' | 'webp' | 'jpeg'
  width: number
  height: number
  bytes: number
}

/**
 * Public derivatives of a photo: every width up to the source's (never upscaled) in AVIF and WebP, plus a
 * JPEG fallback. Orientation is applied to the pixels; all metadata (EXIF, GPS, XMP) is left out except the
 * rights fields (EXIF Artist and Copyright), which travel with the picture.
 * Runs the encodings concurrently (sharp uses one thread per pipeline on glibc).
 */
export async function makeImageDerivatives(
  sharp: Sharp,
  input: string,
  outDir: string,
  baseName: string,
): Promise<ImageDerivative[]> {
  const name = path.basename(input)
  // Reading the header decodes no pixels, so it may look at any size; the size check comes next.
  const metadata = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch((cause: unknown) => {
      throw new MediaPipelineError('corrupt', 'image', name, 'the image cannot be decoded', { cause })
    })
  const { width = 0, height = 0 } = metadata
  if (width * height > MAX_INPUT_PIXELS) {
    throw new MediaPipelineError(
      'image-too-large',
      'image',
      name,
      `the image is ${width} × ${height} pixels, more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels`,
    )
  }
  // Width once upright: a portrait photo stored sideways has its sides swapped.
  const orientedWidth = metadata.autoOrient?.width ?? width
  const widths = IMAGE_WIDTHS.filter((w) => w <= orientedWidth)
  if (widths.length === 0) widths.push(orientedWidth as (typeof IMAGE_WIDTHS)[number])
  await mkdir(outDir, { recursive: true })

  const render = (format: ImageDerivative['format'], targetWidth: number) => {
    const file = path.join(outDir, `${baseName}-${targetWidth}.${format === 'jpeg' ? 'jpg' : format}`)
    return writeAtomically(file, async (temporary) => {
      const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .autoOrient()
        .resize({ width: targetWidth, withoutEnlargement: true })
      if (rights) pipeline.withExif({ IFD0: rights })
      const encoded =
        format === 'avif'
          ? pipeline.avif(IMAGE_FORMATS.avif)
          : format === 'webp'
            ? pipeline.webp(IMAGE_FORMATS.webp)
            : pipeline.jpeg({ quality: JPEG_FALLBACK.quality, mozjpeg: true })
      const info = await encoded.toFile(temporary).catch((cause: unknown) => {
        throw new MediaPipelineError(
          'corrupt',
          'image',
          name,
          `the ${format} derivative at ${targetWidth} px could not be made`,
          { cause },
        )
      })
      return { file, format, width: info.width, height: info.height, bytes: info.size }
    })
  }
  const rights = rightsFields(metadata.exif)
  const jpegWidth = Math.min(JPEG_FALLBACK.width, orientedWidth)
  return Promise.all([...widths.flatMap((w) => [render('avif', w), render('webp', w)]), render('jpeg', jpegWidth)])
}

/** The rights fields of a photo's EXIF (who made it, who holds the rights), if it has any. */
export function rightsFields(exif: Buffer | undefined): { Artist?: string; Copyright?: string } | undefined {
  if (!exif) return undefined
  try {
    const { Artist, Copyright } = exifReader(exif).Image ?? {}
    const kept = Object.fromEntries(
      Object.entries({ Artist, Copyright }).filter(([, value]) => typeof value === 'string' && value.trim()),
    ) as { Artist?: string; Copyright?: string }
    return Object.keys(kept).length ? kept : undefined
  } catch {
    return undefined // unreadable EXIF: keep nothing
  }
}
