import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const at = (text: string) => sets(extract(text, { publishedAt: "2019-05-15" }));
const zarifKerry = ["john-kerry", "mohammad-javad-zarif"];

describe("meetings: a planned word in an aside about a person", () => {
  it("keeps a held meeting whose counterpart's relative clause tells of the future", () => {
    expect(at("ظریف امروز با کری وزیر خارجه آمریکا که به زودی مأموریت وی پایان خواهد یافت، دیدار و گفتگو کرد.")).toEqual([zarifKerry]);
    expect(at("Zarif met Kerry, who will retire next month, in Geneva on Monday.")).toEqual([zarifKerry]);
    expect(at("التقى ظريف اليوم بكيري، الذي سيغادر منصبه الشهر المقبل.")).toEqual([zarifKerry]);
  });

  it("still leaves out a meeting that is itself planned", () => {
    expect(at("ظریف با کری دیداری خواهد داشت که درباره سوریه است.")).toEqual([]);
    expect(at("Zarif will meet Kerry, who is visiting Geneva.")).toEqual([]);
    expect(at("المحادثات التي ستعقد بين ظريف وكيري غدا.")).toEqual([]);
    expect(at("ظریف که فردا به ژنو خواهد رفت با کری دیدار خواهد کرد.")).toEqual([]);
  });
});
