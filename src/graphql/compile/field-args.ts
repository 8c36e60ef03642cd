import { Kind, type ValueNode } from "graphql";
import type { ArgumentSite, PlanBuilder, Reader } from "./plan.ts";
import type { Sql } from "./sql.ts";

/** Coerced argument values of a field, by name. */
export type ArgumentValues = Record<string, unknown>;

/**
 * A field's arguments as the compiler sees them. What decides the SQL's shape is read with
 * `decide` (a guard when it depends on variables); values are bound with `param`.
 */
export class FieldArgs {
  private readonly dynamic: boolean;

  constructor(
    private readonly plan: PlanBuilder,
    private readonly site: ArgumentSite,
  ) {
    this.dynamic = site.node.arguments?.some((argument) => usesVariables(argument.value)) ?? false;
  }

  /** Reads something that decides the SQL's shape (which filters, which order, whether valid). */
  decide<T>(read: (args: ArgumentValues) => T): T {
    if (!this.dynamic) return read(this.plan.values.argumentsOf(this.site));
    return this.plan.decide((request) => read(request.argumentsOf(this.site)));
  }

  /** A parameter bound from the arguments on each request. */
  param(read: (args: ArgumentValues) => unknown, cast: string): Sql {
    return this.plan.param(this.reader(read), cast);
  }

  /** Reads something from the arguments of a later request (for messages, not for SQL). */
  reader(read: (args: ArgumentValues) => unknown): Reader {
    return (request) => read(request.argumentsOf(this.site));
  }
}

/** Whether a literal argument value contains a `$variable` anywhere. */
export function usesVariables(value: ValueNode): boolean {
  switch (value.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return value.values.some(usesVariables);
    case Kind.OBJECT:
      return value.fields.some((field) => usesVariables(field.value));
    default:
      return false;
  }
}
