import type { DcStatement } from '../content/snapshot'
import type { Locale } from '../i18n/urls'

/** The namespace `<link rel="schema.DC">` names for the `DC.*` meta of a page. */
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/'

/**
 * The Dublin Core statements a page in `locale` carries, from the snapshot as it is (made by the cms,
 * cms/src/publication/dublinCore.ts): those in the page's language and those in none. An element with no
 * statement in the page's language (a title not yet translated) keeps the ones it has, each with its own
 * language, so the English page still says, truly, that its title is Vietnamese.
 */
export function dublinCoreMeta(statements: DcStatement[], locale: Locale): DcStatement[] {
  const inPage = (statement: DcStatement) => statement.lang === undefined || statement.lang === locale
  return statements.filter(
    (statement) =>
      inPage(statement) || !statements.some((other) => other.element === statement.element && inPage(other)),
  )
}
