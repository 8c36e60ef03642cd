import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Arabic quote shapes of agency copy (SPA, KUNA, Petra, WAM); sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);
const texts = (facts: ArticleFacts) => facts.quotes.map((q) => q.span.text);
const opts = { publishedAt: "2021-04-06" };

describe("Arabic wire-copy quote shapes", () => {
  it("reads a title opened by an honorific word (السفير، النائب) as the subject of a nominal statement", () => {
    const lead = "استقبل رئيس الوزراء الكويتي صباح الخالد سفير تونس لدى الكويت هشام الجبالي. ";
    expect(texts(extract(lead + "وثمن السفير التونسي الجهود التي تبذلها الكويت لدعم الاستقرار في المنطقة.", opts))).toEqual(["الجهود التي تبذلها الكويت لدعم الاستقرار في المنطقة"]);
    expect(texts(extract(lead + "وجدد السفير التونسي دعم بلاده لمساعي الوساطة الكويتية.", opts))).toEqual(["دعم بلاده لمساعي الوساطة الكويتية"]);
  });

  it("finds the reported clause after a phrase of occasion longer than a verb's usual reach, opened after a comma", () => {
    const s = "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي مشترك عقده مع نظيره الإيراني محمد جواد ظريف بمقر الوزارة في موسكو عقب جولة مطولة من المباحثات بين الوفدين، إن موسكو ترفض المساس بأمن طهران.";
    expect(quotes(extract(s, opts))).toEqual([["sergey-lavrov", "موسكو ترفض المساس بأمن طهران"]]);
    // Within the usual reach, a clause after the comma is read as before; a later clause after a full stop is not this verb's.
    expect(quotes(extract("وقال لافروف في مؤتمر صحفي مع نظيره الإيراني محمد جواد ظريف بمقر الوزارة في موسكو عقب جولة مطولة من المباحثات بين الوفدين. وأشارت مصادر إلى أن الجولة المقبلة قريبة.", opts))).toEqual([]);
  });

  it("gives a bare role noun after the last speaker's words to him when he holds that office, not to the other minister named", () => {
    const s = "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحوار السوري، وذلك خلال مؤتمر صحفي مع وزير الخارجية الإيراني محمد جواد ظريف. وتابع: \"لا حل عسكريا للأزمة\". وأكد الوزير أن الانتخابات يجب أن تجرى في موعدها.";
    expect(quotes(extract(s, opts)).slice(1)).toEqual([
      ["sergey-lavrov", "لا حل عسكريا للأزمة"],
      ["sergey-lavrov", "الانتخابات يجب أن تجرى في موعدها"],
    ]);
    // With no speaker before it, the role noun is still the minister the text names.
    expect(quotes(extract("التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني محمد جواد ظريف. وأكد الوزير أن طهران تدعم الحوار.", opts))).toEqual([["mohammad-javad-zarif", "طهران تدعم الحوار"]]);
  });

  it("gives an honorific pronoun inside a sentence to that sentence's subject when nobody was written with the honorific", () => {
    const s = "استقبل الملك محمد السادس وزير الخارجية الفرنسي جان إيف لودريان في الرباط، حيث أكد جلالته أن المغرب متمسك بشراكته مع فرنسا.";
    const facts = extract(s, opts);
    const king = facts.quotes[0]?.speaker;
    expect(texts(facts)).toEqual(["المغرب متمسك بشراكته مع فرنسا"]);
    expect(king).not.toBe("jean-yves-le-drian");
  });

  it("passes phrases of time before the noun phrase of a nominal statement, in the pluperfect too", () => {
    const s = "وكان وزير الخارجية الروسي سيرغي لافروف قد أكد خلال اتصال هاتفي مع نظيره الإيراني محمد جواد ظريف الأسبوع الماضي حرص موسكو على خفض التوتر في المنطقة.";
    expect(quotes(extract(s, opts))).toEqual([["sergey-lavrov", "حرص موسكو على خفض التوتر في المنطقة"]]);
    expect(quotes(extract("وأكد وزير الخارجية الروسي سيرغي لافروف أمس حرص موسكو على خفض التوتر في المنطقة.", opts))).toEqual([["sergey-lavrov", "حرص موسكو على خفض التوتر في المنطقة"]]);
    expect(quotes(extract("وكان وزير الخارجية الروسي سيرغي لافروف قد أكد حرص موسكو على خفض التوتر في المنطقة.", opts))).toEqual([["sergey-lavrov", "حرص موسكو على خفض التوتر في المنطقة"]]);
  });

  it("reads the Saudi style 'سفير خادم الحرمين الشريفين لدى X' as an ambassador of Saudi Arabia", () => {
    const facts = extract("وأشاد سفير خادم الحرمين الشريفين لدى العراق عبدالعزيز الشمري بالتعاون القائم بين البلدين في مجال الطاقة.", opts);
    expect(facts.persons.map((p) => p.country)).toContain("SA");
    expect(texts(facts)).toEqual(["التعاون القائم بين البلدين في مجال الطاقة"]);
  });
});
