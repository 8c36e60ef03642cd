import { Field, ID, InterfaceType } from "type-graphql";
import { CONCRETE_TYPE } from "../compile/plan.ts";

@InterfaceType({
  description: "An object with a global id, fetchable with `node(id:)`.",
  // The statement knows which type each id named; the reader marks the object with it.
  resolveType: (value: { [CONCRETE_TYPE]?: string }) => value[CONCRETE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, opaque id." })
  id!: string;
}
