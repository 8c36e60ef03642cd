/**
 * The who-met-whom graph as data: a node per person, an edge per pair of people who took part
 * in a meeting together, each with the meetings behind it. Pure: no DOM, no requests.
 */
import type { CountryRef, MeetingSummary, PersonRef } from "./api.ts";

export interface PersonNode {
  person: PersonRef;
  /** Meetings in the view the person took part in. */
  meetingIds: string[];
}

export interface PairEdge {
  /** `<id>|<id>`, the two ids in sorted order. */
  id: string;
  source: string;
  target: string;
  /** Meetings in the view both took part in, in the order they came (newest first). */
  meetingIds: string[];
}

export interface GraphModel {
  nodes: PersonNode[];
  edges: PairEdge[];
  meetings: Map<string, MeetingSummary>;
  /** Countries of the people in the view, by name. */
  countries: CountryRef[];
  /** The colour of a country's people (grey for no country). */
  colour(code: string | undefined): string;
}

/** Meetings that someone from the country took part in (all of them without a country). */
export function filterByCountry(meetings: MeetingSummary[], country: string | undefined): MeetingSummary[] {
  if (!country) return meetings;
  return meetings.filter((m) => m.participants.some((p) => p.country?.code === country));
}

export function pairId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Builds nodes and edges from meetings; a meeting of three people gives three edges. */
export function buildGraph(meetings: MeetingSummary[], colours: Map<string, string> = new Map()): GraphModel {
  const nodes = new Map<string, PersonNode>();
  const edges = new Map<string, PairEdge>();
  const byId = new Map<string, MeetingSummary>();
  for (const meeting of meetings) {
    byId.set(meeting.id, meeting);
    const people = [...new Map(meeting.participants.map((p) => [p.id, p])).values()];
    for (const person of people) {
      const node = nodes.get(person.id) ?? { person, meetingIds: [] };
      node.meetingIds.push(meeting.id);
      nodes.set(person.id, node);
    }
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const id = pairId(people[i]!.id, people[j]!.id);
        const [source, target] = id.split("|") as [string, string];
        const edge = edges.get(id) ?? { id, source, target, meetingIds: [] };
        edge.meetingIds.push(meeting.id);
        edges.set(id, edge);
      }
    }
  }
  const countries = new Map<string, CountryRef>();
  for (const { person } of nodes.values()) if (person.country) countries.set(person.country.code, person.country);
  return {
    nodes: [...nodes.values()].sort((a, b) => b.meetingIds.length - a.meetingIds.length || a.person.name.localeCompare(b.person.name)),
    edges: [...edges.values()].sort((a, b) => b.meetingIds.length - a.meetingIds.length || a.id.localeCompare(b.id)),
    meetings: byId,
    countries: [...countries.values()].sort((a, b) => a.name.localeCompare(b.name)),
    colour: (code) => (code ? (colours.get(code) ?? hashedColour(code)) : NO_COUNTRY),
  };
}

/** The people a person met in the view, most meetings first, with the edge to each. */
export function neighbours(model: GraphModel, personId: string): { person: PersonRef; edge: PairEdge }[] {
  const people = new Map(model.nodes.map((n) => [n.person.id, n.person]));
  return model.edges
    .filter((e) => e.source === personId || e.target === personId)
    .map((edge) => ({ person: people.get(edge.source === personId ? edge.target : edge.source)!, edge }))
    .sort((a, b) => b.edge.meetingIds.length - a.edge.meetingIds.length || a.person.name.localeCompare(b.person.name));
}

const NO_COUNTRY = "hsl(0, 0%, 62%)";

/** Ten colours that stay apart from each other, also for the common colour-vision deficiencies. */
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#9c755f", "#ff9da7", "#1b9e77"];

/** Colours for countries, most people first: the palette's, then hues from the code. */
export function assignColours(countryCodes: string[]): Map<string, string> {
  return new Map(countryCodes.map((code, i) => [code, PALETTE[i] ?? hashedColour(code)]));
}

/** A colour from the country code alone, for countries past the palette. */
export function hashedColour(code: string): string {
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.charCodeAt(0)) % 3600;
  return `hsl(${(hash * 137) % 360}, 55%, ${hash % 2 ? 38 : 52}%)`;
}
