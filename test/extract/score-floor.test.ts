import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, toEvalRecord } from "../../src/extract/index.ts";

const root = join(import.meta.dirname, "../..");
const goldDir = join(root, "../shared/gold");
const scorer = join(root, "../shared/eval/score.mjs");
const seedsDir = join(root, "seeds");
const floor = JSON.parse(readFileSync(join(root, "test/fixtures/score-floor.json"), "utf8")) as Record<string, number>;
const available = existsSync(goldDir) && existsSync(scorer) && existsSync(seedsDir);

describe.skipIf(!available)("extraction score on the seed articles (skipped: ../shared/gold or the scorer is missing)", () => {
  it("stays at or above the floor in test/fixtures/score-floor.json", () => {
    const records = readdirSync(seedsDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => toEvalRecord(f, extractArticle(readFileSync(join(seedsDir, f), "utf8"))));
    const pred = join(mkdtempSync(join(tmpdir(), "parley-score-")), "pred.json");
    writeFileSync(pred, JSON.stringify(records));
    const result = JSON.parse(execFileSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8" }));
    expect(result.score).toBeGreaterThanOrEqual(floor.score);
    for (const category of ["persons", "meetings", "quotes", "countries"]) {
      expect(result.micro[category].f1, category).toBeGreaterThanOrEqual(floor[category]);
    }
  });
});
