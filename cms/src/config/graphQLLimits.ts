import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

import type { LocalText } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

/**
 * How big one GraphQL request may be. A page of the site or an export asks for one or two lists, a few
 * levels deep (items → places → parent → name is 5); 60 aliased lists in one request was an attack.
 * Payload's own `maxComplexity` (1000 by default) still applies on top.
 */
export const GRAPHQL_LIMITS = {
  /** Top-level fields (each usually a list query) in one operation. */
  rootFields: 10,
  /** Aliased fields in the whole document. */
  aliases: 20,
  /** Nesting of selections, fragments included. */
  depth: 10,
} as const

type Translate = (text: LocalText, values: Record<string, string>) => string

/** Depth of a selection set, following fragment spreads (each fragment once, so cycles end). */
function depthOf(context: ValidationContext, set: SelectionSetNode | undefined, seen: Set<string>): number {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(context, selection.selectionSet, seen))
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, seen))
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      deepest = Math.max(deepest, depthOf(context, context.getFragment(selection.name.value)?.selectionSet, seen))
    }
  }
  return deepest
}

/** A validation rule refusing, before anything runs, a request over `GRAPHQL_LIMITS`, saying which limit. */
export const graphQLLimits =
  (translate: Translate): ValidationRule =>
  (context) => {
    let aliases = 0
    const refuse = (text: LocalText, count: number, max: number) =>
      context.reportError(new GraphQLError(translate(text, { count: String(count), max: String(max) })))
    return {
      Field(node) {
        if (node.alias) aliases += 1
      },
      OperationDefinition(node) {
        const roots = node.selectionSet.selections.length
        if (roots > GRAPHQL_LIMITS.rootFields) refuse(MESSAGES.graphQLTooManyRoots, roots, GRAPHQL_LIMITS.rootFields)
        const depth = depthOf(context, node.selectionSet, new Set())
        if (depth > GRAPHQL_LIMITS.depth) refuse(MESSAGES.graphQLTooDeep, depth, GRAPHQL_LIMITS.depth)
      },
      Document: {
        leave() {
          if (aliases > GRAPHQL_LIMITS.aliases) refuse(MESSAGES.graphQLTooManyAliases, aliases, GRAPHQL_LIMITS.aliases)
        },
      },
    }
  }
