import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

const people = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const met = (facts: ArticleFacts) => {
  const name = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((k) => name.get(k) ?? k).sort());
};

describe("Persian reports of little-known officials (own-fa-e round)", () => {
  it("reads a parliamentary committee's chair or spokesperson written after a name as a title, so an ambiguous given name opens the name", () => {
    const facts = extractArticle("سفیر ژاپن با بهروز نامداری دیدار کرد. در این نشست وحید کریمی‌پور رئیس کمیسیون اقتصادی مجلس نیز حضور داشت.");
    expect(facts.persons.find((p) => p.name === "وحید کریمی‌پور")?.role).toBe("Chair of a Parliamentary Committee");
    const spoke = extractArticle("حسن رضایی‌فر سخنگوی کمیسیون کشاورزی مجلس گفت: طرح خرید تضمینی گندم تصویب شد.");
    expect(people(spoke)).toEqual(["حسن رضایی‌فر"]);
    expect(spoke.persons[0].role).toBe("Spokesperson of a Parliamentary Committee");
  });

  it("reads an ambiguous given name (حسن, وحید) as opening a name when its surname stands alone elsewhere in the text", () => {
    const facts = extractArticle("به گزارش ایسنا، حسن نوروزی‌نژاد که دیروز وارد دوشنبه شده بود، امروز با سیروج‌الدین مهرالدین وزیر خارجه تاجیکستان دیدار کرد.\nنوروزی‌نژاد در این دیدار گفت: همکاری دو کشور ادامه دارد.");
    expect(people(facts)).toContain("حسن نوروزی‌نژاد");
    expect(met(facts)).toHaveLength(1);
    // A noun after حسن that is never written alone is no surname: "حسن همجواری" stays a phrase.
    expect(people(extractArticle("وزیر خارجه بر حسن همجواری تأکید کرد و گفت که روابط خوب است."))).toEqual([]);
  });

  it("opens a name read back from its title after a Persian host word (میزبان X … بود)", () => {
    const facts = extractArticle("علی رضوانی هفته گذشته در تهران میزبان یوئه شیائوگانگ نماینده ویژه چین در امور خاورمیانه بود.");
    expect(people(facts)).toEqual(["علی رضوانی", "یوئه شیائوگانگ"]);
    expect(met(facts)).toEqual([["علی رضوانی", "یوئه شیائوگانگ"]]);
  });

  it("reads a name set off by guillemets after a meeting noun (در دیدار «X») as the one met, not a clause of its own", () => {
    const facts = extractArticle("مهدی صفری‌نیا روز یکشنبه در دیدار «آنا پاولوا» کنسول بلغارستان در تبریز گفت که صادرات به بالکان افزایش می‌یابد.");
    expect(met(facts)).toEqual([["آنا پاولوا", "مهدی صفری‌نیا"]]);
    // A quotation in guillemets is longer and still parts the clause: its words are no one met.
    const quoted = extractArticle("مهدی صفری‌نیا در این دیدار گفت: «ما در حال گفت‌وگو با همه طرف‌ها هستیم و روابط ادامه دارد».");
    expect(quoted.meetings).toEqual([]);
  });

  it("reads سلطنت (sultanate) between a title and its country as the state's style", () => {
    const facts = extractArticle("بدر بن حمد البوسعیدی وزیر خارجه سلطنت عمان با کامران رستمی دیدار کرد.");
    expect(facts.persons.find((p) => p.mentions.some((m) => m.text.includes("سلطنت عمان")))?.country).toBe("OM");
  });

  it("reads a cue referring back to a call whose people the lead left unnamed as that call, when a named person follows its with-word", () => {
    const facts = extractArticle("معاون وزیر امور خارجه در تماس تلفنی با همتای قطری خود گفت‌وگو کرد.\nبه گزارش ایرنا، مهدی صفری‌نیا امروز در این تماس تلفنی با محمد بن عبدالعزیز الخلیفی وزیر مشاور قطر، از تلاش‌های دوحه قدردانی کرد.");
    expect(met(facts)).toEqual([["محمد بن عبدالعزیز الخلیفی", "مهدی صفری‌نیا"]]);
    expect(facts.meetings[0].mode).toBe("phone");
    // After a meeting already told, "پیش از این نشست با Y" points back to it; Y is met by the later verb, once.
    const later = extractArticle("علی رضوانی و کامران رستمی امروز در تهران دیدار کردند.\nرضوانی پیش از این نشست با مهدی صفری‌نیا نیز دیدار کرده بود.");
    expect(met(later)).toEqual([["علی رضوانی", "کامران رستمی"], ["مهدی صفری‌نیا", "علی رضوانی"].sort()]);
  });

  it("reads a demand stated with its object before the cue (X را خواستار شد) as the quote, with no empty «خواستار شد» beside it", () => {
    const facts = extractArticle("کامران رستمی در دیدار با سفیر ژاپن بازگشایی خط کشتیرانی بندرعباس به یوکوهاما را خواستار شد.");
    expect(facts.quotes).toHaveLength(1);
    expect(facts.quotes[0].span.text).toMatch(/بازگشایی خط کشتیرانی بندرعباس به یوکوهاما را خواستار شد$/);
    const plain = extractArticle("کامران رستمی خواستار بازگشایی خط کشتیرانی شد.");
    expect(plain.quotes.map((q) => q.span.text)).toEqual(["خواستار بازگشایی خط کشتیرانی شد"]);
  });
});
