/**
 * Names written in parts and lists of named office holders (names/, titles.ts, morphology.ts).
 * Every sentence is written for these tests; the fixture gazetteer knows only a few foreign ministers.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const people = (facts: ArticleFacts) => facts.persons.map((p) => [p.name, p.country, p.role]);
const names = (facts: ArticleFacts) => facts.persons.map((p) => p.name).sort();

describe("name words in parts", () => {
  it("keeps a lower-case part after a hyphen (Korean given names)", () => {
    expect(people(extract("The minister later met Park Seung-hoon, Deputy Foreign Minister of South Korea."))).toEqual([["Park Seung-hoon", "KR", "Deputy Minister of Foreign Affairs"]]);
  });

  it("keeps an elided prefix before an apostrophe", () => {
    expect(names(extract("Talks were joined by Sean O’Donnell and Mary D'Souza in Dublin."))).toEqual(["Mary D'Souza", "Sean O’Donnell"]);
  });

  it("does not take a participle after a hyphen into a name", () => {
    expect(names(extract("The Moscow-backed plan was presented by Elena Sokolova-based officials."))).not.toContain("Elena Sokolova-based");
  });
});

describe("lists of named office holders", () => {
  it("gives each name the title after it, not the one before a semicolon", () => {
    const facts = extract("Present were Tomas Berg, Ambassador of Sweden; Ana Souza, Ambassador of Brazil; and Otieno Kamau, High Commissioner of Kenya.");
    expect(people(facts)).toEqual([["Tomas Berg", "SE", "Ambassador"], ["Ana Souza", "BR", "Ambassador"], ["Otieno Kamau", "KE", "High Commissioner"]]);
  });
});

describe("Arabic country adjectives", () => {
  it("reads an adjective whose first letters look like the article (ألماني) as the country", () => {
    const facts = extract("وقال السفير الألماني يوهان شميت إن المباحثات كانت مثمرة.");
    expect(facts.countries).toEqual(["DE"]);
    expect(people(facts)).toEqual([["يوهان شميت", "DE", "Ambassador"]]);
  });
});

describe("Arab given names in Persian text", () => {
  it("opens a name with an Arabic given name Persian lists do not have", () => {
    const facts = extract("وزارت خارجه عراق اعلام کرد: سعد کریم الحسینی به عنوان سفیر جدید منصوب شد.");
    expect(facts.persons.map((p) => p.name)).toEqual(["سعد کریم الحسینی"]);
  });
});

describe("honorifics and attachés", () => {
  it("reads a military attaché after the name as a title, not a name word", () => {
    const facts = extract("وحضر اللقاء الكولونيل جيمس براون الملحق العسكري في السفارة.");
    expect(people(facts)).toEqual([["جيمس براون", null, "Attaché"]]);
  });

  it("leaves Sardar out of a name as an honorific", () => {
    expect(names(extract("The visitor later called on Sardar Imran Khattak at his office."))).toEqual(["Imran Khattak"]);
  });
});

describe("Arabic verbs are not names", () => {
  it("does not read a plural verb with its conjunction as a name after a country", () => {
    const facts = extract("وقدم السفراء أوراق اعتمادهم كسفراء لبلدانهم لدى جمهورية جيبوتي، وانتهزوا الفرصة لتقديم الشكر.");
    expect(names(facts)).toEqual([]);
  });
});

describe("one person in two spellings", () => {
  it("reads a name written once without a space between two of its words as the same person", () => {
    const facts = extract("کنجی تاناکا هاشیموتو با وزیر دیدار کرد. در این دیدار کنجی تاناکاهاشیموتو گفت که روابط خوب است.");
    expect(facts.persons).toHaveLength(1);
  });
});

describe("places people stand in English", () => {
  it("reads a capitalised run after predecessor, successor or counterpart as a person", () => {
    expect(names(extract("The talks began under her predecessor Tarvo Kuusk and went on with his counterpart Odera Nwaneri."))).toEqual(["Odera Nwaneri", "Tarvo Kuusk"]);
  });
});

describe("Western given names in Arabic and Persian script", () => {
  it("opens Arabic and Persian names with Isabel and David", () => {
    expect(names(extract("واستقبل الوزير إيزابيل مورينو في مكتبه."))).toEqual(["إيزابيل مورينو"]);
    expect(names(extract("وزیر امروز با داوید کاپانادزه دیدار کرد."))).toEqual(["داوید کاپانادزه"]);
  });
});

describe("photo credits", () => {
  it("does not take the photographer after an agency and a slash at the end of a line", () => {
    const facts = extract("Talks in Bern went well, Otieno Kamau said. Keystone / Anthony Huber\nKamau met the minister later.");
    expect(names(facts)).toEqual(["Otieno Kamau"]);
  });
});

describe("names of agreements and meetings", () => {
  it("does not take a name before Accords, Act or Summit for a person", () => {
    expect(names(extract("The ministers discussed the Camp David Accords, the Robert Palmer Act and the Peter Smith Summit."))).toEqual([]);
  });
});

describe("a surname alone with an Arabic clitic", () => {
  it("reads لساتو as a later mention of the person named in full", () => {
    const facts = extract("التقى الوزير اليوم كينجي ساتو في القاهرة. وأعرب الوزير عن تقديره لساتو على جهوده.");
    expect(facts.persons.map((p) => p.mentions.map((m) => m.text))).toEqual([["كينجي ساتو", "ساتو"]]);
  });
});

describe("ordinary words that look like names", () => {
  it("reads an Arabic particle with a conjunction (وقد، فقد) as no name word", () => {
    expect(names(extract("وقد حرص رئيس الوزراء على لقاء الوفد الزائر في مكتبه."))).not.toContainEqual(expect.stringContaining("حرص"));
  });

  it("reads a given name after the word for a feast as its adjective (عید سعید قربان)", () => {
    expect(names(extract("به مناسبت عید سعید قربان، سفیر ژاپن پیام تبریک فرستاد."))).toEqual([]);
  });

  it("reads a formula of blessing as no name (طيب الله ثراه)", () => {
    expect(names(extract("وزار الوفد ضريح الملك المؤسس طيب الله ثراه أمس."))).not.toContain("طيب الله");
  });

  it("reads تیم as the word team unless another name word follows", () => {
    expect(names(extract("تیم اعزامی ایران دیروز به ژنو رفت."))).toEqual([]);
  });
});

describe("names with initials", () => {
  it("reads spaced leading initials and middle initials written together as part of the name", () => {
    expect(names(extract("Prime Minister K. R. Perera met the envoy in Colombo on Monday."))).toEqual(["K. R. Perera"]);
    expect(names(extract("The Director General, Mr. Tamba B.K Sesay, met the envoy in Freetown."))).toEqual(["Tamba B.K Sesay"]);
    expect(names(extract("Director General Tamba B.K. Sesay met the envoy in Freetown."))).toEqual(["Tamba B.K. Sesay"]);
  });

  it("does not end a name with a country's initials written after it", () => {
    expect(names(extract("Ambassador Tamba Sesay U.S. envoy met the minister in Freetown."))).toEqual(["Tamba Sesay"]);
  });
});

describe("an English title heading a named body, then the holder's name", () => {
  it("reads the name after the body's last word that is no name word", () => {
    expect(names(extract("The envoy was hosted by the Speaker of the Kadu Regional Assembly Tamba Sesay in Kadu."))).toEqual(["Tamba Sesay"]);
    expect(names(extract("The envoy met the Chairman of the National Council Tamba Sesay on Monday."))).toEqual(["Tamba Sesay"]);
  });

  it("takes no word of the body for a name", () => {
    expect(names(extract("The envoy met the Director of the Americas Division of the Rights Watch on Monday."))).toEqual([]);
  });
});
