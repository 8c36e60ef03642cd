import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

// Shapes of whole Persian news articles about officials no gazetteer knows, on sentences of our own.
const people = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetingSets = (facts: ArticleFacts) => facts.meetings.map((m) => m.participants.map((k) => personOf(facts, k)?.name ?? k).sort());
const quotesBy = (facts: ArticleFacts) => facts.quotes.map((q) => [personOf(facts, q.speaker)?.name ?? q.speaker, q.span.text]);

describe("Persian articles: counterparts, credentials, attendees", () => {
  it("reads a name after the meeting's 'با' and before a counterpart phrase as that counterpart", () => {
    const facts = extractArticle("بهرام نوروزی معاون وزیر امور خارجه در گفت‌وگوی تلفنی با لوسیا مارتینز همتای اکوادوری خود رایزنی کرد.\nمارتینز گفت که اکوادور از گسترش همکاری‌ها استقبال می‌کند.");
    expect(personOf(facts, "لوسیا مارتینز")?.country).toBe("EC");
    expect(quotesBy(facts).map(([speaker]) => speaker)).toEqual(["لوسیا مارتینز"]);
    expect(facts.meetings.map((m) => m.mode)).toEqual(["phone"]);
  });

  it("keeps a name before a counterpart phrase with no 'با' as the one whose counterpart it is", () => {
    const facts = extractArticle("کامران نیک‌نژاد همتای ژاپنی خود را در توکیو ملاقات کرد.");
    expect(facts.persons.filter((p) => p.mentions.some((m) => m.text.startsWith("همتای"))).map((p) => p.name)).not.toContain("کامران نیک‌نژاد");
  });

  it("reads 'تقدیم X کرد' as presenting credentials to X, and a title with 'این کشور' as that country's", () => {
    const text = "بهرام نوروزی سفیر جدید ایران در تانزانیا استوارنامه خود را تقدیم ماریام سلوحو رئیس‌جمهور این کشور کرد.\nدر این مراسم، رئیس‌جمهور تانزانیا گفت که کشورش خواهان گسترش همکاری‌ها است.";
    const facts = extractArticle(text);
    expect(personOf(facts, "ماریام سلوحو")?.country).toBe("TZ");
    expect(meetingSets(facts)).toEqual([["ماریام سلوحو", "بهرام نوروزی"].sort()]);
    expect(quotesBy(facts).map(([speaker]) => speaker)).toEqual(["ماریام سلوحو"]);
  });

  it("reads a name after 'در این مراسم' and before its title as an attendee", () => {
    const text = "بهرام نوروزی سفیر ایران با کیمانی اوگوتو وزیر امور خارجه کنیا دیدار کرد.\nدر این دیدار جانواری ماکوتا وزیر بازرگانی کنیا نیز حضور داشت.";
    const facts = extractArticle(text);
    expect(meetingSets(facts)).toEqual([["بهرام نوروزی", "کیمانی اوگوتو", "جانواری ماکوتا"].sort()]);
  });

  it("reads a name after 'و' between two titled people as the list's next attendee", () => {
    const text = "رسول قربانی استاندار فارس با نظام‌الدین رحیمف سفیر تاجیکستان دیدار کرد.\nدر این دیدار علی‌اکبر حسینی معاون استانداری و ظفر عبدالله‌یف سرکنسول تاجیکستان در مشهد نیز حضور داشتند.";
    const facts = extractArticle(text);
    expect(people(facts)).toContain("ظفر عبدالله‌یف");
    expect(meetingSets(facts)[0]).toContain("ظفر عبدالله‌یف");
  });

  it("reads a name that opens with آل (folded to ال) before a title", () => {
    const facts = extractArticle("به گزارش ایرنا، آلیو بلو سفیر جدید نیجریه در تهران با بهرام نوروزی معاون وزیر امور خارجه دیدار کرد.");
    expect(people(facts)).toContain("آلیو بلو");
    expect(meetingSets(facts)).toEqual([["آلیو بلو", "بهرام نوروزی"].sort()]);
  });

  it("knows the presidents of senates and congresses as titles", () => {
    const facts = extractArticle("رضا زمانی سفیر ایران با ماریا سولر رئیس کنگره نمایندگان اسپانیا دیدار کرد.\nسولر گفت: «دیپلماسی پارلمانی پل ملت‌هاست.»");
    expect(personOf(facts, "ماریا سولر")?.country).toBe("ES");
    expect(quotesBy(facts).map(([speaker]) => speaker)).toEqual(["ماریا سولر"]);
    const senate = extractArticle("فرهاد عزیزی سفیر ایران با جاوید اکرم رئیس مجلس سنای پاکستان دیدار کرد.");
    expect(personOf(senate, "جاوید اکرم")?.country).toBe("PK");
  });

  it("keeps a further meeting 'همچنین' with someone who attended the first one", () => {
    const text = "بهرام نوروزی معاون وزیر امور خارجه با کریم بلعید رئیس‌جمهور الجزایر دیدار کرد.\nدر این دیدار سمیر عطاوی وزیر امور خارجه الجزایر نیز حضور داشت.\nنوروزی همچنین با عطاوی به طور جداگانه دیدار و گفت‌وگو کرد.";
    const facts = extractArticle(text);
    expect(meetingSets(facts)).toEqual([["بهرام نوروزی", "کریم بلعید", "سمیر عطاوی"].sort(), ["بهرام نوروزی", "سمیر عطاوی"].sort()]);
  });

  it("ends a headline's title with its line, before the dateline's city", () => {
    const text = "دیدار سفیر افغانستان با معین وزارت خارجه ازبکستان\nکابل (طلوع نیوز): محمد اشرف حیدری سفیر افغانستان در تاشکند با ایلخوم نعمتوف معین اول وزارت امور خارجه ازبکستان دیدار کرد.";
    const facts = extractArticle(text);
    expect(people(facts)).not.toContain("طلوع نیوز");
    expect(meetingSets(facts)).toEqual([["محمد اشرف حیدری", "ایلخوم نعمتوف"].sort()]);
  });

  it("does not end a reported clause at 'ادامه می‌دهد' (continues), only at the past 'ادامه داد'", () => {
    const facts = extractArticle("کریم بلعید رئیس‌جمهور الجزایر با بیان اینکه الجزایر به تلاش‌های خود ادامه می‌دهد، گفت که دو کشور در تماس خواهند بود.");
    expect(facts.quotes.map((q) => q.span.text)).toContain("الجزایر به تلاش‌های خود ادامه می‌دهد");
  });

  it("reads 'در تماسی جداگانه' as a phone call", () => {
    const facts = extractArticle("عباس عراقچی وزیر امور خارجه کشورمان در تماسی جداگانه با هاکان فیدان همتای ترکیه‌ای خود گفت‌وگو کرد.");
    expect(facts.meetings.map((m) => m.mode)).toEqual(["phone"]);
  });
});
