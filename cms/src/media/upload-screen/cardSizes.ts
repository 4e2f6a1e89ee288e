import { formatSize } from './formatProgress'

type Lang = 'vi' | 'en'

/**
 * Uppy's file cards write each file's size in an English-style number ("2.9 MB"), which a Vietnamese reader
 * takes for 2 900 MB; Uppy offers no option for it. This writes each card's size in the page's format instead
 * (`2,9 MB`). Uppy (Preact) renders the size once per file and does not read the text back, so the change
 * stays until the card is redrawn, when `watchCardSizes` writes it again.
 */
export function localiseCardSizes(root: ParentNode, sizeOf: (fileId: string) => number | null | undefined, lang: Lang) {
  for (const element of root.querySelectorAll<HTMLElement>('.uppy-Dashboard-Item-statusSize')) {
    const id = element.closest<HTMLElement>('.uppy-Dashboard-Item')?.id.replace(/^uppy_/, '')
    const size = id ? sizeOf(id) : undefined
    if (typeof size !== 'number') continue
    const text = formatSize(size, lang)
    if (element.textContent !== text) element.textContent = text
  }
}

/** Keeps the cards under `root` in the page's number format as Uppy draws them; returns the stop function. */
export function watchCardSizes(
  root: HTMLElement,
  sizeOf: (fileId: string) => number | null | undefined,
  lang: Lang,
): () => void {
  const observer = new MutationObserver(() => localiseCardSizes(root, sizeOf, lang))
  observer.observe(root, { subtree: true, childList: true, characterData: true })
  return () => observer.disconnect()
}
