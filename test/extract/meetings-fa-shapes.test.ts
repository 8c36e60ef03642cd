import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

// Persian meeting shapes found by probing with whole articles of our own (eval/own, own-fa-m*), tested on other sentences.
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetingSets = (text: string) => {
  const facts = extractArticle(text);
  return facts.meetings.map((m) => m.participants.map((k) => personOf(facts, k)?.name ?? k).sort());
};

describe("Persian meetings denied, proposed or called for", () => {
  it("leaves out a meeting noun that a denial verb at the clause's end takes as its object", () => {
    expect(meetingSets("بهرام قاسمی دیدار محمدجواد ظریف با جان کری در ژنو را تکذیب کرد.")).toEqual([]);
    expect(meetingSets("ذبیح‌الله مجاهد خبر دیدار ملا هبت‌الله با زلمی خلیلزاد را رد کرد.")).toEqual([]);
    expect(meetingSets("اسماعیل بقائی ادعای دیدار پنهانی عباس عراقچی با استیو ویتکاف در رم را بی‌اساس خواند.")).toEqual([]);
    expect(meetingSets("عباس عراقچی با سرگئی لاوروف دیدار نکرده است.")).toEqual([]);
  });

  it("keeps a held meeting whose subject denies something else in the same clause", () => {
    expect(meetingSets("عباس عراقچی در دیدار با سرگئی لاوروف ادعاهای آمریکا را رد کرد.")).toEqual([["Abbas Araghchi", "Sergey Lavrov"]]);
    expect(meetingSets("عباس عراقچی با سرگئی لاوروف دیدار کرد و ادعاهای آمریکا را رد کرد.")).toEqual([["Abbas Araghchi", "Sergey Lavrov"]]);
  });

  it("leaves out a meeting proposed or called for in the subjunctive", () => {
    expect(meetingSets("حسن روحانی پیشنهاد کرد که نشست بعدی با ولادیمیر پوتین در سوچی برگزار شود.")).toEqual([]);
    expect(meetingSets("عباس عراقچی خواستار برگزاری نشستی با حضور سرگئی لاوروف و هاکان فیدان شد.")).toEqual([]);
    expect(meetingSets("محمدباقر قالیباف پیشنهاد کرد که عباس عراقچی هر سال با سرگئی لاوروف در مسکو دیدار کند.")).toEqual([]);
  });

  it("keeps a held meeting in which a joint body was called for", () => {
    expect(meetingSets("عباس عراقچی در دیدار با سرگئی لاوروف خواستار برگزاری کمیسیون مشترک شد.")).toEqual([["Abbas Araghchi", "Sergey Lavrov"]]);
  });
});
