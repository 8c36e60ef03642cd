/**
 * A title or role noun standing as a cue's subject with no name of its own ("the Russian minister said",
 * "وقال سمو الوزير", "رئیس پارلمان … گفت", "said the host"), a title repeated from an earlier mention, a person
 * reached through title words after the verb, and who holds such a title: the person written with it or the one
 * whose office and country fit.
 */
import { isCapitalizedAt, type ArticleText } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonEntity, PersonRef } from "../persons/index.ts";
import type { TitleMention } from "../titles.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import { clauseStartToken } from "./clause-start.ts";
import type { Cue, QuotePeople, SpeakerContext } from "./cue.ts";
import { lexicon, TITLE_WORDS } from "./cue-lexicon.ts";
import { asideBefore, roleSubjectBefore, subjectBeforeClause, TITLE_CHAIN } from "./cue-subject.ts";

/** A title or role noun standing as a cue's subject with no name of its own: the countries written with it and its office. */
export interface SubjectTitle {
  countries: string[];
  /** The office in English (titles.json roles), or null for a role noun that may be any ("the diplomat"). */
  role: string | null;
  /** Whether the title is an international body's ("المسؤول الأممي"): its holder serves no state. */
  stateless?: boolean;
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
export function subjectTitle(article: ArticleText, cue: Cue, content: { start: number; end: number }, people: QuotePeople): SubjectTitle | "unnamed" | null {
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
      while (j > 0 && k - j < DEFINITE_WORDS && isCapitalizedAt(article, j - 1) && !lex.definiteArticles.has(tokens[j - 1].text)) j--;
      return j > 0 && lex.definiteArticles.has(tokens[j - 1].text);
    };
    // "The Iranian minister, who arrived on Monday, said": a relative clause set off by commas may stand between title and verb.
    const setOff = (m: TitleMention) => m.after < cue.first && cue.first - m.after <= RELATIVE_WORDS && m.first >= cue.sentence.first && lex.relatives.has(tokens[m.after].text) && /^\s*,\s*$/.test(article.folded.text.slice(tokens[m.after - 1].end, tokens[m.after].start)) && /,\s*$/.test(article.folded.text.slice(tokens[cue.first - 1].end, tokens[cue.first].start)) && !/[.;:!?"“”«»]/.test(article.folded.text.slice(tokens[m.after].start, tokens[cue.first].start));
    // "The Panamanian envoy, for his part, said": a short aside may stand between title and verb.
    const aside = asideBefore(article, cue.first);
    const t = titles.find((m) => (m.after === cue.first || m.after === aside) && single(m)) ?? titles.find((m) => single(m) && setOff(m));
    // Before its words, only a definite title is taken ("Kremlin spokesman said" goes on as a bare role noun).
    const before = content.start < cue.start;
    if (t) return named(t.first, t.after) || !clear(t.first) || (before && !definite(t.first)) ? null : definite(t.first) ? { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after } : "unnamed";
    const head = roleSubjectBefore(article, "en", cue.first) === null && aside !== null ? aside : cue.first;
    const k = roleSubjectBefore(article, "en", head);
    if (k === null || !clear(k) || before) return null;
    // "the Kenyan diplomat", "the Peruvian leader": a country written right before the role noun.
    const country = people.countries.find((c) => c.after === k && c.first >= cue.sentence.first);
    if (!definite(country?.first ?? k) && !lex.definiteArticles.has(tokens[k].text)) return "unnamed";
    const phrase = lex.roleSubjects.matchAt(tokens, article.folded.text, k)?.phrase ?? "";
    return { countries: country ? [country.code] : [], role: lex.roleOffices.get(phrase) ?? null, first: k, after: head };
  }
  if (cue.lang === "ar") {
    if (!cue.subjectAfter || content.start < cue.start) return null;
    let k = cue.after;
    while (k < tokens.length && lex.subjectHonorifics.has(tokens[k].text)) k++;
    // "قال السفير الفرنسي": a title word that may also be an honorific ("السفير X") still starts the title.
    const t = titles.find((m) => m.first >= cue.after && m.first <= k && single(m));
    if (t) return tokens[t.after - 1].end > content.start || named(t.first, t.after + 1) ? null : { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after };
    // "وقال سمو الوزير بعد اللقاء:": a role noun after honorifics, with no name after it.
    const bare = lex.roleSubjects.matchAt(tokens, article.folded.text, k, { clitics: article.clitics });
    // "وأشار المسؤول الروسي إلى أن …": a noun for an official stands for someone named only with its country adjective.
    const role = bare ?? lex.countryRoleNouns.matchAt(tokens, article.folded.text, k, { clitics: article.clitics });
    if (!role || role.end > content.start || named(role.first, role.after + 1)) return null;
    // "وشدد الوزير الروسي على …": a role noun with its country adjective, the content (or its preposition) right after.
    const country = people.countries.find((c) => c.first === role.after && tokens[c.after - 1].end <= content.start);
    if (country && tokenIndexAt(tokens, content.start) - country.after <= ROLE_TO_CONTENT) return { countries: [country.code], role: lex.roleOffices.get(role.phrase) ?? null, first: role.first, after: country.after };
    // "وشدد المسؤول الأممي على أن …": a body's adjective in place of the country, for an official serving no state.
    const body = role.after < tokens.length && lex.bodyAdjectives.has(tokens[role.after].text) && tokens[role.after].end <= content.start;
    if (body && tokenIndexAt(tokens, content.start) - (role.after + 1) <= ROLE_TO_CONTENT) return { countries: [], role: lex.roleOffices.get(role.phrase) ?? null, first: role.first, after: role.after + 1, stateless: true };
    return bare && k > cue.after ? { countries: [], role: lex.roleOffices.get(role.phrase) ?? null, first: role.first, after: role.after } : null;
  }
  // Persian: the title opens the clause, after a lead-in ("به گزارش ایسنا،"), and no name follows it. The content of a
  // nominal statement comes before its verb ("X را Y خواند"), a quotation before its attribution leaves no title subject.
  // «…»، این را معاون وزیر گفت: a quotation before its attribution; the subject's clause starts after it and its anaphoric object.
  const quotedBefore = content.end <= cue.start && cue.type !== "nominal";
  if (content.start < cue.start && cue.type !== "nominal" && !quotedBefore) return null;
  const first = quotedBefore ? subjectAfterQuotation(article, cue, content.end) : clauseStartToken(article, cue);
  const t = titles.find((m) => m.first === first && m.after <= (quotedBefore ? cue.first : Math.min(cue.first, tokenIndexAt(tokens, content.start))) && single(m));
  // "معاون نخست وزیر و وزیر خارجه پاکستان … گفت": a second office joined by "و" that stands for its holder names the subject.
  const jointOffice = (m: TitleMention) => COORDINATORS.has(tokens[m.after]?.text ?? "") && refs.some((r) => r.kind === "title" && r.first === m.after + 1 && r.after <= cue.first);
  if (!t || named(t.first, t.after + 1) || jointOffice(t)) return null;
  return { countries: t.countries, role: t.entry!.role, first: t.first, after: t.after };
}

/** The token where the subject of a Persian attribution after its quotation starts: past the anaphoric object («…»، این را X گفت). */
function subjectAfterQuotation(article: ArticleText, cue: Cue, contentEnd: number): number {
  let k = cue.sentence.first;
  while (k < cue.first && article.tokens[k].start < contentEnd) k++;
  return lexicon("fa").anaphoricObjects.matchAt(article.tokens, article.folded.text, k)?.after ?? k;
}

/**
 * An English title or role noun with no name set right after its verb, the words attributed standing before it:
 * "said the Russian foreign minister", "added the Kenyan diplomat", "said the host". Null when there is none or a
 * person is named in it ("said Foreign Minister Sergey Lavrov" is that person's).
 */
export function titleAfterVerb(article: ArticleText, cue: Cue, people: QuotePeople, limit: number): SubjectTitle | null {
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

/** Fewest title words a subject must repeat from an earlier mention to stand for its person. */
const TITLE_MIN = 2;

/**
 * "ناصر کنعانی سخنگوی وزارت امور خارجه … سخنگوی وزارت امور خارجه در ادامه افزود": a subject that repeats in full
 * the title set after a person named earlier in the article is that person (the most recent one on a tie).
 */
export function titleCoreference(article: ArticleText, refs: PersonRef[], regionStart: number, verbFirst: number): string | null {
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
export function titledSubject(article: ArticleText, cue: Cue, people: QuotePeople, contentStart: number): PersonRef | undefined {
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
 * The person a subject title stands for: the last speaker if the office and country fit, else the nearest person named
 * before the cue that fits, else the first named after it ("سفیر ایران … گفت" with the ambassador named later). Null
 * when nobody fits: the words are an unnamed official's.
 */
export function titleHolder(article: ArticleText, subject: SubjectTitle, cue: Cue, context: SpeakerContext): string | null {
  const { refs, entities } = context.people;
  const order = [...new Set([
    ...(context.lastSpeaker ? [context.lastSpeaker] : []),
    ...refs.filter((r) => r.end <= cue.start).reverse().map((r) => r.key),
    ...refs.filter((r) => r.start >= cue.end).map((r) => r.key),
  ])];
  // "المسؤول الأممي": the last speaker or nearest person serving no state (of an international body), if the office fits.
  if (subject.stateless) return order.find((key) => {
    const entity = entities.get(key);
    return entity !== undefined && !entity.country && (!subject.role || fitsTitle(subject, entity));
  }) ?? null;
  // "Foreign Secretary David Cameron … ¶ The foreign secretary welcomed …": a person the text wrote with the same title
  // holds it, whatever office the gazetteer knows for them.
  const written = writtenHolder(article, subject, cue, order, context.people);
  if (written) return written;
  // "نایب رئیس پارلمان … گفت: … ¶ به گزارش …، X نایب رئیس پارلمان …": a lead's title subject is the person the body names with it.
  const namedLater = cue.lang === "fa" ? writtenHolder(article, subject, cue, order, context.people, true) : null;
  if (namedLater) return namedLater;
  const fits = (key: string) => {
    const entity = entities.get(key);
    return !!entity && fitsTitle(subject, entity);
  };
  const namedBefore = order.filter((key) => key === context.lastSpeaker || refs.some((r) => r.key === key && r.end <= cue.start));
  const heldBefore = namedBefore.find(fits);
  if (heldBefore) return heldBefore;
  // "X, the movement's spokesman, said … ¶ The spokesman went on to say …": an English definite title refers back; the last
  // speaker whose office the text never told holds it before anyone named only after the cue.
  const last = context.lastSpeaker ? entities.get(context.lastSpeaker) : undefined;
  const generic = !subject.role || !subject.role.includes(" ");
  if (cue.lang === "en" && last && generic && !last.role && !last.country && subject.countries.length === 0) return last.key;
  // A Persian lead's title with no country ("معاون وزیر امور خارجه … خواند") is the home office: the person the body
  // names next, of no known office, rather than a foreign holder of a like office named further on.
  const leadHolder = cue.lang === "fa" && subject.countries.length === 0 ? leadSubjectNamedLater(article, cue, context) : null;
  if (leadHolder) return leadHolder;
  const heldAfter = order.find((key) => !namedBefore.includes(key) && fits(key));
  if (heldAfter) return heldAfter;
  // "Ambassador Kofi Asante presented his credentials … . The Ghanaian envoy expressed hope …": a title with a country
  // nobody named is known to serve stands for a holder of its office whose country the text never told.
  if (subject.role && subject.countries.length > 0 && ![...entities.values()].some((e) => e.country && subject.countries.includes(e.country))) {
    const countryless = order.find((key) => {
      const entity = entities.get(key);
      return entity && !entity.country && entity.role && fitsTitle({ ...subject, countries: [] }, entity);
    });
    if (countryless) return countryless;
  }
  // "X met the envoy. Speaking at the event, the Minister said …": with no one known to hold the office, a generic one
  // ("Minister", not "Speaker of Parliament") stands for the last speaker if his office and country are unknown.
  if (last && generic && !last.role && !last.country && subject.countries.length === 0) return last.key;
  // "ابراهیم رضایی … گفت … ¶ نماینده مردم دشتستان در مجلس … تصریح کرد": Persian news varies the titles of a person outside
  // the gazetteer; a title no one named is known to hold stands for that last speaker, if their country does not tell otherwise.
  if (cue.lang === "fa" && last && last.gazetteer === null && (!last.country || subject.countries.length === 0 || subject.countries.includes(last.country))) return last.key;
  return cue.lang === "fa" ? leadSubjectNamedLater(article, cue, context) : null;
}

/**
 * "استاندار X از … خبر داد و گفت: … ¶ به گزارش ایرنا، Y روز چهارشنبه …": Persian news opens with a title and names the
 * person in the body. A title subject of the lead that fits no one named is the first person named after it whose office
 * the article never tells, when no one was named before it.
 */
function leadSubjectNamedLater(article: ArticleText, cue: Cue, context: SpeakerContext): string | null {
  const { refs, entities } = context.people;
  if (cue.sentence.index > LEAD_SENTENCES || context.lastSpeaker || refs.some((r) => r.end <= cue.start)) return null;
  // The office a person outside the gazetteer is written with in the body may be another of theirs ("یک عضو کمیسیون … ¶
  // X، سخنگوی این کمیسیون، …"): only a known person's office rules them out.
  const next = refs.find((r) => r.start >= cue.end && r.kind === "name" && (!entities.get(r.key)?.role || entities.get(r.key)?.gazetteer === null));
  return next?.key ?? null;
}

/**
 * "یک عضو کمیسیون امنیت ملی مجلس گفت … ¶ به گزارش …، X …": an indefinite title opening a Persian lead stands for the
 * person the body names next; null elsewhere, or with no title after the indefinite word ("یک مقام آگاه گفت").
 */
export function indefiniteLeadHolder(article: ArticleText, cue: Cue, context: SpeakerContext, indefinite: number): string | null {
  const title = context.people.titles.some((t) => t.first === indefinite + 1 && t.kind === "title" && t.entry !== null && !t.entry.plural);
  return title ? leadSubjectNamedLater(article, cue, context) : null;
}

/** Sentences of an article's lead, after which a title subject is no longer the one the body goes on to name. */
const LEAD_SENTENCES = 1;

/**
 * The first of the candidates written earlier (or, with `later`, after the cue) with a title whose words contain the subject's or are contained in them
 * ("the foreign secretary" for "Foreign Secretary David Cameron", "المتحدث باسم وزارة الخارجية" for "المتحدث الرسمي باسم
 * وزارة الخارجية"), country words left out; the person's country must be one the subject names, if it names any.
 */
function writtenHolder(article: ArticleText, subject: SubjectTitle, cue: Cue, order: string[], people: QuotePeople, later = false): string | null {
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
      if (ref.key !== key || (later ? ref.start < cue.end : ref.end > cue.start)) return false;
      // A name with title words written right before it that were not taken into a reference of their own.
      const r = ref.kind === "title" ? ref : ref.kind === "name" ? titleBeforeName(article, cue.lang, people, ref) : null;
      if (!r || (r.first < subject.after! && r.after > subject.first!)) return false;
      if (subject.countries.length > 0 && !entity.country && !countryWritten(r)) return false;
      // "معاون وزیر امور خارجه … خواند ¶ … Y معاون وزیر خارجه عربستان": a lead's title with no country is not one the body writes with a country.
      if (later && subject.countries.length === 0 && people.countries.some((c) => c.first >= r.first && c.after <= r.after)) return false;
      const own = titleWords(article, cue.lang, people, r.first, r.after, keepTitles);
      if (own.length === 0) return false;
      if (within(words, own)) return true;
      // "Finance Minister X" read as "Minister X" (finance is no title word) is written with fewer words than "the prime
      // minister": it holds the subject's title only if the office known for them does not tell otherwise.
      return within(own, words) && (!subject.role || !entity.role || fitsTitle(subject, entity));
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
  while (first > 0 && ref.first - first < TITLE_CHAIN && !headlineBefore(article, first - 1, ref.first) && !/[.,،;:!?؟«»“”"()]/.test(article.folded.text.slice(tokens[first - 1].end, tokens[first].start))) {
    const word = tokens[first - 1].text;
    if (!TITLE_WORDS.has(word) && !lex.subjectHonorifics.has(word) && !lex.definiteArticles.has(word) && !inCountry(first - 1)) break;
    first--;
  }
  return first < ref.first ? { first, after: ref.first } : null;
}

/** Whether token k stands on a headline line that token `to` is not on ("… receives Venezuelan ambassador ¶ Prime Minister X"). */
function headlineBefore(article: ArticleText, k: number, to: number): boolean {
  const line = article.lineOfToken[k];
  return line !== article.lineOfToken[to] && article.lines.find((l) => l.index === line)?.kind === "headline";
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
  // "the Iranian envoy" for the Iranian ambassador, "the leader" for a president: offices the subject's title may also stand for.
  const also = lexicon("en").roleAlso.get(subject.role);
  return [subject.role, ...(also ?? [])].some((role) => entity.role === role || entity.role!.startsWith(`${role} `));
}
