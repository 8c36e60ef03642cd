import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import type { Context } from "../context.ts";
import { connectionCost } from "../limits.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { PersonConnection } from "../person/person.connection.ts";
import { CountryContact } from "./country-contact.type.ts";
import { CountryConnection } from "./country.connection.ts";
import { Country } from "./country.type.ts";

/** Countries. Every field is answered by the operation's one SQL statement (country.sql.ts says how). */
@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: "A country by ISO 3166-1 alpha-2 code (null when no article names it)." })
  country(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("code", () => String, { description: 'ISO code, e.g. "IR".' }) _code: string) {
    return ctx.reader.root(info);
  }

  @Query(() => CountryConnection, { description: "Countries that articles name or people represent, by code.", complexity: connectionCost })
  countries(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.root(info);
  }

  @FieldResolver(() => PersonConnection, { description: "People who represent the country, by name.", complexity: connectionCost })
  people(@Root() country: Country, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(country, info);
  }
}

@Resolver(() => CountryContact)
export class CountryContactResolver {
  @FieldResolver(() => MeetingConnection, { description: "The meetings between them, newest first.", complexity: connectionCost })
  meetings(@Root() contact: CountryContact, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(contact, info);
  }
}
