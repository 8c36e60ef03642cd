import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

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
    const text = "به گزارش ایرنا، وزیر امور خارجه کشورمان با سرگئی لاوروف دیدار کرد.";
    const facts = extract(text, { publishedAt: "2019-02-01" });
    expect(names(facts).sort()).toEqual(["Mohammad Javad Zarif", "Sergey Lavrov"]);
  });

  it("resolves counterpart phrases through the person in the clause", () => {
    const text = "محمدجواد ظریف امروز با همتای روسی‌اش در تهران دیدار کرد.";
    const facts = extract(text, { publishedAt: "2019-02-01" });
    const lavrov = facts.persons.find((p) => p.key === "sergey-lavrov");
    expect(lavrov?.mentions.map((m) => m.text)).toEqual(["همتای روسی‌اش"]);
    expect(lavrov?.mentions[0].kind).toBe("counterpart");
    const arabic = "التقى محمد جواد ظريف نظيره الروسي في طهران اليوم.";
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
});
