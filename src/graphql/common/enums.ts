import { registerEnumType } from "type-graphql";

/** Languages Parley reads. */
export enum Language {
  fa = "fa",
  ar = "ar",
  en = "en",
}

registerEnumType(Language, {
  name: "Language",
  description: "Language of an article or quote.",
  valuesConfig: { fa: { description: "Persian." }, ar: { description: "Arabic." }, en: { description: "English." } },
});

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
