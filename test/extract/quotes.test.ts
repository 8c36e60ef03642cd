import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("quotes", () => {
  it("reads colon quotes and resolves a later pronoun to the last speaker", () => {
    const text = "ظریف در جمع خبرنگاران گفت: گفتگوها ادامه خواهد داشت.\nوی افزود: هیچ توافقی بدون ضمانت ممکن نیست.";
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "گفتگوها ادامه خواهد داشت", true],
      ["mohammad-javad-zarif", "هیچ توافقی بدون ضمانت ممکن نیست", true],
    ]);
  });

  it("reads reported speech after که / إن / that, without the complementizer", () => {
    expect(quotes(extract("لاوروف اعلام کرد که مسکو از این طرح حمایت می‌کند."))).toEqual([["sergey-lavrov", "مسکو از این طرح حمایت می‌کند", false]]);
    expect(quotes(extract("وقال لافروف إن بلاده تدعم الحل السياسي."))).toEqual([["sergey-lavrov", "بلاده تدعم الحل السياسي", false]]);
    expect(quotes(extract("Lavrov said that Moscow backed the plan."))).toEqual([["sergey-lavrov", "Moscow backed the plan", false]]);
  });

  it("gives an Arabic verb with an implied subject to the last speaker", () => {
    const text = "وقال لافروف إن المحادثات كانت بناءة.\nوأضاف أن الجانبين اتفقا على مواصلة الحوار.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });

  it("reads quotation marks and English pronoun subjects", () => {
    const text = "Sergey Lavrov spoke to reporters in the capital.\nHe said: “We are ready for a dialogue.”";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "We are ready for a dialogue", true]]);
  });

  it("reads framings and nominal statements of a position", () => {
    const text = "ظریف با اشاره به اینکه تحریم‌ها شکست خورده است، گفت: راه دیپلماسی باز است.\nظریف خواستار پایان فوری درگیری‌ها شد.";
    const found = quotes(extract(text));
    expect(found).toContainEqual(["mohammad-javad-zarif", "تحریم‌ها شکست خورده است", false]);
    expect(found).toContainEqual(["mohammad-javad-zarif", "راه دیپلماسی باز است", true]);
    expect(found).toContainEqual(["mohammad-javad-zarif", "خواستار پایان فوری درگیری‌ها شد", false]);
    const arabic = "وأكد ظريف على ضرورة احترام سيادة الدول.";
    expect(quotes(extract(arabic))).toEqual([["mohammad-javad-zarif", "ضرورة احترام سيادة الدول", false]]);
  });

  it("leaves out headlines, ritual thanks and condolences, and outlets", () => {
    const text = "ظریف: گفتگوها ادامه دارد\nظریف از میزبانان تشکر کرد.\nخبرگزاری رسمی نوشت، مذاکرات به پایان رسید.";
    expect(extract(text).quotes).toEqual([]);
  });

  it("counts a quote printed twice once", () => {
    const text = "لاوروف گفت: دوره تازه‌ای آغاز شده است.\nدر ادامه لاوروف گفت: دوره تازه‌ای آغاز شده است.";
    expect(extract(text).quotes).toHaveLength(1);
  });

  it("gives no single speaker to statements by both sides", () => {
    expect(extract("وأكد الوزيران على أهمية التعاون الثنائي بين البلدين.").quotes).toEqual([]);
  });

  it("keeps offsets that slice back to the quoted words", () => {
    const text = "سرگئی لاوروف گفت: «ما به گفتگو متعهد هستیم».";
    const [quote] = extract(text).quotes;
    expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.span.text);
    expect(quote.span.text).toBe("ما به گفتگو متعهد هستیم");
  });
});
