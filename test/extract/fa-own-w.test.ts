import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

// Persian shapes found by probing with the batch of long wire reports (eval/own, own-fa-w*), tested on other sentences.
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetingSets = (text: string) => {
  const facts = extractArticle(text);
  return facts.meetings.map((m) => m.participants.map((k) => personOf(facts, k)?.name ?? k).sort());
};
const names = (text: string) => extractArticle(text).persons.map((p) => p.name);

describe("Persian background meetings told in the pluperfect", () => {
  it("keeps an earlier meeting of the same two people («… نیز با یکدیگر دیدار کرده بودند») apart from the one reported", () => {
    const text = "محمدجواد ظریف امروز با مولود چاووش‌اوغلو وزیر خارجه ترکیه دیدار کرد. ظریف و چاووش‌اوغلو آبان‌ماه در حاشیه نشست سران اکو نیز با یکدیگر دیدار کرده بودند.";
    expect(meetingSets(text)).toHaveLength(2);
  });

  it("still merges a pluperfect retelling that the sentence dates today", () => {
    const text = "محمدجواد ظریف امروز با مولود چاووش‌اوغلو وزیر خارجه ترکیه دیدار کرد. ظریف پیش از نشست خبری، صبح امروز با چاووش‌اوغلو دیدار کرده بود.";
    expect(meetingSets(text)).toHaveLength(1);
  });
});

describe("Persian counterpart nouns after a name", () => {
  it("ends a name before «همتای», although a word in ی after a given name may be a surname", () => {
    expect(names("خوان کارلوس همتای ونزوئلایی خود را در کاراکاس پذیرفت.")).toContain("خوان کارلوس");
    expect(names("خوان کارلوس همتای ونزوئلایی خود را در کاراکاس پذیرفت.").some((n) => n.includes("همتای"))).toBe(false);
  });
});

describe("Persian coordinated clauses of one subject", () => {
  it("gives the second meeting of «X … با A گفت‌وگو کرد و سپس … رفت و با B دیدار کرد» to X, not to A", () => {
    const text = "فرهاد معتمدی در نخستین دیدار خود در آنکارا با هاکان فیدان وزیر خارجه ترکیه گفت‌وگو کرد و سپس به مجلس رفت و با نعمان کورتولموش دیدار کرد.";
    const sets = meetingSets(text);
    expect(sets).toHaveLength(2);
    expect(sets.every((set) => set.includes("فرهاد معتمدی"))).toBe(true);
  });
});

describe("Persian readiness for talks", () => {
  it("reads «آماده گفت و گو با آلمان است» as talks not held", () => {
    const text = "آنالنا بربوک وزیر خارجه آلمان دیروز به کی‌یف رفت. سرگئی لاوروف گفت که کشورش آماده گفت و گو با آلمان درباره امنیت اروپاست.";
    expect(meetingSets(text)).toEqual([]);
  });
});

describe("Persian weekly press briefings", () => {
  it("reads a spokesperson's «نشست هفتگی» as a briefing, not a meeting with the person named before", () => {
    const text = "محمدجواد ظریف امروز در مسکو با سرگئی لاوروف دیدار کرد. ماریا زاخارووا سخنگوی وزارت خارجه روسیه نیز روز پنجشنبه در نشست هفتگی خود گفته بود که این سفر مهم است.";
    expect(meetingSets(text)).toEqual([["Mohammad Javad Zarif", "Sergey Lavrov"]]);
  });
});
