import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Person and title shapes of long Arabic wire reports; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const opts = { publishedAt: "2022-05-10" };

describe("Arabic long wire-report titles", () => {
  it("reads a foreign minister's title with a second portfolio and the country adjective after it, so the bare title later is his", () => {
    const facts = extract("وصل إلى موسكو وزير الخارجية والتعاون الدولي الكيني ألفريد موتوا. واستقبل وزير الخارجية الروسي سيرغي لافروف الوزير الكيني في مقر الوزارة.", opts);
    const guest = facts.persons.find((p) => p.name === "ألفريد موتوا");
    expect(guest?.country).toBe("KE");
    expect(guest?.mentions.map((m) => m.text)).toContain("الوزير الكيني");
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([[guest!.key, "sergey-lavrov"].sort()]);
  });

  it("reads «المتحدث باسمها» (its spokesman, of a ministry just named) as a title before the spokesman's name", () => {
    const facts = extract("وأصدرت وزارة الخارجية الكينية بيانا، وقال المتحدث باسمها كيبروتو موانجي، في إحاطة صحفية، إن نيروبي ترحب بالاتفاق.", opts);
    expect(facts.quotes.map((q) => [facts.persons.find((p) => p.key === q.speaker)?.name, q.span.text])).toEqual([["كيبروتو موانجي", "نيروبي ترحب بالاتفاق"]]);
  });

  it("reads «أكبر» (largest) after an ordinal or «أحد» as a word, not the given name Akbar", () => {
    const facts = extract("وقال وزير الخارجية الروسي سيرغي لافروف إن الهند أصبحت ثالث أكبر شريك تجاري لروسيا، وإن الجزائر أحد أكبر مستوردي القمح.", opts);
    expect(facts.persons.map((p) => p.key)).toEqual(["sergey-lavrov"]);
  });
});
