/**
 * Public surface of the extractor: text in, facts out. Pure: no I/O, no clock, no environment.
 * (Placeholder until the extractor lands; see issue 4.)
 */
import type { ArticleFacts, ArticleHints, EvalRecord } from "./types.ts";

export type * from "./types.ts";
export { fold } from "./normalize.ts";

/** Extracts people, countries, meetings and quotes from one article. */
export function extractArticle(text: string, hints: ArticleHints = {}): ArticleFacts {
  const title = text.split("\n").find((line) => line.trim()) ?? "";
  return { language: hints.language ?? "fa", publisher: hints.publisher ?? null, publishedAt: hints.publishedAt ?? null, title: title.trim(), persons: [], countries: [], meetings: [], quotes: [] };
}

/** Converts facts to the scorer's record shape (../shared/eval/README.md). */
export function toEvalRecord(article: string, facts: ArticleFacts): EvalRecord {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return {
    article,
    language: facts.language,
    publisher: facts.publisher,
    publishedAt: facts.publishedAt,
    title: facts.title,
    persons: facts.persons.map((p) => ({ name: p.name, country: p.country, role: p.role, mentions: [...new Set(p.mentions.map((m) => m.text))] })),
    countries: facts.countries,
    meetings: facts.meetings.map((m) => ({ participants: m.participants.map((k) => nameOf.get(k) ?? k), location: m.location, date: m.date, mode: m.mode, evidence: m.evidence.text })),
    quotes: facts.quotes.map((q) => ({ speaker: nameOf.get(q.speaker) ?? q.speaker, text: q.span.text, direct: q.direct })),
  };
}
