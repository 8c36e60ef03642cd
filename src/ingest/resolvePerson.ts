import { fold, type PersonFact } from "../extract/index.ts";

/** The stored person a fact resolved to, and whether this article created it. */
export interface ResolvedPerson {
  id: number;
  key: string;
  name: string;
  created: boolean;
}

/** A Person row as the resolver needs it. */
export interface PersonRow {
  id: number;
  key: string;
  name: string;
  role: string | null;
  countryCode: string | null;
}

/** A person known to the database or created by the batch being written (id set once allocated). */
export interface PlannedPerson {
  id: number | null;
  key: string;
  name: string;
  role: string | null;
  countryCode: string | null;
  /** Created by this batch. */
  isNew: boolean;
}

/** A spelling to record for a person. */
export interface PlannedAlias {
  person: PlannedPerson;
  text: string;
  normalized: string;
}

/** What the resolver must be told about the database before resolving `facts`. */
export function personLookups(facts: PersonFact[]): { keys: string[]; names: string[] } {
  return {
    keys: [...new Set(facts.flatMap((f) => (f.gazetteerId || !f.country ? [f.key] : [f.key, namesakeKey(f)])))],
    names: [...new Set(facts.filter((f) => !f.gazetteerId).map((f) => fold(f.name)))],
  };
}

/**
 * Finds or creates the Person for each extracted fact, in order, and records every spelling the
 * article used (names only: titles and counterpart phrases are not aliases). Gazetteer people
 * are one row per gazetteer id whatever the script; people outside it are matched by their
 * folded name and country (a namesake who serves another country is someone else), first
 * against existing aliases so that a later gazetteer-less spelling of a known person joins
 * that person.
 *
 * Works in memory over the rows `personLookups` asked for, as if each fact were resolved against
 * the database in turn: facts of later articles in a batch see the people and aliases earlier
 * ones added.
 */
export class PersonResolver {
  private readonly byKey = new Map<string, PlannedPerson>();
  private readonly owners = new Map<string, Set<PlannedPerson>>();
  private readonly aliasTexts = new Map<PlannedPerson, Set<string>>();
  /** People the batch creates, in order. */
  readonly created: PlannedPerson[] = [];
  /** Stored people whose role or country the batch fills in. */
  readonly updated = new Set<PlannedPerson>();
  /** Spellings to record (duplicates of stored ones are skipped by the database). */
  readonly aliases: PlannedAlias[] = [];

  /**
   * `people`: stored persons with the keys asked for, and those owning the names asked for;
   * `aliasOwners`: which stored person has an alias with each folded name asked for.
   */
  constructor(people: PersonRow[], aliasOwners: { normalized: string; personId: number }[]) {
    const byId = new Map<number, PlannedPerson>();
    for (const row of people) {
      if (byId.has(row.id)) continue;
      const person: PlannedPerson = { ...row, isNew: false };
      byId.set(row.id, person);
      this.byKey.set(row.key, person);
    }
    for (const { normalized, personId } of aliasOwners) {
      const person = byId.get(personId);
      if (person) this.ownersOf(normalized).add(person);
    }
  }

  /** Resolves one fact; `created` is true when this fact introduced the person. */
  resolve(fact: PersonFact): { person: PlannedPerson; created: boolean } {
    const byKey = this.byKey.get(fact.key);
    const sameKey = byKey && (fact.gazetteerId || sameCountry(byKey.countryCode, fact.country)) ? byKey : undefined;
    // A namesake of another country gets a key of their own: the folded name with the country.
    const key = byKey && !sameKey ? namesakeKey(fact) : fact.key;
    const existing = sameKey ?? (key !== fact.key ? this.byKey.get(key) : undefined) ?? (fact.gazetteerId ? null : this.byAlias(fold(fact.name), fact.country));
    let person = existing;
    if (!person) {
      person = { id: null, key, name: fact.name, role: fact.role, countryCode: fact.country, isNew: true };
      this.byKey.set(key, person);
      this.created.push(person);
    } else if ((!person.role || !person.countryCode) && (fact.role || fact.country)) {
      person.role = person.role ?? fact.role;
      person.countryCode = person.countryCode ?? fact.country;
      if (!person.isNew) this.updated.add(person);
    }
    for (const text of aliasesOf(fact)) this.addAlias(person, text);
    return { person, created: !existing };
  }

  /** The person whose folded name is already a known alias of exactly one person of a compatible country. */
  private byAlias(normalized: string, country: string | null): PlannedPerson | null {
    const owners = [...(this.owners.get(normalized) ?? [])].filter((person) => sameCountry(person.countryCode, country));
    return owners.length === 1 ? owners[0] : null;
  }

  private addAlias(person: PlannedPerson, text: string): void {
    const normalized = fold(text);
    this.ownersOf(normalized).add(person);
    const texts = this.aliasTexts.get(person) ?? new Set<string>();
    this.aliasTexts.set(person, texts);
    if (texts.has(text)) return;
    texts.add(text);
    this.aliases.push({ person, text, normalized });
  }

  private ownersOf(normalized: string): Set<PlannedPerson> {
    let owners = this.owners.get(normalized);
    if (!owners) this.owners.set(normalized, (owners = new Set()));
    return owners;
  }
}

/** Whether two people's countries allow them to be one person: equal, or one of them unknown. */
function sameCountry(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

/** The key of a person outside the gazetteer whose name is already another country's person's. */
function namesakeKey(fact: PersonFact): string {
  return `${fact.key}@${fact.country}`;
}

/** Spellings worth keeping for lookup: canonical name, gazetteer names, and names as written. */
function aliasesOf(fact: PersonFact): string[] {
  const written = fact.mentions.filter((m) => (m.kind ?? "name") === "name").map((m) => m.text);
  return [...new Set([fact.name, ...fact.knownNames, ...written].map((s) => s.trim()).filter(Boolean))];
}
