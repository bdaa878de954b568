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

/** What one document's depth walk keeps: its fragments, each fragment's depth once known. */
type Walk = { fragments: Record<string, FragmentDefinitionNode>; known: Map<string, number>; visiting: Set<string> }

/**
 * Each fragment's depth is worked out once per document: a fragment spread twice in each of a
 * chain of fragments would otherwise double the work per link, and a 1 KB query could keep the
 * server busy for seconds before any other limit looks at it.
 */
function depthOf(selectionSet: SelectionSetNode | undefined, walk: Walk): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, walk))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, walk))
    } else {
      deepest = Math.max(deepest, fragmentDepth(selection.name.value, walk))
    }
  }
  return deepest
}

function fragmentDepth(name: string, walk: Walk): number {
  const known = walk.known.get(name)
  if (known !== undefined) return known
  const fragment = walk.fragments[name]
  // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
  if (!fragment || walk.visiting.has(name)) return 0
  walk.visiting.add(name)
  const depth = depthOf(fragment.selectionSet, walk)
  walk.visiting.delete(name)
  walk.known.set(name, depth)
  return depth
}

/** A validation rule that refuses operations nested deeper than `max` fields. */
export function depthLimit(max: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    const walk: Walk = { fragments, known: new Map(), visiting: new Set() }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, walk)
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
