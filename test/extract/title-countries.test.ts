/**
 * The country a title names when words stand between them: a state's style, words of
 * appointment, "new" before the title (titles.ts). Every sentence is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const people = (facts: ArticleFacts) => facts.persons.map((p) => [p.name, p.country, p.role]);

describe("a title's country past the words between them", () => {
  it("reads the country after 'of the Kingdom of'", () => {
    expect(people(extract("The delegation was received by Omar Haddad, the Ambassador of the Kingdom of Morocco, at the ministry."))).toEqual([["Omar Haddad", "MA", "Ambassador"]]);
  });

  it("reads the country before 'new' and the title", () => {
    expect(people(extract("Austria's new state secretary Lukas Gruber told reporters the visit was useful."))).toEqual([["Lukas Gruber", "AT", "State Secretary"]]);
  });

  it("reads a Persian country after the word of appointment", () => {
    expect(people(extract("رضا کاظمی در دیدار با مارکو بیانکی سفیر جدید ایتالیا گفت که روابط خوب است."))).toContainEqual(["مارکو بیانکی", "IT", "Ambassador"]);
  });

  it("reads an Arabic country after a style with the preposition لـ", () => {
    expect(people(extract("استقبل الوزير اليوم السفير الجديد لجمهورية السنغال أحمد ديوب."))).toEqual([["أحمد ديوب", "SN", "Ambassador"]]);
  });

  it("takes the vice minister's full title", () => {
    expect(people(extract("He met Hiro Tanaka, Vice Minister of Foreign Affairs of Japan, on Monday."))).toEqual([["Hiro Tanaka", "JP", "Deputy Minister of Foreign Affairs"]]);
  });

  it("lets a bare title speak for the person holding the fuller office", () => {
    const facts = extract("Pedro Alves, Vice Minister of Foreign Affairs of Portugal, arrived in Rome. The vice minister said that the talks had been useful.");
    expect(facts.quotes.map((q) => q.speaker)).toEqual([facts.persons.find((p) => p.name === "Pedro Alves")?.key]);
  });
});

describe("a title and its name apart", () => {
  it("gives the name after the counterpart phrase the counterpart's country", () => {
    const facts = extract("التقى الوزير كريم علوي اليوم بنظيره الإسباني خوان كارلوس بيريز في باريس.");
    expect(people(facts)).toContainEqual(["خوان كارلوس بيريز", "ES", null]);
  });

  it("reads the name after an honorific with its full stop as the title's", () => {
    expect(people(extract("Earlier, the Indian High Commissioner to Ghana, Mr. Arjun Mehta, met the press."))).toEqual([["Arjun Mehta", "IN", "High Commissioner"]]);
  });

  it("gives a title repeated before the name the country of the first", () => {
    expect(people(extract("He received the Ambassador of the People’s Republic of China to Ghana, Ambassador Wu Jian, on Tuesday."))).toEqual([["Wu Jian", "CN", "Ambassador"]]);
  });

  it("reads a name that opens the text before its title", () => {
    expect(people(extract("چانگ هووآ، سفیر جدید جمهوری خلق چین امروز با رئیس مجلس دیدار کرد."))).toEqual([["چانگ هووآ", "CN", "Ambassador"]]);
  });
});
