import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { splitSentences } from "../../src/extract/segment.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** English quote shapes of officials' words found by probing with articles of our own (speech, batch s); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);

describe("a post on X", () => {
  it("is a cue after the quoted words", () => {
    const text = "\"Productive talks with my Omani counterpart on maritime security,\" Ghanaian Foreign Minister Samuel Okudzeto Ablakwa posted on X after the meeting.";
    expect(quotes(extract(text))).toEqual([["name:samuel okudzeto ablakwa", "Productive talks with my Omani counterpart on maritime security"]]);
  });

  it("ends a sentence at 'on X.' rather than reading X as an initial", () => {
    const line = { start: 0, end: 0, text: "The envoy posted on X. Reporters were told nothing." };
    line.end = line.text.length;
    expect(splitSentences(line).map((s) => s.text)).toEqual(["The envoy posted on X.", "Reporters were told nothing."]);
  });

  it("still keeps an initial before a surname inside one sentence", () => {
    const line = { start: 0, end: 0, text: "The talks were led by J. Mwangi and others." };
    line.end = line.text.length;
    expect(splitSentences(line)).toHaveLength(1);
  });
});

describe("a saying inside a relative clause ('Y, who he said …')", () => {
  it("is the sentence subject's word about the person before 'who', not that person's", () => {
    const text = "Deputy Minister Lindiwe Mokoena also met Brazilian envoy Paulo Ferraz Neto, who she said remained keen on a new shipping route.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["name:lindiwe mokoena"]);
  });

  it("stays inside the outer reported clause, one entry for its speaker", () => {
    const text = "Governor Amina Wekesa said the county had written to Uganda's trade minister Joseph Okello Mbabazi, who she said had promised an answer by June.";
    const found = quotes(extract(text));
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe("name:amina wekesa");
    expect(found[0][1]).toContain("who she said had promised");
  });
});

describe("a title or role alone as the subject", () => {
  it("reads an abbreviated army title (the COAS) as its holder", () => {
    const text = "Chief of Army Staff General Farid Rahmatov met the Japanese defence attaché on Monday. The COAS stressed that border security would be tightened.";
    expect(quotes(extract(text))).toEqual([["name:farid rahmatov", "border security would be tightened"]]);
  });

  it("reads 'the head of state' as the president named before it", () => {
    const text = "President Hakainde Mwale opened the trade fair in Ndola on Friday. The head of state called for more exports of processed copper.";
    expect(quotes(extract(text))).toEqual([["name:hakainde mwale", "more exports of processed copper"]]);
  });
});

describe("a dateline before a lead that ends 'according to X'", () => {
  it("is left out of the words (a place and agency before a dash)", () => {
    const text = "TASHKENT. UZA – Uzbekistan plans to open two more border crossings with Tajikistan this year, according to Transport Minister Ilhom Makhkamov.";
    expect(quotes(extract(text))).toEqual([["name:ilhom makhkamov", "Uzbekistan plans to open two more border crossings with Tajikistan this year"]]);
  });

  it("is left out of the words (a place in capitals before a colon)", () => {
    const text = "LAHORE: Punjab will build three new dams by 2030, according to Irrigation Minister Kashif Naveed.";
    expect(quotes(extract(text))[0][1]).toBe("Punjab will build three new dams by 2030");
  });

  it("is left out of the words (a wire dateline with a double dash)", () => {
    const text = "PUTRAJAYA, March 2 (Bernama) -- Malaysia will send a relief team to Aceh, according to Foreign Minister Anifah Aman.";
    expect(quotes(extract(text))[0][1]).toBe("Malaysia will send a relief team to Aceh");
  });
});

describe("an attribution closing a reported clause with a quoted word in it", () => {
  it("is cut off: a straight mark written onto a word closes the quotation and opens none", () => {
    const text = "Ambassador Lorenzo Ferri arrived in Tirana on Monday. The envoy said Rome valued the \"time-tested\" friendship of the two nations, the embassy added.\n\n\"We are here to stay,\" he said.";
    expect(quotes(extract(text))[0]).toEqual(["name:lorenzo ferri", "Rome valued the \"time-tested\" friendship of the two nations"]);
  });
});

describe("titles beside a name that no list holds", () => {
  it("reads 'opposition leader' as a title, so the name after it is a person", () => {
    const facts = extract("Opposition leader Tavita Lealaiauloto doubted the figures, arguing that the census had missed the islands.");
    expect(quotes(facts)).toEqual([["name:tavita lealaiauloto", "the census had missed the islands"]]);
  });

  it("keeps a portfolio listed with commas in the title, so the title is the name's and not a minister named before", () => {
    const text = "Foreign Minister Retno Marsudi spoke first. Coordinating Minister for Economic, Maritime and Investment Affairs Budi Santoso struck a similar tone, saying the port would open in May.";
    expect(quotes(extract(text)).at(-1)).toEqual(["name:budi santoso", "the port would open in May"]);
  });
});
