import { describe, expect, it } from "vitest";
import { createExtractor, extractArticle, toEvalRecord, type ArticleFacts, type Gazetteer } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";
import { generateArticles, random } from "../fixtures/generated-articles.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });

/** Every span the facts carry, for slice-back checks. */
function spans(facts: ArticleFacts) {
  return [...facts.persons.flatMap((p) => p.mentions), ...facts.meetings.map((m) => m.evidence), ...facts.quotes.map((q) => q.span)];
}

const PIECES = [
  "لاوروف", "گفت:", "«", "»", "“", "”", '"', "وی افزود", "قال", "إن", "said", "that", "وزیر امور خارجه", "آمریکا", "الروسي", "نظيره",
  "دیدار", "التقى", "met", "در مسکو", "في جنيف", "۱۳۹۵/۱۰/۰۱", "٤٧", "2016-03-24", "‌", "ـ", "\u0000", "\u0007", "\uD800", "\uDFFF", "😀", "\n", "\r\n", ".", "،", ":", " ",
  "ﻻ", "é", "İ", "ß", "\u200F", "\u202E", "x".repeat(300),
];

function randomText(next: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    text += next() < 0.7 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
    if (next() < 0.5) text += " ";
  }
  return text;
}

describe("extractArticle", () => {
  it("lets an internal error through instead of answering with empty facts", () => {
    const broken = { findNames: () => { throw new TypeError("gazetteer index is corrupt"); } } as unknown as Gazetteer;
    expect(() => createExtractor({ gazetteer: broken })("ظریف با لاوروف در مسکو دیدار کرد.")).toThrow("gazetteer index is corrupt");
  });

  it("never throws and every span slices back, on random mixed-script text", () => {
    // Nothing catches inside the extractor (see the test above), so a throw here fails the test.
    const next = random(20240611);
    let withFacts = 0;
    for (let round = 0; round < 150; round++) {
      const text = randomText(next, Math.floor(next() * 200));
      const facts = extract(text);
      for (const span of spans(facts)) expect(text.slice(span.start, span.end)).toBe(span.text);
      if (facts.persons.length) withFacts++;
    }
    expect(withFacts, "random text built from names and cue words yields some people").toBeGreaterThan(10);
  });

  it("never throws when a text starts or ends inside a title, a name, a cue or a bracket", () => {
    // Readers looking one token past a title or a cue once ran off the end of the text ("… سفیر نروژ در").
    const sentences = [
      "سفیر نروژ در تهران با معاون وزیر امور خارجه کشورمان دیدار کرد و گفت: روابط دو کشور رو به گسترش است.",
      "استقبل وزير الطاقة في الكويت علي الموسى السفير الياباني لدى الكويت، ونقل إليه تحيات رئيس الوزراء، وقال المتحدث الرسمي باسم رئاسة الجمهورية إن اللقاء كان مثمرا.",
      "Ghana's Deputy Minister of Foreign Affairs, Ama Mensah, met the Ambassador of Norway to Ghana in Accra, saying: \"We are partners.\"",
    ];
    for (const sentence of sentences) {
      for (const cut of [...sentence.matchAll(/\s+/g)].map((m) => m.index)) {
        for (const text of [sentence.slice(0, cut), sentence.slice(cut).trim(), `${sentence.slice(0, cut)} (`, `${sentence.slice(0, cut)}،\n${sentence}`]) {
          const facts = extractArticle(text);
          for (const span of spans(facts)) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it("never throws on generated articles cut at any word", () => {
    const next = random(20261207);
    for (const { text } of generateArticles(18, { seed: 11 })) {
      const cuts = [...text.matchAll(/\s+/g)].map((m) => m.index);
      for (let n = 0; n < 10; n++) {
        const cut = cuts[Math.floor(next() * cuts.length)];
        for (const piece of [text.slice(0, cut), text.slice(cut)]) {
          const facts = extractArticle(piece);
          for (const span of spans(facts)) expect(piece.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it("copes with empty input, one huge line and non-string input", () => {
    expect(extractArticle("").persons).toEqual([]);
    // How long it takes is for `npm run bench:extract` ("one huge line"), not for a test.
    const facts = extractArticle("لاوروف گفت: ".concat("سلام ".repeat(40_000)));
    expect(facts.persons.map((p) => p.name), "the huge line is read, not dropped").toEqual(["Sergey Lavrov"]);
    expect(extractArticle(undefined as unknown as string).quotes).toEqual([]);
  });

  it("ignores site furniture", () => {
    const text = "لاوروف گفت: همکاری ادامه دارد.\nارسال دیدگاه\nنشانی ایمیل شما منتشر نخواهد شد. لاوروف گفت: این متن نظر کاربر است.\nانتهای پیام";
    expect(extract(text).quotes.map((q) => q.span.text)).toEqual(["همکاری ادامه دارد"]);
  });

  it("counts a body printed twice once", () => {
    const body = "ظریف با لاوروف در مسکو دیدار کرد.\nلاوروف گفت: مذاکرات سازنده بود.";
    const facts = extract(`عنوان\n${body}\n${body}`);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.quotes).toHaveLength(1);
  });

  it("keeps offsets into the original text when it has diacritics, ZWNJ and Arabic letters", () => {
    const text = "أكّد وزيرُ الخارجيّة سيرغي لافروف أنّ الاجتماعَ مع جون كيري، وزيرِ الخارجيّة الأمريكيّ، كان بنّاءً.";
    const facts = extract(text, { publishedAt: "2016-03-24" });
    expect(facts.persons.map((p) => p.name).sort()).toEqual(["John Kerry", "Sergey Lavrov"]);
    for (const span of spans(facts)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("puts a participant's later words at the meeting reported before them, and others' words at none", () => {
    const text = [
      "ظریف با لاوروف در مسکو دیدار کرد.",
      "لاوروف گفت: همکاری دو کشور ادامه دارد.",
      "کری در واشنگتن گفت: ما منتظر می‌مانیم.",
      "ظریف سپس با کری در ژنو دیدار کرد.",
      "ظریف گفت: گفتگوها مفید بود.",
    ].join("\n");
    const facts = extract(text);
    expect(facts.meetings.map((m) => m.location)).toEqual(["Moscow", "Geneva"]);
    const meetingOf = Object.fromEntries(facts.quotes.map((q) => [q.span.text, q.meeting]));
    expect(meetingOf).toEqual({ "همکاری دو کشور ادامه دارد": 0, "ما منتظر می‌مانیم": null, "گفتگوها مفید بود": 1 });
  });

  it("converts to the scorer's record with names for keys", () => {
    const facts = extract("ظریف با لاوروف در مسکو دیدار کرد.");
    const record = toEvalRecord("a.txt", facts);
    expect(record.meetings[0].participants.sort()).toEqual(["Mohammad Javad Zarif", "Sergey Lavrov"]);
    expect(record.persons.every((p) => p.mentions.length > 0)).toBe(true);
  });
});
