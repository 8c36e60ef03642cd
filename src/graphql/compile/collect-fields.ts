import { isAbstractType, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type SelectionSetNode } from "graphql";

/** Decides an `@include(if:)` / `@skip(if:)` argument (recording a guard when it is a variable). */
export type DirectiveTest = (directive: "include" | "skip", node: FieldNode | SelectionSetNode["selections"][number]) => boolean;

/**
 * The fields a selection asks of an object of `type`, grouped by response key in document order,
 * as GraphQL's CollectFields algorithm (spec §6.3.2) groups them: fragments whose type condition
 * the type meets are expanded, and `@skip`/`@include` are applied.
 */
export function collectFields(
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  test: DirectiveTest,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, test)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || appliesTo(schema, selection.typeCondition.name.value, type)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (visited.has(name) || !fragment || !appliesTo(schema, fragment.typeCondition.name.value, type)) continue;
        visited.add(name);
        visit(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}

function included(selection: SelectionSetNode["selections"][number], test: DirectiveTest): boolean {
  const names = new Set(selection.directives?.map((d) => d.name.value));
  if (names.has("skip") && test("skip", selection)) return false;
  if (names.has("include") && !test("include", selection)) return false;
  return true;
}

/** Whether a fragment on `condition` applies to an object of `type`. */
function appliesTo(schema: GraphQLSchema, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}
