import { DrumMark } from './DrumMark'

/** The navigation's mark (`admin.components.graphics.Icon`), named for screen readers. */
export function ArchiveIcon() {
  return (
    <span data-brand="di-san-so" className="archive-icon">
      <DrumMark size={28} title="Di sản số" />
    </span>
  )
}
