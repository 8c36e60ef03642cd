import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../src/extract/article-text.ts";

const sentences = (text: string) => prepareArticle(text).sentences.map((s) => [s.text, s.line]);

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

describe("prepareArticle and hard-wrapped opening lines", () => {
  it("reads the opening lines of a hard-wrapped first paragraph as body, not headlines, and keeps a short headline", () => {
    const text = [
      "Envoys meet Speaker",
      "The Secretary General of the Regional Parliamentary Forum, Kenyan",
      "Senator Amos Wekesa and Ghanaian MP Dr. Efua Mensah paid a",
      "courtesy call on the Speaker of the National Assembly at his office",
      "on Monday.",
      "The forum opened in the capital later that day under the patronage of",
      "the Prime Minister, who spoke of closer ties between the members of",
      "the forum.",
    ].join("\n");
    const article = prepareArticle(text);
    expect(article.lines.map((l) => l.kind)).toEqual(["headline", "body", "body", "body", "body", "body", "body", "body"]);
    expect(article.sentences[0].text).toBe(text.split("\n").slice(1, 5).join("\n"));
  });

  it("keeps two headlines above a lead as headlines when no break between them cuts a sentence", () => {
    const text = "Ministers of both countries discuss trade and investment\nTalks were held in the capital on the second day of visit\nThe two ministers met on Monday.";
    expect(prepareArticle(text).lines.map((l) => l.kind)).toEqual(["headline", "headline", "body"]);
  });
});

describe("prepareArticle and date lines written with a month's name", () => {
  it("reads a line holding only a date, weekday and time as a date line, not a headline", () => {
    const text = "Tuesday, 12 March 2019, 09:15:02 am\nMinisters discuss trade in the capital\nApril 3, 2019\nThe two ministers met on Monday.";
    expect(prepareArticle(text).lines.map((l) => l.kind)).toEqual(["dateline", "headline", "dateline", "body"]);
    expect(prepareArticle("السبت 14 مايو 2022\nوزير الخارجية يستقبل السفير\nاستقبل الوزير السفير اليوم.").lines.map((l) => l.kind)).toEqual(["dateline", "headline", "body"]);
  });

  it("keeps a headline that names a date among other words", () => {
    expect(prepareArticle("Talks to resume on March 3, 2019\nThe two ministers met on Monday.").lines.map((l) => l.kind)).toEqual(["headline", "body"]);
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
    expect(prepareArticle(text).sentences.every((s) => !s.text.includes("\n"))).toBe(true);
  });

  it("reads a line after the headline that ends with a colon and opens a paragraph as the lead, not a second headline; a short kicker stays one", () => {
    const kinds = (text: string) => prepareArticle(text).lines.map((l) => l.kind);
    expect(kinds("Talks in the capital\nThe minister said after the talks with his counterpart:\nBoth countries will work together on the new agreement before the end of the year.")).toEqual(["headline", "body", "body"]);
    expect(kinds("The minister:\nTalks in the capital went well\nThe minister met his counterpart on Monday and they discussed trade.")).toEqual(["headline", "headline", "body"]);
  });
});
