import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, toEvalRecord } from "../../src/extract/index.ts";

const root = join(import.meta.dirname, "../..");
const seedGold = join(root, "../shared/gold");
const scorer = join(root, "../shared/eval/score.mjs");
const seedsDir = join(root, "seeds");
const ownGold = join(root, "eval/own/dev");
const ownTexts = join(root, "eval/own/texts");
type Floor = Record<"score" | "persons" | "meetings" | "quotes" | "countries", number>;
const floors = JSON.parse(readFileSync(join(root, "test/fixtures/score-floor.json"), "utf8")) as { seeds: Floor; own: Floor };

/** The scorer's figures for the texts of a folder against a folder of gold files. */
function score(textsDir: string, goldDir: string) {
  const records = readdirSync(textsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => toEvalRecord(f, extractArticle(readFileSync(join(textsDir, f), "utf8"))));
  const pred = join(mkdtempSync(join(tmpdir(), "parley-score-")), "pred.json");
  writeFileSync(pred, JSON.stringify(records));
  return JSON.parse(execFileSync(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8" }));
}

function expectAtFloor(result: { score: number; micro: Record<string, { f1: number }> }, floor: Floor) {
  expect(result.score).toBeGreaterThanOrEqual(floor.score);
  for (const category of ["persons", "meetings", "quotes", "countries"] as const) {
    expect(result.micro[category].f1, category).toBeGreaterThanOrEqual(floor[category]);
  }
}

describe.skipIf(!existsSync(seedGold) || !existsSync(scorer))("extraction score on the seed articles (skipped: ../shared/gold or the scorer is missing)", () => {
  it("stays at or above the floor in test/fixtures/score-floor.json", () => {
    expectAtFloor(score(seedsDir, seedGold), floors.seeds);
  });
});

describe.skipIf(!existsSync(scorer))("extraction score on the articles of our own in eval/own (skipped: the scorer is missing)", () => {
  it("stays at or above the floor in test/fixtures/score-floor.json", () => {
    expectAtFloor(score(ownTexts, ownGold), floors.own);
  });
});
