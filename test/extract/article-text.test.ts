import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../src/extract/article-text.ts";

const sentences = (text: string) => prepareArticle(text, false).sentences.map((s) => [s.text, s.line]);

describe("prepareArticle", () => {
  it("joins the lines of a text hard-wrapped at a fixed width into its sentences and paragraphs", () => {
    const text = [
      "The minister met his counterpart in the capital on Monday.",
      "They discussed trade and security in the region. The minister said that",
      "both countries would work together on the new",
      "agreement before the end of the year.",
      "The talks will resume in the autumn, officials",
      "said on Tuesday.",
    ].join("\n");
    expect(sentences(text)).toEqual([
      ["The minister met his counterpart in the capital on Monday.", 0],
      ["They discussed trade and security in the region.", 1],
      ["The minister said that\nboth countries would work together on the new\nagreement before the end of the year.", 1],
      ["The talks will resume in the autumn, officials\nsaid on Tuesday.", 4],
    ]);
  });

  it("keeps every line break of an article whose lines are paragraphs, headings aside", () => {
    const text = "Talks in the capital\nThe minister met his counterpart on Monday.\nTrade\nThey discussed trade and security.";
    expect(sentences(text).map((s) => s[0])).toEqual(["The minister met his counterpart on Monday.", "Trade", "They discussed trade and security."]);
  });
});

describe("prepareArticle and lists of headlines", () => {
  it("keeps the breaks of a list of capitalised headlines at the end of a page", () => {
    const text = [
      "The minister met his counterpart on Monday.",
      "Related",
      "Ministers meet in Vienna over trade",
      "Talks on water rights resume in Cairo",
      "New envoy takes office in Nairobi",
      "Airport strike ends after two days",
    ].join("\n");
    expect(prepareArticle(text, false).sentences.every((s) => !s.text.includes("\n"))).toBe(true);
  });
});
