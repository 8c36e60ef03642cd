import countries from "i18n-iso-countries";
import type { Tx } from "./tx.ts";

/** Makes sure a Country row (with its en/fa/ar names) exists for every code given. */
export async function ensureCountries(tx: Tx, codes: Iterable<string>): Promise<void> {
  const rows = [...new Set(codes)].filter((code) => countries.isValid(code)).map((code) => ({
    code,
    nameEn: countries.getName(code, "en") ?? code,
    nameFa: countries.getName(code, "fa") ?? null,
    nameAr: countries.getName(code, "ar") ?? null,
  }));
  if (rows.length) await tx.country.createMany({ data: rows, skipDuplicates: true });
}
