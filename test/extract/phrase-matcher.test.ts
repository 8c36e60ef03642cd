import { describe, expect, it } from "vitest";
import { fold } from "../../src/extract/normalize.ts";
import { PhraseMatcher } from "../../src/extract/phrase-matcher.ts";
import { tokenize, wordNumber, wordTableStart } from "../../src/extract/tokens.ts";

function phrasesIn(matcher: PhraseMatcher<string>, text: string, clitics = false) {
  const folded = fold(text);
  return matcher.findAll(tokenize(folded), folded, { clitics }).map((m) => [folded.slice(m.start, m.end), m.values]);
}

describe("PhraseMatcher", () => {
  it("finds the longest listed phrase at each word, with Arabic clitics and Persian suffixes left out of the span", () => {
    const matcher = new PhraseMatcher<string>({ suffixes: ["ای"] });
    matcher.add("وزير الخارجية", "fm");
    matcher.add("وزير", "minister");
    matcher.add("چین", "CN");
    expect(phrasesIn(matcher, "ووزير الخارجية و وزير", true)).toEqual([[fold("وزير الخارجية"), ["fm"]], [fold("وزير"), ["minister"]]]);
    expect(phrasesIn(matcher, "همتای چینی‌ای")).toEqual([]);
    expect(phrasesIn(matcher, "سفیر چینای")).toEqual([[fold("چین"), ["CN"]]]);
  });

  it("finds a phrase added after the matcher was used, on words it has already seen", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("Kaja Kallas", "EE");
    expect(phrasesIn(matcher, "Kallas met Tsahkna in Tallinn")).toEqual([]);
    matcher.add("Tsahkna", "EE");
    expect(phrasesIn(matcher, "Kallas met Tsahkna in Tallinn")).toEqual([[fold("Tsahkna"), ["EE"]]]);
  });

  it("reads words right across the word table starting afresh, also tokens numbered before it (a long-running ingest)", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("Tsahkna", "EE");
    const before = fold("Kallas met Tsahkna");
    const tokensBefore = tokenize(before);
    expect(matcher.findAll(tokensBefore, before).map((m) => m.values)).toEqual([["EE"]]);
    const start = wordTableStart();
    for (let n = 0; wordTableStart() === start; n++) wordNumber(`w${n}`);
    // Tokens of the same article, numbered before the table started afresh, are still read right…
    expect(matcher.findAll(tokensBefore, before).map((m) => m.values)).toEqual([["EE"]]);
    // …and no word numbered after it is taken for one numbered before.
    expect(phrasesIn(matcher, "Kallas met Reinsalu")).toEqual([]);
    expect(phrasesIn(matcher, "Tsahkna met Kallas")).toEqual([[fold("Tsahkna"), ["EE"]]]);
    // Numbers are never given twice: every word numbered since is above every word numbered before.
    const since = tokenize(fold("Reinsalu met Tsahkna and Kallas"));
    expect(Math.min(...since.map((t) => t.word))).toBeGreaterThan(Math.max(...tokensBefore.map((t) => t.word)));
  });
});
