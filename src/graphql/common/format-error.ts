import type { GraphQLFormattedError } from "graphql";

/** A class-validator failure as type-graphql reports it (`extensions.validationErrors`). */
interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/**
 * An argument validation error with its reasons in the top-level message (type-graphql says
 * only "Argument Validation Error") and without the values class-validator copies into
 * `extensions.validationErrors` (which echoed whole submitted articles). Other errors pass as
 * they are.
 */
export function withValidationReasons(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const failures = formatted.extensions?.validationErrors as ValidationFailure[] | undefined;
  if (!Array.isArray(failures)) return formatted;
  const reasons = failures.flatMap((f) => reasonsOf(f, []));
  return {
    ...formatted,
    message: `Invalid argument: ${reasons.flatMap((r) => r.messages).join("; ") || "validation failed"}.`,
    extensions: { ...formatted.extensions, code: "BAD_USER_INPUT", validationErrors: reasons.map((r) => ({ property: r.path, constraints: r.messages })) },
  };
}

function reasonsOf(failure: ValidationFailure, parents: string[]): { path: string; messages: string[] }[] {
  const path = [...parents, failure.property];
  const own = failure.constraints ? [{ path: path.join("."), messages: Object.values(failure.constraints) }] : [];
  return [...own, ...(failure.children ?? []).flatMap((child) => reasonsOf(child, path))];
}
