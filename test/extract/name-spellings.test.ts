import { describe, expect, it } from "vitest";
import { createExtractor, Gazetteer } from "../../src/extract/index.ts";
import { abdSpellings } from "../../src/extract/name-spellings.ts";
import { fixturePeople } from "./people.fixture.ts";

/** Spellings of Abd names derived by the gazetteer; the people and sentences are written for these tests. */
const person = (id: string, name: string, names: string[], shortNames: string[] = []) => ({
  id, name, country: "KW", names, shortNames,
  offices: [{ office: "foreign_minister" as const, title: "Minister of Foreign Affairs", country: "KW", org: null, start: "2015-01-01", end: null }],
});
const extract = createExtractor({
  gazetteer: new Gazetteer([
    ...fixturePeople,
    person("salem-abdulaziz", "Salem bin Abdulaziz Al Sabah", ["Salem bin Abdulaziz Al Sabah"]),
    person("karim-abdelkader", "Karim Abd al-Qadir", ["Karim Abd al-Qadir"], ["Abd al-Qadir"]),
  ]),
});
const keys = (text: string) => extract(text, { publishedAt: "2020-03-01" }).persons.map((p) => p.key);

describe("Latin spellings of Abd names", () => {
  it("spells a joined Abd name apart, hyphenated and with the article, and the other way round", () => {
    expect(abdSpellings("Abdulrahman")).toEqual(expect.arrayContaining(["Abdul Rahman", "Abdel Rahman", "Abd al Rahman", "Abdelrahman"]));
    expect(abdSpellings("Abd el-Aziz bin Talal")).toEqual(expect.arrayContaining(["Abdulaziz bin Talal", "Abdel Aziz bin Talal"]));
  });

  it("leaves Abdullah and names without Abd alone", () => {
    expect(abdSpellings("Abdullah bin Zayed")).toEqual([]);
    expect(abdSpellings("Abdallah Hamdok")).toEqual([]);
    expect(abdSpellings("Mohammed Ali")).toEqual([]);
    expect(abdSpellings("عبد الرحمن")).toEqual([]);
  });

  it("finds a listed name written with another spelling of its Abd compound", () => {
    expect(keys("The Kuwaiti Foreign Minister Salem bin Abdel Aziz Al Sabah arrived on Sunday.")).toContain("salem-abdulaziz");
    expect(keys("Sheikh Salem bin Abdul-Aziz Al Sabah spoke to reporters later.")).toContain("salem-abdulaziz");
    expect(keys("Karim Abdelqadir flew to Rome, where Abdul Qadir held talks.")).toEqual(["karim-abdelkader"]);
  });

  it("does not take another Abd compound for the listed one", () => {
    expect(keys("Salem bin Abdel Rahman Al Sabah opened the fair.")).not.toContain("salem-abdulaziz");
  });
});
