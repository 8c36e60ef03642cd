import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info.type.ts";

/**
 * Makes `<Name>Connection` and `<Name>Edge` for a node type (Relay cursor connections).
 * Use as `@ObjectType(...) class PersonConnection extends Connection(Person, "Person") {}`.
 */
export function Connection<Node extends object>(nodeType: ClassType<Node>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this item, for `after`/`before`." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: Node;
  }

  @ObjectType()
  abstract class ConnectionBase {
    @Field(() => [Edge], { description: "The items of this page, each with its cursor." })
    edges!: Edge[];

    @Field(() => [nodeType], { description: "The items of this page, without cursors (a shortcut for edges.node)." })
    nodes!: Node[];

    @Field(() => PageInfo, { description: "Cursors and flags for fetching the neighbouring pages." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of items in the whole list, across all pages." })
    totalCount!: number;
  }
  return ConnectionBase;
}
