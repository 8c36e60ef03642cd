import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

// Persian meeting shapes found by probing with the third batch of own meeting articles (eval/own, own-fa-c*), tested on other sentences.
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetings = (text: string) => {
  const facts = extractArticle(text);
  return facts.meetings.map((m) => ({ who: m.participants.map((k) => personOf(facts, k)?.name ?? k).sort(), mode: m.mode }));
};
const meetingSets = (text: string) => meetings(text).map((m) => m.who);

describe("Persian words that another language's lists hold", () => {
  it("keeps a meeting of an oil minister: Arabic «نفت» (she denied) is Persian «نفت» (oil)", () => {
    expect(meetingSets("محسن پاک‌نژاد وزیر نفت امروز با هیثم الغیص دبیرکل اوپک دیدار کرد.")).toHaveLength(1);
    expect(meetingSets("بیژن زنگنه وزیر نفت در تماسی تلفنی با الکساندر نواک معاون نخست‌وزیر روسیه گفت‌وگو کرد.")).toHaveLength(1);
  });
});

describe("Persian passive topic phrases", () => {
  it("reads «مورد بحث قرار گرفت» (was discussed: Arabic «بحث» is a cue) as a topic, not a further meeting with a person in it", () => {
    const text = "عبدالناصر همتی وزیر اقتصاد امروز با کریستالینا گئورگیوا مدیر صندوق بین‌المللی پول دیدار کرد.\nدر این دیدار، وام‌های جدید صندوق و همچنین سفر شی جین‌پینگ به تهران مورد بحث قرار گرفت.";
    expect(meetingSets(text)).toHaveLength(1);
    expect(meetingSets("محمد شریعتمداری و همچنین طرح فرهاد دژپسند مورد بحث قرار گرفت.")).toEqual([]);
  });
});

describe("Persian video calls written with a suffix", () => {
  it("reads «نشستی ویدئوکنفرانسی» and «گفت‌وگویی ویدیوکنفرانسی» as calls", () => {
    expect(meetings("ابراهیم رئیسی در نشستی ویدئوکنفرانسی با ولادیمیر پوتین گفت‌وگو کرد.").map((m) => m.mode)).toEqual(["phone"]);
    expect(meetings("محمد اسلامی رئیس سازمان انرژی اتمی در گفت‌وگویی ویدیوکنفرانسی با رافائل گروسی رایزنی کرد.").map((m) => m.mode)).toEqual(["phone"]);
  });
});

describe("Persian meetings said not to have taken place", () => {
  it("leaves out «هیچ دیداری میان X و Y انجام نشده است» and «صورت نگرفته است»", () => {
    expect(meetingSets("اسماعیل بقائی گفت: هیچ دیداری میان علی باقری کنی و انریکه مورا انجام نشده است.")).toEqual([]);
    expect(meetingSets("ناصر کنعانی تأکید کرد که هیچ ملاقاتی میان حسین امیرعبداللهیان و جیک سالیوان صورت نگرفته است.")).toEqual([]);
  });
});

describe("Persian members of parliamentary committees", () => {
  it("reads «X عضو کمیسیون …» as a named MP who attended", () => {
    const text = "محمدباقر قالیباف امروز با سرگئی لاوروف دیدار کرد. در این نشست، فداحسین مالکی عضو کمیسیون امنیت ملی نیز حضور داشت.";
    expect(meetingSets(text)).toEqual([["Mohammad Bagher Ghalibaf", "Sergey Lavrov", "فداحسین مالکی"].sort()]);
  });
});

describe("Persian «X نیز با <unnamed> دیدار کرد»", () => {
  it("takes the one person named before «نیز» as who met an unnamed side, not as a guest of the host told before", () => {
    const text = "حسن روحانی امروز با رجب طیب اردوغان دیدار کرد.\nاسحاق جهانگیری معاون اول رئیس‌جمهور نیز امروز با سفیر ترکیه دیدار کرد.";
    expect(meetingSets(text)).toHaveLength(1);
  });

  it("still reads «همچنین با X دیدار کرد» as the host's further meeting", () => {
    const text = "حسن روحانی امروز با رجب طیب اردوغان دیدار کرد.\nوی همچنین با ولادیمیر پوتین دیدار کرد.";
    expect(meetingSets(text)).toHaveLength(2);
  });
});
