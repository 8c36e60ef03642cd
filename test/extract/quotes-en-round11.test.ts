import { describe, expect, it } from "vitest";
import { createExtractor, extractArticle, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** English quote shapes of wire copy found by probing with articles of our own (round 11); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);

describe("the subject of a verb after a long relative clause", () => {
  it("is the person the relative clause opens on, not a person named inside the clause", () => {
    const text = "Governor Amina Wekesa, who spoke in Kisumu on Friday while hosting the High Commissioner of Uganda to Kenya, Joseph Okello Mbabazi, said the fishing dispute on the lake had been settled.";
    expect(quotes(extract(text))).toEqual([["name:amina wekesa", "the fishing dispute on the lake had been settled"]]);
  });

  it("still gives a short appositive's verb to the person before it", () => {
    const text = "Hosting the envoy, Minister of State Daniel Mensah-Boateng, the Ghanaian host, said trade would double by 2026.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["name:daniel mensah-boateng"]);
  });
});

describe("a place before a title set off by commas", () => {
  it("is no person: the name after the title holds it and speaks", () => {
    const facts = extract("At Kaduna, the Minister of State for Defence, Ibrahim Danjuma Lawal, urged farmers in the state to return to their fields.");
    expect(facts.persons.map((p) => p.name)).toEqual(["Ibrahim Danjuma Lawal"]);
    expect(quotes(facts)).toEqual([["name:ibrahim danjuma lawal", "farmers in the state to return to their fields"]]);
  });

  it("leaves a name set before the title in apposition its holder", () => {
    const facts = extract("Tomasz Wierzbicki, the Polish deputy foreign minister, said the pipeline deal was close.");
    expect(quotes(facts)).toEqual([["name:tomasz wierzbicki", "the pipeline deal was close"]]);
  });
});

describe("'according to' with title words before the name, or a title alone", () => {
  it("gives the words to the person named after a title with an abbreviation", () => {
    const text = "According to U.N. spokesperson Farhan Haq, aid convoys reached the town on Sunday.";
    expect(quotes(extract(text))).toEqual([["name:farhan haq", "aid convoys reached the town on Sunday"]]);
  });

  it("gives the words of 'according to the deputy minister' to the deputy minister named earlier", () => {
    const text = "Deputy Foreign Minister Andrei Rudenko arrived in Hanoi on Monday.\nAccording to the deputy minister, the two countries will sign a visa agreement this year.";
    expect(quotes(extract(text))).toEqual([["name:andrei rudenko", "the two countries will sign a visa agreement this year"]]);
  });

  it("gives nobody the words of 'according to' a ministry, whose name holds title words", () => {
    const text = "Deputy Foreign Minister Amina Noor met with Assistant Secretary (Africa), Peter Lindqvist and discussed trade routes, according to the Kenyan Ministry of Foreign Affairs on Tuesday.";
    expect(quotes(extract(text))).toEqual([]);
  });
});

describe("an English participle opening its sentence", () => {
  it("hangs on the subject of the clause after it", () => {
    const text = "Recalling that the border was reopened last spring, Bangladeshi Foreign Secretary Masud Bin Momen said trucks were crossing again.";
    expect(quotes(extract(text))).toEqual([
      ["name:masud bin momen", "the border was reopened last spring"],
      ["name:masud bin momen", "trucks were crossing again"],
    ]);
  });
});

describe("a participle after a verb whose subject is a surname alone", () => {
  it("is the surname's person, not the object named after the verb, where the surname is no reference of its own", () => {
    // With the full gazetteer "Asif", a given name too, is no mention of its own: the participle's subject is read from the surname.
    const text = "Pakistani Defence Minister Khawaja Muhammad Asif received Chinese Ambassador Jiang Zaidong in Rawalpindi.\nAsif also showed Jiang the plans for the new dry port, saying Pakistan wants Chinese firms to run it.";
    expect(quotes(extractArticle(text))).toEqual([["khawaja-muhammad-asif", "Pakistan wants Chinese firms to run it"]]);
  });
});

describe("'went on to say'", () => {
  it("is a speech verb, with a pronoun or a title as its subject", () => {
    const text = "Mexican Foreign Secretary Alicia Barcena spoke in Lima on Thursday. She went on to say that remittances had reached a record.\nThe secretary went on to add that consular offices would open on Saturdays.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["remittances had reached a record", "consular offices would open on Saturdays"]);
  });
});

describe("persons behind English quotes of wire copy", () => {
  it("reads 'Foreign Office spokesperson' as a title, so the name after it speaks past a participial aside", () => {
    const text = "Later, Foreign Office Spokesperson Shafqat Ali Khan, speaking at the weekly briefing, said Islamabad had lodged a protest.";
    const facts = extract(text);
    expect(facts.persons.map((p) => [p.name, p.role])).toEqual([["Shafqat Ali Khan", "Spokesperson of the Ministry of Foreign Affairs"]]);
    expect(quotes(facts)).toEqual([["name:shafqat ali khan", "Islamabad had lodged a protest"]]);
  });

  it("reads Marshall as a given name after a title's remit, but not in the Marshall Islands", () => {
    const facts = extract("Officials met Special Envoy for Climate Marshall Tennant in Suva. Marshall Islands President Hilda Heine welcomed the plan.");
    expect(facts.persons.map((p) => p.name)).toEqual(["Marshall Tennant", "Hilda Heine"]);
  });

  it("does not take a country past the comma after a bare title into that title", () => {
    const text = "Deputy Foreign Minister Oleg Syromolotov arrived in Dhaka on Sunday.\nAccording to the deputy minister, the Bangladeshi side asked for more wheat.";
    const facts = extract(text);
    expect(facts.persons[0].mentions.map((m) => m.text)).not.toContain("deputy minister, the Bangladeshi");
    expect(quotes(facts)).toEqual([["name:oleg syromolotov", "the Bangladeshi side asked for more wheat"]]);
  });
});

describe("a title subject and a person written with fewer of its words", () => {
  it("is not given to a finance minister written 'Finance Minister X' when the subject is 'the prime minister'", () => {
    const text = "Prime Minister Tomas Varga received a Gulf delegation in Bratislava on Monday.\nAlso present were Finance Minister Oskar Hlina and Ambassador Rami Haddad.\nThe prime minister said Slovakia valued its ties with the Gulf states.";
    expect(quotes(extract(text))).toEqual([["name:tomas varga", "Slovakia valued its ties with the Gulf states"]]);
  });
});

describe("an English definite title subject refers back", () => {
  it("is the last speaker whose office was never told, not a holder of the office named only after the cue", () => {
    const text = "Karim Haddad, the movement's spokesman and chief negotiator, said on Saturday that the talks had stalled.\nThe spokesman went on to say that the group would keep its delegation in Muscat.\nSeparately, army spokesman Brigadier General Fadi Nasser announced that the drills were over.";
    expect(quotes(extract(text)).slice(0, 2)).toEqual([
      ["name:karim haddad", "the talks had stalled"],
      ["name:karim haddad", "the group would keep its delegation in Muscat"],
    ]);
  });
});
