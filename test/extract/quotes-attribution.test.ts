import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Quote rules of round 2 (attributions after the words, subjects by title, clause shapes); sentences written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text, q.direct]);
const LEAD = "Russian Foreign Minister Sergey Lavrov received Iranian Foreign Minister Mohammad Javad Zarif in Moscow on Tuesday.\n";

describe("the rule that gives each quote its speaker", () => {
  it("travels with the quote: the name next to the verb, a pronoun going on with it, a subject after the verb", () => {
    const text = `${LEAD}Zarif said that the talks had gone well. He added that Iran would send a delegation in May.\nThe new rules will not change our trade with Tehran, added Lavrov.`;
    expect(extract(text).quotes.map((q) => [q.speaker, q.speakerRule])).toEqual([
      ["mohammad-javad-zarif", "adjacent-name"],
      ["mohammad-javad-zarif", "pronoun"],
      ["sergey-lavrov", "subject-after-verb"],
    ]);
  });

  it("gives 'the leader' to a head of state or government, not to the envoy named last", () => {
    const text = "Prime Minister Ali Hassan received Venezuelan Ambassador Jorge Luis Perez in Hanoi on Tuesday.\nAs the first Venezuelan ambassador to Vietnam, the diplomat came to Hanoi in 2006.\nTrade with Latin America matters to us, the leader affirmed.";
    expect(extract(text).quotes.map((q) => [q.speaker, q.speakerRule])).toEqual([["name:ali hassan", "role-noun"]]);
  });

  it("does not read a headline's last words as the title of a name on the next line", () => {
    const text = "Prime Minister receives outgoing Venezuelan ambassador\nPrime Minister Ali Hassan received Venezuelan Ambassador Jorge Luis Perez in Hanoi on Tuesday.\nFor his part, the ambassador said energy cooperation would grow.";
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual(["name:jorge luis perez"]);
  });
});

describe("attributions after the words they attribute", () => {
  it("gives a quotation before 'the Russian minister said' to the minister named earlier", () => {
    const text = `${LEAD}“The consultations were long and useful,” the Russian minister said.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "The consultations were long and useful", true]]);
  });

  it("reads an attribution whose subject follows the verb: a name or a title with no name", () => {
    const named = `${LEAD}The new rules will not change our trade with Tehran, added Lavrov.`;
    expect(quotes(extract(named))).toEqual([["sergey-lavrov", "The new rules will not change our trade with Tehran", false]]);
    const titled = `${LEAD}“Our cooperation in the Caspian will grow,” said the Iranian foreign minister at a news conference.`;
    expect(quotes(extract(titled))).toEqual([["mohammad-javad-zarif", "Our cooperation in the Caspian will grow", true]]);
  });

  it("takes a sentence ending in a short quotation, with the listener of 'told' after the verb", () => {
    const text = `${LEAD}The joint commission will “meet more often,” he told a group of reporters.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "The joint commission will “meet more often", false]]);
  });

  it("reads 'X told Y that …' after an opening phrase as the words after 'that', not the phrase before it", () => {
    const text = `${LEAD}At the talks, Zarif told Lavrov that Iran was ready.`;
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "Iran was ready", false]]);
  });

  it("gives a coordinated English verb to the subject opening the clause, not to a person named in its object", () => {
    const text = `${LEAD}Lavrov hailed the visit of Minister Zarif to Moscow and the talks held during it, and noted that the two countries had opened a new page.`;
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });

  it("reads concerns raised as a position, and a verb after 'therefore' as its subject's", () => {
    const text = `${LEAD}Zarif raised concerns about the new sanctions on Iranian banks and therefore appealed to Moscow to keep its trade open.`;
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "about the new sanctions on Iranian banks", false],
      ["mohammad-javad-zarif", "Moscow to keep its trade open", false],
    ]);
  });

  it("leaves out a comma written after 'that'", () => {
    const text = `${LEAD}Lavrov indicated that, the joint commission would meet again in the spring.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "the joint commission would meet again in the spring", false]]);
  });

  it("ends reported words before a phrase of occasion with its meeting ('during a meeting with X')", () => {
    const text = `${LEAD}Zarif called for closer cooperation on energy and transport during a meeting with Lavrov in the Russian capital.`;
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "closer cooperation on energy and transport", false]]);
  });

  it("reads '…, the host said, adding that …' as two quotes of the person last quoted", () => {
    const text = `${LEAD}Lavrov said Russia valued the talks.\nMoscow wants to expand its trade with Tehran, the host said, adding that both sides should meet more often.`;
    expect(quotes(extract(text)).slice(1)).toEqual([
      ["sergey-lavrov", "Moscow wants to expand its trade with Tehran", false],
      ["sergey-lavrov", "both sides should meet more often", false],
    ]);
  });

  it("does not take a quotation closing the paragraph before for the words of the next paragraph's verb", () => {
    const text = `${LEAD}\n“The talks were useful,” Lavrov said. “We will meet again.”\n\nZarif said Iran was ready to sign the treaty in June.`;
    expect(quotes(extract(text)).at(-1)).toEqual(["mohammad-javad-zarif", "Iran was ready to sign the treaty in June", false]);
  });

  it("gives a title standing as the subject to the person the text wrote with that title, whatever office the gazetteer knows", () => {
    const text = "Russian Foreign Minister Sergey Lavrov received Special Envoy Mohammad Javad Zarif in Moscow on Monday.\n“We have a plan for the whole region,” the special envoy said.";
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "We have a plan for the whole region", true]]);
  });

  it("reads Persian nominal statements: an invitation characterized, 'خواهان X شد', and not 'مورد ارزیابی … قرار دادند'", () => {
    const lead = "محمدجواد ظریف با سرگئی لاوروف در مسکو دیدار کرد.\n";
    expect(quotes(extract(`${lead}ظریف دعوت روسیه برای نشست تهران را نشانه اراده سیاسی مسکو دانست.`))).toEqual([["mohammad-javad-zarif", "دعوت روسیه برای نشست تهران را نشانه اراده سیاسی مسکو دانست", false]]);
    expect(quotes(extract(`${lead}لاوروف خواهان گسترش همکاری های اقتصادی دو کشور شد.`))).toEqual([["sergey-lavrov", "خواهان گسترش همکاری های اقتصادی دو کشور شد", false]]);
    expect(extract(`${lead}ظریف در این دیدار تحولات منطقه را مورد ارزیابی و گفتگو قرار داد.`).quotes).toEqual([]);
  });

  it("gives a Persian clause opened by a surname alone to the person named with it, and a plural verb after two people to nobody", () => {
    const lead = "محمدجواد ظریف در تماس تلفنی با «احمد داود اوغلو» گفتگو کرد.\n";
    expect(quotes(extract(`${lead}اوغلو نیز بر آمادگی کشورش برای همکاری با ایران تاکید کرد.`))).toEqual([["name:احمد داود اوغلو", "آمادگی کشورش برای همکاری با ایران", false]]);
    const joint = "محمدجواد ظریف نماینده ایران و سرگئی لاوروف وزیر خارجه روسیه بر لزوم ادامه گفتگوها تاکید کردند.";
    expect(extract(joint).quotes).toEqual([]);
  });

  it("gives a Persian clause opened by a title it cannot resolve to nobody, not to the last speaker", () => {
    const text = "سرگئی لاوروف با محمدجواد ظریف دیدار کرد و گفت که روابط دو کشور خوب است.\nرییس مچلس گرجستان در این ملاقات خواهان بسط روابط فیمابین شد.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["روابط دو کشور خوب است"]);
  });

  it("reads an Arabic welcome of a fellow minister as a ritual, keeping the participle's clause", () => {
    const text = "استقبل سيرغي لافروف محمد جواد ظريف في موسكو.\nوقد رحب لافروف بأخيه وزير الخارجية الإيراني، مؤكدا أن العلاقات بين البلدين متينة.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "العلاقات بين البلدين متينة", false]]);
  });

  it("reads an Arabic welcome of a person written with an honorific as a ritual, and one of a decision as a position", () => {
    expect(quotes(extract("ومن جانبه رحب لافروف بمعالي محمد جواد ظريف والوفد المرافق له."))).toEqual([]);
    expect(quotes(extract("ومن جانبه رحب لافروف بقرار مجلس الأمن الدولي الأخير بشأن سوريا.")).map((q) => q[1])).toEqual(["قرار مجلس الأمن الدولي الأخير بشأن سوريا"]);
  });

  it("keeps a verb whose subject is a thing inside the reported clause it stands in (R-nested)", () => {
    const text = `${LEAD}Lavrov said that the sanctions had hurt trade, and the situation called for new routes through the Caspian.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "the sanctions had hurt trade, and the situation called for new routes through the Caspian", false]]);
  });

  it("reads hopes and regrets with a clause, and a Persian announcement with که", () => {
    const text = `${LEAD}Lavrov hoped that the two countries would sign the treaty soon. Zarif lamented that the sanctions had hurt ordinary people.`;
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["the two countries would sign the treaty soon", "the sanctions had hurt ordinary people"]);
    const persian = "ظریف با لاوروف در مسکو دیدار کرد.\nظریف خبر داد که نشست بعدی در تهران برگزار می شود.";
    expect(quotes(extract(persian))).toEqual([["mohammad-javad-zarif", "نشست بعدی در تهران برگزار می شود", false]]);
  });

  it("gives an Arabic role noun with its country adjective after the verb to the person holding that office", () => {
    const text = "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو.\nوشدد الوزير الروسي على ضرورة احترام وقف إطلاق النار في المنطقة.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "ضرورة احترام وقف إطلاق النار في المنطقة", false]]);
  });

  it("reads a tweet as a colon quote", () => {
    const text = `${LEAD}Lavrov tweeted: “Productive talks with my Iranian colleague on the nuclear deal.”`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "Productive talks with my Iranian colleague on the nuclear deal", true]]);
  });

  it("takes the next paragraph for an English colon closing its paragraph, and a quotation resumed after its attribution as a second stretch", () => {
    const colon = `${LEAD}Speaking to reporters, Zarif said:\n\n“Iran has always been committed to diplomacy. We are ready to talk.”`;
    expect(quotes(extract(colon))).toEqual([["mohammad-javad-zarif", "Iran has always been committed to diplomacy. We are ready to talk", true]]);
    const split = `${LEAD}“The United States must return to its commitments,” Zarif said, “and lift all the sanctions.”`;
    expect(quotes(extract(split))).toEqual([
      ["mohammad-javad-zarif", "The United States must return to its commitments", true],
      ["mohammad-javad-zarif", "and lift all the sanctions", true],
    ]);
  });

  it("passes over a listener of several words before 'that'", () => {
    const text = `${LEAD}Lavrov told the UN Security Council on Monday that the ceasefire must hold. Zarif told the state news agency IRNA that the visit had been useful.`;
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["the ceasefire must hold", "the visit had been useful"]);
  });

  it("ends the listener of 'told' where the reported words open without 'that', so a later relative 'that' is theirs", () => {
    const text = `${LEAD}Lavrov told reporters Russia wanted a ceasefire that would hold. Zarif told reporters the visit had been useful.`;
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["Russia wanted a ceasefire that would hold", "the visit had been useful"]);
  });

  it("gives 'According to the minister, …' to the person written with that title, not to whoever spoke last", () => {
    const text = "Russian Foreign Minister Sergey Lavrov received Special Envoy Mohammad Javad Zarif in Moscow.\n“We have a plan for the region,” Zarif said.\nAccording to the minister, the two sides would set up a joint commission.";
    expect(quotes(extract(text)).at(-1)).toEqual(["sergey-lavrov", "the two sides would set up a joint commission", false]);
  });

  it("gives an embedded post to the author named on the dash line after it, without its picture link", () => {
    const text = `${LEAD}Great talks with my friend Zarif on the Caspian and on Syria. Russia and Iran stand together pic.twitter.com/AbCdEf123\n— Sergey Lavrov (@LavrovOfficial) March 6, 2019\nThe ministers then had lunch.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "Great talks with my friend Zarif on the Caspian and on Syria. Russia and Iran stand together", true]]);
  });

  it("reads what an English emphasis verb stresses as a position, any noun phrase; 'noted' with a topic stays no quote", () => {
    const text = `${LEAD}Zarif stressed the fruitful exchange of views on energy. Lavrov noted the long history of contacts between the two capitals.`;
    expect(quotes(extract(text))).toEqual([["mohammad-javad-zarif", "the fruitful exchange of views on energy", false]]);
  });

  it("reads an English participle with a noun phrase as a topic (R-participial), with a clause as a quote", () => {
    const text = `${LEAD}Zarif thanked his host, reaffirming Iran's support for the Astana format. Lavrov spoke of the talks, adding that they had been useful.`;
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["they had been useful"]);
  });

  it("reads 'told X about Y' as a briefing, not a quote, and 'told X' with a clause as one", () => {
    const text = `${LEAD}Zarif told Lavrov about the results of his visit to Ankara. Lavrov told reporters the ceasefire was holding.`;
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });

  it("gives a pronoun after an attribution to someone unnamed to nobody, not to the last named speaker", () => {
    const text = "سرگئی لاوروف با محمدجواد ظریف دیدار کرد و گفت که روابط دو کشور خوب است.\nرییس مچلس گرجستان در این ملاقات خواهان بسط روابط فیمابین شد.\nوی افزود گرجستان همسایه خوب ایران است.";
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["روابط دو کشور خوب است"]);
  });

  it("attributes nothing to the subject of a passive speech verb", () => {
    const text = `${LEAD}Zarif is said to have brought a message from the Iranian president. Lavrov was told that the talks had been postponed. Zarif has said that Iran is ready.`;
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["Iran is ready"]);
  });

  it("reads a subject title set off from its verb by a relative clause", () => {
    const text = `${LEAD}Lavrov said the talks had been useful.\nThe Iranian minister, who arrived on Monday, said the visit would last three days.`;
    expect(quotes(extract(text)).at(-1)).toEqual(["mohammad-javad-zarif", "the visit would last three days", false]);
  });

  it("leaves a dash dateline in capitals out of reported words set before their attribution", () => {
    const text = `${LEAD}MOSCOW — Russia backs the nuclear deal, Lavrov said.\nIran — and Russia — want peace in the region, Zarif said.`;
    expect(quotes(extract(text)).map((q) => q[1])).toEqual(["Russia backs the nuclear deal", "Iran — and Russia — want peace in the region"]);
  });

  it("runs a quotation reopened at each paragraph back to where it first opened (one cue, one entry)", () => {
    const text = `${LEAD}\n“Our partnership has never been stronger.\n\n“We will work together on the Caspian and on Syria,” Lavrov said.`;
    expect(extract(text).quotes.map((q) => [q.speaker, q.span.text.replace(/\s+/g, " ")])).toEqual([["sergey-lavrov", "Our partnership has never been stronger. “We will work together on the Caspian and on Syria"]]);
  });

  it("gives 'الضيف الإيراني' (the guest, with his country) to the guest of that country", () => {
    const text = "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو.\nوقال لافروف إن الحوار مستمر.\nوأشار الضيف الإيراني إلى أن الزيارة مثمرة.";
    expect(quotes(extract(text)).at(-1)).toEqual(["mohammad-javad-zarif", "الزيارة مثمرة", false]);
  });
});

describe("an English pronoun after a sentence opened by a short opener and a comma", () => {
  it("stands for the person opening that sentence, not for the last speaker", () => {
    const text = "Minister Hina Mirza received Ambassador Aybek Usmanov on Tuesday.\nThe ambassador said Uzbekistan wanted more trade.\nLater, Ms. Mirza also met Ambassador Yerzhan Kistafin.\nShe said Pakistan looked forward to the visit.";
    expect(extract(text).quotes.map((q) => [q.speaker, q.span.text])).toEqual([
      ["name:aybek usmanov", "Uzbekistan wanted more trade"],
      ["name:hina mirza", "Pakistan looked forward to the visit"],
    ]);
  });

  it("also after an opener of several words naming no one ('In his response, X …')", () => {
    const text = "Speaker Godwin Akpan received Ambassador Hidayet Bayram on Monday.\nAkpan said Nigeria valued the friendship.\nIn his response, Bayram expressed gratitude for the support.\nHe said trade between the two countries had doubled.";
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual(["name:godwin akpan", "name:hidayet bayram"]);
  });
});

describe("Persian verbs coordinated with a statement before them", () => {
  it("gives 'و افزود:' the speaker of the statement before it, not the people of the sentence's opening phrase", () => {
    const text = "در تماس تلفنی ظریف و همتای عراقی، ظریف نتایج سفر هیئت تجاری را مثبت ارزیابی کرد و افزود: کارشناسان دو طرف برای بازگشایی گذرگاه مرزی تلاش می‌کنند.";
    expect(quotes(extract(text))).toEqual([
      ["mohammad-javad-zarif", "نتایج سفر هیئت تجاری را مثبت ارزیابی کرد", false],
      ["mohammad-javad-zarif", "کارشناسان دو طرف برای بازگشایی گذرگاه مرزی تلاش می‌کنند", true],
    ]);
  });

  it("leaves a verb inside a clause reported after a colon to that clause's subject", () => {
    const text = "دفتر مطبوعاتی وزارت خارجه می‌گوید: لاوروف در این دیدار دستورهای لازم را داده و تاکید کرده است که کارکنان سفارت باید پاسخگو باشند.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["sergey-lavrov"]);
  });
});

describe("English attributions set between stretches, apposed to a title, or before an aside", () => {
  it("gives both stretches of a quotation interrupted by its attribution, with the subject after the verb or a phrase of occasion", () => {
    const inverted = "“We spoke about the harbour at length,” said Ambassador Lars Henriksen, “and we agreed to meet again in June.”";
    expect(quotes(extract(inverted))).toEqual([
      ["name:lars henriksen", "We spoke about the harbour at length", true],
      ["name:lars henriksen", "and we agreed to meet again in June", true],
    ]);
    const occasion = "“The accord is a milestone for both nations,” Prime Minister Kamla Roopnarine said in a statement, “and it opens new markets for our farmers.”";
    expect(quotes(extract(occasion))).toEqual([
      ["name:kamla roopnarine", "The accord is a milestone for both nations", true],
      ["name:kamla roopnarine", "and it opens new markets for our farmers", true],
    ]);
    const short = "“This visit,” said Lars Henriksen, “marks a new chapter in our cooperation.”";
    expect(quotes(extract(short)).map((q) => q[1])).toEqual(["This visit", "marks a new chapter in our cooperation"]);
  });

  it("reads a quotation before a subject written twice, name and title set off by a comma", () => {
    const nameFirst = "“Our position on the border is very clear,” Tomas Kral, the Czech foreign minister, told the radio.";
    expect(quotes(extract(nameFirst))).toEqual([["name:tomas kral", "Our position on the border is very clear", true]]);
    const titleFirst = "“Our position on the border is very clear,” the Czech foreign minister, Tomas Kral, said.";
    expect(quotes(extract(titleFirst))).toEqual([["name:tomas kral", "Our position on the border is very clear", true]]);
  });

  it("gives a role noun set off from its verb by a short aside to the person holding it", () => {
    const text = "Ambassador Ricardo Vallejo paid a courtesy call on Senate President Godwin Akande. Akande said Nigeria welcomed the initiative. The envoy, for his part, said Panama would open a trade office in Lagos.";
    expect(quotes(extract(text)).map((q) => q[0])).toEqual(["name:godwin akande", "name:ricardo vallejo"]);
  });

  it("gives a verb coordinated after a ritual one the title opening the sentence, not the last speaker", () => {
    const text = "Ambassador Ricardo Vallejo paid a courtesy call on Senate President Godwin Akande. Akande said Nigeria welcomed the initiative. The ambassador thanked the Senate for its hospitality and called for more direct flights.";
    expect(quotes(extract(text)).map((q) => [q[0], q[1]])).toEqual([
      ["name:godwin akande", "Nigeria welcomed the initiative"],
      ["name:ricardo vallejo", "more direct flights"],
    ]);
  });

  it("reads reported speech before an attribution whose title has a possessor ('the ministry's spokesman X said')", () => {
    const text = "Egypt rejects any displacement of civilians from the strip, the ministry's spokesman Tarek Fawzy said on Sunday.";
    expect(quotes(extract(text))).toEqual([["name:tarek fawzy", "Egypt rejects any displacement of civilians from the strip", false]]);
  });

  it("gives a title with a country to the holder of the office whose country the text never told", () => {
    const text = "Ambassador Kofi Asamoah presented his credentials to President Hage Nujoma. The Ghanaian envoy expressed hope that the two nations would sign a visa waiver agreement.";
    expect(quotes(extract(text)).map((q) => [q[0], q[1]])).toEqual([["name:kofi asamoah", "the two nations would sign a visa waiver agreement"]]);
  });
});

describe("attributions after the words: longer occasions, mixed marks, an office as subject", () => {
  it("reads a clause before its cue when a long phrase of occasion closes the sentence", () => {
    const text = `${LEAD}The new line will open next spring, Lavrov said after his talks with officials of the regional development bank.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "The new line will open next spring", false]]);
    const told = `${LEAD}Both delegations will meet again in May, Zarif told reporters after his meeting with members of the Duma committee.`;
    expect(quotes(extract(told)).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
  });

  it("pairs a straight closing mark with a curly opening one before the attribution", () => {
    const text = `${LEAD}“We have agreed on the schedule. The rest will follow in June," Lavrov said in a post on Telegram.`;
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "We have agreed on the schedule. The rest will follow in June", true]]);
    // A straight pair is still read as before.
    const straight = `${LEAD}"Our trade keeps growing," Zarif said.`;
    expect(quotes(extract(straight))).toEqual([["mohammad-javad-zarif", "Our trade keeps growing", true]]);
  });

  it("does not give the words of an office to the person it received, when its second verb has no subject of its own", () => {
    const embassy = `${LEAD}The Iranian embassy in Moscow welcomed Lavrov on his arrival and said it is ready to work with him.`;
    expect(quotes(extract(embassy))).toEqual([]);
    const ministry = `${LEAD}The foreign ministry received Zarif and said that it hoped for closer ties.`;
    expect(quotes(extract(ministry))).toEqual([]);
    // A person opening the clause is still its subject.
    const person = `${LEAD}On Wednesday, Zarif visited the ministry and said that the talks had gone well.`;
    expect(quotes(extract(person)).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
  });
});

describe("a subject opening a new sentence after a list of people", () => {
  it("is not joined to the names that closed the sentence before", () => {
    const text = "Minister of Foreign Affairs John Harlow welcomed Minister Maria Quint to Oslo. Minister Quint met President Anders Berg and Prime Minister K.L. Dahl.\nMinister Harlow observed that ties were strong.";
    expect(quotes(extract(text))).toEqual([["name:john harlow", "ties were strong", false]]);
    // Two people joined in the cue's own sentence are still nobody in particular.
    const joint = "Minister of Foreign Affairs John Harlow welcomed Minister Maria Quint to Oslo.\nMinister Quint and Minister Harlow said that ties were strong.";
    expect(quotes(extract(joint))).toEqual([]);
  });
});

describe("a phrase of occasion inside a reported clause", () => {
  it("does not end the words reported while they are only the clause's subject", () => {
    const text = `${LEAD}Ana Ruiz said that Zarif on arrival held a meeting with Iranians living in Russia.`;
    expect(quotes(extract(text))).toEqual([["name:ana ruiz", "Zarif on arrival held a meeting with Iranians living in Russia", false]]);
    // After a predicate, the phrase still closes the words reported.
    const after = `${LEAD}Ana Ruiz said that trade would grow during a meeting with the mayor.`;
    expect(quotes(extract(after))).toEqual([["name:ana ruiz", "trade would grow", false]]);
  });

  it("gives the meeting told in reported words to the clause's subject, not to the one who reports it", () => {
    const text = `${LEAD}Ana Ruiz said that Zarif on arrival held a meeting with Iranians living in Russia.`;
    expect(extract(text).meetings.map((m) => [...m.participants].sort())).not.toContainEqual(["mohammad-javad-zarif", "name:ana ruiz"]);
  });
});

describe("a Persian title written again as the subject of a later statement", () => {
  it("stands for the person it was apposed to, even where a bare title of the same office fits another", () => {
    const lead = "محمدباقر قالیباف، رئیس مجلس شورای اسلامی، امروز با عادل العسومی، رئیس پارلمان عربی، دیدار کرد.\n";
    expect(quotes(extract(`${lead}رئیس پارلمان عربی در این دیدار گفت: همکاری پارلمانی ادامه دارد.`)).map((q) => q[0])).toEqual(["name:عادل العسومی"]);
    const assembly = "محمدباقر قالیباف، رئیس مجلس شورای اسلامی، با مارتین چونگونگ، دبیرکل اتحادیه بین‌المجالس، دیدار کرد.\n";
    expect(quotes(extract(`${assembly}دبیرکل اتحادیه بین‌المجالس نیز بر نقش دیپلماسی پارلمانی تاکید کرد.`)).map((q) => q[0])).toEqual(["name:مارتین چونگونگ"]);
  });

  it("leaves the statement to the person whose own title opens it", () => {
    const lead = "محمدباقر قالیباف، رئیس مجلس شورای اسلامی، امروز با عادل العسومی، رئیس پارلمان عربی، دیدار کرد.\n";
    expect(quotes(extract(`${lead}رئیس مجلس شورای اسلامی در این دیدار گفت: همکاری پارلمانی ادامه دارد.`)).map((q) => q[0])).toEqual(["name:محمدباقر قالیباف"]);
  });
});

describe("a Persian statement reported by an outlet (X گزارش داد که Y گفت که …)", () => {
  it("is the person's named after the outlet's complementizer, by name or title", () => {
    const byName = "روزنامه کیهان نوشت که سرگئی لاوروف در دیدار با ظریف اعلام کرد که مسکو از این طرح حمایت می‌کند.";
    expect(quotes(extract(byName))).toEqual([["sergey-lavrov", "مسکو از این طرح حمایت می‌کند", false]]);
    const byTitle = "هاکان فیدان وزیر خارجه ترکیه دیروز به تهران رفت.\nخبرگزاری آناتولی امروز گزارش داد که وزیر خارجه ترکیه به همتای ایرانی خود گفت که آنکارا مایل به گسترش روابط است.";
    expect(quotes(extract(byTitle))).toEqual([["name:هاکان فیدان", "آنکارا مایل به گسترش روابط است", false]]);
  });

  it("stays with the outlet, nobody, when no person is named after its complementizer", () => {
    expect(quotes(extract("کاخ سفید اعلام کرد که دیدار لاوروف و کری لغو شد و اعلام کرد که جلسه بعدی برگزار نمی‌شود."))).toEqual([]);
  });

  it("stays with a named outer speaker, whose report holds the inner one's words (R-nested)", () => {
    expect(quotes(extract("ظریف اعلام کرد که لاوروف گفته است که مسکو از طرح حمایت می‌کند.")).map((q) => q[0])).toEqual(["mohammad-javad-zarif"]);
  });
});

describe("a Persian pronoun after a sentence whose person subject opens its که-clause", () => {
  const speaker = (text: string) => quotes(extract(text)).map((q) => q[0]);
  it("is the subject of the که-clause when the main clause has none (an outlet, or a person inside an object closed by را)", () => {
    expect(speaker("ظریف گفت: مذاکرات ادامه دارد.\nخبرگزاری رویترز در حالی خبر سفر ظریف به مسکو را منتشر کرد که لاوروف روز گذشته با کری در ژنو دیدار کرد. وی در این دیدار گفت: روابط ما خوب است.")).toEqual(["mohammad-javad-zarif", "sergey-lavrov"]);
    expect(speaker("ظریف گفت: مذاکرات ادامه دارد.\nروزنامه کیهان نوشت که لاوروف روز دوشنبه با کری دیدار کرد. وی گفت: همکاری ادامه دارد.")).toEqual(["mohammad-javad-zarif", "sergey-lavrov"]);
  });

  it("stays with a person who opens the main clause, whose که-clause is what they said", () => {
    expect(speaker("روز دوشنبه در نشست خبری در تهران ظریف اعلام کرد که لاوروف به تهران می آید. وی گفت: روابط خوب است.")).toEqual(["mohammad-javad-zarif", "mohammad-javad-zarif"]);
  });
});
