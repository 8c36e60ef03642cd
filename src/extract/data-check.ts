/**
 * Shape checks for the JSON data files, run once when a module loads its data, so a malformed
 * edit fails at start-up with the file and field named rather than as a wrong match later.
 */

/** Per-language word lists, the shape most data files use. */
export type LanguageLists = { fa: string[]; ar: string[]; en: string[] };

/** Throws with `where` in the message unless `value` is an array of strings. */
export function checkStrings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw new TypeError(`${where}: expected an array of strings`);
  return value;
}

/** Throws unless `value` is an object with fa, ar and en string arrays. */
export function checkLanguageLists(value: unknown, where: string): LanguageLists {
  const record = checkObject(value, where);
  return { fa: checkStrings(record.fa ?? [], `${where}.fa`), ar: checkStrings(record.ar ?? [], `${where}.ar`), en: checkStrings(record.en ?? [], `${where}.en`) };
}

/** Throws unless `value` is a plain object. */
export function checkObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TypeError(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

/** Throws unless `value` is a string. */
export function checkString(value: unknown, where: string): string {
  if (typeof value !== "string") throw new TypeError(`${where}: expected a string`);
  return value;
}

/** All words of per-language lists, in one array. */
export function allLanguages(lists: LanguageLists): string[] {
  return [...lists.fa, ...lists.ar, ...lists.en];
}
