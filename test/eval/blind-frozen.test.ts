/**
 * The blind part of the evaluation set is frozen: every gold file is listed in SHA256SUMS with
 * the checksum it had when it was frozen, and nothing unlisted has been added.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const blind = join(import.meta.dirname, "../../eval/gold/blind");

/** file name → sha256 as listed in SHA256SUMS (`<hex>  <name>` lines). */
function listed(): Map<string, string> {
  const lines = readFileSync(join(blind, "SHA256SUMS"), "utf8").split("\n").filter(Boolean);
  return new Map(lines.map((line) => {
    const [hash, name] = line.split(/\s+\*?/);
    return [name, hash];
  }));
}

describe("the blind part", () => {
  it("holds exactly the gold files frozen in SHA256SUMS, unchanged", () => {
    const sums = listed();
    const files = readdirSync(blind).filter((f) => f.endsWith(".json")).sort();
    expect(files).toEqual([...sums.keys()].sort());
    for (const file of files) expect(createHash("sha256").update(readFileSync(join(blind, file))).digest("hex"), file).toBe(sums.get(file));
  });

  it("is at least a third of the evaluation set, in every language", () => {
    const count = (split: string, lang: string) => readdirSync(join(blind, "..", split)).filter((f) => f.startsWith(`${lang}-`) && f.endsWith(".json")).length;
    for (const lang of ["fa", "ar", "en"]) {
      expect(count("blind", lang) * 3, lang).toBeGreaterThanOrEqual(count("blind", lang) + count("dev", lang));
      expect(count("blind", lang) + count("dev", lang), lang).toBeGreaterThanOrEqual(50);
    }
  });
});
