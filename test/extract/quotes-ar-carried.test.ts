import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Arabic speakers carried across the sentences of a short wire story; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);
const lead = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار بين الطرفين. ";
const opts = { publishedAt: "2019-05-15" };

describe("Arabic speakers carried to a later sentence", () => {
  it("goes on with the last speaker past connectives opening the sentence (كما، ثم)", () => {
    expect(quotes(extract(lead + "كما أكد أن روسيا ستواصل اتصالاتها مع الجميع.", opts))[1]).toEqual(["sergey-lavrov", "روسيا ستواصل اتصالاتها مع الجميع"]);
    expect(quotes(extract(lead + "ثم أشار إلى أن الجولة المقبلة ستعقد في جنيف.", opts))[1]).toEqual(["sergey-lavrov", "الجولة المقبلة ستعقد في جنيف"]);
  });

  it("goes on with the last speaker past a fronted phrase of topic or occasion set off by a comma", () => {
    expect(quotes(extract(lead + "وحول الأزمة في المنطقة، قال إن الحل السياسي هو الطريق الوحيد.", opts))[1]).toEqual(["sergey-lavrov", "الحل السياسي هو الطريق الوحيد"]);
    expect(quotes(extract(lead + "وخلال لقائه وزير الخارجية الإيراني محمد جواد ظريف، أوضح أن التعاون مستمر.", opts))[1]).toEqual(["sergey-lavrov", "التعاون مستمر"]);
  });

  it("leaves 'من جانبه، أكد أن' with no name to nobody: it turns to the other party", () => {
    expect(quotes(extract(lead + "من جانبه، أكد أن الوقت قد حان للتحرك.", opts))).toHaveLength(1);
  });

  it("takes a role noun as the subject before 'إلى أن' or a phrase of occasion", () => {
    expect(quotes(extract(lead + "ولفت الوزير إلى أن روسيا ستواصل اتصالاتها.", opts))[1]).toEqual(["sergey-lavrov", "روسيا ستواصل اتصالاتها"]);
    expect(quotes(extract(lead + "وقال الوزير في تصريح للصحفيين إن الجولة المقبلة ستعقد قريبا.", opts))[1]).toEqual(["sergey-lavrov", "الجولة المقبلة ستعقد قريبا"]);
  });

  it("gives 'المسؤول الأممي' to the official serving no state, not to a minister of a state", () => {
    const un = "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المنظمة قلقة. وشدد المسؤول الأممي على أن الحل السياسي هو السبيل الوحيد.";
    const found = quotes(extract(un, opts));
    expect(found[1]).toEqual([found[0][0], "الحل السياسي هو السبيل الوحيد"]);
    expect(quotes(extract(lead + "وشدد المسؤول الأممي على أن الحل السياسي هو السبيل الوحيد.", opts))).toHaveLength(1);
  });

  it("reads أبرز as a speech verb", () => {
    expect(quotes(extract(lead + "وأبرز لافروف أن عددا متزايدا من الدول يدعم هذا الموقف.", opts))[1]).toEqual(["sergey-lavrov", "عددا متزايدا من الدول يدعم هذا الموقف"]);
  });

  it("goes on with the person who opened a sentence since the last quote (من جهته، جدد X دعم …), but 'وأضاف' with the last speaker", () => {
    const turn = "من جهته، جدد وزير الخارجية الإيراني محمد جواد ظريف دعم بلاده الثابت للحل السياسي. ";
    expect(quotes(extract(lead + turn + "وقال إن إيران مستعدة للمساعدة.", opts))).toEqual([
      ["sergey-lavrov", "موسكو تدعم الحوار بين الطرفين"],
      ["mohammad-javad-zarif", "دعم بلاده الثابت للحل السياسي"],
      ["mohammad-javad-zarif", "إيران مستعدة للمساعدة"],
    ]);
    // A ritual names no position: the sentence after it still turns to its subject; "وأضاف" goes on with the last speaker.
    const thanks = "وأعرب وزير الخارجية الإيراني محمد جواد ظريف عن شكره لروسيا. ";
    expect(quotes(extract(lead + thanks + "وقال إن إيران مستعدة للمساعدة.", opts))[1]).toEqual(["mohammad-javad-zarif", "إيران مستعدة للمساعدة"]);
    expect(quotes(extract(lead + thanks + "وأضاف أن روسيا مستعدة للمساعدة.", opts))[1]).toEqual(["sergey-lavrov", "روسيا مستعدة للمساعدة"]);
  });

  it("reads 'جدد X' followed by a noun phrase headed by a position noun as a stated position, not an invitation", () => {
    expect(quotes(extract(lead + "وجدد لافروف إدانة بلاده للهجمات الإرهابية.", opts))[1]).toEqual(["sergey-lavrov", "إدانة بلاده للهجمات الإرهابية"]);
    expect(quotes(extract(lead + "وجدد لافروف الدعوة لنظيره لزيارة موسكو.", opts))).toHaveLength(1);
  });

  it("gives an honorific pronoun (وقال سموه، معاليه) to the person last written with that honorific, not to the last named", () => {
    const text = "استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية في أبوظبي معالي سيرغي لافروف وزير الخارجية الروسي.\nوقال سموه إن الإمارات تؤمن بالحوار.\nوقال معاليه إن روسيا تقدر الدور الإماراتي.";
    expect(quotes(extract(text, opts)).map((q) => q[0])).toEqual(["name:عبدالله بن زاید ال نهیان", "sergey-lavrov"]);
  });
  it("gives an honorific pronoun that both people of the sentence before hold to that sentence's subject, not to the person its words speak of", () => {
    const text = "عنوان\nالتقى معالي وزير الخارجية الروسي سيرغي لافروف اليوم معالي وزير الخارجية الأمريكي جون كيري.\n";
    expect(quotes(extract(text + "وثمن معاليه ما أبداه الوزير الأمريكي من دعم للحل السياسي في سوريا.", opts))).toEqual([["sergey-lavrov", "ما أبداه الوزير الأمريكي من دعم للحل السياسي في سوريا"]]);
    expect(quotes(extract(text + "وقال معاليه إن موسكو تدعم الحوار بين الطرفين.", opts))).toEqual([["sergey-lavrov", "موسكو تدعم الحوار بين الطرفين"]]);
    // Held by one of them only: that one, wherever the sentence puts him.
    const other = "عنوان\nاستقبل وزير الخارجية الروسي سيرغي لافروف اليوم معالي وزير الخارجية الأمريكي جون كيري.\n";
    expect(quotes(extract(other + "وقال معاليه إن واشنطن تدعم الحوار بين الطرفين.", opts))).toEqual([["john-kerry", "واشنطن تدعم الحوار بين الطرفين"]]);
  });
  it("reads an honorific written with a conjunction or preposition (ومعالي، بفخامة) as written before that person", () => {
    const text = "عنوان\nعقد سمو الشيخ عبدالله بن زايد آل نهيان ومعالي سيرغي لافروف وزير الخارجية الروسي جلسة محادثات في موسكو.\nوقال سموه إن الإمارات تدعم الحوار.\nوأكد معاليه أن روسيا تقدر المبادرة الإماراتية.";
    expect(quotes(extract(text, opts)).map((q) => q[0])).toEqual(["name:عبدالله بن زاید ال نهیان", "sergey-lavrov"]);
  });
  it("gives an honorific that nobody is written with to the last person named who holds an office it is given to, not to the last speaker", () => {
    // معالي for a minister, not the ambassador who spoke last.
    const minister = "عنوان\nاستقبل وزير الخارجية الروسي سيرغي لافروف اليوم سفير اليابان لدى روسيا تاكاشي ياماموتو.\nوقال السفير ياماموتو إن طوكيو تريد توسيع التجارة.\nوأكد معاليه أن موسكو ترحب بالاستثمارات اليابانية.";
    expect(quotes(extract(minister, opts)).map((q) => q[0]).at(-1)).toBe("sergey-lavrov");
    // فخامته for a president, not the envoy who spoke last.
    const president = "عنوان\nالتقى الرئيس الأمريكي باراك أوباما اليوم المبعوث الأممي إلى سوريا كوفي عنان.\nوقال عنان إن الأمم المتحدة ستواصل جهودها.\nوشدد فخامته على أن واشنطن تدعم الحل السياسي.";
    expect(quotes(extract(president, opts)).map((q) => q[0]).at(-1)).toMatch(/اوباما/);
    // Nobody named holds such an office: the last speaker, as before.
    const nobody = "عنوان\nقال السفير الياباني تاكاشي ياماموتو إن طوكيو تريد توسيع التجارة.\nوأكد معاليه أن التعاون مستمر.";
    const speakers = quotes(extract(nobody, opts)).map((q) => String(q[0]));
    expect(speakers).toHaveLength(2);
    expect(speakers[1]).toBe(speakers[0]);
    expect(speakers[0]).toMatch(/ماموتو/);
  });
  it("goes on with an outlet or office after it, not with the last person named, when a verb leaves its subject unwritten", () => {
    const text = "عنوان\n" + lead;
    expect(quotes(extract(text + "وقالت الوزارة في بيان إن الجولة المقبلة ستعقد في جنيف. وأوضحت، في البيان ذاته، أن الوفد سيغادر غدا.", opts))).toEqual([["sergey-lavrov", "موسكو تدعم الحوار بين الطرفين"]]);
    expect(quotes(extract(text + "وذكر البيان أن الجولة المقبلة ستعقد في جنيف. وأضاف أن الوفد سيغادر غدا.", opts))).toEqual([["sergey-lavrov", "موسكو تدعم الحوار بين الطرفين"]]);
    // A verb of the other gender is not the outlet's: the last person named goes on.
    expect(quotes(extract(text + "وذكرت الوكالة أن الجولة المقبلة ستعقد في جنيف. وأضاف أن الوفد سيغادر غدا.", opts))).toEqual([["sergey-lavrov", "موسكو تدعم الحوار بين الطرفين"], ["sergey-lavrov", "الوفد سيغادر غدا"]]);
    // A person named after the outlet speaks again as before.
    expect(quotes(extract(text + "وذكر البيان أن الجولة المقبلة ستعقد في جنيف. وقال لافروف إن الوفد سيغادر غدا. وأضاف أن الاتصالات مستمرة.", opts)).slice(1)).toEqual([["sergey-lavrov", "الوفد سيغادر غدا"], ["sergey-lavrov", "الاتصالات مستمرة"]]);
  });
});

describe("a feminine Arabic verb with no subject written", () => {
  // A name the gazetteer does not hold is keyed by its folded spelling (أ as ا, ك as ک; ی read back as ي here).
  const speakers = (text: string) => quotes(extract(text, opts)).map((q) => String(q[0]).replace(/ی/g, "ي"));
  it("goes to the last woman named by a feminine title, not to the man who spoke last", () => {
    expect(speakers("استقبل وزير الخارجية سيرغي لافروف السفيرة الأمريكية ليندا توماس غرينفيلد. ورحبت بالتعاون بين البلدين.")).toEqual(["name:ليندا توماس غرينفيلد"]);
    expect(speakers(`${lead}والتقى وزيرة الخارجية الألمانية أنالينا بيربوك. وقالت إن العلاقات مهمة جدا.`)).toEqual(["sergey-lavrov", "name:انالينا بيربوک"]);
  });

  it("gives nobody named when only a man is named by his title, and keeps a masculine verb with him", () => {
    expect(speakers(`${lead}وأكدت أن التعاون مستمر بين البلدين.`)).toEqual(["sergey-lavrov"]);
    expect(speakers(`${lead}وأكد أن التعاون مستمر بين البلدين.`)).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });
});
