/**
 * Quotes: direct ones (« », “ ”, "…", and a colon after a speech verb) and reported speech
 * (گفت که، قال إن، said that), framings whose clause is reported ("با اشاره به اینکه …،") and
 * nominal statements of a position ("خواستار X شد", "أكد على ضرورة X"). The speaker is the
 * subject of the cue (before the verb in Persian and English, after it in Arabic), a pronoun or
 * an implied subject resolving to the last named speaker. A quote runs to its closing mark; a colon
 * quote over following sentences until one with its own attribution; reported speech to the end of
 * its sentence. Arabic verbs with a preposition of their own (دعا إلى، طالب بـ، وصف X بأنه) are
 * "governed" cues. Cue words are in data/speech.json.
 *
 * The public surface of src/extract/quotes/; the files, one concern each:
 *   cue-lexicon.ts     the cue words, loaded once from the data files
 *   find-cues.ts       the cues of a paragraph (with start-content.ts: where each one's content
 *                      starts, reading the words after the cue in content-after-cue.ts and those
 *                      before it in content-before-cue.ts; nominal-cues.ts: Persian nominal statements)
 *   content-end.ts     where a quote ends
 *   resolve-speaker.ts who the speaker is: its rules in order, each named (SpeakerRule) on the quote it
 *                      gives a speaker, so that `npm run eval -- --rules` can measure it (with cue-subject.ts: where a cue's
 *                      subject stands; title-subject.ts: a title as the subject and who holds it;
 *                      implied-subject.ts: subjects not written at the verb; plural-subject.ts and
 *                      outlet-subject.ts: subjects that are nobody in particular; clause-start.ts:
 *                      where a cue's clause opens)
 *   dedupe-quotes.ts   the same words said twice count once
 *   find-quotes.ts     the paragraph loop that puts them together
 *   cue.ts, marks.ts   the Cue type; quotation marks and clause punctuation
 */
export { dedupeQuotes } from "./dedupe-quotes.ts";
export { speechWords } from "./cue-lexicon.ts";
export type { QuotePeople } from "./cue.ts";
export { findQuotes, type QuoteFinding } from "./find-quotes.ts";
