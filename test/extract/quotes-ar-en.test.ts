import { describe, expect, it } from "vitest";
import { createExtractor, toEvalRecord, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer, fixturePeople } from "./people.fixture.ts";
import { Gazetteer } from "../../src/extract/index.ts";

/** Quote rules met in Arabic and English wire copy; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);

describe("quotes in Arabic and English news", () => {
  it("gives no speaker to an English plural subject before 'added that'", () => {
    const text = "Kerry held a call with Lavrov on Monday. They added that the call had been useful for both capitals.";
    expect(extract(text).quotes).toEqual([]);
  });

  it("takes a clause after ', saying' or ', adding' without 'that' as the subject's words", () => {
    expect(quotes(extract("Kerry congratulated Lavrov on the vote, saying the result shows trust in his team."))).toEqual([["john-kerry", "the result shows trust in his team", false]]);
    expect(quotes(extract("Lavrov thanked Kerry for the visit, adding the next round opens in Oslo."))).toEqual([["sergey-lavrov", "the next round opens in Oslo", false]]);
  });

  it("takes ', telling X that' as the subject's words, with X the listener", () => {
    expect(quotes(extract("Lavrov met Kerry in Geneva on Monday, telling him that Moscow valued the channel."))).toEqual([["sergey-lavrov", "Moscow valued the channel", false]]);
    expect(quotes(extract("Zarif called Lavrov on Friday, telling the Russian minister that Tehran would attend."))).toEqual([["mohammad-javad-zarif", "Tehran would attend", false]]);
  });

  it("takes 'said this' pointing back to a paragraph that already attributes its words to the same speaker as that quote told again", () => {
    const text = "Secretary of State Kerry says the talks will go on in Geneva next month.\n\nThe secretary said this after his meeting with Zarif on Friday.";
    expect(quotes(extract(text))).toEqual([["john-kerry", "the talks will go on in Geneva next month", false]]);
  });

  it("does not take what someone said or tweeted about something for their words", () => {
    expect(quotes(extract("Kerry tweeted about the conversation Lavrov had with Zarif on Monday."))).toEqual([]);
  });

  it("gives a second predicate after ', and' to the clause's subject, not to the person named last", () => {
    expect(quotes(extract("Foreign Minister Lavrov called his counterpart Kerry, and expressed his hope that the talks would go on."))).toEqual([["sergey-lavrov", "the talks would go on", false]]);
    expect(quotes(extract("Kerry arrived in Moscow.\nThe new Russian foreign minister Lavrov thanked Kerry for the visit, and underscored his wish to keep talking."))).toEqual([["sergey-lavrov", "his wish to keep talking", false]]);
  });

  it("takes 'reminded X that' and a closing 'he concluded' as attributions", () => {
    expect(quotes(extract("Lavrov reminded the new envoys that their first task is to listen."))).toEqual([["sergey-lavrov", "their first task is to listen", false]]);
    expect(quotes(extract("Lavrov met Kerry in Oslo. “We will talk again next month,” he concluded."))).toEqual([["sergey-lavrov", "We will talk again next month", true]]);
    expect(quotes(extract("Lavrov concluded his visit to Oslo on Monday and flew home."))).toEqual([]);
  });

  it("gives no speaker to an Arabic verb whose subject is the ministry or its statement", () => {
    const text = "بحث لافروف وكيري هاتفيا الوضع في المنطقة، وأوضحت الوزارة أن الاتصال جرى بطلب من الجانب الأمريكي.";
    expect(extract(text).quotes).toEqual([]);
    expect(extract("وقال لافروف إن الحوار مستمر. وأضاف البيان أن الجانبين بحثا ملفات عدة.").quotes.map((q) => q.span.text)).toEqual(["الحوار مستمر"]);
  });

  it("takes the quotation before an English attribution that goes on after the verb", () => {
    const text = "“We will keep working on a ceasefire,” Kerry said in remarks after the talks.";
    expect(quotes(extract(text))).toEqual([["john-kerry", "We will keep working on a ceasefire", true]]);
    expect(quotes(extract("“The channel stays open,” Lavrov told journalists on Monday."))).toEqual([["sergey-lavrov", "The channel stays open", true]]);
  });

  it("ignores speech verbs inside a quotation and gives it to its attribution", () => {
    const text = "Lavrov spoke in Moscow.\n“Our position is known. I have said that the talks must go on,” the minister said at a briefing.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "Our position is known. I have said that the talks must go on", true]]);
  });

  it("resolves a bare role noun as the subject to the person last named, but not a full unnamed title", () => {
    const arabic = "وقال لافروف إن الحوار مستمر.\nوأضاف الوزير: \"لا بديل عن الحل السياسي في المنطقة\".";
    expect(quotes(extract(arabic)).map((q) => q[0])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
    const unnamed = "التقى لافروف كيري في موسكو.\nوصرح المتحدث الرسمي باسم الرئاسة بأن اللقاء تناول ملفات المنطقة كلها.";
    expect(extract(unnamed).quotes).toEqual([]);
  });

  it("reads English denials and clarifications as statements", () => {
    expect(quotes(extract("Lavrov on Monday denied that the delegation had met Kerry in Vienna."))).toEqual([["sergey-lavrov", "the delegation had met Kerry in Vienna", false]]);
    expect(quotes(extract("Zarif clarified that the visit to Oslo had been planned for months."))).toEqual([["mohammad-javad-zarif", "the visit to Oslo had been planned for months", false]]);
  });

  it("reads English reported speech set before its attribution", () => {
    const text = "Moscow is ready to resume the dialogue with Washington, Russian Foreign Minister Sergey Lavrov said on Friday.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "Moscow is ready to resume the dialogue with Washington", false]]);
  });

  it("gives a quotation that follows an attributed one, with no attribution of its own, to the same speaker", () => {
    const text = "“The meeting was useful,” Zarif said. “We will meet again before the summer.”";
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "The meeting was useful", true],
      ["mohammad-javad-zarif", "We will meet again before the summer", true],
    ]);
  });

  it("gives a quotation before its attribution to the name next to the verb", () => {
    const text = "Kerry met Zarif in Vienna on Monday. “We made some progress on the text,” Zarif told the television in an interview.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "We made some progress on the text", true]]);
  });

  it("starts English reported speech right after the verb when a later 'that' or quotation belongs to it", () => {
    const text = "After the talks, Kerry said he was glad that Lavrov “brought new ideas to the table” in Geneva.";
    expect(quotes(extract(text))).toEqual([["john-kerry", "he was glad that Lavrov “brought new ideas to the table” in Geneva", false]]);
    expect(quotes(extract("Zarif told state television on Sunday that the talks were serious."))).toEqual([["mohammad-javad-zarif", "the talks were serious", false]]);
  });

  it("prefers a later إن over على when على opens a channel or place", () => {
    const text = "وقال لافروف على هامش المنتدى إن الحوار مع واشنطن ما زال ممكنا.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "الحوار مع واشنطن ما زال ممكنا", false]]);
  });

  it("finds an Arabic subject behind a chain of titles after the verb", () => {
    const text = "أكد نائب رئيس الوزراء ووزير الخارجية الروسي سيرغي لافروف أن بلاده لن تقبل بأي شروط مسبقة.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "بلاده لن تقبل بأي شروط مسبقة", false]]);
  });

  it("reads a position stated as a noun phrase after أكد and its named subject", () => {
    const text = "وأكد ظريف خلال الاتصال دعم بلاده الكامل للحل السياسي في اليمن.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "دعم بلاده الكامل للحل السياسي في اليمن", false]]);
  });

  it("gives no speaker to a quotation attributed to an English ministry or office, nor to the one after it", () => {
    const text = "Lavrov met Kerry in Geneva. “The ministers reviewed the ceasefire in detail,” the foreign ministry said. “Both sides agreed to talk again soon.”";
    expect(extract(text).quotes).toEqual([]);
  });

  it("reads 'wrote:' as a speech verb", () => {
    expect(quotes(extract("Kerry wrote: “Long and useful talks with my Russian colleague today.”"))).toEqual([["john-kerry", "Long and useful talks with my Russian colleague today", true]]);
  });

  it("finds the subject across a relative or appositive clause before the verb", () => {
    const relative = "“Our ties are on the right track,” Zarif who arrived in Ankara on Tuesday told reporters upon his arrival.";
    expect(quotes(extract(relative))).toEqual([["mohammad-javad-zarif", "Our ties are on the right track", true]]);
    const appositive = "“The talks were useful,” Lavrov, who had flown in from Moscow, said.";
    expect(quotes(extract(appositive))).toEqual([["sergey-lavrov", "The talks were useful", true]]);
  });

  it("does not read a plural inside a quotation before its attribution as the subject", () => {
    const text = "“Fortunately, relations between the two countries are on the right track,” Zarif told reporters.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "Fortunately, relations between the two countries are on the right track", true]]);
  });

  it("attributes 'according to X' / بحسب / وفقا لـ to the person named, with the content stated", () => {
    expect(quotes(extract("وبحسب ظريف، فإن المفاوضات مع الجانب الروسي كانت بناءة.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "المفاوضات مع الجانب الروسي كانت بناءة", false]]);
    expect(quotes(extract("ووفقا لـ ظريف، اتفق الجانبان على مواصلة التشاور.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "اتفق الجانبان على مواصلة التشاور", false]]);
    expect(quotes(extract("According to Zarif, the two sides agreed to keep talking next month.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "the two sides agreed to keep talking next month", false]]);
    expect(quotes(extract("The two sides agreed to keep talking next month, according to Zarif.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "The two sides agreed to keep talking next month", false]]);
    // An agency or a statement is nobody's quote.
    expect(extract("وبحسب بيان الخارجية، فإن المفاوضات كانت بناءة.", { publishedAt: "2016-03-01" }).quotes).toEqual([]);
  });

  it("gives an Arabic participle (مشدداً على، داعياً إلى) to the subject of its own clause", () => {
    const text = "التقى ظريف نظيره الروسي سيرغي لافروف، حيث استعرض لافروف الموقف الروسي، مشدداً على أن الحل السياسي هو الأفضل، داعياً إلى وقف فوري للقتال.";
    expect(quotes(extract(text, { publishedAt: "2016-03-01" }))).toEqual([
      ["sergey-lavrov", "الحل السياسي هو الأفضل", false],
      ["sergey-lavrov", "وقف فوري للقتال", false],
    ]);
    // "مشيراً إلى NP" alone states no content.
    expect(extract("وصل ظريف إلى موسكو، مشيراً إلى العلاقات الثنائية.", { publishedAt: "2016-03-01" }).quotes).toEqual([]);
  });

  it("takes no quote from an Arabic participle with a noun phrase after its preposition (مشددا على ضرورة X), but one from a clause or quoted words", () => {
    const said = "قال لافروف إن روسيا تدعم الحوار";
    expect(quotes(extract(`${said}، مشددا على ضرورة احترام السيادة.`, { publishedAt: "2016-03-01" })).map((q) => q[1])).toEqual(["روسيا تدعم الحوار"]);
    expect(quotes(extract(`${said}، مشددا على أن السيادة يجب أن تحترم.`, { publishedAt: "2016-03-01" })).map((q) => q[1])).toEqual(["روسيا تدعم الحوار", "السيادة يجب أن تحترم"]);
    expect(quotes(extract(`${said}، معربا عن أمله في أن تستمر المشاورات.`, { publishedAt: "2016-03-01" }))).toHaveLength(2);
    expect(quotes(extract(`${said}، مشددا على «احترام السيادة أولا».`, { publishedAt: "2016-03-01" }))).toHaveLength(2);
  });

  it("gives no speaker to an English participle whose clause has a place, not a person, as subject", () => {
    const text = "Zarif met Lavrov on Monday. Moscow has repeatedly dismissed the reports, stressing that no troops are deployed there.";
    expect(extract(text, { publishedAt: "2016-03-01" }).quotes).toEqual([]);
  });

  it("takes the person set off before an appositive title as the speaker, not the ministry in it", () => {
    const text = "Hiroshi Tanabe, the spokesperson for the Foreign Ministry, said the talks with Lavrov were useful.";
    expect(quotes(extract(text, { publishedAt: "2016-03-01" }))).toEqual([["name:hiroshi tanabe", "the talks with Lavrov were useful", false]]);
  });

  it("leaves a dateline out of a reported lead, and takes no bare content after 'said at' closing a quotation", () => {
    const text = "TOKYO (Wire Service - 1st March, 2016) Zarif and Lavrov held long talks, Hiroshi Tanabe, the spokesperson for the Foreign Ministry, said.\n\n\"It was a long day.\n\nIt was useful,\" Tanabe said at a briefing.";
    const found = quotes(extract(text, { publishedAt: "2016-03-01" }));
    expect(found).toContainEqual(["name:hiroshi tanabe", "Zarif and Lavrov held long talks", false]);
    expect(found.map((q) => q[1])).not.toContain("a briefing");
  });

  it("keeps words of a person only titled, never named, out of the evaluation record", () => {
    const facts = extract("قال وزير الخارجية الأمريكي إن الحوار مستمر بين الجانبين.", { publishedAt: "2016-03-01" });
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["john-kerry"]);
    const record = toEvalRecord("a.txt", facts);
    expect(record.quotes).toEqual([]);
    expect(record.persons).toEqual([]);
  });

  it("gives an Arabic quote to the subject before the verb, not to the person after مع or with", () => {
    const arabic = "الرئيس فلاديمير بوتين خلال المحادثات مع وزير الخارجية الإيراني محمد جواد ظريف أكد أن “العلاقات بين البلدين متينة”.";
    expect(quotes(extract(arabic, { publishedAt: "2019-05-15" }))).toEqual([["vladimir-putin", "العلاقات بين البلدين متينة", true]]);
  });

  it("gives a statement to the presidency spokesman named after his long title (المتحدث الرسمي باسم رئاسة الجمهورية)", () => {
    const text = "وصرح المتحدث الرسمي باسم رئاسة الجمهورية السفير خالد منصور، أن الرئيس رحب بالضيف في زيارته الأولى.";
    expect(extract(text).quotes.map((q) => q.span.text)).toEqual(["الرئيس رحب بالضيف في زيارته الأولى"]);
    expect(extract(text).persons.map((p) => p.name)).toEqual(["خالد منصور"]);
  });

  it("gives an Arabic title subject (السفير الأردني) to the person written earlier with that title and country, though no country is known for him", () => {
    const text = "استقبل الرئيس فلاديمير بوتين اليوم سعادة السفير الأردني في موسكو السيد خالد منصور.\nوفي تصريح له بعيد اللقاء قال السفير الأردني إن الزيارة كانت ناجحة.";
    expect(quotes(extract(text))).toEqual([["name:خالد منصور", "الزيارة كانت ناجحة", false]]);
  });

  it("gives a verb with no subject to who made the statement opening its sentence (في تصريح للسفير …), not to an outlet after ل", () => {
    const said = "استقبل الرئيس فلاديمير بوتين اليوم سعادة السفير الأردني في موسكو السيد خالد منصور.\nوفي تصريح للسفير الأردني بعيد اللقاء أكد أن العلاقات بين البلدين متينة.";
    expect(quotes(extract(said))).toEqual([["name:خالد منصور", "العلاقات بين البلدين متينة", false]]);
    const told = "استقبل الرئيس فلاديمير بوتين اليوم السفير الأردني خالد منصور.\nوفي تصريح لوكالة الأنباء أكد أن العلاقات بين البلدين متينة.";
    expect(quotes(extract(told))).toEqual([]);
  });

  it("reads a governed verb's preposition after a subject written with an honorific and a title (أكد السيد X رئيس … على)", () => {
    const text = "من جانبه، أكد السيد سيرغي لافروف وزير الخارجية الروسي على اعتزازه بالعلاقات مع طهران.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "اعتزازه بالعلاقات مع طهران", false]]);
  });

  it("reads a governed verb's preposition after a day set off by commas after the subject (دعا X، اليوم، إلى)", () => {
    expect(quotes(extract("دعا وزير الخارجية الروسي سيرغي لافروف، اليوم، إلى وقف إطلاق النار في غزة.", { publishedAt: "2016-03-01" })).map((q) => q[1])).toEqual(["وقف إطلاق النار في غزة"]);
    expect(quotes(extract("طالب سيرغي لافروف، أمس، بوقف إطلاق النار.", { publishedAt: "2016-03-01" })).map((q) => q[1])).toEqual(["وقف إطلاق النار"]);
  });

  it("reads أشار إلى أهمية as a stated position, as إلى أن", () => {
    expect(quotes(extract("وأشار لافروف إلى أهمية إبقاء قنوات الحوار مفتوحة بين البلدين."))).toEqual([["sergey-lavrov", "إبقاء قنوات الحوار مفتوحة بين البلدين", false]]);
  });

  it("reads اعترف بـ as a statement, not recognition of a state, and a day of the week between subject and preposition", () => {
    expect(quotes(extract("واعترف لافروف الأحد بإجراء مكالمة هاتفية مع كيري."))).toEqual([["sergey-lavrov", "إجراء مكالمة هاتفية مع كيري", false]]);
    expect(extract("واعترف لافروف بدولة جنوب السودان.").quotes).toEqual([]);
    expect(quotes(extract("وشدد لافروف الثلاثاء على أهمية الحوار مع واشنطن."))).toEqual([["sergey-lavrov", "أهمية الحوار مع واشنطن", false]]);
  });

  it("gives an Arabic subject before its verb to the first of people written one after another (X وزير خارجية Y قال), not to the one named in X's title", () => {
    expect(quotes(extract("غير أن سيرغي لافروف وزير خارجية فلاديمير بوتين قال إن الوقت مبكر للحديث عن موعد الزيارة."))).toEqual([["sergey-lavrov", "الوقت مبكر للحديث عن موعد الزيارة", false]]);
    expect(quotes(extract("غير أن دميتري بيسكوف المتحدث باسم الرئيس فلاديمير بوتين قال إن الوقت مبكر للحديث عن موعد الزيارة."))).toEqual([["name:دمیتری بیسکوف", "الوقت مبكر للحديث عن موعد الزيارة", false]]);
  });

  it("gives an Arabic verb right after a relative pronoun to the person named before it (…، الذي أكد أن)", () => {
    expect(quotes(extract("استقبل لافروف السفير الإيراني علي رضائي، الذي أكد أن المباحثات كانت مثمرة."))).toEqual([["name:علی رضایی", "المباحثات كانت مثمرة", false]]);
  });

  it("gives a participle to the subject of a clause opened by ومن جانبه, not to the earlier speaker of its sentence", () => {
    const text = "وقال لافروف إن الحوار مستمر بين البلدين، ومن جانبه أشاد ظريف بالتعاون القائم، داعيا إلى المزيد من التنسيق.";
    // Praise (أشاد بـ) is a stated position too (R-praise).
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "الحوار مستمر بين البلدين", false], ["mohammad-javad-zarif", "التعاون القائم", false], ["mohammad-javad-zarif", "المزيد من التنسيق", false]]);
  });

  it("ends Arabic reported speech at a comma before a speech participle that only names a topic", () => {
    const text = "وقال ظريف إن المحادثات كانت مفيدة، مشيراً إلى الأزمة في المنطقة.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "المحادثات كانت مفيدة", false]]);
  });

  it("passes over a phrase of occasion or medium between an English verb and its reported clause", () => {
    expect(quotes(extract("Kerry met Lavrov.\nKerry said in a statement that the talks had been useful for both sides."))).toEqual([["john-kerry", "the talks had been useful for both sides", false]]);
    expect(quotes(extract("Kerry met Zarif.\nZarif wrote on Twitter that the meeting had been constructive."))).toEqual([["mohammad-javad-zarif", "the meeting had been constructive", false]]);
    expect(quotes(extract("Kerry met Lavrov.\nLavrov said in a video shared on Twitter, \"We have reached Geneva for the talks.\""))).toEqual([["sergey-lavrov", "We have reached Geneva for the talks", true]]);
    expect(extract("Kerry met Lavrov.\nKerry said in a Twitter post on Friday.").quotes).toEqual([]);
  });

  it("reads English characterizations with quoted words ('called X “Y”', 'describing X as “Y”') but not a phone call", () => {
    expect(quotes(extract("Kerry met Zarif.\nZarif called the talks \"constructive\" and left for Tehran."))).toEqual([["mohammad-javad-zarif", "the talks \"constructive", false]]);
    expect(quotes(extract("Kerry met Lavrov.\nLavrov described the meeting as “very productive and frank”."))).toEqual([["sergey-lavrov", "the meeting as “very productive and frank", false]]);
    expect(extract("Kerry met Lavrov.\nKerry called Lavrov to discuss the \"humanitarian situation in Aleppo\" on Monday.").quotes).toEqual([]);
    expect(extract("Kerry met Lavrov.\nLavrov criticized the so-called \"moderate opposition\" in Syria.").quotes).toEqual([]);
  });

  it("reads English reported speech before an attribution that ends in a phrase of occasion, and never takes the phrase as content", () => {
    expect(quotes(extract("Kerry arrived in Moscow.\nThe talks will resume in Geneva next week, Lavrov said after talks with Kerry."))).toEqual([["sergey-lavrov", "The talks will resume in Geneva next week", false]]);
    expect(extract("Kerry arrived in Moscow.\nLavrov said after talks with Kerry in the Kremlin.").quotes).toEqual([]);
    expect(quotes(extract("Kerry met Lavrov.\n“We agreed on much,” Lavrov said, calling “very intensive” his talks with Kerry."))).toEqual([
      ["sergey-lavrov", "We agreed on much", true],
      ["sergey-lavrov", "“very intensive", false],
    ]);
  });

  it("takes lowercase title words before the named subject into an English attribution after its clause", () => {
    expect(quotes(extract("Kerry met Lavrov.\nMoscow backs the plan for Syria, ministry spokesman Kerry said on Thursday."))).toEqual([["john-kerry", "Moscow backs the plan for Syria", false]]);
  });

  it("ends reported speech with its sentence while a colon quote runs on", () => {
    expect(quotes(extract("قال لافروف إن الحوار مع واشنطن مستمر. جاءت تصريحاته بعد اللقاء في موسكو."))).toEqual([["sergey-lavrov", "الحوار مع واشنطن مستمر", false]]);
    expect(quotes(extract("وقال كيري إن الحوار مستمر، مضيفا أن الاتفاق ممكن هذا الشهر. وجاءت هذه التصريحات في موسكو.")).map((q) => q[1])).toEqual(["الحوار مستمر", "الاتفاق ممكن هذا الشهر"]);
    expect(quotes(extract("Lavrov said that the talks went well. The two ministers then left for lunch."))).toEqual([["sergey-lavrov", "the talks went well", false]]);
    expect(quotes(extract("وقال لافروف: الحوار مستمر. لا بديل عن الحل السياسي.")).map((q) => q[1])).toEqual(["الحوار مستمر. لا بديل عن الحل السياسي"]);
  });

  it("gives an Arabic quotation to the attribution after it, also when the attribution goes on after the subject", () => {
    expect(quotes(extract("«لا بديل عن الحل السياسي»، قال لافروف للصحفيين."))).toEqual([["sergey-lavrov", "لا بديل عن الحل السياسي", true]]);
    expect(quotes(extract("\"العمل مستمر مع الجانب الروسي\"، أضاف الوزير كيري."))).toEqual([["john-kerry", "العمل مستمر مع الجانب الروسي", true]]);
    expect(quotes(extract("«لا بديل عن الحل السياسي»، قال لافروف، مشيرا إلى أن الحوار مستمر."))).toEqual([
      ["sergey-lavrov", "لا بديل عن الحل السياسي", true],
      ["sergey-lavrov", "الحوار مستمر", false],
    ]);
    expect(quotes(extract("التقى لافروف كيري في موسكو. وقال \"العمل مستمر مع الجانب الروسي\"، مشيرا إلى أهمية الحوار."))).toEqual([["sergey-lavrov", "العمل مستمر مع الجانب الروسي", true]]);
  });

  it("reads Arabic verbs that take their content after a preposition of their own, but not an invitation or a condemnation", () => {
    expect(quotes(extract("ودعا لافروف خلال المؤتمر الصحفي إلى وقف العمليات العسكرية فورا."))).toEqual([["sergey-lavrov", "وقف العمليات العسكرية فورا", false]]);
    expect(quotes(extract("وطالب كيري بوقف فوري للعمليات العسكرية في حلب."))).toEqual([["john-kerry", "وقف فوري للعمليات العسكرية في حلب", false]]);
    expect(quotes(extract("وجدد لافروف التأكيد على دعم بلاده للحل السياسي."))).toEqual([["sergey-lavrov", "دعم بلاده للحل السياسي", false]]);
    expect(quotes(extract("وأفادت الخارجية الروسية أن لافروف شدد خلال الاتصال على ضرورة وقف إطلاق النار في اليمن."))).toEqual([["sergey-lavrov", "ضرورة وقف إطلاق النار في اليمن", false]]);
    expect(extract("ودعا لافروف كيري إلى زيارة موسكو الشهر المقبل.").quotes).toEqual([]);
    // CONVENTIONS (blind notes): the finite "جدد إدانة …" states a position, as "أدان X الهجوم" does; an invitation does not.
    expect(quotes(extract("وجدد لافروف إدانة بلاده للهجوم على السفارة."))).toEqual([["sergey-lavrov", "إدانة بلاده للهجوم على السفارة", false]]);
    expect(extract("وجدد لافروف الدعوة لكيري لزيارة موسكو.").quotes).toEqual([]);
  });

  it("keeps the object of an Arabic characterization 'وصف X بأنه Y', as Persian 'X را Y خواند'", () => {
    expect(quotes(extract("ووصف لافروف المحادثات بأنها بناءة ومفيدة."))).toEqual([["sergey-lavrov", "المحادثات بأنها بناءة ومفيدة", false]]);
    expect(quotes(extract("ووصف كيري الاجتماع بالمثمر جدا."))).toEqual([["john-kerry", "الاجتماع بالمثمر جدا", false]]);
  });

  it("reads a surname in quotation marks as the subject of an Arabic verb", () => {
    expect(quotes(extract("التقى لافروف كيري في موسكو. وأضاف \"كيري\" أن الحوار مستمر مع موسكو."))).toEqual([["john-kerry", "الحوار مستمر مع موسكو", false]]);
  });

  it("reads English reported speech set before a pronoun attribution as the last speaker's", () => {
    const text = "Lavrov said that the talks were useful. Kerry arrived later. Moscow and Washington will keep working on a ceasefire in Syria, he added.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "the talks were useful", false],
      ["sergey-lavrov", "Moscow and Washington will keep working on a ceasefire in Syria", false],
    ]);
    expect(quotes(extract("Lavrov said that the talks were useful. The talks will go on next week, they added."))).toEqual([["sergey-lavrov", "the talks were useful", false]]);
  });

  it("reads 'highlighted' as a speech verb and 'top diplomat' as a bare role subject", () => {
    const text = "Lavrov met Kerry in Moscow on Monday. The Russian top diplomat highlighted that the two sides discussed the ceasefire in Syria.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "the two sides discussed the ceasefire in Syria", false]]);
  });

  it("keeps a quotation before its attribution when a participle with its own content follows", () => {
    const text = "\"We expressed mutual interest in continuing the dialogue,\" Lavrov said adding there would be many chances to do that this year.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "We expressed mutual interest in continuing the dialogue", true],
      ["sergey-lavrov", "there would be many chances to do that this year", false],
    ]);
  });

  it("gives no speaker to two people or a plural noun as the subject of an English verb", () => {
    expect(extract("Lavrov met Kerry. Lavrov and Kerry said that the talks were useful for both capitals.").quotes).toEqual([]);
    expect(extract("Lavrov met Kerry in Moscow. The foreign ministers stressed that the ceasefire in Syria must hold.").quotes).toEqual([]);
    expect(extract("Lavrov met Kerry in Moscow. The leaders stressed that the ceasefire in Syria must hold.").quotes).toEqual([]);
  });

  it("reads an organisation's spokesman before the verb as the spokesman last quoted, and not 'spokesman' alone for 'the spokesman'", () => {
    const peskov = { id: "dmitry-peskov", name: "Dmitry Peskov", country: "RU", names: ["Dmitry Peskov"], shortNames: ["Peskov"], offices: [] };
    const withPeskov = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, peskov]) });
    const text = "Peskov said that the call between the presidents was long. The conversation was useful for both capitals, Kremlin spokesman said on Friday.";
    expect(quotes(withPeskov(text))).toEqual([
      ["dmitry-peskov", "the call between the presidents was long", false],
      ["dmitry-peskov", "The conversation was useful for both capitals", false],
    ]);
    const before = "Peskov spoke in Moscow.\n\"The conversation was long and it was useful for both capitals,\" the spokesman said.";
    expect(quotes(withPeskov(before))).toEqual([["dmitry-peskov", "The conversation was long and it was useful for both capitals", true]]);
  });

  it("gives 'According to the top diplomat, …' to the last speaker", () => {
    const text = "Lavrov met Kerry in Moscow. \"We touched upon the treaty during the talks,\" Lavrov said. According to the top diplomat, cooperation of Russia and Japan meets the interests of the two peoples.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "We touched upon the treaty during the talks", true],
      ["sergey-lavrov", "cooperation of Russia and Japan meets the interests of the two peoples", false],
    ]);
  });
  it("keeps a named person's speech verb inside the clause another speaker reports as that speaker's one quote", () => {
    const opening = "تلقى وزير الخارجية سامح شكري اتصالا من وزيرة الخارجية الكندية ليندا بارك. ";
    const reported = extract(opening + "وقال المتحدث باسم الخارجية، كريم منصور، إن الوزيرين بحثا العلاقات. وأضاف أن الوزيرة الكندية أكدت أهمية التعاون في مجال الطاقة بين البلدين.", { publishedAt: "2021-03-07" });
    expect(reported.quotes.map((q) => q.speaker)).toEqual(["name:کریم منصور", "name:کریم منصور"]);
    expect(reported.quotes[1].span.text).toBe("الوزيرة الكندية أكدت أهمية التعاون في مجال الطاقة بين البلدين");
    // Reported by an institution, the minister's verb is hers.
    const byStatement = extract(opening + "وأفاد بيان للوزارة أن الوزيرة الكندية أكدت أهمية التعاون في مجال الطاقة بين البلدين.", { publishedAt: "2021-03-07" });
    expect(byStatement.quotes.map((q) => q.speaker)).toEqual(["name:لیندا بارک"]);
  });
  it("reads the clause after 'جدد X التأكيد على أن' and 'تأكيده بأن' (a verb that is a cue only through its preposition)", () => {
    const opening = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو. ";
    const renewed = extract(opening + "وجدد لافروف التأكيد على أن الحوار هو السبيل الوحيد.", { publishedAt: "2019-05-15" });
    expect(quotes(renewed)).toEqual([["sergey-lavrov", "الحوار هو السبيل الوحيد", false]]);
    const attached = extract(opening + "فيما جدد ظريف خلال اللقاء تأكيده بأن الاتفاق النووي ما زال قائما.", { publishedAt: "2019-05-15" });
    expect(quotes(attached)).toEqual([["mohammad-javad-zarif", "الاتفاق النووي ما زال قائما", false]]);
  });
  it("gives no speaker to the words of an office (المكتب الإعلامي لرئيس الوزراء) even when its head is named", () => {
    const text = "استقبل الرئيس فلاديمير بوتين وزير الخارجية الإيراني محمد جواد ظريف في موسكو. وقال المكتب الإعلامي للرئيس الروسي في بيان إن اللقاء بحث العلاقات الثنائية بين البلدين.";
    expect(quotes(extract(text, { publishedAt: "2019-05-15" }))).toEqual([]);
  });
  it("reads أبرز أن (Maghreb agencies' 'pointed out that') as a speech verb", () => {
    const text = "أجرى وزير الخارجية ناصر بوريطة اليوم مباحثات مع نظيره البيروفي خافيير غونزاليس. وأبرز السيد بوريطة أن العلاقات بين البلدين تشهد دينامية جديدة.";
    expect(quotes(extract(text, { publishedAt: "2019-05-15" })).map((q) => q[1])).toEqual(["العلاقات بين البلدين تشهد دينامية جديدة"]);
  });
  it("gives a named speaker's English words about another named person, reported before or after the verb, to that speaker alone (R-nested)", () => {
    const opening = "Foreign Minister Lavrov received Kerry in Moscow on Monday.\n";
    const speakers = (text: string) => extract(opening + text).quotes.map((q) => [q.speaker, q.span.text]);
    expect(speakers("Ministry spokeswoman Galina Orlova said Lavrov called for an early return to the talks.")).toEqual([["name:galina orlova", "Lavrov called for an early return to the talks"]]);
    expect(speakers("Ministry spokeswoman Galina Orlova said the minister urged Washington to lift the visa limits.")).toEqual([["name:galina orlova", "the minister urged Washington to lift the visa limits"]]);
    expect(speakers("Lavrov stressed that the treaty must be kept, spokeswoman Galina Orlova said.")).toEqual([["name:galina orlova", "Lavrov stressed that the treaty must be kept"]]);
    expect(speakers("Lavrov stressed that the treaty must be kept, according to spokeswoman Galina Orlova.")).toEqual([["name:galina orlova", "Lavrov stressed that the treaty must be kept"]]);
  });
  it("ends a named person's English words before an office's attribution closing the sentence (', the ministry said in a statement.')", () => {
    const opening = "Foreign Minister Lavrov received Kerry in Moscow on Monday.\n";
    expect(quotes(extract(opening + "Lavrov called for an early return to the talks, the ministry said in a statement."))).toEqual([["sergey-lavrov", "an early return to the talks", false]]);
    expect(quotes(extract(opening + "Lavrov stressed that the treaty must be kept, according to the statement."))).toEqual([["sergey-lavrov", "the treaty must be kept", false]]);
  });
  it("gives an Arabic colon quote with no subject after its verb to the last speaker even when its first word is an institution (وأضاف: الجيش …)", () => {
    const text = "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في موسكو.\nوقال لافروف إن المحادثات كانت مفيدة.\nوأضاف: «الحكومة الروسية مستعدة لمواصلة الحوار».";
    expect(quotes(extract(text, { publishedAt: "2015-05-12" }))).toEqual([
      ["sergey-lavrov", "المحادثات كانت مفيدة", false],
      ["sergey-lavrov", "الحكومة الروسية مستعدة لمواصلة الحوار", true],
    ]);
  });
  it("reads an Arabic honorific between a title and the name as part of the subject, not of the stated position (أكد وزير الخارجية الشيخ X أهمية …)", () => {
    const text = "عنوان الخبر\nأكد وزير الخارجية البحريني الشيخ خالد بن أحمد آل خليفة أهمية تعزيز العمل الخليجي المشترك.";
    expect(extract(text, { publishedAt: "2023-05-12" }).quotes.map((q) => q.span.text)).toEqual(["أهمية تعزيز العمل الخليجي المشترك"]);
  });
  it("gives 'Y stressed …, X added.' with X named by the surname alone to X only (R-nested)", () => {
    const text = "Foreign Minister Lavrov received Kerry in Moscow on Monday.\nMinistry spokeswoman Galina Orlova said the talks had been long.\nLavrov stressed that the treaty must be kept, Orlova added.";
    expect(extract(text).quotes.map((q) => [q.speaker, q.span.text])).toEqual([
      ["name:galina orlova", "the talks had been long"],
      ["name:galina orlova", "Lavrov stressed that the treaty must be kept"],
    ]);
  });
  it("does not read a title written for another person after a name set off by a comma as that name's apposition", () => {
    const text = "Lavrov met Kerry in Geneva.\nAccording to a readout issued by his spokeswoman, Galina Orlova, the minister stressed the importance of the ceasefire.";
    expect(extract(text).quotes.map((q) => q.speaker)).not.toContain("name:galina orlova");
  });
  it("reads words in single quotation marks after the verb's comma as quoted, passing over an apostrophe", () => {
    expect(quotes(extract("Lavrov met Kerry in Geneva.\nKerry said, 'We have agreed to keep talking about all the issues.'"))).toEqual([["john-kerry", "We have agreed to keep talking about all the issues", true]]);
    expect(quotes(extract("Lavrov met Kerry in Geneva.\nLavrov said, ‘Russia’s position on the treaty has not changed,’ and left the room."))).toEqual([["sergey-lavrov", "Russia’s position on the treaty has not changed", true]]);
  });
  it("starts an Arabic stated position after an aside set off by commas after the subject (أكد X، خلال اتصال مع Y، رفض …)", () => {
    const text = "عنوان\nأكد وزير الخارجية الروسي سيرغي لافروف، خلال اتصال هاتفي مع نظيره الأمريكي جون كيري، رفض بلاده القاطع لأي تدخل عسكري.";
    expect(quotes(extract(text, { publishedAt: "2015-05-12" }))).toEqual([["sergey-lavrov", "رفض بلاده القاطع لأي تدخل عسكري", false]]);
  });
  it("reads 'asked X to Y' as an appeal, as 'urged X to Y', but not 'asked about …' or a passive 'was asked'", () => {
    const opening = "Lavrov met Kerry in Geneva.\n";
    expect(quotes(extract(opening + "Kerry asked Moscow to use its influence on Damascus."))).toEqual([["john-kerry", "Moscow to use its influence on Damascus", false]]);
    expect(extract(opening + "Kerry asked about the ceasefire and the visit to Damascus.").quotes).toEqual([]);
    expect(extract(opening + "Kerry was asked about the ceasefire by reporters in Geneva.").quotes).toEqual([]);
  });
  it("reads words quoted or after a colon past a phrase of occasion after an Arabic role noun (وقال الوزير في مؤتمر صحفي «…»)", () => {
    const opening = "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.\n";
    expect(quotes(extract(opening + "وقال الوزير في مؤتمر صحفي «إن موسكو لن تقبل بأي تدخل عسكري».", { publishedAt: "2015-05-12" }))).toEqual([["sergey-lavrov", "إن موسكو لن تقبل بأي تدخل عسكري", true]]);
    expect(quotes(extract(opening + "وقال الوزير في تصريح للصحفيين بجنيف: “المحادثات كانت مفيدة للجانبين”.", { publishedAt: "2015-05-12" }))).toEqual([["sergey-lavrov", "المحادثات كانت مفيدة للجانبين", true]]);
    // An unnamed spokesman stays nobody's.
    expect(extract(opening + "وقال المتحدث باسم الحكومة في مؤتمر صحفي «إن المحادثات لم تنته بعد».", { publishedAt: "2015-05-12" }).quotes).toEqual([]);
  });
  it("reads the position stated after a pluperfect كان X قد أكد, and after an occasion naming a place (عقب وصوله إلى …)", () => {
    const opening = "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.\n";
    const opts = { publishedAt: "2015-05-12" };
    expect(quotes(extract(opening + "وكان لافروف قد أكد أهمية الحوار بين موسكو وواشنطن.", opts))).toEqual([["sergey-lavrov", "أهمية الحوار بين موسكو وواشنطن", false]]);
    expect(quotes(extract(opening + "وكان الوزير الروسي قد أكد عقب وصوله إلى جنيف دعم بلاده للحل السياسي.", opts))).toEqual([["sergey-lavrov", "دعم بلاده للحل السياسي", false]]);
    expect(quotes(extract(opening + "وأكد كيري عقب عودته إلى واشنطن ضرورة مواصلة المحادثات.", opts))).toEqual([["john-kerry", "ضرورة مواصلة المحادثات", false]]);
    // Near misses: a fact confirmed, not a position; an institution's pluperfect; the عن of عبّر after an occasion naming a person.
    expect(extract(opening + "وكان لافروف قد أكد الخبر في وقت سابق.", opts).quotes).toEqual([]);
    expect(extract(opening + "وكانت الحكومة قد أكدت دعم المبادرة.", opts).quotes).toEqual([]);
    expect(quotes(extract(opening + "وعبّر لافروف في الاتصال الهاتفي مع نظيره الأمريكي عن ارتياحه لتماثله للشفاء.", opts))).toEqual([]);
  });
  it("reads an Arabic speaker's pleasure at the visit and appreciation written bare after عن as courtesies, not positions", () => {
    const opening = "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.\n";
    const opts = { publishedAt: "2015-05-12" };
    expect(extract(opening + "وأعرب كيري عن سعادته بزيارة جنيف ولقاء المسؤولين فيها.", opts).quotes).toEqual([]);
    expect(extract(opening + "وعبّر لافروف عن تقدير روسيا لمواقف سويسرا الداعمة للحوار.", opts).quotes).toEqual([]);
    // A concern, or pride affirmed with أكد على, states a position still.
    expect(quotes(extract(opening + "وأعرب لافروف عن قلقه من التصعيد في المنطقة.", opts))).toEqual([["sergey-lavrov", "قلقه من التصعيد في المنطقة", false]]);
    expect(quotes(extract(opening + "وأكد كيري على اعتزازه بالشراكة بين البلدين.", opts))).toEqual([["john-kerry", "اعتزازه بالشراكة بين البلدين", false]]);
  });
  it("reads a position announced with أعلن عن and what is made known with كشف عن, not a fact announced or an office's words", () => {
    const opening = "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.\n";
    const opts = { publishedAt: "2015-05-12" };
    expect(quotes(extract(opening + "وأعلن لافروف عن رغبته في عقد لقاء قمة بين البلدين.", opts))).toEqual([["sergey-lavrov", "رغبته في عقد لقاء قمة بين البلدين", false]]);
    expect(quotes(extract(opening + "وكشف كيري عن مشاورات تجري لعقد جولة جديدة في جنيف.", opts))).toEqual([["john-kerry", "مشاورات تجري لعقد جولة جديدة في جنيف", false]]);
    expect(extract(opening + "وأعلن لافروف عن افتتاح القنصلية الجديدة في جنيف.", opts).quotes).toEqual([]);
    expect(extract(opening + "وكشفت الوزارة عن مشاورات تجري لعقد جولة جديدة.", opts).quotes).toEqual([]);
  });
  it("keeps a later verb of the person opening an Arabic reported clause inside the outer speaker's words (R-nested), but not another person's", () => {
    const opening = "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.\n";
    const opts = { publishedAt: "2015-05-12" };
    expect(quotes(extract(opening + "وقال لافروف إن كيري أشار إلى رغبة واشنطن في الحوار، كما عبر كيري عن ثقته بنجاح المحادثات.", opts))).toEqual([["sergey-lavrov", "كيري أشار إلى رغبة واشنطن في الحوار، كما عبر كيري عن ثقته بنجاح المحادثات", false]]);
    expect(quotes(extract(opening + "وقال لافروف إن كيري أشار إلى رغبة واشنطن في الحوار، كما أكد لافروف أن موسكو مستعدة للحوار.", opts))).toEqual([["sergey-lavrov", "كيري أشار إلى رغبة واشنطن في الحوار"], ["sergey-lavrov", "موسكو مستعدة للحوار"]].map((q) => [...q, false]));
  });
  it("reads no position in a relative clause about a thing whose verb names its own subject (المؤتمر الذي أكد X الدعوة إليه)", () => {
    const opening = "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف.\n";
    const opts = { publishedAt: "2015-05-12" };
    expect(extract(opening + "وسيشارك الوفد في المؤتمر الذي أكد لافروف الدعوة إليه في الربيع.", opts).quotes).toEqual([]);
    expect(extract(opening + "وناقش الجانبان الخطة التي أكد كيري دعمها في وقت سابق.", opts).quotes).toEqual([]);
    // A reported clause after such a verb still is the subject's words.
    expect(quotes(extract(opening + "وناقش الجانبان المبادرة التي أكد لافروف أن موسكو تدعمها.", opts))).toEqual([["sergey-lavrov", "موسكو تدعمها", false]]);
  });
});
