import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("quotes", () => {
  it("reads colon quotes and resolves a later pronoun to the last speaker", () => {
    const text = "ظریف در جمع خبرنگاران گفت: گفتگوها ادامه خواهد داشت.\nوی افزود: هیچ توافقی بدون ضمانت ممکن نیست.";
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "گفتگوها ادامه خواهد داشت", true],
      ["mohammad-javad-zarif", "هیچ توافقی بدون ضمانت ممکن نیست", true],
    ]);
  });

  it("reads reported speech after که / إن / that, without the complementizer", () => {
    expect(quotes(extract("لاوروف اعلام کرد که مسکو از این طرح حمایت می‌کند."))).toEqual([["sergey-lavrov", "مسکو از این طرح حمایت می‌کند", false]]);
    expect(quotes(extract("وقال لافروف إن بلاده تدعم الحل السياسي."))).toEqual([["sergey-lavrov", "بلاده تدعم الحل السياسي", false]]);
    expect(quotes(extract("Lavrov said that Moscow backed the plan."))).toEqual([["sergey-lavrov", "Moscow backed the plan", false]]);
  });

  it("gives an Arabic verb with an implied subject to the last speaker", () => {
    const text = "وقال لافروف إن المحادثات كانت بناءة.\nوأضاف أن الجانبين اتفقا على مواصلة الحوار.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });

  it("reads quotation marks and English pronoun subjects", () => {
    const text = "Sergey Lavrov spoke to reporters in the capital.\nHe said: “We are ready for a dialogue.”";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "We are ready for a dialogue", true]]);
  });

  it("reads framings and nominal statements of a position", () => {
    const text = "ظریف با اشاره به اینکه تحریم‌ها شکست خورده است، گفت: راه دیپلماسی باز است.\nظریف خواستار پایان فوری درگیری‌ها شد.";
    const found = quotes(extract(text));
    expect(found).toContainEqual(["mohammad-javad-zarif", "تحریم‌ها شکست خورده است", false]);
    expect(found).toContainEqual(["mohammad-javad-zarif", "راه دیپلماسی باز است", true]);
    expect(found).toContainEqual(["mohammad-javad-zarif", "خواستار پایان فوری درگیری‌ها شد", false]);
    const arabic = "وأكد ظريف على ضرورة احترام سيادة الدول.";
    expect(quotes(extract(arabic))).toEqual([["mohammad-javad-zarif", "ضرورة احترام سيادة الدول", false]]);
  });

  it("leaves out headlines, ritual thanks and condolences, and outlets", () => {
    const text = "ظریف: گفتگوها ادامه دارد\nظریف از میزبانان تشکر کرد.\nخبرگزاری رسمی نوشت، مذاکرات به پایان رسید.";
    expect(extract(text).quotes).toEqual([]);
  });

  it("counts a quote printed twice once", () => {
    const text = "لاوروف گفت: دوره تازه‌ای آغاز شده است.\nدر ادامه لاوروف گفت: دوره تازه‌ای آغاز شده است.";
    expect(extract(text).quotes).toHaveLength(1);
  });

  it("gives no single speaker to statements by both sides", () => {
    expect(extract("وأكد الوزيران على أهمية التعاون الثنائي بين البلدين.").quotes).toEqual([]);
  });

  it("keeps offsets that slice back to the quoted words", () => {
    const text = "سرگئی لاوروف گفت: «ما به گفتگو متعهد هستیم».";
    const [quote] = extract(text).quotes;
    expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.span.text);
    expect(quote.span.text).toBe("ما به گفتگو متعهد هستیم");
  });

  it("reads the formal Persian speech verbs (ساخت، نمود)", () => {
    expect(quotes(extract("ظریف خاطرنشان ساخت: همسایگان باید با هم گفتگو کنند."))).toEqual([["mohammad-javad-zarif", "همسایگان باید با هم گفتگو کنند", true]]);
    expect(quotes(extract("لاوروف تصریح نمود که مسکو به تعهدات خود پایبند است."))).toEqual([["sergey-lavrov", "مسکو به تعهدات خود پایبند است", false]]);
  });

  it("reads 'بر X تاکید کرد' as a stated position, without بر", () => {
    expect(quotes(extract("ظریف در این دیدار بر گسترش همکاری‌های اقتصادی دو کشور تاکید کرد."))).toEqual([["mohammad-javad-zarif", "گسترش همکاری‌های اقتصادی دو کشور", false]]);
  });

  it("reads a nominal statement whose verb follows a comma (بر ضرورت X، تاکید کرد)", () => {
    const text = "ظریف بر ضرورت احترام به حاکمیت کشورهای همسایه، تاکید کرد.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "ضرورت احترام به حاکمیت کشورهای همسایه", false]]);
  });

  it("reads a nominal statement whose open words stand before a list set off by commas", () => {
    const text = "ظریف در دیدار با همتای ترک خود بر گسترش همکاری‌ها در حوزه‌های سیاسی، تجاری و اقتصادی، انرژی و حمل و نقل تاکید کرد.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "گسترش همکاری‌ها در حوزه‌های سیاسی، تجاری و اقتصادی، انرژی و حمل و نقل", false]]);
    const list = "لاوروف بر لزوم همکاری در مبارزه با تروریسم، قاچاق مواد مخدر و جرایم سازمان‌یافته تأکید کرد.";
    expect(quotes(extract(list))).toEqual([["sergey-lavrov", "لزوم همکاری در مبارزه با تروریسم، قاچاق مواد مخدر و جرایم سازمان‌یافته", false]]);
  });

  it("does not reach over a clause with its own verb, nor a long clause, for the open words of a statement", () => {
    expect(quotes(extract("ظریف بر سکو ایستاد، سکوت کرد، بعد تاکید کرد."))).toEqual([]);
    expect(quotes(extract("بر اساس این گزارش، کارشناسان حاضر در نشست امروز تهران و نمایندگان دولت تاکید کرد."))).toEqual([]);
  });

  it("does not take an Arabic cue word inside Persian (شایان ذکر است که) for a speech verb", () => {
    const text = "لاوروف گفت: مذاکرات ادامه دارد.\nشایان ذکر است که ظریف هفته گذشته به مسکو سفر کرده بود.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["مذاکرات ادامه دارد"]);
  });

  it("reads 'X را Y دانست' with a long or comma-split predicate, from the start of the object's clause", () => {
    const long = "لاوروف گفتگوی مستقیم را تنها راه حل اختلافات میان کشورهای ساحلی دریای خزر دانست.";
    expect(quotes(extract(long))).toEqual([["sergey-lavrov", "گفتگوی مستقیم را تنها راه حل اختلافات میان کشورهای ساحلی دریای خزر دانست", false]]);
    const split = "ظریف ادامه رایزنی‌ها را در سطح کارشناسی، لازم دانست.";
    expect(quotes(extract(split))).toEqual([["mohammad-javad-zarif", "ادامه رایزنی‌ها را در سطح کارشناسی، لازم دانست", false]]);
  });

  it("gives no speaker to an institution as subject (کاخ سفید، کرملین، الكرملين), even with a person named in the clause", () => {
    const persian = "ظریف گفت: گفتگوها ادامه دارد.\nکاخ سفید در واکنش به سخنان لاوروف اعلام کرد که تحریم‌ها باقی می‌ماند.\nبه گزارش خبرگزاری فارس، کرملین اعلام کرد که پوتین به تهران سفر نمی‌کند.";
    expect(quotes(extract(persian)).map((q) => q[1])).toEqual(["گفتگوها ادامه دارد"]);
    const arabic = "وقال لافروف إن المحادثات كانت بناءة.\nوقال الكرملين إن الزيارة ستتم قريبا.";
    expect(quotes(extract(arabic)).map((q) => q[1])).toEqual(["المحادثات كانت بناءة"]);
    // A lead-in ("به گزارش X،", "به نقل از X،") before the institution is passed over, so a person later in the clause is not its subject.
    const leadIn = "ظریف گفت: گفتگوها ادامه دارد.\nبه نقل از ایرنا، کرملین درباره سفر پوتین اعلام کرد که این سفر انجام نمی‌شود.";
    expect(quotes(extract(leadIn)).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
    // An outlet's own attribution before the person's is a lead-in, not the person's subject.
    expect(quotes(extract("پایگاه الف نوشت، ظریف در دیدار با همتای روس خود گفت: آتش‌بس باید ادامه یابد.")).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
  });

  it("reads condemnations (X را محکوم کرد) as stated positions, not sentences passed by a court", () => {
    const text = "ظریف حمله تروریستی به سفارت را به شدت محکوم کرد.\nدادگاه متهم را به پنج سال زندان محکوم کرد.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "حمله تروریستی به سفارت را به شدت محکوم کرد", false]]);
  });

  it("reads hopes and warnings (ابراز امیدواری کرد که، نسبت به X هشدار داد) and explicit support, not bare support", () => {
    expect(quotes(extract("لاوروف ابراز امیدواری کرد که مذاکرات به نتیجه برسد."))).toEqual([["sergey-lavrov", "مذاکرات به نتیجه برسد", false]]);
    expect(quotes(extract("ظریف نسبت به پیامدهای تشدید تنش در منطقه هشدار داد."))).toEqual([["mohammad-javad-zarif", "نسبت به پیامدهای تشدید تنش در منطقه هشدار داد", false]]);
    expect(quotes(extract("لاوروف از طرح صلح اعلام حمایت کرد."))).toEqual([["sergey-lavrov", "از طرح صلح اعلام حمایت کرد", false]]);
    expect(quotes(extract("لاوروف از طرح صلح حمایت کرد."))).toEqual([]);
  });

  it("starts 'آن را Y خواند' after a coordinated finite verb, with را joined (آنرا) or not", () => {
    expect(quotes(extract("ظریف از تحریم‌های جدید انتقاد کرد و آنرا غیرقانونی خواند.")).map((q) => q[1])).toEqual(["از تحریم‌های جدید انتقاد کرد", "آنرا غیرقانونی خواند"]);
    expect(quotes(extract("ظریف از تحریم‌های جدید انتقاد کرد و آن را غیرقانونی خواند.")).map((q) => q[1])).toEqual(["از تحریم‌های جدید انتقاد کرد", "آن را غیرقانونی خواند"]);
  });

  it("never resolves a pronoun to a person named only after a preposition or inside the previous quote", () => {
    const text = "محمدجواد ظریف امروز با لاوروف تلفنی گفتگو کرد.\nسرپرست وزارت امور خارجه در این گفتگو با لاوروف گفت: پوتین به تهران سفر می‌کند.\nوی افزود: همکاری‌ها ادامه دارد.";
    const found = quotes(extract(text));
    expect(found.find((q) => q[1] === "همکاری‌ها ادامه دارد")?.[0]).toBe("mohammad-javad-zarif");
  });

  it("ends a reported clause after که with its sentence", () => {
    expect(quotes(extract("لاوروف گفت که گفتگوها سازنده بود. نشست بعدی ماه آینده در ژنو برگزار می‌شود."))).toEqual([["sergey-lavrov", "گفتگوها سازنده بود", false]]);
  });

  it("reads the clausal framings with ضمن and a framing on a necessity, but not one on another noun", () => {
    expect(quotes(extract("ظریف ضمن یادآوری اینکه ایران همواره از راه‌حل سیاسی حمایت کرده است، گفت: گفتگوها ادامه دارد."))).toEqual([
      ["mohammad-javad-zarif", "ایران همواره از راه‌حل سیاسی حمایت کرده است", false],
      ["mohammad-javad-zarif", "گفتگوها ادامه دارد", true],
    ]);
    expect(quotes(extract("لاوروف ضمن تاکید بر ضرورت توقف درگیری‌ها در سوریه، گفت: روسیه آماده همکاری است.")).map((q) => q[1])).toEqual(["ضرورت توقف درگیری‌ها در سوریه", "روسیه آماده همکاری است"]);
    expect(quotes(extract("لاوروف با تاکید بر اهمیت نقش ایران، خواستار کاهش تنش‌ها شد.")).map((q) => q[1])).toEqual(["خواستار کاهش تنش‌ها شد"]);
  });

  it("gives no speaker to a nominal statement whose subject is 'both officials'", () => {
    expect(quotes(extract("لاوروف گفت که گفتگوها سازنده بود. هر دو مقام بر ادامه همکاری تاکید کردند."))).toEqual([["sergey-lavrov", "گفتگوها سازنده بود", false]]);
  });
  it("does not read the noun گفت و گو (talks) in any inflection as the verb گفت", () => {
    const text = "کری گفت که این سفر در ادامه گفت و گوهایی است که ماه پیش در وین انجام شد.";
    expect(quotes(extract(text))).toEqual([["john-kerry", "این سفر در ادامه گفت و گوهایی است که ماه پیش در وین انجام شد", false]]);
  });

  it("takes the next paragraph as the quote when the attribution line ends with a colon", () => {
    const text = "ظریف روز سه‌شنبه وارد آنکارا شد.\nوی در جمع خبرنگاران گفت:\nهمسایگان باید اختلافات را با گفتگو حل کنند.\nکری نیز در ژنو بود.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "همسایگان باید اختلافات را با گفتگو حل کنند", true]]);
  });

  it("joins a «…» quotation left open at a paragraph's end with the next paragraph opening with «", () => {
    const text = "لاوروف گفت: «مسکو از راه‌حل سیاسی حمایت می‌کند.\n«هیچ راه‌حل نظامی وجود ندارد.»\nکری نیز در ژنو بود.";
    const found = quotes(extract(text));
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe("sergey-lavrov");
    expect(found[0][1]).toContain("مسکو از راه‌حل سیاسی حمایت می‌کند");
    expect(found[0][1]).toContain("هیچ راه‌حل نظامی وجود ندارد");
  });

  it("gives a sentence-opening framing (با بیان اینکه …) to the subject of the verb after it", () => {
    const text = "ظریف گفت که تهران آماده همکاری است.\nبا تاکید بر اینکه تحریم‌ها باید برداشته شود، لاوروف افزود که مسکو به تعهداتش پایبند است.";
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "تهران آماده همکاری است", false],
      ["sergey-lavrov", "تحریم‌ها باید برداشته شود", false],
      ["sergey-lavrov", "مسکو به تعهداتش پایبند است", false],
    ]);
  });
  it("ends a framed clause at its comma when the main clause after it states a position of its own (با بیان اینکه X، خواستار Y شد)", () => {
    const called = extract("ظریف در دیدار با لاوروف، با بیان اینکه مرزهای دو کشور باید مرز تجارت باشد، خواستار فعال شدن بازارچه‌های مرزی شد.", { publishedAt: "2015-05-01" });
    expect(quotes(called)).toEqual([
      ["mohammad-javad-zarif", "مرزهای دو کشور باید مرز تجارت باشد", false],
      ["mohammad-javad-zarif", "خواستار فعال شدن بازارچه‌های مرزی شد", false],
    ]);
    const deemed = extract("ظریف با تاکید بر اینکه همکاری دو کشور باید گسترش یابد، تکمیل خط لوله گاز را ضروری دانست.", { publishedAt: "2015-05-01" });
    expect(quotes(deemed).map((q) => q[1])).toEqual(["همکاری دو کشور باید گسترش یابد", "تکمیل خط لوله گاز را ضروری دانست"]);
  });

  it("reads a lead ending with 'گفت:' right after the headline as the attribution of the paragraph after it", () => {
    const text = "دیدار ظریف و لاوروف\nمحمدجواد ظریف وزیر امور خارجه در دیدار با سرگئی لاوروف گفت:\nدو کشور در مبارزه با تروریسم تجربه‌های ارزشمندی دارند و همکاری را ادامه می‌دهند.";
    expect(quotes(extract(text, { publishedAt: "2015-05-01" }))).toEqual([["mohammad-javad-zarif", "دو کشور در مبارزه با تروریسم تجربه‌های ارزشمندی دارند و همکاری را ادامه می‌دهند", true]]);
  });

  it("gives an unnamed title subject to the person named earlier with that full title, not to the last speaker", () => {
    const text = "ناصر کنعانی سخنگوی وزارت امور خارجه در نشست خبری گفت که تهران آماده گفتگو است.\nلاوروف نیز گفت که مسکو از این طرح حمایت می‌کند.\nسخنگوی وزارت امور خارجه در ادامه افزود که تحریم‌ها غیرقانونی است.";
    const found = quotes(extract(text));
    expect(found.map((q) => q[1])).toEqual(["تهران آماده گفتگو است", "مسکو از این طرح حمایت می‌کند", "تحریم‌ها غیرقانونی است"]);
    expect(found[2][0]).toBe(found[0][0]);
    expect(found[2][0]).not.toBe("sergey-lavrov");
  });

  it("does not corefer a title with another country's (وزیر کشور عراق ≠ وزیر کشور ایران)", () => {
    const text = "ناصر کنعانی وزیر کشور عراق گفت که انتخابات برگزار می‌شود.\nلاوروف نیز گفت که مسکو از این طرح حمایت می‌کند.\nوزیر کشور ایران افزود که امنیت برقرار است.";
    const found = quotes(extract(text));
    expect(found[0][1]).toBe("انتخابات برگزار می‌شود");
    expect(found.filter((q) => q[1] === "امنیت برقرار است" && q[0] === found[0][0])).toEqual([]);
  });
  it("reads no quote from remarks whose content is not stated (اظهاراتی را … عنوان کرد)", () => {
    expect(extract("ظریف در آغاز نشست با اشاره به تحولات منطقه اظهاراتی را به زبان انگلیسی عنوان کرد.").quotes).toEqual([]);
  });
});

describe("Persian perfects written without their auxiliary", () => {
  it("reads 'گفته که', 'نوشته که' and 'گفته:' as speech verbs", () => {
    const text = "ظریف گفته که ایران به تعهدات خود پایبند می‌ماند.\nلاوروف در پیامی نوشته که گفتگوها سازنده بود.\nظریف همچنین گفته: تحریم‌ها باید برداشته شود.";
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "ایران به تعهدات خود پایبند می‌ماند", false],
      ["sergey-lavrov", "گفتگوها سازنده بود", false],
      ["mohammad-javad-zarif", "تحریم‌ها باید برداشته شود", true],
    ]);
  });

  it("leaves the noun and the passive alone: 'این گفته', 'گفته شده که'", () => {
    const text = "ظریف با لاوروف در مسکو دیدار کرد.\nدر این باره گفته شده که نشست بعدی در وین خواهد بود.\nاین گفته ظریف در رسانه‌ها بازتاب داشت.";
    expect(quotes(extract(text))).toEqual([]);
  });
});

describe("a Persian pronoun subject", () => {
  it("stands for the person opening the sentence before, even one in guillemets, not for the last speaker", () => {
    const text = "ظریف گفت: گفتگوها سازنده بود.\n«جان کری» وزیر خارجه آمریکا نیز پیش از این از این مذاکرات سخن گفت. وی گفت که توافق نزدیک است.";
    expect(quotes(extract(text, { publishedAt: "2015-05-01" })).map((q) => q[0])).toEqual(["mohammad-javad-zarif", "john-kerry"]);
  });

  it("goes on with the last speaker after 'افزود'", () => {
    const text = "ظریف گفت: گفتگوها سازنده بود.\nلاوروف نیز در این نشست حضور داشت. وی افزود: دور بعد در ژنو است.";
    expect(quotes(extract(text, { publishedAt: "2015-05-01" })).map((q) => q[0])).toEqual(["mohammad-javad-zarif", "mohammad-javad-zarif"]);
  });
});
