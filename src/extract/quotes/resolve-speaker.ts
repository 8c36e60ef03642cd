/**
 * Who speaks: the person a cue names itself, the subject before the verb (Persian, English) or
 * after it (Arabic), through titles, apposition and a title repeated from an earlier mention; a
 * pronoun or an implied subject continues the last speaker. Outlets, institutions and plural
 * subjects ("both sides") speak for nobody in particular.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonEntity, PersonRef } from "../persons.ts";
import type { TitleMention } from "../titles.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue, QuotePeople } from "./cue.ts";
import { isPersianPastPlural, lexicon, OUTLETS, TITLE_WORDS } from "./cue-lexicon.ts";
import { afterPreposition, chainStart, findPronoun, roleSubjectBefore, subjectBeforeClause, surnameAt, TITLE_CHAIN } from "./cue-subject.ts";
import { quotationSpans } from "./marks.ts";

/**
 * The speaker of a cue: a person named or titled as its subject, a pronoun or an implied subject
 * (the last speaker). Subjects that are outlets ("روزنامه الاهرام نوشت") give no speaker.
 */
export function resolveSpeaker(article: ArticleText, cue: Cue, content: { start: number; end: number }, context: SpeakerContext): string | null {
  const { tokens } = article;
  const { lastSpeaker, previousInLine, previousInSentence } = context;
  const { refs } = context.people;
  const lex = lexicon(cue.lang);
  const outside = (r: PersonRef) => r.end <= content.start || r.start >= content.end;
  // "دفتر مطبوعاتی وزارت خارجه می گوید: متقی … تاکید کرده است …": a Persian subject after a colon opens a clause reported
  // by the words before it; the one who speaks there is named after the colon.
  const regionStart = cue.lang === "fa" && !cue.subjectAfter && content.start >= cue.end ? reportedClauseStart(article, cue, context.people.refs) : cue.sentence.fStart;
  if (cue.speaker) return cue.speaker;
  // "According to him, …": the last speaker.
  if (cue.pronounSpeaker) return lastSpeaker;
  // "According to the minister, …": the person holding that office, else the last speaker.
  if (cue.roleSpeaker) {
    const { first, after } = cue.roleSpeaker;
    const phrase = article.tokens.slice(first, after).map((t) => t.text).join(" ");
    const role = lex.roleOffices.get(phrase) ?? lex.roleOffices.get(phrase.replace(/^the /, "")) ?? null;
    return titleHolder(article, { countries: [], role, first, after }, cue, context) ?? lastSpeaker;
  }
  // "وأكد X …، وقال إن …", "Delegates praised X and called for Y": a verb with no subject of its own goes on with the previous cue of its sentence.
  // A Persian one only outside a clause reported after a colon ("دفتر … می‌گوید: متقی … داده و تاکید کرده است"), whose verbs
  // share that clause's subject, and only after a statement of a named person.
  const persianOuter = cue.lang !== "fa" || (regionStart === cue.sentence.fStart && context.sentenceCue?.speaker != null);
  if (context.sentenceCue && persianOuter && impliedSubject(article, cue, content)) return context.sentenceCue.speaker;
  // "استقبل لافروف السفير علي رضائي، الذي أكد أن": an Arabic verb right after a relative pronoun is the person's named before it.
  const relative = cue.lang === "ar" && cue.first > cue.sentence.first && lex.relatives.has(tokens[cue.first - 1].text) ? refs.find((r) => r.after === cue.first - 1) : undefined;
  if (relative) return relative.key;
  // "وفي تصريح للسفير المصري بعيد اللقاء أكد أن": a verb with no subject of its own speaks for who made the statement.
  const statement = cue.lang === "ar" && !context.sentenceCue && impliedSubject(article, cue, content) ? statementMaker(article, cue, context) : null;
  if (statement) return statement;
  // "ایرنا به نقل از ظریف نوشت: …": the person whose words the subject passes on speaks.
  const quoted = quotedPerson(article, cue, refs, content);
  if (quoted) return quoted;
  // "Putin and Obama said …": two people joined as the subject of an English verb are nobody in particular.
  if (cue.lang === "en" && cue.type === "verb" && coordinatedSubject(article, refs, cue.first)) return null;
  if (cue.type === "participle") {
    const subject = participleSubject(article, cue, refs, outside, previousInSentence ? previousInLine : null);
    // "Kerry and Lavrov met in Vienna, adding …": a participle of two people joined is nobody's in particular.
    if (subject && cue.lang === "en" && !previousInSentence) {
      const ref = refs.find((r) => r.key === subject && r.start >= cue.sentence.fStart && r.end <= cue.start);
      if (ref && (jointBefore(article, refs, ref.first) || jointAfter(article, refs, ref.after))) return null;
    }
    if (subject !== undefined) return subject;
    return cue.lang === "en" && findPronoun(tokens, cue.lang, regionStart, cue.start) === null ? null : previousInLine ?? lastSpeaker;
  }
  // English puts its subject after the verb only after the words it attributes ("“…,” said Lavrov"): "told Kerry" is a listener.
  if (cue.subjectAfter && (cue.lang !== "en" || content.end <= cue.start)) {
    // "«…»، قال لافروف": with the quotation before the verb, the subject after it ends the sentence's clause.
    const limit = content.end <= cue.start ? cue.sentence.fEnd : content.start;
    // "وأكد سيادته أن …": an honorific pronoun after the verb stands for the person last named, as an implied subject does.
    if (cue.lang === "ar" && tokens[cue.after] && lex.honorificPronouns.has(tokens[cue.after].text)) return lastSpeaker;
    // "أكد لنظيره الأمريكي أن": a person with ل written onto it is the listener, not the subject.
    const after = refs.find((r) => r.first >= cue.after && r.first <= cue.after + 1 && r.end <= limit && !listener(article, r)) ?? titledSubject(article, cue, context.people, limit);
    // "قال شكري وبوريطة": a person with و written onto it after the verb's first word is the second of two.
    const second = after && after.first === cue.after + 1 && cue.lang === "ar" && after.start > tokens[after.first].start && article.folded.text[tokens[after.first].start] === "و";
    if (after) return second || joinedByWa(article, refs, after) ? null : after.key;
    // "“…,” said the Russian foreign minister", "…, added the spokesman": a title set after the verb stands for its holder.
    const inverted = cue.lang === "en" ? titleAfterVerb(article, cue, context.people, limit) : null;
    if (inverted) return titleHolder(article, inverted, cue, context);
    // "وأكد حداد، …": a surname standing alone right after an Arabic verb.
    const surname = cue.lang === "ar" && tokens[cue.after] && tokens[cue.after].start < limit ? surnameAt(article, refs, cue.after) : null;
    if (surname) return surname;
    // "وأوضحت الوزارة أن", "وأضاف البيان أن": an outlet or office stands where the Arabic subject goes.
    if (cue.lang === "ar" && tokens[cue.after] && (lex.agencies.has(tokens[cue.after].text) || lex.institutions.has(tokens[cue.after].text))) return null;
  }
  // "لاوروف … سفر کرد و ظریف نیز X را اعلام کرد": a person opening the statement's own clause is its subject.
  const ownClause = cue.clauseStart !== undefined && cue.clauseStart > regionStart ? refs.find((r) => r.start >= cue.clauseStart! && r.end <= Math.min(content.start, cue.start) && !afterPreposition(tokens, cue.lang, r.first)) : undefined;
  if (ownClause) return ownClause.key;
  // "سخنگوی وزارت امور خارجه در ادامه افزود": the title set after a person named earlier stands for that person.
  const byTitle = cue.lang === "fa" && !cue.subjectAfter && !refs.some((r) => r.start >= regionStart && r.end <= cue.start) ? titleCoreference(article, refs, regionStart, cue.first) : null;
  if (byTitle) return byTitle;
  // "یک مقام آگاه گفت": a Persian clause whose subject opens with an indefinite word speaks for nobody named.
  if (cue.lang === "fa" && !cue.subjectAfter && content.start > cue.start && lex.indefiniteSubjects.has(tokens[clauseStartToken(article, cue)]?.text ?? "")) return null;
  // "The Kenyan minister reiterated", "وقال سمو الوزير", "رئیس پارلمان … گفت": a title or role noun standing as
  // the subject, with no name of its own, is the person named with that office (and country) nearest to it.
  const titled = subjectTitle(article, cue, content, context.people);
  const holder = titled && titled !== "unnamed" ? titleHolder(article, titled, cue, context) : null;
  // An English title after the words it attributes that fits nobody named is read as a bare role noun below.
  if (titled && (holder || !(cue.lang === "en" && content.end <= cue.start))) {
    if (!holder) context.unnamed = true;
    return holder;
  }
  // "وأضافت المتحدثة": a bare role noun stands for the person last named.
  // Not when the role noun is itself a reference to someone ("The Iranian top diplomat said" resolved to the Iranian minister).
  if (hasRoleSubject(article, cue) && !refs.some((r) => r.after === cue.first && outside(r))) return lastSpeaker;
  // "the foreign ministry said", "the White House said": an English subject's head stands right before its verb.
  // "Kaifu, the spokesperson for the Foreign Ministry, said": the person set off before the appositive speaks.
  const apposed = cue.lang === "en" ? subjectBeforeClause(article, refs, cue.first) : null;
  const apposedRef = apposed !== null ? refs.find((r) => r.first === apposed && outside(r)) : undefined;
  if (apposedRef) return apposedRef.key;
  if (cue.lang === "en" && tokens[cue.first - 1] && lex.agencies.has(tokens[cue.first - 1].text)) return null;
  // "“…,” bin Farhan told the FT": with the quote before its attribution, the name right before the verb speaks; so does
  // the name right before an English verb ("After his call with Lavrov, Secretary of State Kerry stated that").
  const adjacent = content.end <= cue.start || cue.lang === "en" ? refs.find((r) => r.after === cue.first && outside(r)) : undefined;
  if (adjacent) return adjacent.key;
  // "در ارتباط با آزادی «X» …، گفت": a person inside an opening prepositional phrase is its object, not who speaks.
  const opening = cue.lang === "fa" && !cue.subjectAfter ? openingPhrase(article, regionStart, cue.first) : null;
  const inOpening = (first: number) => opening !== null && first >= opening.first && first < opening.after;
  // Before the verb, a person after a preposition ("با همتای روس خود") is an object, not who speaks.
  const region = refs.filter((r) => r.start >= regionStart && r.end <= cue.start && outside(r) && !inOpening(r.first) && (cue.subjectAfter || !afterPreposition(tokens, cue.lang, r.first)));
  // English subjects stand before the verb even when "that" follows it: "They added that …" is nobody in particular.
  // A quotation before its attribution is not where the subject stands ("“… between the two countries …,” Zarif said").
  const subjectFrom = content.end <= cue.start ? Math.max(regionStart, content.end) : regionStart;
  const pluralBefore = cue.lang === "en" ? pluralSubjectAt(article, cue.lang, subjectFrom, cue.start) : null;
  if (pluralBefore !== null && pluralBefore > (region.at(-1)?.start ?? -1)) return null;
  if (cue.lang === "en" && pluralHeadBefore(article, cue.first)) return null;
  const pronoun = findPronoun(tokens, cue.lang, regionStart, cue.start);
  // "الرئيس الأسد خلال المحادثات مع الرئيس الإيراني إبراهيم رئيسي أكد أن": a person after a preposition is not the subject before the verb.
  // "Monzo praised the visit of Minister Mammadyarov …, and noted that …": an English subject opens its clause.
  const englishSubject = cue.lang === "en" && cue.subjectAfter ? region.filter((r) => opensClause(article, refs, r)).at(-1) : undefined;
  const lastBefore = cue.subjectAfter ? (region.filter((r) => !afterPreposition(tokens, cue.lang, titleChainStart(article, cue.lang, chainStart(refs, r.first)))).at(-1) ?? region.at(-1)) : undefined;
  // "دميتري بيسكوف المتحدث باسم فلاديمير بوتين قال": of people written one right after another, the first heads the subject.
  const chainHead = cue.lang === "ar" && lastBefore ? region.find((r) => r.first === chainStart(refs, lastBefore.first)) : undefined;
  const firstRef = englishSubject ?? (cue.subjectAfter ? (chainHead ?? lastBefore) : region[0]);
  // "کاخ سفید … اعلام کرد", "کرملین … گفت": an institution heads the subject, even with a person named later in the clause.
  if (cue.lang === "fa" && !cue.subjectAfter && institutionSubject(article, regionStart, cue, firstRef)) return null;
  // A plural subject (الوزيران، دو طرف, both sides) before any named one: nobody in particular speaks.
  // "وی روابط دو کشور را … دانست": a statement's object before its verb is not where its subject stands.
  const subjectTo = content.start > subjectFrom && content.start < cue.start ? content.start : cue.start;
  const plural = cue.subjectAfter ? pluralSubjectAt(article, cue.lang, cue.end, content.start) : pluralSubjectAt(article, cue.lang, subjectFrom, subjectTo);
  if (plural !== null && (cue.subjectAfter || plural < (firstRef?.start ?? Infinity))) return null;
  // "طرف برزیلی … اظهار داشت", "وأكد الجانب الروسي", "the Brazilian side said": one party of the talks is nobody in particular.
  const side = cue.subjectAfter ? (tokens[cue.after] && tokens[cue.after].start < content.start && sideAt(article, cue.lang, context.people, cue.after) ? tokens[cue.after].start : null) : sideSubjectAt(article, cue.lang, context.people, subjectFrom, subjectTo);
  if (side !== null && (cue.subjectAfter || side < (firstRef?.start ?? Infinity))) return null;
  // "Lavrov thanked Kerry … . He explained that …": an English pronoun stands for the subject of the sentence before,
  // unless the verb goes on with the last speaker's words ("…, he added").
  const continues = lex.continuationVerbs.has(article.folded.text.slice(cue.start, cue.end).replace(/^(?:also|further|later|then) /, ""));
  if (pronoun !== null && (!firstRef || pronoun < firstRef.start)) return (cue.lang === "en" && !continues ? openingSubject(article, refs, cue.sentence.index - 1) : null) ?? lastSpeaker;
  // "ظریف و لاوروف بر … تاکید کردند", "أكد لافروف وكيري": two people joined by و as the subject are nobody in particular (R-joint).
  if (firstRef && cue.lang !== "en" && joinedByWa(article, refs, firstRef)) return null;
  // "اسماعیل ولد الشیخ احمد نماینده ویژه و حسین امیرعبداللهیان معاون … تاکید کردند": a plural verb after two people is theirs jointly (R-joint).
  if (firstRef && cue.lang === "fa" && isPersianPastPlural(tokens[cue.after - 1]?.text ?? "") && new Set(region.filter((r) => r.start >= (cue.clauseStart ?? regionStart)).map((r) => r.key)).size > 1) return null;
  if (firstRef) return firstRef.key;
  // "اوغلو نیز بر … تاکید کرد": a surname alone opening a Persian clause is the person named with it.
  const faSurname = cue.lang === "fa" && !cue.subjectAfter ? surnameAt(article, refs, clauseStartToken(article, cue)) : null;
  if (faSurname) return faSurname;
  // "رییس مچلس گرجستان … خواهان … شد": a Persian clause opened by a title we could give to nobody is someone else's, not the last speaker's.
  if (cue.lang === "fa" && !cue.subjectAfter && !pronoun && TITLE_WORDS.has(tokens[clauseStartToken(article, cue)]?.text ?? "")) {
    context.unnamed = true;
    return null;
  }
  if (hasAgencySubject(article, cue.lang, subjectFrom, cue.start, inOpening)) return null;
  // "ایرنا ادامه داد که …", "وقالت إرنا إن …": a news outlet named as the subject.
  if (outletSubject(article, cue, subjectFrom, content)) return null;
  // An implied subject (وأضاف أن، افزود:) continues the last speaker; an unknown written subject does not.
  if (cue.lang !== "en" && cue.subjectAfter && tokens[cue.after] && tokens[cue.after].start < content.start && !lex.functionWords.has(tokens[cue.after].text)) return null;
  // "Quispe told …": a surname standing alone before an English verb is the person named with it.
  const surname = cue.lang === "en" && cue.first > cue.sentence.first && !/[^\s]/.test(article.folded.text.slice(tokens[cue.first - 1].end, tokens[cue.first].start)) ? surnameAt(article, refs, cue.first - 1) : null;
  if (surname) return surname;
  // English writes its subject: a verb with none we know ("a visiting envoy had praised") speaks for someone unnamed.
  if (cue.lang === "en" && cue.type === "verb" && cue.first > cue.sentence.first && !lex.predicateCoordinators.has(tokens[cue.first - 1].text)) return null;
  // An Arabic verb with no subject, inside a sentence that names nobody before it ("تبادلا وجهات النظر … وحث الاحتلال
  // على …"), is a verbal noun or a clause of a subject we do not know; only one opening its sentence goes on with the last speaker.
  if (cue.lang === "ar" && cue.first > cue.sentence.first) return null;
  return lastSpeaker;
}

/** Most words between a statement noun and the verb it opens the sentence for ("وفي تصريح للسفير المصري بعيد اللقاء أكد"). */
const STATEMENT_WORDS = 8;

/**
 * Who made the statement an Arabic sentence opens with, its verb having no subject ("وفي تصريح للسفير المصري بعيد
 * اللقاء أكد أن"): the person or title with ل written on right after a statement noun, or null.
 */
function statementMaker(article: ArticleText, cue: Cue, context: SpeakerContext): string | null {
  const { tokens } = article;
  const { refs, titles } = context.people;
  const lex = lexicon(cue.lang);
  const from = cue.sentence.first;
  for (let k = from; k + 1 < cue.first && k < from + 3; k++) {
    if (!lex.statementNouns.has(tokens[k].text) || cue.first - k > STATEMENT_WORDS) continue;
    const next = tokens[k + 1];
    // The person's first word carries ل: "للسفير", "لوزير".
    if (!article.clitics || !/^(?:ل|لل)/.test(next.text)) return null;
    const named = refs.find((r) => r.first === k + 1 && listener(article, r));
    if (named) return named.key;
    const title = titles.find((m) => m.first === k + 1 && m.kind === "title" && m.entry !== null && !m.entry.plural && m.after <= cue.first);
    if (!title || refs.some((r) => r.first >= title.after && r.first < cue.first)) return null;
    return titleHolder(article, { countries: title.countries, role: title.entry!.role, first: title.first, after: title.after }, cue, context);
  }
  return null;
}

/** Where the clause of a Persian cue starts: after the last colon before it in its sentence with a person named after it, else the sentence's start. */
function reportedClauseStart(article: ArticleText, cue: Cue, refs: PersonRef[]): number {
  const colon = article.folded.text.lastIndexOf(":", cue.start);
  if (colon <= cue.sentence.fStart) return cue.sentence.fStart;
  return refs.some((r) => r.start > colon && r.end <= cue.start) ? colon + 1 : cue.sentence.fStart;
}

/** The person named right after a quoting phrase (به نقل از، نقلا عن, quoting) in a cue's clause before it, or null. */
function quotedPerson(article: ArticleText, cue: Cue, refs: PersonRef[], content: { start: number; end: number }): string | null {
  const { tokens } = article;
  const end = Math.min(cue.start, content.start);
  const from = cue.sentence.first;
  for (const m of lexicon(cue.lang).quoting.findIn(tokens, article.folded.text, from, tokenIndexAt(tokens, end), { clitics: article.clitics })) {
    const ref = refs.find((r) => r.first === m.after && r.end <= end);
    // "ظریف به نقل از لاوروف گفت": a speaker of its own before the phrase speaks for himself (R-nested).
    if (ref && !refs.some((r) => r.start >= cue.sentence.fStart && r.end <= m.start)) return ref.key;
  }
  return null;
}

/** Whether a news outlet's name stands as a cue's subject: opening its clause before the verb, or right after an Arabic verb. */
function outletSubject(article: ArticleText, cue: Cue, from: number, content: { start: number; end: number }): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (cue.lang === "ar" && cue.subjectAfter && tokens[cue.after] && tokens[cue.after].start < content.start) return OUTLETS.matchAt(tokens, text, cue.after, options) !== null;
  const first = cue.lang === "fa" ? clauseStartToken(article, cue) : tokenIndexAt(tokens, from);
  return OUTLETS.findIn(tokens, text, first, cue.first, options).some((m) => m.first === first || m.after === cue.first);
}

/** Who a cue may speak for, besides its own words: the people named, and the speakers met before it. */
export interface SpeakerContext {
  /** The people of the article (body references only). */
  people: QuotePeople;
  /** The last named speaker (or the subject of the closest earlier sentence naming someone). */
  lastSpeaker: string | null;
  /** The speaker of the last quote in the cue's paragraph. */
  previousInLine: string | null;
  /** Whether that quote was attributed in the cue's sentence. */
  previousInSentence: boolean;
  /** Set when the cue's subject is someone the text does not name ("the Georgian speaker" fitting nobody): a pronoun after it is that someone too. */
  unnamed?: boolean;
  /** The previous cue of the cue's sentence and who it was given to (null: nobody in particular), if there is one. */
  sentenceCue: { speaker: string | null } | null;
}

/**
 * Whether a verb cue has no subject written for it: an Arabic verb followed at once by its complementizer
 * ("وقال إن"), an English verb coordinated after another ("… and called for").
 */
function impliedSubject(article: ArticleText, cue: Cue, content: { start: number; end: number }): boolean {
  const { tokens } = article;
  if (cue.type !== "verb") return false;
  if (cue.lang === "ar") return cue.subjectAfter && tokens[cue.after] !== undefined && tokens[cue.after].start < content.start && lexicon("ar").complementizers.matchAt(tokens, article.folded.text, cue.after, { clitics: article.clitics }) !== null;
  // "X reiterated A, welcomed B, and encouraged C": a comma or "and" before the verb, no subject.
  if (cue.lang === "en") return content.start > cue.start && cue.first > cue.sentence.first && (lexicon("en").predicateCoordinators.has(tokens[cue.first - 1].text) || /[,;]\s*$/.test(article.folded.text.slice(tokens[cue.first - 1].end, tokens[cue.first].start)));
  // "X را مثبت ارزیابی کرد و (همچنین) افزود: …": a Persian verb right after "و" (adverbs aside) shares the subject of the
  // statement before it; the sentence's opening words ("در گفتگوی تلفنی A و B، …") are not its subject.
  if (cue.lang === "fa") return content.start > cue.start && persianCoordinatedVerb(article, cue);
  return false;
}

/** Whether a Persian verb follows "و" with only adverbs (نیز، همچنین) between: a second predicate of the clause before. */
function persianCoordinatedVerb(article: ArticleText, cue: Cue): boolean {
  const { tokens } = article;
  let k = cue.first - 1;
  while (k > cue.sentence.first && lexicon("fa").adverbials.has(tokens[k].text)) k--;
  return k > cue.sentence.first && tokens[k].text === "و";
}

/** A title or role noun standing as a cue's subject with no name of its own: the countries written with it and its office. */
interface SubjectTitle {
  countries: string[];
  /** The office in English (titles.json roles), or null for a role noun that may be any ("the diplomat"). */
  role: string | null;
  /** Token range of the title as written, to find a person written earlier with the same title. */
  first?: number;
  after?: number;
}

/**
 * The title or role noun that is a cue's subject and names nobody itself: right before an English verb ("The Kenyan
 * minister reiterated", "the diplomat said"), right after an Arabic one past honorifics ("وقال سمو الوزير:"), opening a
 * Persian clause ("رئیس پارلمان عربی در این دیدار … گفت"). Null when a person is named there; "unnamed" for an indefinite
 * English subject ("an official said", "a minister told").
 */
function subjectTitle(article: ArticleText, cue: Cue, content: { start: number; end: number }, people: QuotePeople): SubjectTitle | "unnamed" | null {
  const { tokens } = article;
  const { refs, titles } = people;
  const lex = lexicon(cue.lang);
  const named = (first: number, after: number) => refs.some((r) => r.first < after && r.after > first);
  const single = (t: TitleMention) => t.kind === "title" && t.entry !== null && !t.entry.plural;
  if (cue.lang === "en") {
    // A named subject right before the verb, or set off before an appositive title ("Lavrov, the Russian foreign minister, said").
    if (refs.some((r) => r.after === cue.first) || subjectBeforeClause(article, refs, cue.first) !== null) return null;
    // "“…,” the Russian minister said": with the words before their attribution, the title stands between them and the verb.
    const clear = (k: number) => content.start > cue.start || content.end <= tokens[k].start;
    // Definite only: "the minister said" stands for someone named, "a minister said" for nobody named; capitalised words
    // may stand between ("the United Nations secretary general").
    const definite = (k: number) => {
      let j = k;
      while (j > 0 && k - j < DEFINITE_WORDS && /^\p{Lu}/u.test(article.source[article.folded.origin[tokens[j - 1].start]] ?? "") && !lex.definiteArticles.has(tokens[j - 1].text)) j--;
      return j > 0 && lex.definiteArticles.has(tokens[j - 1].text);
    };
    // "The Iranian minister, who arrived on Monday, said": a relative clause set off by commas may stand between title and verb.
    const setOff = (m: TitleMention) => m.after < cue.first && cue.first - m.after <= RELATIVE_WORDS && m.first >= cue.sentence.first && lex.relatives.has(tokens[m.after].text) && /^\s*,\s*$/.test(article.folded.text.slice(tokens[m.after - 1].end, tokens[m.after].start)) && /,\s*$/.test(article.folded.text.slice(tokens[cue.first - 1].end, tokens[cue.first].start)) && !/[.;:!?"“”«»]/.test(article.folded.text.slice(tokens[m.after].start, tokens[cue.first].start));
    const t = titles.find((m) => m.after === cue.first && single(m)) ?? titles.find((m) => single(m) && setOff(m));
    // Before its words, only a definite title is taken ("Kremlin spokesman said" goes on as a bare role noun).
    const before = content.start < cue.start;
    if (t) return named(t.first, t.after) || !clear(t.first) || (before && !definite(t.first)) ? null : definite(t.first) ? { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after } : "unnamed";
    const k = roleSubjectBefore(article, "en", cue.first);
    if (k === null || !clear(k) || before) return null;
    // "the Kenyan diplomat", "the Peruvian leader": a country written right before the role noun.
    const country = people.countries.find((c) => c.after === k && c.first >= cue.sentence.first);
    if (!definite(country?.first ?? k) && !lex.definiteArticles.has(tokens[k].text)) return "unnamed";
    const phrase = lex.roleSubjects.matchAt(tokens, article.folded.text, k)?.phrase ?? "";
    return { countries: country ? [country.code] : [], role: lex.roleOffices.get(phrase) ?? null, first: k, after: cue.first };
  }
  if (cue.lang === "ar") {
    if (!cue.subjectAfter || content.start < cue.start) return null;
    let k = cue.after;
    while (k < tokens.length && lex.subjectHonorifics.has(tokens[k].text)) k++;
    // "قال السفير الفرنسي": a title word that may also be an honorific ("السفير X") still starts the title.
    const t = titles.find((m) => m.first >= cue.after && m.first <= k && single(m));
    if (t) return tokens[t.after - 1].end > content.start || named(t.first, t.after + 1) ? null : { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after };
    // "وقال سمو الوزير بعد اللقاء:": a role noun after honorifics, with no name after it.
    const role = lex.roleSubjects.matchAt(tokens, article.folded.text, k, { clitics: article.clitics });
    if (!role || role.end > content.start || named(role.first, role.after + 1)) return null;
    // "وشدد الوزير الروسي على …": a role noun with its country adjective, the content (or its preposition) right after.
    const country = people.countries.find((c) => c.first === role.after && tokens[c.after - 1].end <= content.start);
    if (country && tokenIndexAt(tokens, content.start) - country.after <= ROLE_TO_CONTENT) return { countries: [country.code], role: lex.roleOffices.get(role.phrase) ?? null, first: role.first, after: country.after };
    return k > cue.after ? { countries: [], role: lex.roleOffices.get(role.phrase) ?? null, first: role.first, after: role.after } : null;
  }
  // Persian: the title opens the clause, after a lead-in ("به گزارش ایسنا،"), and no name follows it. The content of a
  // nominal statement comes before its verb ("X را Y خواند"), a quotation before its attribution leaves no title subject.
  if (content.start < cue.start && cue.type !== "nominal") return null;
  const first = clauseStartToken(article, cue);
  const t = titles.find((m) => m.first === first && m.after <= Math.min(cue.first, tokenIndexAt(tokens, content.start)) && single(m));
  if (!t || named(t.first, t.after + 1)) return null;
  return { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after };
}

/**
 * An English title or role noun with no name set right after its verb, the words attributed standing before it:
 * "said the Russian foreign minister", "added the Kenyan diplomat", "said the host". Null when there is none or a
 * person is named in it ("said Foreign Minister Sergey Lavrov" is that person's).
 */
function titleAfterVerb(article: ArticleText, cue: Cue, people: QuotePeople, limit: number): SubjectTitle | null {
  const { tokens } = article;
  const lex = lexicon("en");
  const k = cue.after < tokens.length && lex.definiteArticles.has(tokens[cue.after].text) ? cue.after + 1 : cue.after;
  if (k >= tokens.length || tokens[k].start >= limit) return null;
  const named = (first: number, after: number) => people.refs.some((r) => r.first < after && r.after > first);
  const t = people.titles.find((m) => m.first === k && m.kind === "title" && m.entry !== null && !m.entry.plural && tokens[m.after - 1].end <= limit);
  if (t) return named(t.first, t.after + 1) ? null : { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after };
  const country = people.countries.find((c) => c.first === k);
  const role = lex.roleSubjects.matchAt(tokens, article.folded.text, country ? country.after : k) ?? lex.roleSubjects.matchAt(tokens, article.folded.text, cue.after);
  if (!role || tokens[role.after - 1].end > limit || named(role.first, role.after + 1)) return null;
  return { countries: country ? [country.code] : [], role: lex.roleOffices.get(role.phrase) ?? null, first: role.first, after: role.after };
}

/** Most words between an Arabic role noun's country adjective and its content (a preposition, a complementizer: "إلى أن"). */
const ROLE_TO_CONTENT = 2;

/** Most words of a relative clause between a subject title and its verb ("the minister, who arrived on Monday, said"). */
const RELATIVE_WORDS = 12;

/** Capitalised words that may stand between "the" and a title ("the United Nations secretary general"). */
const DEFINITE_WORDS = 3;

/** First token of a Persian cue's clause: the sentence's first, past a lead-in or an opening phrase ending in a comma, and a coordinator. */
function clauseStartToken(article: ArticleText, cue: Cue): number {
  const { tokens } = article;
  const text = article.folded.text;
  let s = cue.sentence.first;
  // A lead-in ("به گزارش ایسنا،") or an opening phrase of place or time ("در نشست دیروز،", "پس از دیدار،") up to its comma.
  const opens = startsWithLeadIn(text.slice(tokens[s].start, cue.start)) || lexicon("fa").phraseOpeners.has(tokens[s].text);
  for (let k = s + 1; opens && k < cue.first && k < s + LEAD_WORDS; k++) {
    if (/[،,]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) { s = k; break; }
  }
  if (s < cue.first && COORDINATORS.has(tokens[s].text)) s++;
  return s;
}

/**
 * The person a subject title stands for: the last speaker if the office and country fit, else the nearest person named
 * before the cue that fits, else the first named after it ("سفیر ایران … گفت" with the ambassador named later). Null
 * when nobody fits: the words are an unnamed official's.
 */
function titleHolder(article: ArticleText, subject: SubjectTitle, cue: Cue, context: SpeakerContext): string | null {
  const { refs, entities } = context.people;
  const order = [
    ...(context.lastSpeaker ? [context.lastSpeaker] : []),
    ...refs.filter((r) => r.end <= cue.start).reverse().map((r) => r.key),
    ...refs.filter((r) => r.start >= cue.end).map((r) => r.key),
  ];
  // "Foreign Secretary David Cameron … ¶ The foreign secretary welcomed …": a person the text wrote with the same title
  // holds it, whatever office the gazetteer knows for them.
  const written = writtenHolder(article, subject, cue, [...new Set(order)], context.people);
  if (written) return written;
  for (const key of new Set(order)) {
    const entity = entities.get(key);
    if (entity && fitsTitle(subject, entity)) return key;
  }
  // "X met the envoy. Speaking at the event, the Minister said …": with no one known to hold the office, a generic one
  // ("Minister", not "Speaker of Parliament") stands for the last speaker if his office and country are unknown.
  const last = context.lastSpeaker ? entities.get(context.lastSpeaker) : undefined;
  const generic = !subject.role || !subject.role.includes(" ");
  return last && generic && !last.role && !last.country && subject.countries.length === 0 ? last.key : null;
}

/**
 * The first of the candidates written earlier with a title whose words contain the subject's or are contained in them
 * ("the foreign secretary" for "Foreign Secretary David Cameron", "المتحدث باسم وزارة الخارجية" for "المتحدث الرسمي باسم
 * وزارة الخارجية"), country words left out; the person's country must be one the subject names, if it names any.
 */
function writtenHolder(article: ArticleText, subject: SubjectTitle, cue: Cue, order: string[], people: QuotePeople): string | null {
  if (subject.first === undefined || subject.after === undefined) return null;
  // "السفير الفرنسي": a title whose only word is also an honorific keeps that word.
  const keepTitles = titleWords(article, cue.lang, people, subject.first, subject.after).length === 0;
  const words = titleWords(article, cue.lang, people, subject.first, subject.after, keepTitles);
  if (words.length === 0) return null;
  const within = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  // "السفير الفرنسي بموريتانيا السيد جويل ماير … قال السفير الفرنسي": with no country known for the person, the
  // country written in the earlier title itself must be the subject's.
  const countryWritten = (r: { first: number; after: number }) => people.countries.some((c) => c.first >= r.first && c.after <= r.after && subject.countries.includes(c.code));
  for (const key of order) {
    const entity = people.entities.get(key);
    if (!entity || (subject.countries.length > 0 && entity.country && !subject.countries.includes(entity.country))) continue;
    const titled = people.refs.some((ref) => {
      if (ref.key !== key || ref.end > cue.start) return false;
      // A name with title words written right before it that were not taken into a reference of their own.
      const r = ref.kind === "title" ? ref : ref.kind === "name" ? titleBeforeName(article, cue.lang, people, ref) : null;
      if (!r || (r.first < subject.after! && r.after > subject.first!)) return false;
      if (subject.countries.length > 0 && !entity.country && !countryWritten(r)) return false;
      const own = titleWords(article, cue.lang, people, r.first, r.after, keepTitles);
      return own.length > 0 && (within(words, own) || within(own, words));
    });
    if (titled) return key;
  }
  return null;
}

/**
 * The title words written right before a name, with their honorifics and countries ("سعادة السفير الفرنسي بموريتانيا
 * السيد جويل ماير"), as a token range ending at the name; null when a word of another kind stands right before it.
 */
function titleBeforeName(article: ArticleText, lang: Language, people: QuotePeople, ref: PersonRef): { first: number; after: number } | null {
  const { tokens } = article;
  const lex = lexicon(lang);
  const inCountry = (k: number) => people.countries.some((c) => c.first <= k && k < c.after);
  let first = ref.first;
  while (first > 0 && ref.first - first < TITLE_CHAIN && !/[.,،;:!?؟«»“”"()]/.test(article.folded.text.slice(tokens[first - 1].end, tokens[first].start))) {
    const word = tokens[first - 1].text;
    if (!TITLE_WORDS.has(word) && !lex.subjectHonorifics.has(word) && !lex.definiteArticles.has(word) && !inCountry(first - 1)) break;
    first--;
  }
  return first < ref.first ? { first, after: ref.first } : null;
}

/** The words of a title between two tokens, without articles, honorifics (but title words, with keepTitles) and the words of countries. */
function titleWords(article: ArticleText, lang: Language, people: QuotePeople, first: number, after: number, keepTitles = false): string[] {
  const lex = lexicon(lang);
  const out: string[] = [];
  for (let k = first; k < after; k++) {
    const word = article.tokens[k].text;
    if (lex.definiteArticles.has(word) || (lex.subjectHonorifics.has(word) && !(keepTitles && TITLE_WORDS.has(word))) || people.countries.some((c) => c.first <= k && k < c.after)) continue;
    out.push(word);
  }
  return out;
}

/** Whether a person's country and office fit a subject title ("Minister" fits "Minister of Foreign Affairs", not "Prime Minister"). */
function fitsTitle(subject: SubjectTitle, entity: PersonEntity): boolean {
  if (subject.countries.length > 0 && (!entity.country || !subject.countries.includes(entity.country))) return false;
  if (!subject.role) return true;
  if (!entity.role) return subject.countries.length > 0;
  // "the Iranian envoy" for the Iranian ambassador: an office the subject's title may also stand for.
  const also = lexicon("en").roleAlso.get(subject.role);
  return [subject.role, ...(also ? [also] : [])].some((role) => entity.role === role || entity.role!.startsWith(`${role} `));
}

/** Words before a person that still leave them the subject opening a sentence ("2. Foreign Minister Lavrov thanked"). */
const OPENING_WORDS = 4;

/** The person opening sentence k as its subject (within its first words, not after a preposition), or null. */
function openingSubject(article: ArticleText, refs: PersonRef[], k: number): string | null {
  const s = article.sentences[k];
  if (!s) return null;
  const first = refs.find((r) => r.first >= s.first && r.first < s.after);
  if (!first || first.first - s.first > OPENING_WORDS || afterPreposition(article.tokens, "en", first.first)) return null;
  // Not after a comma or a quotation mark: "In talks with Kerry, Lavrov …", "“We told Kerry …”" open with something else.
  return /[,;:“"«]/.test(article.folded.text.slice(s.fStart, first.start)) ? null : first.key;
}

/** Whether an English plural noun ("ministers", "the two sides") heads the subject right before the verb at token i. */
function pluralHeadBefore(article: ArticleText, i: number): boolean {
  const lex = lexicon("en");
  let k = i - 1;
  while (k >= 0 && lex.adverbials.has(article.tokens[k].text)) k--;
  return k >= 0 && lex.pluralHeads.has(article.tokens[k].text) && !/[,.;:!?]/.test(article.folded.text.slice(article.tokens[k].end, article.tokens[i].start));
}

/** Whether an English person reference opens its clause: only its title words and "the" stand between it and the sentence's start or a comma. */
function opensClause(article: ArticleText, refs: PersonRef[], r: PersonRef): boolean {
  const { tokens } = article;
  let k = titleChainStart(article, "en", chainStart(refs, r.first));
  if (k > 0 && lexicon("en").definiteArticles.has(tokens[k - 1].text)) k--;
  const sentence = article.sentences[article.sentenceOfToken[k]];
  return k === sentence?.first || (k > 0 && /[,;]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start)));
}

/** Whether an Arabic person reference has the preposition ل written onto it ("لنظيره", "للوزير"): a listener. */
function listener(article: ArticleText, r: PersonRef): boolean {
  return article.clitics && /ل/.test(article.folded.text.slice(article.tokens[r.first].start, r.start));
}

/** Token index where the titles and honorifics written before token k start ("مع معالي الدكتور جون كيري" → معالي). */
function titleChainStart(article: ArticleText, lang: Language, k: number): number {
  const lex = lexicon(lang);
  let j = k;
  while (j > 0 && k - j < TITLE_CHAIN && (TITLE_WORDS.has(article.tokens[j - 1].text) || lex.subjectHonorifics.has(article.tokens[j - 1].text))) j--;
  return j;
}

/** Whether a bare role noun is the subject of a cue: before an English verb, after an Arabic one ("وأضافت المتحدثة:"). */
function hasRoleSubject(article: ArticleText, cue: Cue): boolean {
  if (cue.lang === "en") return roleSubjectBefore(article, cue.lang, cue.first) !== null;
  if (cue.lang !== "ar" || !cue.subjectAfter || cue.after >= article.tokens.length) return false;
  const m = lexicon(cue.lang).roleSubjects.matchAt(article.tokens, article.folded.text, cue.after, { clitics: article.clitics });
  // Bare: the content (or its complementizer) follows at once; "المتحدث الرسمي باسم الرئاسة" is someone else, unnamed.
  return m !== null && m.start < cue.contentStart && tokenIndexAt(article.tokens, cue.contentStart) - m.after <= 1;
}

/** Whether the English subject right before token i is two people joined by "and" ("Putin and US President Obama said"). */
function coordinatedSubject(article: ArticleText, refs: PersonRef[], i: number): boolean {
  if (!refs.some((r) => r.after === i)) return false;
  return jointBefore(article, refs, chainStart(refs, i));
}

/** Words (adjectives, titles) that may stand between "and" and the second of two people joined ("X and conservative Y"). */
const JOINT_GAP = 2;

/** Whether the person starting at token k is the second of two joined by "and" ("Putin and Obama", "X and conservative Y"). */
function jointBefore(article: ArticleText, refs: PersonRef[], k: number): boolean {
  const { tokens } = article;
  for (let j = k - 1; j >= 1 && j >= k - 1 - JOINT_GAP; j--) {
    if (/[,;.:]/.test(article.folded.text.slice(tokens[j].end, tokens[j + 1].start))) return false;
    if (tokens[j].text === "and") return refs.some((r) => r.after === j) || surnameAt(article, refs, j - 1) !== null;
  }
  return false;
}

/** Whether a person reference is joined by و to another one right next to it (before or after), in Persian or Arabic. */
function joinedByWa(article: ArticleText, refs: PersonRef[], ref: PersonRef): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const joins = (a: PersonRef, b: PersonRef) => {
    if (b.first === a.after + 1) return COORDINATORS.has(tokens[a.after].text);
    // Arabic writes و onto the next name: "لافروف وكيري".
    return b.first === a.after && b.start > tokens[b.first].start && text[tokens[b.first].start] === "و";
  };
  return refs.some((r) => r.key !== ref.key && (joins(ref, r) || joins(r, ref)));
}

/** Whether a second person joined by "and" follows token k ("Kerry and Lavrov held …"). */
function jointAfter(article: ArticleText, refs: PersonRef[], k: number): boolean {
  const { tokens } = article;
  if (tokens[k]?.text !== "and") return false;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + JOINT_GAP; j++) if (refs.some((r) => r.first === j) || surnameAt(article, refs, j) !== null) return true;
  return false;
}


/**
 * Who a participle (مؤكدا أن، مشددا على، adding that) continues: the speaker of a quote earlier in its sentence,
 * else the first person of its sentence not governed by a clitic preposition ("حيث استعرض الرئيس …، مشدداً على").
 */
function participleSubject(article: ArticleText, cue: Cue, refs: PersonRef[], outside: (r: PersonRef) => boolean, inSentence: string | null): string | null | undefined {
  const { tokens } = article;
  // The clause the participle hangs on opens at the last "حيث"/"where" before it, else with the sentence.
  let from = cue.sentence.fStart;
  let opened = false;
  for (let k = cue.sentence.first; k < cue.first; k++) if (lexicon(cue.lang).clauseOpeners.has(tokens[k].text)) { from = tokens[k].start; opened = true; }
  const subject = refs.find((r) => r.start >= from && r.end <= cue.start && outside(r) && r.start === tokens[r.first].start && !afterPreposition(tokens, cue.lang, r.first));
  // "…، ومن جانبها ثمنت رئيسة المجر …، داعية إلى": a clause opened after the earlier quote has its own subject.
  if (opened && subject) return subject.key;
  if (inSentence) return inSentence;
  // A clause of its own with no person in it ("حيث استعرض الرئيس" with the title unresolved) has a subject we cannot name.
  return subject?.key ?? (opened ? null : undefined);
}

/** Fewest title words a subject must repeat from an earlier mention to stand for its person. */
const TITLE_MIN = 2;

/**
 * "ناصر کنعانی سخنگوی وزارت امور خارجه … سخنگوی وزارت امور خارجه در ادامه افزود": a subject that repeats in full
 * the title set after a person named earlier in the article is that person (the most recent one on a tie).
 */
function titleCoreference(article: ArticleText, refs: PersonRef[], regionStart: number, verbFirst: number): string | null {
  const { tokens } = article;
  const text = article.folded.text;
  const s = tokenIndexAt(tokens, regionStart);
  if (s >= verbFirst || !TITLE_WORDS.has(tokens[s].text)) return null;
  const fa = lexicon("fa");
  const endsAt = (k: number, limit: number) => k >= limit || fa.afterTitle.has(tokens[k].text) || /[،,.:؛()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  // The earlier title may also end right at its verb: "ناصر کنعانی سخنگوی دولت گفت".
  const earlierEndsAt = (k: number) => endsAt(k, tokens.length) || fa.finiteVerbEnds.has(tokens[k].text) || fa.verbs.matchAt(tokens, text, k, { clitics: article.clitics }) !== null;
  let best: { key: string; len: number } | null = null;
  for (const r of refs) {
    if (r.end > regionStart || r.after >= tokens.length) continue;
    let len = 0;
    while (s + len < verbFirst && r.after + len < tokens.length && tokens[r.after + len].text === tokens[s + len].text && !fa.afterTitle.has(tokens[s + len].text) && (len === 0 || !/[،,.:؛()«»]/.test(text.slice(tokens[r.after + len - 1].end, tokens[r.after + len].start)))) len++;
    if (len < TITLE_MIN || !endsAt(s + len, verbFirst) || !earlierEndsAt(r.after + len)) continue;
    // "لاوروف، وزیر خارجه روسیه،": the title may be set off by a comma (apposition), not by other marks.
    if (/[.:؛()«»]/.test(text.slice(r.end, tokens[r.after].start))) continue;
    if (!best || len >= best.len) best = { key: r.key, len };
  }
  return best?.key ?? null;
}

/** The first person after a verb reached through title and honorific words only ("أكد نائب رئيس الوزراء ووزير الخارجية … أيمن الصفدي"). */
function titledSubject(article: ArticleText, cue: Cue, people: QuotePeople, contentStart: number): PersonRef | undefined {
  const { tokens } = article;
  const ref = people.refs.find((r) => r.first > cue.after && r.end <= contentStart);
  if (!ref || ref.first - cue.after > TITLE_CHAIN) return undefined;
  // Country words belong to the chain too: "said US Secretary of State John Kerry".
  const inCountry = (k: number) => people.countries.some((c) => c.first <= k && k < c.after);
  for (let k = cue.after; k < ref.first; k++) {
    const word = tokens[k].text;
    const lex = lexicon(cue.lang);
    // "وزير الخارجية وشؤون المغتربين", "وزير الخارجية والتعاون الدولي": a portfolio of two words joined by و to a title word.
    if (cue.lang === "ar" && k > cue.after && word.startsWith("و") && word.length > 2 && !TITLE_WORDS.has(word.slice(1)) && TITLE_WORDS.has(tokens[k - 1].text) && k + 1 < ref.first) {
      k++;
      continue;
    }
    if (!TITLE_WORDS.has(word) && !(word.startsWith("و") && TITLE_WORDS.has(word.slice(1))) && !inCountry(k) && !lex.definiteArticles.has(word) && !lex.subjectHonorifics.has(word)) return undefined;
  }
  return ref;
}

/**
 * The subject of the closest earlier sentence that names someone: who a first pronoun refers to. A person after a
 * preposition (با لاوروف) or only inside the words quoted (after a colon, within «») is not that subject.
 */
export function previousSubject(article: ArticleText, lang: Language, sentence: Sentence, refs: PersonRef[]): string | null {
  const text = article.folded.text;
  for (let k = sentence.index - 1; k >= 0; k--) {
    const s = article.sentences[k];
    const quoted = quotationSpans(text, article.tokens, s.fStart, s.fEnd);
    const colon = text.slice(s.fStart, s.fEnd).indexOf(":");
    const contentFrom = colon < 0 ? s.fEnd : s.fStart + colon;
    const first = refs.find((r) => r.start >= s.fStart && r.end <= s.fEnd && r.start < contentFrom && !afterPreposition(article.tokens, lang, r.first) && !quoted.some(([open, close]) => open < r.start && r.end <= close));
    if (first) return first.key;
  }
  return null;
}

/** Separators after a byline or dateline at the start of a sentence ("خبرگزاری X؛ نام نویسنده - کرملین …"). */
const LEAD_SEPARATOR = /[؛|–—]|\s-\s/;

/** Most words a byline or a lead-in ("به گزارش …،", "پایگاه X نوشت،") may take before the subject. */
const LEAD_WORDS = 10;

/**
 * Whether a Persian subject is an institution (کاخ سفید، کرملین، دولت، وزارت خارجه): its first word, after a lead-in
 * ("به گزارش X،") or byline, is an institution or outlet word and comes before any person named as the subject.
 */
function institutionSubject(article: ArticleText, regionStart: number, cue: Cue, firstRef: PersonRef | undefined): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  let s = tokenIndexAt(tokens, regionStart);
  const limit = Math.min(cue.first, s + LEAD_WORDS);
  for (let k = s + 1; k < limit; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    // A lead-in ending in a comma: "به گزارش X،", or an outlet's own attribution "روزنامه الاهرام نوشت،".
    const leadIn = /[،,]/.test(gap) && (startsWithLeadIn(text.slice(tokens[s].start, tokens[k].start)) || lexicon("fa").verbs.findIn(tokens, text, s, k, { clitics: article.clitics }).length > 0);
    if (LEAD_SEPARATOR.test(gap) || leadIn) s = k;
  }
  if (s < tokens.length && COORDINATORS.has(tokens[s].text)) s++;
  if (s >= cue.first || (firstRef && firstRef.first <= s)) return false;
  return lexicon("fa").institutions.has(tokens[s].text) || lexicon("fa").agencies.has(tokens[s].text);
}

/** Whether a clause's text opens with a lead-in of data/clauses.json ("به گزارش", "به نقل"). */
function startsWithLeadIn(clause: string): boolean {
  return lexicon("fa").leadIns.some((words) => clause.startsWith(words));
}

/** Whether token k is a side noun written with its country ("طرف برزیلی", "الجانب الروسي"; English "Brazilian side"), not after a preposition. */
function sideAt(article: ArticleText, lang: Language, people: QuotePeople, k: number): boolean {
  const { tokens } = article;
  if (!tokens[k] || !lexicon(lang).sideNouns.has(tokens[k].text) || afterPreposition(tokens, lang, k)) return false;
  return lang === "en" ? people.countries.some((c) => c.after === k) : people.countries.some((c) => c.first === k + 1);
}

/** Start of the first side noun with its country standing as a subject between two offsets, or null. */
function sideSubjectAt(article: ArticleText, lang: Language, people: QuotePeople, from: number, to: number): number | null {
  const { tokens } = article;
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) if (sideAt(article, lang, people, k)) return tokens[k].start;
  return null;
}

/** Start of the first plural-subject phrase between two offsets, or null. */
function pluralSubjectAt(article: ArticleText, lang: Language, from: number, to: number): number | null {
  const { tokens } = article;
  const m = lexicon(lang).pluralSubjects.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).find((p) => p.end <= to);
  return m ? m.start : null;
}

/**
 * Whether an outlet or document word (خبرگزاری، بیانیه) stands as the subject before the verb. Not one asked a
 * question in an opening phrase ("در پاسخ به سوال خبرنگار یک رسانه غربی") nor one inside a framing or participle
 * and its clause ("با بیان اینکه …،": Persian بیان is not Arabic بيان "statement").
 */
function hasAgencySubject(article: ArticleText, lang: Language, from: number, to: number, inOpening: (k: number) => boolean): boolean {
  const { tokens } = article;
  const lex = lexicon(lang);
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) {
    const framed = lang === "fa" ? (lex.framings.matchAt(tokens, text, k, options) ?? lex.participles.matchAt(tokens, text, k, options)) : null;
    if (framed) {
      // Skip the framing and its clause, up to the next comma before the verb.
      k = framed.after - 1;
      while (k + 1 < tokens.length && tokens[k + 1].end <= to && !/[،,]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++;
      continue;
    }
    if (lex.agencies.has(tokens[k].text) && !inOpening(k)) return true;
  }
  return false;
}

/**
 * The opening prepositional phrase of a Persian clause, from its first word to the first comma (or the verb):
 * "در پاسخ به سوالی در ارتباط با آزادی «X» …، گفت". Null when the clause opens otherwise.
 */
function openingPhrase(article: ArticleText, regionStart: number, verb: number): { first: number; after: number } | null {
  const { tokens } = article;
  const text = article.folded.text;
  let first = tokenIndexAt(tokens, regionStart);
  if (tokens[first] && COORDINATORS.has(tokens[first].text)) first++;
  const opens = lexicon("fa").openingPhrases.some((words) => words.every((w, j) => tokens[first + j]?.text === w));
  if (!opens) return null;
  let after = first + 1;
  while (after < verb && !/[،,:]/.test(text.slice(tokens[after - 1].end, tokens[after].start))) after++;
  return { first, after };
}
