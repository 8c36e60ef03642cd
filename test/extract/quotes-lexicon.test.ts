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

  it("reads Dari 'خواهان … گردید' and a light verb elided before a coordinated clause (بر X تاکید و …)", () => {
    expect(quotes(extract("ظریف خواهان تسریع روند امضای موافقتنامه میان دو کشور گردید.")).map((q) => q[1])).toEqual(["خواهان تسریع روند امضای موافقتنامه میان دو کشور گردید"]);
    expect(quotes(extract("ظریف بر گسترش روابط تجاری دو کشور تاکید و همکاری فرهنگی را مورد اشاره قرار داد.")).map((q) => q[1])).toEqual(["گسترش روابط تجاری دو کشور"]);
  });

  it("reads a stance noun's object announced after a long purpose phrase ('آمادگی … را برای … اعلام داشت')", () => {
    const text = "لاوروف آمادگی وزارت خارجه روسیه را برای تلاش به منظور گسترش همکاری‌ها با کشورهای آسیای مرکزی در دوره جدید و در زمینه‌های گوناگون اقتصادی و فرهنگی و علمی اعلام داشت.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("takes no content from a coordinated clause after the verb", () => {
    const text = "ظریف از افزایش تنش‌ها ابراز نگرانی کرد و خواستار آغاز گفت‌وگو شد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["از افزایش تنش‌ها ابراز نگرانی کرد", "خواستار آغاز گفت‌وگو شد"]);
  });

  it("reads an assurance given of something (از X اطمینان داد) as a stated position", () => {
    expect(quotes(extract("ظریف از تداوم همکاری‌های کشورش با روسیه اطمینان داد.")).map((q) => q[1])).toEqual(["از تداوم همکاری‌های کشورش با روسیه اطمینان داد"]);
  });
});

describe("English objects of speech verbs", () => {
  it("takes an object headed by a stance noun, not a topic", () => {
    expect(quotes(extract("Kerry stressed the importance of dialogue between the two capitals."))).toEqual([["john-kerry", "the importance of dialogue between the two capitals", false]]);
    expect(extract("Kerry noted the long history of contacts between the two capitals.").quotes).toEqual([]);
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
    expect(extract("Zarif met Lavrov. Russia's continued support for the plan is vital, Lavrov said.").quotes.map((q) => q.span.text)).toEqual(["Russia's continued support for the plan is vital"]);
  });

  it("gives a colon after a later participle to the participle", () => {
    const text = "Lavrov said the talks had gone well, saying: “Our teams will meet again next month.”";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "the talks had gone well", false],
      ["sergey-lavrov", "Our teams will meet again next month", true],
    ]);
  });
});

describe("who speaks when the subject is not a name", () => {
  it("gives no speaker to a plural subject, nor to the predicates coordinated with it", () => {
    expect(extract("Kerry and Lavrov met. The three envoys agreed that the truce should hold.").quotes).toEqual([]);
    expect(extract("Kerry met Lavrov. Delegates praised the new budget and called on donors to pay their share.").quotes).toEqual([]);
  });

  it("gives an English verb with an unknown written subject to nobody, not to the last speaker", () => {
    const text = "Kerry said the talks were useful.\nLast week, a visiting trade envoy had praised Kerry for his patience.";
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
    expect(quotes(extract("لاوروف نیز پشتیبانی مسکو از روند صلح را اعلام کرد."))).toEqual([["sergey-lavrov", "پشتیبانی مسکو از روند صلح را اعلام کرد", false]]);
    expect(extract("لاوروف نتایج نشست را اعلام کرد.").quotes).toEqual([]);
  });

  it("passes over a phrase of occasion after the subject", () => {
    expect(quotes(extract("ظریف در این نشست مخالفت ایران را با این طرح اعلام کرد."))).toEqual([["mohammad-javad-zarif", "مخالفت ایران را با این طرح اعلام کرد", false]]);
  });

  it("reads concern stated with نسبت به and emphasis stated as مورد تاکید قرار داد", () => {
    expect(quotes(extract("ظریف نسبت به پیامدهای این تصمیم برای منطقه ابراز نگرانی کرد."))).toEqual([["mohammad-javad-zarif", "نسبت به پیامدهای این تصمیم برای منطقه ابراز نگرانی کرد", false]]);
    expect(quotes(extract("لاوروف اهمیت گفت‌وگوی منطقه‌ای را مورد تاکید قرار داد."))).toEqual([["sergey-lavrov", "اهمیت گفت‌وگوی منطقه‌ای را مورد تاکید قرار داد", false]]);
  });

  it("leaves out conveyed regards stated as a request", () => {
    expect(extract("کری خواستار ابلاغ سلام گرم او به مردم ایران شد.").quotes).toEqual([]);
  });

  it("keeps a term in quotation marks or parentheses inside the object's clause", () => {
    const text = "ظریف در دیدار با کری، حملات اخیر (در مرز) به “غیرنظامیان” را محکوم کرد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["حملات اخیر (در مرز) به “غیرنظامیان” را محکوم کرد"]);
  });

  it("ends a clause at a compound verb whose light verb is left out, and closes a statement on one", () => {
    const text = "ظریف این سفر را سودمند توصیف و از میزبانان تشکر کرد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["این سفر را سودمند توصیف"]);
    expect(quotes(extract("ظریف از دیدار پیشین دو وزیر یاد و از طرح تازه مسکو استقبال کرد.")).map((q) => q[1])).toEqual(["از طرح تازه مسکو استقبال کرد"]);
  });
});

describe("Arabic verbs with a preposition or a noun phrase of their own", () => {
  it("reads أعرب عن with the listener set off by commas, and not thanks", () => {
    expect(quotes(extract("أعرب لافروف، في رسالة إلى كيري، عن الأمل في استئناف الحوار بين البلدين."))).toEqual([["sergey-lavrov", "استئناف الحوار بين البلدين", false]]);
    expect(quotes(extract("وأعرب لافروف خلال المؤتمر عن تأييده لخطة السلام الجديدة.")).map((q) => q[1])).toEqual(["تأييده لخطة السلام الجديدة"]);
    expect(extract("وأعرب لافروف عن شكره لكيري على حسن الاستقبال.").quotes).toEqual([]);
  });

  it("reads praise and condemnation with their object only after a named subject", () => {
    expect(quotes(extract("ثمّن لافروف موقف الحكومة من المفاوضات الجارية.")).map((q) => q[1])).toEqual(["موقف الحكومة من المفاوضات الجارية"]);
    expect(extract("ارتفع ثمن النفط في الأسواق العالمية بعد القرار.").quotes).toEqual([]);
  });

  it("reads a named subject right before the verb, and passes over a phrase of occasion naming a person", () => {
    expect(quotes(extract("وذكر البيان أن لافروف أكد استعداد موسكو لمواصلة المفاوضات.")).map((q) => q[0])).toEqual(["sergey-lavrov"]);
    expect(quotes(extract("وشدد لافروف خلال محادثاته مع كيري ضرورة استئناف المفاوضات.")).map((q) => q[1])).toEqual(["ضرورة استئناف المفاوضات"]);
  });

  it("never reads a verb inside a word with another clitic (بحث is not ب + حث)", () => {
    expect(extract("التقى لافروف كيري، وتم بحث العلاقات الثنائية على أعلى مستوى.").quotes).toEqual([]);
  });

  it("gives a verb with no subject inside a sentence naming nobody to nobody", () => {
    expect(extract("وقال لافروف إن الحوار مفيد.\nوبحث الجانبان سبل التعاون وحث المجتمع الدولي على تقديم المساعدات.").quotes.map((q) => q.span.text)).toEqual(["الحوار مفيد"]);
  });

  it("takes the subject of the main clause, not a person after مع and honorifics", () => {
    const text = "أجرى لافروف محادثة مع معالي الوزير جون كيري، عبر فيها عن ارتياحه لنتائج المفاوضات.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("gives a participle its own quotation after it, not the one before", () => {
    const text = "حذر لافروف من «عواقب التصعيد على الأمن الإقليمي»، مطالباً «الأطراف كافة بضبط النفس».";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["عواقب التصعيد على الأمن الإقليمي", "الأطراف كافة بضبط النفس"]);
  });
});

describe("quotations given to no one", () => {
  it("reads the cues inside a quotation attributed to an office, up to its closing mark", () => {
    const text = "Kerry met Lavrov on Monday.\n\"Lavrov stated that the next round would take place in Vienna,\" the ministry said.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "the next round would take place in Vienna", false]]);
  });

  it("reads the cues of a quoted readout with no attribution", () => {
    const text = "Here is the readout of the call:\n“Kerry spoke to Lavrov today. Kerry noted that the ceasefire had held for a week. Lavrov expressed hope that the talks would go on.”";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
  });

  it("keeps cues inside a speaker's own quotation out", () => {
    const text = "“I have said that the talks must go on, and Lavrov noted that they would,” Kerry said.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry"]);
  });

  it("never takes an Arabic listener with ل for the subject after the verb", () => {
    const text = "وقال كيري إن الحوار مستمر.\nوذكرت الصحيفة أن لافروف «أكد لكيري أن موسكو لن تتراجع عن موقفها».";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
  });
});

describe("English subjects", () => {
  it("never takes the listener after 'told' for the speaker", () => {
    expect(quotes(extract("Kerry met Lavrov. Lavrov told Kerry the talks were useful.")).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("reads a surname standing alone before the verb as the person named with it", () => {
    const text = "President Alberto Quispe met Lavrov on Monday.\nIn Lima, Quispe told Lavrov that trade would grow.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["trade would grow"]);
  });

  it("gives a participle of two people joined by 'and' to nobody", () => {
    expect(extract("Kerry and Lavrov met in Vienna, adding that a new round was planned.").quotes).toEqual([]);
  });

  it("takes the name right before the verb, not one earlier in the sentence", () => {
    const text = "After his call with Lavrov on Sunday, Secretary of State Kerry stated that the talks would go on.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["john-kerry"]);
  });

  it("reads a pronoun as the subject opening the sentence before, but 'he added' as the last speaker", () => {
    const said = "Kerry said the talks were useful.\nLavrov thanked Kerry for the invitation. He explained that Moscow was ready to resume the dialogue.";
    expect(quotes(extract(said)).map((q) => q[0])).toEqual(["john-kerry", "sergey-lavrov"]);
    const added = "Kerry said the talks were useful.\nLavrov thanked Kerry for the invitation. He added that the dialogue would resume.";
    expect(quotes(extract(added)).map((q) => q[0])).toEqual(["john-kerry", "john-kerry"]);
  });

  it("takes honorifics before the subject of an attribution after the clause", () => {
    expect(quotes(extract("The new treaty will be signed in May, Rt. Hon. Lavrov said."))).toEqual([["sergey-lavrov", "The new treaty will be signed in May", false]]);
  });
});

describe("English attributions around their words", () => {
  it("reads a listener after 'to' between the verb and 'that'", () => {
    expect(quotes(extract("Kerry explained to Russian Foreign Minister Sergey Lavrov that Washington wanted a ceasefire."))).toEqual([["john-kerry", "Washington wanted a ceasefire", false]]);
  });

  it("reads a subject after the verb through title and country words", () => {
    const text = "“We are working on it,” said US Secretary of State John Kerry at a news conference.";
    expect(quotes(extract(text))).toEqual([["john-kerry", "We are working on it", true]]);
  });

  it("reads an attribution set off by commas inside its clause", () => {
    // One entry per stretch of the interrupted words (CONVENTIONS: a quote interrupted by its cue).
    expect(quotes(extract("Kerry met Lavrov.\nThe new rules, Mr. Lavrov said, would take effect in May."))).toEqual([
      ["sergey-lavrov", "would take effect in May", false],
      ["sergey-lavrov", "The new rules", false],
    ]);
  });

  it("reads an attribution with a pronoun subject set off inside its clause, both stretches the last speaker's", () => {
    const text = "Lavrov said that the talks were useful.\nTalks on the visa rules, he added, would resume after the summer.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "the talks were useful", false],
      ["sergey-lavrov", "would resume after the summer", false],
      ["sergey-lavrov", "Talks on the visa rules", false],
    ]);
    // An opening phrase before the attribution is not said: the words after it open a clause of their own.
    expect(quotes(extract("Lavrov said that the talks were useful.\nIn the Russian capital, he added, the visa rules would change.")).map((q) => q[1])).toEqual(["the talks were useful", "the visa rules would change"]);
    // "according to X" set off the same way.
    expect(quotes(extract("The new rail link, according to Lavrov, would open next year."))).toEqual([
      ["sergey-lavrov", "would open next year", false],
      ["sergey-lavrov", "The new rail link", false],
    ]);
    // A quotation before the attribution keeps its own words.
    expect(quotes(extract("Lavrov met Kerry.\n“The talks were useful,” he added, “and will go on.”")).map((q) => q[1])).not.toContain("The talks were useful,");
  });

  it("reads 'informed that' as a speech verb", () => {
    expect(quotes(extract("Lavrov informed that the Russian parliament is working on new trade laws."))).toEqual([["sergey-lavrov", "the Russian parliament is working on new trade laws", false]]);
    expect(extract("Lavrov informed Zarif about the results of his trip.").quotes).toEqual([]);
  });

  it("reads 'appreciated' with a stance noun heading its object, also after a possessor's 's, not an appreciated visit", () => {
    expect(quotes(extract("Lavrov appreciated his Iranian counterpart's proposal of joint energy projects."))).toEqual([["sergey-lavrov", "his Iranian counterpart's proposal of joint energy projects", false]]);
    expect(extract("Lavrov highly appreciated the recent visit of Zarif to Moscow.").quotes).toEqual([]);
  });

  it("reads a clause with a bare verb after a verb of proposal (suggested Iran create …), not a name's noun phrase", () => {
    expect(quotes(extract("Lavrov also suggested Iran open more border crossings for Russian trucks."))).toEqual([["sergey-lavrov", "Iran open more border crossings for Russian trucks", false]]);
    expect(extract("Lavrov proposed Moscow talks on the issue.").quotes).toEqual([]);
    expect(extract("Lavrov recommended Tehran as the venue.").quotes).toEqual([]);
  });

  it("does not read a visit ('…, called on Governor X') as an attribution set after its words", () => {
    expect(extract("The Russian Consul General in Mumbai, Sergey Lavrov, called on Governor Zarif at the Raj Bhavan on Tuesday.").quotes).toEqual([]);
  });

  it("reads 'requested' with a clause or 'to', not a meeting requested; a participle set off before it keeps its own clause", () => {
    expect(quotes(extract("Lavrov requested that Iran open two more border crossings."))).toEqual([["sergey-lavrov", "Iran open two more border crossings", false]]);
    expect(quotes(extract("Lavrov requested the hosts to ease visa rules for students."))).toEqual([["sergey-lavrov", "the hosts to ease visa rules for students", false]]);
    expect(extract("Lavrov requested a meeting with Zarif.").quotes).toEqual([]);
    expect(quotes(extract("Lavrov, pointing out that trade had doubled, requested that Iran open two more border crossings."))).toEqual([
      ["sergey-lavrov", "trade had doubled", false],
      ["sergey-lavrov", "Iran open two more border crossings", false],
    ]);
  });

  it("reads 'spoke highly of X' as praise and 'wished that …' as a wish with content, not 'wished X success'", () => {
    expect(quotes(extract("Lavrov spoke highly of the results of energy cooperation with Tehran."))).toEqual([["sergey-lavrov", "the results of energy cooperation with Tehran", false]]);
    expect(quotes(extract("Lavrov wished that the relations would keep growing."))).toEqual([["sergey-lavrov", "the relations would keep growing", false]]);
    expect(extract("Lavrov wished Zarif success in his new post.").quotes).toEqual([]);
  });

  it("reads 'conveyed', 'reassured', 'restated', 'recognized' and 'emphasized on' / 'stressed on' as speech verbs, not conveyed greetings", () => {
    expect(quotes(extract("Lavrov conveyed Russia's readiness to build a second reactor."))).toEqual([["sergey-lavrov", "Russia's readiness to build a second reactor", false]]);
    expect(quotes(extract("Lavrov reassured that Moscow would keep its promises."))).toEqual([["sergey-lavrov", "Moscow would keep its promises", false]]);
    expect(quotes(extract("Lavrov restated that Moscow is ready for talks."))).toEqual([["sergey-lavrov", "Moscow is ready for talks", false]]);
    expect(quotes(extract("Lavrov recognized the importance of Tehran as a partner."))).toEqual([["sergey-lavrov", "the importance of Tehran as a partner", false]]);
    expect(quotes(extract("Lavrov emphasized on the need for regular consultations."))).toEqual([["sergey-lavrov", "the need for regular consultations", false]]);
    expect(extract("Lavrov conveyed the greetings of President Putin.").quotes).toEqual([]);
  });

  it("gives a role noun the person it refers to when it is a reference itself, not the last speaker", () => {
    const text = "Russian Foreign Minister Sergey Lavrov met Iranian Foreign Minister Mohammad Javad Zarif in Moscow. The Iranian top diplomat said the new rail link would open next year.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "the new rail link would open next year", false]]);
  });

  it("gives 'the Iranian envoy' to the Iranian ambassador named before", () => {
    const text = "Sergey Lavrov met the new Ambassador of Iran, Ali Rezaei, in Moscow. The Iranian envoy said the rail link would open next year.";
    expect(quotes(extract(text))).toEqual([["name:ali rezaei", "the rail link would open next year", false]]);
  });

  it("reads 'said this' as pointing back to the paragraph before", () => {
    const text = "Trade between the two countries will double by next year.\n\nMr. Lavrov said this when he spoke to reporters in Moscow on Tuesday.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "Trade between the two countries will double by next year", false]]);
    expect(extract("Trade will double.\n\nLavrov said this week that the talks would resume.").quotes.map((q) => q.span.text)).toEqual(["the talks would resume"]);
  });

  it("reads 'described X as Y' without quotation marks, not 'described X'", () => {
    expect(quotes(extract("Lavrov described the new proposal as a step in the right direction."))).toEqual([["sergey-lavrov", "the new proposal as a step in the right direction", false]]);
    expect(extract("Lavrov described the situation in the region at length.").quotes).toEqual([]);
  });

  it("gives a paragraph that is one quotation, after a paragraph ending in a direct quote, to the same speaker", () => {
    const text = "“The talks were useful,” said Lavrov at a briefing.\n\n“We will meet again in the spring.”\n\nKerry left for Washington.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "The talks were useful", true],
      ["sergey-lavrov", "We will meet again in the spring", true],
    ]);
  });

  it("does not read an outlet word inside the words before an attribution as its subject", () => {
    expect(quotes(extract("Kerry met Lavrov.\nMoscow backs the agency's plan, Lavrov said."))).toEqual([["sergey-lavrov", "Moscow backs the agency's plan", false]]);
  });
});

describe("Persian statements and their subjects", () => {
  it("reads a stance repeated or announced with its object right before the verb or further from it", () => {
    expect(quotes(extract("ظریف در این نشست مخالفت ایران با تحریم‌ها را تکرار کرد.")).map((q) => q[1])).toEqual(["مخالفت ایران با تحریم‌ها را تکرار کرد"]);
  });

  it("gives a statement to the person opening its own clause, not to the sentence's first person", () => {
    const text = "لاوروف به تهران سفر کرد و ظریف نیز آمادگی ایران برای همکاری را اعلام کرد.";
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
    const text = "وأشاد لافروف بالاتفاق الجديد «من أجل طي صفحة الماضي» على حد تعبيره.";
    expect(quotes(extract(text))).toContainEqual(["sergey-lavrov", "من أجل طي صفحة الماضي", true]);
  });

  it("reads عبّر عن after a named subject, not عبر as 'via'", () => {
    expect(quotes(extract("وعبر لافروف عن دعم بلاده للحل السياسي في المنطقة.")).map((q) => q[1])).toEqual(["دعم بلاده للحل السياسي في المنطقة"]);
    expect(extract("وقال لافروف إن الحوار مفيد.\nوجرى الاتصال عبر تقنية الفيديو عن بعد بين الوزيرين.").quotes.map((q) => q.span.text)).toEqual(["الحوار مفيد"]);
  });

  it("never reads a verb inside a name with a clitic letter (كيري is not ك + يرى)", () => {
    const text = "وصرح لافروف بعد اجتماعه مع جون كيري في فيينا اليوم “إن الجولة المقبلة ستعقد في الخريف”.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["إن الجولة المقبلة ستعقد في الخريف"]);
  });

  it("reads Persian اشاره کرد که as a speech verb and به گفته X as according to X", () => {
    expect(quotes(extract("ظریف اشاره کرد که مذاکرات ادامه دارد.")).map((q) => q[1])).toEqual(["مذاکرات ادامه دارد"]);
    expect(extract("ظریف به این موضوع اشاره کرد.").quotes).toEqual([]);
    expect(quotes(extract("به گفته ظریف، مذاکرات هفته آینده از سر گرفته می‌شود."))).toEqual([["mohammad-javad-zarif", "مذاکرات هفته آینده از سر گرفته می‌شود", false]]);
  });
});

describe("Persian clause openings", () => {
  it("reads a title after an opening phrase of occasion as the subject, and no person named earlier", () => {
    const text = "ظریف با لاوروف دیدار کرد.\nپس از این دیدار، نماینده ویژه بر ضرورت آتش‌بس تاکید کرد.";
    expect(extract(text).quotes).toEqual([]);
  });
});

describe("English appositions and copies", () => {
  it("reads a name set off before an appositive title left unclosed as the subject", () => {
    const text = "On Monday, Lavrov, the Russian foreign minister had welcomed the decision to extend the truce.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("never reads the object of a preposition set off by a comma as the subject of the title after it", () => {
    const text = "Kerry met Zarif.\nIn a meeting with the foreign minister Mr. Lavrov, the chairman said that the committee would review the treaty.";
    expect(extract(text).quotes).toEqual([]);
  });

  it("counts a copy of a quote cut short at the end of the page once", () => {
    const text = "Lavrov said the embassy would reopen after the summer holidays.\nKerry left.\nLavrov said the embassy would reopen after the sum";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["the embassy would reopen after the summer holidays"]);
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
    const text = "حذر الرئيس السابق العماد ميشال حداد من «أخطار الفراغ في المؤسسات».\nوقال لافروف إن الحوار مستمر.\nوأكد حداد، خلال استقباله السفير، «ضرورة انتخاب رئيس في أسرع وقت».";
    const found = extract(text);
    const haddad = found.persons.find((p) => p.name.includes("حداد"))?.key;
    expect(haddad).toBeDefined();
    expect(found.quotes.map((q) => q.speaker)).toEqual([haddad, "sergey-lavrov", haddad]);
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
    const text = "Ama Mensah met the envoy on Monday. Speaking at the event, the Minister said the two countries would sign a trade pact.";
    expect(extract(text).quotes.map((q) => q.span.text)).toEqual(["the two countries would sign a trade pact"]);
  });

  it("reads 'به گفته آقای X' with no comma after the name, but not a name followed by its title", () => {
    expect(quotes(extract("ظریف با لاوروف دیدار کرد. به گفته آقای ظریف دو طرف درباره صادرات پسته به روسیه گفتگو کرده اند.")).map((q) => q[1])).toEqual(["دو طرف درباره صادرات پسته به روسیه گفتگو کرده اند"]);
    expect(extract("ظریف با لاوروف دیدار کرد. به گفته ظریف وزیر خارجه ایران دو طرف درباره صادرات پسته گفتگو کرده اند.").quotes).toEqual([]);
  });

  it("reads 'according to X' with X's title beside the name, before or after it, set off by commas or not", () => {
    const said = (text: string) => quotes(extract(text)).map((q) => [q[0], q[1]]);
    expect(said("ظریف با لاوروف دیدار کرد. به گفته ظریف وزیر خارجه ایران، دو طرف درباره صادرات پسته گفتگو کرده اند.")).toEqual([["mohammad-javad-zarif", "دو طرف درباره صادرات پسته گفتگو کرده اند"]]);
    expect(said("التقى ظريف لافروف. ووفقا لوزير الخارجية الإيراني محمد جواد ظريف فإن المحادثات كانت مفيدة.")).toEqual([["mohammad-javad-zarif", "المحادثات كانت مفيدة"]]);
    expect(said("Zarif met Lavrov. According to Foreign Minister Zarif, the talks were useful.")).toEqual([["mohammad-javad-zarif", "the talks were useful"]]);
    expect(said("Zarif met Lavrov. According to Zarif, the Iranian foreign minister, the talks were useful.")).toEqual([["mohammad-javad-zarif", "the talks were useful"]]);
    expect(said("Zarif met Lavrov. The talks were useful, according to Zarif, the Iranian foreign minister.")).toEqual([["mohammad-javad-zarif", "The talks were useful"]]);
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

describe("Persian readiness and willingness declared", () => {
  it("reads 'برای X ابراز آمادگی کرد' as a stated position", () => {
    expect(quotes(extract("ظریف برای گسترش همکاری‌های اقتصادی با روسیه ابراز آمادگی کرد."))).toEqual([["mohammad-javad-zarif", "برای گسترش همکاری‌های اقتصادی با روسیه ابراز آمادگی کرد", false]]);
  });

  it("ends a statement at a chained participle before و, the next one its own entry", () => {
    expect(quotes(extract("لاوروف نسبت به سفر به تهران ابراز تمایل کرده و روابط دو کشور را راهبردی خواند."))).toEqual([
      ["sergey-lavrov", "نسبت به سفر به تهران ابراز تمایل کرده", false],
      ["sergey-lavrov", "روابط دو کشور را راهبردی خواند", false],
    ]);
  });
});

describe("Persian objects characterized far from their verb", () => {
  it("reads a characterization with many words between را and its verb as its own entry after a first one", () => {
    const text = "ظریف روابط دو کشور را راهبردی دانست و همکاری در حوزه انرژی را به سبب ظرفیت‌های فراوان هر دو طرف و نیاز بازارهای منطقه در سال‌های آینده از مهم‌ترین اولویت‌های دولت عنوان کرد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual([
      "روابط دو کشور را راهبردی دانست",
      "همکاری در حوزه انرژی را به سبب ظرفیت‌های فراوان هر دو طرف و نیاز بازارهای منطقه در سال‌های آینده از مهم‌ترین اولویت‌های دولت عنوان کرد",
    ]);
  });
});

describe("Persian phrases of thanks or praise before a statement's verb", () => {
  it("keep their preposition: 'ضمن تشکر از X اظهار امیدواری کرد' states its hope after the verb, not X", () => {
    const text = "لاوروف با بیان سابقه‌ای از کار خود در تهران، ضمن تشکر از میزبانی ایران اظهار امیدواری کرد گفتگوها ادامه یابد.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "گفتگوها ادامه یابد", false]]);
  });

  it("leave a stance after a comma to the words after the verb: 'با تجلیل از X، ابراز امیدواری کرد …'", () => {
    const text = "لاوروف با تجلیل از روابط دو کشور، ابراز امیدواری کرد همکاری‌ها گسترش یابد.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "همکاری‌ها گسترش یابد", false]]);
  });
});

describe("English participles that open a clause of their own", () => {
  it("reads stating, claiming, observing … that as the subject's reported clause, not a participle with an object", () => {
    const claiming = "Sergey Lavrov arrived in Ankara on Monday. Lavrov made new statements there, claiming that the sanctions had failed.";
    expect(quotes(extract(claiming))).toEqual([["sergey-lavrov", "the sanctions had failed", false]]);
    const stating = "Sergey Lavrov arrived in Ankara on Monday. Lavrov spoke to the press, stating that the visit was a success.";
    expect(quotes(extract(stating))).toEqual([["sergey-lavrov", "the visit was a success", false]]);
    const observing = "Sergey Lavrov arrived in Ankara on Monday. Lavrov toured the port, observing that trade had doubled.";
    expect(quotes(extract(observing))).toEqual([["sergey-lavrov", "trade had doubled", false]]);
    // With a noun phrase and no clause, the participle says nothing.
    const announcing = "Sergey Lavrov arrived in Ankara on Monday. Lavrov ended the visit, announcing his plan to return.";
    expect(quotes(extract(announcing))).toEqual([]);
  });
});
