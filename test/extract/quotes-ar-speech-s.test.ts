import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Arabic speech shapes of press conferences, spokesmen's briefings and replies; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const opts = { publishedAt: "2019-10-02" };
/** Each quote as [speaker's name as the extractor gives it, or null; text]. */
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [facts.persons.find((p) => p.key === q.speaker)?.name ?? null, q.span.text]);

describe("Arabic speech shapes (round 11, batch s)", () => {
  it("reads «ورد فخامته بالقول إن» as a reply of the president, not as more of the last speaker's words", () => {
    const s = "استقبل الرئيس القبرصي نيكوس أناستاسيادس رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس. وقال رئيس الوزراء اليوناني: \"أثينا تقف مع نيقوسيا\". ورد فخامته بالقول إن بلاده لن تنسى هذا الموقف.";
    const q = quotes(extract(s, opts));
    expect(q.map((x) => x[1])).toEqual(["أثينا تقف مع نيقوسيا", "بلاده لن تنسى هذا الموقف"]);
    expect(q[1][0]).toBe(q.find((x) => x[1] === "بلاده لن تنسى هذا الموقف")?.[0]);
    expect(q[1][0]).not.toBe(q[0][0]);
    // With a name after the verb the phrase still gives the words to that name.
    expect(quotes(extract("ورد وزير الخارجية البرتغالي أوغوستو سانتوس سيلفا بالقول إن لشبونة تدعم الحوار.", opts)).map((x) => x[1])).toEqual(["لشبونة تدعم الحوار"]);
  });

  it("gives «وقال الوزير X» to the person named X when X is that person's surname, not to another minister named earlier", () => {
    const s = "التقى وزير الخارجية التونسي عثمان الجرندي نظيره الليبي محمد الطاهر سيالة. وقال الوزير سيالة إن طرابلس تريد فتح الحدود.";
    expect(quotes(extract(s, opts))).toEqual([["محمد الطاهر سيالة", "طرابلس تريد فتح الحدود"]]);
    const t = "استقبل الرئيس التشادي محمد إدريس ديبي السفير الفرنسي برتران كوشري. وأكد السفير كوشري أن باريس تدعم المرحلة الانتقالية.";
    expect(quotes(extract(t, opts)).map((x) => x[1])).toEqual(["باريس تدعم المرحلة الانتقالية"]);
    expect(quotes(extract(t, opts))[0][0]).toContain("كوشري");
  });

  it("gives a participle after a source or an outlet opening the clause to nobody, not to the last speaker", () => {
    const lead = "وقال وزير الداخلية العراقي عثمان الغانمي إن الوضع الأمني مستقر. ";
    expect(quotes(extract(lead + "في المقابل، نفى مصدر أمني رفيع الأنباء عن انسحاب القوات، مؤكدا أن الانتشار مستمر.", opts)).map((x) => x[1])).toEqual(["الوضع الأمني مستقر"]);
    expect(quotes(extract(lead + "وأصدرت الوزارة بيانا، مشيرة إلى أن الانتشار مستمر.", opts)).map((x) => x[1])).toEqual(["الوضع الأمني مستقر"]);
    // A named subject opening the clause still speaks.
    const named = quotes(extract("نفى وزير الخارجية العراقي فؤاد حسين الأنباء عن انسحاب القوات، مؤكدا أن الانتشار مستمر.", opts));
    expect(named.map((x) => x[1])).toEqual(["الانتشار مستمر"]);
    expect(String(named[0][0])).toMatch(/Hussein|حسين/);
  });

  it("gives «، وقال إن» after a verb and its named subject to that subject, not to the people named in its object", () => {
    const s = "نفى المتحدث باسم الخارجية الصينية وانغ ون بين أنباء عن اتصال جمع الرئيس شي جين بينغ بالرئيس الأمريكي جو بايدن، وقال إن الجانبين لم يحددا موعدا.";
    const q = quotes(extract(s, opts));
    expect(q.map((x) => x[1])).toEqual(["الجانبين لم يحددا موعدا"]);
    expect(String(q[0][0])).toMatch(/Wang|وانغ/);
  });

  it("gives «وقال السفير X» to X when the role noun is written before his own name, not to another ambassador named earlier", () => {
    const s = "استقبل وزير الخارجية الموريتاني محمد سالم ولد مرزوك السفير المغربي حميد شبار. وقال السفير أحمد ولد باهيه الناطق باسم الوزارة إن نواكشوط حريصة على الحوار.";
    const q = quotes(extract(s, opts));
    expect(q.map((x) => x[1])).toEqual(["نواكشوط حريصة على الحوار"]);
    expect(String(q[0][0])).toContain("باهيه");
  });
});
