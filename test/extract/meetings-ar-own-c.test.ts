import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
/** The meetings of a text as sorted lists of the participants' names (people outside the gazetteer are named as written). */
const names = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((key) => nameOf.get(key) ?? key).sort());
};
const at = (text: string) => names(extract(text, { publishedAt: "2018-05-20", language: "ar" }));

describe("meetings: Arabic receptions followed by the ministers' own talks (ar-c)", () => {
  it("reads «the two ministers» after a reception with an attending minister as the two ministers, another meeting", () => {
    const text = "استقبل الرئيس السنغالي ماكي سال اليوم وزير الخارجية المالي عبد الله ديوب بحضور وزير الخارجية السنغالي سيدكي كابا. وعقب ذلك، عقد الوزيران جلسة مباحثات موسعة.";
    expect(at(text)).toEqual([["سيدكي كابا", "عبد الله ديوب", "ماكي سال"], ["سيدكي كابا", "عبد الله ديوب"]]);
  });

  it("keeps talks told after the reception (وعقب اللقاء، أجرى X محادثات مع Y) apart from the larger reception", () => {
    const text = "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم وزير الخارجية الصومالي أحمد عيسى عوض بحضور وزير الدولة للشؤون الخارجية سلطان بن سعد المريخي. وعقب اللقاء، أجرى المريخي محادثات مع الوزير الصومالي.";
    expect(at(text)).toHaveLength(2);
    expect(at(text)[1]).toEqual(["أحمد عيسى عوض", "سلطان بن سعد المريخي"]);
  });

  it("still merges «the two sides» of a reception told again with no sequel word", () => {
    const text = "استقبل الرئيس السنغالي ماكي سال اليوم وزير الخارجية المالي عبد الله ديوب بحضور وزير الخارجية السنغالي سيدكي كابا. وبحث الجانبان العلاقات الثنائية.";
    expect(at(text)).toEqual([["سيدكي كابا", "عبد الله ديوب", "ماكي سال"]]);
  });
});
