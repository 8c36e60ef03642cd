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
