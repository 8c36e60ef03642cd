import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { detectLanguage } from "../../src/extract/metadata.ts";

describe("language", () => {
  it("tells Persian, Arabic and English apart", () => {
    expect(detectLanguage("وزیر امور خارجه کشورمان امروز به پکن رفت و گفت که گفتگوها ادامه دارد.")).toBe("fa");
    expect(detectLanguage("قال وزير الخارجية إن اللقاء في العاصمة كان بناءً.")).toBe("ar");
    expect(detectLanguage("The foreign minister said the talks in the capital were useful.")).toBe("en");
  });

  it("reads Persian typed on an Arabic keyboard (ي and ك throughout) as Persian", () => {
    const persian = "استاندار در ديدار با سركنسول گفت: همكاري هاي اقتصادي، تجاري، فرهنگي و علمي ميان دو كشور بسيار گسترده و رو به افزايش است.";
    expect(detectLanguage(persian)).toBe("fa");
    // A short Arabic text with none of Persian's letters is Arabic by its ي and ك.
    expect(detectLanguage("استقبل ظريف لافروف وكيري.")).toBe("ar");
    // Arabic without its own letters (ة، أ، إ) is told by its words.
    expect(detectLanguage("وقال الوزير في مؤتمر صحفي مع نظيره عن الوضع في لبنان ان الحل سياسي.")).toBe("ar");
  });
});

describe("publisher", () => {
  it("takes the outlet from a source line over a reprinting site", () => {
    expect(extractArticle("عنوان خبر\nسایت بازنشر -\nمتن خبر این است.\nمنبع: تسنیم").publisher).toBe("Tasnim News Agency");
  });

  it("takes the outlet of 'به گزارش X' but not one only cited", () => {
    expect(extractArticle("به گزارش خبرگزاری مهر، وزیر سخن گفت.").publisher).toBe("Mehr News Agency");
    expect(extractArticle("بنا بر گزارش خبرگزاری رویترز، نشست برگزار شد.").publisher).toBeNull();
  });

  it("reads agency datelines and copyright lines", () => {
    expect(extractArticle("MOSCOW (Reuters) - The minister spoke on Monday.").publisher).toBe("Reuters");
    expect(extractArticle("نص الخبر هنا.\nجميع الحقوق محفوظة لموقع الميادين ©").publisher).toBe("Al Mayadeen");
  });
});

describe("publisher country", () => {
  const countryOf = (text: string, name: string) => extractArticle(text).persons.find((p) => p.name === name)?.country ?? null;

  it("reads an Arab national agency from an Arabic source line, and 'our country' is then that agency's", () => {
    const body = "عنوان الخبر\nأكد وزير خارجية بلادنا سامي النجار خلال لقائه نظيره الإيطالي أهمية التعاون بين البلدين.";
    const text = `${body}\nالمصدر: وكالة السودان للأنباء (سونا)`;
    expect(extractArticle(text).publisher).toBe("Sudan News Agency");
    expect(countryOf(text, "سامي النجار")).toBe("SD");
    expect(countryOf(body, "سامي النجار")).toBeNull();
  });

  it("gives a bare title the country of a national agency named in an English dateline", () => {
    const body = "The foreign minister, Hamid Rahimi, met the Italian ambassador on Sunday and discussed trade.";
    const text = `A headline\n\nMUSCAT (Oman News Agency) - ${body}`;
    expect(extractArticle(text).publisher).toBe("Oman News Agency");
    expect(countryOf(text, "Hamid Rahimi")).toBe("OM");
    expect(countryOf(`A headline\n\n${body}`, "Hamid Rahimi")).toBeNull();
  });

  it("takes a Persian article from an unknown outlet for one of the country it names most among the language's home countries", () => {
    const afghan = "عنوان خبر\nحمید رحیمی وزیر خارجه روز دوشنبه در کابل گفت که افغانستان خواهان گسترش روابط تجاری با همسایگان است.\nوی افزود که افغانستان به همکاری منطقه‌ای نیاز دارد.";
    expect(countryOf(afghan, "حمید رحیمی")).toBe("AF");
    expect(countryOf(afghan.replace(/افغانستان/g, "ایران").replace("کابل", "تهران"), "حمید رحیمی")).toBe("IR");
    // Naming no home country, or as many of one as of the other, leaves the language's usual one.
    expect(countryOf(afghan.replace(/افغانستان/g, "کشور").replace("کابل", "پایتخت"), "حمید رحیمی")).toBe("IR");
    expect(countryOf(afghan.replace("کابل", "پایتخت").replace("وی افزود که افغانستان", "وی افزود که ایران"), "حمید رحیمی")).toBe("IR");
    // A known outlet's country comes first.
    expect(countryOf(`${afghan}\nمنبع: ایرنا`, "حمید رحیمی")).toBe("IR");
  });

  it("tells outlets sharing a name apart only by a distinguishing form, and takes no ordinary word for an outlet", () => {
    expect(extractArticle("نص الخبر هنا.\nالمصدر: صحيفة الوطن القطرية").publisher).toBe("Al-Watan (Qatar)");
    expect(extractArticle("نص الخبر هنا.\nالمصدر: alwatan.com.sa").publisher).toBe("Al-Watan (Saudi Arabia)");
    expect(extractArticle("عنوان الخبر\nوجاء ذلك حسب البيان الصادر عن الوزارة مساء اليوم.").publisher).toBeNull();
    expect(extractArticle("A headline\n\nA source said dawn raids had begun.").publisher).toBeNull();
  });
});

describe("publication date and title", () => {
  it("reads a dateline before the body", () => {
    expect(extractArticle("الأحد 2019-05-12 10:00\nعنوان الخبر\nنص الخبر الكامل هنا.").publishedAt).toBe("2019-05-12");
    expect(extractArticle("۱۳۹۸/۰۲/۲۲\nمتن خبر.").publishedAt).toBe("2019-05-12");
    expect(extractArticle("عنوان الخبر\n\n2 فبراير 2026آخر تحديث :\n\nنص الخبر الكامل هنا.").publishedAt).toBe("2026-02-02");
    expect(extractArticle("Headline\n\nBy a reporter Thu 19th December 2019 | 10:55 PM\n\nMOSCOW (Sputnik - 19th December, 2019) The body.").publishedAt).toBe("2019-12-19");
  });

  it("reads a line that holds only the date, its time and a label", () => {
    expect(extractArticle("کد خبر: ۱۲۳۴\nتاریخ انتشار: ۱۳:۲۰ - ۱۹ مرداد ۱۴۰۲\n\nعنوان خبر\n\nمتن کامل خبر در اینجا آمده است.").publishedAt).toBe("2023-08-10");
    expect(extractArticle("A headline\n\nPublished on 5 June 2019 at 10:40 GMT\n\nThe body of the story is here.").publishedAt).toBe("2019-06-05");
  });

  it("does not take a date from the body as the publication date", () => {
    expect(extractArticle("عنوان\nنص طويل عن تاريخ العلاقات بين البلدين منذ أن وقعت الاتفاقية في 2001-01-01 وحتى الآن.").publishedAt).toBeNull();
  });

  it("uses the headline, skipping furniture lines, else the first line", () => {
    expect(extractArticle("کد خبر: 12345\nعنوان اصلی خبر\nمتن خبر.").title).toBe("عنوان اصلی خبر");
    expect(extractArticle("خبری بدون عنوان که با نقطه تمام می‌شود.\nادامه.").title).toBe("خبری بدون عنوان که با نقطه تمام می‌شود.");
  });
});
