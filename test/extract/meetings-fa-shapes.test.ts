import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

// Persian meeting shapes found by probing with whole articles of our own (eval/own, own-fa-m*), tested on other sentences.
const personOf = (facts: ArticleFacts, key: string) => facts.persons.find((p) => p.key === key || p.name === key);
const meetingSets = (text: string) => {
  const facts = extractArticle(text);
  return facts.meetings.map((m) => m.participants.map((k) => personOf(facts, k)?.name ?? k).sort());
};

describe("Persian meetings denied, proposed or called for", () => {
  it("leaves out a meeting noun that a denial verb at the clause's end takes as its object", () => {
    expect(meetingSets("بهرام قاسمی دیدار محمدجواد ظریف با جان کری در ژنو را تکذیب کرد.")).toEqual([]);
    expect(meetingSets("ذبیح‌الله مجاهد خبر دیدار ملا هبت‌الله با زلمی خلیلزاد را رد کرد.")).toEqual([]);
    expect(meetingSets("اسماعیل بقائی ادعای دیدار پنهانی عباس عراقچی با استیو ویتکاف در رم را بی‌اساس خواند.")).toEqual([]);
    expect(meetingSets("عباس عراقچی با سرگئی لاوروف دیدار نکرده است.")).toEqual([]);
  });

  it("keeps a held meeting whose subject denies something else in the same clause", () => {
    expect(meetingSets("عباس عراقچی در دیدار با سرگئی لاوروف ادعاهای آمریکا را رد کرد.")).toEqual([["Abbas Araghchi", "Sergey Lavrov"]]);
    expect(meetingSets("عباس عراقچی با سرگئی لاوروف دیدار کرد و ادعاهای آمریکا را رد کرد.")).toEqual([["Abbas Araghchi", "Sergey Lavrov"]]);
  });

  it("leaves out a meeting proposed or called for in the subjunctive", () => {
    expect(meetingSets("حسن روحانی پیشنهاد کرد که نشست بعدی با ولادیمیر پوتین در سوچی برگزار شود.")).toEqual([]);
    expect(meetingSets("عباس عراقچی خواستار برگزاری نشستی با حضور سرگئی لاوروف و هاکان فیدان شد.")).toEqual([]);
    expect(meetingSets("محمدباقر قالیباف پیشنهاد کرد که عباس عراقچی هر سال با سرگئی لاوروف در مسکو دیدار کند.")).toEqual([]);
  });

  it("keeps a held meeting in which a joint body was called for", () => {
    expect(meetingSets("عباس عراقچی در دیدار با سرگئی لاوروف خواستار برگزاری کمیسیون مشترک شد.")).toEqual([["Abbas Araghchi", "Sergey Lavrov"]]);
  });
});

describe("Persian deputies' remits and newly appointed envoys", () => {
  it("reads a deputy minister's two-part remit as part of his title, so the short title later is his", () => {
    const text = "کاظم غریب‌آبادی معاون حقوقی و امور بین‌الملل وزیر امور خارجه امروز با سفیر ژاپن دیدار کرد.\nمعاون وزیر خارجه سپس با آنا برگمان سفیر سوئد گفتگو کرد.";
    expect(meetingSets(text)).toEqual([["آنا برگمان", "کاظم غریب‌آبادی"]]);
    expect(meetingSets("حمید قنبری معاون امور حقوقی و بین‌المللی وزیر امور خارجه صبح امروز کارلوس مندز سفیر اکوادور را به حضور پذیرفت.\nمعاون وزیر خارجه همچنین با یوهان لیندکویست سفیر سوئد دیدار کرد.")).toEqual([["حمید قنبری", "کارلوس مندز"], ["حمید قنبری", "یوهان لیندکویست"]]);
  });

  it("gives an ambassador 'تازه منصوب' the country after it", () => {
    const facts = extractArticle("مهدی صفری سفیر تازه منصوب ایران در چین با وانگ یی دیدار کرد.");
    expect(personOf(facts, "مهدی صفری")?.country).toBe("IR");
  });
});

describe("Persian receptions told one after another", () => {
  it("takes a ceremony opened by 'سپس' with its host 'با حضور' as a next occasion, not attendance of the welcome before", () => {
    const text = "کاسیم جومارت توکایف رئیس‌جمهور قزاقستان صبح امروز در فرودگاه مهرآباد مورد استقبال محمدرضا عارف معاون اول رئیس‌جمهور قرار گرفت.\nسپس مراسم استقبال رسمی از رئیس‌جمهور قزاقستان در کاخ سعدآباد با حضور مسعود پزشکیان برگزار شد.";
    expect(meetingSets(text)).toEqual([["Mohammad Reza Aref", "کاسیم جومارت توکایف"], ["Masoud Pezeshkian", "کاسیم جومارت توکایف"]]);
  });

  it("keeps one who attended the airport welcome out of the later ceremony", () => {
    const text = "کاسیم جومارت توکایف رئیس‌جمهور قزاقستان صبح امروز در فرودگاه مهرآباد مورد استقبال محمدرضا عارف معاون اول رئیس‌جمهور قرار گرفت.\nدر مراسم استقبال فرودگاه، علی اکبر جوکار سفیر کشورمان در آستانه نیز حضور داشت.\nسپس مراسم استقبال رسمی از رئیس‌جمهور قزاقستان با حضور مسعود پزشکیان برگزار شد.";
    expect(meetingSets(text)).toEqual([["Mohammad Reza Aref", "علی اکبر جوکار", "کاسیم جومارت توکایف"], ["Masoud Pezeshkian", "کاسیم جومارت توکایف"]]);
  });
});

describe("Persian attendees named with a parliamentary friendship group's title", () => {
  it("reads the chair of a friendship group as a person, so a list of attendees holding one is read whole", () => {
    const text = "آندری کلیشاس رئیس کمیته قانون اساسی شورای فدراسیون روسیه امروز با محمدباقر قالیباف دیدار کرد.\nدر این دیدار که کاظم جلالی سفیر ایران در مسکو و رضا تقوی رئیس گروه دوستی پارلمانی ایران و روسیه نیز حضور داشتند، دو طرف درباره همکاری‌های پارلمانی گفتگو کردند.";
    const facts = extractArticle(text);
    expect(personOf(facts, "رضا تقوی")?.role).toBe("Chair of the Parliamentary Friendship Group");
    expect(meetingSets(text)[0]).toEqual(expect.arrayContaining(["Mohammad Bagher Ghalibaf", "رضا تقوی"]));
    expect(meetingSets(text)[0]).toHaveLength(4);
  });
});

describe("denial words of another language", () => {
  it("does not read Persian نفت (oil) as the Arabic نفت (she denied) before a Persian meeting", () => {
    expect(meetingSets("بیژن زنگنه وزیر نفت روز دوشنبه در تماسی تلفنی با سهیل المزروعی وزیر انرژی امارات گفت‌وگو کرد.")).toEqual([["Bijan Zanganeh", "سهیل المزروعی"].sort()]);
    expect(meetingSets("نفت المتحدثة أن يكون الوزير قد التقى نظيره السوري فيصل المقداد.")).toEqual([]);
  });
});
