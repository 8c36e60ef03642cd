import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Persian shapes found by probing with articles of our own (eval/own, own-fa-x*); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("a third person's words reported inside a Persian speaker's own (R-nested)", () => {
  it("keeps a colon quote whole when someone named in it «به من گفت», and gives it to the outer speaker", () => {
    const text = "کارلوس مندز سفیر اروگوئه در برازیلیا روز دوشنبه با خبرنگاران گفت‌وگو کرد.\nمندز گفت: خانم روسف در دیدار ماه گذشته به من گفت برزیل از عضویت اروگوئه در این طرح حمایت می‌کند؛ ما هم از این حمایت استقبال کردیم.";
    expect(quotes(extract(text))).toEqual([
      ["name:کارلوس مندز", "خانم روسف در دیدار ماه گذشته به من گفت برزیل از عضویت اروگوئه در این طرح حمایت می‌کند؛ ما هم از این حمایت استقبال کردیم", true],
    ]);
  });

  it("keeps a title holder's quoted words inside a colon quote, not a quote of their own", () => {
    const text = "هلنا یانسن نماینده پارلمان سوئد روز پنجشنبه در استکهلم سخنرانی کرد.\nیانسن اظهار داشت: نمایندگان از تأخیر طرح انتقاد کردند و وزیر به ما گفت «تا بهار کار تمام می‌شود».";
    expect(quotes(extract(text))).toEqual([["name:هلنا یانسن", "نمایندگان از تأخیر طرح انتقاد کردند و وزیر به ما گفت «تا بهار کار تمام می‌شود", true]]);
  });

  it("gives a reported clause opened by a named person who «گفته است» to the one who reports it", () => {
    const text = "ماریا کوستا سخنگوی وزارت خارجه پرتغال روز جمعه در لیسبون سخن گفت.\nکوستا نوشت که آقای سانتوس در این دیدار گفته است «پرتغال پل میان اروپا و آفریقاست».";
    const found = quotes(extract(text));
    expect(found.map((q) => q[0])).toEqual(["name:ماریا کوستا"]);
    expect(found[0][1]).toContain("«پرتغال پل میان اروپا و آفریقاست");
  });
});

describe("a Persian statement by an indefinite subject (یک …، یکی از …)", () => {
  it("gives «X را Y خواند» by an unnamed diplomat to nobody, not to the last speaker", () => {
    const text = "مارک دوبوا وزیر خارجه بلژیک روز سه‌شنبه در بروکسل گفت که اروپا به گفت‌وگو پایبند است.\nیک دیپلمات آسیایی در بروکسل این نشست را «فرصتی از دست رفته» خواند. یکی از نمایندگان پارلمان نیز طرح دولت را ناکافی دانست.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["name:مارک دوبوا"]);
  });
});

describe("the head of a chamber of commerce as a title (رئیس اتاق بازرگانی، رئيس غرفة التجارة)", () => {
  it("reads the person named with it and meets them, and the title alone later speaks for them", () => {
    const text = "غلامرضا نوری رئیس اتاق بازرگانی تبریز روز سه‌شنبه با آیدین قلی‌اف کنسول جمهوری آذربایجان دیدار کرد.\nرئیس اتاق بازرگانی تبریز در این دیدار گفت: صادرات استان به باکو باید دو برابر شود.";
    const facts = extract(text);
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
    expect(quotes(facts)).toEqual([["name:غلامرضا نوری", "صادرات استان به باکو باید دو برابر شود", true]]);
  });
});
