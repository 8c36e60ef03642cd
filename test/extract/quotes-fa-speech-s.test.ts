import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Persian quote shapes found by probing with speech articles of our own (eval/own, own-fa-s*); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("news announced: «از X خبر داد»", () => {
  it("reads the announced matter as the named subject's statement", () => {
    const text = "گیورگی کوچاوا معاون وزیر اقتصاد گرجستان از گشایش دفتر تجاری تفلیس در شیراز خبر داد.";
    expect(quotes(extract(text))).toEqual([["name:گیورگی کوچاوا", "گشایش دفتر تجاری تفلیس در شیراز", false]]);
  });

  it("passes over the preposition of a compound of time (پس از، پیش از) before the announced matter", () => {
    const text = "گیورگی کوچاوا معاون وزیر اقتصاد گرجستان پس از نشست کمیسیون مشترک از امضای سه سند همکاری خبر داد.";
    expect(quotes(extract(text))).toEqual([["name:گیورگی کوچاوا", "امضای سه سند همکاری", false]]);
  });
});

describe("a Persian lead whose speaker is named only by title, with a characterized object («X را Y خواند»)", () => {
  it("gives the statement to the person the body names next, the title left out of the words", () => {
    const text = "معاون وزیر امور خارجه در امور اقتصادی طرح کریدور شمال-جنوب را «فرصتی تاریخی» خواند.\n\nبه گزارش شرق، مهدی صفری روز یکشنبه در همایشی در رشت سخن می‌گفت.";
    expect(quotes(extract(text))).toEqual([["name:مهدی صفری", "طرح کریدور شمال-جنوب را «فرصتی تاریخی» خواند", false]]);
  });

  it("does not give a lead title with no country to a foreign holder of a like office named later", () => {
    const text = "معاون وزیر امور خارجه نتایج سفر خود به مسقط را مثبت ارزیابی کرد.\n\nبه گزارش اعتماد، مهدی صفری روز دوشنبه پس از دیدار با خلیفه الحارثی معاون وزیر خارجه عمان به تهران بازگشت.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["name:مهدی صفری"]);
  });
});

describe("an indefinite title opening a Persian lead («یک عضو کمیسیون … گفت»)", () => {
  it("stands for the person the body names next, even one it writes with another office of theirs", () => {
    const text = "یک عضو کمیسیون اقتصادی مجلس گفت که بودجه سال آینده بر درآمدهای غیرنفتی تکیه دارد.\n\nبه گزارش اعتماد، فرهاد نیک‌سرشت رئیس این کمیسیون روز سه‌شنبه در گفت‌وگو با خبرنگاران سخن می‌گفت.";
    expect(quotes(extract(text))).toEqual([["name:فرهاد نیکسرشت", "بودجه سال آینده بر درآمدهای غیرنفتی تکیه دارد", false]]);
  });

  it("leaves an indefinite subject with no title, or one past the lead, to nobody", () => {
    const unnamed = "یک مقام آگاه گفت که بودجه سال آینده بر درآمدهای غیرنفتی تکیه دارد.\n\nبه گزارش اعتماد، فرهاد نیک‌سرشت رئیس کمیسیون اقتصادی روز سه‌شنبه به خبرنگاران سخن گفت.";
    expect(quotes(extract(unnamed))).toEqual([]);
    const later = "فرهاد نیک‌سرشت رئیس کمیسیون اقتصادی روز سه‌شنبه به تهران بازگشت.\nیک عضو کمیسیون اقتصادی مجلس نیز گفت که بودجه بر درآمدهای غیرنفتی تکیه دارد.";
    expect(quotes(extract(later))).toEqual([]);
  });
});

describe("a Persian title subject that no one named is known to hold", () => {
  it("stands for the last speaker outside the gazetteer, however the title varies", () => {
    const text = "مرتضی کاظمیان روز پنجشنبه در نطق پیش از دستور گفت: دولت باید لایحه را پس بگیرد.\nنماینده مردم بیرجند در مجلس با بیان اینکه کشاورزان زیان دیده‌اند، تصریح کرد که خسارت‌ها باید جبران شود.";
    expect(quotes(extract(text))).toEqual([
      ["name:مرتضی کاظمیان", "دولت باید لایحه را پس بگیرد", true],
      ["name:مرتضی کاظمیان", "کشاورزان زیان دیده‌اند", false],
      ["name:مرتضی کاظمیان", "خسارت‌ها باید جبران شود", false],
    ]);
  });

  it("does not give a foreign title to a last speaker of another country", () => {
    const text = "مرتضی کاظمیان سفیر ایران در باکو روز پنجشنبه گفت: روابط دو کشور رو به گسترش است.\nسفیر روسیه در باکو نیز تصریح کرد که مسکو از این روند حمایت می‌کند.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["name:مرتضی کاظمیان"]);
  });
});

describe("a speech verb inside the words of «به گفته وی، …»", () => {
  it("is reported inside them: one entry, the outer speaker's", () => {
    const text = "مهدی صفری روز شنبه به خبرنگاران گفت که رایزنی‌ها با عمان ادامه دارد.\nبه گفته وی، همتای عمانی او در این دیدار تصریح کرده است که «مسقط از هر گفت‌وگویی حمایت می‌کند».";
    const found = quotes(extract(text));
    expect(found.map((q) => q[0])).toEqual(["name:مهدی صفری", "name:مهدی صفری"]);
    expect(found[1][1]).toMatch(/^همتای عمانی او در این دیدار تصریح کرده است که «مسقط از هر گفت‌وگویی حمایت می‌کند/);
  });
});
