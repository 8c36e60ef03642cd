import { describe, expect, it } from "vitest";
import { fold } from "../../src/extract/normalize.ts";
import { PhraseMatcher } from "../../src/extract/phrase-matcher.ts";
import { tokenize, wordNumber, wordTableGeneration } from "../../src/extract/tokens.ts";

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

  it("still reads words right after the word table has started afresh (a long-running ingest)", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("Tsahkna", "EE");
    expect(phrasesIn(matcher, "Kallas met Tsahkna")).toEqual([[fold("Tsahkna"), ["EE"]]]);
    const tsahkna = wordNumber(fold("Tsahkna"));
    const generation = wordTableGeneration();
    for (let n = 0; wordTableGeneration() === generation; n++) wordNumber(`w${n}`);
    // Numbers are handed out again from 0: give another word the number Tsahkna had.
    for (let n = 0; wordNumber(`v${n}`) < tsahkna - 1; n++);
    expect(wordNumber(fold("Reinsalu"))).toBe(tsahkna);
    expect(phrasesIn(matcher, "Kallas met Reinsalu")).toEqual([]);
    expect(phrasesIn(matcher, "Tsahkna met Kallas")).toEqual([[fold("Tsahkna"), ["EE"]]]);
  });
});
