import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

const people = (facts: ArticleFacts) => facts.persons.map((p) => ({ name: p.name, role: p.role, mentions: p.mentions.map((m) => m.text) }));

describe("office titles beyond foreign ministers", () => {
  it("reads a nested title as the longer one: the first vice president is not the president", () => {
    const facts = extractArticle("معاون اول رئیس‌جمهور در جلسه هیئت دولت گفت: بودجه امسال متعادل است.", { publishedAt: "2018-03-01" });
    expect(facts.persons.map((p) => p.name)).not.toContain("Hassan Rouhani");
  });

  it("resolves a portfolio minister only through a holder of exactly that office", () => {
    const fa = extractArticle("وزیر دفاع ایران در نشست خبری گفت: توان دفاعی ما افزایش یافته است.", { publishedAt: "2019-03-01" });
    expect(fa.persons.map((p) => [p.name, p.role])).toEqual([["Amir Hatami", "Minister of Defence"]]);
    const en = extractArticle("Norwegian Defence Minister Ola Hansen said the exercise would go ahead.");
    expect(en.persons.map((p) => [p.name, p.country, p.role])).toEqual([["Ola Hansen", "NO", "Minister of Defence"]]);
  });

  it("gives an unknown name after an Arabic minister title the portfolio's role", () => {
    const facts = extractArticle("وقال وزير الصحة الأردني، فراس الهواري، إن الوضع تحت السيطرة.");
    expect(facts.persons.map((p) => [p.name, p.country, p.role])).toEqual([["فراس الهواري", "JO", "Minister of Health"]]);
  });

  it("takes the region a governor serves into the title, so the name after it is the governor's", () => {
    const sudan = people(extractArticle("التقى والي ولاية النيل الأبيض، اللواء ركن حسن علي، بمكتبه اليوم سفير اليابان كينجي تاناكا."));
    expect(sudan.find((p) => p.mentions.includes("والي ولاية النيل الأبيض"))?.role).toBe("Governor");
    const region = people(extractArticle("أكد حاكم إقليم كردفان أحمد يوسف حماد أن الطرق ستفتح قريبا."));
    expect(region.map((p) => [p.name, p.role])).toEqual([["أحمد يوسف حماد", "Governor"]]);
    const afghan = people(extractArticle("والی ولایت بلخ عبدالرحمن صدیقی با سرکنسول ازبکستان دیدار کرد."));
    expect(afghan.map((p) => [p.name, p.mentions])).toEqual([["عبدالرحمن صدیقی", ["والی ولایت بلخ", "عبدالرحمن صدیقی"]]]);
  });

  it("reads a province written right after a Persian governor's title as the title's, not as a name", () => {
    const facts = people(extractArticle("استاندار کرمانشاه امروز با سرکنسول عراق دیدار کرد."));
    expect(facts.map((p) => p.name)).not.toContain("کرمانشاه");
    const named = people(extractArticle("استاندار سیستان و بلوچستان مهدی شهریاری امروز به زاهدان رفت."));
    expect(named.map((p) => [p.name, p.role])).toEqual([["مهدی شهریاری", "Governor"]]);
  });

  it("gives a short title written again word for word to the one person it named, not to another holder of the office", () => {
    const text = "استاندار گلستان حسن نوری و والی بلخ احمد کریمی در گرگان دیدار کردند. والی بلخ گفت: روابط دو طرف خوب است.";
    const facts = extractArticle(text);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:احمد کریمی"]);
  });

  it("does not make a person's title out of 'head of the office of X' or 'adviser of X', but keeps X's name", () => {
    const office = people(extractArticle("رئیس دفتر حسن روحانی در گفتگو با خبرنگاران گفت: دولت آماده است.", { publishedAt: "2019-03-01" }));
    expect(office.find((p) => p.name === "Hassan Rouhani")?.mentions).toEqual(["حسن روحانی"]);
    const adviser = people(extractArticle("مشاور حسن روحانی در یادداشتی نوشت که دولت آماده است.", { publishedAt: "2019-03-01" }));
    expect(adviser.find((p) => p.name === "Hassan Rouhani")?.mentions).toEqual(["حسن روحانی"]);
  });

  it("reads the country written after an English title with 'of'", () => {
    const facts = extractArticle("The Minister of Foreign Affairs of Ghana, Kwame Asante, said the talks had been useful.");
    expect(facts.persons.map((p) => [p.name, p.country, p.role])).toEqual([["Kwame Asante", "GH", "Minister of Foreign Affairs"]]);
  });

  it("reads a speaker of a named chamber and an ambassador extraordinary and plenipotentiary as titles with their country", () => {
    const speaker = extractArticle("The Speaker of the National Assembly of Zambia Karin Olsberg said the session had gone well.");
    expect(speaker.persons.map((p) => [p.name, p.country, p.role])).toEqual([["Karin Olsberg", "ZM", "Speaker of Parliament"]]);
    const ambassador = extractArticle("Ambassador Extraordinary and Plenipotentiary of Peru to Chile Tomas Varga said the visit was useful.");
    expect(ambassador.persons.map((p) => [p.name, p.country, p.role])).toEqual([["Tomas Varga", "PE", "Ambassador"]]);
  });

  it("reads an ambassador-designate and a chargé d'affaires a.i. as the titles they qualify", () => {
    const designate = extractArticle("Peru's Ambassador-designate Tomas Varga presented a copy of his credentials to Deputy Minister Ana Ruiz.");
    expect(designate.persons.map((p) => [p.name, p.country, p.role])[0]).toEqual(["Tomas Varga", "PE", "Ambassador"]);
    const interim = extractArticle("The Peruvian Chargé d'Affaires a.i. in Lima, Tomas Varga, met Foreign Minister Ana Ruiz.");
    expect(interim.persons.map((p) => [p.name, p.country, p.role])[0]).toEqual(["Tomas Varga", "PE", "Chargé d'Affaires"]);
  });

  it("reads an ambassador's title with its sending country and keeps the host country in the title", () => {
    const facts = extractArticle("سفیر ایران در ژاپن، کاظم جلالی گفت: روابط دو کشور رو به گسترش است.");
    expect(people(facts)).toEqual([{ name: "کاظم جلالی", role: "Ambassador", mentions: ["سفیر ایران در ژاپن", "کاظم جلالی"] }]);
    expect(facts.persons[0].country).toBe("IR");
  });

  it("knows speakers of parliament and security council secretaries, by title and by name", () => {
    const speaker = extractArticle("رئیس مجلس شورای اسلامی در نطق پیش از دستور گفت: مجلس از دولت حمایت می‌کند.", { publishedAt: "2021-03-01" });
    expect(speaker.persons.map((p) => p.name)).toEqual(["Mohammad Bagher Ghalibaf"]);
    const named = extractArticle("محمدباقر قالیباف، رئیس مجلس در نطق پیش از دستور گفت: مجلس از دولت حمایت می‌کند.", { publishedAt: "2021-03-01" });
    expect(named.persons.map((p) => [p.name, p.role])).toEqual([["Mohammad Bagher Ghalibaf", "Speaker of Parliament"]]);
    const patrushev = extractArticle("Russian Security Council Secretary Nikolai Patrushev said the talks were useful.", { publishedAt: "2019-06-01" });
    expect(patrushev.persons.map((p) => [p.name, p.role])).toEqual([["Nikolai Patrushev", "Secretary of the Security Council"]]);
  });

  it("does not take a title word with a conjunction clitic for a name", () => {
    const facts = extractArticle("استقبل ولي عهد البحرين ونائب القائد الأعلى الوفد في المنامة.");
    expect(facts.persons.map((p) => p.name)).not.toContain("ونائب القائد");
  });
});

describe("a plural title at the end of the text", () => {
  it("reads a text whose last word is a plural title without failing", () => {
    expect(() => extractArticle("تسلم الوزير اليوم أوراق اعتماد السفراء.")).not.toThrow();
  });
});
