/**
 * A name written beside a title, after it or before it: where such a run must end, and what must
 * set it off from the title or open it (punctuation, an honorific, a given name, a clause's start,
 * a meeting's "with", a list opener).
 */
import { COORDINATORS } from "../morphology.ts";
import { isArabicScript } from "../tokens.ts";
import type { NameContext, NameRun } from "./context.ts";
import { givenAt, givenWithPreposition, isFamilyFirst } from "./given-names.ts";
import { langOf, lexicon, names, RANKS_AFTER_TITLE } from "./lexicon.ts";
import { nameShapeScore, SHAPE_BARS, shapedAsName } from "./name-shape.ts";
import { afterPhrase, isCoordinator, isHonorific, isNameWord, isPersonVerb, namesAPlaceBefore, pastHonorifics } from "./name-words.ts";
import { datelineByline, everyWordHasArticle, namesAThing } from "./own-name.ts";
import { readRun, trimToGiven } from "./read-run.ts";

/**
 * Whether the word at token k closes a name written after a title: a speech verb, a title or counterpart word, a preposition
 * of the clause's verb; in Arabic also a title or counterpart word with "و" written onto it, which opens the list's next
 * person ("… X Y وسفير إسبانيا …", "… X Y والمدير العام …"), or with a preposition ("… X Y بنظيرها المغربي").
 */
function closesName(ctx: NameContext, k: number): boolean {
  const word = ctx.tokens[k]?.text;
  if (word === undefined) return false;
  const closing = lexicon.closingWords[langOf(ctx, word)];
  if (closing.has(word)) return true;
  return ctx.clitics && word.length > 3 && (COORDINATORS.has(word[0]) || word[0] === "ب" || word[0] === "ل") && closing.has(word.slice(1)) && !givenAt(ctx, k);
}

/** Punctuation that ends a name run as surely as a word that cannot be a name ("…توجار، حيث"). */
const RUN_END = /[،,:;؛.!?؟«»“”"()]/;

/** Quotation marks, which some outlets put around a name ("كاتالين نوفاك" رئيسة المجر). */
const QUOTE_FENCE = /[«»“”"]/;

/** Marks that may separate a title from the name it introduces, or open a clause before a name. */
const NAME_FENCE = /[،,:«»“”"(\-–]/;

/**
 * "the Minister of State for Defence, General X Y": a one-word rank that is also a common word (language.json
 * ranksAfterTitle), capitalised, right after a title and before another capitalised word on its line, is the name's
 * rank, not its first word.
 */
function pastRank(ctx: NameContext, i: number): number {
  const next = i + 1;
  if (!ctx.tokens[next] || !RANKS_AFTER_TITLE.has(ctx.tokens[i].text) || !ctx.isCapitalized(i) || !ctx.isCapitalized(next) || !ctx.sameLine(i, next)) return i;
  return /^[.\s]+$/.test(ctx.folded.slice(ctx.tokens[i].end, ctx.tokens[next].start)) ? next : i;
}

/**
 * A name written beside a title: after it (step 1, from the token after the title) or before it
 * (step -1, from the token before). Latin names need capitals; Arabic-script names two words,
 * set off from the title by punctuation, closed by punctuation or a cue word, or opened by a
 * given name; before a title, also standing at the start of a clause. `adjacent` accepts a name
 * right after a counterpart phrase, or, before a title, one right after "و" that joins it to
 * another person named with a title ("X معاون … و ظفر عبدالله‌یف سرکنسول …").
 */
export function titledRun(ctx: NameContext, from: number, step: 1 | -1, adjacent = false): NameRun | null {
  const { tokens, folded } = ctx;
  const edgeToken = from - step;
  if (!tokens[from] || !tokens[edgeToken] || !ctx.sameLine(from, edgeToken)) return null;
  const gapBetween = (a: number, b: number) => folded.slice(tokens[Math.min(a, b)].end, tokens[Math.max(a, b)].start);
  // "…, Ambassador of Senegal; Roger Gopaul, …": a semicolon ends the title's item of a list.
  if (/[.!?؟:;؛]/.test(gapBetween(edgeToken, from))) return null;
  let start = from;
  if (step === 1) start = pastHonorifics(ctx, pastRank(ctx, from));
  else while (tokens[start] && isHonorific(tokens[start].text)) start--;
  if (!tokens[start]) return null;
  const read = readRun(ctx, start, step);
  const plain = givenAndPlainWord(ctx, start, step);
  if (plain && (!read || read.words < 2)) return plain;
  if (!read) return null;
  const run = step === -1 ? trimToGiven(ctx, read) : read;
  const next = step === 1 ? run.after : run.first - 1;
  // "King Hussein Bin Talal Convention Center": the name of a building or the like after a title is no person.
  if (step === 1 && namesAThing(ctx, run)) return null;
  // The run must end at a boundary: a word that cannot be a name, punctuation, or the text's edge.
  const boundary = tokens[next] ? gapBetween(next - step, next) : "";
  if (run.cut && !(step === 1 ? RUN_END.test(boundary) : QUOTE_FENCE.test(boundary))) return null;
  if (!isArabicScript(tokens[run.first].text)) {
    // "President Boric", but not an acronym ("Chairman HCNR") nor a headline's next word ("Minister Hosts Envoy").
    // A single word is judged by itself, past any initials before it ("Prime Minister D.M. Jayaratna").
    const word = run.words === 1 ? run.after - 1 : run.first;
    if (!ctx.isCapitalized(run.first) || (run.words === 1 && (ctx.isUpperCase(word) || (ctx.titleCase?.(word) ?? false)))) return null;
    // "Speaker of the Parliament Visits India": a verb after a title in a headline is no name.
    if (isPersonVerb(ctx.tokens[run.first].text)) return null;
    // "Jan Kowalski, the Polish deputy minister": English sets a name before a title off by a comma or a bracket;
    // without one the run is the title's own word ("the Kentucky Governor's Mansion").
    if (step === -1 && !/[,(–-]/.test(gapBetween(run.after - 1, run.after))) return null;
    // "In Kano, the Minister of State, X, said": a run after a place preposition is a place, not the title's holder.
    if (step === -1 && run.first > 0 && names.placeBefore.has(tokens[run.first - 1].text)) return null;
    // "From Jane Roe, Abuja": a correspondent's byline is no person the place after it titles.
    if (step === -1 && datelineByline(ctx, run, run.first)) return null;
    return run;
  }
  // One word after a title is a name only if it is a given name ("رئيس اجرائیه عبدالله").
  if (run.words === 1 && step === 1 && run.anchored && !run.cut && (RUN_END.test(tokens[run.after] ? gapBetween(run.after - 1, run.after) : ".") || isCoordinator(tokens[run.after]?.text ?? ""))) return run;
  if (run.words < 2) return null;
  // "السفير … خلفاً لمحمود X": a given name with a preposition on it is the object of the word before, which is no name.
  for (let k = run.first + 1; k < run.after; k++) if (givenWithPreposition(ctx, k)) return null;
  // "العلاقات الثنائية", "الأوضاع الإقليمية": words that all carry the article are a noun and its adjective, not a name.
  if (everyWordHasArticle(ctx, run)) return null;
  if (step === 1) {
    // After a title: fenced off by punctuation, or closed by punctuation or a title/cue word
    // ("السفير أحمد أبو زيد المتحدث…", "…روسیه ماریا زاخارووا گفت"), or opened by a given name,
    // or written in letters that only names have ("رئيس البعثة ماتياش ميلوشيفيتش أن").
    const gap = gapBetween(from - 1, run.first);
    const closing = tokens[run.after] ? gapBetween(run.after - 1, run.after) : ".";
    const closed = RUN_END.test(closing) || closesName(ctx, run.after);
    return NAME_FENCE.test(gap) || closed || adjacent || (run.given && !run.cut) || (!run.cut && shapedAsName(ctx, run, SHAPE_BARS.besideTitle)) ? run : null;
  }
  const edge = tokens[run.first - 1];
  // "عید سعید قربان، سفیر …", "شارع X Y، …": a run after a noun that names a thing by it is that thing's name.
  if (edge && namesAPlaceBefore(ctx, run.first - 1)) return null;
  const before = edge ? gapBetween(run.first - 1, run.first) : "";
  const sentenceStart = !edge || ctx.sentenceOf(run.first - 1) !== ctx.sentenceOf(run.first);
  // "با آقای استفان سژورنی وزیر …": an honorific opens the name as punctuation would; "با X Y، رئیس …": a comma sets the title off.
  const apposition = /[،,]/.test(gapBetween(run.after - 1, from + 1));
  // "با مختار تلوبردی وزیر خارجه قزاقستان", "مع X Y وزير …": a meeting's "with" opens the name of the one met;
  // so does a Persian host word, whose guest stands right after it ("میزبان یوئه شیائویونگ نماینده ویژه چین بود").
  const metWith = !!edge && (lexicon.withWords.has(edge.text) || (isArabicScript(edge.text) && names.personBefore.has(edge.text))) && before === " ";
  const listed = adjacent && !!edge && isCoordinator(edge.text) && before === " ";
  // "X وزیر خارجه غنا و یان نواک سفیر چک": a run written in letters only names have stands before a title as after one.
  const shaped = !run.cut && shapedAsName(ctx, run, SHAPE_BARS.besideTitle);
  return sentenceStart || NAME_FENCE.test(before) || isHonorific(edge.text) || run.given || apposition || metWith || listed || afterPhrase(ctx, run.first, lexicon.listOpeners) || shaped ? run : null;
}

/**
 * "داوود منظور، سفیر پاکستان …", "لی وی، سفیر چین …", "سفیر سنگال، مکی سال، گفت": a given name and one word that is also
 * an ordinary word (منظور intended, سال year, وی he), opened by the clause's start, a comma, an honorific or a meeting's
 * "with", and closed by the title after it (with or without a comma) or, read forwards, by punctuation: the word is the
 * surname. Without the fences the word is the sentence's own ("… حسن سال گذشته …"); a function word (but after an East
 * Asian family name) or a verb never is a surname.
 */
function givenAndPlainWord(ctx: NameContext, from: number, step: 1 | -1): NameRun | null {
  const { tokens, folded } = ctx;
  const first = step === 1 ? from : (compoundGivenBefore(ctx, from) ?? from - 1);
  const given = givenAt(ctx, first);
  const last = step === 1 ? Math.max(first + 1, given?.after ?? 0) : from;
  if (!tokens[first] || !tokens[last] || !isArabicScript(tokens[first].text) || !isArabicScript(tokens[last].text) || !ctx.sameLine(first, last)) return null;
  if (!(given?.after === last || isFamilyFirst(ctx, first)) || folded.slice(tokens[last - 1].end, tokens[last].start) !== " ") return null;
  const word = tokens[last].text;
  // "على الصعيد البرلماني، …", "وی که هماهنگ‌کننده …": a given or family name spelt as a function word is that word.
  const lang = langOf(ctx, tokens[first].text);
  // A given name listed in two words is a name even when its first word is an ordinary one ("خیر محمد").
  const compound = last - first > 1;
  if (!compound && (lexicon.functionWords[lang].has(tokens[first].text) || lexicon.notName[lang].has(tokens[first].text))) return null;
  // After an East Asian family name a syllable spelt as a function word is the given name ("لی وی", "وانگ یی").
  const syllable = isFamilyFirst(ctx, first);
  if (word.length < 2 || !/^[\u0600-\u06FF]+$/.test(word) || (!syllable && lexicon.functionWords[langOf(ctx, word)].has(word)) || isPersonVerb(word) || isHonorific(word)) return null;
  const edge = tokens[first - 1];
  const opened = !edge || ctx.sentenceOf(first - 1) !== ctx.sentenceOf(first) || /[،,:]/.test(folded.slice(edge.end, tokens[first].start)) || isHonorific(edge.text) || lexicon.withWords.has(edge.text);
  const closing = tokens[last + 1] ? folded.slice(tokens[last].end, tokens[last + 1].start) : ".";
  // Read back from a title, the title closes the name, with or without a comma ("مکی سال رئیس جمهور سنگال").
  const closed = step === -1 ? /^([،,] ?| )$/.test(closing) : /[،,.:؛;]/.test(closing);
  return opened && closed ? { first, after: last + 1, start: given?.start ?? tokens[first].start, end: tokens[last].end, words: last - first + 1, anchored: !given?.ambiguous, given: true, cut: false } : null;
}

/** "خیر محمد نیرو": the token opening a given name listed in two words that ends right before token `last`, if one does. */
function compoundGivenBefore(ctx: NameContext, last: number): number | null {
  const opening = last - 2;
  return opening >= 0 && givenAt(ctx, opening)?.after === last ? opening : null;
}

/**
 * "ماریلا پرز، معاون وزیر …", "با هیروکو اوکادا، سفیر …": whether token k, an unlisted word written right before a surname,
 * is that person's given name: a word that may be a name, written in letters names have (beyond doubt in Arabic text,
 * where a verb opens the sentence before its subject: "وأشار لافروف"), opened by the clause's start, punctuation, an
 * honorific or a meeting's "with". Whether the name is closed after the surname is the caller's to ask.
 */
export function unlistedGivenAt(ctx: NameContext, k: number): boolean {
  const { tokens, folded } = ctx;
  const token = tokens[k];
  if (!token || !isArabicScript(token.text) || !isNameWord(ctx, k) || isHonorific(token.text) || givenAt(ctx, k)) return false;
  if (nameShapeScore(token.text) < (ctx.clitics ? SHAPE_BARS.alone.mean : SHAPE_BARS.besideTitle.mean)) return false;
  const edge = tokens[k - 1];
  return !edge || ctx.sentenceOf(k - 1) !== ctx.sentenceOf(k) || !ctx.sameLine(k - 1, k) || NAME_FENCE.test(folded.slice(edge.end, token.start)) || isHonorific(edge.text) || lexicon.withWords.has(edge.text);
}
