'use client'
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { replacementFor, textReplacement } from '../payloadHardCodedText'
import '../admin.css'

const ATTRIBUTES = ['aria-label', 'title', 'placeholder']
/** Where a control's subject is written next to it: a sortable column, a dashboard card, a field. */
const CONTEXT = '.sort-column, .sort-header, .card, .field-type'
const LABEL = '.sort-column__label, .sort-header__label, .card__title, .field-label, .checkbox-input label'

const labelNear = (element: Element): string | null =>
  element
    .closest(CONTEXT)
    ?.querySelector(LABEL)
    ?.textContent?.replace(/\*\s*$/, '') ?? null

/** fields/Checkbox titles its box with the field's path ("publicationConsent.given"): use the field's label. */
function titleFromLabel(element: Element): void {
  const name = element.getAttribute('name')
  if (!name || element.getAttribute('title') !== name) return
  const label = labelNear(element)?.trim()
  if (label) element.setAttribute('title', label)
  else element.removeAttribute('title')
}

function reword(root: Node, language: 'vi' | 'en'): void {
  const elements =
    root instanceof Element ? [root, ...root.querySelectorAll('[aria-label], [title], [placeholder]')] : []
  for (const element of elements) {
    titleFromLabel(element)
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name)
      const better = value ? replacementFor(value, language, labelNear(element)) : null
      if (better !== null && better !== value) element.setAttribute(name, better)
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent) continue
    const better = textReplacement(node.textContent.trim(), language)
    if (better !== null) node.textContent = better
  }
}

/**
 * An admin provider (`admin.components.providers`) that rewords the few texts Payload writes in English
 * whatever the language (`payloadHardCodedText.ts`), as they appear; and carries the admin stylesheet.
 */
export function InterfaceWords({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  useEffect(() => {
    reword(document.body, language)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' || mutation.type === 'characterData') reword(mutation.target, language)
        for (const added of mutation.addedNodes) reword(added, language)
      }
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
    })
    return () => observer.disconnect()
  }, [language])
  return children
}
