/**
 * Public surface of the extractor: text in, facts out. Pure: no I/O, no clock, no environment.
 * The pipeline: prepare the text (fold, tokenize, classify lines), read metadata, find
 * countries, titles and people, then quotes (which settle who speaks) and meetings.
 */
import { isCapitalizedAt, lastLetterAt, prepareArticle, spanIn, isTextToken, type ArticleText } from "./article-text.ts";
import { countriesNamed, findCountryMentions } from "./countries.ts";
import { findDates } from "./dates.ts";
import { gazetteer, type Gazetteer } from "./gazetteer.ts";
export { Gazetteer, type GazetteerPerson } from "./gazetteer.ts";
import { findMeetings } from "./meetings/index.ts";
import { detectLanguage, findPublishedAt, findPublisher, findTitle, ourCountry } from "./metadata.ts";
import { analysePersons, type PersonAnalysis } from "./persons/index.ts";
import { findCities } from "./places.ts";
import { dedupeQuotes, findQuotes } from "./quotes/index.ts";
import { findOurCountryWords, findTitles } from "./titles.ts";
import { range, tokenIndexAt } from "./tokens.ts";
import type { ArticleFacts, ArticleHints, EvalRecord, MeetingFact, PersonFact, QuoteFact } from "./types.ts";

export type * from "./types.ts";
export { fold } from "./normalize.ts";
export { detectLanguage } from "./metadata.ts";

/** Every spelling the gazetteer knows for a person key ("sergey-lavrov"); empty for people outside it. */
export function knownNamesOf(key: string): string[] {
  const person = gazetteer.person(key);
  return person ? [...person.names, ...person.shortNames] : [];
}

/** Longest input handled in full; beyond it the text is cut so extraction stays fast on any input. */
const MAX_CHARS = 400_000;

/** The Arabic tanween marks (ً ٌ ٍ), which folding drops: they end an indefinite word. */
const TANWEEN = /[\u064B-\u064D]/;

/**
 * Extracts people, countries, meetings and quotes from one article. An internal error is thrown,
 * not hidden: the ingest layer records it with the article (extraction FAILED) so that a fixed
 * extractor can re-read the article later.
 */
export function extractArticle(text: string, hints: ArticleHints = {}): ArticleFacts {
  return defaultExtractor(text, hints);
}

/** What an extractor knows; every field defaults to the data shipped in src/extract/data. */
export interface ExtractorKnowledge {
  gazetteer?: Gazetteer;
}

/** Builds an extractArticle that resolves people with another gazetteer (tests, other deployments). */
export function createExtractor(knowledge: ExtractorKnowledge = {}): (text: string, hints?: ArticleHints) => ArticleFacts {
  const people = knowledge.gazetteer ?? gazetteer;
  return (text, hints = {}) => extract(typeof text === "string" ? text.slice(0, MAX_CHARS) : "", hints, people);
}

const defaultExtractor = createExtractor();

function extract(source: string, hints: ArticleHints, people: Gazetteer): ArticleFacts {
  const prepared = prepareArticle(source);
  const language = hints.language ?? detectLanguage(source, prepared.tokens);
  const article: ArticleText = { ...prepared, clitics: language === "ar" };
  const publisher = findPublisher(article);
  // Dates as written (no clitics) date the article; Arabic meetings read them with clitics too ("وفي 12 مايو").
  const writtenDates = findDates(article.tokens, article.folded.text);
  const publishedAt = hints.publishedAt ?? findPublishedAt(article, writtenDates);
  const { tokens } = article;
  const folded = article.folded.text;
  const countryMentions = findCountryMentions(tokens, folded, source, article.folded.origin, article.clitics);
  const textCountries = countryMentions.filter((c) => isTextToken(article, c.first));
  const ours = ourCountry(publisher, language, textCountries.map((c) => c.code));
  const isCapitalized = (i: number) => isCapitalizedAt(article, i);
  const titles = findTitles(tokens, folded, countryMentions, ours, article.clitics, { isCapitalized, lineOfToken: article.lineOfToken });
  const oursMentions = ours ? findOurCountryWords(tokens).filter((start) => isTextToken(article, tokenIndexAt(tokens, start))).map((start) => ({ code: ours, start })) : [];
  const countryTokens = new Set(countryMentions.flatMap((c) => range(c.first, c.after)));
  const countryStarts = new Map(countryMentions.map((c) => [c.first, c]));
  const cityTokens = new Set(findCities(tokens, folded, 0, folded.length, article.clitics).flatMap((c) => range(c.first, c.after)));
  const persons = analysePersons({
    language,
    gazetteer: people,
    tokens,
    folded,
    inText: (i) => isTextToken(article, i),
    sentenceOf: (i) => article.sentenceOfToken[i],
    titles,
    date: publishedAt,
    clitics: article.clitics,
    isCountryToken: (i) => countryTokens.has(i),
    isCityToken: (i) => cityTokens.has(i),
    countryAt: (i) => countryStarts.get(i) ?? null,
    sameLine: (a, b) => article.lineOfToken[a] === article.lineOfToken[b],
    isCapitalized,
    lastLetter: (i) => lastLetterAt(article, i),
    indefinite: (i) => TANWEEN.test(source.slice(article.folded.origin[tokens[i].start], article.folded.origin[tokens[i].end])),
    isUpperCase: (i) => !/\p{Ll}/u.test(source.slice(article.folded.origin[tokens[i].start], article.folded.origin[tokens[i].end])),
  });
  const allQuotes = findQuotes(article, { refs: persons.refs, entities: persons.entities, titles, countries: countryMentions }, language);
  const meetings = findMeetings({ article, refs: persons.refs, groups: persons.groups, entities: persons.entities, countries: countryMentions, dates: article.clitics ? findDates(tokens, folded, true) : writtenDates, quotes: allQuotes, titles, articleDate: publishedAt });
  const quotes = dedupeQuotes(allQuotes, folded);
  const active = new Set([...quotes.map((q) => q.speaker), ...meetings.flatMap((m) => m.participants)]);
  const keep = (key: string) => persons.entities.get(key)?.named === true || active.has(key);
  const meetingFacts: MeetingFact[] = meetings.map((m) => ({ participants: m.participants, location: m.location, date: m.date, mode: m.mode, evidence: spanIn(article, m.start, m.end) }));
  const quoteFacts: QuoteFact[] = quotes.map((q) => ({
    speaker: q.speaker,
    span: spanIn(article, q.start, q.end),
    direct: q.direct,
    meeting: meetingOfQuote(meetings, q, publishedAt),
    speakerRule: q.rule,
  }));
  return {
    language,
    publisher: hints.publisher ?? publisher?.name ?? null,
    publishedAt,
    title: findTitle(article),
    persons: personFacts(article, persons, keep),
    countries: countriesNamed(textCountries, tokens, oursMentions),
    meetings: meetingFacts,
    quotes: quoteFacts,
  };
}

/**
 * The meeting a quote was said at: the one reported in the quote's own sentence, else the nearest
 * meeting reported before it that the speaker took part in. News tells of a meeting and then of
 * what its participants said there; words of a speaker before any meeting of theirs, or of one
 * in none, were said elsewhere. A meeting dated to another day than the article is background,
 * not where today's words were said.
 */
function meetingOfQuote(
  meetings: { sentence: number; participants: string[]; date: string | null }[],
  quote: { sentence: number; speaker: string },
  articleDate: string | null,
): number | null {
  const inSentence = meetings.findIndex((m) => m.sentence === quote.sentence);
  if (inSentence >= 0) return inSentence;
  const before = meetings
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.sentence < quote.sentence && m.participants.includes(quote.speaker))
    .filter(({ m }) => !(articleDate && m.date && m.date !== articleDate));
  return before.at(-1)?.index ?? null;
}

function personFacts(article: ArticleText, persons: PersonAnalysis, keep: (key: string) => boolean): PersonFact[] {
  const facts: PersonFact[] = [];
  for (const entity of persons.entities.values()) {
    if (!keep(entity.key)) continue;
    const person = entity.gazetteer;
    const mentions = persons.refs.filter((r) => r.key === entity.key).map((r) => ({ ...spanIn(article, r.start, r.end), kind: r.kind }));
    // The fullest form written ("Dmytro Kuleba", not a later "Kuleba"): most words, the first of those.
    const words = (text: string) => text.trim().split(/\s+/).length;
    const written = mentions.filter((m) => m.kind === "name").reduce<string | null>((best, m) => (best === null || words(m.text) > words(best) ? m.text : best), null) ?? entity.writtenName ?? entity.key;
    facts.push({
      key: entity.key,
      name: person?.name ?? written,
      gazetteerId: person?.id ?? null,
      country: entity.country,
      role: entity.role,
      knownNames: person ? [...person.names, ...person.shortNames] : [],
      mentions,
    });
  }
  return facts;
}

/** Converts facts to the scorer's record shape (../shared/eval/README.md). */
export function toEvalRecord(article: string, facts: ArticleFacts): EvalRecord {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  // The annotations' persons are the people an article names: one only titled ("the Russian foreign minister
  // said", resolved through the gazetteer) is left out, and so are the words attributed to them.
  const named = new Set(facts.persons.filter((p) => p.mentions.some((m) => m.kind === "name")).map((p) => p.key));
  const persons = facts.persons.filter((p) => named.has(p.key));
  return {
    article,
    language: facts.language,
    publisher: facts.publisher,
    publishedAt: facts.publishedAt,
    title: facts.title,
    persons: persons.map((p) => ({ name: p.name, country: p.country, role: p.role, mentions: [...new Set(p.mentions.map((m) => m.text))] })),
    countries: facts.countries,
    meetings: facts.meetings.map((m) => ({ participants: m.participants.map((k) => nameOf.get(k) ?? k), location: m.location, date: m.date, mode: m.mode, evidence: m.evidence.text })),
    quotes: facts.quotes.filter((q) => named.has(q.speaker)).map((q) => ({ speaker: nameOf.get(q.speaker) ?? q.speaker, text: q.span.text, direct: q.direct, speakerRule: q.speakerRule })),
  };
}

