import { describe, expect, it } from "vitest";
import { createExtractor, toEvalRecord } from "../../src/extract/index.ts";
import { fold } from "../../src/extract/normalize.ts";
import { PhraseMatcher } from "../../src/extract/phrase-matcher.ts";
import { tokenize } from "../../src/extract/tokens.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Arabic MPs as wire copy names them: two after a dual title, and a party or bloc between the title and the name. Sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const run = (text: string) => toEvalRecord("test", extract(text, { publishedAt: "2022-05-10" }));
const people = (text: string) => run(text).persons.map((p) => [p.name, p.role]).sort();

describe("two MPs after a dual title", () => {
  it("reads each name of «النائبان X Y وZ W» as an MP", () => {
    expect(people("وشارك في الجلسة النائبان ماجد الدوسري وكريم الهاشمي.")).toEqual([
      ["كريم الهاشمي", "Member of Parliament"],
      ["ماجد الدوسري", "Member of Parliament"],
    ]);
  });

  it("ends the first name at a given name with و written onto it, even after a compound given name", () => {
    const found = people("وحضر الاجتماع النائبتان أسماء عبد الرحمن ونادية الشمري.").map(([name]) => name);
    expect(found).toEqual(["أسماء عبد الرحمن", "نادية الشمري"].sort());
  });

  it("takes both MPs received together as the host's counterparts", () => {
    const { meetings } = run("استقبل وزير الداخلية فهد الزامل اليوم النائبين ناصر الجبري وحمد الرشيدي.");
    const met = new Set(meetings.flatMap((m) => m.participants));
    expect([...met].sort()).toEqual(["حمد الرشيدي", "فهد الزامل", "ناصر الجبري"].sort());
  });
});

describe("the party an MP sits for between the title and the name", () => {
  it("reads the name after «عن كتلة …», «عن ائتلاف …», «عن حزب …» as the title's holder, and their words as a quote", () => {
    const first = run("وقال النائب عن كتلة الوطنية مصطفى الساعدي إن الموازنة تأخرت كثيرا.");
    expect(first.persons.map((p) => [p.name, p.role])).toEqual([["مصطفى الساعدي", "Member of Parliament"]]);
    expect(first.quotes.map((q) => [q.speaker, q.text])).toEqual([["مصطفى الساعدي", "الموازنة تأخرت كثيرا"]]);
    expect(people("وأكدت النائبة عن ائتلاف النصر الوطني نجلا الربيعي أن اللجنة ستعقد جلستها المقبلة الأحد.")).toEqual([["نجلا الربيعي", "Member of Parliament"]]);
    expect(people("ورأى النائب عن حزب العدالة والتنمية خالد بوعزة أن الانتخابات المقبلة ستكون حاسمة.")).toEqual([["خالد بوعزة", "Member of Parliament"]]);
  });

  it("takes no name when no given name follows the party's words", () => {
    expect(people("وقال النائب عن كتلة التغيير إن الحكومة تأخرت في تقديم الموازنة.")).toEqual([]);
  });
});

describe("Arabic clitics in the phrase matcher", () => {
  it("prefers the reading with the shorter clitic when two readings are as long (وكريم is و + كريم, not وك + ريم)", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("كريم", "karim");
    matcher.add("ريم", "reem");
    const folded = fold("وكريم");
    expect(matcher.findAll(tokenize(folded), folded, { clitics: true }).map((m) => m.values)).toEqual([["karim"]]);
  });
});
