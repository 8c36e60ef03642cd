import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/segment.ts";

const sentences = (text: string) => splitSentences({ start: 0, end: text.length, text }).map((s) => s.text);

describe("splitSentences", () => {
  it("does not end a sentence at an English honorific before a name", () => {
    expect(sentences("The minister met Mr. Lavrov and Ms. Kerry in Geneva. They spoke.")).toEqual(["The minister met Mr. Lavrov and Ms. Kerry in Geneva.", "They spoke."]);
    expect(sentences("The minister called Rt. Hon. Kerry. They spoke.")).toEqual(["The minister called Rt. Hon. Kerry.", "They spoke."]);
  });
});
