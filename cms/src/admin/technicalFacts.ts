import type { LocalText } from '../i18n/localMessage'

/** What the media pipeline stores in `media.technical` (identify, sharp, ffprobe findings); all optional. */
type Technical = {
  identified?: { mimeType?: string; label?: string }
  image?: { width?: number; height?: number; format?: string; space?: string }
  probe?: {
    format?: string
    duration?: number | null
    bitRate?: number | null
    video?: { codec?: string; width?: number; height?: number; frameRate?: number | null } | null
    audio?: { codec?: string; sampleRate?: number | null; channels?: number | null } | null
  }
}

/** The facts an officer reads about a file, in the order they are shown. */
const LABELS = {
  mimeType: { vi: 'Kiểu tệp (MIME)', en: 'File type (MIME)' },
  size: { vi: 'Kích thước ảnh (điểm ảnh)', en: 'Picture size (pixels)' },
  format: { vi: 'Định dạng', en: 'Format' },
  colourSpace: { vi: 'Không gian màu', en: 'Colour space' },
  duration: { vi: 'Thời lượng', en: 'Duration' },
  bitRate: { vi: 'Tốc độ dữ liệu', en: 'Bit rate' },
  video: { vi: 'Hình', en: 'Picture' },
  audio: { vi: 'Tiếng', en: 'Sound' },
} satisfies Record<string, LocalText>

const UNITS = {
  framesPerSecond: { vi: 'hình/giây', en: 'frames/s' },
  channels: { vi: 'kênh', en: 'channels' },
} satisfies Record<string, LocalText>

const clock = (seconds: number): string => {
  const whole = Math.round(seconds)
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60]
  return `${h ? `${h}:` : ''}${String(m).padStart(h ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`
}
const pixels = (width?: number, height?: number) => (width && height ? `${width} × ${height}` : null)

/** The key facts of `media.technical` as label–value pairs in the admin's language (none when it is empty). */
export function technicalFacts(value: unknown, language: 'vi' | 'en'): { label: string; value: string }[] {
  if (!value || typeof value !== 'object') return []
  const { identified, image, probe } = value as Technical
  const { video, audio } = probe ?? {}
  const facts: [keyof typeof LABELS, string | null | undefined][] = [
    ['mimeType', identified?.mimeType],
    ['size', pixels(image?.width, image?.height)],
    ['format', image?.format ?? probe?.format],
    ['colourSpace', image?.space],
    ['duration', typeof probe?.duration === 'number' ? clock(probe.duration) : null],
    ['bitRate', typeof probe?.bitRate === 'number' ? `${Math.round(probe.bitRate / 1000)} kbit/s` : null],
    [
      'video',
      video &&
        [
          video.codec,
          pixels(video.width, video.height),
          video.frameRate && `${video.frameRate} ${UNITS.framesPerSecond[language]}`,
        ]
          .filter(Boolean)
          .join(', '),
    ],
    [
      'audio',
      audio &&
        [
          audio.codec,
          audio.sampleRate && `${audio.sampleRate} Hz`,
          audio.channels && `${audio.channels} ${UNITS.channels[language]}`,
        ]
          .filter(Boolean)
          .join(', '),
    ],
  ]
  return facts
    .filter((fact): fact is [keyof typeof LABELS, string] => typeof fact[1] === 'string' && fact[1] !== '')
    .map(([key, text]) => ({ label: LABELS[key][language], value: text }))
}
