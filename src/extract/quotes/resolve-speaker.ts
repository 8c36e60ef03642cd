/**
 * Who speaks: the person a cue names itself, the subject before the verb (Persian, English) or
 * after it (Arabic), through titles, apposition and a title repeated from an earlier mention; a
 * pronoun or an implied subject continues the last speaker. Outlets, institutions and plural
 * subjects ("both sides") speak for nobody in particular. resolveSpeaker holds the rules in the order
 * they are tried; the shapes of subject they test are in the modules it imports.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import type { PersonRef } from "../persons/index.ts";
import type { Language } from "../types.ts";
import { clauseStartToken, openingPhrase, reportedClauseStart } from "./clause-start.ts";
import type { Cue, SpeakerContext } from "./cue.ts";
import { isPersianPastPlural, isPersianPlural, lexicon, TITLE_WORDS } from "./cue-lexicon.ts";
import { afterPreposition, chainStart, findPronoun, listener, opensClause, roleSubject, subjectBeforeClause, surnameAt, titleChainStart } from "./cue-subject.ts";
import { impliedSubject, openingSubject, opensPastConnectives, openingTitleVerb, participleSubject, quotedPerson, statementMaker } from "./implied-subject.ts";
import { quotationSpans } from "./marks.ts";
import { hasAgencySubject, institutionSubject, outletSubject } from "./outlet-subject.ts";
import { coordinatedSubject, inList, joinedByWa, jointAfter, jointBefore, pluralHeadBefore, pluralSubjectAt, sideAt, sideSubjectAt } from "./plural-subject.ts";
import { indefiniteLeadHolder, subjectTitle, titleAfterVerb, titleCoreference, titledSubject, titleHolder } from "./title-subject.ts";

/**
 * The rule that decided who speaks, named after the shape of subject it tests. It travels with each quote so that
 * `npm run eval -- --rules` can measure every rule on its own (how often it is right), the way to learn which rules
 * carry over to new articles and which do not.
 */
export type SpeakerRule =
  | "cue-names-speaker" | "cue-pronoun" | "cue-role-noun"
  | "goes-on-in-sentence" | "relative-pronoun" | "statement-maker" | "passed-on"
  | "participle-subject" | "participle-goes-on"
  | "honorific-pronoun" | "same-subject" | "subject-after-verb" | "title-after-verb" | "surname-after-verb"
  | "own-clause" | "title-coreference" | "title-subject" | "role-noun" | "apposition" | "adjacent-name"
  | "pronoun" | "subject-before-verb" | "surname" | "last-speaker" | "after-opener"
  | "joint-subject" | "plural-subject" | "one-side" | "outlet-subject" | "institution-subject"
  | "indefinite-subject" | "unknown-title" | "unknown-subject";

/** Who speaks for a cue (null: nobody in particular, or someone the text does not name) and the rule that said so. */
export interface SpeakerChoice {
  speaker: string | null;
  rule: SpeakerRule;
}

const chose = (speaker: string | null, rule: SpeakerRule): SpeakerChoice => ({ speaker, rule });

/**
 * The speaker of a cue: a person named or titled as its subject, a pronoun or an implied subject
 * (the last speaker). Subjects that are outlets ("روزنامه الاهرام نوشت") give no speaker.
 */
export function resolveSpeaker(article: ArticleText, cue: Cue, content: { start: number; end: number }, context: SpeakerContext): SpeakerChoice {
  const { tokens } = article;
  const { lastSpeaker, previousInLine, previousInSentence } = context;
  const { refs } = context.people;
  const lex = lexicon(cue.lang);
  const outside = (r: PersonRef) => r.end <= content.start || r.start >= content.end;
  // "دفتر مطبوعاتی وزارت خارجه می گوید: متقی … تاکید کرده است …": a Persian subject after a colon opens a clause reported
  // by the words before it; the one who speaks there is named after the colon.
  const regionStart = cue.lang === "fa" && !cue.subjectAfter && content.start >= cue.end ? reportedClauseStart(article, cue, context.people.refs) : cue.sentence.fStart;
  if (cue.speaker) return chose(cue.speaker, "cue-names-speaker");
  // "According to him, …": the last speaker.
  if (cue.pronounSpeaker) return chose(lastSpeaker, "cue-pronoun");
  // "According to the minister, …": the person holding that office, else the last speaker.
  if (cue.roleSpeaker) {
    return chose(roleNounHolder(article, cue, context, cue.roleSpeaker, true) ?? lastSpeaker, "cue-role-noun");
  }
  // "… met Y, who he said remained committed to …": a pronoun saying inside a relative clause is the sentence's
  // speaker's (or its subject's) word about the person before "who", never that person's own.
  if (relativeSaying(article, cue)) return chose(context.sentenceCue?.speaker ?? openingSubject(article, refs, cue.sentence.index, cue.lang) ?? lastSpeaker, "relative-pronoun");
  // "وأكد X …، وقال إن …", "Delegates praised X and called for Y": a verb with no subject of its own goes on with the previous cue of its sentence.
  // A Persian one only outside a clause reported after a colon ("دفتر … می‌گوید: متقی … داده و تاکید کرده است"), whose verbs
  // share that clause's subject, and only after a statement of a named person.
  const persianOuter = cue.lang !== "fa" || (regionStart === cue.sentence.fStart && context.sentenceCue?.speaker != null);
  if (context.sentenceCue && persianOuter && impliedSubject(article, cue, content)) return chose(context.sentenceCue.speaker, "goes-on-in-sentence");
  // "استقبل لافروف السفير علي رضائي، الذي أكد أن": an Arabic verb right after a relative pronoun is the person's named before it.
  const relative = cue.lang === "ar" && cue.first > cue.sentence.first && lex.relatives.has(tokens[cue.first - 1].text) ? refs.find((r) => r.after === cue.first - 1) : undefined;
  if (relative) return chose(relative.key, "relative-pronoun");
  // "وفي تصريح للسفير المصري بعيد اللقاء أكد أن": a verb with no subject of its own speaks for who made the statement.
  const statement = cue.lang === "ar" && !context.sentenceCue && impliedSubject(article, cue, content) ? statementMaker(article, cue, context) : null;
  if (statement) return chose(statement, "statement-maker");
  // "كما أكد أن …", "وفي هذا السياق، أوضح أن …", "وخلال لقائه السفير X، أكد أن …": with no subject after the verb, the
  // words opening the sentence are connectives or a fronted phrase, and the last speaker goes on.
  const nothingAfter = cue.lang === "ar" && cue.subjectAfter && (impliedSubject(article, cue, content) || (tokens[cue.after]?.start ?? Infinity) >= content.start);
  const pastOpener = lastSpeaker && nothingAfter ? opensPastConnectives(article, cue, context.people, lastSpeaker) : false;
  if (pastOpener) return chose(lastSpeaker, "after-opener");
  // "ایرنا به نقل از ظریف نوشت: …": the person whose words the subject passes on speaks.
  const quoted = quotedPerson(article, cue, refs, content);
  if (quoted) return chose(quoted, "passed-on");
  // "Putin and Obama said …": two people joined as the subject of an English verb are nobody in particular.
  if (cue.lang === "en" && cue.type === "verb" && coordinatedSubject(article, refs, cue.first)) return chose(null, "joint-subject");
  if (cue.type === "participle") {
    const subject = participleSubject(article, cue, refs, outside, previousInSentence ? previousInLine : null);
    // "Kerry and Lavrov met in Vienna, adding …": a participle of two people joined is nobody's in particular.
    if (subject && cue.lang === "en" && !previousInSentence) {
      const ref = refs.find((r) => r.key === subject && r.start >= cue.sentence.fStart && r.end <= cue.start);
      if (ref && (jointBefore(article, refs, ref.first) || jointAfter(article, refs, ref.after) || inList(article, refs, ref))) return chose(null, "joint-subject");
    }
    if (subject !== undefined) return chose(subject, "participle-subject");
    // "نفى مصدر حكومي …، مؤكدا أن …": a participle on a clause whose subject is a source or an outlet speaks for nobody named.
    if (cue.lang === "ar" && !previousInSentence && outletOpensClause(article, cue, refs)) return chose(null, "outlet-subject");
    return chose(cue.lang === "en" && findPronoun(tokens, cue.lang, regionStart, cue.start) === null ? null : previousInLine ?? lastSpeaker, "participle-goes-on");
  }
  // English puts its subject after the verb only after the words it attributes ("“…,” said Lavrov"): "told Kerry" is a listener.
  if (cue.subjectAfter && (cue.lang !== "en" || content.end <= cue.start)) {
    // "«…»، قال لافروف": with the quotation before the verb, the subject after it ends the sentence's clause.
    const limit = content.end <= cue.start ? cue.sentence.fEnd : content.start;
    // "وأكد سيادته أن …": an honorific pronoun after the verb stands for the person last named, as an implied subject does.
    if (cue.lang === "ar" && tokens[cue.after] && lex.honorificPronouns.has(tokens[cue.after].text)) return chose(honorificHolder(article, refs, cue, content, context) ?? lastSpeaker, "honorific-pronoun");
    // "وأضاف المتحدث نفسه أن …", "وأوضح المسؤول الحكومي ذاته أن …": a subject closed by "the same" is the last speaker.
    if (cue.lang === "ar" && lastSpeaker && sameSubjectAt(article, cue.after, limit)) return chose(lastSpeaker, "same-subject");
    // "وقال الوزير حسين إن": a bare role noun with a surname alone after it is the person of that surname.
    const titledSurname = cue.lang === "ar" && tokens[cue.after] ? roleNounSurname(article, refs, cue.after, limit) : null;
    if (titledSurname) return chose(titledSurname, "surname-after-verb");
    // "أكد لنظيره الأمريكي أن": a person with ل written onto it is the listener, not the subject.
    const after = refs.find((r) => r.first >= cue.after && r.first <= cue.after + 1 && r.end <= limit && !listener(article, r)) ?? titledSubject(article, cue, context.people, limit);
    // "قال شكري وبوريطة": a person with و written onto it after the verb's first word is the second of two.
    const second = after && after.first === cue.after + 1 && cue.lang === "ar" && after.start > tokens[after.first].start && article.folded.text[tokens[after.first].start] === "و";
    if (after && (second || joinedByWa(article, refs, after))) return chose(null, "joint-subject");
    // "… وتابع: «…». وأكد الوزير أن …": a bare role noun that the persons module gave to whoever was named last with that
    // office (the guest minister) stands for the last speaker when he holds it.
    // "وقال السفير علي الصادق الناطق …": a role noun written before the speaker's own name is that name's title.
    const namedAfter = after && cue.lang === "ar" && after.kind === "title" ? refs.find((r) => r.first === after.after && r.kind === "name") : undefined;
    if (namedAfter) return chose(namedAfter.key, "subject-after-verb");
    const bareRole = after && cue.lang === "ar" && after.kind === "title" && lex.roleSubjects.matchAt(tokens, article.folded.text, after.first, { clitics: article.clitics })?.after === after.after;
    const roleHolder = bareRole && lastSpeaker && lastSpeaker !== after.key ? roleNounHolder(article, cue, context, after, false) : null;
    if (roleHolder) return chose(roleHolder, "role-noun");
    if (after) return chose(after.key, "subject-after-verb");
    // "“…,” said the Russian foreign minister", "…, added the spokesman": a title set after the verb stands for its holder.
    const inverted = cue.lang === "en" ? titleAfterVerb(article, cue, context.people, limit) : null;
    if (inverted) return chose(titleHolder(article, inverted, cue, context), "title-after-verb");
    // "وأكد حداد، …": a surname standing alone right after an Arabic verb.
    const surname = cue.lang === "ar" && tokens[cue.after] && tokens[cue.after].start < limit ? surnameAt(article, refs, cue.after) : null;
    if (surname) return chose(surname, "surname-after-verb");
    // "وأوضحت الوزارة أن", "وأضاف البيان أن": an outlet or office stands where the Arabic subject goes.
    if (cue.lang === "ar" && tokens[cue.after] && tokens[cue.after].start < limit && (lex.agencies.has(tokens[cue.after].text) || lex.institutions.has(tokens[cue.after].text))) return chose(null, "outlet-subject");
  }
  // "لاوروف … سفر کرد و ظریف نیز X را اعلام کرد": a person opening the statement's own clause is its subject.
  const ownClause = cue.clauseStart !== undefined && cue.clauseStart > regionStart ? refs.find((r) => r.start >= cue.clauseStart! && r.end <= Math.min(content.start, cue.start) && !afterPreposition(tokens, cue.lang, r.first)) : undefined;
  if (ownClause) return chose(ownClause.key, "own-clause");
  // "X با Y دیدار کرد و دو طرف بر … تاکید کردند": a plural subject opening the statement's own clause is nobody in particular.
  const ownPlural = cue.clauseStart !== undefined && cue.clauseStart > regionStart ? pluralSubjectAt(article, cue.lang, cue.clauseStart, Math.min(content.start, cue.start)) : null;
  if (ownPlural !== null && ownPlural === cue.clauseStart) return chose(null, "plural-subject");
  // "سخنگوی وزارت امور خارجه در ادامه افزود": the title set after a person named earlier stands for that person. The
  // words of that title written again decide even where the persons module has read them as someone's title ("رئیس
  // پارلمان X" after "A، رئیس مجلس …، با B، رئیس پارلمان X،" is B, whatever office the bare title fits).
  const byTitle = cue.lang === "fa" && !cue.subjectAfter && refs.every((r) => r.start < regionStart || r.end > cue.start || r.kind === "title") ? titleCoreference(article, refs, regionStart, cue.first) : null;
  if (byTitle) return chose(byTitle, "title-coreference");
  // "یک مقام آگاه گفت": a Persian clause whose subject opens with an indefinite word speaks for nobody named; so does a
  // statement whose words stand between that subject and its verb ("یک دیپلمات غربی این نشست را «…» خواند").
  const indefiniteAt = cue.lang === "fa" && !cue.subjectAfter ? clauseStartToken(article, cue) : -1;
  const indefinite = indefiniteAt >= 0 ? tokens[indefiniteAt] : undefined;
  if (indefinite && (content.start > cue.start || cue.type === "nominal") && lex.indefiniteSubjects.has(indefinite.text)) {
    return chose(indefiniteLeadHolder(article, cue, context, indefiniteAt), "indefinite-subject");
  }
  // "The Kenyan minister reiterated", "وقال سمو الوزير", "رئیس پارلمان … گفت": a title or role noun standing as
  // the subject, with no name of its own, is the person named with that office (and country) nearest to it.
  // "The ambassador thanked the Senate … and called for …": a verb coordinated after one that is no cue has the title opening the sentence.
  const opener = cue.lang === "en" && !context.sentenceCue && impliedSubject(article, cue, content) ? openingTitleVerb(article, cue) : null;
  const titled = subjectTitle(article, opener ?? cue, content, context.people);
  const holder = titled && titled !== "unnamed" ? titleHolder(article, titled, cue, context) : null;
  // An English title after the words it attributes that fits nobody named is read as a bare role noun below.
  if (titled && (holder || !(cue.lang === "en" && content.end <= cue.start))) {
    if (!holder) context.unnamed = true;
    return chose(holder, "title-subject");
  }
  // "وأضافت المتحدثة": a bare role noun stands for the person last named.
  // Not when the role noun is itself a reference to someone ("The Iranian top diplomat said" resolved to the Iranian minister).
  // A role noun with an office ("the leader affirmed") stands for a holder of it, the last speaker first.
  const role = roleSubject(article, opener ?? cue);
  if (role && !refs.some((r) => r.after === (opener ?? cue).first && r.first >= cue.sentence.first && outside(r))) return chose(roleNounHolder(article, cue, context, role, false) ?? lastSpeaker, "role-noun");
  // "the foreign ministry said", "the White House said": an English subject's head stands right before its verb.
  // "Kaifu, the spokesperson for the Foreign Ministry, said": the person set off before the appositive speaks.
  const apposed = cue.lang === "en" ? subjectBeforeClause(article, refs, cue.first) : null;
  const apposedRef = apposed !== null ? refs.find((r) => r.first === apposed && outside(r)) : undefined;
  if (apposedRef) return chose(apposedRef.key, "apposition");
  if (cue.lang === "en" && tokens[cue.first - 1] && lex.agencies.has(tokens[cue.first - 1].text)) return chose(null, "outlet-subject");
  // "“…,” bin Farhan told the FT": with the quote before its attribution, the name right before the verb speaks; so does
  // the name right before an English verb ("After his call with Lavrov, Secretary of State Kerry stated that").
  const adjacent = content.end <= cue.start || cue.lang === "en" ? refs.find((r) => r.after === cue.first && outside(r)) : undefined;
  if (adjacent) return chose(adjacent.key, "adjacent-name");
  // "در ارتباط با آزادی «X» …، گفت": a person inside an opening prepositional phrase is its object, not who speaks.
  const opening = cue.lang === "fa" && !cue.subjectAfter ? openingPhrase(article, regionStart, cue.first) : null;
  const inOpening = (first: number) => opening !== null && first >= opening.first && first < opening.after;
  // Before the verb, a person after a preposition ("با همتای روس خود") is an object, not who speaks.
  const region = refs.filter((r) => r.start >= regionStart && r.end <= cue.start && outside(r) && !inOpening(r.first) && (cue.subjectAfter || !afterPreposition(tokens, cue.lang, r.first)));
  // English subjects stand before the verb even when "that" follows it: "They added that …" is nobody in particular.
  // A quotation before its attribution is not where the subject stands ("“… between the two countries …,” Zarif said").
  const subjectFrom = content.end <= cue.start ? Math.max(regionStart, content.end) : regionStart;
  const pluralBefore = cue.lang === "en" ? pluralSubjectAt(article, cue.lang, subjectFrom, cue.start) : null;
  if (pluralBefore !== null && pluralBefore > (region.at(-1)?.start ?? -1)) return chose(null, "plural-subject");
  if (cue.lang === "en" && pluralHeadBefore(article, cue.first)) return chose(null, "plural-subject");
  const pronoun = findPronoun(tokens, cue.lang, regionStart, cue.start);
  // "الرئيس الأسد خلال المحادثات مع الرئيس الإيراني إبراهيم رئيسي أكد أن": a person after a preposition is not the subject before the verb.
  // "Monzo praised the visit of Minister Mammadyarov …, and noted that …": an English subject opens its clause.
  const englishSubject = cue.lang === "en" && cue.subjectAfter ? region.filter((r) => opensClause(article, refs, r)).at(-1) : undefined;
  const lastBefore = cue.subjectAfter ? (region.filter((r) => !afterPreposition(tokens, cue.lang, titleChainStart(article, cue.lang, chainStart(article, refs, r.first)))).at(-1) ?? region.at(-1)) : undefined;
  // "دميتري بيسكوف المتحدث باسم فلاديمير بوتين قال": of people written one right after another, the first heads the subject.
  const chainHead = cue.lang === "ar" && lastBefore ? region.find((r) => r.first === chainStart(article, refs, lastBefore.first)) : undefined;
  const firstRef = englishSubject ?? (cue.subjectAfter ? (chainHead ?? lastBefore) : region[0]);
  // "کاخ سفید … اعلام کرد", "کرملین … گفت": an institution heads the subject, even with a person named later in the clause.
  if (cue.lang === "fa" && !cue.subjectAfter && institutionSubject(article, regionStart, cue, firstRef)) return chose(null, "institution-subject");
  // A plural subject (الوزيران، دو طرف, both sides) before any named one: nobody in particular speaks.
  // "وی روابط دو کشور را … دانست": a statement's object before its verb is not where its subject stands.
  const subjectTo = content.start > subjectFrom && content.start < cue.start ? content.start : cue.start;
  const plural = cue.subjectAfter ? pluralSubjectAt(article, cue.lang, cue.end, content.start) : pluralSubjectAt(article, cue.lang, subjectFrom, subjectTo);
  if (plural !== null && (cue.subjectAfter || plural < (firstRef?.start ?? Infinity))) return chose(null, "plural-subject");
  // "طرف برزیلی … اظهار داشت", "وأكد الجانب الروسي", "the Brazilian side said": one party of the talks is nobody in particular.
  const side = cue.subjectAfter ? (tokens[cue.after] && tokens[cue.after].start < content.start && sideAt(article, cue.lang, context.people, cue.after) ? tokens[cue.after].start : null) : sideSubjectAt(article, cue.lang, context.people, subjectFrom, subjectTo);
  if (side !== null && (cue.subjectAfter || side < (firstRef?.start ?? Infinity))) return chose(null, "one-side");
  // "Lavrov thanked Kerry … . He explained that …": an English pronoun stands for the subject of the sentence before,
  // unless the verb goes on with the last speaker's words ("…, he added").
  const continues = lex.continuationVerbs.has(article.folded.text.slice(cue.start, cue.end).replace(/^(?:also|further|later|then) /, ""));
  if (pronoun !== null && (!firstRef || pronoun < firstRef.start)) return chose(((cue.lang === "en" || cue.lang === "fa") && !continues ? openingSubject(article, refs, cue.sentence.index - 1, cue.lang) : null) ?? lastSpeaker, "pronoun");
  // "ظریف و لاوروف بر … تاکید کردند", "أكد لافروف وكيري": two people joined by و as the subject are nobody in particular (R-joint).
  if (firstRef && cue.lang !== "en" && joinedByWa(article, refs, firstRef)) return chose(null, "joint-subject");
  // "اسماعیل ولد الشیخ احمد نماینده ویژه و حسین امیرعبداللهیان معاون … تاکید کردند": a plural verb after two people is theirs jointly (R-joint).
  if (firstRef && cue.lang === "fa" && isPersianPastPlural(tokens[cue.after - 1]?.text ?? "") && new Set(region.filter((r) => r.start >= (cue.clauseStart ?? regionStart)).map((r) => r.key)).size > 1) return chose(null, "joint-subject");
  // "The embassy welcomed X on his arrival and said it is ready …": a verb coordinated after one whose subject is an office
  // or outlet shares that subject; the person named after the first verb is its object.
  if (firstRef && objectOfOutlet(article, cue, content, refs, firstRef, subjectFrom)) return chose(null, "outlet-subject");
  // "اوغلو نیز بر … تاکید کرد": a surname alone opening a Persian clause is the person named with it, even with someone
  // named later in the clause ("قاسمی سفر آتی ظریف را تأیید کرد و گفت که …": that one is in the object).
  const surnameStart = cue.lang === "fa" && !cue.subjectAfter ? clauseStartToken(article, cue) : null;
  const faSurname = surnameStart !== null && (!firstRef || surnameStart < firstRef.first) ? surnameAt(article, refs, surnameStart) : null;
  if (faSurname) return chose(faSurname, "surname");
  // "نفى بيسكوف تقارير عن لقاء جمع بوتين بأردوغان …، وقال إن …": a verb with no subject of its own, in a sentence opened
  // by a verb and its named subject, goes on with that subject; the people after it are in its object.
  const verbOpener = firstRef && cue.lang === "ar" && cue.subjectAfter && impliedSubject(article, cue, content) ? openingVerbSubject(article, cue, region) : undefined;
  if (verbOpener) return chose(verbOpener.key, "subject-before-verb");
  if (firstRef) return chose(firstRef.key, "subject-before-verb");
  // "رییس مچلس گرجستان … خواهان … شد": a Persian clause opened by a title we could give to nobody is someone else's, not the last speaker's.
  if (cue.lang === "fa" && !cue.subjectAfter && !pronoun && TITLE_WORDS.has(tokens[clauseStartToken(article, cue)]?.text ?? "")) {
    context.unnamed = true;
    return chose(null, "unknown-title");
  }
  if (hasAgencySubject(article, cue.lang, subjectFrom, cue.start, inOpening)) return chose(null, "outlet-subject");
  // "ایرنا ادامه داد که …", "وقالت إرنا إن …": a news outlet named as the subject.
  if (outletSubject(article, cue, subjectFrom, content)) return chose(null, "outlet-subject");
  // An implied subject (وأضاف أن، افزود:) continues the last speaker; an unknown written subject does not.
  // "ونوه بالدور …": content starting inside the word after the verb, past a preposition written onto it, leaves no subject there.
  if (cue.lang !== "en" && cue.subjectAfter && tokens[cue.after] && tokens[cue.after].end <= content.start && !lex.functionWords.has(tokens[cue.after].text)) return chose(null, "unknown-subject");
  // "Quispe told …": a surname standing alone before an English verb is the person named with it.
  const surname = cue.lang === "en" && cue.first > cue.sentence.first && !/[^\s]/.test(article.folded.text.slice(tokens[cue.first - 1].end, tokens[cue.first].start)) ? surnameAt(article, refs, cue.first - 1) : null;
  if (surname) return chose(surname, "surname");
  // English writes its subject: a verb with none we know ("a visiting envoy had praised") speaks for someone unnamed.
  if (cue.lang === "en" && cue.type === "verb" && cue.first > cue.sentence.first && !lex.predicateCoordinators.has(tokens[cue.first - 1].text)) return chose(null, "unknown-subject");
  // An Arabic verb with no subject, inside a sentence that names nobody before it ("تبادلا وجهات النظر … وحث الاحتلال
  // على …"), is a verbal noun or a clause of a subject we do not know; only one opening its sentence goes on with the last speaker.
  if (cue.lang === "ar" && cue.first > cue.sentence.first) return chose(null, "unknown-subject");
  // "به گفته دیپلمات‌ها، آلمان و فرانسه نوشته‌اند که …": a Persian plural verb with nobody named as its subject is no one person's.
  if (cue.lang === "fa" && cue.type === "verb" && isPersianPlural(tokens[cue.after - 1]?.text ?? "")) return chose(null, "plural-subject");
  return chose(lastSpeaker, "last-speaker");
}

/**
 * Whether the first person before an English verb coordinated after another is that verb's object and the clause's
 * subject an office or outlet ("The ministry received X and said …"): the person does not open the clause, an agency
 * word stands before it.
 */
function objectOfOutlet(article: ArticleText, cue: Cue, content: { start: number; end: number }, refs: PersonRef[], firstRef: PersonRef, subjectFrom: number): boolean {
  if (cue.lang !== "en" || !impliedSubject(article, cue, content) || opensClause(article, refs, firstRef)) return false;
  return hasAgencySubject(article, cue.lang, subjectFrom, firstRef.start, () => false);
}

/** Most words of a title between a sentence's opening verb and its subject's name ("نفى المتحدث باسم الكرملين دميتري بيسكوف"). */
const OPENING_TITLE_WORDS = 4;

/** The first person of the region when named right after the sentence's opening word (its verb), a short title aside, with no mark between. */
function openingVerbSubject(article: ArticleText, cue: Cue, region: PersonRef[]): PersonRef | undefined {
  const first = region[0];
  if (!first || first.first <= cue.sentence.first || first.first - cue.sentence.first - 1 > OPENING_TITLE_WORDS) return undefined;
  return /[,،:;«»"()]/.test(article.folded.text.slice(cue.sentence.fStart, first.start)) ? undefined : first;
}

/**
 * Whether the sentence of an Arabic cue opens (past a comma-closed opener such as "إلى ذلك،") with a source or an outlet
 * as its subject, before or right after its verb ("نفى مصدر …", "أصدرت الوزارة …", "مصدر مسؤول نفى …"), with nobody named before.
 */
function outletOpensClause(article: ArticleText, cue: Cue, refs: PersonRef[]): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const agencies = lexicon("ar").agencies;
  const opensAt = (k: number) => k === cue.sentence.first || /[,،]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  for (let k = cue.sentence.first; k < cue.first; k++) {
    if (refs.some((r) => r.first <= k && r.first >= cue.sentence.first)) return false;
    if (agencies.has(tokens[k].text) && (opensAt(k) || opensAt(k - 1))) return true;
  }
  return false;
}

/**
 * "الوزير حسين", "السفير كولر": the person whose name ends with the word right after a bare role noun at token k
 * (speech.json roleSubjects), when no fuller name starts there; null otherwise.
 */
function roleNounSurname(article: ArticleText, refs: PersonRef[], k: number, limit: number): string | null {
  const { tokens } = article;
  const role = lexicon("ar").roleSubjects.matchAt(tokens, article.folded.text, k, { clitics: article.clitics });
  const next = role ? tokens[role.after] : undefined;
  if (!role || !next || next.start >= limit || /[,،:]/.test(article.folded.text.slice(tokens[role.after - 1].end, next.start))) return null;
  if (refs.some((r) => r.first === role.after && r.after - r.first > 1)) return null;
  return surnameAt(article, refs, role.after);
}

/** Most words of a noun phrase before its "نفسه"/"ذاته" ("المسؤول الحكومي ذاته"). */
const SAME_PHRASE_WORDS = 3;

/**
 * Whether the Arabic subject after a verb, at token k, is a definite noun phrase closed by a word of "the same"
 * (speech.json sameSubjects) right before the reported words or their complementizer: "المتحدث نفسه أن", "المصدر ذاته:".
 */
function sameSubjectAt(article: ArticleText, k: number, limit: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("ar");
  if (!tokens[k]?.text.startsWith("ال")) return false;
  for (let j = k + 1; j < tokens.length && j <= k + SAME_PHRASE_WORDS && tokens[j].start < limit; j++) {
    if (/[.,،:؛;!?؟«»“”"]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return false;
    if (lex.sameSubjects.has(tokens[j].text)) return j + 1 >= tokens.length || tokens[j + 1].start >= limit || lex.complementizers.matchAt(tokens, text, j + 1, { clitics: article.clitics }) !== null;
    if (!tokens[j].text.startsWith("ال")) return false;
  }
  return false;
}

/** Words before a person's name that may hold the honorific an honorific pronoun takes up ("صاحب السمو الملكي الأمير X"). */
const HONORIFIC_WORDS = 4;

/**
 * "استقبل سمو الشيخ X … معالي Y … وقال سموه إن …": an honorific pronoun (سموه، معاليه، سيادته، فخامته، جلالته) stands for the
 * person last written with that honorific before the cue (سمو، السمو، معالي …), not for whoever was named last; null
 * when nobody before it has the honorific. "التقى معالي X معالي Y … وثمن معاليه ما أبداه Y": when the sentence of that
 * last holder gave the honorific to someone before, the first of them, its subject, is meant; and a person the content
 * speaks of in the third person is not the one speaking.
 */
function honorificHolder(article: ArticleText, refs: PersonRef[], cue: Cue, content: { start: number; end: number }, context: SpeakerContext): string | null {
  const { tokens } = article;
  const pronoun = tokens[cue.after].text;
  const stem = pronoun.replace(/(?:ها|ه)$/, "");
  const honorific = stem.endsWith("ت") ? stem.slice(0, -1) + "ه" : stem;
  const inContent = new Set(refs.filter((r) => r.start >= content.start && r.end <= content.end).map((r) => r.key));
  const holders: PersonRef[] = [];
  for (const r of refs) {
    if (r.first >= cue.first) break;
    if (inContent.has(r.key)) continue;
    const from = Math.max(0, titleChainStart(article, "ar", chainStart(article, refs, r.first)) - 1, r.first - HONORIFIC_WORDS - 1);
    // "عقد سمو الشيخ X ومعالي Y …": the honorific may carry a conjunction or a preposition (ومعالي، بمعالي، لفخامة).
    const written = (word: string) => word === honorific || word === "ال" + honorific;
    for (let k = from; k < r.first; k++) if (written(tokens[k].text) || (/^[وفبل]/.test(tokens[k].text) && written(tokens[k].text.slice(1)))) holders.push(r);
  }
  const last = holders.at(-1);
  // "وكان الملك عبدالله الثاني قد استقبل X …، حيث شدد جلالته على …": with nobody written with the honorific, one inside
  // a sentence stands for that sentence's subject, the first person named in it who is no preposition's object.
  if (!last) {
    const subject = cue.first > cue.sentence.first ? refs.find((r) => r.first >= cue.sentence.first && r.first < cue.first && !inContent.has(r.key) && !afterPreposition(tokens, "ar", chainStart(article, refs, r.first)))?.key : undefined;
    return subject ?? officeHolder(honorific, refs, cue, inContent, context);
  }
  const sentence = article.sentences.find((s) => s.first <= last.first && last.first < s.after);
  return (sentence ? holders.find((r) => r.first >= sentence.first) : last)?.key ?? last.key;
}

/**
 * "استقبل وزير الخارجية X السفير Y … وقال السفير إن … ¶ وأكد معاليه أن …": with nobody written with the honorific,
 * the last speaker, or else the last person named before the cue, whose office the honorific is given to
 * (speech.json honorificOffices); null when nobody named holds one, or the honorific gives no office.
 */
function officeHolder(honorific: string, refs: PersonRef[], cue: Cue, inContent: Set<string>, context: SpeakerContext): string | null {
  const offices = lexicon("ar").honorificOffices.get(honorific);
  if (!offices) return null;
  const holds = (key: string) => {
    const role = context.people.entities.get(key)?.role;
    return !!role && offices.some((office) => role === office || role.startsWith(`${office} `));
  };
  const order = [...(context.lastSpeaker ? [context.lastSpeaker] : []), ...refs.filter((r) => r.first < cue.first && !inContent.has(r.key)).reverse().map((r) => r.key)];
  return order.find(holds) ?? null;
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

/**
 * The person a role noun ("the minister", "the leader", "الوزير") stands for: a holder of the office it names
 * (speech.json roleOffices). A role noun naming no office ("the diplomat") stands for whoever holds a fitting
 * title only where `anyOffice` says so (after "according to"); elsewhere it is left to the caller.
 */
function roleNounHolder(article: ArticleText, cue: Cue, context: SpeakerContext, span: { first: number; after: number }, anyOffice: boolean): string | null {
  const lex = lexicon(cue.lang);
  const phrase = article.tokens.slice(span.first, span.after).map((t) => t.text).join(" ");
  const role = lex.roleOffices.get(phrase) ?? lex.roleOffices.get(phrase.replace(/^the /, "")) ?? null;
  if (!role && !anyOffice) return null;
  return titleHolder(article, { countries: [], role, first: span.first, after: span.after }, cue, context);
}

/** Whether an English verb stands after a relative pronoun and a personal one ("Y, who he said …", "whom she described as"). */
export function relativeSaying(article: ArticleText, cue: Cue): boolean {
  if (cue.lang !== "en" || cue.first < cue.sentence.first + 2) return false;
  const lex = lexicon("en");
  return lex.pronouns.has(article.tokens[cue.first - 1].text) && lex.relatives.has(article.tokens[cue.first - 2].text);
}
