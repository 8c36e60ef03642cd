import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const meetings = (facts: ArticleFacts) => facts.meetings.map((m) => ({ participants: [...m.participants].sort(), location: m.location, date: m.date, mode: m.mode }));

describe("meetings", () => {
  it("finds an in-person meeting with its participants and place", () => {
    const text = "محمدجواد ظریف با سرگئی لاوروف در مسکو دیدار کرد.";
    expect(meetings(extract(text))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: "Moscow", date: null, mode: "in_person" }]);
  });

  it("marks phone calls", () => {
    const text = "ظریف و لاوروف در تماس تلفنی درباره سوریه گفتگو کردند.";
    expect(meetings(extract(text))[0]?.mode).toBe("phone");
    const arabic = "أجرى لافروف اتصالا هاتفيا مع ظريف بحثا خلاله الأوضاع.";
    expect(meetings(extract(arabic))[0]?.mode).toBe("phone");
  });

  it("does not take the destination of a future trip for the meeting's place, so two reports of it stay one meeting", () => {
    const persian = "لاوروف گفت: دیدار با ظریف در حاشیه نشست پیش از سفر آتی من به تهران مفید بود.\nظریف دوشنبه در ژنو با لاوروف دیدار کرد.";
    expect(meetings(extract(persian))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: "Geneva", date: null, mode: "in_person" }]);
    const arabic = "التقى لافروف مع ظريف قبل زيارته القادمة إلى طهران.";
    expect(meetings(extract(arabic)).map((m) => m.location)).toEqual([null]);
    expect(meetings(extract("ظریف پس از سفر به تهران با لاوروف دیدار کرد.")).map((m) => m.location)).toEqual(["Tehran"]);
  });

  it("leaves out the reporter of a meeting told of after a preposition, whose own people follow the cue", () => {
    const sets = (text: string) => extract(text).meetings.map((m) => [...m.participants].sort());
    expect(sets("لاوروف از دیدار ظریف با کری خبر داد.")).toEqual([["john-kerry", "mohammad-javad-zarif"]]);
    expect(sets("أعلن بوتين عن لقاء ظريف مع لافروف في موسكو.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    // The first person after the cue may be a title of several words.
    expect(sets('وقال جون كيري، ردا على سؤال حول اتصال الرئيس الروسي فلاديمير بوتين بنظيره الإيراني محمد جواد ظريف: "لم أطلع على تفاصيله".')).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
    // In a time phrase the subject did take part.
    expect(sets("ظریف پس از دیدار کری و لاوروف گفت مذاکرات مفید بود.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("reads 'they' as the people of the meeting told last, and keeps a meeting told as an earlier one apart", () => {
    const text = "ظریف و لاوروف در تماس تلفنی درباره سوریه گفتگو کردند.\nپیش از این نیز آنها در تماس تلفنی درباره یمن گفت‌وگو کرده بودند.";
    expect(meetings(extract(text)).map((m) => [m.participants, m.mode])).toEqual([[["mohammad-javad-zarif", "sergey-lavrov"], "phone"], [["mohammad-javad-zarif", "sergey-lavrov"], "phone"]]);
    const english = "Zarif and Lavrov met in Moscow on Monday. They had previously met in Geneva.";
    expect(meetings(extract(english, { publishedAt: "2019-05-15" })).map((m) => m.location)).toEqual(["Moscow", "Geneva"]);
    // Told again without such a word, it is the same meeting.
    expect(extract("ظریف و لاوروف در تماس تلفنی درباره سوریه گفتگو کردند.\nآنها در تماس تلفنی درباره یمن هم گفتگو کردند.").meetings).toHaveLength(1);
  });

  it("leaves out planned meetings", () => {
    expect(extract("ظریف فردا با لاوروف در مسکو دیدار خواهد کرد.").meetings).toEqual([]);
    expect(extract("ومن المقرر أن يلتقي لافروف مع ظريف الأسبوع المقبل.").meetings).toEqual([]);
    expect(extract("Lavrov will meet Zarif in Geneva next week.").meetings).toEqual([]);
  });

  it("dates a meeting from the article's date and a relative day, and not without the article's date", () => {
    const text = "التقى لافروف ظريف في موسكو أمس.";
    expect(meetings(extract(text, { publishedAt: "2017-04-14" }))[0]?.date).toBe("2017-04-13");
    expect(meetings(extract(text))[0]?.date).toBeNull();
  });

  it("counts the same meeting mentioned twice once, and a meeting long ago separately", () => {
    const text = "ظریف با لاوروف در مسکو ملاقات کرد.\nدر این دیدار، طرفین درباره سوریه گفتگو کردند.\nظریف در دیدار با لاوروف گفت: همکاری ادامه دارد.\nاین دو در نشستی ۴۰ روز پیش با یکدیگر نیز دیدار کرده بودند و ظریف با لاوروف گفتگو کرده بود.";
    const found = meetings(extract(text));
    expect(found).toHaveLength(2);
    expect(found[0].location).toBe("Moscow");
  });

  it("resolves counterparts and plural titles to the people named in the article", () => {
    const text = "سرگئی لاوروف و محمدجواد ظریف پیش‌تر در وین بودند.\nوزرای امور خارجه ایران و روسیه در تهران با یکدیگر گفتگو کردند.";
    expect(meetings(extract(text))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: "Tehran", date: null, mode: "in_person" }]);
    // The counterpart is named elsewhere in the article (persons are the people an article names).
    const english = "Sergey Lavrov met his Iranian counterpart in Geneva on Monday.\nZarif flew back to Tehran later.";
    expect(meetings(extract(english, { publishedAt: "2019-05-15" }))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: "Geneva", date: "2019-05-13", mode: "in_person" }]);
  });

  it("leaves out a counterpart the article never names, and a meeting left with one person", () => {
    const english = "Sergey Lavrov met his Iranian counterpart in Geneva on Monday.";
    const facts = extract(english, { publishedAt: "2019-05-15" });
    expect(facts.meetings).toEqual([]);
    expect(facts.persons.map((p) => p.key)).toEqual(["sergey-lavrov"]);
    const arabic = "التقى محمد جواد ظريف نظيره الروسي وفلاديمير بوتين في موسكو اليوم.";
    expect(meetings(extract(arabic, { publishedAt: "2019-02-01" })).map((m) => m.participants)).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
    const persian = "محمدجواد ظریف امروز با همتای روسی‌اش در تهران دیدار کرد.";
    expect(extract(persian, { publishedAt: "2019-02-01" }).persons.map((p) => p.key)).toEqual(["mohammad-javad-zarif"]);
  });

  it("needs two people: an interview with a channel is not a meeting", () => {
    expect(extract("ظریف در گفتگو با شبکه خبری درباره برجام سخن گفت.").meetings).toEqual([]);
  });

  it("does not take a welcome noun whose preposition takes no person (ضمن استقبال از چشم‌انداز …) for a reception", () => {
    const sets = (text: string) => extract(text).meetings.map((m) => [...m.participants].sort());
    const call = "ظریف در تماس تلفنی با لاوروف درباره روابط گفتگو کرد.\n";
    expect(sets(call + "لاوروف نیز در این تماس ضمن استقبال از چشم‌انداز برگزاری کمیسیون مشترک با حضور وزرای خارجه دو کشور، ابراز امیدواری کرد که روابط گسترش یابد.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets("پوتین در دیدار با کری ضمن استقبال از بهبود روابط دو کشور بر گسترش همکاری تاکید کرد.")).toEqual([["john-kerry", "vladimir-putin"]]);
    // A person right after the preposition is welcomed: a reception.
    expect(sets("پوتین در فرودگاه ضمن استقبال از آقای ظریف با وی گفتگو کرد.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
    expect(sets("پوتین از ظریف استقبال کرد.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("keeps a meeting whose sentence is followed by a news agency's source line (the medium word is another sentence's)", () => {
    const sets = (text: string) => extract(text).meetings.map((m) => [...m.participants].sort());
    const zarifKerry = [["john-kerry", "mohammad-javad-zarif"]];
    expect(sets("ظریف در ژنو با جان کری دیدار کرد.\n\nبه گزارش خبرگزاری مهر، در این دیدار ظریف بر اجرای برجام تأکید کرد.")).toEqual(zarifKerry);
    expect(sets("جان کری با ظریف گفتگو کرد\nبه گزارش روزنامه ایران، این گفتگو دو ساعت طول کشید.")).toEqual(zarifKerry);
    expect(sets("التقى لافروف مع ظريف في موسكو. وكالة تاس ذكرت أن الجانبين بحثا الأزمة.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets("Kerry met Lavrov in Geneva on Monday.\nTelevision footage showed the two men shaking hands.")).toEqual([["john-kerry", "sergey-lavrov"]]);
    // Still an interview: the medium word stands in the cue's own sentence.
    expect(sets("ظریف در گفتگو با خبرگزاری ایرنا گفت که مذاکرات با جان کری ادامه دارد.")).toEqual([]);
    expect(sets("لافروف في حوار مع قناة روسيا اليوم تحدث عن كيري.")).toEqual([]);
  });

  it("does not take a pronoun after a preposition (از وی) for a participant", () => {
    const text = "لاوروف گفت: سرگئی لاوروف پیش‌تر پیام رسمی داده بود.\nجان کری گفت: ظریف در دیدار با پوتین از وی برای سفر دعوت کرد.";
    expect(meetings(extract(text, { publishedAt: "2016-01-10" })).map((m) => m.participants)).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("does not take a country a participant already represents for the other side (گفتگو با روسیه said of a Russian)", () => {
    const text = "ولادیمیر پوتین از سفر خود خبر داد.\nسرگئی لاوروف درباره دستور کار گفتگو با روسیه توضیح داد.";
    expect(extract(text, { publishedAt: "2016-01-10" }).meetings).toEqual([]);
  });

  it("gives a phone call no place, and does not take a trip's destination for the place", () => {
    const call = "ظریف از تهران در تماس تلفنی با لاوروف گفتگو کرد.";
    expect(meetings(extract(call))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: null, date: null, mode: "phone" }]);
    expect(meetings(extract("ظریف در دیدار با لاوروف از وی برای سفر به تهران دعوت کرد."))[0]?.location).toBeNull();
    expect(meetings(extract("ظریف در دیدار با لاوروف در ژنو از وی برای سفر به تهران دعوت کرد."))[0]?.location).toBe("Geneva");
  });

  it("keeps the place of a meeting when a second cue word splits its clause", () => {
    const text = "لاوروف در دیدار با ظریف در حاشیه نشست سران در سوچی گفت: همکاری ادامه دارد.";
    expect(meetings(extract(text))[0]?.location).toBe("Sochi");
  });

  it("takes a meeting from the headline when the body refers back to it (در این دیدار)", () => {
    const text = "رایزنی وزرای خارجه ایران و روسیه در ژنو\nظریف در این دیدار گفت: همکاری ادامه دارد.\nلاوروف هم در این دیدار از ادامه همکاری سخن گفت.";
    expect(meetings(extract(text))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: "Geneva", date: null, mode: "in_person" }]);
    expect(extract("رایزنی وزرای خارجه ایران و روسیه در ژنو\nظریف و لاوروف پیش‌تر در وین بودند.").meetings).toEqual([]);
  });

  it("resolves a plural title of the two countries (وزرای خارجه دو کشور) to the article's two office holders", () => {
    const text = "محمدجواد ظریف و سرگئی لاوروف پیش‌تر در وین بودند.\nوزرای خارجه دو کشور روز گذشته در رم با یکدیگر دیدار کردند.";
    expect(meetings(extract(text))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], location: "Rome", date: null, mode: "in_person" }]);
    const three = "محمدجواد ظریف و سرگئی لاوروف و جان کری پیش‌تر در وین بودند.\nوزرای خارجه دو کشور روز گذشته در رم با یکدیگر دیدار کردند.";
    expect(extract(three, { publishedAt: "2016-01-10" }).meetings).toEqual([]);
  });
});

describe("meeting dates and merging", () => {
  it("takes the full date written right after a weekday, also without the article's date", () => {
    expect(meetings(extract("أجرى لافروف يوم الجمعة 30 أغسطس 2024 اتصالاً هاتفياً مع ظريف."))[0]?.date).toBe("2024-08-30");
  });

  it("takes the date nearest the cue, a yearless one getting its year from the date before", () => {
    const text = "این سومین سفر وزیر امور خارجه کشورمان به مسکو است.\nظریف ۱۴ آذر ۱۴۰۰ به مسکو سفر کرد و یک روز بعد (۱۵ آذر) با لاوروف دیدار کرد.";
    expect(meetings(extract(text))[0]?.date).toBe("2021-12-06");
  });

  it("does not date a meeting by its dateline's date", () => {
    const text = "MOSCOW (Agency - 19th December, 2019) Lavrov met Zarif on Wednesday.";
    expect(meetings(extract(text, { publishedAt: "2019-12-19" }))[0]?.date).toBe("2019-12-18");
  });

  it("keeps meetings of the same people in two cities apart", () => {
    const text = "ظریف و لاوروف پیش‌تر در نیویورک با یکدیگر دیدار کرده بودند.\nظریف هفته گذشته به مسکو سفر کرد و با لاوروف دیدار کرد.";
    expect(meetings(extract(text)).map((m) => m.location).sort()).toEqual(["Moscow", "New York"]);
  });
});
