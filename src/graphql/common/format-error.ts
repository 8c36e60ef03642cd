import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

/** A class-validator failure as type-graphql reports it (`extensions.validationErrors`). */
interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/**
 * Apollo's formatError: argument validation errors get their reasons in the top-level message
 * (type-graphql says only "Argument Validation Error") and lose the values class-validator
 * copies into them (which echoed whole submitted articles); unexpected errors are logged in full
 * and reach the client only as "Internal server error".
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const failures = formatted.extensions?.validationErrors as ValidationFailure[] | undefined;
  if (Array.isArray(failures)) {
    const reasons = failures.flatMap((f) => reasonsOf(f, []));
    return {
      ...formatted,
      message: `Invalid argument: ${reasons.flatMap((r) => r.messages).join("; ") || "validation failed"}.`,
      extensions: { code: "BAD_USER_INPUT", validationErrors: reasons.map((r) => ({ property: r.path, constraints: r.messages })) },
    };
  }
  if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
  console.error(unwrapResolverError(error));
  return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

function reasonsOf(failure: ValidationFailure, parents: string[]): { path: string; messages: string[] }[] {
  const path = [...parents, failure.property];
  const own = failure.constraints ? [{ path: path.join("."), messages: Object.values(failure.constraints) }] : [];
  return [...own, ...(failure.children ?? []).flatMap((child) => reasonsOf(child, path))];
}
