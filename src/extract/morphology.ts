/**
 * The bits of Persian and Arabic word structure that matching needs, from data/language.json:
 * Arabic clitic prefixes (و، ف، ب، ل، ك), the article and its contraction with lam (لل),
 * nisba adjective inflection, Persian possessive and plural suffixes, list coordinators.
 */
import data from "./data/language.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkString, checkStrings } from "./data-check.ts";
import { fold } from "./normalize.ts";

const record = checkObject(data, "language.json");
const arabic = checkObject(record.arabic, "language.json arabic");

/** Clitic prefixes Arabic writes onto a word, folded, longest first. */
export const ARABIC_CLITICS: readonly string[] = checkStrings(arabic.clitics, "arabic.clitics").map(fold).sort((a, b) => b.length - a.length);
const RAW_ARTICLE = checkString(arabic.article, "arabic.article");
const ARTICLE = fold(RAW_ARTICLE);
const LAM = fold(checkString(arabic.lam, "arabic.lam"));
const FEMININE = checkString(arabic.feminine, "arabic.feminine");
const NISBA = fold(checkString(arabic.nisba, "arabic.nisba"));
const CONJUNCTIONS = checkStrings(arabic.conjunctions, "arabic.conjunctions").map(fold);

/** Whether a folded word is in a set, as it is or with an Arabic clitic prefix written onto it (وزير، ووزير، لوزير). */
export function hasWithClitic(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || ARABIC_CLITICS.some((c) => word.startsWith(c) && words.has(word.slice(c.length)));
}

/** Persian endings written onto a word (روسی‌اش، آمریکایی‌ها), folded. */
export const PERSIAN_SUFFIXES: readonly string[] = checkStrings(record.persianSuffixes, "language.json persianSuffixes").map(fold);

const PLURAL_EZAFE = checkStrings(record.persianPluralEzafe, "language.json persianPluralEzafe").map(fold);

/** Fewest letters a stem keeps before the ending, so that a short word that merely ends so is left alone. */
const PLURAL_STEM_MIN = 3;

/** Whether a Persian word has the plural ending with the ezafe written onto it with no ZWNJ ("پیوندهای تاریخی"): a common noun. */
export function hasPersianPlural(word: string): boolean {
  return PLURAL_EZAFE.some((ending) => word.endsWith(ending) && word.length - ending.length >= PLURAL_STEM_MIN);
}

const NON_JOINING = new Set(checkString(record.persianNonJoining, "language.json persianNonJoining"));

/**
 * A Persian phrase as written with and without each space that follows a letter joining no next one: such a space
 * cannot be seen, so writers often leave it out ("وزیرخارجه" for "وزیر خارجه").
 */
export function persianSpacings(phrase: string): string[] {
  const [first, ...rest] = phrase.split(" ");
  let out = [first];
  for (const part of rest) out = out.flatMap((p) => (NON_JOINING.has(p.at(-1) ?? "") ? [`${p} ${part}`, p + part] : [`${p} ${part}`]));
  return out;
}

/** Words that join list items (و، and), folded. */
export const COORDINATORS: ReadonlySet<string> = new Set(allLanguages(checkLanguageLists(record.coordinators, "language.json coordinators")).map(fold));

/**
 * Readings of a folded Arabic word with a contracted article: ل + ال is written لل
 * (للعراق = ل + العراق), also after a conjunction (وللعراق). Gives the word with its article
 * restored and how many leading characters are clitics.
 */
export function* uncontractArticle(word: string): Generator<{ word: string; cut: number }> {
  for (const lead of ["", ...CONJUNCTIONS]) {
    const rest = word.slice(lead.length);
    if (word.startsWith(lead) && rest.startsWith(LAM + LAM) && rest.length > 3) yield { word: ARTICLE + rest.slice(LAM.length * 2), cut: lead.length + LAM.length };
  }
}

/** Inflected forms of an Arabic nisba adjective: روسي → روسي، الروسي، روسية، الروسية. Other words are returned as they are. */
export function arabicAdjectiveForms(word: string): string[] {
  const folded = fold(word);
  if (folded.includes(" ") || !folded.endsWith(NISBA)) return [word];
  // The article as written, not as folded: ألماني folds to المانی but has no article (أل is part of the word).
  const bare = word.startsWith(RAW_ARTICLE) ? word.slice(RAW_ARTICLE.length) : word;
  return [word, bare, ARTICLE + bare, bare + FEMININE, ARTICLE + bare + FEMININE];
}

const PREDICATES = checkObject(arabic.predicates, "language.json arabic.predicates");
const ROOT_LETTERS = new Set(fold(checkString(PREDICATES.root, "arabic.predicates.root")));
const ALEF = fold("ا");
const FUTURE = fold(checkString(PREDICATES.future, "arabic.predicates.future"));

/** A template as a pattern over folded words: its root letters (ف ع ل) stand for any Arabic letter but alef, which is no root letter once hamza is folded away. */
function templatePattern(template: string): RegExp {
  const letters = [...fold(template)].map((c) => (ROOT_LETTERS.has(c) ? `(?!${ALEF})[\\u0620-\\u06FF]` : c));
  return new RegExp(`^${letters.join("")}$`);
}

const PARTICIPLES = checkStrings(PREDICATES.participles, "arabic.predicates.participles").map(templatePattern);
const IMPERFECT = checkStrings(PREDICATES.imperfect, "arabic.predicates.imperfect").map(templatePattern);
const DUAL = checkStrings(PREDICATES.dual ?? [], "arabic.predicates.dual").map(templatePattern);

/** Letters that open a third-person imperfect verb (ي، ت), the first letters of the imperfect templates. */
const IMPERFECT_PREFIXES = new Set(checkStrings(PREDICATES.imperfect, "arabic.predicates.imperfect").map((t) => fold(t)[0]));

/** The imperfect verb a folded Arabic word holds under the future prefix ("سيستقبل" → "يستقبل"), or null. */
export function underFuturePrefix(word: string): string | null {
  const rest = word.slice(FUTURE.length);
  return word.startsWith(FUTURE) && rest.length >= 3 && IMPERFECT_PREFIXES.has(rest[0]) ? rest : null;
}

/**
 * How a folded Arabic word is written if as a predicate that follows its subject: an indefinite accusative
 * participle ("حاملاً", "مستعرضاً"), a third-person imperfect verb ("يزور", "تستضيف"), a dual one ("يبحثان") or one with the future prefix
 * ("سيزور"); null otherwise. Only the shape is read: many names have it too (يوسف، تميم، سيرغي), so callers ask
 * what else is known of the word.
 */
export function arabicPredicateShape(word: string): "participle" | "imperfect" | "dual" | "future" | null {
  if (PARTICIPLES.some((p) => p.test(word))) return "participle";
  if (DUAL.some((p) => p.test(word))) return "dual";
  if (IMPERFECT.some((p) => p.test(word))) return "imperfect";
  const verb = underFuturePrefix(word);
  if (verb && IMPERFECT.some((p) => p.test(verb))) return "future";
  return null;
}
