import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Quote cues of the lexicon in each language; every sentence is written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("the cue lexicon of each language", () => {
  it("reads Arabic إنها as a complementizer, not as the Persian plural pronoun آنها", () => {
    const text = "وصل لافروف إلى القاهرة، لكن لافروف قال إنها زيارة مهمة للعلاقات بين البلدين.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "زيارة مهمة للعلاقات بين البلدين", false]]);
  });
});

describe("Persian verbs in all their finite forms", () => {
  it("reads the perfect, the present and the formal light verb of a listed verb", () => {
    expect(quotes(extract("ظریف تاکید کرده است که گفت‌وگوها ادامه خواهد یافت."))).toEqual([["mohammad-javad-zarif", "گفت‌وگوها ادامه خواهد یافت", false]]);
    expect(quotes(extract("لاوروف می‌گوید که مسکو آماده همکاری است."))).toEqual([["sergey-lavrov", "مسکو آماده همکاری است", false]]);
    expect(quotes(extract("ظریف تأکید نمود که راه حل سیاسی است."))).toEqual([["mohammad-javad-zarif", "راه حل سیاسی است", false]]);
  });

  it("keeps a nominal statement inside a reported clause in the outer quote", () => {
    const text = "ظریف گفت که کری گزارش نشست را مثبت خوانده است.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "کری گزارش نشست را مثبت خوانده است", false]]);
  });

  it("takes no content from a coordinated clause after the verb", () => {
    const text = "ظریف از اخراج دیپلمات‌ها ابراز نگرانی کرد و خواستار توقف این روند شد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["از اخراج دیپلمات‌ها ابراز نگرانی کرد", "خواستار توقف این روند شد"]);
  });
});

describe("English objects of speech verbs", () => {
  it("takes an object headed by a stance noun, not a topic", () => {
    expect(quotes(extract("Kerry stressed the importance of dialogue between the two capitals."))).toEqual([["john-kerry", "the importance of dialogue between the two capitals", false]]);
    expect(extract("Kerry noted the fruitful cooperation between the two countries in trade.").quotes).toEqual([]);
  });

  it("reads welcoming a decision as a position, welcoming a person as none", () => {
    expect(quotes(extract("Kerry welcomed the decision to extend the ceasefire by a month."))).toEqual([["john-kerry", "the decision to extend the ceasefire by a month", false]]);
    expect(extract("Kerry welcomed Lavrov to Washington on Monday morning.").quotes).toEqual([]);
  });

  it("takes the whole object of praise and appeals, with the person in it", () => {
    expect(quotes(extract("Kerry praised Lavrov for his role in the talks."))).toEqual([["john-kerry", "Lavrov for his role in the talks", false]]);
    expect(quotes(extract("Kerry urged both parties to return to the table."))).toEqual([["john-kerry", "both parties to return to the table", false]]);
    expect(extract("Kerry called on the president at his office in the capital.").quotes).toEqual([]);
  });

  it("leaves out thanks stated as an object", () => {
    expect(extract("Kerry expressed his gratitude for the hospitality of the hosts.").quotes).toEqual([]);
  });

  it("reads a stance noun before 'that' as part of the cue", () => {
    expect(quotes(extract("Lavrov expressed his hope that the talks would resume soon."))).toEqual([["sergey-lavrov", "the talks would resume soon", false]]);
  });

  it("ends reported speech before a second predicate of the speaker's", () => {
    expect(quotes(extract("Kerry said the talks were useful and thanked Lavrov for the invitation."))).toEqual([["john-kerry", "the talks were useful", false]]);
    expect(quotes(extract("Kerry said the talks were useful and he wished them well."))).toEqual([["john-kerry", "the talks were useful", false]]);
  });

  it("reads a verb after an auxiliary or adverb as having the subject before them", () => {
    expect(quotes(extract("Moscow is ready to talk, Lavrov has said in an interview."))).toEqual([["sergey-lavrov", "Moscow is ready to talk", false]]);
    expect(quotes(extract("Lavrov also stressed that the channel stays open."))).toEqual([["sergey-lavrov", "the channel stays open", false]]);
  });

  it("reads 'continued' as a cue only for quoted words", () => {
    expect(extract("Zarif met Lavrov. They welcomed Iran's continued participation in the talks, Lavrov said.").quotes.map((q) => q.span.text)).toEqual(["They welcomed Iran's continued participation in the talks"]);
  });

  it("gives a colon after a later participle to the participle", () => {
    const text = "Lavrov said his country would work with its partners, saying: “We should be working closer together.”";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "his country would work with its partners", false],
      ["sergey-lavrov", "We should be working closer together", true],
    ]);
  });
});

describe("who speaks when the subject is not a name", () => {
  it("gives no speaker to a plural subject, nor to the predicates coordinated with it", () => {
    expect(extract("Kerry and Lavrov met. The three ministers affirmed their commitment to the process.").quotes).toEqual([]);
    expect(extract("Kerry met Lavrov. Ministers welcomed the resolution on the region and called for the early convening of a conference.").quotes).toEqual([]);
  });

  it("gives an English verb with an unknown written subject to nobody, not to the last speaker", () => {
    const text = "Kerry said the talks were useful.\nTwo days ago, the ambassador of a small island state had commended Kerry on his efforts.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["the talks were useful"]);
  });

  it("resolves a definite title or role noun with a country to the person named with that office and country", () => {
    const text = "Kerry met Lavrov in Moscow on Monday.\nKerry said the talks were useful.\nThe Russian minister said that the dialogue would go on.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
    const diplomat = "Lavrov met Kerry in Moscow on Monday.\nLavrov said the talks were useful.\nThe American diplomat said that the dialogue would go on.";
    expect(quotes(extract(diplomat)).map((q) => q[0])).toEqual(["sergey-lavrov", "john-kerry"]);
    expect(quotes(extract("Kerry met Lavrov.\nKerry said the talks were useful.\nA minister said that the dialogue would go on.")).map((q) => q[0])).toEqual(["john-kerry"]);
  });

  it("resolves an Arabic role noun after honorifics to a holder of that office", () => {
    const text = "استقبل الرئيس بوتين الوزير لافروف.\nوقال بوتين إن اللقاء كان مفيدا.\nوقال معالي الوزير بعد اللقاء: \"العلاقات بين البلدين متينة جدا\".";
    expect(quotes(extract(text, { publishedAt: "2019-02-01" })).map((q) => q[0])).toEqual(["vladimir-putin", "sergey-lavrov"]);
  });

  it("gives an Arabic verb with no subject of its own to the previous cue of its sentence", () => {
    const text = "استقبل كيري لافروف.\nوأكد لافروف خلال لقائه كيري أهمية الحوار، وقال إن المحادثات كانت مفيدة للطرفين.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });
});

describe("Persian nominal statements", () => {
  it("reads a position announced as the object of اعلام کرد only with a stance noun heading it", () => {
    expect(quotes(extract("لاوروف نیز حمایت کامل مسکو را از این طرح اعلام کرد."))).toEqual([["sergey-lavrov", "حمایت کامل مسکو را از این طرح اعلام کرد", false]]);
    expect(extract("لاوروف نتایج نشست را اعلام کرد.").quotes).toEqual([]);
  });

  it("passes over a phrase of occasion after the subject", () => {
    expect(quotes(extract("ظریف در این نشست آمادگی ایران را برای گفت‌وگو اعلام کرد."))).toEqual([["mohammad-javad-zarif", "آمادگی ایران را برای گفت‌وگو اعلام کرد", false]]);
  });

  it("reads concern stated with نسبت به and emphasis stated as مورد تاکید قرار داد", () => {
    expect(quotes(extract("ظریف نسبت به اخراج دیپلمات‌ها از این کشور ابراز نگرانی کرد."))).toEqual([["mohammad-javad-zarif", "نسبت به اخراج دیپلمات‌ها از این کشور ابراز نگرانی کرد", false]]);
    expect(quotes(extract("لاوروف عزم مسکو برای گسترش روابط را مورد تاکید قرار داد."))).toEqual([["sergey-lavrov", "عزم مسکو برای گسترش روابط را مورد تاکید قرار داد", false]]);
  });

  it("leaves out conveyed regards stated as a request", () => {
    expect(extract("لاوروف خواستار ابلاغ سلام خود به رئیس جمهور شد.").quotes).toEqual([]);
  });

  it("keeps a term in quotation marks or parentheses inside the object's clause", () => {
    const text = "ظریف در دیدار با کری، حملات اخیر (در مرز) به “غیرنظامیان” را محکوم کرد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["حملات اخیر (در مرز) به “غیرنظامیان” را محکوم کرد"]);
  });

  it("ends a clause at a compound verb whose light verb is left out, and closes a statement on one", () => {
    const text = "ظریف روابط دو کشور را مهم توصیف و از تلاش‌های کری قدردانی کرد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["روابط دو کشور را مهم توصیف"]);
    expect(quotes(extract("ظریف از سابقه روابط یاد و از برنامه‌های جدید مسکو استقبال کرد.")).map((q) => q[1])).toEqual(["از برنامه‌های جدید مسکو استقبال کرد"]);
  });
});

describe("Arabic verbs with a preposition or a noun phrase of their own", () => {
  it("reads أعرب عن with the listener set off by commas, and not thanks", () => {
    expect(quotes(extract("أعرب لافروف، لنظيره الأمريكي جون كيري، عن الأمل في استئناف الحوار بين البلدين."))).toEqual([["sergey-lavrov", "استئناف الحوار بين البلدين", false]]);
    expect(quotes(extract("وأعرب لافروف خلال الاتصال عن دعمه للمبادرة الجديدة في المنطقة.")).map((q) => q[1])).toEqual(["دعمه للمبادرة الجديدة في المنطقة"]);
    expect(extract("وأعرب لافروف عن شكره لكيري على حسن الاستقبال.").quotes).toEqual([]);
  });

  it("reads praise and condemnation with their object only after a named subject", () => {
    expect(quotes(extract("ثمّن لافروف قرار الحكومة وقف إطلاق النار في المنطقة.")).map((q) => q[1])).toEqual(["قرار الحكومة وقف إطلاق النار في المنطقة"]);
    expect(extract("ارتفع ثمن النفط في الأسواق العالمية بعد القرار.").quotes).toEqual([]);
  });

  it("reads a named subject right before the verb, and passes over a phrase of occasion naming a person", () => {
    expect(quotes(extract("وجاء في البيان أن لافروف أكد حرص بلاده على دعم الحل السياسي.")).map((q) => q[0])).toEqual(["sergey-lavrov"]);
    expect(quotes(extract("وأكد لافروف خلال لقائه كيري أهمية الحوار بين البلدين.")).map((q) => q[1])).toEqual(["أهمية الحوار بين البلدين"]);
  });

  it("never reads a verb inside a word with another clitic (بحث is not ب + حث)", () => {
    expect(extract("التقى لافروف كيري، وجرى بحث المستجدات على الساحة الدولية.").quotes).toEqual([]);
  });

  it("gives a verb with no subject inside a sentence naming nobody to nobody", () => {
    expect(extract("وقال لافروف إن الحوار مفيد.\nوتبادل الطرفان وجهات النظر وحث الاحتلال على وقف عدوانه.").quotes.map((q) => q.span.text)).toEqual(["الحوار مفيد"]);
  });

  it("takes the subject of the main clause, not a person after مع and honorifics", () => {
    const text = "أجرى لافروف اتصالا هاتفيا مع معالي الوزير جون كيري، أعرب فيه عن تضامن بلاده مع الشعب الأمريكي.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("gives a participle its own quotation after it, not the one before", () => {
    const text = "نبه لافروف إلى «خطورة ما يجري في المنطقة من انتهاكات»، مطالباً «جميع الدول بالوقوف معا في وجه العدوان».";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["خطورة ما يجري في المنطقة من انتهاكات", "جميع الدول بالوقوف معا في وجه العدوان"]);
  });
});

describe("quotations given to no one", () => {
  it("reads the cues inside a quotation attributed to an office, up to its closing mark", () => {
    const text = "Kerry met Lavrov on Monday.\n\"Lavrov confirmed that the talks would resume in the spring,\" the ministry said in a statement.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "the talks would resume in the spring", false]]);
  });

  it("reads the cues of a quoted readout with no attribution", () => {
    const text = "Here is the readout of the call:\n“Kerry spoke to Lavrov today. Kerry noted that both sides share responsibility for the ceasefire. Lavrov reiterated his hope that the talks would go on.”";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
  });

  it("keeps cues inside a speaker's own quotation out", () => {
    const text = "“I have said that the talks must go on, and Lavrov noted that they would,” Kerry said.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry"]);
  });

  it("never takes an Arabic listener with ل for the subject after the verb", () => {
    const text = "وقال كيري إن الحوار مستمر.\nوأفاد التقرير أن لافروف «أكد لنظيره الأمريكي كيري أن بلاده مستعدة للحوار».";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
  });
});

describe("English subjects", () => {
  it("never takes the listener after 'told' for the speaker", () => {
    expect(quotes(extract("Kerry met Lavrov. Lavrov told Kerry the talks were useful.")).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("reads a surname standing alone before the verb as the person named with it", () => {
    const text = "President Alberto Quispe met Lavrov on Monday.\nOn the call, Quispe told Lavrov it was essential to keep talking.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["it was essential to keep talking"]);
  });

  it("gives a participle of two people joined by 'and' to nobody", () => {
    expect(extract("Kerry and Lavrov held a call on Monday, saying the two countries would work together.").quotes).toEqual([]);
  });

  it("takes the name right before the verb, not one earlier in the sentence", () => {
    const text = "After congratulating Lavrov on his new post, Secretary of State Kerry stated that the talks would go on.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry"]);
  });

  it("reads a pronoun as the subject opening the sentence before, but 'he added' as the last speaker", () => {
    const said = "Kerry said the talks were useful.\nLavrov thanked Kerry for the invitation. He explained that Moscow was ready to resume the dialogue.";
    expect(quotes(extract(said)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
    const added = "Kerry said the talks were useful.\nLavrov thanked Kerry for the invitation. He added that the dialogue would resume.";
    expect(quotes(extract(added)).map((q) => q[0])).toEqual(["john-kerry", "john-kerry"]);
  });

  it("takes honorifics before the subject of an attribution after the clause", () => {
    expect(quotes(extract("Moscow is ready to help, Rt. Hon. Lavrov said."))).toEqual([["sergey-lavrov", "Moscow is ready to help", false]]);
  });
});

describe("English attributions around their words", () => {
  it("reads a listener after 'to' between the verb and 'that'", () => {
    expect(quotes(extract("Kerry confirmed to Russian Foreign Minister Sergey Lavrov that the envoy would arrive soon."))).toEqual([["john-kerry", "the envoy would arrive soon", false]]);
  });

  it("reads a subject after the verb through title and country words", () => {
    const text = "“We are working on it,” said US Secretary of State John Kerry in his remarks on Monday.";
    expect(quotes(extract(text))).toEqual([["john-kerry", "We are working on it", true]]);
  });

  it("reads an attribution set off by commas inside its clause", () => {
    expect(quotes(extract("Kerry met Lavrov.\nThe ministry, Mr. Lavrov said, facilitated visits of the president to many countries."))).toEqual([["sergey-lavrov", "facilitated visits of the president to many countries", false]]);
  });

  it("reads 'said this' as pointing back to the paragraph before", () => {
    const text = "Trade between the two countries will double by next year.\n\nMr. Lavrov said this when he spoke to reporters in Moscow on Tuesday.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "Trade between the two countries will double by next year", false]]);
    expect(extract("Trade will double.\n\nLavrov said this week that the talks would resume.").quotes.map((q) => q.span.text)).toEqual(["the talks would resume"]);
  });

  it("reads 'described X as Y' without quotation marks, not 'described X'", () => {
    expect(quotes(extract("Lavrov described the consultations as an important mechanism for dialogue."))).toEqual([["sergey-lavrov", "the consultations as an important mechanism for dialogue", false]]);
    expect(extract("Lavrov described the situation in the region at length.").quotes).toEqual([]);
  });

  it("gives a paragraph that is one quotation, after a paragraph ending in a direct quote, to the same speaker", () => {
    const text = "“The talks were useful,” said Lavrov in his remarks on Monday.\n\n“We will meet again in the spring.”\n\nKerry left for Washington.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "The talks were useful", true],
      ["sergey-lavrov", "We will meet again in the spring", true],
    ]);
  });

  it("does not read an outlet word inside the words before an attribution as its subject", () => {
    expect(quotes(extract("Kerry met Lavrov.\nMoscow supports the presidency of the summit next year, Lavrov said."))).toEqual([["sergey-lavrov", "Moscow supports the presidency of the summit next year", false]]);
  });
});

describe("Persian statements and their subjects", () => {
  it("reads a stance repeated or announced with its object right before the verb or further from it", () => {
    expect(quotes(extract("ظریف در این نشست حمایت ایران از حاکمیت عراق را تکرار کرد.")).map((q) => q[1])).toEqual(["حمایت ایران از حاکمیت عراق را تکرار کرد"]);
  });

  it("gives a statement to the person opening its own clause, not to the sentence's first person", () => {
    const text = "لاوروف با ظریف گفت‌وگوی تلفنی داشت و ظریف نیز حمایت ایران از این طرح را اعلام کرد.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
  });

  it("gives nothing to a news outlet standing as the subject", () => {
    expect(extract("ظریف به دمشق رفت.\nایرنا ادامه داد که ظریف با مقامات سوری دیدار کرد.").quotes).toEqual([]);
  });

  it("reads emphasis with the formal light verb ورزید, and passes over honorifics and phrases of occasion after the subject", () => {
    expect(quotes(extract("ظریف بر ضرورت گفت‌وگو تاکید ورزید.")).map((q) => q[1])).toEqual(["ضرورت گفت‌وگو"]);
    expect(quotes(extract("دکتر ظریف در ادامه سخنان خود حل سیاسی را تنها راه خواند.")).map((q) => q[1])).toEqual(["حل سیاسی را تنها راه خواند"]);
  });
});

describe("more cues of each language", () => {
  it("gives quoted words followed by على حد تعبيره to the sentence's subject", () => {
    const text = "وأشاد لافروف بالقرار الأخير «سعيا إلى تهدئة الأوضاع في المنطقة» على حد تعبيره.";
    expect(quotes(extract(text))).toContainEqual(["sergey-lavrov", "سعيا إلى تهدئة الأوضاع في المنطقة", true]);
  });

  it("reads عبّر عن after a named subject, not عبر as 'via'", () => {
    expect(quotes(extract("وعبر لافروف عن دعم بلاده للحل السياسي في المنطقة.")).map((q) => q[1])).toEqual(["دعم بلاده للحل السياسي في المنطقة"]);
    expect(extract("وقال لافروف إن الحوار مفيد.\nوجرى الاتصال عبر تقنية الفيديو عن بعد بين الوزيرين.").quotes.map((q) => q.span.text)).toEqual(["الحوار مفيد"]);
  });

  it("never reads a verb inside a name with a clitic letter (كيري is not ك + يرى)", () => {
    const text = "وقال لافروف خلال لقائه نظيره جون كيري في موسكو اليوم “إن المباحثات ستركز على التعاون بين البلدين”.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["إن المباحثات ستركز على التعاون بين البلدين"]);
  });

  it("reads Persian اشاره کرد که as a speech verb and به گفته X as according to X", () => {
    expect(quotes(extract("ظریف اشاره کرد که مذاکرات ادامه دارد.")).map((q) => q[1])).toEqual(["مذاکرات ادامه دارد"]);
    expect(extract("ظریف به این موضوع اشاره کرد.").quotes).toEqual([]);
    expect(quotes(extract("به گفته ظریف، مذاکرات هفته آینده از سر گرفته می‌شود."))).toEqual([["mohammad-javad-zarif", "مذاکرات هفته آینده از سر گرفته می‌شود", false]]);
  });
});

describe("Persian clause openings", () => {
  it("reads a title after an opening phrase of occasion as the subject, and no person named earlier", () => {
    const text = "ظریف با لاوروف دیدار کرد.\nدر این ملاقات‌ها، نماینده ویژه بر ضرورت گفت‌وگو تاکید کرد.";
    expect(extract(text).quotes).toEqual([]);
  });
});

describe("English appositions and copies", () => {
  it("reads a name set off before an appositive title left unclosed as the subject", () => {
    const text = "Earlier, Lavrov, the Russian foreign minister had praised Kerry for his efforts in the talks.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("never reads the object of a preposition set off by a comma as the subject of the title after it", () => {
    const text = "Kerry met Zarif.\nTalking to the foreign minister Mr. Lavrov, the Speaker said that the two parliaments would work together.";
    expect(extract(text).quotes).toEqual([]);
  });

  it("counts a copy of a quote cut short at the end of the page once", () => {
    const text = "Lavrov said his country would work closely with other countries in the region.\nKerry left.\nLavrov said his country would work closely with other cou";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["his country would work closely with other countries in the region"]);
  });
});

describe("joint subjects in Persian and Arabic", () => {
  it("gives a statement of two people joined by و to nobody", () => {
    expect(extract("ظریف و لاوروف بر ضرورت حل سیاسی بحران تاکید کردند.").quotes).toEqual([]);
    expect(extract("وأكد لافروف وكيري أن الحوار مستمر.").quotes).toEqual([]);
    expect(extract("وقال لافروف إن الحوار مستمر مع كيري وظريف.").quotes.map((q) => q.speaker)).toEqual(["sergey-lavrov"]);
  });
});

describe("requests and titled subjects after a quotation", () => {
  it("reads a Persian request with a clause (از X خواست که/تا …), not another tense of the verb", () => {
    expect(quotes(extract("ظریف از کشورهای منطقه خواست که به تعهدات خود عمل کنند.")).map((q) => q[1])).toEqual(["به تعهدات خود عمل کنند"]);
    expect(extract("ظریف می خواست به تهران برگردد.").quotes).toEqual([]);
  });

  it("reads a title and its words before the name after a quotation as the subject", () => {
    expect(quotes(extract("“We will not negotiate under pressure,” the Russian foreign minister Sergey Lavrov told state television."))).toEqual([["sergey-lavrov", "We will not negotiate under pressure", true]]);
  });
});

describe("quotations reopened in the next paragraph", () => {
  it("keeps one entry when nothing but the paragraph break stands between the quotations (R-one-cue)", () => {
    const text = "ظریف در گفت‌وگو با خبرنگاران گفت: «مذاکرات مفید بود.»\n«ما دوباره دیدار خواهیم کرد.»\nلاوروف به مسکو بازگشت.";
    const found = quotes(extract(text));
    expect(found).toHaveLength(1);
    expect(found[0][1]).toContain("ما دوباره دیدار خواهیم کرد");
  });
});

describe("Arabic surnames", () => {
  it("reads a subject after a title with ranks and 'former', and its surname standing alone later, as one person", () => {
    const text = "نبه الرئيس السابق العماد ميشال سليمان إلى «خطورة ما يجري في المنطقة».\nوقال لافروف إن الحوار مستمر.\nوأكد سليمان، خلال استقباله السفير، «ضرورة الحل السياسي للأزمة في المنطقة».";
    const found = extract(text);
    const suleiman = found.persons.find((p) => p.name.includes("سليمان"))?.key;
    expect(found.quotes.map((q) => q.speaker)).toEqual([suleiman, "sergey-lavrov", suleiman]);
  });
});

describe("words passed on by an outlet", () => {
  it("gives the words an outlet passes on to the person it quotes", () => {
    expect(quotes(extract("ونقلت وكالة الأنباء الروسية عن لافروف قوله إن موسكو مستعدة للحوار."))).toEqual([["sergey-lavrov", "موسكو مستعدة للحوار", false]]);
    expect(quotes(extract("ایرنا به نقل از ظریف نوشت: ایران آماده گفت‌وگو است."))).toEqual([["mohammad-javad-zarif", "ایران آماده گفت‌وگو است", true]]);
    expect(quotes(extract("ظریف به نقل از لاوروف گفت که مسکو آماده گفت‌وگو است.")).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
  });
});

describe("role nouns and pronouns with no office known", () => {
  it("gives 'the Minister' to the last speaker when no one is known to hold the office, not a specific office", () => {
    const text = "Ama Mensah met the envoy on Monday. Speaking at the event, the Minister said the two countries were ready to help.";
    expect(extract(text).quotes.map((q) => q.span.text)).toEqual(["the two countries were ready to help"]);
  });

  it("reads 'according to him' and 'به گفته وی' as the last speaker's", () => {
    expect(quotes(extract("Lavrov met Kerry. According to him, the talks would resume."))).toEqual([["sergey-lavrov", "the talks would resume", false]]);
    expect(quotes(extract("ظریف گفت که مذاکرات مفید بود.\nبه گفته وی، دور بعدی ماه آینده برگزار می‌شود.")).map((q) => q[0])).toEqual(["mohammad-javad-zarif", "mohammad-javad-zarif"]);
  });
});

describe("short contents", () => {
  it("counts a content word with a preposition written onto it (أشاد بالجهود المصرية)", () => {
    expect(quotes(extract("وأشاد لافروف بالجهود المصرية.")).map((q) => q[1])).toEqual(["الجهود المصرية"]);
  });
});
