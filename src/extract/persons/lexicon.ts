/** The words of data/language.json that person finding asks about, loaded once. */
import data from "../data/language.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject } from "../data-check.ts";
import { fold } from "../normalize.ts";

export const lexicon = loadLexicon(data);
function loadLexicon(raw: unknown) {
  const record = checkObject(raw, "language.json");
  return {
    notName: new Set(allLanguages(checkLanguageLists(record.notName, "language.json notName")).map(fold)),
    ambiguous: new Set(allLanguages(checkLanguageLists(record.ambiguousShortNames, "language.json ambiguousShortNames")).map(fold)),
    appositionArticles: new Set(allLanguages(checkLanguageLists(record.appositionArticles, "language.json appositionArticles")).map(fold)),
    givenNameHonorifics: allLanguages(checkLanguageLists(record.givenNameHonorifics, "language.json givenNameHonorifics")).map((phrase) => fold(phrase).split(" ")),
    givenNameHonorificWords: new Set(allLanguages(checkLanguageLists(record.givenNameHonorifics, "language.json givenNameHonorifics")).flatMap((phrase) => fold(phrase).split(" "))),
    asTitle: allLanguages(checkLanguageLists(record.asTitle ?? {}, "language.json asTitle")).map((phrase) => fold(phrase).split(" ")),
  };
}
