/**
 * A name written beside a title, after it or before it: where such a run must end, and what must
 * set it off from the title or open it (punctuation, an honorific, a given name, a clause's start,
 * a meeting's "with", a list opener).
 */
import { isArabicScript } from "../tokens.ts";
import type { NameContext, NameRun } from "./context.ts";
import { givenWithPreposition } from "./given-names.ts";
import { langOf, lexicon } from "./lexicon.ts";
import { SHAPE_BARS, shapedAsName } from "./name-shape.ts";
import { afterPhrase, isCoordinator, isHonorific, isPersonVerb, namesAPlaceBefore, pastHonorifics } from "./name-words.ts";
import { everyWordHasArticle, namesAThing } from "./own-name.ts";
import { readRun, trimToGiven } from "./read-run.ts";

/** Punctuation that ends a name run as surely as a word that cannot be a name ("…توجار، حيث"). */
const RUN_END = /[،,:;؛.!?؟«»“”"()]/;

/** Quotation marks, which some outlets put around a name ("كاتالين نوفاك" رئيسة المجر). */
const QUOTE_FENCE = /[«»“”"]/;

/** Marks that may separate a title from the name it introduces, or open a clause before a name. */
const NAME_FENCE = /[،,:«»“”"(\-–]/;

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
  if (step === 1) start = pastHonorifics(ctx, from);
  else while (tokens[start] && isHonorific(tokens[start].text)) start--;
  if (!tokens[start]) return null;
  const read = readRun(ctx, start, step);
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
    const closed = RUN_END.test(closing) || (tokens[run.after] !== undefined && lexicon.closingWords[langOf(ctx, tokens[run.after].text)].has(tokens[run.after].text));
    return NAME_FENCE.test(gap) || closed || adjacent || (run.given && !run.cut) || (!run.cut && shapedAsName(ctx, run, SHAPE_BARS.besideTitle)) ? run : null;
  }
  const edge = tokens[run.first - 1];
  // "عید سعید قربان، سفیر …", "شارع X Y، …": a run after a noun that names a thing by it is that thing's name.
  if (edge && namesAPlaceBefore(ctx, run.first - 1)) return null;
  const before = edge ? gapBetween(run.first - 1, run.first) : "";
  const sentenceStart = !edge || ctx.sentenceOf(run.first - 1) !== ctx.sentenceOf(run.first);
  // "با آقای استفان سژورنی وزیر …": an honorific opens the name as punctuation would; "با X Y، رئیس …": a comma sets the title off.
  const apposition = /[،,]/.test(gapBetween(run.after - 1, from + 1));
  // "با مختار تلوبردی وزیر خارجه قزاقستان", "مع X Y وزير …": a meeting's "with" opens the name of the one met.
  const metWith = !!edge && lexicon.withWords.has(edge.text) && before === " ";
  const listed = adjacent && !!edge && isCoordinator(edge.text) && before === " ";
  // "X وزیر خارجه غنا و یان نواک سفیر چک": a run written in letters only names have stands before a title as after one.
  const shaped = !run.cut && shapedAsName(ctx, run, SHAPE_BARS.besideTitle);
  return sentenceStart || NAME_FENCE.test(before) || isHonorific(edge.text) || run.given || apposition || metWith || listed || afterPhrase(ctx, run.first, lexicon.listOpeners) || shaped ? run : null;
}
