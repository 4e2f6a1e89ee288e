import { DrumMark } from './DrumMark'

/** The login page's brand (`admin.components.graphics.Logo`): the drum mark and the archive's name. */
export function ArchiveLogo() {
  return (
    <span data-brand="di-san-so" className="archive-logo">
      <DrumMark size={56} />
      <span className="archive-logo__name">Di sản số</span>
    </span>
  )
}
