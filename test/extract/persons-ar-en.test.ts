import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Person rules met in Arabic and English wire copy; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });

describe("persons in Arabic and English news", () => {
  it("keeps a gazetteer name as the titled person when an honorific stands between them", () => {
    const facts = extract("استقبل وزير الخارجية الروسي السيد سيرغي لافروف ضيوفه في موسكو.");
    expect(facts.persons.map((p) => p.key)).toEqual(["sergey-lavrov"]);
    expect(facts.persons[0].mentions.map((m) => m.text)).toContain("وزير الخارجية الروسي");
  });

  it("reads the English abbreviation FM as a foreign minister title", () => {
    const facts = extract("Zarif arrived in Moscow on Monday. The Iranian FM met Lavrov at the ministry.", { publishedAt: "2016-04-01" });
    expect(facts.persons.find((p) => p.key === "mohammad-javad-zarif")?.mentions.map((m) => m.text)).toContain("Iranian FM");
  });
});
