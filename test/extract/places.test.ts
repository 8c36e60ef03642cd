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

describe("which written place is the meeting's", () => {
  it("leaves out a city inside the topic of the talks, in fa, ar and en", () => {
    expect(location("ظریف و لاوروف درباره آتش‌بس در بیروت گفتگو کردند.")).toBeNull();
    expect(location("ظریف و لاوروف در مسکو درباره آتش‌بس در بیروت گفتگو کردند.")).toBe("Moscow");
    expect(location("بحث لافروف مع ظريف في موسكو حول وقف إطلاق النار في بيروت.")).toBe("Moscow");
    expect(location("Lavrov met Zarif to talk about the ceasefire in Beirut.")).toBeNull();
  });

  it("keeps the place of an event named with its topic on the sidelines of which they met", () => {
    expect(location("ظریف در حاشیه نشست سه‌جانبه درباره سوریه در ژنو با لاوروف دیدار کرد.")).toBe("Geneva");
  });

  it("never takes where a visitor came from, and prefers 'in X' to a trip's 'to X'", () => {
    expect(location("ظریف که از تهران آمده بود با لاوروف دیدار کرد.")).toBeNull();
    expect(location("ظریف پس از سفر از تهران به ژنو با لاوروف در مسکو دیدار کرد.")).toBe("Moscow");
    expect(location("ظریف در سفر به مسکو با لاوروف دیدار کرد.")).toBe("Moscow");
    expect(location("Zarif, arriving from Tehran, met Lavrov.")).toBeNull();
  });

  it("does not read a city's name inside an idiom as a place (في مسقط رأسه 'in his birthplace', کابل برق)", () => {
    expect(location("التقى لافروف ظريف في مسقط رأسه.")).toBeNull();
    expect(location("التقى لافروف ظريف بمسقط.")).toBe("Muscat");
    expect(location("ظریف با لاوروف درباره خرابی در کابل برق دیدار کرد.")).toBeNull();
    expect(location("ظریف با لاوروف در کابل های برق دیدار کرد.")).toBeNull();
    expect(location("ظریف با لاوروف در کابل دیدار کرد.")).toBe("Kabul");
  });
});

describe("places written with a venue, a landmark or an event", () => {
  it("takes the city of a landmark of one city", () => {
    expect(location("التقى لافروف ظريف في قصر قرطاج.")).toBe("Carthage");
    expect(location("ظریف با لاوروف در کاخ الیزه دیدار کرد.")).toBe("Paris");
    expect(location("Zarif met Lavrov at the Elysee Palace on Monday.")).toBe("Paris");
  });

  it("reads a city after venue words between it and its preposition (airport, the capital, a palace)", () => {
    expect(location("التقى لافروف ظريف في العاصمة الإيرانية طهران.")).toBe("Tehran");
    expect(location("التقى لافروف ظريف بمطار طهران.")).toBe("Tehran");
    expect(location("Zarif met Lavrov at the state guest house, Tehran.")).toBe("Tehran");
    expect(location("Zarif met Lavrov in the capital, Tehran.")).toBe("Tehran");
  });

  it("does not take a capital after another word for a place without a venue word, nor a city owning something", () => {
    expect(location("به نقل از سفارت مسکو، ظریف و لاوروف گفتگو کردند.")).toBeNull();
    expect(location("According to Tehran's foreign ministry, Zarif met Lavrov.")).toBeNull();
  });

  it("does not take the city an envoy is posted in for the meeting's place", () => {
    expect(location("التقى ظريف لافروف سفير روسيا في طهران.")).toBeNull();
    expect(location("ظریف با لاوروف سفیر چین در آنکارا دیدار کرد.")).toBeNull();
  });

  it("takes the city named in the event beside which they met", () => {
    expect(location("التقى ظريف لافروف على هامش منتدى الدوحة.")).toBe("Doha");
    expect(location("Zarif met Lavrov on the sidelines of the Munich Security Conference.")).toBe("Munich");
  });

  it("does not take where a traveller was heading for the meeting's place", () => {
    expect(location("التقى ظريف لافروف في مطار طهران قبل مغادرته متوجها إلى موسكو.")).toBe("Tehran");
  });

  it("keeps the city of the meeting told before for a further meeting (همچنین، also, كما)", () => {
    const places = (text: string) => extract(text).meetings.map((m) => m.location);
    expect(places("ظریف در ژنو با لاوروف دیدار کرد.\nظریف همچنین با کری دیدار کرد.")).toEqual(["Geneva", "Geneva"]);
    expect(places("Zarif met Lavrov in Geneva.\nZarif also met Kerry.")).toEqual(["Geneva", "Geneva"]);
  });
});

describe("places from the sentences before and the dateline", () => {
  const places = (text: string) => extract(text).meetings.map((m) => m.location);

  it("takes the city a sentence before placed one of the people in", () => {
    expect(places("وصل ظريف إلى موسكو مساء أمس.\nواستقبل لافروف ظريف صباح اليوم.")).toEqual(["Moscow"]);
    expect(places("ظریف روز دوشنبه وارد ژنو شد.\nوی سپس با لاوروف دیدار کرد.")).toEqual(["Geneva"]);
    expect(places("Zarif spent Sunday in Geneva at a conference.\nZarif later met Lavrov.")).toEqual(["Geneva"]);
  });

  it("takes the city of an arrival told in a relative clause after the meeting's people", () => {
    expect(places("استقبل بوتين ظريف الذي وصل إلى موسكو صباح اليوم.")).toEqual(["Moscow"]);
  });

  it("does not take a previous trip's destination for the meeting's place", () => {
    expect(location("التقى ظريف لافروف وبحث معه نتائج زيارته السابقة إلى واشنطن.")).toBeNull();
  });

  it("does not place people by a trip still to come", () => {
    expect(places("ظریف هفته آینده به مسکو سفر خواهد کرد.\nظریف امروز با لاوروف دیدار کرد.")).toEqual([null]);
  });

  it("takes the dateline's capital when the meeting's clause places it in that capital's country", () => {
    expect(places("بغداد-واع\n\nظریف امروز در عراق با لاوروف دیدار کرد.")).toEqual(["Baghdad"]);
    expect(places("NAIROBI (Reuters) - Zarif held talks in Kenya with Lavrov.")).toEqual(["Nairobi"]);
    expect(places("NAIROBI (Reuters) - Zarif held talks with Lavrov.")).toEqual([null]);
  });
});
