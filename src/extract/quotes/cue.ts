/**
 * The cue of a quote: the words that attribute it (a speech verb, participle, framing or nominal statement) and where
 * its content starts; the people a cue may be given to and the speakers met before it.
 */
import type { Sentence } from "../article-text.ts";
import type { CountryMention } from "../countries.ts";
import type { PersonEntity, PersonRef } from "../persons/index.ts";
import type { TitleMention } from "../titles.ts";
import type { Language } from "../types.ts";

/** What kind of words a cue is: a speech verb, a participle, a framing, or a nominal statement. */
export type CueType = "verb" | "participle" | "framing" | "nominal";

/** One attribution found in a sentence, with where its content starts (folded offsets, token indexes). */
export interface Cue {
  type: CueType;
  /** Language of the cue words: English subjects stand before the verb even when "that" follows it. */
  lang: Language;
  /** Folded offset where the cue words start (the verb, the framing, the nominal's open words). */
  start: number;
  /** Folded offset where the cue words end. */
  end: number;
  /** Token range of the cue words. */
  first: number;
  after: number;
  sentence: Sentence;
  /** Where the quoted words start, once known. */
  contentStart: number;
  /** A fixed end for nominal cues (the close words). */
  fixedEnd: number | null;
  /** Whether the quote may run on past its sentence (verb cues) or ends with it (nominal cues). */
  runsOn: boolean;
  direct: boolean;
  /** Arabic-style subject after the verb. */
  subjectAfter: boolean;
  /** The speaker the cue names itself ("بحسب لافروف", "according to Motegi"). */
  speaker?: string;
  /** Whether the cue names its speaker with a pronoun ("according to him"): the last speaker. */
  pronounSpeaker?: boolean;
  /** An "according to" attribution with its words after it ("به گفته وی، X تصریح کرده است که …"): speech verbs in them are reported inside its words (R-nested). */
  according?: boolean;
  /** Tokens of a bare role noun the cue names its speaker with ("according to the minister"): its holder speaks. */
  roleSpeaker?: { first: number; after: number };
  /** Folded offset where a nominal statement's own clause starts ("… سفر کرد و ظریف نیز X را اعلام کرد"): its subject is there. */
  clauseStart?: number;
}

/** The people of an article as the quote finder sees them. */
export interface QuotePeople {
  /** Person references in text order. */
  refs: PersonRef[];
  /** Who each reference key is: country and role, for a title or role noun standing as a subject. */
  entities: Map<string, PersonEntity>;
  /** Office titles written in the text; where they start, another third-person subject starts. */
  titles: TitleMention[];
  /** Countries and demonyms written in the text ("the Kenyan diplomat"). */
  countries: CountryMention[];
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
