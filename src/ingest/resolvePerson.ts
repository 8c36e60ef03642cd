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
 * folded name, first against existing aliases so that a later gazetteer-less spelling of a
 * known person joins that person.
 */
export async function resolvePerson(tx: Tx, fact: PersonFact): Promise<ResolvedPerson> {
  const existing = (await tx.person.findUnique({ where: { key: fact.key } })) ?? (fact.gazetteerId ? null : await findByAlias(tx, fact.name));
  const person =
    existing ??
    (await tx.person.create({ data: { key: fact.key, name: fact.name, role: fact.role, countryCode: fact.country } }));
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

/** A person outside the gazetteer whose folded name is already a known alias of exactly one person. */
async function findByAlias(tx: Tx, name: string) {
  const aliases = await tx.personAlias.findMany({ where: { normalized: fold(name) }, select: { personId: true }, distinct: ["personId"], take: 2 });
  if (aliases.length !== 1) return null;
  return tx.person.findUnique({ where: { id: aliases[0].personId } });
}
