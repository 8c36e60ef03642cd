/** The rules every entry point shares (API, CLI, .jsonl): refusals name the field and the rule, never the text. */
import { describe, expect, it } from "vitest";
import { InvalidArticleError, MAX_ARTICLE_LENGTH, validateArticle } from "../../src/ingest/index.ts";

const today = new Date("2026-12-06T22:30:00Z");
const article = (hints: object) => validateArticle({ text: "Lavrov met Kerry.", sourceName: "t", hints }, today);

function refusal(run: () => unknown): InvalidArticleError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArticleError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("validateArticle", () => {
  it("accepts publishedAt from 1900-01-01 to tomorrow (UTC) and refuses the rest, naming the range", () => {
    for (const day of ["1900-01-01", "2016-03-24", "2026-12-06", "2026-12-07"]) expect(article({ publishedAt: day }).hints.publishedAt).toBe(day);
    for (const day of ["1899-12-31", "2026-12-08", "9999-12-31"]) {
      const error = refusal(() => article({ publishedAt: day }));
      expect(error.field).toBe("publishedAt");
      expect(error.message).toBe(`publishedAt must lie between 1900-01-01 and tomorrow, 2026-12-07 (got ${day}).`);
    }
    expect(refusal(() => article({ publishedAt: "2016-02-30" })).message).toMatch(/not a real date/);
  });

  it("names the rule for oversized, empty and binary text without repeating it", () => {
    const huge = "سخن ".repeat(70_000);
    const error = refusal(() => validateArticle({ text: huge, sourceName: "t" }, today));
    expect(error.field).toBe("text");
    expect(error.message).toBe(`Article text is ${huge.trimEnd().length} characters; the limit is ${MAX_ARTICLE_LENGTH}.`);
    expect(refusal(() => validateArticle({ text: " \n ", sourceName: "t" })).message).toBe("Article text is empty.");
    expect(refusal(() => validateArticle({ text: "secret\u0000words", sourceName: "t" })).message).not.toContain("secret");
  });

  it("cuts a long bad value short in its message", () => {
    const error = refusal(() => article({ language: "x".repeat(5_000) }));
    expect(error.field).toBe("language");
    expect(error.message.length).toBeLessThan(120);
  });
});
