import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/extract/boilerplate.ts";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";
import { splitLines } from "../../src/extract/segment.ts";

// Shapes of long wire reports found by probing with whole articles of our own (eval/own, own-en-w*), tested on other sentences.
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetingSets = (text: string) => {
  const facts = extractArticle(text);
  return facts.meetings.map((m) => m.participants.map((k) => personOf(facts, k)?.name ?? k).sort());
};

describe("English meetings dated by a month alone", () => {
  it("keeps a background meeting 'in March' apart from the same pair's meeting of the article's day", () => {
    const text = "LUSAKA, June 12, 2024 - Zambian Foreign Minister Stanley Kakubo held talks with Malawian Foreign Minister Nancy Tembo on Wednesday. In March, Kakubo met Tembo and Vice President Saulos Chilima in Lilongwe.";
    expect(meetingSets(text)).toEqual([["Nancy Tembo", "Stanley Kakubo"], ["Nancy Tembo", "Stanley Kakubo"], ["Saulos Chilima", "Stanley Kakubo"]]);
  });

  it("keeps the month after the cue when it dates that meeting ('met him in Mombasa in March')", () => {
    const text = "LUSAKA, June 12, 2024 - Zambian Foreign Minister Stanley Kakubo held talks with Malawian Foreign Minister Nancy Tembo on Wednesday. Kakubo had last met Tembo in Mombasa in March.";
    expect(meetingSets(text)).toHaveLength(2);
  });

  it("does not take a month that dates something else said later in the clause", () => {
    const text = "LUSAKA, June 12, 2024 - Zambian Foreign Minister Stanley Kakubo received Malawian Foreign Minister Nancy Tembo on Wednesday. Present at the meeting was Deputy Minister Lawrence Evans. The two ministers discussed the implementation of the border trade and water sharing agreement signed in March.";
    expect(meetingSets(text)).toEqual([["Lawrence Evans", "Nancy Tembo", "Stanley Kakubo"]]);
  });
});

describe("lists of links after the body", () => {
  const kinds = (text: string) => classifyLines(splitLines(text)).filter((l) => l.kind !== "blank").map((l) => l.kind);

  it("takes the short headlines after 'Related news' as furniture, up to a line that ends like a sentence", () => {
    const text = "Ministers meet in Accra\n\nGhana's foreign minister met his Togolese counterpart on Monday.\n\nRelated news\nTogo, Ghana agree to reopen border crossings\nAccra hosts Ecowas defence chiefs\n\nThe two ministers will meet again in Lome in May.";
    expect(kinds(text)).toEqual(["headline", "body", "boilerplate", "boilerplate", "boilerplate", "body"]);
  });

  it("leaves a short line that is not after a list head in the body", () => {
    const text = "Ministers meet in Accra\n\nGhana's foreign minister met his Togolese counterpart on Monday.\n\nTogo, Ghana agree to reopen border crossings\n\nThe two ministers will meet again in Lome in May.";
    expect(kinds(text)).toEqual(["headline", "body", "body", "body"]);
  });

  it("does not take a related story's headline for a meeting of its own", () => {
    const text = "ACCRA, Ghana - Ghana's Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey on Monday.\n\nMore on this topic\nMahama, Faure Gnassingbe agree on new border posts at first meeting\n";
    expect(meetingSets(text)).toEqual([["Robert Dussey", "Samuel Okudzeto Ablakwa"]]);
  });
});

describe("listed people written again by their surname", () => {
  it("finds a listed person with no short form of their own by the last word of the full name the text wrote", () => {
    const text = "Prime Minister-designate Nawaf Salam met bankers on Monday. On Tuesday, Egyptian Foreign Minister Badr Abdelatty held talks with Salam and parliament speaker Nabih Berri.";
    expect(meetingSets(text)).toEqual([["Badr Abdelatty", "Nawaf Salam"], ["Badr Abdelatty", "Nabih Berri"]]);
  });
});

describe("people present at a meeting of 'the two'", () => {
  it("adds those 'joined by' to the two people 'the two leaders' stand for", () => {
    const text = "President Hakainde Hichilema and his Malawian counterpart Lazarus Chakwera opened a border post on Friday. The two leaders met for an hour at the customs house, joined by their trade ministers, Grace Mulenga and Peter Banda.";
    expect(meetingSets(text)).toEqual([["Grace Mulenga", "Hakainde Hichilema", "Lazarus Chakwera", "Peter Banda"]]);
  });
});
