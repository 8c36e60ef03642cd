/**
 * Persian reports of foreign affairs translated from foreign agencies (own-fa-t): transliterated names spelled the
 * article's own way, agencies cited in the body, interviews given to outlets. Every sentence is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, Gazetteer, type GazetteerPerson } from "../../src/extract/index.ts";
import { fixturePeople } from "./people.fixture.ts";

const president = (id: string, name: string, country: string, names: string[], shortNames: string[]): GazetteerPerson => ({
  id, name, country, names, shortNames, offices: [{ office: "head_of_state", title: "President", country, org: null, start: "2020-10-26", end: null }],
});
const people = [...fixturePeople, president("wavel-ramkalawan", "Wavel Ramkalawan", "SC", ["Wavel Ramkalawan", "ویول رامکالاوان"], ["Ramkalawan", "رامکالاوان"])];
const extract = createExtractor({ gazetteer: new Gazetteer(people) });
const pairs = (text: string) => extract(text).meetings.map((m) => [...m.participants].sort());

describe("a gazetteer person's surname as this article spells it", () => {
  it("reads the surname of a full name spelled otherwise than the list, written again alone, as that person", () => {
    const facts = extract("ویول رامکالاون رئیس‌جمهور سیشل روز سه‌شنبه وارد نایروبی شد.\nآقای رامکالاون سپس با ژوزف کاماو وزیر امور خارجه کنیا دیدار کرد.");
    expect(facts.persons.map((p) => p.name)).not.toContain("رامکالاون");
    expect(pairs("ویول رامکالاون رئیس‌جمهور سیشل روز سه‌شنبه وارد نایروبی شد.\nآقای رامکالاون سپس با ژوزف کاماو وزیر امور خارجه کنیا دیدار کرد.")).toEqual([["name:ژوزف کاماو", "wavel-ramkalawan"]]);
  });
});

describe("interviews and military ranks", () => {
  it("reads a talk with a radio or a magazine as an interview, no meeting with the leader of the country it is named after", () => {
    expect(pairs("ولادیمیر پوتین روز شنبه در مسکو با محمدجواد ظریف دیدار کرد.\nسرگئی لاوروف نیز در گفت‌وگو با رادیو دولتی روسیه، با بیان اینکه مذاکرات سازنده بود، افزود که دو کشور همکاری می‌کنند.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
    expect(pairs("ولادیمیر پوتین روز شنبه در مسکو با محمدجواد ظریف دیدار کرد.\nسرگئی لاوروف نیز در مصاحبه با مجله روسیه امروز گفت که مذاکرات سازنده بود.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("reads a Persian military rank (ژنرال، کاپیتان) as an honorific before a name, and before a surname two people share", () => {
    expect(pairs("ظریف روز جمعه در باماکو با ژنرال آسیمی گوئیتا رهبر دولت نظامی مالی دیدار کرد.")).toEqual([["mohammad-javad-zarif", "name:اسیمی گوییتا"]]);
    const facts = extract("لاوروف روز شنبه در واگادوگو با کاپیتان ابراهیم تراوره دیدار کرد. کاراموکو ژان-ماری تراوره وزیر امور خارجه بورکینافاسو نیز در این دیدار حضور داشت.\nکاپیتان تراوره در این دیدار گفت که همکاری با مسکو راهبردی است.");
    expect(facts.quotes.map((q) => facts.persons.find((p) => p.key === q.speaker)?.name)).toEqual(["ابراهیم تراوره"]);
  });

});

describe("agencies cited in the body", () => {
  it("reads the outlet after «به نوشته» as no person, though a title follows it", () => {
    const facts = extract("ظریف روز دوشنبه با هیروشی تاناکا سفیر ژاپن دیدار کرد. به نوشته کیودو، سفیر ژاپن در این دیدار گفت که توکیو به گفت‌وگو پایبند است.");
    expect(facts.persons.map((p) => p.name).sort()).toEqual(["Mohammad Javad Zarif", "هیروشی تاناکا"].sort());
  });
});
