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

describe("a portfolio after the title", () => {
  it("reads an Arabic portfolio with its adjectives as part of the title", () => {
    expect(people(extract("وبحث الوزير مع مساعد وزير الخارجية الأمريكي للشؤون الاقتصادية جون ميلر سبل التعاون."))).toContainEqual(["جون ميلر", "US", "Deputy Minister of Foreign Affairs"]);
  });

  it("reads an English portfolio up to its last listed word", () => {
    expect(people(extract("The minister met Kenyan Deputy Minister for Trade and Regional Integration Otieno Kamau, who was visiting."))).toEqual([["Otieno Kamau", "KE", "Deputy Minister"]]);
  });

  it("reads an English portfolio joined by 'and' to the title", () => {
    expect(people(extract("Kenya's Minister of Foreign Affairs and Regional Integration Otieno Kamau met the envoy."))).toEqual([["Otieno Kamau", "KE", "Minister of Foreign Affairs"]]);
  });

  it("reads a Persian portfolio of one word as part of the title", () => {
    expect(people(extract("معاون وزیر خارجه ژاپن در امور اقتصادی کنجی تاناکا با سفیر دیدار کرد."))).toContainEqual(["کنجی تاناکا", "JP", "Deputy Minister of Foreign Affairs"]);
  });
});

describe("plural counterparts", () => {
  it("gives each name after a country adjective in the list its country", () => {
    const facts = extract("وبحث الوزير هاتفيا مع نظرائه الفرنسي جان بيير مارتان والمالي موسى كوليبالي وكذا النيجري عمر سيسي.");
    expect(people(facts)).toEqual([["جان بيير مارتان", "FR", null], ["موسى كوليبالي", "ML", null], ["عمر سيسي", "NE", null]]);
  });
});

describe("formal state names and spelling variants", () => {
  it("reads the Hashemite Kingdom's formal Arabic name and the Gulf spelling of Norway as countries", () => {
    expect(extract("استقبل الوزير سفير المملكة الأردنية الهاشمية وسفير النروج.").countries).toEqual(["JO", "NO"]);
  });

  it("reads نماینده خاص as a special envoy's title", () => {
    expect(people(extract("نماینده خاص ژاپن، آقای کنجی ساتو، با وزیر دیدار کرد."))).toEqual([["کنجی ساتو", "JP", "Special Envoy"]]);
  });
});

describe("a title's country past the mission", () => {
  it("reads the country whose embassy the title holder serves in three languages", () => {
    expect(people(extract("The minister summoned the Chargé d'Affaires of the High Commission of Ghana to Kenya, Ms Ama Mensah, on Monday."))).toEqual([["Ama Mensah", "GH", "Chargé d'Affaires"]]);
    expect(people(extract("وزیر با سعیدو کامارا کاردار سفارت نیجریه دیدار کرد."))).toEqual([["سعیدو کامارا", "NG", "Chargé d'Affaires"]]);
    expect(people(extract("استقبل الوزير القائم بأعمال سفارة اليابان كينجي ساتو."))).toEqual([["كينجي ساتو", "JP", "Chargé d'Affaires"]]);
  });
});

describe("possessives written with other marks", () => {
  it("reads a country with a backtick possessive before the title", () => {
    expect(people(extract("Estonia`s Minister of Foreign Affairs Tarvo Kuusk met the envoy."))).toEqual([["Tarvo Kuusk", "EE", "Minister of Foreign Affairs"]]);
  });
});

describe("a delegation's leader", () => {
  it("gives the leader named after 'led by' the delegation's country in three languages", () => {
    expect(people(extract("The Estonian delegation was led by Deputy Foreign Minister Tarvo Kuusk, who met the host."))).toEqual([["Tarvo Kuusk", "EE", "Deputy Minister of Foreign Affairs"]]);
    expect(people(extract("وصل إلى القاهرة اليوم وفد ياباني برئاسة كينجي ساتو في زيارة رسمية."))).toEqual([["كينجي ساتو", "JP", null]]);
    expect(people(extract("هیئت ژاپنی به ریاست کنجی ساتو وارد تهران شد."))).toEqual([["کنجی ساتو", "JP", null]]);
  });
});

describe("Persian 'new' inside a title", () => {
  it("reads رئیس جدید پارلمان with its country as a title", () => {
    expect(people(extract("سفیر با کنجی ساتو رئیس جدید پارلمان ژاپن دیدار کرد."))).toContainEqual(["کنجی ساتو", "JP", "Speaker of Parliament"]);
  });
});

describe("Arabic 'his/her foreign minister' after a named leader", () => {
  it("reads وزير خارجيته and وزيرة خارجيتها as a foreign minister of the leader's country", () => {
    expect(people(extract("وكان الرئيس الكيني أوهورو كينياتا قد أوفد وزير خارجيته جون موانغي إلى الخرطوم."))).toContainEqual(["جون موانغي", "KE", "Minister of Foreign Affairs"]);
    expect(people(extract("واستقبلت رئيسة الوزراء البريطانية تيريزا ماي وزيرة خارجيتها إليزابيث كارتر في لندن."))).toContainEqual(["إليزابيث كارتر", "GB", "Minister of Foreign Affairs"]);
  });
});
