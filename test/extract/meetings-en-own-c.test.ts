import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

// English meeting shapes found by probing with whole articles of our own (eval/own, own-en-c*), tested on other sentences.
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetingSets = (text: string) => {
  const facts = extractArticle(text);
  return facts.meetings.map((m) => m.participants.map((k) => personOf(facts, k)?.name ?? k).sort());
};

describe("English counted plurals and lists of a delegation", () => {
  it("reads 'the three ministers' as the three people named in the sentence before", () => {
    const text = "Foreign Minister Ahmed Attaf of Algeria, Tunisian Foreign Minister Nabil Ammar and Libya's Foreign Minister Taher al-Baour arrived in Tunis on Monday. The three ministers met for two hours at the Carthage Palace.";
    expect(meetingSets(text)).toEqual([["Ahmed Attaf", "Nabil Ammar", "Taher al-Baour"]]);
  });

  it("leaves a counted plural alone when the sentence before names another number of people", () => {
    const text = "Anna Lindqvist and Pedro Marquez arrived in Lima on Monday. The three ministers met for two hours.";
    expect(meetingSets(text)).toEqual([]);
  });

  it("keeps a deputy listed after a comma, with his own title, among those who met", () => {
    const text = "Agriculture Minister Amran Sulaiman, Deputy Agriculture Minister Budi Sudaryono and other members of the Indonesian delegation met Malaysian Plantation Minister Johari Abdul Ghani in Kuala Lumpur on Monday.";
    expect(meetingSets(text)).toEqual([["Amran Sulaiman", "Budi Sudaryono", "Johari Abdul Ghani"]]);
  });
});

describe("English attendees that tell one occasion", () => {
  it("puts counterparts listed after 'met' together when a sentence of its own names who was present at the meeting", () => {
    const text = "Prime Minister Anutin Charnvirakul on Friday met Chinese Ambassador Han Zhiqiang, and Wang Chuanfu, chairman of BYD, at Government House. Present at the meeting were Finance Minister Ekniti Nitithanprapas and Industry Minister Akanat Promphan.";
    expect(meetingSets(text)).toEqual([["Akanat Promphan", "Anutin Charnvirakul", "Ekniti Nitithanprapas", "Han Zhiqiang", "Wang Chuanfu"]]);
  });

  it("keeps a list split when the attendees are told without a singular meeting noun", () => {
    const text = "Prime Minister Anutin Charnvirakul on Friday met Chinese Ambassador Han Zhiqiang and Wang Chuanfu, chairman of BYD. He later received Indian envoy Nagesh Singh. Present at the meeting was Finance Minister Ekniti Nitithanprapas.";
    expect(meetingSets(text)).toEqual([["Anutin Charnvirakul", "Han Zhiqiang"], ["Anutin Charnvirakul", "Wang Chuanfu"], ["Anutin Charnvirakul", "Ekniti Nitithanprapas", "Nagesh Singh"]]);
  });

  it("takes one 'accompanied to the meeting by' as an attendee of the meeting before", () => {
    const text = "Minister of Foreign Affairs Vivian Balakrishnan received Chilean Foreign Minister Alberto van Klaveren on Monday. Mr van Klaveren was accompanied to the meeting by Chile's Ambassador to Singapore, Rodrigo Espinosa.";
    expect(meetingSets(text)).toEqual([["Alberto van Klaveren", "Rodrigo Espinosa", "Vivian Balakrishnan"]]);
  });

  it("gives the attendees of 'the meeting with Y' to the earlier meeting with Y, not to the call told last", () => {
    const text = "Egyptian Foreign Minister Badr Abdelatty on Monday received Norwegian State Secretary Lars Henrik Moe in Cairo. Earlier, Abdelatty spoke by phone with Jordanian Foreign Minister Ayman Safadi. The meeting with Moe was also attended by Norway's ambassador to Egypt, Kristin Aasland Berg.";
    expect(meetingSets(text)).toEqual([["Badr Abdelatty", "Kristin Aasland Berg", "Lars Henrik Moe"], ["Ayman Safadi", "Badr Abdelatty"]]);
  });
});

describe("English time clauses and given names", () => {
  it("ends a meeting's clause at a time clause opened by 'shortly after' after a comma", () => {
    const text = "Kenyan Foreign Minister Musalia Mudavadi held a phone conversation with his Ugandan counterpart Jeje Odongo on March 4, 2024. The two ministers had last spoken by phone on February 12, 2024, shortly after William Ruto visited Kampala.";
    expect(meetingSets(text)).toEqual([["Jeje Odongo", "Musalia Mudavadi"], ["Jeje Odongo", "Musalia Mudavadi"]]);
  });

  it("reads 'Sheikh' with a given name alone as the one person named in full with it", () => {
    const text = "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Egyptian Foreign Minister Badr Abdelatty in Doha on Sunday. Later, Sheikh Mohammed received a phone call from Turkish Foreign Minister Hakan Fidan.";
    expect(meetingSets(text)).toEqual([["Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani"], ["Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"]]);
  });
});
