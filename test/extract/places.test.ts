import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const location = (text: string) => extract(text).meetings[0]?.location;
const countries = (text: string) => extract(text).countries;

describe("meeting places and capitals", () => {
  it("places a meeting in any national capital, in fa, ar and en", () => {
    expect(location("محمدجواد ظریف با سرگئی لاوروف در ریکیاویک دیدار کرد.")).toBe("Reykjavik");
    expect(location("التقى لافروف ظريف في ريكيافيك أمس.")).toBe("Reykjavik");
    expect(location("Lavrov met Zarif in Reykjavik on Monday.")).toBe("Reykjavik");
    expect(location("ظریف با لاوروف در آستانا دیدار کرد.")).toBe("Astana");
    expect(location("التقى لافروف ظريف في أستانا.")).toBe("Astana");
    expect(location("Zarif met Lavrov in Astana.")).toBe("Astana");
    expect(location("ظریف با لاوروف در مسقط دیدار کرد.")).toBe("Muscat");
    expect(location("التقى لافروف ظريف بمسقط.")).toBe("Muscat");
    expect(location("Zarif met Lavrov in Muscat.")).toBe("Muscat");
  });

  it("reads Persian compound names written with ZWNJ or a space", () => {
    expect(location("ظریف با لاوروف در اسلام‌آباد دیدار کرد.")).toBe("Islamabad");
    expect(location("ظریف با لاوروف در اسلام آباد دیدار کرد.")).toBe("Islamabad");
  });

  it("places a meeting in a city that is not a capital, without adding its country", () => {
    const text = "ظریف با لاوروف در لاهه دیدار کرد.";
    expect(location(text)).toBe("The Hague");
    expect(countries(text)).toEqual([]);
    expect(countries("عقد الاجتماع في ريكيافيك.")).toEqual([]);
  });

  it("does not read a common word of one language as a city (در آستانه 'on the eve of', Arabic مشهد 'scene', Persian دوشنبه 'Monday')", () => {
    expect(location("ظریف در آستانه سفر به چین با لاوروف دیدار کرد.")).toBeNull();
    expect(location("التقى لافروف ظريف في مشهد يعكس التعاون.")).toBeNull();
    expect(location("ظریف با لاوروف در مشهد دیدار کرد.")).toBe("Mashhad");
    expect(location("التقى لافروف ظريف في دوشنبه.")).toBe("Dushanbe");
  });

  it("counts capitals joined to each other as their governments", () => {
    expect(countries("تهران و ریاض روابط خود را از سر گرفتند.")).toEqual(["IR", "SA"]);
    expect(countries("اتفقت طهران والرياض على استئناف العلاقات.")).toEqual(["IR", "SA"]);
    expect(countries("Tehran and Riyadh agreed to restore ties.")).toEqual(["IR", "SA"]);
    expect(countries("توصلت بلغراد وبريشتينا إلى اتفاق.")).toEqual(["RS", "XK"]);
    expect(countries("Lisbon and Madrid signed the accord.")).toEqual(["PT", "ES"]);
    expect(countries("Kiev and Warsaw traded notes.")).toEqual(["UA", "PL"]);
  });
});
