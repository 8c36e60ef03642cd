/**
 * Titles written again for the person they named: a bare title ("السفير", "the minister") or a
 * country's title ("الوزير الياباني") later in the text stands for the one person it, or a
 * counterpart phrase of that country, described before.
 */
import type { TitleMention } from "../titles.ts";
import type { PersonContext, PersonRef } from "./context.ts";

/** A singular title naming no country, organisation or former office ("رئيس الجمهورية", "the Speaker"). */
export function isBareTitle(title: TitleMention): boolean {
  return title.kind === "title" && !!title.entry && title.countries.length === 0 && !title.entry.org && !title.former && !title.implied;
}

/** The role and the one country of a singular title ("سفير اليابان" → Ambassador|JP), or null for other titles. */
export function countryTitleKey(title: TitleMention): string | null {
  if (title.kind !== "title" || !title.entry || title.former || title.countries.length !== 1) return null;
  return `${title.entry.role}|${title.countries[0]}`;
}

/** Notes the person a counterpart phrase of one country ("نظيره الياباني", "his Japanese counterpart") described. */
export function addCounterpart(counterparts: Map<string, Set<string>>, title: TitleMention, key: string): void {
  if (title.kind !== "counterpart" || title.countries.length !== 1) return;
  const keys = counterparts.get(title.countries[0]) ?? new Set<string>();
  counterparts.set(title.countries[0], keys.add(key));
}

/** The one person counterpart phrases of this country described, if only one. */
export function onlyCounterpart(counterparts: Map<string, Set<string>>, country: string): string | undefined {
  const keys = counterparts.get(country);
  return keys?.size === 1 ? [...keys][0] : undefined;
}

/** Fewest words of a bare title that, written again, names the one person an earlier title opening with the same words did. */
const WRITTEN_AGAIN_WORDS = 3;

/**
 * "the Speaker of the Lok Sabha of the Indian Parliament X … the meeting with the Speaker of the Lok Sabha": a bare title
 * of several words written again stands for the one person named before with a title that opens with the same words,
 * rather than for the first holder of its office (another speaker).
 */
export function writtenAgain(ctx: PersonContext, title: TitleMention, refs: PersonRef[]): string | undefined {
  const words = ctx.folded.slice(title.start, title.end);
  // "والی هرات X … والی هرات گفت": a shorter title written again word for word stands for the one person it named
  // (not for the first holder of its office, the governor of another province).
  const same = (r: PersonRef) => r.end - r.start === words.length && ctx.folded.startsWith(words, r.start);
  const longer = (r: PersonRef) => title.after - title.first >= WRITTEN_AGAIN_WORDS && r.end - r.start > words.length && ctx.folded.startsWith(words, r.start);
  const keys = new Set(refs.filter((r) => r.kind === "title" && r.end <= title.start && (same(r) || longer(r))).map((r) => r.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * The one person described before by a title of this country whose role starts with this one's: "الوزير الغامبي"
 * (Minister|GM) is the Gambian "Minister of the Interior" named before, unless two Gambian ministers were.
 */
export function describedBefore(holders: Map<string, string>, roleCountry: string): string | undefined {
  const [role, country] = roleCountry.split("|");
  // No country ("Ambassador|"): any country's.
  const keys = new Set([...holders].filter(([held]) => { const [r, c] = held.split("|"); return (!country || c === country) && r.startsWith(role); }).map(([, key]) => key));
  return keys.size === 1 ? [...keys][0] : undefined;
}
