import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import { loadPage } from "../common/load-page.ts";
import type { Context } from "../context.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { PersonConnection } from "../person/person.connection.ts";
import { CountryContact } from "./country-contact.type.ts";
import { CountryConnection } from "./country.connection.ts";
import { Country } from "./country.type.ts";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: "A country by ISO 3166-1 alpha-2 code (null when no article names it)." })
  async country(@Ctx() ctx: Context, @Arg("code", () => String, { description: 'ISO code, e.g. "IR".' }) code: string): Promise<Country | null> {
    return ctx.loaders.countryByCode.load(code.trim().toUpperCase());
  }

  @Query(() => CountryConnection, { description: "Countries that articles name or people represent, by code." })
  async countries(@Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return loadPage(await ctx.lists.countryCodes(), args, ctx.loaders.countryByCode);
  }

  @FieldResolver(() => PersonConnection, { description: "People who represent the country, by name." })
  async people(@Root() country: Country, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return loadPage(await ctx.loaders.personIdsByCountryCode.load(country.code), args, ctx.loaders.personById);
  }

  @FieldResolver(() => [CountryContact], { description: "Countries whose officials met this country's officials, most meetings first." })
  async metCountries(@Root() country: Country, @Ctx() ctx: Context): Promise<CountryContact[]> {
    const contacts = await ctx.loaders.contactsByCountryCode.load(country.code);
    return contacts.map((c) => Object.assign(new CountryContact(), { ...c, meetingCount: c.meetingIds.length }));
  }
}

@Resolver(() => CountryContact)
export class CountryContactResolver {
  @FieldResolver(() => Country, { description: "The other country." })
  async country(@Root() contact: CountryContact, @Ctx() ctx: Context): Promise<Country | null> {
    return ctx.loaders.countryByCode.load(contact.countryCode);
  }

  @FieldResolver(() => MeetingConnection, { description: "The meetings between them, newest first." })
  async meetings(@Root() contact: CountryContact, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return loadPage(contact.meetingIds, args, ctx.loaders.meetingById);
  }
}
