import type { OperationDefinitionNode } from "graphql";
import type { Plan, RequestValues } from "./plan.ts";

/** Variants kept per operation (one per shape of its variables: null or not, order, flags). */
const MAX_VARIANTS = 16;

/**
 * Compiled plans by operation: an operation is compiled once per shape of its variables, and
 * later requests of that shape only bind parameters. Operations come from Apollo's
 * parsed-document cache (or the fast path's), so a WeakMap keyed by them is freed with them.
 */
export class PlanCache {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Plan[]>();

  /** The plan whose guards accept `values`, compiling (and keeping) a new variant when none does. */
  get(operation: OperationDefinitionNode, values: RequestValues, compile: () => Plan): Plan {
    const variants = this.byOperation.get(operation) ?? [];
    const found = variants.find((plan) => plan.guards.every((guard) => (JSON.stringify(guard.read(values)) ?? "undefined") === guard.expected));
    if (found) return found;
    const plan = compile();
    this.byOperation.set(operation, [plan, ...variants].slice(0, MAX_VARIANTS));
    return plan;
  }
}
