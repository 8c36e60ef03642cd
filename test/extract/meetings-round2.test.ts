import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const at = (text: string) => sets(extract(text, { publishedAt: "2019-05-15" }));
const zarifKerry = ["john-kerry", "mohammad-javad-zarif"];
const withPutin = (key: string) => [key, "vladimir-putin"].sort();

describe("meetings: cue words of summons, discussions and Dari credentials", () => {
  it("takes a summons of an envoy as a meeting", () => {
    expect(at("Zarif on Monday summoned Kerry over the incident.")).toEqual([zarifKerry]);
    expect(at("استدعى ظريف اليوم كيري لإبلاغه احتجاج بلاده.")).toEqual([zarifKerry]);
  });

  it("takes held discussions with someone as talks", () => {
    expect(at("Zarif held discussions with Kerry on trade.")).toEqual([zarifKerry]);
  });

  it("reads the Dari word for credentials as a ceremony", () => {
    expect(at("پوتین اعتمادنامه ظریف سفیر جدید ایران را پذیرفت.")).toEqual([withPutin("mohammad-javad-zarif")]);
  });
});

describe("meetings: people who came along with a counterpart", () => {
  it("keeps someone accompanying the guest in the one meeting, not as a counterpart of their own", () => {
    const all = [["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("استقبل بوتين اليوم ظريف، يرافقه لافروف.")).toEqual(all);
    expect(at("Putin received Zarif on Monday, accompanied by Lavrov.")).toEqual(all);
  });
});
