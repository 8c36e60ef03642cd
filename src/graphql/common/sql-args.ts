/**
 * Arguments as SQL: ids, names, search words and dates become parameters here, once, for every
 * list and filter that takes them.
 */
import { fold } from "../../extract/index.ts";
import type { FieldScope } from "../compile/compiler.ts";
import type { ArgumentValues } from "../compile/field-args.ts";
import type { Sql } from "../compile/sql.ts";
import { badUserInput } from "./errors.ts";
import { databaseId, type NodeTypeName } from "./global-id.ts";

/** An argument turned into SQL, or the reason it is refused. */
export type Checked<T> = { ok: T } | { refused: Sql };

/** The database id inside a global id argument of `type`, as a parameter (null when absent); refused when it is not one. */
export function idArgument(scope: FieldScope, argument: string, type: Exclude<NodeTypeName, "Country">): Checked<Sql | null> {
  const state = scope.args.decide((args) => (args[argument] == null ? "absent" : databaseId(args[argument] as string, type) === null ? "invalid" : "valid"));
  if (state === "invalid") return { refused: scope.plan.error(notAnId(scope, argument, type)) };
  return { ok: state === "absent" ? null : scope.args.param((args) => databaseId(args[argument] as string, type), "int") };
}

/** The database ids inside a list of global ids, one parameter each (the list's length shapes the SQL). */
export function idListArgument(scope: FieldScope, argument: string, type: Exclude<NodeTypeName, "Country">): Checked<Sql[]> {
  const count = scope.args.decide((args) => {
    const ids = (args[argument] ?? []) as string[];
    return ids.every((id) => databaseId(id, type) !== null) ? ids.length : -1;
  });
  if (count < 0) return { refused: scope.plan.error(notAnId(scope, argument, type)) };
  return { ok: Array.from({ length: count }, (_, i) => scope.args.param((args) => databaseId((args[argument] as string[])[i], type), "int")) };
}

function notAnId(scope: FieldScope, argument: string, type: NodeTypeName) {
  return badUserInput(`Argument "${argument}" of ${scope.definition.name} is not a ${type} id. Use the id field of a ${type}.`, argument);
}

/** A person named by a name argument (any spelling, any script): the id, and the error when none is known. */
export interface NamedPerson {
  id: Sql;
  /** The NOT_FOUND answer to give instead, when the name is unknown and a person is required. */
  unknown: Sql;
}

/** Looks a name up inside the statement; `read` gives the name from the arguments. */
export function personNamed(scope: FieldScope, read: (args: ArgumentValues) => string | null | undefined, required: boolean): NamedPerson {
  const key = (args: ArgumentValues) => fold(read(args) ?? "") || null;
  return scope.plan.personByName({
    key: scope.args.param(key, "text"),
    pattern: scope.args.param((args) => (key(args) ? `%${escapeLike(key(args)!)}%` : null), "text"),
    name: scope.args.reader(read),
    required,
  });
}

/** Answers `sql`, or the NOT_FOUND error of the first name that is unknown. */
export function requirePeople(people: readonly NamedPerson[], sql: Sql): Sql {
  return people.reduceRight((answer, person) => `CASE WHEN ${person.id} IS NULL THEN ${person.unknown} ELSE ${answer} END`, sql);
}

/** Folded search words (each must occur), as LIKE patterns: one parameter per word. */
export function searchPatterns(scope: FieldScope, argument = "search"): Sql[] {
  const words = (args: ArgumentValues) => (args[argument] ? fold(args[argument] as string).split(" ").filter(Boolean) : []);
  const count = scope.args.decide((args) => words(args).length);
  return Array.from({ length: count }, (_, i) => scope.args.param((args) => `%${escapeLike(words(args)[i])}%`, "text"));
}

/** A Date argument as a `date` parameter (null when absent), or null when the argument is not given. */
export function dateArgument(scope: FieldScope, argument: string): Sql | null {
  const given = scope.args.decide((args) => args[argument] != null);
  return given ? scope.args.param((args) => (args[argument] as Date).toISOString().slice(0, 10), "date") : null;
}

/** A string argument as a parameter, trimmed; null when the argument is not given. */
export function textArgument(scope: FieldScope, argument: string, transform: (value: string) => string = (value) => value.trim()): Sql | null {
  const given = scope.args.decide((args) => args[argument] != null);
  return given ? scope.args.param((args) => transform(args[argument] as string), "text") : null;
}

/** A Language argument (FA) as the database's language (fa), or null when not given. */
export function languageArgument(scope: FieldScope, argument = "language"): Sql | null {
  const given = scope.args.decide((args) => args[argument] != null);
  return given ? `${scope.args.param((args) => (args[argument] as string).toLowerCase(), "text")}::"Language"` : null;
}

/** A language column as the GraphQL enum writes it (fa → FA). */
export function languageValue(column: Sql): Sql {
  return `upper(${column}::text)`;
}

/** An ISO country code argument, upper-cased, typed like the code columns (char(2)) so their indexes serve; null when not given. */
export function countryCodeArgument(scope: FieldScope, argument: string): Sql | null {
  const given = scope.args.decide((args) => args[argument] != null);
  return given ? scope.args.param((args) => (args[argument] as string).trim().toUpperCase(), "bpchar") : null;
}

/** Escapes LIKE's wildcards so a search word matches only itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A root `…(id:)` field: the object of `type` with that global id, null when unknown. */
export function byId(scope: FieldScope, type: Exclude<NodeTypeName, "Country">): Sql {
  const id = idArgument(scope, "id", type);
  if ("refused" in id) return id.refused;
  return scope.one((row) => `FROM "${type}" ${row} WHERE ${row}."id" = ${id.ok}`);
}
