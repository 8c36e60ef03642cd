/**
 * The name-shape model (src/extract/names/name-shape.ts, data/name-shapes.json): how it is
 * learnt, that the committed model is the one the repository's data gives, and that it tells
 * transliterated names from ordinary words it never saw. The words are chosen for these tests.
 */
import { describe, expect, it } from "vitest";
import { runTrainNames } from "../../src/cli/train-names.ts";
import { nameShapeScore, trainNameShapes } from "../../src/extract/names/name-shape.ts";
import { fold } from "../../src/extract/normalize.ts";

describe("name-shape model", () => {
  it("learns log-odds from n-grams, drops those seen once, and gives the same model for the same words", () => {
    const model = trainNameShapes(["kova", "kovac", "kovic"], ["table", "tables", "stable"], [2]);
    expect(model).toEqual(trainNameShapes(["kova", "kovac", "kovic"], ["table", "tables", "stable"], [2]));
    expect(model.logOdds.ko).toBeGreaterThan(0);
    expect(model.logOdds.ta).toBeLessThan(0);
    expect(model.logOdds).not.toHaveProperty("ic"); // seen once only
    expect(nameShapeScore("kovics", model)).toBeGreaterThan(0);
    expect(nameShapeScore("tablet", model)).toBeLessThan(0);
  });

  it("is the model that npm run train:names makes from the repository's data", async () => {
    expect(await runTrainNames(["--check"])).toBe(0);
  });

  it("scores transliterated names above ordinary Persian and Arabic words", () => {
    const foreignNames = ["ميلوشيفيتش", "فيشنيفسكي", "ستورنبرگ", "میتسوتاکیس", "زبيغنيو"];
    const ordinaryWords = ["همکاری", "مذاکرات", "الاقتصادية", "التعاون", "المستمرة", "گسترش"];
    for (const word of foreignNames) expect(nameShapeScore(fold(word)), word).toBeGreaterThan(0);
    for (const word of ordinaryWords) expect(nameShapeScore(fold(word)), word).toBeLessThan(0);
  });
});
