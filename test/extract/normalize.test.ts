import { describe, expect, it } from "vitest";
import { fold, foldText, spanOf } from "../../src/extract/normalize.ts";

describe("fold", () => {
  it("makes Arabic and Persian letter variants, diacritics, tatweel and ZWNJ compare equal", () => {
    expect(fold("كيري")).toBe(fold("کیری"));
    expect(fold("أحمد")).toBe(fold("احمد"));
    expect(fold("إيران")).toBe(fold("ایران"));
    expect(fold("سُورِيَّة")).toBe(fold("سوریه"));
    expect(fold("وزيـــر")).toBe(fold("وزیر"));
    expect(fold("همتای روسی‌اش")).toBe(fold("همتای روسیاش"));
    expect(fold("خانهٔ")).toBe(fold("خانه"));
  });

  it("turns Persian and Arabic-Indic digits into ASCII and folds case and spacing", () => {
    expect(fold("۱۳۹۵/۱۰/۰۱")).toBe("1395/10/01");
    expect(fold("٤٧ يوما")).toBe("47 یوما");
    expect(fold("  Foreign   MINISTER ")).toBe("foreign minister");
  });
});

describe("foldText", () => {
  it("keeps a map back to the original so spans slice the text as written", () => {
    const source = "قال وزيـــرُ الخارجيّة: «نعم»";
    const folded = foldText(source);
    const at = folded.text.indexOf("وزیر");
    const span = spanOf(source, folded, at, at + "وزیر".length);
    expect(span.text).toBe(source.slice(span.start, span.end));
    expect(span.text).toBe("وزيـــرُ");
  });

  it("handles lone surrogates, control characters and empty input", () => {
    for (const input of ["", "\uD800", "a\u0000b\u0007c", "\uDC00x\uD83D\uDE00"]) {
      const folded = foldText(input);
      expect(folded.origin.length).toBe(folded.text.length + 1);
    }
  });
});
