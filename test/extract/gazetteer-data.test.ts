import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

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
