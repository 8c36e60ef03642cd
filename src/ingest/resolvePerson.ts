import { fold, type PersonFact } from "../extract/index.ts";
import type { Tx } from "./tx.ts";

/** The stored person a fact resolved to, and whether this article created it. */
export interface ResolvedPerson {
  id: number;
  key: string;
  name: string;
  created: boolean;
}

/**
 * Finds or creates the Person for an extracted fact and records every spelling the article
 * used (names only: titles and counterpart phrases are not aliases). Gazetteer people are
 * one row per gazetteer id whatever the script; people outside it are matched by their
 * folded name and country (a namesake who serves another country is someone else), first
 * against existing aliases so that a later gazetteer-less spelling of a known person joins
 * that person.
 */
export async function resolvePerson(tx: Tx, fact: PersonFact): Promise<ResolvedPerson> {
  const byKey = await tx.person.findUnique({ where: { key: fact.key } });
  const sameKey = byKey && (fact.gazetteerId || sameCountry(byKey.countryCode, fact.country)) ? byKey : null;
  // A namesake of another country gets a key of their own: the folded name with the country.
  const key = byKey && !sameKey ? `${fact.key}@${fact.country}` : fact.key;
  const existing = sameKey ?? (key !== fact.key ? await tx.person.findUnique({ where: { key } }) : null) ?? (fact.gazetteerId ? null : await findByAlias(tx, fact.name, fact.country));
  const person =
    existing ??
    (await tx.person.create({ data: { key, name: fact.name, role: fact.role, countryCode: fact.country } }));
  if (existing && (!existing.role || !existing.countryCode) && (fact.role || fact.country)) {
    await tx.person.update({ where: { id: existing.id }, data: { role: existing.role ?? fact.role, countryCode: existing.countryCode ?? fact.country } });
  }
  await addAliases(tx, person.id, aliasesOf(fact));
  return { id: person.id, key: person.key, name: person.name, created: !existing };
}

/** Spellings worth keeping for lookup: canonical name, gazetteer names, and names as written. */
function aliasesOf(fact: PersonFact): string[] {
  const written = fact.mentions.filter((m) => (m.kind ?? "name") === "name").map((m) => m.text);
  return [...new Set([fact.name, ...fact.knownNames, ...written].map((s) => s.trim()).filter(Boolean))];
}

async function addAliases(tx: Tx, personId: number, texts: string[]): Promise<void> {
  await tx.personAlias.createMany({
    data: texts.map((text) => ({ personId, text, normalized: fold(text) })),
    skipDuplicates: true,
  });
}

/** Whether two people's countries allow them to be one person: equal, or one of them unknown. */
function sameCountry(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

/** A person outside the gazetteer whose folded name is already a known alias of exactly one person of a compatible country. */
async function findByAlias(tx: Tx, name: string, country: string | null) {
  const aliases = await tx.personAlias.findMany({ where: { normalized: fold(name) }, select: { person: true }, distinct: ["personId"], take: 10 });
  const people = aliases.map((a) => a.person).filter((p) => sameCountry(p.countryCode, country));
  return people.length === 1 ? people[0] : null;
}
