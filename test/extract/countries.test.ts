import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const countries = (text: string) => extractArticle(text).countries;

describe("countries", () => {
  it("finds ISO names in all three languages", () => {
    expect(countries("Officials from Norway and Chile met.")).toEqual(["NO", "CL"]);
    expect(countries("هیئتی از نروژ به شیلی رفت.")).toEqual(["NO", "CL"]);
    expect(countries("وصل وفد من النرويج إلى تشيلي.")).toEqual(["NO", "CL"]);
  });

  it("finds adjectives, demonyms and short names", () => {
    expect(countries("دیپلمات روسی و همتای آمریکایی او گفتگو کردند.")).toEqual(["RU", "US"]);
    expect(countries("قال الوزير الروسي إن الجانب الأمريكي وافق.")).toEqual(["RU", "US"]);
    expect(countries("The Russian envoy and American officials spoke.")).toEqual(["RU", "US"]);
    expect(countries("وزیر خارجه آمریکا به ژاپن رفت.")).toEqual(["US", "JP"]);
  });

  it("reads Iran's provinces named Azerbaijan as no country, the country itself still", () => {
    expect(countries("استاندار آذربایجان غربی با سرکنسول ترکیه در تبریز دیدار کرد.")).toEqual(["TR"]);
    expect(countries("وزیر خارجه جمهوری آذربایجان به ترکیه رفت.")).toEqual(["AZ", "TR"]);
  });

  it("finds older, short and alternative names and demonyms", () => {
    expect(countries("Envoys of Surinam, Burma and Swaziland met in Byelorussia.")).toEqual(["SR", "MM", "SZ", "BY"]);
    expect(countries("The DPRK and the ROK, Laos, Brunei and Moldova sent delegates; a Madagascan official spoke.")).toEqual(["KP", "KR", "LA", "BN", "MD", "MG"]);
    expect(countries("Officials from the Democratic Republic of Congo and the KSA met.")).toEqual(["CD", "SA"]);
    expect(countries("وصل وفد من كوت ديفوار وجمهورية الكونغو الديموقراطية إلى ميانمار.")).toEqual(["CI", "CD", "MM"]);
    expect(countries("والتقى السفير الكوري الشمالي نظيره البيلاروسي.")).toEqual(["KP", "BY"]);
    // The spelling of Mauritanian and Senegalese outlets (السينغال for السنغال).
    expect(countries("وصل وزير خارجية السينغال إلى نواكشوط والتقى نظيره الموريتاني، ثم غادر الوفد السينغالي.")).toEqual(["SN", "MR"]);
    expect(countries("هیئتی از میانمار و کوت دیوار به جمهوری کنگو رفت.")).toEqual(["MM", "CI", "CG"]);
    expect(countries("دیپلمات نیجریه‌ای با همتای الجنوب أفريقي دیدار کرد.")).toEqual(["NG", "ZA"]);
  });

  it("reads the name of a region holding a country's form as no country", () => {
    expect(countries("Leaders of Latin American and Central American states met in Chile.")).toEqual(["CL"]);
    expect(countries("سفر رئیس‌جمهور به آمریکای لاتین و کوبا آغاز شد.")).toEqual(["CU"]);
    expect(countries("جولة في أمريكا اللاتينية تشمل كوبا، وزيارة إلى أمريكا.")).toEqual(["CU", "US"]);
  });

  it("reads lower-case abbreviations as words, not countries", () => {
    expect(countries("The rok band and the prc club played.")).toEqual([]);
  });

  it("reads Arabic clitics on country names", () => {
    expect(countries("أعلنت وزارة الخارجية دعمها لسوريا وللعراق.")).toEqual(["SY", "IQ"]);
  });

  it("counts a capital standing for its government but not a capital that is only a place", () => {
    expect(countries("پکن و واشنگتن درباره تعرفه‌ها به تفاهم رسیدند.")).toEqual(["CN", "US"]);
    expect(countries("رایزنی‌های پکن-اسلام‌آباد ادامه دارد.")).toEqual(["CN", "PK"]);
    expect(countries("این نشست در ژنو و سپس در وین برگزار شد.")).toEqual([]);
    expect(countries("عقد الاجتماع في بروكسل.")).toEqual([]);
  });

  it("does not read common words as countries", () => {
    expect(countries("کمک‌های مالی به این طرح افزایش یافت.")).toEqual([]);
    expect(countries("Tell us what you think.")).toEqual([]);
    expect(countries("The US and the UK agreed.")).toEqual(["US", "GB"]);
  });

  it("counts 'our country' as the outlet's country", () => {
    expect(countries("به گزارش ایسنا، وزیر امور خارجه کشورمان به پکن رفت.")).toEqual(["IR"]);
  });
  it("reads Bangladesh in its Arabic spellings without the yeh (بنغلادش، بنجلاديش)", () => {
    expect(countries("وصل وفد من بنغلادش إلى تونس.")).toEqual(["BD", "TN"]);
    expect(countries("وقع الجانبان اتفاقا بين بنجلاديش والأردن.")).toEqual(["BD", "JO"]);
  });
});
