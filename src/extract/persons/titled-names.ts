/**
 * The name a title is written beside, after it or before it ("سخنگوی وزارت خارجه روسیه، ماریا
 * زاخارووا", "Jan Kowalski, the Polish deputy minister"), past the title's complement, and the
 * country and role the title gives that person.
 */
import type { DateWindow } from "../gazetteer.ts";
import { COORDINATORS } from "../morphology.ts";
import { conjoinedGiven, givenAt, isCommonWord, isHonorific, isNameWord, isPersonVerb, isWithWord, nameShapeScore, namesAPlaceBefore, pastHonorifics, SHAPE_BARS, titledRun, type NameRun } from "../names/index.ts";
import { isBlocWord, isComplementJoiner, isComplementLink, isComplementOpener, isMinisterTitle, type TitleMention } from "../titles.ts";
import { isArabicScript } from "../tokens.ts";
import { isShortNameRef } from "../open-people.ts";
import { conjoined, countryOfAfter, gapOf, type PersonContext, type PersonEntity, type PersonRef } from "./context.ts";
import { lexicon } from "./lexicon.ts";

/**
 * A name written right next to a title (apposition): "مایک پمپئو وزیر امور خارجه آمریکا",
 * "نظيره الفرنسي جان إيف لودريان" — on the same line, with no sentence end or colon between.
 */
export function adjacentName(title: TitleMention, refs: PersonRef[], ctx: PersonContext, relational = false): PersonRef | null {
  const joined = (a: number, b: number) => ctx.sameLine(a, b) && !/[.!?؟:;؛]/.test(gapOf(ctx, a, b));
  // "مشاور روحانی", "رئیس دفتر روحانی": in Persian and Arabic the name after a relational title is whose office it is;
  // set off by a comma ("نماینده خاص ژاپن، آقای X") it is the title's holder.
  const possessor = relational && isArabicScript(ctx.tokens[title.first].text) && !/[،,]/.test(gapOf(ctx, title.after - 1, title.after));
  const next = possessor ? -1 : pastHonorifics(ctx, title.after);
  const cliticked = hasClitic(title, ctx);
  const apposed = apposedBefore(title, ctx) + 1;
  const given = givenAs(title, ctx);
  // Joined up to the first word after the title: an honorific's own full stop ("…, Mr. X") does not part them.
  // "ولي العهد الأمير محمد بن سلمان": a gazetteer name may hold the honorific itself.
  const opens = (r: PersonRef) => r.first === next || (next !== -1 && r.first === title.after);
  const after = refs.find((r) => r.kind === "name" && opens(r) && joined(title.after - 1, title.after) && ctx.sameLine(title.after - 1, r.first)) ?? null;
  const before = cliticked ? null : refs.find((r) => r.kind === "name" && (r.after === title.first || r.after === apposed || r.after === given) && joined(r.after - 1, title.first)) ?? null;
  return pickSide(ctx, title, before, after);
}

/**
 * The person whose title a Persian title is joined to by "و", a person holding two offices: "«X» معاون اقتصادی رئیس
 * جمهور و وزیر نفت ونزوئلا", with the first title set right after the name and nothing but words between it and "و".
 * Null when the two titles are of one office or of two countries ("X سفیر ژاپن و سفیر کره": two ambassadors).
 */
export function jointOfficeHolder(title: TitleMention, ctx: PersonContext, refs: PersonRef[], titles: TitleMention[]): string | null {
  const k = title.first - 1;
  if (ctx.language !== "fa" || title.kind !== "title" || !title.entry || k < 1 || !COORDINATORS.has(ctx.tokens[k].text) || /\S/.test(gapOf(ctx, k - 1, k) + gapOf(ctx, k, title.first))) return null;
  const first = refs.find((r) => r.kind === "title" && r.after <= k && k - r.after <= JOINT_TITLE_REACH && ctx.sameLine(r.first, k) && !CLAUSE_BREAK.test(gapOf(ctx, r.first, k)));
  const earlier = first ? titles.find((t) => t.first === first.first && t.kind === "title" && t.entry) : undefined;
  if (!first || !earlier || earlier.entry!.role === title.entry.role) return null;
  // A country only implied (a bare title in a Persian outlet is its own country's) does not part them.
  if (!earlier.implied && earlier.countries.length > 0 && title.countries.length > 0 && earlier.countries[0] !== title.countries[0]) return null;
  // The first title is the one set after the person's name ("«X» معاون"), not one standing for someone the text never names.
  const name = refs.find((r) => r.kind === "name" && r.key === first.key && r.after <= first.first && first.first - r.after <= 1 && !CLAUSE_BREAK.test(gapOf(ctx, r.after - 1, first.first)));
  return name ? first.key : null;
}

/**
 * The country of the person a relational title names as whose office it is ("نماینده پوتین" → RU, "مشاور روحانی" → IR):
 * an envoy or adviser serves the state their principal does. Null when no person stands right after the title.
 */
export function principalCountry(title: TitleMention, ctx: PersonContext, refs: PersonRef[], entities: Map<string, PersonEntity>): string | null {
  if (!title.entry?.relational?.includes(ctx.language) || title.after >= ctx.tokens.length || /[،,]/.test(gapOf(ctx, title.after - 1, title.after))) return null;
  const principal = refs.find((r) => r.kind === "name" && r.first === pastHonorifics(ctx, title.after));
  return principal ? entities.get(principal.key)?.country ?? null : null;
}

/**
 * "در گفت‌وگوی تلفنی با X Y همتای اکوادوری خود", "مع X نظيره …": a name opened by the "with" of a meeting and written right
 * before a counterpart phrase is that counterpart, set in apposition. Without the "with" the name before is the one whose
 * counterpart it is ("ظریف همتای روس خود را … ملاقات کرد"). Null when no such name stands there.
 */
export function counterpartMetBefore(title: TitleMention, ctx: PersonContext): NameRun | null {
  if (title.kind !== "counterpart" || !isArabicScript(ctx.tokens[title.first].text)) return null;
  const run = titledRun(ctx, title.first - 1, -1);
  const edge = run ? ctx.tokens[run.first - 1] : undefined;
  return run && run.after === title.first && edge && isWithWord(edge.text) && gapOf(ctx, run.first - 1, run.first) === " " ? run : null;
}

/** Most words between a person's title and "و" before a second title of theirs ("معاون اقتصادی رئیس جمهور و …"). */
const JOINT_TITLE_REACH = 5;

/** Most words in brackets right after a title that tell its department or region ("Additional Secretary (Asia-Pacific Affairs)"). */
const BRACKETED_WORDS = 5;

/**
 * "Additional Secretary (Africa), Jan Novak", "Director (Trade) Jan Novak": in Latin script, words in brackets right
 * after a title complete it; the holder's name is the run after the closing bracket. Null when no name stands there
 * ("the Secretary of State (Jan Novak)" keeps the name in the brackets).
 */
function pastParenthesis(title: TitleMention, ctx: PersonContext): NameRun | null {
  const { tokens } = ctx;
  if (!tokens[title.after] || isArabicScript(tokens[title.after].text) || !/^\s*\($/.test(gapOf(ctx, title.after - 1, title.after))) return null;
  for (let k = title.after + 1; k < tokens.length && k - title.after <= BRACKETED_WORDS && ctx.sameLine(k - 1, k); k++) {
    const gap = gapOf(ctx, k - 1, k);
    if (gap.includes("(")) return null;
    if (gap.includes(")")) return /^\)\s*,?\s*$/.test(gap) ? titledRun(ctx, k, 1) : null;
  }
  return null;
}

/** Marks that part a title from what stands before it: the two are no longer one phrase of apposition. */
const CLAUSE_BREAK = /[،,.:;؛!?؟()]/;

/**
 * Which of the names on either side a title belongs to: the one right after it ("Deputy Foreign
 * Minister Jan Kowalski", "وزير الخارجية الفنزويلي نيكولاس مادورو"), unless a comma sets that one
 * off and a name stands before it ("A، وزير خارجية X، B، وزير خارجية Y": the title follows A).
 * A name after it with "و" written onto it is the list's next item, never the title's holder
 * ("A سفير البوسنة وB سفيرة تشيلي").
 */
function pickSide<T extends { first: number; after: number; start: number }>(ctx: PersonContext, title: TitleMention, before: T | null, after: T | null): T | null {
  if (after && conjoined(ctx, after)) return before;
  const setOff = after !== null && /[،,]/.test(gapOf(ctx, title.after - 1, after.first));
  if (after && setOff && !before && ownTitleNext(ctx, after)) return null;
  if (after && (!before || !setOff)) return after;
  return before ?? after;
}

/**
 * "وزیر امور خارجه کشورمان، کاتالینا موراس سفیر جدید اسپانیا را …": in Persian, which writes a name before its title, a name
 * right before a title of its own (one space between) is that title's holder, not the one of a title before it that a comma
 * sets off.
 */
function ownTitleNext(ctx: PersonContext, name: { after: number }): boolean {
  const { tokens } = ctx;
  return !ctx.clitics && isArabicScript(tokens[name.after - 1]?.text ?? "") && titleStarts(ctx).has(name.after) && gapOf(ctx, name.after - 1, name.after) === " ";
}

/**
 * A name outside the gazetteer written next to a title: after it ("…روسیه، ماریا زاخارووا") or,
 * at the start of a clause, before it ("Jan Kowalski, the Polish deputy foreign minister").
 */
export function unknownNameNear(title: TitleMention, ctx: PersonContext, refs: PersonRef[]): NameRun | null {
  // "مسجد الأمير عبد القادر", "King Fahd Road": a title in the name of a place is no person's.
  const preceding = ctx.tokens[title.first - 1];
  if (preceding && namesAPlaceBefore(ctx, title.first - 1)) return null;
  // A run over a name already found stands for that name ("سفير الولايات المتحدة X Y" written without spaces before X Y);
  // not a gazetteer short name after name words of the run's own ("Ambassador Futoshi Matsumoto"), which OpenPeople judges.
  const known = (run: NameRun | null): NameRun | null => {
    const ref = run && refs.find((r) => r.kind === "name" && run.first <= r.first && r.after <= run.after);
    if (run && ref && ref.first > run.first && isShortNameRef(ctx, ref)) return run;
    return run && ref ? { ...run, first: ref.first, after: ref.after, start: ref.start, end: ref.end } : run;
  };
  // A side where a known name already stands has no other name to offer.
  const cliticked = hasClitic(title, ctx) || refs.some((r) => r.kind === "name" && r.after === title.first);
  if (refs.some((r) => r.kind === "name" && (r.first === title.after || r.first === pastHonorifics(ctx, title.after)))) return cliticked ? null : known(titledRun(ctx, apposedBefore(title, ctx), -1));
  const after = known(pastParenthesis(title, ctx) ?? titledRun(ctx, title.after, 1) ?? runPastComplement(title, ctx) ?? nameAfterLatinComplement(title, ctx));
  const before = cliticked ? null : known(titledRun(ctx, apposedBefore(title, ctx), -1, listedAfterTitle(title, ctx)));
  return pickSide(ctx, title, before, after);
}

/** Most words from another title back to the "و" that lists the next person ("X معاون هماهنگی امور اقتصادی استانداری و …"). */
const LISTED_REACH = 8;

/**
 * "X معاون استانداری و ظفر عبدالله‌یف سرکنسول تاجیکستان …": whether another title stands shortly before this one in its
 * sentence and on its line, in Persian text, so that a name after "و" right before this title is the list's next person.
 */
function listedAfterTitle(title: TitleMention, ctx: PersonContext): boolean {
  if (ctx.clitics || !isArabicScript(ctx.tokens[title.first].text)) return false;
  return ctx.titles.some((t) => t.after < title.first - 2 && title.first - t.after <= LISTED_REACH && ctx.sameLine(t.first, title.first) && ctx.sentenceOf(t.first) === ctx.sentenceOf(title.first) && !CLAUSE_BREAK.test(gapOf(ctx, t.after - 1, title.first)));
}

/** Most words of an Arabic title's complement ("نائب رئيس بعثة الاتحاد الأوروبي في المملكة", "المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط"). */
const COMPLEMENT_REACH = 8;

/**
 * A name written after the complement of an Arabic title: the body or portfolio it heads, written
 * with the article ("منسق البعثة الأممية، X", "وزير النفط والثروة المعدنية X"), and the place it
 * serves in ("النائبة الفرنسية في البرلمان الأوروبي X", "سفير السودان لدى إثيوبيا X").
 */
function runPastComplement(title: TitleMention, ctx: PersonContext): NameRun | null {
  // A foreign name may itself open with the article once folded (أليكسيس): the longest complement followed by a name wins.
  // An English body ends at its last word that is no name word: the name, if any, stands right there.
  const end = complementEnd(ctx, title.after);
  const latin = !isArabicScript(ctx.tokens[title.first].text);
  for (let k = end; k > title.after && (!latin || k === end); k--) {
    const run = isComplementLink(ctx.tokens[k - 1].text) ? null : titledRun(ctx, k, 1);
    // "…مستشار الرئيس للشؤون السياسية، X، وزير خارجية ليتوانيا": a name with a title of its own after it is that title's.
    // Written on with no comma, a title of another country after the name is the verb's object's ("التقى المبعوث الأمريكي
    // للقرن الأفريقي X رئيس الوزراء الإثيوبي").
    if (run) return ownTitleAt(ctx, run.after) && !anotherCountryAfter(ctx, title, run) ? null : run;
  }
  return null;
}

/** Whether the title right after a name, with no comma between, is of a country other than the title before the name's. */
function anotherCountryAfter(ctx: PersonContext, title: TitleMention, run: NameRun): boolean {
  const next = ctx.titles.find((t) => t.first === run.after);
  const country = next?.countries[0];
  return !!country && !next.implied && !!ctx.clitics && !/[،,]/.test(gapOf(ctx, run.after - 1, run.after)) && country !== title.countries[0];
}

/**
 * The country named in a title's complement before the holder's name: a country word in the
 * body's name is the holder's ("رئيس مجلس الشيوخ الإسباني X", "القائم بالأعمال في السفارة
 * الأمريكية X"). A country after a link or a preposition is where they serve ("المبعوث الأممي
 * إلى ليبيا", "لليمن"), which is the holder's own only for a minister ("وزير النفط في السعودية X",
 * "وزير الخارجية والتعاون بالجمهورية الموريتانية X").
 */
export function complementCountry(title: TitleMention, name: NameRun, ctx: PersonContext): string | null {
  if (!ctx.clitics) return null;
  const minister = isMinisterTitle(title, ctx.tokens);
  for (let k = title.after; k < name.first; k++) {
    const country = ctx.countryAt(k);
    if (!country) continue;
    const served = isComplementLink(ctx.tokens[k - 1].text) || country.start > ctx.tokens[k].start;
    if (minister || !served) return country.code;
  }
  return null;
}

/**
 * "Ambassador Ahmad Zikri of Malaysia", "Deputy Minister Juan Gómez of Mexico": in English the country a title's holder
 * serves may follow the name written right after the title, after "of (the)". Null when no name stands there.
 */
export function countryAfterName(title: TitleMention, ctx: PersonContext, refs: PersonRef[]): string | null {
  const name = refs.find((r) => r.kind === "name" && r.first === pastHonorifics(ctx, title.after));
  return ctx.clitics || !name ? null : countryOfAfter(ctx, name.after)?.code ?? null;
}

/** Where the complement starting at token `from` ends (`from` when there is none); another title ends it. */
function complementEnd(ctx: PersonContext, from: number): number {
  if (!ctx.clitics) return isArabicScript(ctx.tokens[from]?.text ?? "") ? persianRemitEnd(ctx, from) : latinBodyEnd(ctx, from);
  const { tokens } = ctx;
  let k = from;
  while (k < from + COMPLEMENT_REACH && tokens[k] && gapOf(ctx, k - 1, k) === " " && !titleStarts(ctx).has(k)) {
    const word = tokens[k].text;
    // "النائب عن كتلة صادقون X Y": the party an MP sits for is the title's, up to the holder's given name.
    if (word === BLOC_LINK && tokens[k + 1] && isBlocWord(tokens[k + 1].text)) return blocEnd(ctx, k + 2) ?? k;
    if (!isComplementLink(word) && !DEFINITE.test(word) && !ctx.isCountryToken(k) && !isConstructWithLam(ctx, k)) break;
    k++;
  }
  // A link word needs its object: "… في" with a name after it is the name's preposition, not the complement's.
  while (k > from && isComplementLink(tokens[k - 1].text)) k--;
  return k;
}

/** The word that links an MP's title to the party they sit for (النائب عن حزب …). */
const BLOC_LINK = "عن";

/** Most words of a party's name after its bloc noun (ائتلاف دولة القانون، حزب التجمع اليمني للإصلاح). */
const BLOC_REACH = 6;

/** Where the name of a party from token `from` ends: at the first listed given name after it on its line, or null. */
function blocEnd(ctx: PersonContext, from: number): number | null {
  for (let k = from + 1; k <= from + BLOC_REACH && ctx.tokens[k] && ctx.sameLine(k - 1, k) && gapOf(ctx, k - 1, k) === " "; k++) {
    if (givenAt(ctx, k) && !conjoinedGiven(ctx, k)) return k;
  }
  return null;
}

/**
 * "مدیرکل اروپای غربی وزارت امور خارجه، حسن نجفی", "مدیرکل حقوقی، X": the remit a Persian title heads, written after it up
 * to a comma, none of its words a given name, a word written as names are, a verb or a meeting's "with", is the title's;
 * the name follows the comma. `from` when no such comma closes the words after the title.
 */
function persianRemitEnd(ctx: PersonContext, from: number): number {
  const { tokens } = ctx;
  for (let k = from; k < from + COMPLEMENT_REACH && tokens[k + 1] && ctx.sameLine(k, k + 1) && ctx.sentenceOf(k) === ctx.sentenceOf(k + 1); k++) {
    const word = tokens[k].text;
    if (givenAt(ctx, k) || (isNameWord(ctx, k) && nameShapeScore(word) >= SHAPE_BARS.besideTitle.mean) || isPersonVerb(word) || isWithWord(word) || titleStarts(ctx).has(k)) return from;
    if (/[،,]/.test(gapOf(ctx, k, k + 1))) return k + 1;
    if (gapOf(ctx, k, k + 1) !== " " && gapOf(ctx, k, k + 1) !== "\u200c") return from;
  }
  return from;
}

/**
 * "الممثلة الخاصة لبعثة الأمم المتحدة في العراق X": a common noun with لـ written onto it and a definite word after it
 * (of the mission of the UN) is part of the complement, though it has no article of its own.
 */
function isConstructWithLam(ctx: PersonContext, k: number): boolean {
  const word = ctx.tokens[k].text;
  const next = ctx.tokens[k + 1];
  return word.startsWith("ل") && isCommonWord(ctx, word.slice(1)) && !!next && DEFINITE.test(next.text) && gapOf(ctx, k, k + 1) === " ";
}

/**
 * "Speaker of the Assam Legislative Assembly X", "Chairman of the National Assembly X": the body an English title heads,
 * written with capitals after "of (the)", ends at its last word that is no name word (Assembly, Council, Committee); a name
 * may stand right after it. `from` when there is no such body.
 */
function latinBodyEnd(ctx: PersonContext, from: number): number {
  const { tokens } = ctx;
  if (tokens[from]?.text !== "of") return from;
  let k = from + 1;
  if (tokens[k]?.text === "the") k++;
  let end = from;
  for (; k < from + BODY_REACH && tokens[k] && gapOf(ctx, k - 1, k) === " " && ctx.isCapitalized(k) && !titleStarts(ctx).has(k); k++) {
    if (lexicon.notName.has(tokens[k].text)) end = k + 1;
  }
  return end;
}

/** Most words of the body an English title heads, with "of the" ("of the Assam Legislative Assembly"). */
const BODY_REACH = 8;

/**
 * The holder's name after an English title's complement: "of" or "for" (the) and the body, place or remit it serves in
 * capitals, joined by of, and, for, the, with its acronym in brackets after it ("President of the Inter-Parliamentary
 * Union (IPU), Jan Novak", "Deputy Minister for Asia, Li Wei", "Special Envoy for the Horn of Africa Anna Berg").
 * Set off by a comma or a bracket, the name is a run of two words or more that ends the clause's noun phrase (or one
 * after an honorific); written on with no mark between, it is the end of the capitalised run from a given name on, so
 * that the complement is not read into the name ("the Sahel Anna Berg").
 */
function nameAfterLatinComplement(title: TitleMention, ctx: PersonContext): NameRun | null {
  const { tokens } = ctx;
  // "Special Representative of the Secretary-General for Libya, X": a title in another's complement is the principal, not X.
  const opener = tokens[title.first - 1]?.text === "the" ? title.first - 2 : title.first - 1;
  if (opener > 0 && isComplementOpener(tokens[opener].text) && ctx.titles.some((t) => t.after === opener)) return null;
  const body = latinComplement(ctx, title.after);
  if (!body) return null;
  // "… for the Horn of Africa Anna Berg met …": the name is the end of the run, opened by a given name that is no ordinary word
  // (not after a title in the body: "Envoy of the Foreign Minister Anna Berg" names the minister).
  if (!body.acronym && !body.titled && body.closed) {
    for (let j = body.first + 1; j < body.after; j++) {
      const given = givenAt(ctx, j);
      if (!given || given.ambiguous || !ctx.isCapitalized(j - 1) || gapOf(ctx, j - 1, j) !== " ") continue;
      const run = titledRun(ctx, j, 1);
      if (run && run.first === j && run.after === body.after && run.words >= 2 && run.anchored) return run;
    }
    // "… for the South Caucasus and the crisis in Georgia Toivo Klaar": past the country that ends the remit, the words are the name.
    for (let j = body.after - 2; j > body.first; j--) {
      if (!ctx.isCountryToken(j - 1) || ctx.isCountryToken(j) || gapOf(ctx, j - 1, j) !== " ") continue;
      const run = titledRun(ctx, j, 1);
      if (run && run.first === j && run.after === body.after && run.words >= 2) return run;
      break;
    }
  }
  const next = body.after;
  if (!tokens[next] || !ctx.sameLine(next - 1, next)) return null;
  const gap = gapOf(ctx, next - 1, next);
  // "…, Jan Novak", "… (IPU), Jan Novak", "… (IPU) Jan Novak", "… Commission Dr. Jan Novak".
  const honorific = gap === " " && isHonorific(tokens[next].text);
  if (!honorific && !(body.acronym ? /^\)\s*,?\s*$/ : /^\s*,\s*$/).test(gap)) return null;
  const run = titledRun(ctx, next, 1);
  if (!run) return null;
  if (run.first > next || run.anchored) return run;
  // "…, Jan Novak, said", "…, Jan Novak during the visit": the name closes the phrase; not "…, Regional Integration and Trade".
  const after = tokens[run.after];
  const closed = !after || !ctx.sameLine(run.after - 1, run.after) || /[,.;:!?()"“”]/.test(gapOf(ctx, run.after - 1, run.after)) || (!ctx.isCapitalized(run.after) && !COORDINATORS.has(after.text));
  return run.words >= 2 && closed ? run : null;
}

/** Most words of an English title's complement after its opener ("the Consular and Foreign Service of the Office for Consular Relations"). */
const COMPLEMENT_WORDS = 12;

/**
 * The capitalised body an English title's complement names, from the opener at token `from`: where its words start
 * (past "the"), the token after its last capitalised word or its bracketed acronym, whether it has an acronym, and whether
 * it ends where a noun phrase may (not at the most words a complement has, nor at an honorific or another title), and
 * whether a title stands inside it (the principal: "of the Secretary-General"). Null when none follows.
 */
function latinComplement(ctx: PersonContext, from: number): { first: number; after: number; acronym: boolean; titled: boolean; closed: boolean } | null {
  const { tokens } = ctx;
  if (!tokens[from] || !isComplementOpener(tokens[from].text) || ctx.isCapitalized(from) || gapOf(ctx, from - 1, from) !== " ") return null;
  let k = from + 1;
  if (tokens[k]?.text === "the" && !ctx.isCapitalized(k) && gapOf(ctx, k - 1, k) === " ") k++;
  const first = k;
  let after = -1;
  let closed = true;
  let titled = false;
  for (; tokens[k]; k++) {
    if (k - from > COMPLEMENT_WORDS) { closed = false; break; }
    if (k > first && (!ctx.sameLine(k - 1, k) || !/^( |-)$/.test(gapOf(ctx, k - 1, k)))) break;
    // "Special Envoy of the Secretary-General for Syria": a title after the opener or a joiner is the principal the body names;
    // one right after a capitalised word is another person's ("… Anna Berg Foreign Minister …").
    if ((titleStarts(ctx).has(k) && k === after) || isHonorific(tokens[k].text)) { closed = false; break; }
    if (titleStarts(ctx).has(k)) titled = true;
    if (ctx.isCapitalized(k)) after = k + 1;
    // A joiner stands between capitalised words ("Horn of Africa"), never first nor after a word in lower case.
    else if (!isComplementJoiner(tokens[k].text) || k === first || (k !== after && !isComplementJoiner(tokens[k - 1].text))) {
      const place = remitPlace(ctx, k);
      if (place === null) break;
      k = place - 1;
    }
  }
  if (after < 0) return null;
  // "(IPU)": an acronym in brackets right after the body is the body's.
  const acronym = !!tokens[after] && ctx.sameLine(after - 1, after) && /^\s*\(\s*$/.test(gapOf(ctx, after - 1, after)) && ctx.isUpperCase(after) && !!tokens[after + 1] && /^\s*\)/.test(gapOf(ctx, after, after + 1));
  return { first, after: acronym ? after + 1 : after, acronym, titled, closed };
}

/** Most lower-case words of a remit named by its place ("the crisis in Georgia", "the peace process in Yemen"). */
const REMIT_WORDS = 2;

/**
 * "Special Representative for the South Caucasus and the crisis in Georgia X": lower-case words after "the" that a place
 * preposition ties to a capitalised place on the same line name a remit of the body; the token of that place, or null.
 */
function remitPlace(ctx: PersonContext, k: number): number | null {
  const { tokens } = ctx;
  if (tokens[k - 1]?.text !== "the") return null;
  for (let j = k; j < k + REMIT_WORDS && tokens[j + 1]; j++) {
    if (ctx.isCapitalized(j) || !ctx.sameLine(j, j + 1) || gapOf(ctx, j, j + 1) !== " ") return null;
    if (j > k && (tokens[j].text === "in" || tokens[j].text === "of") && ctx.isCapitalized(j + 1)) return j + 1;
  }
  return null;
}

const titleStartCache = new WeakMap<TitleMention[], Set<number>>();

/** The tokens where a title starts, gathered once per article. */
function titleStarts(ctx: PersonContext): Set<number> {
  let starts = titleStartCache.get(ctx.titles);
  if (!starts) titleStartCache.set(ctx.titles, (starts = new Set(ctx.titles.map((t) => t.first))));
  return starts;
}

/**
 * Whether a title starts at token k that a name right before it would hold: not one with "و" written onto it, which opens a
 * list's next person ("سفير المغرب في فرنسا X وسفير فرنسا بالمغرب Y والمدير العام …").
 */
function ownTitleAt(ctx: PersonContext, k: number): boolean {
  return titleStarts(ctx).has(k) && ctx.titles.some((t) => t.first === k && !conjoined(ctx, t));
}

/** A word with the Arabic article, also after a conjunction or preposition (والثروة، بالخرطوم، للشؤون). */
const DEFINITE = /^([وفبل]?ال|لل)/;

/** The role a counterpart has: the office of the person in the clause whose counterpart they are. */
export function counterpartRole(title: TitleMention, ctx: PersonContext, refs: PersonRef[], window: DateWindow): string | null {
  const gz = ctx.gazetteer;
  const anchor = [...refs].reverse().find((r) => r.end <= title.start && ctx.sentenceOf(r.first) === ctx.sentenceOf(title.first));
  const person = anchor ? gz.person(anchor.key) : undefined;
  return person ? gz.officeIn(person, window)?.title ?? null : null;
}

/** Where a name written before a title would end: right before it, or before its article when a comma sets the title off. */
function apposedBefore(title: TitleMention, ctx: PersonContext): number {
  const article = ctx.tokens[title.first - 1];
  const name = ctx.tokens[title.first - 2];
  if (!article || !name || !lexicon.appositionArticles.has(article.text) || !ctx.sameLine(title.first - 2, title.first)) return title.first - 1;
  // "Talking to X, the Speaker said …": a title followed by its own verb is a new subject, not an apposition.
  if (isPersonVerb(ctx.tokens[title.after]?.text ?? "") && gapOf(ctx, title.after - 1, title.after) === " ") return title.first - 1;
  return ctx.folded.slice(name.end, article.start).includes(",") ? title.first - 2 : title.first - 1;
}

/** Where the words giving a name its title end before the title ("X به عنوان سفیر چین"): the token a name before them ends at, or -1. */
function givenAs(title: TitleMention, ctx: PersonContext): number {
  const words = lexicon.asTitle.find((w) => title.first - w.length > 0 && w.every((word, j) => ctx.tokens[title.first - w.length + j].text === word));
  return words ? title.first - words.length : -1;
}

/** "بوزير خارجية…", "ووزير…": a clitic on the title's first word, so a name just before it is not in apposition. */
export function hasClitic(title: TitleMention, ctx: PersonContext): boolean {
  return title.start > ctx.tokens[title.first].start && title.kind !== "counterpart";
}
