import { registerEnumType } from "type-graphql";

/** Languages Parley reads (stored in lower case, as the extractor names them: see `languageCode`). */
export enum Language {
  FA = "FA",
  AR = "AR",
  EN = "EN",
}

registerEnumType(Language, {
  name: "Language",
  description: "Language of an article or quote.",
  valuesConfig: { FA: { description: "Persian." }, AR: { description: "Arabic." }, EN: { description: "English." } },
});

/** The code the extractor and the database use for a language ("fa"). */
export function languageCode(language: Language): "fa" | "ar" | "en" {
  return language.toLowerCase() as "fa" | "ar" | "en";
}

/** How a meeting took place. */
export enum MeetingMode {
  IN_PERSON = "IN_PERSON",
  PHONE = "PHONE",
}

registerEnumType(MeetingMode, {
  name: "MeetingMode",
  description: "How the participants met.",
  valuesConfig: { IN_PERSON: { description: "Face to face." }, PHONE: { description: "By telephone (or video call)." } },
});
