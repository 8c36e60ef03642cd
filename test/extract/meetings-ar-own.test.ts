import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
/** The meetings of a text as sorted lists of the participants' names (people outside the gazetteer are named as written). */
const names = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((key) => nameOf.get(key) ?? key).sort());
};
const facts = (text: string) => extract(text, { publishedAt: "2022-10-04", language: "ar" });
const at = (text: string) => names(facts(text));
const people = (text: string) => facts(text).persons.map((p) => p.name).sort();

describe("meetings: Arabic shapes of our own wire articles", () => {
  it("takes a meeting in reported words that a denial attributes (نفى أن يكون X قد التقى Y) as no meeting", () => {
    expect(at("ونفت المتحدثة باسم الحكومة سلمى الحداد أن يكون رئيس الوزراء كريم الزعبي قد التقى السفير الإسرائيلي دان شابيرو خلال زيارته إلى لندن.")).toEqual([]);
    expect(at("ونفى مصدر دبلوماسي أن يكون الوزير سالم المحروقي قد التقى المبعوث الأمريكي جيمس ماكلين في مسقط.")).toEqual([]);
    // Reported words that tell the meeting without a denial keep it.
    expect(at("وقالت المتحدثة باسم الحكومة سلمى الحداد إن رئيس الوزراء كريم الزعبي التقى السفير الأمريكي دان شابيرو في عمان.")).toEqual([["دان شابيرو", "كريم الزعبي"]]);
  });

  it("tells a pluperfect meeting (وكان X قد التقى Y) as another, earlier one, never merged into a larger one told before", () => {
    const text = "استقبل الرئيس الكيني وليام روتو اليوم وزير الخارجية الياباني يوشيماسا هاياشي بحضور وزير الخارجية الكيني ألفريد موتوا. وكان موتوا قد التقى هاياشي في طوكيو خلال جولته الآسيوية.";
    expect(at(text)).toEqual([["ألفريد موتوا", "وليام روتو", "يوشيماسا هاياشي"], ["ألفريد موتوا", "يوشيماسا هاياشي"]]);
    // With no place of its own it is still its own meeting.
    expect(at("استقبل رئيس البرلمان الغاني ألبان باغبين اليوم رئيس مجلس الشيوخ النيجيري أحمد لاوان بحضور النائب كويسي أمواكو. وكانت أمواكو قد التقى لاوان في أبوجا.").length).toBe(2);
  });

  it("reads an adjective of the future after the cue (المقبلة، المرتقب) as the topic's, unless it follows a time noun", () => {
    expect(at("التقى وزير الخارجية العماني بدر البوسعيدي مع سفير سنغافورة لدى السلطنة تان كوك هوا، وجرى خلال اللقاء بحث الاستعدادات للدورة المقبلة من الحوار.")).toEqual([["بدر البوسعيدي", "تان كوك هوا"]]);
    expect(at("استقبل وزير الدولة للشؤون الخارجية القطري سلطان المريخي سفير البرازيل باولو ريبيرو وبحث معه التحضيرات للقمة المقبلة.")).toEqual([["باولو ريبيرو", "سلطان المريخي"]]);
    // After a time noun it dates the meeting to the future: planned, not held.
    expect(at("يستقبل وزير الخارجية العماني بدر البوسعيدي سفير سنغافورة لدى السلطنة تان كوك هوا الأسبوع المقبل.")).toEqual([]);
    expect(at("يلتقي وزير الخارجية العماني بدر البوسعيدي سفير سنغافورة لدى السلطنة تان كوك هوا الأحد المقبل.")).toEqual([]);
  });

  it("reads a woman coordinator's title (المنسقة، المنسقة الخاصة) before her name", () => {
    expect(at("استقبل رئيس الوزراء العراقي مصطفى الكاظمي المنسقة الخاصة للأمم المتحدة في العراق جينين هينيس بلاسخارت.")).toEqual([["جينين هينيس بلاسخارت", "مصطفى الكاظمي"]]);
  });

  it("gives a delegation that is the subject of an Arabic verb taking the one met as object (والتقى الوفد X) its head", () => {
    const lead = "استقبل رئيس مجلس النواب الأردني عاطف الطراونة اليوم وفدا برلمانيا برئاسة رئيس مجلس الشيوخ التشيكي ميلوش فيسترتشيل.";
    expect(at(`${lead} والتقى الوفد بعد ذلك رئيس الوزراء هاني الملقي.`)).toEqual([["عاطف الطراونة", "ميلوش فيسترتشيل"], ["ميلوش فيسترتشيل", "هاني الملقي"]]);
    expect(at(`${lead} وكان الوفد قد التقى أمس وزير الخارجية أيمن الصفدي.`)).toEqual([["عاطف الطراونة", "ميلوش فيسترتشيل"], ["أيمن الصفدي", "ميلوش فيسترتشيل"]]);
  });

  it("reads an Arab given name and a father's name علي after a title (مرزوق علي X), and no person in a remit's region (وبلدان إفريقيا)", () => {
    expect(people("استقبل رئيس الهيئة مرزوق علي الخالدي اليوم سفير اليونان لدى البلاد يورغوس بابادوبولوس.")).toContain("مرزوق علي الخالدي");
    const remit = "التقى نائب وزير الخارجية، الممثل الخاص لشؤون الشرق الأوسط وبلدان إفريقيا، سيرغي فيرشينين، السفير الإثيوبي في موسكو ألمايهو تيجينو.";
    expect(people(remit).some((name) => name.includes("إفريقيا"))).toBe(false);
  });
});
