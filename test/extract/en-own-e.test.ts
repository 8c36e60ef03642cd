import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** English shapes of reports on little-known officials found by probing with articles of our own (batch e); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const meetings = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const persons = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);

describe("attendees named after a meeting recalled in passing", () => {
  it("join the meeting the article reports, not the recalled one", () => {
    const text = [
      "Deputy Minister of Trade Halima Osei received the outgoing Ambassador of Peru, Lucia Zevallos Ruiz, at her office on Monday.",
      "Ms Osei said the two countries would sign a fisheries protocol before the end of the year.",
      "The ambassador said Lima valued the cocoa partnership.",
      "She recalled presenting copies of her credentials to Minister Kofi Adjei Boadu in 2020 and said she would miss the country.",
      "Present at the meeting was Mr Samuel Tetteh Mensah, Director of the Americas Bureau.",
    ].join("\n\n");
    expect(meetings(extract(text))).toEqual([
      ["name:halima osei", "name:lucia zevallos ruiz", "name:samuel tetteh mensah"].sort(),
      ["name:kofi adjei boadu", "name:lucia zevallos ruiz"],
    ]);
  });
});

describe("a guest received 'in a separate meeting'", () => {
  it("met the host on their own, and 'the two meetings' adds the attendee to both", () => {
    const text = "Deputy Foreign Minister Rashid Al-Mutairi received on Monday a copy of the credentials of Ghana's new ambassador Kwame Asante Boateng, and in a separate meeting, a copy of the credentials of Peru's new ambassador Lucia Zevallos Ruiz.\n\nThe two meetings were attended by Assistant Foreign Minister for Protocol Affairs Nasser Al-Hajri.";
    expect(meetings(extract(text))).toEqual([
      ["name:kwame asante boateng", "name:nasser al-hajri", "name:rashid al-mutairi"],
      ["name:lucia zevallos ruiz", "name:nasser al-hajri", "name:rashid al-mutairi"],
    ]);
  });
});

describe("a meeting in a relative clause before a planned main verb", () => {
  it("was held ('X, who met Y last week, is expected to …')", () => {
    const text = "Trade Minister Halima Osei, who met Peruvian Trade Minister Lucia Zevallos Ruiz in Accra last month, is expected to address parliament on Friday.";
    expect(meetings(extract(text))).toEqual([["name:halima osei", "name:lucia zevallos ruiz"]]);
  });

  it("planned inside the relative clause is still planned", () => {
    const text = "Trade Minister Halima Osei, who will meet Peruvian Trade Minister Lucia Zevallos Ruiz in Accra next month, addressed parliament on Friday.";
    expect(meetings(extract(text))).toEqual([]);
  });
});

describe("a denial of claims of a meeting", () => {
  it("tells of no meeting ('dismissed claims that he had met X')", () => {
    const text = "Governor Musa Abdullahi Danjuma dismissed claims on social media that he had met opposition leader Ibrahim Garba Lawal in Abuja.";
    expect(meetings(extract(text))).toEqual([]);
  });
});

describe("a Chinese compound family name written alone", () => {
  it("stands for the person named in full before", () => {
    const text = "Chief Minister Ahmad Faizal Rahman received Chinese Consul General Situ Mingde on Monday.\n\nSitu later paid a courtesy call on Governor Ismail Hashim Ariffin.";
    expect(meetings(extract(text))).toEqual([
      ["name:ahmad faizal rahman", "name:situ mingde"],
      ["name:ismail hashim ariffin", "name:situ mingde"],
    ]);
  });
});

describe("an envoy's remit named by its place", () => {
  it("ends before the holder's name ('for the peace process in Sudan X Y')", () => {
    const text = "Foreign Minister Halima Osei met with the Special Envoy for the Horn of Africa and the peace process in Sudan Pekka Virtanen, who is on a visit to Accra.";
    const facts = extract(text);
    expect(persons(facts)).toContain("Pekka Virtanen");
    expect(meetings(facts)).toEqual([["name:halima osei", "name:pekka virtanen"]]);
  });
});

describe("a plural object of the speaker's verb", () => {
  it("is no plural subject of the speech verb after it ('received the two envoys and stressed that')", () => {
    const text = "Deputy Foreign Minister Rashid Al-Mutairi received the two envoys and stressed that Kuwait wanted closer ties with the Andean countries.";
    expect(quotes(extract(text))).toEqual([["name:rashid al-mutairi", "Kuwait wanted closer ties with the Andean countries"]]);
  });

  it("a plural subject still speaks for no one", () => {
    const text = "Deputy Foreign Minister Rashid Al-Mutairi received Ambassador Kwame Asante Boateng. The two envoys stressed that trade must grow.";
    expect(quotes(extract(text))).toEqual([]);
  });
});

describe("'In a separate meeting' opening a sentence", () => {
  it("is the meeting of the sentence's own subject, not one more of the host told before", () => {
    const text = "Governor Musa Abdullahi Danjuma received Ambassador Kwame Asante Boateng on Monday.\n\nIn a separate meeting, Deputy Governor Halima Osei received Ambassador Lucia Zevallos Ruiz.";
    expect(meetings(extract(text))).toEqual([
      ["name:kwame asante boateng", "name:musa abdullahi danjuma"],
      ["name:halima osei", "name:lucia zevallos ruiz"],
    ]);
  });
});
