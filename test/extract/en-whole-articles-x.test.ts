import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** English shapes of whole wire reports with meetings and quotes, found by probing with articles of our own (round 11, batch x); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const en = (text: string) => extract(text, { publishedAt: "2023-05-15", language: "en" });
const meetings = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((key) => nameOf.get(key) ?? key).sort());
};
const speakers = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.quotes.map((q) => (q.speaker === null ? null : nameOf.get(q.speaker) ?? q.speaker));
};

describe("a list of three or more people as the subject", () => {
  it("speaks for none of them, through a verb or a participle after it", () => {
    const text = "Trade Minister Liesl Vermaak, Namibian Finance Minister Tobias Hangula and Botswana's Minister of Agriculture Dineo Kgosi deplored the new tariffs, saying they would hurt small farmers.";
    expect(speakers(en(text))).toEqual([]);
    const titled = "Senator Rosa Almeida, Deputy Speaker Tomas Quiroga, and Governor Ines Barbosa criticised the budget cuts.";
    expect(speakers(en(titled))).toEqual([]);
  });

  it("still gives the words to one person whose aside is set off by commas", () => {
    const text = "Trade Minister Liesl Vermaak, who arrived in Windhoek on Monday, said the new tariffs would hurt small farmers.";
    expect(speakers(en(text))).toEqual(["Liesl Vermaak"]);
  });
});

describe("a meeting told with no one named, its people listed in the next sentence", () => {
  it("is a meeting of the people the next sentence opens with", () => {
    const text = "The agriculture ministers of Kenya, Uganda and Tanzania held a video conference on Tuesday to discuss the locust outbreak. Peter Munya, Frank Tumwebaze and Hussein Bashe agreed to pool spraying aircraft.";
    expect(meetings(en(text))).toEqual([["Frank Tumwebaze", "Hussein Bashe", "Peter Munya"]]);
  });

  it("reads the list over titles set off by commas", () => {
    const text = "Senior officials of the three countries met in Lusaka on Friday. Chanda Mwale, permanent secretary for trade and industry, Tendai Moyo, director of customs, and Joao Matola, the deputy minister of finance, signed a border protocol.";
    expect(meetings(en(text))).toEqual([["Chanda Mwale", "Joao Matola", "Tendai Moyo"]]);
  });

  it("gives no meeting when the next sentence names only one person", () => {
    const text = "The agriculture ministers of Kenya, Uganda and Tanzania held a video conference on Tuesday. Peter Munya said spraying aircraft would be pooled.";
    expect(meetings(en(text))).toEqual([]);
  });
});

describe("a plural title before a list of countries", () => {
  it("stands for no one when one of the countries has no person the article ties to it", () => {
    // Nobody is tied to Tanzania: the Kenyan and Ugandan ministers alone would be a part of the meeting.
    const text = "The agriculture ministers of Kenya, Uganda and Tanzania held a video conference on Tuesday. Kenyan Agriculture Minister Peter Munya later told farmers in Eldoret that prices would fall, while Ugandan Agriculture Minister Frank Tumwebaze said exports would resume.";
    expect(meetings(en(text))).toEqual([]);
    // With each country's person told, the title still stands for them.
    const told = "The agriculture ministers of Kenya and Uganda held a video conference on Tuesday. Kenyan Agriculture Minister Peter Munya later told farmers in Eldoret that prices would fall, while Ugandan Agriculture Minister Frank Tumwebaze said exports would resume.";
    expect(meetings(en(told))).toEqual([["Frank Tumwebaze", "Peter Munya"]]);
  });
});
