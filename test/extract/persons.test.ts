import { describe, expect, it } from "vitest";
import { createExtractor, Gazetteer, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer, fixturePeople } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const names = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const slicesBack = (text: string, facts: ArticleFacts) => facts.persons.every((p) => p.mentions.every((m) => text.slice(m.start, m.end) === m.text));

describe("persons", () => {
  it("finds gazetteer people by full and short names in every script, with their role", () => {
    const text = "جان کری در نشستی سخن گفت و کری سپس به پایتخت بازگشت.";
    const facts = extract(text, { publishedAt: "2015-05-01" });
    expect(names(facts)).toEqual(["John Kerry"]);
    expect(facts.persons[0].role).toBe("Secretary of State");
    expect(facts.persons[0].mentions.map((m) => m.text)).toEqual(["جان کری", "کری"]);
    expect(slicesBack(text, facts)).toBe(true);
  });

  it("resolves a title to the office holder at the article's date", () => {
    const text = "وزیر امور خارجه آمریکا گفت: ما برای گفتگو آماده هستیم.";
    expect(extract(text, { publishedAt: "2016-06-01" }).quotes.map((q) => q.speaker)).toEqual(["john-kerry"]);
    expect(extract(text, { publishedAt: "2018-06-01" }).quotes.map((q) => q.speaker)).toEqual(["mike-pompeo"]);
    const arabic = "قال وزير الخارجية الأمريكي إن الحوار مستمر بين الجانبين.";
    expect(extract(arabic, { publishedAt: "2017-06-01" }).quotes.map((q) => q.speaker)).toEqual(["rex-tillerson"]);
  });

  it("in an undated article, resolves a title to the holder named elsewhere in it", () => {
    const text = "مایک پمپئو به منطقه سفر کرد.\nوزیر امور خارجه آمریکا در این سفر گفت: تحریم‌ها ادامه دارد.";
    const facts = extract(text);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["mike-pompeo"]);
    expect(facts.persons.find((p) => p.key === "mike-pompeo")?.mentions.map((m) => m.kind)).toEqual(["name", "title"]);
  });

  it("resolves 'our country' titles through the outlet's country", () => {
    const text = "به گزارش ایرنا، سرگئی لاوروف در تهران با وزیر امور خارجه کشورمان گفتگو کرد.\nظریف پس از آن به نیویورک رفت.";
    const facts = extract(text, { publishedAt: "2019-02-01" });
    expect(names(facts).sort()).toEqual(["Mohammad Javad Zarif", "Sergey Lavrov"]);
  });

  it("resolves counterpart phrases through the person in the clause", () => {
    const text = "محمدجواد ظریف امروز با همتای روسی‌اش در تهران دیدار کرد.\nلاوروف سپس به مسکو بازگشت.";
    const facts = extract(text, { publishedAt: "2019-02-01" });
    const lavrov = facts.persons.find((p) => p.key === "sergey-lavrov");
    expect(lavrov?.mentions.map((m) => m.text)).toEqual(["همتای روسی‌اش", "لاوروف"]);
    expect(lavrov?.mentions[0].kind).toBe("counterpart");
    const arabic = "التقى محمد جواد ظريف نظيره الروسي في طهران اليوم.\nوغادر لافروف طهران مساء.";
    expect(extract(arabic, { publishedAt: "2019-02-01" }).meetings[0]?.participants.sort()).toEqual(["mohammad-javad-zarif", "sergey-lavrov"]);
  });

  it("extracts people outside the gazetteer introduced by a title, with the title's country", () => {
    const text = "سخنگوی وزارت امور خارجه نروژ، اولا هانسن گفت: این طرح اجرا می‌شود.";
    const facts = extract(text);
    const person = facts.persons.find((p) => p.gazetteerId === null);
    expect(person?.name).toBe("اولا هانسن");
    expect(person?.country).toBe("NO");
    expect(facts.quotes[0]?.speaker).toBe(person?.key);
    const english = "Norwegian Foreign Minister Ola Hansen said the plan would go ahead.";
    expect(extract(english).persons.map((p) => [p.name, p.country])).toEqual([["Ola Hansen", "NO"]]);
  });

  it("does not take ordinary words next to a title for a name", () => {
    const text = "سفیر نروژ در این نشست حضور داشت و وزیر امور خارجه نروژ درباره مذاکرات توضیح داد.";
    expect(extract(text).persons).toEqual([]);
  });

  it("resolves a President title to the head filed under either kind (Iran's president heads the government)", () => {
    const head = (id: string, name: string, kind: "head_of_state" | "head_of_government", title: string, fa: string[]) =>
      ({ id, name, country: "IR", names: [name, fa[0]], shortNames: fa.slice(1), offices: [{ office: kind, title, country: "IR", org: null, start: "2013-08-03", end: "2021-08-03" }] });
    const gz = new Gazetteer([...fixturePeople, head("iran-leader", "Iran Leader", "head_of_state", "Supreme Leader", ["رهبر فرضی"]), head("iran-president", "Iran President", "head_of_government", "President", ["رئیس فرضی", "فرضی"])]);
    const text = "رئیس جمهوری ایران در نشست خبری گفت: همکاری‌ها ادامه خواهد یافت.";
    expect(createExtractor({ gazetteer: gz })(text, { publishedAt: "2017-03-01" }).quotes.map((q) => q.speaker)).toEqual(["iran-president"]);
    // Their Russian counterpart is Russia's President, not its head of government.
    const meeting = createExtractor({ gazetteer: gz })("رئیس فرضی با همتای روس خود در مسکو دیدار کرد.\nپوتین سپس سخن گفت.", { publishedAt: "2017-03-01" }).meetings;
    expect(meeting.map((m) => [...m.participants].sort())).toEqual([["iran-president", "vladimir-putin"]]);
  });

  it("gives a counterpart the office of an unresolved title in its clause, and never makes it the speaker", () => {
    const text = "ظریف گفت: ولادیمیر پوتین به منطقه سفر کرده است.\nرئیس جمهور با ابراز خرسندی از دیدار با همتای روس خود گفت: روابط رو به گسترش است.";
    const facts = extract(text, { publishedAt: "2019-02-01" });
    expect(facts.persons.find((p) => p.key === "vladimir-putin")?.mentions.map((m) => m.text)).toEqual(["ولادیمیر پوتین", "همتای روس خود"]);
    // The unnamed Iranian president speaks for nobody named (quotes: title subjects); never for the counterpart.
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["mohammad-javad-zarif"]);
  });

  it("does not read the Persian verb بودن as a surname", () => {
    const text = "ظریف بر صلح‌آمیز بودن برنامه هسته‌ای تاکید کرد.";
    expect(createExtractor()(text, { publishedAt: "2019-02-01" }).persons.map((p) => p.name)).toEqual(["Mohammad Javad Zarif"]);
  });

  it("takes a bare title in a Persian outlet for the outlet's own office holder, only with no other country in context", () => {
    const own = extract("محمدجواد ظریف روز گذشته در وین بود.\nوزیر امور خارجه با اشاره به برجام گفت: توافق پابرجاست.", { publishedAt: "2016-01-10" });
    expect(own.persons.find((p) => p.name === "Mohammad Javad Zarif")?.mentions.map((m) => m.text)).toContain("وزیر امور خارجه");
    expect(own.quotes[0]?.speaker).toBe("mohammad-javad-zarif");
    // A title of the same office for another country is named, and the outlet's holder is not: the bare title is not theirs.
    const foreign = extract("جان کری روز گذشته در وین بود.\nوزیر امور خارجه با اشاره به برجام گفت: توافق پابرجاست.", { publishedAt: "2016-01-10" });
    expect(names(foreign)).not.toContain("Mohammad Javad Zarif");
    // Another country earlier in the sentence, or "این کشور" after the title.
    expect(names(extract("لاوروف در سفر به ترکیه با وزیر امور خارجه دیدار کرد.", { publishedAt: "2016-01-10" }))).not.toContain("Mohammad Javad Zarif");
    expect(names(extract("لاوروف با وزیر امور خارجه این کشور دیدار کرد.", { publishedAt: "2016-01-10" }))).not.toContain("Mohammad Javad Zarif");
    // Not in Arabic text.
    expect(names(extract("قال وزير الخارجية إن الاتفاق قائم.", { publishedAt: "2016-01-10" }))).not.toContain("Mohammad Javad Zarif");
  });

  it("counts a short name that is an ordinary word (معلم teacher) only with the full name or a title for the person", () => {
    const muallem = { id: "walid-muallem", name: "Walid al-Muallem", country: "SY", names: ["ولید المعلم", "ولید معلم"], shortNames: ["معلم", "المعلم"], offices: [{ office: "foreign_minister" as const, title: "Minister of Foreign Affairs", country: "SY", org: null, start: "2006-02-11", end: "2020-11-16" }] };
    const run = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, muallem]) });
    const has = (text: string) => names(run(text, { publishedAt: "2016-01-10" })).includes("Walid al-Muallem");
    expect(has("یک معلم مدرسه در تهران گفت: درس‌ها ادامه دارد.")).toBe(false);
    expect(has("ولید المعلم در دمشق بود.\nمعلم گفت: مذاکرات ادامه دارد.")).toBe(true);
    expect(has("معلم وزیر خارجه سوریه گفت: مذاکرات ادامه دارد.")).toBe(true);
    expect(has("وزیر خارجه سوریه در دمشق بود.\nمعلم گفت: مذاکرات ادامه دارد.")).toBe(true);
  });

  it("takes an honorific (آقای) before a name outside the gazetteer as the start of the name", () => {
    const facts = extract("ظریف با آقای استفان سژورنی وزیر امور خارجه فرانسه در نیویورک دیدار کرد.", { publishedAt: "2016-01-10" });
    expect(facts.persons.find((p) => p.country === "FR")?.mentions.map((m) => m.text)).toContain("استفان سژورنی");
    expect(facts.meetings).toHaveLength(1);
  });
});
