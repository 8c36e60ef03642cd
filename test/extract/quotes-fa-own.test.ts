import { describe, expect, it } from "vitest";
import { createExtractor, extractArticle, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Persian quote shapes found by probing with articles of our own (eval/own, own-fa-q*); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("a Persian quotation before its attribution («…»، این را X گفت)", () => {
  it("gives the quotation opening the sentence to the person named before the verb, past the anaphoric «این را»", () => {
    const text = "نیکوس دندیاس وزیر خارجه یونان روز چهارشنبه وارد قاهره شد.\n«مدیترانه شرقی باید دریای همکاری باشد، نه دریای رقابت»، این را دندیاس در جمع خبرنگاران گفت.";
    expect(quotes(extract(text))).toEqual([["name:نیکوس دندیاس", "مدیترانه شرقی باید دریای همکاری باشد، نه دریای رقابت", true]]);
  });

  it("gives it to the holder of a title written as the subject, and the verb coordinated after it goes on with them", () => {
    const text = "مارتا لوپز معاون وزیر امور خارجه شیلی برای گفت‌وگو با مقامات پرو به لیما رفت.\n«ما به دنبال تجارت آزاد در سراسر منطقه هستیم»؛ این مطلب را معاون وزیر خارجه شیلی گفت و افزود که قرارداد تازه تا پایان سال امضا می‌شود.";
    expect(quotes(extract(text))).toEqual([
      ["name:مارتا لوپز", "ما به دنبال تجارت آزاد در سراسر منطقه هستیم", true],
      ["name:مارتا لوپز", "قرارداد تازه تا پایان سال امضا می‌شود", false],
    ]);
  });

  it("reads a quotation of several sentences opening its paragraph, with the subject and no anaphoric object", () => {
    const text = "فرانسیس اوکلو وزیر مشاور دولت نیجریه روز جمعه در ابوجا سخنرانی کرد.\n«بودجه امسال بر زیرساخت متمرکز است. جاده‌های شمال اولویت ماست.» اوکلو در پایان سخنانش گفت.";
    expect(quotes(extract(text))).toEqual([["name:فرانسیس اوکلو", "بودجه امسال بر زیرساخت متمرکز است. جاده‌های شمال اولویت ماست", true]]);
  });

  it("does not read a quoted name inside the sentence, or a quotation set after the subject, as the verb's words", () => {
    const inside = "فرانسیس اوکلو وزیر مشاور دولت نیجریه درباره «طرح ملی توسعه راه‌های روستایی شمال» گفت.";
    expect(quotes(extract(inside))).toEqual([]);
  });
});

describe("who speaks for a Persian verb with no named subject before it", () => {
  it("gives a plural verb (نوشته‌اند، می‌گویند، گفتند) to nobody, not to the last speaker", () => {
    const lead = "یان کوبیش نماینده ویژه سازمان ملل روز سه‌شنبه در بغداد گفت که روند سیاسی باید ادامه یابد.\n";
    for (const line of ["به گفته دیپلمات‌ها، سوئد و نروژ هم در یادداشتی نوشته‌اند که کمک‌ها افزایش می‌یابد.", "در همین حال در استکهلم و اسلو می‌گویند که کمک‌ها افزایش می‌یابد."]) {
      expect(extract(lead + line).quotes.map((q) => q.speaker)).toEqual(["name:یان کوبیش"]);
    }
  });

  it("gives the clause to a surname opening it, not to a person named later inside its object", () => {
    const text = "بهرام قاسمی سخنگوی وزارت امور خارجه روز دوشنبه به سوالات خبرنگاران پاسخ داد.\nقاسمی برنامه سفر محمدجواد ظریف به مالزی را اعلام کرد و گفت که این سفر سه روز طول می‌کشد.";
    expect(extractArticle(text).quotes.map((q) => [q.speaker, q.speakerRule])).toEqual([["bahram-ghasemi", "surname"]]);
  });
});

describe("«سخن گفت» (spoke, of a topic) is no attribution", () => {
  it("does not cut a colon quote at a relative clause with «سخن می‌گویند», nor read «از X سخن گفت» as a quote", () => {
    const lead = "نیکوس دندیاس وزیر خارجه یونان روز چهارشنبه وارد قاهره شد.\n";
    const inQuote = extract(`${lead}دندیاس افزود: دولت‌هایی که از حقوق دریاها سخن می‌گویند، باید به حکم دادگاه احترام بگذارند.`);
    expect(quotes(inQuote)).toEqual([["name:نیکوس دندیاس", "دولت‌هایی که از حقوق دریاها سخن می‌گویند، باید به حکم دادگاه احترام بگذارند", true]]);
    expect(quotes(extract(`${lead}دندیاس در دانشگاه قاهره درباره تاریخ روابط دو کشور سخن گفت.`))).toEqual([]);
  });
});
