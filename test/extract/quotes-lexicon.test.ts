import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Quote cues of the lexicon in each language; every sentence is written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("the cue lexicon of each language", () => {
  it("reads Arabic إنها as a complementizer, not as the Persian plural pronoun آنها", () => {
    const text = "وصل لافروف إلى القاهرة، لكن لافروف قال إنها زيارة مهمة للعلاقات بين البلدين.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "زيارة مهمة للعلاقات بين البلدين", false]]);
  });
});
