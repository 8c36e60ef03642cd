import { registerEnumType } from "type-graphql";

/** Sort direction shared by every `orderBy` input. */
export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Possible directions in which to order a list of items.",
  valuesConfig: { ASC: { description: "Ascending order." }, DESC: { description: "Descending order." } },
});
