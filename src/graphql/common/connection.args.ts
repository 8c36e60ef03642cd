import { ArgsType, Field, Int } from "type-graphql";

/** Largest page a connection returns; `first`/`last` above it are refused. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay's paging arguments; compile/connection.ts checks and applies them. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items (1–${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Return the last n items (1–${MAX_PAGE_SIZE}).` })
  last?: number;

  @Field(() => String, { nullable: true, description: "Return items before this cursor." })
  before?: string;
}
