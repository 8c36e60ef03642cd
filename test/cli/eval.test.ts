/**
 * `parley eval` as a user runs it, on a tiny set of our own (test/fixtures/eval): gold files per split,
 * texts in a folder of their own, one gold without a text, one whose text lacks a span of its gold.
 * Checks what is scored and reported, not how well the extractor does.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "../../src/cli/eval.ts";

const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const scorer = join(root, "../shared/eval/score.mjs");
const fixture = join(root, "test/fixtures/eval");
const onFixture = ["--gold", join(fixture, "gold"), "--texts", join(fixture, "texts")];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx src/cli.ts eval …`. */
function parleyEval(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ["src/cli.ts", "eval", ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface Figures {
  tp: number;
  pred: number;
  gold: number;
  f1: number;
}

interface SplitJson {
  split: string;
  articles: number;
  scored: number;
  missing: string[];
  mismatched: { id: string; absent: string[] }[];
  groups: { group: string; articles: number; score: number; micro: Record<string, Figures>; rows?: { article: string }[] }[];
  rules?: { rule: string; quotes: number; right: number; quotesF1Without: number }[];
}

describe("parley eval: options", () => {
  it("defaults to the dev part, the texts beside the repository and the shared scorer, and reads the environment", () => {
    const options = parseEvalArgs([], {});
    expect(typeof options).toBe("object");
    if (typeof options === "string") return;
    expect(options.splits).toEqual(["dev"]);
    expect(options.texts).toBe(join(root, "../eval-texts"));
    expect(options.scorer).toBe(join(root, "../shared/eval/score.mjs"));
    expect(options.gold).toBe(join(root, "eval/gold"));
    const fromEnv = parseEvalArgs(["--split", "all", "--lang", "ar"], { PARLEY_EVAL_TEXTS: "/data/texts", PARLEY_EVAL_SCORER: "/data/score.mjs" });
    expect(fromEnv).toMatchObject({ texts: "/data/texts", scorer: "/data/score.mjs", splits: ["dev", "blind"], lang: "ar" });
    expect(parseEvalArgs(["--texts", "/elsewhere"], { PARLEY_EVAL_TEXTS: "/data/texts" })).toMatchObject({ texts: "/elsewhere" });
  });

  it("refuses unknown splits, languages and arguments", () => {
    expect(parseEvalArgs(["--split", "test"], {})).toMatch(/--split/);
    expect(parseEvalArgs(["--lang", "de"], {})).toMatch(/--lang/);
    expect(parseEvalArgs(["--texts"], {})).toMatch(/needs a value/);
    expect(parseEvalArgs(["--verbose"], {})).toMatch(/unknown argument/);
  });
});

describe.skipIf(!existsSync(scorer))("parley eval (skipped: ../shared/eval/score.mjs is missing)", () => {
  it("scores the dev part per language and as a whole, and reports an article without a text, or with a text that is not its gold's, unscored", async () => {
    const run = await parleyEval([...onFixture, "--json", "--articles"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [dev, ...others] = JSON.parse(run.stdout).splits as SplitJson[];
    expect(others).toEqual([]);
    expect(dev).toMatchObject({ split: "dev", articles: 4, scored: 2, missing: ["ar-d01"] });
    expect(dev.mismatched).toEqual([{ id: "en-d02", absent: ["the two countries would keep working together on energy"] }]);
    expect(dev.groups.map((g) => [g.group, g.articles])).toEqual([["fa", 1], ["en", 1], ["all", 2]]);
    const all = dev.groups[2];
    // Gold counts come from the fixture alone: two persons, one meeting and one quote in each article.
    expect([all.micro.persons.gold, all.micro.meetings.gold, all.micro.quotes.gold]).toEqual([4, 2, 2]);
    for (const category of ["persons", "countries", "meetings", "metPairs", "quotes", "quoteSpans"]) {
      expect(all.micro[category].tp, category).toBe(dev.groups[0].micro[category].tp + dev.groups[1].micro[category].tp);
    }
    expect(all.score).toBeGreaterThanOrEqual(0);
    expect(all.score).toBeLessThanOrEqual(1);
    expect(all.rows?.map((r) => r.article)).toEqual(["en-d01.txt", "fa-d01.txt"]);
  });

  it("prints a table per split, in one language when asked", async () => {
    const run = await parleyEval([...onFixture, "--split", "all", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^dev: 1 of 2 articles scored \(en 1\)/m);
    expect(run.stdout).toMatch(/^  en-d02: the text lacks 1 span\(s\) of its gold .*not scored/m);
    expect(run.stdout).toMatch(/^blind: 1 of 1 articles scored \(en 1\)/m);
    for (const row of ["persons", "countries", "meetings", "met pairs", "quotes", "quote spans", "person country", "meeting place", "meeting date", "score"]) {
      expect(run.stdout).toMatch(new RegExp(`^${row} +[0-9–]`, "m"));
    }
    expect(run.stdout).not.toMatch(/fa \(|ar \(|all \(/);
  });

  it("measures each speaker rule with --rules: every quote counted under the rule that found it, and the F1 left without it", async () => {
    const run = await parleyEval([...onFixture, "--json", "--rules"]);
    expect(run.code).toBe(0);
    const [dev] = JSON.parse(run.stdout).splits as SplitJson[];
    const all = dev.groups.find((g) => g.group === "all")!;
    const rules = dev.rules ?? [];
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.reduce((n, r) => n + r.quotes, 0)).toBe(all.micro.quotes.pred);
    expect(rules.reduce((n, r) => n + r.right, 0)).toBe(all.micro.quotes.tp);
    for (const r of rules) {
      expect(r.rule).toMatch(/^[a-z-]+$/);
      // Leaving out right quotes can only lower the F1; leaving out only wrong ones can only raise it.
      if (r.right === r.quotes) expect(r.quotesF1Without).toBeLessThanOrEqual(all.micro.quotes.f1);
      if (r.right === 0) expect(r.quotesF1Without).toBeGreaterThanOrEqual(all.micro.quotes.f1);
    }
    const table = await parleyEval([...onFixture, "--rules"]);
    expect(table.stdout).toMatch(/^speaker rules \(quotes F1 [0-9.]+ with every rule\)$/m);
    expect(table.stdout).toMatch(new RegExp(`^${rules[0].rule} +${rules[0].quotes} +${rules[0].right} `, "m"));
  });

  it("fails with a message when the texts are not there", async () => {
    const run = await parleyEval(["--gold", join(fixture, "gold"), "--texts", join(fixture, "no-such-folder")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no texts directory at .*no-such-folder/);
  });
});
