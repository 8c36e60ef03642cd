/**
 * Everything the who-met-whom page knows, it asks the public GraphQL API for, with these
 * operations (POST to the endpoint, as any client would).
 */

export interface CountryRef {
  code: string;
  name: string;
}

export interface PersonRef {
  id: string;
  name: string;
  role: string | null;
  country: CountryRef | null;
}

export interface MeetingSummary {
  id: string;
  date: string | null;
  location: string | null;
  mode: string;
  participants: PersonRef[];
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface MeetingDetail extends MeetingSummary {
  reports: { article: { id: string; title: string; publisher: string | null; publishedAt: string | null; url: string | null }; evidence: Evidence }[];
  quotes: { totalCount: number; nodes: { id: string; text: string; direct: boolean; speaker: { name: string }; article: { id: string; title: string }; evidence: Evidence }[] };
}

export interface ArticleText {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  body: string;
}

/** A GraphQL error, with its code (NOT_FOUND for a name no one is known by). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface Filters {
  person?: string;
  country?: string;
  from?: string;
  to?: string;
}

/** Most meetings the page draws; past this it asks for a narrower filter. */
export const MAX_MEETINGS = 2000;
const PAGE = 100;

interface MeetingsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: MeetingSummary[];
}

const PERSON_FIELDS = `id name role country { code name }`;

const MEETINGS = `query GraphMeetings($participantNames: [String!], $from: Date, $to: Date, $first: Int!, $after: String) {
  meetings(participantNames: $participantNames, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id date location mode participants { ${PERSON_FIELDS} } }
  }
}`;

const PEOPLE = `query GraphPeople { persons(first: 100, orderBy: { field: MEETING_COUNT, direction: DESC }) { nodes { name } } }`;

const MEETING_DETAILS = `query GraphMeetingDetails($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Meeting {
      id date location mode
      participants { ${PERSON_FIELDS} }
      reports { article { id title publisher publishedAt url } evidence { start end text } }
      quotes(first: 100) { totalCount nodes { id text direct speaker { name } article { id title } evidence { start end text } } }
    }
  }
}`;

const ARTICLE = `query GraphArticle($id: ID!) { article(id: $id) { id title publisher publishedAt url body } }`;

export class Api {
  constructor(private readonly endpoint: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.endpoint, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ query, variables }) });
    let payload: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      payload = (await response.json()) as typeof payload;
    } catch {
      throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}`);
    }
    const error = payload.errors?.[0];
    if (error) throw new GraphQLRequestError(error.message, error.extensions?.code);
    return payload.data as T;
  }

  /**
   * The meetings the person and date filters select (the server filters those), newest first,
   * page by page up to MAX_MEETINGS. The country filter is applied by the page.
   */
  async meetings(filters: Filters, onProgress?: (loaded: number, total: number) => void): Promise<{ meetings: MeetingSummary[]; totalCount: number }> {
    const meetings: MeetingSummary[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const variables: Record<string, unknown> = { participantNames: filters.person ? [filters.person] : null, from: filters.from || null, to: filters.to || null, first: PAGE, after };
      const { meetings: page }: { meetings: MeetingsPage } = await this.request<{ meetings: MeetingsPage }>(MEETINGS, variables);
      meetings.push(...page.nodes);
      totalCount = page.totalCount;
      onProgress?.(meetings.length, totalCount);
      if (!page.pageInfo.hasNextPage || meetings.length >= MAX_MEETINGS) break;
      after = page.pageInfo.endCursor;
    }
    return { meetings, totalCount };
  }

  /** Names to suggest in the person filter: the people with most meetings. */
  async suggestedNames(): Promise<string[]> {
    return (await this.request<{ persons: { nodes: { name: string }[] } }>(PEOPLE)).persons.nodes.map((p) => p.name);
  }

  /** Place, date, sources and quotes of the given meetings, in the order given. */
  async meetingDetails(ids: string[]): Promise<MeetingDetail[]> {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += 100) chunks.push(ids.slice(i, i + 100));
    const pages = await Promise.all(chunks.map((chunk) => this.request<{ nodes: (MeetingDetail | null)[] }>(MEETING_DETAILS, { ids: chunk })));
    return pages.flatMap((p) => p.nodes).filter((m): m is MeetingDetail => m !== null);
  }

  /** The id of the person known by this name (any spelling), or null. */
  async personId(name: string): Promise<string | null> {
    return (await this.request<{ person: { id: string } | null }>(`query GraphPerson($name: String!) { person(name: $name) { id } }`, { name })).person?.id ?? null;
  }

  async article(id: string): Promise<ArticleText | null> {
    return (await this.request<{ article: ArticleText | null }>(ARTICLE, { id })).article;
  }
}
