/**
 * `parley eval`: scores the extractor on the evaluation set committed under eval/ (gold files
 * eval/gold/<split>/<id>.json) against the article texts, which live outside the repository
 * (<texts>/<id>.txt), and prints figures per language and per category for each split. The
 * matching rules are the shared scorer's (../shared/eval/score.mjs), run once per language group;
 * the extractor is loaded once and runs in this process.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { extractArticle, toEvalRecord, type EvalRecord, type Language, type QuoteRule } from "../extract/index.ts";

const root = join(import.meta.dirname, "../..");
const SPLITS = ["dev", "blind"] as const;
const LANGUAGES: readonly Language[] = ["fa", "ar", "en"];

type Split = (typeof SPLITS)[number];

const USAGE = `usage: parley eval [--texts DIR] [--split dev|blind|all] [--lang fa|ar|en] [--gold DIR] [--scorer FILE] [--articles] [--rules] [--json]
  --texts DIR    article texts <id>.txt (default: $PARLEY_EVAL_TEXTS, else ../eval-texts beside the repository)
  --split        which part of the set to score (default: dev; the blind part is for the figures of record)
  --lang         only the articles in one language
  --gold DIR     gold folders <split>/<id>.json (default: eval/gold)
  --scorer FILE  the scorer (default: $PARLEY_EVAL_SCORER, else ../shared/eval/score.mjs beside the repository)
  --articles     also print persons, meetings and quotes F1 per article
  --rules        also measure each rule that gives quotes their speaker: its quotes, how many are right, and the
                 quotes F1 the split would have without them
  --json         print everything as JSON`;

/** What `parley eval` was asked to do. */
export interface EvalOptions {
  gold: string;
  texts: string;
  scorer: string;
  splits: Split[];
  lang: Language | null;
  articles: boolean;
  rules: boolean;
  json: boolean;
}

/** Precision, recall and F1 with their counts, as the scorer reports them. */
interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

/** Correct attributes among matched items (a matched person's country, a matched meeting's place or date). */
interface Ratio {
  ok: number;
  of: number;
}

/** The scorer's micro-averaged figures (score.mjs --json, `micro`). */
interface Micro {
  persons: Prf;
  countries: Prf;
  meetings: Prf;
  metPairs: Prf;
  quotes: Prf;
  quoteSpans: Prf;
  personCountry: Ratio;
  meetingLocation: Ratio;
  meetingDate: Ratio;
  publishedAt: Ratio;
}

/** One article's figures (score.mjs --json, `rows`). */
interface ScorerRow {
  article: string;
  persons: Prf;
  meetings: Prf;
  quotes: Prf;
}

/** What score.mjs --json prints. */
interface ScorerResult {
  rows: ScorerRow[];
  micro: Micro;
  score: number;
}

/** A gold file of the set: the scorer's shape plus the page's URL. */
interface Gold {
  id: string;
  article: string;
  language: Language;
  json: string;
}

/** The figures of one language (or "all") in one split. */
interface GroupResult extends ScorerResult {
  group: Language | "all";
  articles: number;
}

/** The figures of one split. */
interface SplitResult {
  split: Split;
  articles: number;
  scored: number;
  /** Articles with gold but no text file: reported, not scored. */
  missing: string[];
  /**
   * Articles whose text lacks spans of their gold (another copy of the page than the one
   * annotated): reported with what is absent, not scored, since their figures would be wrong.
   */
  mismatched: { id: string; absent: string[] }[];
  extractMs: number;
  groups: GroupResult[];
  /** With --rules: each speaker rule's quotes over the whole split. */
  rules?: RuleResult[];
}

/** One speaker rule measured alone: its quotes, how many of them match gold, and the split's quotes F1 without them. */
interface RuleResult {
  rule: QuoteRule;
  quotes: number;
  right: number;
  quotesF1Without: number;
}

/** `parley eval …`: prints the figures; exit 1 when nothing could be scored, 2 on a usage error. */
export async function runEval(args: string[]): Promise<number> {
  const options = parseEvalArgs(args);
  if (typeof options === "string") {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  for (const [what, path] of [["texts directory", options.texts], ["scorer", options.scorer], ["gold directory", options.gold]] as const) {
    if (!existsSync(path)) {
      console.error(`parley eval: no ${what} at ${path}`);
      return 1;
    }
  }
  const results: SplitResult[] = [];
  const work = mkdtempSync(join(tmpdir(), "parley-eval-"));
  try {
    for (const split of options.splits) {
      const dir = join(options.gold, split);
      if (!existsSync(dir)) {
        console.error(`parley eval: no gold for the ${split} part at ${dir}`);
        continue;
      }
      results.push(await evaluateSplit(split, readGold(dir, options.lang), options, join(work, split)));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // Per-article rows only when asked for.
  if (options.json) console.log(JSON.stringify({ splits: results.map((r) => ({ ...r, groups: r.groups.map((g) => ({ ...g, rows: options.articles ? g.rows : undefined })) })) }, null, 2));
  else for (const result of results) console.log(formatSplit(result, options.articles));
  return results.some((r) => r.scored > 0) ? 0 : 1;
}

/** Reads the command line and the environment into options, or returns what is wrong with them. */
export function parseEvalArgs(args: string[], env: NodeJS.ProcessEnv = process.env): EvalOptions | string {
  const options: EvalOptions = {
    gold: join(root, "eval/gold"),
    texts: env.PARLEY_EVAL_TEXTS || join(root, "../eval-texts"),
    scorer: env.PARLEY_EVAL_SCORER || join(root, "../shared/eval/score.mjs"),
    splits: ["dev"],
    lang: null,
    articles: false,
    rules: false,
    json: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--articles") options.articles = true;
    else if (arg === "--rules") options.rules = true;
    else if (["--texts", "--gold", "--scorer", "--split", "--lang"].includes(arg)) {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === "--texts") options.texts = resolve(value);
      else if (arg === "--gold") options.gold = resolve(value);
      else if (arg === "--scorer") options.scorer = resolve(value);
      else if (arg === "--split") {
        if (value !== "all" && !SPLITS.includes(value as Split)) return `--split must be dev, blind or all, not ${value}`;
        options.splits = value === "all" ? [...SPLITS] : [value as Split];
      } else {
        if (!LANGUAGES.includes(value as Language)) return `--lang must be fa, ar or en, not ${value}`;
        options.lang = value as Language;
      }
    } else return `unknown argument ${arg}`;
  }
  return options;
}

/** The gold files of one split folder, in one language if asked, sorted by id. */
function readGold(dir: string, lang: Language | null): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const json = readFileSync(join(dir, f), "utf8");
      const gold = JSON.parse(json) as { article?: string; language?: Language };
      const id = f.replace(/\.json$/, "");
      return { id, article: gold.article ?? `${id}.txt`, language: gold.language ?? (id.slice(0, 2) as Language), json };
    })
    .filter((g) => !lang || g.language === lang);
}

/** Extracts every article of a split that has a text, then scores it per language and as a whole. */
async function evaluateSplit(split: Split, gold: Gold[], options: EvalOptions, work: string): Promise<SplitResult> {
  const texts = new Map(gold.filter((g) => existsSync(join(options.texts, g.article))).map((g) => [g, readFileSync(join(options.texts, g.article), "utf8")]));
  const missing = gold.filter((g) => !texts.has(g)).map((g) => g.id);
  const mismatched = [...texts].map(([g, text]) => ({ id: g.id, absent: goldSpans(g).filter((span) => !text.includes(span)) })).filter((m) => m.absent.length > 0);
  const present = [...texts.keys()].filter((g) => !mismatched.some((m) => m.id === g.id));
  const started = performance.now();
  const records: EvalRecord[] = present.map((g) => toEvalRecord(g.article, extractArticle(texts.get(g)!)));
  const extractMs = performance.now() - started;
  mkdirSync(work, { recursive: true });
  const pred = join(work, "pred.json");
  writeFileSync(pred, JSON.stringify(records));
  const languages = LANGUAGES.filter((lang) => present.some((g) => g.language === lang));
  const groups: { group: Language | "all"; gold: Gold[] }[] = [
    ...languages.map((lang) => ({ group: lang, gold: present.filter((g) => g.language === lang) })),
    ...(languages.length > 1 ? [{ group: "all" as const, gold: present }] : []),
  ];
  const scored = await Promise.all(groups.map(async ({ group, gold: members }) => ({ group, articles: members.length, ...(await score(options.scorer, writeGold(members, join(work, group)), pred)) })));
  const rules = options.rules && present.length > 0 ? await measureRules(options.scorer, present, records, join(work, "rules")) : undefined;
  return { split, articles: gold.length, scored: present.length, missing, mismatched, extractMs, groups: scored, rules };
}

/**
 * Scores each speaker rule on its own: the predictions keep only that rule's quotes (how many are right), then drop
 * them (the quotes F1 the split would have if the rule gave nobody). The scorer matches one to one, so a rule's count
 * of right quotes is exact unless two rules found the same quote.
 */
async function measureRules(scorer: string, gold: Gold[], records: EvalRecord[], dir: string): Promise<RuleResult[]> {
  const keeping = (keep: (rule: QuoteRule) => boolean) => records.map((r) => ({ ...r, quotes: r.quotes.filter((q) => keep(q.speakerRule)) }));
  const rules = [...new Set(records.flatMap((r) => r.quotes.map((q) => q.speakerRule)))].sort();
  const results: RuleResult[] = [];
  const goldDir = writeGold(gold, join(dir, "gold"));
  for (const rule of rules) {
    const only = join(dir, `${rule}.only.json`);
    const without = join(dir, `${rule}.without.json`);
    writeFileSync(only, JSON.stringify(keeping((r) => r === rule)));
    writeFileSync(without, JSON.stringify(keeping((r) => r !== rule)));
    const [alone, rest] = await Promise.all([score(scorer, goldDir, only), score(scorer, goldDir, without)]);
    results.push({ rule, quotes: alone.micro.quotes.pred, right: alone.micro.quotes.tp, quotesF1Without: rest.micro.quotes.f1 });
  }
  return results.sort((a, b) => b.quotes - a.quotes);
}

/** The exact spans a gold file quotes from its text: title, mentions, meeting evidence, quotes. */
function goldSpans(gold: Gold): string[] {
  const g = JSON.parse(gold.json) as {
    title?: string;
    persons?: { mentions?: string[] }[];
    meetings?: { evidence?: string }[];
    quotes?: { text?: string }[];
  };
  const spans = [g.title, ...(g.persons ?? []).flatMap((p) => p.mentions ?? []), ...(g.meetings ?? []).map((m) => m.evidence), ...(g.quotes ?? []).map((q) => q.text)];
  return [...new Set(spans.filter((span): span is string => typeof span === "string" && span.length > 0))];
}

/** Runs the shared scorer on a folder holding just these gold files. */
/** Writes gold files into a folder of their own for the scorer, which reads every file of the folder it is given. */
function writeGold(gold: Gold[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const g of gold) writeFileSync(join(dir, `${g.id}.json`), g.json);
  return dir;
}

async function score(scorer: string, goldDir: string, pred: string): Promise<ScorerResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [scorer, "--gold", goldDir, "--pred", pred, "--json"], { maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(stdout) as ScorerResult;
}

/** Rows of the printed table: scorer categories, then attribute accuracies. */
const PRF_ROWS: [keyof Micro, string][] = [
  ["persons", "persons"],
  ["countries", "countries"],
  ["meetings", "meetings"],
  ["metPairs", "met pairs"],
  ["quotes", "quotes"],
  ["quoteSpans", "quote spans"],
];
const RATIO_ROWS: [keyof Micro, string][] = [
  ["personCountry", "person country"],
  ["meetingLocation", "meeting place"],
  ["meetingDate", "meeting date"],
  ["publishedAt", "published date"],
];
const LABEL = 16;
const CELL = 19;

/** One split as a table: a column per language (and all), a row per category. */
function formatSplit(result: SplitResult, articles: boolean): string {
  const lines: string[] = [];
  const byLanguage = result.groups.filter((g) => g.group !== "all").map((g) => `${g.group} ${g.articles}`).join(", ");
  lines.push(`${result.split}: ${result.scored} of ${result.articles} articles scored${byLanguage ? ` (${byLanguage})` : ""}; extraction ${Math.round(result.extractMs)} ms`);
  if (result.missing.length > 0) lines.push(`  missing texts, not scored: ${result.missing.join(", ")}`);
  for (const { id, absent } of result.mismatched) {
    lines.push(`  ${id}: the text lacks ${absent.length} span(s) of its gold (another copy of the page?), not scored; first: ${JSON.stringify(absent[0].slice(0, 60))}`);
  }
  if (result.groups.length === 0) return lines.join("\n") + "\n";
  const cells = (f: (g: GroupResult) => string) => result.groups.map((g) => f(g).padEnd(CELL)).join("");
  lines.push("", `${"".padEnd(LABEL)}${cells((g) => `${g.group} (${g.articles})`)}`);
  for (const [key, label] of PRF_ROWS) lines.push(`${label.padEnd(LABEL)}${cells((g) => prfCell(g.micro[key] as Prf))}`);
  for (const [key, label] of RATIO_ROWS) lines.push(`${label.padEnd(LABEL)}${cells((g) => ratioCell(g.micro[key] as Ratio))}`);
  lines.push(`${"score".padEnd(LABEL)}${cells((g) => g.score.toFixed(3))}`);
  lines.push("", "  categories: F1 (precision/recall); attributes: share correct (correct/matched); score: mean F1 of persons, meetings, quotes");
  if (result.rules) {
    const all = result.groups.find((g) => g.group === "all") ?? result.groups[0];
    lines.push("", `speaker rules (quotes F1 ${all.micro.quotes.f1.toFixed(3)} with every rule)`, `${"rule".padEnd(24)}${"quotes".padEnd(8)}${"right".padEnd(8)}${"precision".padEnd(11)}quotes F1 without`);
    for (const r of result.rules) {
      lines.push(`${r.rule.padEnd(24)}${String(r.quotes).padEnd(8)}${String(r.right).padEnd(8)}${(r.right / r.quotes).toFixed(2).padEnd(11)}${r.quotesF1Without.toFixed(3)}`);
    }
  }
  if (articles) {
    const all = result.groups.find((g) => g.group === "all") ?? result.groups[0];
    lines.push("", `${"article".padEnd(LABEL)}${["persons", "meetings", "quotes"].map((k) => k.padEnd(10)).join("")}`);
    for (const row of all.rows) lines.push(`${row.article.replace(/\.txt$/, "").padEnd(LABEL)}${[row.persons, row.meetings, row.quotes].map((x) => x.f1.toFixed(2).padEnd(10)).join("")}`);
  }
  return lines.map((line) => line.trimEnd()).join("\n") + "\n";
}

function prfCell(x: Prf): string {
  return `${x.f1.toFixed(2)} (${x.p.toFixed(2)}/${x.r.toFixed(2)})`;
}

function ratioCell(x: Ratio): string {
  return x.of === 0 ? "–" : `${(x.ok / x.of).toFixed(2)} (${x.ok}/${x.of})`;
}
