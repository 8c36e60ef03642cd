/**
 * What a personal name looks like, for people no gazetteer knows. A name is a run of name words
 * (capitalised in Latin script; not a listed common, title or cue word in Arabic script) with
 * particles inside (bin, de, van, آل، ولد). Common given names in every script, East Asian family
 * names and honorifics tell a name from a phrase (data/names.json, data/language.json), and in
 * Arabic script, where no capital marks a name, so does the shape of its letters (a model learnt
 * from the project's data, data/name-shapes.json); words around a run tell a person from a
 * street, a prize or a byline. `readRun` reads a run from a
 * token in either direction; `titledRun` accepts one written beside a title; `findOpenNames`
 * finds the runs that stand on their own as people anywhere in the text.
 *
 * The public surface of src/extract/names/; the files, one concern each:
 *   context.ts       the NameContext an article gives, the NameRun and GivenName found, the memo
 *   lexicon.ts       the name-word lexicon, loaded once from the data files
 *   given-names.ts   a given name (or an East Asian family name) at a token
 *   name-words.ts    which words may be part of a name; honorifics; single-word lookups
 *   name-parts.ts    parts of one Latin name word (hyphens, O’Brien) and initials
 *   name-shape.ts    how much an Arabic-script word looks like a name by its letters (and the model's training)
 *   read-run.ts      reading a run of name words in either direction
 *   own-name.ts      the checks that a run is no person's own name (things, bylines, journalists)
 *   titled-run.ts    a name written beside a title
 *   open-names.ts    names that stand on their own as people (with marked-names.ts: names
 *                    glossed in parentheses or quoted in a list)
 */
export type { GivenName, NameContext, NameRun } from "./context.ts";
export { givenAt, isFamilyCalledBy, isListedGivenFirst } from "./given-names.ts";
export { PATRONYMIC } from "./lexicon.ts";
export { isBylineWord, isCommonWord, isCueWord, isGenerational, isHonorific, isNameWord, isParticle, isPersonVerb, isRankGiven, isWithWord, namesAPlace, namesAPlaceBefore, pastHonorifics } from "./name-words.ts";
export { findOpenNames } from "./open-names.ts";
export { inAnotherName, placeNameAt } from "./own-name.ts";
export { nameShapeScore, SHAPE_BARS } from "./name-shape.ts";
export { conjoinedGiven, readRun } from "./read-run.ts";
export { titledRun, unlistedGivenAt } from "./titled-run.ts";
