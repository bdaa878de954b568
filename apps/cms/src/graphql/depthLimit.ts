import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/**
 * Deep enough for every real query of this schema (a record, its relations and theirs); far too
 * shallow for the relation loops (network → municipality → network → …) that make one query
 * cost the server a lot. (Payload refuses introspection in production anyway.)
 */
export const MAX_QUERY_DEPTH = 12

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting))
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting))
      visiting.delete(name)
    }
  }
  return deepest
}

/** A validation rule that refuses operations nested deeper than `max` fields. */
export function depthLimit(max: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `Query is nested ${depth} levels deep; at most ${max} are allowed. / ` +
                `Die Abfrage ist ${depth} Ebenen tief verschachtelt; erlaubt sind höchstens ${max}.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
}
