import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its list (Relay cursor connections)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether there are items after this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether there are items before this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; null on an empty page." })
  endCursor!: string | null;
}
