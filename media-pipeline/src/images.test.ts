import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import exifReader from 'exif-reader'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeImageDerivatives } from './images'
import { bombPng } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-images-'))

describe('makeImageDerivatives', () => {
  let photo: string
  beforeAll(async () => {
    // A 3000 × 2000 photo stored sideways (EXIF orientation 6) with a GPS position and a copyright.
    photo = path.join(dir, 'le-hoi.jpg')
    const tagged = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#7a4' } })
      .jpeg()
      .withExif({
        IFD0: { Copyright: 'So VHTTDL Dak Lak', Artist: 'Y Moan', Model: 'Máy ảnh XYZ' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '12/1 40/1 0/1' },
      })
      .toBuffer()
    await sharp(tagged).keepExif().withMetadata({ orientation: 6 }).jpeg().toFile(photo)
    const source = await sharp(photo).metadata()
    expect(source.orientation).toBe(6)
    expect(source.exif?.length).toBeGreaterThan(0)
  })

  it('makes AVIF and WebP at every width up to the source, a JPEG fallback, upright, with the rights fields and no other metadata', async () => {
    const out = path.join(dir, 'out')
    const derivatives = await makeImageDerivatives(sharp, photo, out, 'le-hoi')
    expect(derivatives.map((d) => `${d.format}@${d.width}`).sort()).toEqual(
      ['avif@320', 'webp@320', 'avif@640', 'webp@640', 'avif@1280', 'webp@1280', 'jpeg@1280'].sort(),
    )
    for (const derivative of derivatives) {
      const meta = await sharp(derivative.file).metadata()
      // Turned upright: portrait, 2000 wide at source, so 3:2 the other way.
      expect(meta.height).toBeGreaterThan(meta.width ?? 0)
      expect(meta.width).toBe(derivative.width)
      const exif = exifReader(meta.exif ?? Buffer.alloc(0))
      expect(exif.Image, derivative.file).toMatchObject({ Copyright: 'So VHTTDL Dak Lak', Artist: 'Y Moan' })
      expect(exif.Image?.Model, `${derivative.file} carries the camera model`).toBeUndefined()
      expect(exif.GPSInfo, `${derivative.file} carries GPS`).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
    }
    expect(readdirSync(out).some((name) => name.includes('.partial-'))).toBe(false)
  })

  it('never upscales a small image', async () => {
    const small = path.join(dir, 'nho.png')
    await sharp({ create: { width: 200, height: 100, channels: 3, background: '#333' } })
      .png()
      .toFile(small)
    const derivatives = await makeImageDerivatives(sharp, small, path.join(dir, 'out-small'), 'nho')
    expect(derivatives.every((d) => d.width === 200)).toBe(true)
  })

  it('refuses a 30 000 × 30 000 decompression bomb before decoding it', async () => {
    const bomb = path.join(dir, 'bom.png')
    writeFileSync(bomb, bombPng(30_000, 30_000))
    await expect(makeImageDerivatives(sharp, bomb, path.join(dir, 'out-bomb'), 'bom')).rejects.toMatchObject({
      code: 'image-too-large',
      message: '[media] image failed for "bom.png": the image is 30000 × 30000 pixels, more than 200 megapixels',
    })
  })
})
