import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info.type.ts";
import type { Page } from "./paginate.ts";

/** Shape every `<Name>Connection` has, for code that builds them. */
export interface ConnectionShape<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Makes `<Name>Connection` and `<Name>Edge` for a node type (Relay cursor connections).
 * Use as `@ObjectType(...) class PersonConnection extends Connection(Person, "Person") {}`.
 */
export function Connection<Node extends object>(nodeType: ClassType<Node>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this item, for `after`/`before`." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: Node;
  }

  @ObjectType()
  abstract class ConnectionBase implements ConnectionShape<Node> {
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

/** Builds a connection from a page of keys and the nodes loaded for them (same order; missing ones dropped). */
export function toConnection<Node>(page: Page<string | number>, nodes: (Node | null | undefined | Error)[]): ConnectionShape<Node> {
  const edges = page.cursors.flatMap((cursor, i) => {
    const node = nodes[i];
    return node && !(node instanceof Error) ? [{ cursor, node }] : [];
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
