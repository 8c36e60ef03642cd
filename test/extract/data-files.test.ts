import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const dataDir = join(import.meta.dirname, "../../src/extract/data");
const files = ["boilerplate", "cities", "clauses", "country-forms", "dates", "language", "meetings", "name-shapes", "name-spellings", "names", "publishers", "speech", "titles"];
const read = (name: string) => JSON.parse(readFileSync(join(dataDir, name), "utf8"));

describe("extractor data files", () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });

  it.each(files)("%s.json matches %s.schema.json", (name) => {
    const validate = ajv.compile(read(`${name}.schema.json`));
    validate(read(`${name}.json`));
    expect(validate.errors ?? []).toEqual([]);
  });

  it("lists about sixty outlets or more, each with a unique English name", () => {
    const names = (read("publishers.json").publishers as { name: string }[]).map((p) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(60);
    expect(new Set(names).size).toBe(names.length);
  });
});
