/**
 * Which words may be part of a name: a name word (not a common, title, cue, country or
 * clitic-bearing word, capitalised in Latin script), honorifics and the tokens past them, and
 * the single-word lookups other modules ask (particles, ranks, cue words, person verbs, words
 * that name a place or a byline).
 */
import { ARABIC_CLITICS, COORDINATORS, hasPersianPlural, underFuturePrefix } from "../morphology.ts";
import { fold } from "../normalize.ts";
import { isArabicScript, type Token } from "../tokens.ts";
import { memoOf, type NameContext } from "./context.ts";
import { givenAt, isFamilyFirst, isListedGivenFirst } from "./given-names.ts";
import { COMPOUND_OPENERS } from "./read-run.ts";
import { honorificFirstWords, langOf, lexicon, names, PATRONYMIC } from "./lexicon.ts";

/** Whether a word is a listed title, speech or meeting word in the text's language. */
export function isCueWord(ctx: NameContext, word: string): boolean {
  return lexicon.cueWords[langOf(ctx, word)].has(word);
}

/** Whether a word is a common word of the text's language (a function word, a listed noun, a title or cue word). */
export function isCommonWord(ctx: NameContext, word: string): boolean {
  const lang = langOf(ctx, word);
  return lexicon.notName[lang].has(word) || lexicon.cueWords[lang].has(word);
}

/** Whether a word may open an honorific (its first word, or that word with a clitic in Arabic text). */
export function mayOpenHonorific(ctx: NameContext, word: string): boolean {
  return honorificFirstWords.has(word) || (ctx.clitics && (honorificFirstWords.has(word.slice(1)) || honorificFirstWords.has(word.slice(2))));
}

/** Whether a word is a listed honorific (آقای، السيد، Mr). */
export function isHonorific(word: string): boolean {
  return lexicon.honorificWords.has(word);
}

/** The token after the honorifics written from token i on ("الشيخ الدكتور …", "حجت الاسلام و المسلمین …"). */
export function pastHonorifics(ctx: Pick<NameContext, "tokens" | "folded" | "clitics">, i: number): number {
  for (let m = honorificAt(ctx, i); m; m = honorificAt(ctx, i)) i = m.after;
  return i;
}

/** The honorific at token i, unless it opens a compound given name there ("امیر سعید …", see rankOpensCompoundGiven). */
function honorificAt(ctx: Pick<NameContext, "tokens" | "folded" | "clitics">, i: number): { after: number } | null {
  const m = ctx.tokens[i] ? lexicon.honorifics.matchAt(ctx.tokens, ctx.folded, i, { clitics: ctx.clitics }) : null;
  return m && !(m.after === i + 1 && !ctx.clitics && rankOpensCompoundGiven(ctx.tokens, ctx.folded, i)) ? m : null;
}

/** Whether tokens a and b (a right before b) stand on one line with one space between them; false when either is outside the text. */
export function oneSpaceApart(ctx: Pick<NameContext, "tokens" | "folded" | "sameLine">, a: number, b: number): boolean {
  const { tokens } = ctx;
  return a >= 0 && !!tokens[a] && !!tokens[b] && ctx.sameLine(a, b) && ctx.folded.slice(tokens[a].end, tokens[b].start) === " ";
}

/** Whether the token is a word that can be part of a name: no common word, digit, country, place noun or verb form; capitalised in Latin script. */
export function isNameWord(ctx: NameContext, i: number): boolean {
  // Asked many times per token (runs are read from titles, names and on their own): answered once per article.
  if (i < 0 || i >= ctx.tokens.length) return false;
  const memo = memoOf(ctx);
  if (memo.nameWord[i] === 0) memo.nameWord[i] = nameWord(ctx, i) ? 1 : 2;
  return memo.nameWord[i] === 1;
}

function hasCliticOnCommonWord(ctx: NameContext, word: string): boolean {
  for (const c of ARABIC_CLITICS) if (word.startsWith(c) && word.length - c.length >= 3 && isCommonWord(ctx, word.slice(c.length))) return true;
  return false;
}

function nameWord(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  const lang = langOf(ctx, word);
  if (word.length < 2 || /\d/.test(word)) return false;
  if (isCommonWord(ctx, word) && !yehName(ctx, i) && !honorificSurname(ctx, i) && !persianNisbaSurname(ctx, i) && !opensCompoundGiven(ctx, i) && !ordinaryWordOpeningName(ctx, i) && !ordinaryWordClosingName(ctx, i) && !(!ctx.clitics && rankOpensCompoundGiven(ctx.tokens, ctx.folded, i))) return false;
  // "Park" closes a place's name ("Central Park"), but opens a Korean one before a capitalised word ("Park Seung-hoon").
  if (names.thingAfter.has(word) && !(isFamilyFirst(ctx, i) && ctx.tokens[i + 1] && ctx.sameLine(i, i + 1) && ctx.isCapitalized(i + 1))) return false;
  // "مستشفى", "خیابان": a noun that names a place after it is no part of a name.
  if (lang !== "en" && names.thingBefore[lang].has(word)) return false;
  // "والتقنية", "للعلوم": a word with a clitic and the article is a noun, not a name (but فالتر and فالنتينا are given names).
  if (ctx.clitics && /^([وفبك]ال|لل)../.test(word) && !names.given[lang].hasWord(word)) return false;
  // "وانتهزوا", "وأكدوا": a conjunction on a verb in the plural (…وا) is no name; a listed given name so spelt is (فرانسوا).
  if (ctx.clitics && /^[وف]..+وا$/.test(word) && !names.given[lang].hasWord(word)) return false;
  // "سفیر … بر پیوندهای تاریخی": a Persian word with a plural ending is a common noun, unless it is a listed given name.
  if (lang === "fa" && hasPersianPlural(word) && !names.given[lang].hasWord(word)) return false;
  // A country word is no name, unless it is a given name before "bin" (تركي بن …, Turki bin …).
  if (ctx.isCountryToken(i) && !(names.given[lang].hasWord(word) && PATRONYMIC.has(ctx.tokens[i + 1]?.text ?? "")) && !placeGivenBeforeName(ctx, i) && !nisbaAfterGiven(ctx, i) && !placeSurnameAfterGiven(ctx, i)) return false;
  // "ونائب القائد", "لرئيسة", "بهذا": a title or common word with a clitic is no name either.
  if (ctx.clitics && !names.given[lang].hasWord(word) && hasCliticOnCommonWord(ctx, word)) return false;
  // "حاملاً رسالة", "قميصاً": a word written with tanween is indefinite, and no name is.
  if (ctx.clitics && ctx.indefinite?.(i)) return false;
  // "سيستقبل", "ستترأس": a listed verb with the future prefix written onto it is no name either.
  const future = ctx.clitics ? underFuturePrefix(word) : null;
  if (future && isCommonWord(ctx, future) && !names.given[lang].hasWord(word)) return false;
  if (/^[a-z]/.test(word)) return ctx.isCapitalized(i);
  return /^[\u0600-\u06FF]+$/.test(word);
}

/**
 * "خیر محمد نیرو": an ordinary word (خیر no, good) that opens a given name listed in two words, written with its second
 * word, is that name's first word; alone ("خیر، …") it stays the word.
 */
function opensCompoundGiven(ctx: NameContext, i: number): boolean {
  const given = givenAt(ctx, i);
  return !!given && given.after > i + 1;
}

/**
 * "Foreign Minister June Mwangi", "Vice Premier He Lifeng": in Latin script a given name that is also an ordinary word
 * (names.json ambiguousGiven: May, June, Grace) or an East Asian family name that is one (He) opens a name when it is
 * capitalised, another capitalised word that is no common word follows it on its line, and no lower-case word stands
 * right before it ("in May Boris …" is a date); a family name, also a pronoun at a sentence's start, only after a
 * capitalised word (its title). Right after a family name either is the given name ("Liu He").
 */
function ordinaryWordOpeningName(ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  const word = tokens[i].text;
  const given = names.ambiguous.en.has(word);
  if (!/^[a-z]/.test(word) || !(given || names.familyFirst.has(word)) || !ctx.isCapitalized(i)) return false;
  const prev = i - 1;
  const joinedToPrevious = oneSpaceApart(ctx, prev, i);
  // "Vice Premier Liu He": after a family name it is the given name.
  if (joinedToPrevious && names.familyFirst.has(tokens[prev].text) && ctx.isCapitalized(prev)) return true;
  const next = i + 1;
  if (!oneSpaceApart(ctx, i, next) || isCommonWord(ctx, tokens[next].text) || !ctx.isCapitalized(next)) return false;
  // "his Tanzanian counterpart January Makamba", "met June Mwangi": after a title or counterpart word, or a verb a person
  // is named after, as after a capitalised title.
  const opener = joinedToPrevious && given && (lexicon.englishTitleEnds.has(tokens[prev].text) || names.personBefore.has(tokens[prev].text));
  return joinedToPrevious ? ctx.isCapitalized(prev) || opener : given;
}

/**
 * "Ambassador Ahmed Said met …", "Ali Said, the envoy": in Latin script a given name that is also an ordinary word
 * (names.json ambiguousGiven: Said, Grant) is a surname when it is capitalised inside a sentence right after a listed
 * given name that is no ordinary word, and the clause goes on in lower case or stops there (a comma, the sentence's
 * end). A headline in title case capitalises its verb ("Ahmed Said Talks …"), and an honorific (Sheikh, Sultan)
 * opens the next name rather than closing this one.
 */
function ordinaryWordClosingName(ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  const word = tokens[i].text;
  if (!/^[a-z]/.test(word) || !names.ambiguous.en.has(word) || mayOpenHonorific(ctx, word) || !ctx.isCapitalized(i) || ctx.isUpperCase(i)) return false;
  const given = oneSpaceApart(ctx, i - 1, i) ? givenAt(ctx, i - 1) : null;
  if (!given || given.ambiguous || given.after !== i || ctx.sentenceOf(i - 1) !== ctx.sentenceOf(i) || ctx.titleCase?.(i)) return false;
  const next = i + 1;
  return !tokens[next] || !ctx.sameLine(i, next) || ctx.sentenceOf(next) !== ctx.sentenceOf(i) || !ctx.isCapitalized(next);
}

/**
 * "علی بحرینی", "محمد السوداني": a country adjective (a nisba, ending in ی/ي) right after a given
 * name on its line is a surname taken from a place, not the given name's adjective.
 */
function nisbaAfterGiven(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  return /[یي]$/.test(word) && oneSpaceApart(ctx, i - 1, i) && givenEndsAt(ctx, i);
}

/** Whether a listed given name that is no ordinary word, of one or two words, ends right before token i ("علی …", "عبد الله …"). */
function givenEndsAt(ctx: NameContext, i: number): boolean {
  return [i - 1, i - 2].some((k) => {
    const given = k >= 0 ? givenAt(ctx, k) : null;
    return !!given && given.after === i && !given.ambiguous;
  });
}

/**
 * "محمد اسلامی", "علی ملکی": in Persian text an adjective in ی (a nisba) right after a given name is
 * a surname, as Persian surnames so often are, even when the adjective is a common word; a function
 * word in ی (برای) is none, nor is the second half of a compound noun (ایمن سازی). Arabic text is left out: its relative pronouns in ي (الذي، التي) would pass.
 */
function persianNisbaSurname(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  // "گوستاوو پترو همتای کلمبیایی خود": a counterpart noun after a given name opens an apposition, not a surname.
  return !ctx.clitics && word.length >= 4 && !/^ال/.test(word) && !lexicon.functionWords.fa.has(word) && !lexicon.compoundEnds.has(word) && !lexicon.persianCounterparts.has(word) && nisbaAfterGiven(ctx, i);
}

/**
 * "حسين الشيخ، عضو …", "عبد الله الشيخ إن …": an honorific that is also a family name (names.json honorificSurnames), right
 * after a given name on its line and closing the name there (punctuation, the line's end or a word that is no name after
 * it), is that name's surname. Before a name ("الملك سلمان الشيخ صباح …", "الشيخ محمد") it stays an honorific.
 */
function honorificSurname(ctx: NameContext, i: number): boolean {
  if (!ctx.clitics || !names.honorificSurnames.has(ctx.tokens[i].text) || !oneSpaceApart(ctx, i - 1, i)) return false;
  return givenEndsAt(ctx, i) && !(oneSpaceApart(ctx, i, i + 1) && isNameWord(ctx, i + 1));
}

/** "ریاض حداد": a given name that is also a capital's name, written before another name word on its line. */
function placeGivenBeforeName(ctx: NameContext, i: number): boolean {
  const next = i + 1;
  if (!names.placeGiven.has(ctx.tokens[i].text) || !oneSpaceApart(ctx, i, next)) return false;
  return !ctx.isCountryToken(next) && isNameWord(ctx, next);
}

/**
 * "Pedro Lima", "Ana Santiago": in Latin script a capital's name right after a listed given name, both capitalised and
 * set off by one space, is a surname taken from a place; the city itself is written after a preposition ("in Lima").
 */
function placeSurnameAfterGiven(ctx: NameContext, i: number): boolean {
  const prev = i - 1;
  if (!/^[a-z]/.test(ctx.tokens[i].text) || !ctx.isCapitalized(i) || !oneSpaceApart(ctx, prev, i)) return false;
  const given = givenAt(ctx, prev);
  return !!given && given.after === i && !given.ambiguous;
}

/**
 * "وزير النفط في السعودية علي النعيمي", "بالدكتور علي عبد العال": a given name that folds to a
 * function word (على) is the name where the source writes it with a dotted yeh at a line's start or
 * after an honorific, a country or city word ("سفير إيران في جنيف علي …") or a given name (a misspelt
 * preposition follows a noun, a verb, a bare title or a comma: "، علي هامش").
 */
function yehName(ctx: NameContext, i: number): boolean {
  if (!ctx.clitics || !ctx.lastLetter || !lexicon.yehNames.has(ctx.tokens[i].text)) return false;
  if (ctx.lastLetter(i) !== YEH) return maksuraNameAfterHonorific(ctx, i);
  const prev = i - 1;
  if (prev < 0 || !ctx.sameLine(prev, i)) return true;
  const before = ctx.tokens[prev].text;
  // Not after a bare title: "أكد الوزير علي أهمية …" is its verb's preposition misspelt. After a given name it is the
  // name's next word ("سفير كينيا محمد علي"، "وفاطمة علي حسن").
  const given = givenAt(ctx, prev);
  return isHonorific(before) || mayOpenHonorific(ctx, before) || ctx.isCountryToken(prev) || (ctx.isCityToken?.(prev) ?? false) || (!!given && given.after === i && !given.ambiguous);
}

/**
 * "الدكتور على عبد العال", "المستشار على حسن الجمال": where final yeh is written as alef maksura (as Egyptian texts write
 * it), علي is spelt like the preposition. After an honorific on its line it is the given name when two name words follow
 * it (the name's rest); the preposition after a bare honorific is followed by its object, a common word ("أكد السفير على
 * أهمية …") or a single word before one ("… على حسن تنفيذ …").
 */
function maksuraNameAfterHonorific(ctx: NameContext, i: number): boolean {
  const prev = i - 1;
  if (prev < 0 || !oneSpaceApart(ctx, prev, i) || !isHonorific(ctx.tokens[prev].text) || !writesYehAsMaksura(ctx)) return false;
  if (!oneSpaceApart(ctx, i, i + 1) || !oneSpaceApart(ctx, i + 1, i + 2) || !isNameWord(ctx, i + 1) || !isNameWord(ctx, i + 2)) return false;
  // "على عبد العال": a compound given name (عبد، أبو and the next word) follows.
  if (COMPOUND_OPENERS.has(ctx.tokens[i + 1].text)) return true;
  const given = givenAt(ctx, i + 1);
  if (!given || (given.after !== i + 2 && given.after !== i + 3)) return false;
  // "على حسن الجمال", "على محمود الشريف": the given name (also one that is an ordinary word, حسن) goes on with another name
  // word, which a noun after حسن as the preposition's object ("على حسن تنفيذ …") is not: a given name or a word with the article.
  const rest = given.after;
  return rest === i + 3 || !!givenAt(ctx, rest) || ctx.tokens[rest].text.startsWith("ال");
}

/**
 * Whether the article writes final yeh as alef maksura: a word with the article ending in ى (العراقى، المصرى). Only there is
 * "على" after an honorific more often the name than the preposition; elsewhere the name is written علي.
 */
function writesYehAsMaksura(ctx: NameContext): boolean {
  const memo = memoOf(ctx);
  if (memo.maksuraYeh === undefined) memo.maksuraYeh = ctx.tokens.some((t, k) => t.text.length > 4 && t.text.startsWith("ال") && t.text.endsWith(FOLDED_YEH) && ctx.lastLetter?.(k) === MAKSURA);
  return memo.maksuraYeh;
}

/** The yeh as folded text writes it (folding merges ي and ى into the Persian yeh). */
const FOLDED_YEH = fold("\u064A");

/** The Arabic alef maksura (ى). */
const MAKSURA = "\u0649";

/** The Arabic dotted yeh (ي), which folding merges with the alef maksura (ى). */
const YEH = "\u064A";

/** Whether one of the phrases (each as its folded words) ends right before token k, on k's line ("حضر اللقاء كل من X", "برئاسة X"). */
export function afterPhrase(ctx: NameContext, k: number, phrases: readonly string[][]): boolean {
  return phrases.some((words) => k >= words.length && words.every((w, j) => ctx.tokens[k - words.length + j].text === w) && ctx.sameLine(k - words.length, k));
}

/** Whether a word is a coordinator (و، and) joining two items. */
export function isCoordinator(word: string): boolean {
  return COORDINATORS.has(word);
}

/** Whether a word introduces the one met (با، مع، with). */
export function isWithWord(word: string): boolean {
  return lexicon.withWords.has(word);
}

/** Whether a given name is also a rank or title (Sultan, Emir, شيخ): before a gazetteer surname it is that person's title. */
export function isRankGiven(word: string): boolean {
  return names.rankGiven.has(word);
}

/**
 * "امیر سعید ایروانی", "امیر حسین قاضی‌زاده": in Persian a rank that is also a given name (امیر) at token i, written right
 * before a listed given name, opens a compound given name rather than standing as a title; an emir's own name goes on
 * with بن or آل ("امیر تمیم بن حمد آل ثانی").
 */
export function rankOpensCompoundGiven(tokens: Token[], folded: string, i: number): boolean {
  const next = i + 1;
  if (!tokens[next] || !isRankGiven(tokens[i].text) || !isArabicScript(tokens[i].text) || folded.slice(tokens[i].end, tokens[next].start) !== " ") return false;
  if (!isListedGivenFirst(tokens[next].text, "fa")) return false;
  for (let k = next + 1; k <= next + 2 && tokens[k]; k++) if (PATRONYMIC.has(tokens[k].text) || tokens[k].text === "ال") return false;
  return true;
}

/**
 * "امیر سرتیپ X", "امیر دریادار X": in Persian a rank that is also a title (امیر) right before a military rank is part of an
 * officer's form of address, not an emir's title.
 */
export function rankOpensMilitaryRank(tokens: Token[], folded: string, i: number): boolean {
  const next = tokens[i + 1];
  return !!next && isRankGiven(tokens[i].text) && isArabicScript(tokens[i].text) && folded.slice(tokens[i].end, next.start) === " " && isHonorific(next.text);
}

/** Whether a word tells a son from his father of the same name (الابن، Jr.), written after the surname. */
export function isGenerational(word: string): boolean {
  return names.generational.has(word);
}

/** Whether a word is a name particle (bin, de, van, آل). */
export function isParticle(word: string): boolean {
  return names.particles.has(word);
}

/** Whether an English word is a verb a person does right after being named (said, met, told). */
export function isPersonVerb(word: string): boolean {
  return names.personAfter.has(word);
}

/** Whether a word makes the name after it a place's or a thing's (شارع، مسجد، Street of …, the Prophet). */
export function namesAPlace(ctx: NameContext, word: string): boolean {
  return names.thingBefore[langOf(ctx, word)].has(word);
}

/**
 * Whether the word at token k names the place or thing whose name starts at token k + 1 ("Palace Avenue", "مسجد الأمير …"):
 * a place word set off by a comma or colon ends its own phrase ("At the airport, Prime Minister X was welcomed") and names nothing.
 */
export function namesAPlaceBefore(ctx: NameContext, k: number): boolean {
  const { tokens } = ctx;
  if (k < 0 || !tokens[k + 1] || !ctx.sameLine(k, k + 1) || !namesAPlace(ctx, tokens[k].text)) return false;
  return !/[,،:;؛]/.test(ctx.folded.slice(tokens[k].end, tokens[k + 1].start));
}

/** Whether a word is listed before a journalist's name (By, كتب، خبرنگار). */
export function isBylineWord(word: string): boolean {
  return names.bylines.has(word);
}
