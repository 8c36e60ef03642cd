import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Persian quote shapes found by probing with speech articles of our own (eval/own, own-fa-s*); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("news announced: «از X خبر داد»", () => {
  it("reads the announced matter as the named subject's statement", () => {
    const text = "گیورگی کوچاوا معاون وزیر اقتصاد گرجستان از گشایش دفتر تجاری تفلیس در شیراز خبر داد.";
    expect(quotes(extract(text))).toEqual([["name:گیورگی کوچاوا", "گشایش دفتر تجاری تفلیس در شیراز", false]]);
  });

  it("passes over the preposition of a compound of time (پس از، پیش از) before the announced matter", () => {
    const text = "گیورگی کوچاوا معاون وزیر اقتصاد گرجستان پس از نشست کمیسیون مشترک از امضای سه سند همکاری خبر داد.";
    expect(quotes(extract(text))).toEqual([["name:گیورگی کوچاوا", "امضای سه سند همکاری", false]]);
  });
});
