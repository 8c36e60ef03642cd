import { describe, expect, it } from "vitest";
import { createExtractor, extractArticle, Gazetteer, type ArticleFacts } from "../../src/extract/index.ts";
import { fixturePeople } from "./people.fixture.ts";

const speakers = (facts: ArticleFacts) => facts.quotes.map((q) => q.speaker);
const meetings = (facts: ArticleFacts) => facts.meetings.map((m) => ({ participants: [...m.participants].sort(), mode: m.mode }));

describe("Persian office titles resolved to their holders", () => {
  it("resolves the acting foreign minister's title to the acting minister in office", () => {
    const facts = extractArticle("سرپرست وزارت امور خارجه در تماس با همتای روس خود گفت: ایران از حق خود دفاع می‌کند.", { publishedAt: "2024-08-02" });
    expect(speakers(facts)).toEqual(["ali-bagheri-kani"]);
  });

  it("reads a deputy's remit between معاون and the ministry as part of one deputy foreign minister's title", () => {
    const facts = extractArticle("بهرام کاظمی معاون حقوقی و بین‌المللی وزارت امور خارجه کشورمان با سفیر نروژ در تهران دیدار کرد.\nکاوه رستمی معاون اقتصادی وزیر خارجه تاجیکستان نیز در این نشست حضور داشت.");
    expect(facts.persons.map((p) => [p.name, p.country, p.role, p.mentions.map((m) => m.text)])).toEqual([
      ["بهرام کاظمی", "IR", "Deputy Minister of Foreign Affairs", ["بهرام کاظمی", "معاون حقوقی و بین‌المللی وزارت امور خارجه کشورمان"]],
      ["کاوه رستمی", "TJ", "Deputy Minister of Foreign Affairs", ["کاوه رستمی", "معاون اقتصادی وزیر خارجه تاجیکستان"]],
    ]);
  });

  it("reads a remit written with the ezafe ی before the minister (آمریکای وزیر) as the deputy's title, with no minister met", () => {
    const facts = extractArticle("بهرام کاظمی معاون اروپا و آمریکای وزیر خارجه ایران با سفیر آلمان در تهران دیدار کرد.");
    expect(facts.persons.map((p) => [p.name, p.country, p.role, p.mentions.map((m) => m.text)])).toEqual([
      ["بهرام کاظمی", "IR", "Deputy Minister of Foreign Affairs", ["بهرام کاظمی", "معاون اروپا و آمریکای وزیر خارجه ایران"]],
    ]);
    expect(facts.meetings).toEqual([]);
    const arab = extractArticle("کاوه رستمی، معاون عربی و آفریقای وزیر امور خارجه با سفیر لبنان دیدار کرد.");
    expect(arab.persons.map((p) => [p.name, p.role])).toEqual([["کاوه رستمی", "Deputy Minister of Foreign Affairs"]]);
  });

  it("reads خطاب به (addressing) after امیر as the verb's phrase, not an emir named Khattab", () => {
    expect(extractArticle("امیر خطاب به خبرنگاران گفت که مذاکرات ادامه دارد.").persons.map((p) => p.name)).not.toContain("خطاب");
    expect(extractArticle("امیر قطر در این دیدار خطاب به وزیر خارجه ایران گفت که روابط گسترش می یابد.").persons.map((p) => p.name)).not.toContain("خطاب");
    expect(extractArticle("رئیس جمهور خطاب به نمایندگان مجلس گفت که بودجه تصویب می‌شود.").persons.map((p) => p.name)).not.toContain("خطاب");
  });

  it("reads امیر before a listed given name as the first part of a compound given name, not an emir's title", () => {
    const facts = extractArticle("امیر رضا توکلی سفیر ایران در اسلو با وزیر خارجه نروژ دیدار کرد و گفت: روابط رو به گسترش است.");
    expect(facts.persons.map((p) => [p.name, p.country, p.role])).toEqual([["امیر رضا توکلی", "IR", "Ambassador"]]);
    const emir = extractArticle("امیر فیصل بن خالد آل ثانی با سفیر ایران در دوحه دیدار کرد.");
    expect(emir.persons.map((p) => p.role)).toEqual(["Emir"]);
  });

  it("reads امیر before a military rank as part of an officer's form of address, not an emir's title", () => {
    for (const text of ["امیر سرتیپ بهرام نادری فرمانده پایگاه هوایی با وابسته نظامی ترکیه دیدار کرد.", "امیر دریادار شهرام کاظمی با فرمانده نیروی دریایی عمان گفتگو کرد."]) {
      expect(extractArticle(text).persons.map((p) => p.role === "Emir")).toEqual([false]);
    }
  });

  it("reads a title written without the space that cannot be seen after a non-joining letter (وزیرخارجه)", () => {
    const text = "وزیرخارجه مجارستان گفت که این کشور از برگزاری نشست صلح حمایت می‌کند.\nپیتر سیارتو وزیر خارجه مجارستان این سخنان را در بوداپست بیان کرد.";
    const facts = extractArticle(text);
    expect(facts.quotes.map((q) => [q.speaker, q.span.text])).toEqual([["name:پیتر سیارتو", "این کشور از برگزاری نشست صلح حمایت می‌کند"]]);
    expect(facts.persons.find((p) => p.name === "پیتر سیارتو")?.mentions.map((m) => m.text)).toContain("وزیرخارجه مجارستان");
  });

  it("resolves the Kremlin spokesman's title to the president's press secretary", () => {
    const facts = extractArticle("سخنگوی کرملین روز دوشنبه گفت: مذاکرات ادامه خواهد داشت.", { publishedAt: "2023-03-06" });
    expect(speakers(facts)).toEqual(["dmitry-peskov"]);
    const palace = extractArticle("سخنگوی کاخ کرملین به خبرنگاران گفت: این ادعا بی‌اساس است.", { publishedAt: "2023-03-06" });
    expect(speakers(palace)).toEqual(["dmitry-peskov"]);
  });

  it("resolves organisation heads: the IAEA director general, the EU foreign policy chief, the NATO and Arab League secretaries-general", () => {
    const at = (text: string, date: string) => speakers(extractArticle(text, { publishedAt: date }));
    expect(at("مدیرکل آژانس بین‌المللی انرژی اتمی گفت: بازرسان به زودی اعزام می‌شوند.", "2021-06-01")).toEqual(["rafael-grossi"]);
    expect(at("مسئول سیاست خارجی اتحادیه اروپا گفت: گفتگوها ادامه دارد.", "2021-06-01")).toEqual(["josep-borrell"]);
    expect(at("دبیرکل ناتو گفت: اتحاد ما قوی است.", "2018-06-01")).toEqual(["jens-stoltenberg"]);
    expect(at("دبیرکل اتحادیه عرب گفت: این اقدام محکوم است.", "2018-06-01")).toEqual(["ahmed-aboul-gheit"]);
  });

  it("resolves an 'other' title only through a gazetteer office of exactly its role", () => {
    const people = [
      ...fixturePeople,
      { id: "press-secretary", name: "Press Secretary", country: "RU", names: [], shortNames: [], offices: [{ office: "other" as const, title: "Press Secretary of the President", country: "RU", org: null, start: "2012-01-01", end: null }] },
      { id: "envoy", name: "Envoy", country: "RU", names: [], shortNames: [], offices: [{ office: "other" as const, title: "Special Envoy for Syria", country: "RU", org: null, start: "2012-01-01", end: null }] },
    ];
    const extract = createExtractor({ gazetteer: new Gazetteer(people) });
    expect(speakers(extract("سخنگوی ریاست جمهوری روسیه گفت: این تصمیم قطعی است.", { publishedAt: "2020-01-01" }))).toEqual(["press-secretary"]);
    // A generic "other" title (سخنگوی = spokesperson) names no particular office holder.
    expect(speakers(extract("سخنگوی روسیه گفت: این تصمیم قطعی است.", { publishedAt: "2020-01-01" }))).toEqual([]);
  });

  it("knows Ukraine's president, so his words are kept", () => {
    const facts = extractArticle("ولودیمیر زلنسکی در مصاحبه‌ای گفت: ما عقب نشینی نمی‌کنیم.");
    expect(facts.persons.map((p) => p.name)).toEqual(["Volodymyr Zelensky"]);
    expect(speakers(facts)).toEqual(["volodymyr-zelensky"]);
  });
});

describe("one call told twice", () => {
  const extract = createExtractor({ gazetteer: new Gazetteer(fixturePeople) });
  it("merges talks with no place in the lead into the phone call the body reports", () => {
    const text = "ظریف در گفتگو با لاوروف، تحریم‌ها را غیرقانونی دانست.\nظریف و لاوروف طی گفتگوی تلفنی درباره سوریه رایزنی کردند.";
    expect(meetings(extract(text))).toEqual([{ participants: ["mohammad-javad-zarif", "sergey-lavrov"], mode: "phone" }]);
  });

  it("keeps a meeting in a named city apart from a phone call of the same people", () => {
    const text = "ظریف و لاوروف طی گفتگوی تلفنی درباره سوریه رایزنی کردند.\nظریف هفته گذشته در مسکو با لاوروف دیدار کرده بود.";
    expect(meetings(extract(text)).map((m) => m.mode).sort()).toEqual(["in_person", "phone"]);
  });

  it("keeps talks whose clause says the people were together apart from a call, even with no city found", () => {
    const persian = "ظریف و لاوروف طی گفتگوی تلفنی درباره سوریه رایزنی کردند.\nظریف و لاوروف پیش‌تر در حاشیه اجلاس سران با یکدیگر گفتگو کرده بودند.";
    expect(meetings(extract(persian)).map((m) => m.mode).sort()).toEqual(["in_person", "phone"]);
    const arabic = "أجرى ظريف اتصالا هاتفيا مع لافروف بحثا فيه الوضع في سوريا.\nوكان ظريف ولافروف قد التقيا على هامش القمة الإقليمية.";
    expect(meetings(extract(arabic)).map((m) => m.mode).sort()).toEqual(["in_person", "phone"]);
  });
});

describe("the subject of a Persian speech verb", () => {
  const extract = createExtractor({ gazetteer: new Gazetteer(fixturePeople) });
  it("is not a person inside an opening prepositional phrase", () => {
    const text = "ظریف در نشست خبری حاضر شد.\nدر پاسخ به سوالی در ارتباط با سفر «سرگئی لاوروف» به منطقه، گفت: این سفر مهم است.";
    expect(speakers(extract(text))).toEqual(["mohammad-javad-zarif"]);
  });

  it("is not an outlet named in the question nor the word بیان of a framing", () => {
    const asked = "ظریف در نشست خبری حاضر شد.\nدر پاسخ به سوالی از سوی خبرنگار یک رسانه غربی درباره تحریم‌ها پاسخ داد: تحریم‌ها بی‌اثر است.";
    expect(speakers(extract(asked))).toEqual(["mohammad-javad-zarif"]);
    const framed = "ظریف در نشست خبری حاضر شد.\nدر این نشست با بیان اینکه گفتگوها ادامه دارد، گفت: توافق نزدیک است.";
    expect(speakers(extract(framed))).toEqual(["mohammad-javad-zarif", "mohammad-javad-zarif"]);
  });

  it("is not a person inside a relative clause opening the sentence (در این دیدار که … برگزار شد، X گفت)", () => {
    const text = "ظریف امروز در تهران با لاوروف دیدار کرد.\nدر این دیدار که با حضور کری، وزیر خارجه آمریکا، برگزار شد، ظریف گفت: گفتگوها سازنده بود.";
    expect(speakers(extract(text))).toEqual(["mohammad-javad-zarif"]);
  });

  it("still gives no speaker to an outlet standing as the subject", () => {
    expect(speakers(extract("ظریف به مسکو رفت.\nخبرگزاری تاس در گزارشی نوشت: این سفر مهم است."))).toEqual([]);
  });
});

describe("Persian paraphrases of an office", () => {
  it("reads 'رئیس نهاد قانونگذاری کشورمان' as the speaker of parliament named before, met on arrival", () => {
    const text = "قالیباف رئیس مجلس برای شرکت در نشست پارلمانی آسیا وارد وین شد.\nرئیس نهاد قانونگذاری کشورمان در بدو ورود مورد استقبال مهدی کرمانی، سفیر ایران در اتریش قرار گرفت.";
    const facts = extractArticle(text, { publishedAt: "2023-05-10" });
    expect(facts.persons.find((p) => p.mentions.some((m) => m.text === "رئیس نهاد قانونگذاری کشورمان"))?.mentions.map((m) => m.text)).toContain("قالیباف");
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });
});

describe("a Persian subject written as a title", () => {
  const extract = createExtractor({ gazetteer: new Gazetteer(fixturePeople) });
  const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [facts.persons.find((p) => p.key === q.speaker)?.mentions[0].text, q.span.text]);

  it("is the title after a phrase of occasion with no comma, not the last speaker", () => {
    const unnamed = "ظریف با سفیر جدید ژاپن در تهران دیدار کرد.\nظریف گفت: روابط دو کشور رو به رشد است.\nدر این دیدار سفیر جدید ژاپن گفت: توکیو به گسترش همکاری علاقه دارد.";
    expect(quotes(extract(unnamed))).toEqual([["ظریف", "روابط دو کشور رو به رشد است"]]);
    const named = unnamed.replace("با سفیر", "با کنجی ساتو سفیر");
    expect(quotes(extract(named))).toEqual([
      ["ظریف", "روابط دو کشور رو به رشد است"],
      ["کنجی ساتو", "توکیو به گسترش همکاری علاقه دارد"],
    ]);
  });

  it("gives a second office joined by و to the person named with the first", () => {
    const text = "ظریف با «کارلوس مندز» معاون رئیس جمهور و وزیر صنایع ونزوئلا دیدار کرد.\nوزیر صنایع ونزوئلا همکاری در صنعت خودرو را مهم خواند.";
    const facts = extract(text);
    expect(facts.persons.find((p) => p.mentions.some((m) => m.text === "کارلوس مندز"))?.mentions.map((m) => m.text)).toContain("وزیر صنایع ونزوئلا");
    expect(quotes(facts)).toEqual([["کارلوس مندز", "همکاری در صنعت خودرو را مهم خواند"]]);
  });

  it("keeps two offices of two countries for two people", () => {
    const text = "ظریف با «کارلوس مندز» سفیر ونزوئلا و سفیر کوبا دیدار کرد.";
    const mendez = extract(text).persons.find((p) => p.mentions.some((m) => m.text === "کارلوس مندز"));
    expect(mendez?.mentions.map((m) => m.text)).not.toContain("سفیر کوبا");
  });

  it("is the person of the second of two offices joined by و", () => {
    const text = "ظریف در نشستی خبری با لاوروف گفت: دو کشور همکاری می‌کنند.\nمعاون نخست وزیر و وزیر امور خارجه روسیه نیز اعلام کرد که مسکو از این طرح حمایت می‌کند.";
    expect(speakers(extract(text, { publishedAt: "2019-05-01" }))).toEqual(["mohammad-javad-zarif", "sergey-lavrov"]);
  });
});

describe("a Persian lead's title subject named later in the body", () => {
  const extract = createExtractor({ gazetteer: new Gazetteer(fixturePeople) });

  it("is the person the body names with that title: a deputy speaker, not the speaker", () => {
    const text = "نایب رئیس مجلس در دیدار با ظریف گفت: پارلمان از گسترش روابط با همسایگان حمایت می‌کند.\nبه گزارش ایسنا، بهرام نوری نایب رئیس مجلس شورای اسلامی روز دوشنبه با ظریف دیدار کرد.";
    const facts = extract(text);
    const nouri = facts.persons.find((p) => p.mentions.some((m) => m.text === "بهرام نوری"));
    expect(nouri?.role).toBe("Deputy Speaker of Parliament");
    expect(speakers(facts)).toEqual([nouri?.key]);
  });

  it("is a person the gazetteer knows in another office, named later with the title", () => {
    const text = "رئیس هیئت ایرانی در پایان نشست گفت: گفتگوها سازنده بود.\nبه گزارش ایسنا، ظریف رئیس هیئت ایرانی روز دوشنبه با لاوروف دیدار کرد.";
    expect(speakers(extract(text, { publishedAt: "2019-05-01" }))).toEqual(["mohammad-javad-zarif"]);
  });

  it("is nobody when the body names no one with that title", () => {
    const text = "نایب رئیس مجلس در دیدار با ظریف گفت: پارلمان از گسترش روابط با همسایگان حمایت می‌کند.\nبه گزارش ایسنا، بهرام نوری رئیس کمیسیون اقتصادی روز دوشنبه با ظریف دیدار کرد.";
    expect(speakers(extract(text))).toEqual([]);
  });
});

describe("a Persian country's title in the lead, named in the body", () => {
  const extract = createExtractor({ gazetteer: new Gazetteer(fixturePeople) });

  it("stands for the person the body later describes with that title, in the lead's meeting", () => {
    const text = "سفیر کشورمان در لیما با «خوان پرز» رئیس پارلمان پرو دیدار کرد.\nبه گزارش ایرنا، بهرام نوری سفیر کشورمان در این دیدار بر گسترش روابط پارلمانی تاکید کرد.";
    const facts = extract(text, { publishedAt: "2019-05-15" });
    const nouri = facts.persons.find((p) => p.mentions.some((m) => m.text === "بهرام نوری"));
    expect(nouri?.mentions.map((m) => m.text)).toContain("سفیر کشورمان در لیما");
    expect(facts.meetings.map((m) => m.participants.includes(nouri!.key))).toEqual([true]);
  });

  it("stands for nobody when two people of that title and country are described", () => {
    const text = "سفیر کشورمان با «خوان پرز» رئیس پارلمان پرو دیدار کرد.\nبهرام نوری سفیر کشورمان در لیما و سعید رضایی سفیر کشورمان در کیتو در نشستی شرکت کردند.";
    const facts = extract(text, { publishedAt: "2019-05-15" });
    expect(facts.persons.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain("سفیر کشورمان");
  });
});

describe("a Persian lead's title subject that fits no one named", () => {
  const extract = createExtractor({ gazetteer: new Gazetteer(fixturePeople) });
  const body = "\nبه گزارش ایرنا، بهرام نوری روز دوشنبه افزود: مقدمات این سفر آماده است.";

  it("is the first person the body names after it, with no office known", () => {
    const facts = extract(`سفیر ایران در پرو اعلام کرد که رئیس جمهور به زودی به لیما سفر می‌کند.${body}`, { publishedAt: "2019-05-15" });
    const nouri = facts.persons.find((p) => p.mentions.some((m) => m.text === "بهرام نوری"))?.key;
    expect(speakers(facts)).toEqual([nouri, nouri]);
  });

  it("is read past a dateline byline before the title", () => {
    const facts = extract(`لیما - ایرنا - سفیر ایران در پرو اعلام کرد که رئیس جمهور به زودی به لیما سفر می‌کند.${body}`, { publishedAt: "2019-05-15" });
    const nouri = facts.persons.find((p) => p.mentions.some((m) => m.text === "بهرام نوری"))?.key;
    expect(speakers(facts)).toEqual([nouri, nouri]);
  });

  it("is nobody when the person named after it holds another office", () => {
    const facts = extract("سفیر ایران در پرو اعلام کرد که رئیس جمهور به زودی به لیما سفر می‌کند.\nبه گزارش ایرنا، ظریف روز دوشنبه افزود: مقدمات این سفر آماده است.", { publishedAt: "2019-05-15" });
    expect(speakers(facts)).toEqual(["mohammad-javad-zarif"]);
  });
});
