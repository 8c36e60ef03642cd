/**
 * English copy rich in people (round 11, area p): military ranks before a name, police and
 * civil-service titles of Commonwealth Africa, and attendee lists opened by words the lists lacked.
 * Every sentence is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const en = (text: string) => extract(text, { publishedAt: "2022-03-09", language: "en" });
const people = (facts: ArticleFacts) => facts.persons.map((p) => [p.name, p.role]);
const meetings = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((key) => nameOf.get(key) ?? key).sort());
};

describe("English people: ranks and titles before a name", () => {
  it("reads a one-word rank (General, Admiral, Brigadier) before a name as the rank, not the name's first word", () => {
    expect(meetings(en("Minister Kwame Mensah met the chief of staff, General Fayyadh bin Hamed Al-Harbi, in Riyadh."))).toEqual([["Fayyadh bin Hamed Al-Harbi", "Kwame Mensah"]]);
    expect(people(en("Minister Kwame Mensah met the Minister of State for Defence, General Obuya Kiprotich, in Nairobi."))).toEqual([["Kwame Mensah", "Minister"], ["Obuya Kiprotich", "Minister of State"]]);
    expect(people(en("Chief of General Staff Gen. Obuya Kiprotich opened the academy."))).toEqual([["Obuya Kiprotich", "Chief of the General Staff"]]);
    // Alone, the word stays a common word: no one is named "Headquarters" or "Assembly".
    expect(people(en("The envoy was received at the General Headquarters before the General Assembly met."))).toEqual([]);
    expect(people(en("Admiral Obuya Kiprotich inspected the fleet in Mombasa on Friday."))).toEqual([["Obuya Kiprotich", null]]);
  });

  it("knows police and Kenyan civil-service titles before a name", () => {
    expect(people(en("Principal Secretary Esther Wanjiru opened the border post at Busia."))).toEqual([["Esther Wanjiru", "Principal Secretary"]]);
    expect(people(en("Inspector General of Police Samuel Mutua met the governors in Eldoret."))).toEqual([["Samuel Mutua", "Inspector General of Police"]]);
    expect(people(en("Attorney General Ruth Kamau told the court the law was clear."))).toEqual([["Ruth Kamau", "Attorney General"]]);
  });
});

describe("English meetings: attendee lists", () => {
  it("adds the people after 'taking part in the meeting were', 'joining him in the talks were' and '<side> included' to the meeting told before", () => {
    const all = [["Anna Berg", "Kwame Mensah", "Olav Lind", "Peter Otieno"]];
    expect(meetings(en("President Anna Berg received Minister Kwame Mensah in Oslo on Monday. Taking part in the meeting were Minister Olav Lind and Ambassador Peter Otieno."))).toEqual(all);
    expect(meetings(en("President Anna Berg held talks with Minister Kwame Mensah in Oslo on Monday. Joining him in the talks were Minister Olav Lind and Ambassador Peter Otieno."))).toEqual(all);
    expect(meetings(en("President Anna Berg held talks with Minister Kwame Mensah in Oslo on Monday. The Ghanaian side included Minister Olav Lind and Ambassador Peter Otieno."))).toEqual(all);
  });

  it("adds the people before 'were among those present' to the meeting told before", () => {
    expect(meetings(en("President Anna Berg received Minister Kwame Mensah in Oslo on Monday. Minister Olav Lind and Ambassador Peter Otieno were among those present."))).toEqual([["Anna Berg", "Kwame Mensah", "Olav Lind", "Peter Otieno"]]);
  });
});
