import { describe, expect, it } from "vitest";
import { addDays, findDates, hijriToIso, jalaliToIso, resolveDate } from "../../src/extract/dates.ts";
import { foldText } from "../../src/extract/normalize.ts";
import { tokenize } from "../../src/extract/tokens.ts";

function datesIn(text: string) {
  const folded = foldText(text).text;
  return findDates(tokenize(folded), folded);
}

describe("calendar conversion", () => {
  it("converts Persian solar dates with jalaali-js", () => {
    expect(jalaliToIso(1395, 10, 1)).toBe("2016-12-21");
    expect(jalaliToIso(1402, 1, 1)).toBe("2023-03-21");
    expect(jalaliToIso(1402, 13, 1)).toBeNull();
  });

  it("converts Hijri (Umm al-Qura) dates", () => {
    expect(hijriToIso(1437, 6, 15)).toBe("2016-03-24");
    expect(hijriToIso(1445, 9, 1)).toBe("2024-03-11");
  });
});

describe("findDates", () => {
  it("reads numeric, Persian solar, Arabic-month, English and Hijri dates", () => {
    expect(datesIn("در تاریخ ۱۴۰۲/۰۱/۰۱ امضا شد")[0].iso).toBe("2023-03-21");
    expect(datesIn("روز ۱ دی ۱۳۹۵ برگزار شد")[0].iso).toBe("2016-12-21");
    expect(datesIn("اجتمعا في 3 آذار 2019")[0].iso).toBe("2019-03-03");
    expect(datesIn("They met on 5 June 2019.")[0].iso).toBe("2019-06-05");
    expect(datesIn("They met on June 5, 2019.")[0].iso).toBe("2019-06-05");
    expect(datesIn("الموافق 15 جمادى الآخرة 1437 هـ")[0].iso).toBe("2016-03-24");
  });

  it("reads a day written as an ordinal word, and a Persian month written with ماه", () => {
    expect(datesIn("روز سه‌شنبه پنجم مهرماه ۱۴۰۱ برگزار شد")[1].iso).toBe("2022-09-27");
    expect(datesIn("مساء الأحد (التاسع من يونيو/ حزيران 2019)")[1].iso).toBe("2019-06-09");
    expect(datesIn("on the fifth of June 2019")[0].iso).toBe("2019-06-05");
  });

  it("reads a month written twice, in two naming traditions (فبراير/ شباط)", () => {
    expect(datesIn("دمشق، 14 مايو/ أيار 2021 (سانا)")[0].iso).toBe("2021-05-14");
    expect(datesIn("بيروت في 3 مارس/آذار 2019")[0].iso).toBe("2019-03-03");
  });

  it("reads days relative to the article's date", () => {
    const [yesterday] = datesIn("دیروز با هم دیدار کردند");
    expect(yesterday.offset).toBe(-1);
    expect(resolveDate(yesterday, "2020-01-10")).toBe("2020-01-09");
    expect(resolveDate(yesterday, null)).toBeNull();
    expect(datesIn("التقيا قبل ١٠ أيام")[0].offset).toBe(-10);
    expect(datesIn("دیدار ۱۰ روز پیش")[0].offset).toBe(-10);
    expect(datesIn("met 3 weeks ago")[0].offset).toBe(-21);
  });

  it("resolves a weekday to the latest such day on or before the article's date", () => {
    const [wednesday] = datesIn("met on Wednesday");
    expect(resolveDate(wednesday, "2021-03-26")).toBe("2021-03-24"); // a Friday
    expect(resolveDate(wednesday, "2021-03-24")).toBe("2021-03-24");
  });

  it("reads English ordinal days and a year with a word run onto it", () => {
    expect(datesIn("Thu 19th December 2019 | 10:55 PM")[0].iso).toBe("2019-12-19");
    expect(datesIn("(Agency - 3rd March, 2021)")[0].iso).toBe("2021-03-03");
    expect(datesIn("5 مارس 2024آخر تحديث")[0].iso).toBe("2024-03-05");
  });

  it("dates a day and month without a year from the article's date, else from a date written before", () => {
    const day = datesIn("روز سه‌شنبه (۱۵ آذر) دیدار کردند").find((d) => d.monthDay)!;
    expect(day.iso).toBeNull();
    expect(resolveDate(day, "2023-01-10")).toBe("2022-12-06");
    expect(resolveDate(day, "2022-12-06")).toBe("2022-12-06");
    expect(resolveDate(day, null, "2021-12-05")).toBe("2021-12-06");
    expect(resolveDate(day, null)).toBeNull();
    const [june] = datesIn("They met on June 5 in Geneva.");
    expect(resolveDate(june, "2020-06-20")).toBe("2020-06-05");
    expect(resolveDate(june, "2020-01-20")).toBe("2019-06-05");
    expect(datesIn("أطلق 3 تموز")[0].monthDay).toEqual({ calendar: "gregorian", month: 7, day: 3 });
  });

  it("adds days across months and years", () => {
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2020-03-01", -1)).toBe("2020-02-29");
  });
});
