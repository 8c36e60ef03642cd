import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

// Quote shapes of long wire reports found by probing with whole articles of our own (eval/own, own-en-w*), tested on other sentences.
const quotes = (text: string) => {
  const facts = extractArticle(text);
  return facts.quotes.map((q) => [facts.persons.find((p) => p.key === q.speaker)?.name ?? q.speaker, q.span.text]);
};

describe("English positions stated by dismissing or rejecting something as something", () => {
  it("takes 'dismissed X as Y' and 'rejected X as Y' as stated positions", () => {
    const text = "Foreign ministry spokesperson Lindiwe Dube briefed reporters on Monday. She dismissed the leaked memo as \"a crude forgery\". Dube also rejected calls for sanctions as counterproductive.";
    expect(quotes(text)).toEqual([["Lindiwe Dube", "the leaked memo as \"a crude forgery"], ["Lindiwe Dube", "calls for sanctions as counterproductive"]]);
  });

  it("leaves 'rejected' with no 'as' alone", () => {
    const text = "Foreign ministry spokesperson Lindiwe Dube briefed reporters on Monday. She rejected the offer.";
    expect(quotes(text)).toEqual([]);
  });
});

describe("English clauses said before a cue that a written date follows", () => {
  it("reads 'X, the minister said on Feb 18 after talks with …' as the minister's words", () => {
    const text = "Malawi and Zambia will build a new bridge over the Luangwa, Foreign Minister Nancy Tembo said on Feb 18 after talks with her Zambian counterpart Mulambo Haimbe in Lusaka.";
    expect(quotes(text)).toEqual([["Nancy Tembo", "Malawi and Zambia will build a new bridge over the Luangwa"]]);
  });

  it("reads it with a day before the month and a year too", () => {
    const text = "Malawi and Zambia will build a new bridge over the Luangwa, Foreign Minister Nancy Tembo said on 18 February 2025 after talks with her Zambian counterpart Mulambo Haimbe.";
    expect(quotes(text)).toEqual([["Nancy Tembo", "Malawi and Zambia will build a new bridge over the Luangwa"]]);
  });
});

describe("English reported speech before a closing 'after meeting' phrase", () => {
  it("keeps the quote when the counterpart's name closes the sentence after a comma", () => {
    const text = "QUITO\nThe border will reopen soon, Ecuadorian Foreign Minister Rosa Vallejo said on Friday after meeting her Colombian counterpart, Mateo Rincon.";
    expect(quotes(text)).toEqual([["Rosa Vallejo", "The border will reopen soon"]]);
  });

  it("still reads a clause after the comma as no such phrase", () => {
    const text = "QUITO\nThe border will reopen soon, Ecuadorian Foreign Minister Rosa Vallejo said on Friday after meeting her Colombian counterpart, who agreed.";
    expect(quotes(text)).toEqual([]);
  });
});
