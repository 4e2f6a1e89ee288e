/** The star at the centre of a Đông Sơn bronze drum's face: 12 rays, drawn once here. */
const STAR =
  '32,21 32.9,28.6 37.5,22.5 34.5,29.5 41.5,26.5 35.4,31.1 43,32 35.4,32.9 41.5,37.5 34.5,34.5 37.5,41.5 32.9,35.4 32,43 31.1,35.4 26.5,41.5 29.5,34.5 22.5,37.5 28.6,32.9 21,32 28.6,31.1 22.5,26.5 29.5,29.5 26.5,22.5 31.1,28.6'

/**
 * Di sản số's mark: the face of a bronze drum (trống đồng) — a star in rings — in bronze. The same drawing is
 * the favicon (`cms/public/di-san-so.svg`). Decorative where a name is written beside it.
 */
export function DrumMark({ size = 32, title }: { size?: number; title?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      xmlns="http://www.w3.org/2000/svg"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
    >
      <circle cx="32" cy="32" r="31" fill="#8a5a22" />
      <circle cx="32" cy="32" r="25" fill="none" stroke="#f3d9a4" strokeWidth="2" />
      <circle cx="32" cy="32" r="18" fill="none" stroke="#f3d9a4" strokeWidth="1.5" strokeDasharray="3 2.2" />
      <polygon points={STAR} fill="#f3d9a4" />
    </svg>
  )
}
