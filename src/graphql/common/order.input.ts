import { Field, InputType } from "type-graphql";
import { OrderDirection } from "./order-direction.enum.ts";

/**
 * Makes the `<Name>Order` input of a list: one of its order fields and a direction.
 * Use as `@InputType({ description: … }) class PersonOrder extends Order(PersonOrderField) {}`,
 * with `fieldEnum` registered through `registerEnumType`.
 */
export function Order<FieldEnum extends Record<string, string>>(fieldEnum: FieldEnum) {
  @InputType()
  abstract class OrderBase {
    @Field(() => fieldEnum, { description: "The property to order by." })
    field!: FieldEnum[keyof FieldEnum];

    @Field(() => OrderDirection, { description: "The direction to order in." })
    direction!: OrderDirection;
  }
  return OrderBase;
}
