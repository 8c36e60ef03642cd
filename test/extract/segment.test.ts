import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/segment.ts";

const sentences = (text: string) => splitSentences({ start: 0, end: text.length, text }).map((s) => s.text);

describe("splitSentences", () => {
  it("does not end a sentence at an English honorific before a name", () => {
    expect(sentences("The minister met Mr. Lavrov and Ms. Kerry in Geneva. They spoke.")).toEqual(["The minister met Mr. Lavrov and Ms. Kerry in Geneva.", "They spoke."]);
    expect(sentences("The minister called Rt. Hon. Kerry. They spoke.")).toEqual(["The minister called Rt. Hon. Kerry.", "They spoke."]);
  });
});

describe("splitSentences in Arabic script", () => {
  it("ends a sentence at a stop with no space after it, but not after a one-letter abbreviation", () => {
    expect(sentences("بحث الوزيران العلاقات الثنائية.وقال الوزير إن اللقاء مفيد.")).toEqual(["بحث الوزيران العلاقات الثنائية.", "وقال الوزير إن اللقاء مفيد."]);
    expect(sentences("وقال «إن الحوار مستمر».واستقبل الوزير السفير.")).toEqual(["وقال «إن الحوار مستمر».", "واستقبل الوزير السفير."]);
    expect(sentences("التقى د.محمد السفير في مكتبه.")).toEqual(["التقى د.محمد السفير في مكتبه."]);
  });
});

describe("splitSentences in Arabic script", () => {
  it("ends a sentence at a stop with no space after it, but not after a one-letter abbreviation", () => {
    expect(sentences("بحث الوزيران العلاقات الثنائية.وقال الوزير إن اللقاء مفيد.")).toEqual(["بحث الوزيران العلاقات الثنائية.", "وقال الوزير إن اللقاء مفيد."]);
    expect(sentences("وقال «إن الحوار مستمر».واستقبل الوزير السفير.")).toEqual(["وقال «إن الحوار مستمر».", "واستقبل الوزير السفير."]);
    expect(sentences("التقى د.محمد السفير في مكتبه.")).toEqual(["التقى د.محمد السفير في مكتبه."]);
  });
});

describe("splitSentences and honorific phrases", () => {
  it("does not end a sentence inside a written honorific phrase (Rt. Hon.)", () => {
    expect(sentences("The offer stands, Rt. Hon. Smith said. He left.")).toEqual(["The offer stands, Rt. Hon. Smith said.", "He left."]);
  });
});

describe("splitSentences and short abbreviations before a name", () => {
  it("does not end a sentence at a listed short abbreviation before a capitalised name or a number", () => {
    expect(sentences("The envoy called on Governor Ch. Venkata Ramaiah at his office. They spoke.")).toEqual(["The envoy called on Governor Ch. Venkata Ramaiah at his office.", "They spoke."]);
    expect(sentences("Brig. Tomas Ferreira met Smt. Lalitha Devi and Md. Karim Uddin. They spoke.")).toEqual(["Brig. Tomas Ferreira met Smt. Lalitha Devi and Md. Karim Uddin.", "They spoke."]);
  });

  it("does not end a sentence at an abbreviated month before its day", () => {
    expect(sentences("The envoys met in Lima on Dec. 6 for a trilateral meeting. They spoke.")).toEqual(["The envoys met in Lima on Dec. 6 for a trilateral meeting.", "They spoke."]);
  });

  it("does not end a sentence at a full stop before a word in lower case", () => {
    expect(sentences("The talks began at 10 a.m. on Sunday in the capital. Both sides agreed.")).toEqual(["The talks began at 10 a.m. on Sunday in the capital.", "Both sides agreed."]);
  });

  it("still ends a sentence at a short name before a capital", () => {
    expect(sentences("The minister met Wu. The talks lasted an hour.")).toEqual(["The minister met Wu.", "The talks lasted an hour."]);
  });

  it("does not end an Arabic sentence at a one-letter abbreviation before a name, but does at an era after a year", () => {
    expect(sentences("استقبل الوزير د. سامي الخطيب في مكتبه. وبحث الجانبان التعاون.")).toEqual(["استقبل الوزير د. سامي الخطيب في مكتبه.", "وبحث الجانبان التعاون."]);
    expect(sentences("وحضر اللقاء م. خالد العتيبي. وقال إن")).toEqual(["وحضر اللقاء م. خالد العتيبي.", "وقال إن"]);
    expect(sentences("تأسست الهيئة عام 1990 م. وقال الوزير إن")).toEqual(["تأسست الهيئة عام 1990 م.", "وقال الوزير إن"]);
  });
});
