import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** English meeting shapes of officials' statements found by probing with articles of our own (speech, batch s); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const meetings = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());

describe("an attendee's companion", () => {
  it("joins the talks with the attendee ('who attended the talks alongside Y')", () => {
    const text = "President Lazarus Chakwera held talks with visiting Zambian President Hakainde Hichilema in Lilongwe on Monday. Foreign Minister Nancy Tembo, who attended the talks alongside her Zambian counterpart Stanley Kakubo, said a border agreement was ready.";
    expect(meetings(extract(text))).toEqual([["name:hakainde hichilema", "name:lazarus chakwera", "name:nancy tembo", "name:stanley kakubo"].sort()]);
  });
});

describe("a place clause after a comma ('…, where Z was …')", () => {
  it("names no participant of a speech at an event", () => {
    const text = "Foreign Minister Nancy Tembo spoke in Lusaka on Friday, where President Hakainde Hichilema was sworn in as chairman of the bloc.";
    expect(meetings(extract(text))).toEqual([]);
  });

  it("still holds the meeting it tells itself", () => {
    const text = "Foreign Minister Nancy Tembo flew to Lusaka, where she held talks with President Hakainde Hichilema on trade.";
    expect(meetings(extract(text))).toEqual([["name:hakainde hichilema", "name:nancy tembo"]]);
  });
});

describe("a joint briefing", () => {
  it("is a meeting of the two who gave it", () => {
    const text = "Foreign Minister Nancy Tembo spoke at a joint briefing with Mozambican Foreign Minister Veronica Macamo in Maputo.";
    expect(meetings(extract(text))).toEqual([["name:nancy tembo", "name:veronica macamo"]]);
  });
});
