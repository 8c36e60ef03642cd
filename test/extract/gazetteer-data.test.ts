import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

const dataDir = join(import.meta.dirname, "../../src/extract/data");
const schema = JSON.parse(readFileSync(join(dataDir, "people.schema.json"), "utf8"));
const files = readdirSync(join(dataDir, "people")).filter((f) => f.endsWith(".json"));
const load = (file: string) => JSON.parse(readFileSync(join(dataDir, "people", file), "utf8")) as { id: string; offices: { start: string; end: string | null }[] }[];

describe("people gazetteer data", () => {
  const validate = new Ajv2020.default({ allErrors: true }).compile(schema);

  it.each(files)("%s matches people.schema.json", (file) => {
    const ok = validate(load(file));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });

  it("has unique ids across files and offices that end after they start", () => {
    const people = files.flatMap(load);
    const ids = people.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const person of people) {
      for (const office of person.offices) {
        if (office.end) expect(office.end >= office.start, `${person.id} ${office.start}..${office.end}`).toBe(true);
      }
    }
  });
});

/** The shipped gazetteer on sentences written for these tests: office holders found by name, short name and title. */
describe("people gazetteer office holders", () => {
  const people = (text: string) => extractArticle(text).persons.map((p) => [p.key, p.role]);

  it("takes a bare title beside a short name in a home-country outlet as that office holder", () => {
    expect(people("ABUJA, March 5, 2019 (NAN) - President Buhari on Monday opened a new rail line. The President said more would follow.")).toEqual([["muhammadu-buhari", "President"]]);
    expect(people("ACCRA, June 2, 2020 (GNA) - President Akufo-Addo on Monday opened a new hospital.")).toEqual([["nana-akufo-addo", "President"]]);
  });

  it("tells a country's office holders apart by the article's date", () => {
    expect(people("ABUJA, October 4, 2016 (NAN) - Foreign Minister Onyeama flew to Dakar on Monday.")).toEqual([["geoffrey-onyeama", "Minister of Foreign Affairs"]]);
    expect(people("ABUJA, October 4, 2024 (NAN) - President Tinubu flew to Dakar on Monday.")).toEqual([["bola-tinubu", "President"]]);
    expect(people("CARACAS, May 3, 2012 - Venezuelan Foreign Minister Nicolas Maduro arrived in Tehran on Thursday.")).toEqual([["nicolas-maduro", "Minister of Foreign Affairs"]]);
  });

  it("finds a listed Abd name written with another spelling", () => {
    expect(people("DOHA, May 3, 2023 - Foreign Minister Mohammed bin Abdel-Rahman Al Thani left for Cairo on Sunday.")).toEqual([["mohammed-bin-abdulrahman-al-thani", "Minister of Foreign Affairs"]]);
  });
});
