/**
 * The five benchmark queries of `npm run bench:compare` (issue 12), each written in the dialect of
 * each server, and how each server's answer is brought to one plain shape: the shape the
 * hand-written server answers in (bench/peers/handwritten-server.mjs), so its answers are taken
 * as they come and the other two are mapped onto it.
 */
import { toGlobalId } from "../../src/graphql/common/global-id.ts";

/** Who and what the queries ask about, chosen from the data (see `chooseSubjects`). */
export interface Subjects {
  /** The person with the most meetings. */
  personId: number;
  /** The person `personId` met most often. */
  partnerId: number;
  /** A word as `Quote.normalizedText` holds it (already folded). */
  word: string;
  /** The country whose people took part in the most meetings. */
  countryCode: string;
}

/** A GraphQL request: query text and variables. */
interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One benchmark query: its text in each dialect and how each answer becomes the plain shape. */
export interface BenchQuery {
  key: string;
  title: string;
  parley(s: Subjects): GraphQLRequest;
  postgraphile(s: Subjects): GraphQLRequest;
  /** The hand-written server's route name and variables. */
  handwritten(s: Subjects): { name: string; variables: Record<string, unknown> };
  /** Parley's `data` in the plain shape. */
  fromParley(data: any): unknown;
  /** PostGraphile's `data` in the plain shape. */
  fromPostGraphile(data: any): unknown;
}

const personGid = (id: number) => toGlobalId("Person", id);
const nodes = <T>(connection: { nodes: T[] } | null | undefined): T[] => connection?.nodes ?? [];

/** The five queries of issue 12, (a) to (e). */
export const QUERIES: BenchQuery[] = [
  {
    key: "a",
    title: "person → first 20 meetings by date → participants + first 5 quotes each, with speaker",
    parley: (s) => ({
      query: `query PersonMeetings($id: ID!) {
  person(id: $id) {
    name
    meetings(first: 20) {
      nodes {
        date location mode
        participants { name country { code } }
        quotes(first: 5) { nodes { text speaker { name } } }
      }
    }
  }
}`,
      variables: { id: personGid(s.personId) },
    }),
    postgraphile: (s) => ({
      query: `query PersonMeetings($id: Int!) {
  personByRowId(rowId: $id) {
    name
    meetingsByDate(first: 20) {
      nodes {
        date location mode
        meetingParticipantsByMeetingId(first: 100, orderBy: PERSON_ID_ASC) { nodes { personByPersonId { name countryByCountryCode { code } } } }
        quotesByMeetingId(first: 5, orderBy: [ARTICLE_ID_ASC, START_OFFSET_ASC]) { nodes { text personBySpeakerId { name } } }
      }
    }
  }
}`,
      variables: { id: s.personId },
    }),
    handwritten: (s) => ({ name: "personMeetings", variables: { id: s.personId } }),
    fromParley: (d) => ({
      person: d.person && {
        name: d.person.name,
        meetings: nodes(d.person.meetings).map((m: any) => ({
          date: m.date, location: m.location, mode: m.mode,
          participants: m.participants.map((p: any) => ({ name: p.name, country: p.country && { code: p.country.code } })),
          quotes: nodes(m.quotes).map((q: any) => ({ text: q.text, speaker: { name: q.speaker.name } })),
        })),
      },
    }),
    fromPostGraphile: (d) => ({
      person: d.personByRowId && {
        name: d.personByRowId.name,
        meetings: nodes(d.personByRowId.meetingsByDate).map((m: any) => ({
          date: m.date, location: m.location, mode: m.mode,
          participants: nodes(m.meetingParticipantsByMeetingId).map(({ personByPersonId: p }: any) => ({
            name: p.name, country: p.countryByCountryCode && { code: p.countryByCountryCode.code },
          })),
          quotes: nodes(m.quotesByMeetingId).map((q: any) => ({ text: q.text, speaker: { name: q.personBySpeakerId.name } })),
        })),
      },
    }),
  },
  {
    key: "b",
    title: "first 50 people by name, with their country",
    parley: () => ({
      query: `query PeopleByName {
  persons(first: 50) { nodes { name country { code name } } }
}`,
      variables: {},
    }),
    postgraphile: () => ({
      query: `query PeopleByName {
  allPeople(first: 50, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { name countryByCountryCode { code nameEn } } }
}`,
      variables: {},
    }),
    handwritten: () => ({ name: "peopleByName", variables: { first: 50 } }),
    fromParley: (d) => ({ persons: nodes(d.persons).map((p: any) => ({ name: p.name, country: p.country && { code: p.country.code, name: p.country.name } })) }),
    fromPostGraphile: (d) => ({
      persons: nodes(d.allPeople).map((p: any) => ({ name: p.name, country: p.countryByCountryCode && { code: p.countryByCountryCode.code, name: p.countryByCountryCode.nameEn } })),
    }),
  },
  {
    key: "c",
    title: "a person's quotes containing a word (first 20 + totalCount), with their article",
    parley: (s) => ({
      query: `query PersonQuotesSearch($id: ID!, $word: String!) {
  person(id: $id) {
    name
    quotes(search: $word, first: 20) { totalCount nodes { text language article { title publishedAt } } }
  }
}`,
      variables: { id: personGid(s.personId), word: s.word },
    }),
    postgraphile: (s) => ({
      query: `query PersonQuotesSearch($id: Int!, $word: String!) {
  personByRowId(rowId: $id) {
    name
    quotesMatching(word: $word, first: 20) { totalCount nodes { text language articleByArticleId { title publishedAt } } }
  }
}`,
      variables: { id: s.personId, word: s.word },
    }),
    handwritten: (s) => ({ name: "personQuotesSearch", variables: { id: s.personId, word: s.word } }),
    fromParley: (d) => ({
      person: d.person && {
        name: d.person.name,
        quotes: {
          totalCount: d.person.quotes.totalCount,
          // Parley's Language enum is upper case (FA); the plain shape keeps the stored code (fa).
          nodes: nodes(d.person.quotes).map((q: any) => ({ text: q.text, language: q.language.toLowerCase(), article: { title: q.article.title, publishedAt: q.article.publishedAt } })),
        },
      },
    }),
    fromPostGraphile: (d) => ({
      person: d.personByRowId && {
        name: d.personByRowId.name,
        quotes: {
          totalCount: d.personByRowId.quotesMatching.totalCount,
          nodes: nodes(d.personByRowId.quotesMatching).map((q: any) => ({
            text: q.text, language: q.language, article: { title: q.articleByArticleId.title, publishedAt: q.articleByArticleId.publishedAt },
          })),
        },
      },
    }),
  },
  {
    key: "d",
    title: "meetings between two people (first 20 + totalCount), with participants and reports",
    parley: (s) => ({
      query: `query MeetingsBetween($a: ID!, $b: ID!) {
  meetings(participants: [$a, $b], first: 20) {
    totalCount
    nodes {
      date location mode
      participants { name }
      reports { article { title publisher } evidence { text } }
    }
  }
}`,
      variables: { a: personGid(s.personId), b: personGid(s.partnerId) },
    }),
    postgraphile: (s) => ({
      query: `query MeetingsBetween($a: Int!, $b: Int!) {
  meetingsBetween(a: $a, b: $b, first: 20) {
    totalCount
    nodes {
      date location mode
      meetingParticipantsByMeetingId(first: 100, orderBy: PERSON_ID_ASC) { nodes { personByPersonId { name } } }
      meetingSourcesByMeetingId(first: 100, orderBy: ARTICLE_ID_ASC) { nodes { evidence articleByArticleId { title publisher } } }
    }
  }
}`,
      variables: { a: s.personId, b: s.partnerId },
    }),
    handwritten: (s) => ({ name: "meetingsBetween", variables: { a: s.personId, b: s.partnerId } }),
    fromParley: (d) => ({
      meetings: {
        totalCount: d.meetings.totalCount,
        nodes: nodes(d.meetings).map((m: any) => ({
          date: m.date, location: m.location, mode: m.mode,
          participants: m.participants.map((p: any) => ({ name: p.name })),
          reports: m.reports.map((r: any) => ({ article: { title: r.article.title, publisher: r.article.publisher }, evidence: r.evidence.text })),
        })),
      },
    }),
    fromPostGraphile: (d) => ({
      meetings: {
        totalCount: d.meetingsBetween.totalCount,
        nodes: nodes(d.meetingsBetween).map((m: any) => ({
          date: m.date, location: m.location, mode: m.mode,
          participants: nodes(m.meetingParticipantsByMeetingId).map((p: any) => ({ name: p.personByPersonId.name })),
          reports: nodes(m.meetingSourcesByMeetingId).map((r: any) => ({
            article: { title: r.articleByArticleId.title, publisher: r.articleByArticleId.publisher }, evidence: r.evidence,
          })),
        })),
      },
    }),
  },
  {
    key: "e",
    title: "a country's contacts: countries whose people met its people, with meeting counts",
    parley: (s) => ({
      query: `query CountryContacts($code: String!) {
  country(code: $code) { code name metCountries { country { code name } meetingCount } }
}`,
      variables: { code: s.countryCode },
    }),
    postgraphile: (s) => ({
      query: `query CountryContacts($code: String!) {
  countryByCode(code: $code) { code nameEn metCountries(first: 300) { nodes { code name meetingCount } } }
}`,
      variables: { code: s.countryCode },
    }),
    handwritten: (s) => ({ name: "countryContacts", variables: { code: s.countryCode } }),
    fromParley: (d) => ({
      country: d.country && {
        code: d.country.code, name: d.country.name,
        metCountries: d.country.metCountries.map((c: any) => ({ country: { code: c.country.code, name: c.country.name }, meetingCount: c.meetingCount })),
      },
    }),
    fromPostGraphile: (d) => ({
      country: d.countryByCode && {
        code: d.countryByCode.code, name: d.countryByCode.nameEn,
        metCountries: nodes(d.countryByCode.metCountries).map((c: any) => ({ country: { code: c.code, name: c.name }, meetingCount: c.meetingCount })),
      },
    }),
  },
];

/** SQL that picks the subjects from the data: the same data gives the same subjects. */
export const SUBJECTS_SQL = {
  person: `SELECT "personId" AS id, count(*)::int AS n FROM "MeetingParticipant" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  partner: `SELECT o."personId" AS id, count(*)::int AS n FROM "MeetingParticipant" s JOIN "MeetingParticipant" o ON o."meetingId" = s."meetingId" AND o."personId" <> s."personId"
    WHERE s."personId" = $1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  country: `SELECT p."countryCode" AS code, count(*)::int AS n FROM "MeetingParticipant" mp JOIN "Person" p ON p."id" = mp."personId"
    WHERE p."countryCode" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
};
