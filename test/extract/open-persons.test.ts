/**
 * People no data file knows, found by the shape and place of their names (names/, persons/).
 * Every sentence is written for these tests; the fixture gazetteer knows only a few foreign ministers.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, Gazetteer, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer, fixturePeople } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const people = (facts: ArticleFacts) => facts.persons.map((p) => [p.name, p.country, p.role]);
const names = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const mentions = (facts: ArticleFacts, name: string) => facts.persons.find((p) => p.name === name)?.mentions.map((m) => m.text);

describe("open-world people in English", () => {
  it("takes the full name after a title chain, with the title's country and role", () => {
    expect(people(extract("Polish Deputy Foreign Minister Jan Kowalski arrived in Vienna on Tuesday."))).toEqual([["Jan Kowalski", "PL", "Deputy Minister of Foreign Affairs"]]);
  });

  it("leaves Malaysian and Indian honorifics and a civil-service rank's modifier out of the name", () => {
    expect(names(extract("Prime Minister Datuk Seri Hamid Razali received the envoys in Putrajaya on Monday."))).toEqual(["Hamid Razali"]);
    expect(names(extract("Shri Ravi Menon, the Indian ambassador, met the governor on Friday."))).toEqual(["Ravi Menon"]);
    expect(people(extract("Additional Foreign Secretary Imran Qadir met the Chinese envoy in Islamabad."))).toEqual([["Imran Qadir", null, "Additional Secretary"]]);
  });

  it("takes a name set off before 'the <demonym> <title>' with that country", () => {
    expect(people(extract("Kwame Asante, the Ghanaian foreign minister, told reporters the visit was useful."))).toEqual([["Kwame Asante", "GH", "Minister of Foreign Affairs"]]);
  });

  it("reads a bare title of several words written again as the one person named before with a title opening with those words", () => {
    const facts = extract("Speaker Tomas Varga arrived in Santiago on Monday, where the Speaker of the National Assembly of Chile Ana Torres welcomed him.\nZarif then met the Speaker of the National Assembly and Varga separately.");
    expect(mentions(facts, "Ana Torres")).toEqual(["Speaker of the National Assembly of Chile", "Ana Torres", "Speaker of the National Assembly"]);
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["mohammad-javad-zarif", "name:ana torres"], ["mohammad-javad-zarif", "name:tomas varga"]]);
  });

  it("takes a given name that is also a month or a pronoun family name when a title and another name word are beside it", () => {
    expect(people(extract("Namibian Foreign Minister January Hamutenya met Kenyan Foreign Minister Amina Wekesa in Windhoek."))).toEqual([
      ["January Hamutenya", "NA", "Minister of Foreign Affairs"],
      ["Amina Wekesa", "KE", "Minister of Foreign Affairs"],
    ]);
    expect(names(extract("Chinese Vice Premier Liu He met Finance Minister Olu Adeyemi in Abuja."))).toEqual(["Liu He", "Olu Adeyemi"]);
    expect(names(extract("In May Kenya hosted the talks, and since August Ghana has."))).toEqual([]);
    // After a lower-case counterpart or title word, or a verb a person is named after, as after a capitalised title.
    expect(names(extract("Foreign Minister Amina Wekesa held talks with her Namibian counterpart January Hamutenya in Nairobi.")).sort()).toEqual(["Amina Wekesa", "January Hamutenya"]);
    expect(names(extract("President Kamau met June Otieno in Nairobi.")).sort()).toEqual(["June Otieno", "Kamau"]);
    expect(names(extract("The ministers met in May Kenya said."))).toEqual([]);
    // A family name that is also a pronoun does not stand alone for its bearer.
    const facts = extract("Chinese Vice Premier He Wenbo met Finance Minister Olu Adeyemi in Abuja. Adeyemi said the loan was agreed. He added that rates would fall.");
    expect(mentions(facts, "He Wenbo")).toEqual(["Chinese Vice Premier", "He Wenbo"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:olu adeyemi", "name:olu adeyemi"]);
  });

  it("reads a Vietnamese family name spelt as a name particle (Do, Le) as the name's first word, and the particle alone as none", () => {
    expect(names(extract("Deputy Foreign Minister Do Van Khoa met Ambassador Kwame Asante in Hanoi on Tuesday.")).sort()).toEqual(["Do Van Khoa", "Kwame Asante"]);
    expect(names(extract("Foreign Minister Bui Van Nam met Le Thi Hoa, head of the party's external relations commission.")).sort()).toEqual(["Bui Van Nam", "Le Thi Hoa"]);
    expect(names(extract("Le Monde reported that the envoys do not agree."))).toEqual([]);
  });

  it("ends a posted title at the city of the post, so that the city opens no name after it", () => {
    expect(names(extract("Malaysia's ambassador in Geneva Ahmad Faisal said the talks were useful."))).toEqual(["Ahmad Faisal"]);
    expect(names(extract("The Kenyan consul general in Dubai Joseph Kamau said visas would be issued."))).toEqual(["Joseph Kamau"]);
  });

  it("reads Kenya's style of its foreign minister as that office", () => {
    expect(people(extract("Kenyan Cabinet Secretary for Foreign and Diaspora Affairs Amos Wekesa met the Ghanaian envoy in Nairobi."))).toEqual([["Amos Wekesa", "KE", "Minister of Foreign Affairs"]]);
  });

  it("keeps a capital's name written right after a given name as the surname, and the city after a preposition as the place", () => {
    const facts = extract("Angolan Foreign Minister Pedro Lima met Portuguese Foreign Minister Rui Costa in Lisbon on Monday.");
    expect(people(facts)).toEqual([["Pedro Lima", "AO", "Minister of Foreign Affairs"], ["Rui Costa", "PT", "Minister of Foreign Affairs"]]);
    const visit = extract("Foreign Minister Rui Costa arrived in Lima on Monday and met President Jose Ortega.");
    expect(names(visit)).toEqual(["Rui Costa", "Jose Ortega"]);
    expect(visit.meetings.map((m) => m.location)).toEqual(["Lima"]);
  });

  it("reads a Chinese or Korean family name alone as the one person named with it, not a Vietnamese one", () => {
    const facts = extract("Vice Premier Zhang Wenhao met Kwame Asante in Beijing. Asante told Zhang that Ghana was ready. Zhang said that China welcomed it.");
    expect(mentions(facts, "Zhang Wenhao")).toEqual(["Vice Premier", "Zhang Wenhao", "Zhang", "Zhang"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:kwame asante", "name:zhang wenhao"]);
    const two = extract("Vice Premier Zhang Wenhao met Kwame Asante and Zhang Lei in Beijing. Zhang said that China welcomed it.");
    expect(mentions(two, "Zhang Wenhao")).toEqual(["Vice Premier", "Zhang Wenhao"]);
    expect(mentions(extract("Deputy Minister Pham Van Tuan met Kwame Asante in Hanoi. Pham said that Vietnam welcomed it."), "Pham Van Tuan")).toEqual(["Deputy Minister", "Pham Van Tuan"]);
  });

  it("ends a name before a word that names no one ('Online' of a site's credit line)", () => {
    expect(names(extract("Readout of the call with President Tomas Varga Online by the Press Office. Varga said that the talks went well."))).toEqual(["Tomas Varga"]);
  });

  it("takes the subject of a speech verb opened by a given name", () => {
    expect(names(extract("The talks ended late. Ingrid Solberg said the two sides would meet again."))).toEqual(["Ingrid Solberg"]);
  });

  it("takes capitalised names in the places people stand: met with X, joined by X, X and Y", () => {
    const facts = extract("The minister met with Tariku Bekele in Addis Ababa, and was later joined by Odera Nwosu and Lwazi Mthembu.");
    expect(names(facts).sort()).toEqual(["Lwazi Mthembu", "Odera Nwosu", "Tariku Bekele"]);
  });

  it("keeps the full name and its particle, and reads the surname alone later as the same person", () => {
    const facts = extract("Dutch envoy Jan de Vries met Sergey Lavrov in Moscow. De Vries said later that the meeting went well.", { publishedAt: "2019-03-01" });
    expect(names(facts)).toContain("Jan de Vries");
    expect(mentions(facts, "Jan de Vries")).toEqual(["Dutch envoy", "Jan de Vries", "De Vries"]);
  });

  it("gives each name in a plural title's country list that country", () => {
    const facts = extract("The president received the new ambassadors of Chile, Ana Torres, and Kenya, Otieno Kamau, at the palace.");
    expect(people(facts)).toEqual([["Ana Torres", "CL", "Ambassador"], ["Otieno Kamau", "KE", "Ambassador"]]);
  });

  it("does not take a street, an airport, a byline or a title-case headline for a person", () => {
    expect(names(extract("Protesters marched down Karl Meyer Street towards the square."))).toEqual([]);
    expect(names(extract("The plane landed at Nnamdi Okoro International Airport at noon."))).toEqual([]);
    expect(names(extract("By Sarah Connell\nThe talks resumed on Monday in Geneva."))).toEqual([]);
    expect(names(extract("Regional Integration Holds Center Stage At Summit\nThe ministers met in Accra."))).toEqual([]);
  });

  it("does not read another person of a gazetteer surname as the gazetteer person", () => {
    const facts = extract("Tom Kerry, a city councillor, said the bridge would reopen. Kerry added that the works were late.", { publishedAt: "2015-05-01" });
    expect(facts.persons.map((p) => p.key)).toEqual(["name:tom kerry"]);
    expect(mentions(facts, "Tom Kerry")).toEqual(["Tom Kerry", "Kerry"]);
  });

  it("names a person by the fullest form the article writes", () => {
    const facts = extract("Mykola Hrytsenko said on Monday the talks would continue.\nHrytsenko arrived in Warsaw later.");
    expect(names(facts)).toEqual(["Mykola Hrytsenko"]);
  });

  it("does not read 'X, the <title> said' as an apposition: the title opens a new clause", () => {
    const facts = extract("Talking to Ms. Helena Marsh, the Speaker said the ties were strong.");
    expect(people(facts)).toEqual([["Helena Marsh", null, null]]);
  });

  it("does not take the next word of a capitalised headline after a title for a name", () => {
    expect(names(extract("Foreign Minister Welcomes Visiting Envoy\nThe meeting was held on Monday."))).toEqual([]);
  });

  it("does not take names in a wire credit line for people ('Editing by …')", () => {
    expect(names(extract("Ingrid Solberg said the talks would go on.\nReporting by Tom Hale; Editing by Gareth Lewis"))).toEqual(["Ingrid Solberg"]);
  });

  it("gives a name beside a bare English title no country from the outlet", () => {
    const facts = extract("NAIROBI (AP) — President Yoweri Kagame will host the leaders on Friday.");
    expect(people(facts)).toEqual([["Yoweri Kagame", null, "President"]]);
  });

  it("reads a later full name or surname as the same person, not a surname inside another name or a building's", () => {
    const facts = extract("Mykola Hrytsenko said the talks would go on. The guests toured the Hrytsenko Convention Centre. Oksana Hrytsenko, a lawyer, also spoke. Mykola Hrytsenko left on Friday.");
    expect(mentions(facts, "Mykola Hrytsenko")).toEqual(["Mykola Hrytsenko", "Mykola Hrytsenko"]);
  });

  it("takes 'with X' as a person only after a meeting word, not after a deal or a visit", () => {
    const facts = extract("The minister signed a deal with Kessler Steel and visited Hagia Sophia. He then held talks with Tariku Bekele.");
    expect(names(facts)).toEqual(["Tariku Bekele"]);
  });

  it("reads the Latin American title 'Deputy Minister of Foreign Relations'", () => {
    const facts = extract("Paraguayan Deputy Minister of Foreign Relations Marta Quevedo Ibarra met the Thai envoy on Monday.");
    expect(people(facts)).toContainEqual(["Marta Quevedo Ibarra", "PY", "Deputy Minister of Foreign Affairs"]);
  });

  it("takes a capitalised pair joined to a name that is a person elsewhere in the article", () => {
    const text = "Tamar Okafor, Piet Rensburg discuss trade ties\n\nSenator Tamar Okafor received the visitor in Lagos on Monday.";
    expect(names(extract(text)).sort()).toEqual(["Piet Rensburg", "Tamar Okafor"]);
  });

  it("reads leading initials as part of a name after a title, but not initials alone (U.S.)", () => {
    expect(names(extract("The forum met under the patronage of Prime Minister K.R. Wanigasekara on Monday."))).toEqual(["K.R. Wanigasekara"]);
    expect(names(extract("Foreign Secretary T. Mensah-Obeng met the envoy."))).toEqual(["T. Mensah-Obeng"]);
    expect(names(extract("The U.S. Secretary of Commerce spoke on Monday."))).toEqual([]);
    expect(names(extract("The envoy called on Governor Ch. Ramakanth Varma at the Raj Bhavan."))).toEqual(["Ch. Ramakanth Varma"]);
  });

  it("reads a verb after a title in a headline as no name (Speaker … Visits India)", () => {
    expect(names(extract("Speaker of the Senate Visits Ghana\n\nThe delegation arrived on Monday."))).toEqual([]);
  });

  it("ends a name before a headline's verb in the present tense, but not before a name that is a past form", () => {
    expect(names(extract("Governor Ramon Ortega Vidal Meets Business Leaders\n\nThe governor thanked the guests."))).toEqual(["Ramon Ortega Vidal"]);
    expect(names(extract("President Joao Pereira Receives Envoys From Asia\n\nThe president welcomed them."))).toEqual(["Joao Pereira"]);
    expect(names(extract("Minister Kofi Asante Boateng Hosts Trade Fair\n\nThe minister opened the fair."))).toEqual(["Kofi Asante Boateng"]);
    expect(names(extract("Ambassador Ahmed Said Holds Talks In Cairo\n\nThe talks went well."))).toEqual(["Ahmed Said"]);
  });

  it("keeps the first part of a hyphenated given name whose second part is listed, with the title's country", () => {
    expect(people(extract("Lithuanian Foreign Minister Ona-Maria Kairys met her Polish counterpart in Vilnius."))).toEqual([["Ona-Maria Kairys", "LT", "Minister of Foreign Affairs"]]);
    expect(people(extract("Ona-Maria Kairys, the Lithuanian foreign minister, said the talks went well."))).toEqual([["Ona-Maria Kairys", "LT", "Minister of Foreign Affairs"]]);
  });

  it("keeps an unlisted first word before a listed given name, but not a sentence-opening participle nor a body's last word", () => {
    expect(people(extract("Ambassador Syed Omar Lodhi met the Chief Minister on Thursday."))).toEqual([["Syed Omar Lodhi", null, "Ambassador"]]);
    expect(names(extract("On Friday, Syed Omar Lodhi told reporters the visit went well."))).toEqual(["Syed Omar Lodhi"]);
    expect(names(extract("Greeting Omar Lodhi and the other guests, the mayor praised the ties."))).toEqual(["Omar Lodhi"]);
    expect(names(extract("Thus Omar Lodhi became the first envoy to visit the port."))).toEqual(["Omar Lodhi"]);
    expect(names(extract("Notably Omar Lodhi met the governor twice."))).toEqual(["Omar Lodhi"]);
    expect(names(extract("The Minister of Foreign Affairs and Worship Rafael Ortega met the envoy."))).toEqual(["Rafael Ortega"]);
  });

  it("reads an engineer's and a brigadier's rank as an honorific, not a given name", () => {
    expect(names(extract("The talks were attended by Engineer Peter Njoroge and the governor."))).toEqual(["Peter Njoroge"]);
    expect(names(extract("Brigadier Syed Omar Lodhi, the defence attaché, attended the reception."))).toEqual(["Syed Omar Lodhi"]);
  });
});

describe("open-world people in Persian", () => {
  it("takes a name with an honorific and a title after it, with the posting's sending country", () => {
    const facts = extract("وزیر امور خارجه با خانم مریم احمدی، سفیر ژاپن در تهران، دیدار کرد.");
    expect(people(facts)).toContainEqual(["مریم احمدی", "JP", "Ambassador"]);
  });

  it("takes a name opened by a given name as a speaker", () => {
    const facts = extract("بهرام کاظمی گفت: این گفتگوها ادامه خواهد یافت.");
    expect(names(facts)).toEqual(["بهرام کاظمی"]);
    expect(facts.quotes[0]?.speaker).toBe(facts.persons[0].key);
  });

  it("reads a compound given name and a surname closed by زاده", () => {
    expect(names(extract("محمدحسن رضایی زاده در این نشست حضور داشت."))).toEqual(["محمدحسن رضایی زاده"]);
  });

  it("does not take an Arabic given name that is a Persian word for a name", () => {
    expect(names(extract("وی با وجود مشغله زیاد فرصت دیدار داد تا مسائل بررسی شود."))).toEqual([]);
  });

  it("joins a name glossed in Latin letters in parentheses", () => {
    const facts = extract("وزیر خارجه با یوهانس کارلسون (Johannes Karlsson) دیدار کرد.");
    expect(facts.persons).toHaveLength(1);
    expect(mentions(facts, "یوهانس کارلسون")).toEqual(["یوهانس کارلسون", "Johannes Karlsson"]);
  });

  it("takes names in quotation marks listed with a known person", () => {
    const facts = extract("نشست با حضور «سرگئی لاوروف»، «میلان کوواچ» و «ایوان پتروف» برگزار شد.", { publishedAt: "2019-03-01" });
    expect(names(facts).sort()).toEqual(["Sergey Lavrov", "ایوان پتروف", "میلان کوواچ"]);
  });

  it("gives a bare title to the unknown name set off beside it, not to the outlet's own office holder", () => {
    const facts = extract("رئیس مجلس با کامران وحیدی، رئیس پارلمان منطقه‌ای، دیدار کرد.");
    expect(facts.persons.find((p) => p.name === "کامران وحیدی")?.mentions.map((m) => m.text)).toEqual(["کامران وحیدی", "رئیس پارلمان"]);
  });

  it("takes one given name after a title", () => {
    expect(names(extract("او با رئیس اجرائیه عبدالله و سایر مقامات دیدار کرد."))).toEqual(["عبدالله"]);
  });

  it("takes the name after a meeting's «با» before a title as the one met", () => {
    const facts = extract("وزیر امور خارجه امروز با مختار آیتکالیف وزیر خارجه قزاقستان دیدار کرد.");
    expect(people(facts)).toContainEqual(["مختار آیتکالیف", "KZ", "Minister of Foreign Affairs"]);
  });

  it("does not take a journalist named in a report's credit for a person", () => {
    expect(names(extract("گفتگوها ادامه دارد.\nگزارش از نسرین کاظمی، خبرنگار اعزامی خبرگزاری."))).toEqual([]);
  });

  it("does not take an outlet's name in quotation marks before its report for a person", () => {
    expect(names(extract("به گزارش «خبر آنلاین»، بهرام کاظمی امروز به مسکو رفت."))).toEqual(["بهرام کاظمی"]);
  });

  it("reads a gazetteer surname after a given name that is also a word as another person", () => {
    const facts = extract("خلیل ظریف معاون سیاسی وزارت امور خارجه افغانستان با سفیر ژاپن دیدار کرد.", { publishedAt: "2019-01-01" });
    expect(names(facts)).toEqual(["خلیل ظریف"]);
  });

  it("takes Dari honorifics before a name (داکتر، آقایان)", () => {
    expect(names(extract("در این دیدار آقایان داکتر نوید رحمانی مشاور ارشد نیز حضور داشتند."))).toEqual(["نوید رحمانی"]);
  });

  it("keeps a name that opens with a gazetteer short name that is also a given name (عباس …)", () => {
    const abbas = { id: "mahmoud-abbas", name: "Mahmoud Abbas", country: "PS", names: ["محمود عباس"], shortNames: ["عباس"], offices: [] };
    const withAbbas = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, abbas]) });
    expect(names(withAbbas("گفتنی است، عباس نوروزی کرمانی و مریم احمدی از اعضای هیئت هستند.")).sort()).toEqual(["عباس نوروزی کرمانی", "مریم احمدی"]);
  });

  it("reads a country adjective after a given name as a surname (علی بحرینی)", () => {
    expect(names(extract("وی مورد استقبال مهدی کویتی، سفیر کشورمان در ژنو، قرار گرفت."))).toContain("مهدی کویتی");
  });

  it("takes no outlet after «به گزارش» nor a border crossing for a name before a title, and leaves مولوی out of a name", () => {
    expect(names(extract("به گزارش نوای بلخ، والی بلخ امروز با سرکنسول ترکیه دیدار کرد."))).toEqual([]);
    expect(names(extract("در گذرگاه میلک والی نیمروز از هیئت ایرانی استقبال کرد."))).toEqual([]);
    expect(names(extract("مولوی عبدالکبیر زاهد معاون وزیر خارجه با سفیر چین دیدار کرد."))).toEqual(["عبدالکبیر زاهد"]);
  });

  it("takes an English word before a title for a name only when a comma sets it off", () => {
    expect(names(extract("Gov. Andy Beshear and Ambassador Xie Feng met on Monday at the Kentucky Governor's Mansion."))).toEqual(["Andy Beshear", "Xie Feng"]);
    expect(names(extract("Jan Kowalski, the Polish deputy foreign minister, met Ambassador Xie Feng on Monday."))).toContain("Jan Kowalski");
  });

  it("knows South Asian given names, so a name is not cut to the words after them, and Citizen as an honorific", () => {
    expect(names(extract("Chairperson Ganesh Prasad Timilsina met the Australian envoy in Kathmandu."))).toEqual(["Ganesh Prasad Timilsina"]);
    expect(names(extract("President Maduro received Citizen Jesús Albert Garcia, Ambassador of Venezuela to Ghana."))).toContain("Jesús Albert Garcia");
  });

  it("reads the run after a leader phrase (برئاسة، به ریاست) as a person", () => {
    expect(names(extract("واستقبل وزير التجارة الأردني يوسف الشمالي وفدا من رجال الأعمال برئاسة مسعد بن غرمان."))).toContain("مسعد بن غرمان");
  });

  it("reads any Persian adjective in ی after a given name as a surname (محمد اسلامی), but no function word (برای)", () => {
    expect(names(extract("محمد اسلامی استاندار گیلان امروز با سفیر ترکیه دیدار کرد."))).toContain("محمد اسلامی");
    expect(names(extract("حسن ملکی معاون وزیر نیرو به کابل رفت."))).toContain("حسن ملکی");
    expect(names(extract("دیدار علی برای بررسی روابط با وزیر خارجه عمان انجام شد.")).join(" ")).not.toContain("برای");
  });

  it("knows Western given names in Persian script (ژوئل)", () => {
    expect(names(extract("ژوئل مارتینس در این دیدار به همتای ایرانی خود تسلیت گفت."))).toEqual(["ژوئل مارتینس"]);
  });
});

describe("open-world people in Arabic", () => {
  it("gives a counterpart named after its demonym that country", () => {
    const facts = extract("التقى سيرغي لافروف في موسكو نظيره الجزائري عبد القادر بن سالم، وبحثا العلاقات.", { publishedAt: "2019-03-01" });
    expect(people(facts)).toContainEqual(["عبد القادر بن سالم", "DZ", "Minister of Foreign Affairs"]);
  });

  it("never gives a counterpart phrase to the name written right before it, whose counterpart it is", () => {
    const facts = extract("استقبل وزير الخارجية الغاني كوامي أسانتي نظيره التشيكي يان نوفاك.\nوأكد الوزير التشيكي أن بلاده حريصة على تطوير العلاقات.");
    expect(mentions(facts, "كوامي أسانتي")).toEqual(["وزير الخارجية الغاني", "كوامي أسانتي"]);
    expect(mentions(facts, "يان نوفاك")).toEqual(["نظيره التشيكي", "يان نوفاك", "الوزير التشيكي"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:یان نوفاک"]);
    // Set off by a comma, the name before is the counterpart: "X، نظيره التشيكي".
    expect(mentions(extract("التقى وزير الخارجية الغاني كوامي أسانتي مع السيد يان نوفاك، نظيره التشيكي، في أكرا."), "يان نوفاك")).toEqual(["يان نوفاك", "نظيره التشيكي"]);
  });

  it("ends a name after a title at the verb's object or place: credentials handed over, a session of talks held, in his office", () => {
    const credentials = extract("قدم السفير التشيكي يان نوفاك أوراق اعتماده إلى الرئيس الغاني كوامي أسانتي.");
    expect(names(credentials).sort()).toEqual(["كوامي أسانتي", "يان نوفاك"].sort());
    expect(credentials.meetings.map((m) => m.participants.length)).toEqual([2]);
    expect(names(extract("عقد وزير الخارجية الغاني كوامي أسانتي جلسة مباحثات مع نظيره التشيكي يان نوفاك."))).toEqual(["كوامي أسانتي", "يان نوفاك"]);
    expect(names(extract("استقبل الرئيس الغاني كوامي أسانتي بمكتبه اليوم السفير التشيكي يان نوفاك."))).toEqual(["كوامي أسانتي", "يان نوفاك"]);
  });

  it("ends a name before its predicate: an accusative participle, an imperfect verb, a verb with the future prefix", () => {
    expect(names(extract("وصل الرئيس كوفي منساه حاملا رسالة من نظيره."))).toEqual(["كوفي منساه"]);
    expect(names(extract("وتحدث الرئيس كوفي منساه مبتسما للصحفيين."))).toEqual(["كوفي منساه"]);
    expect(names(extract("وأعلنت الرئاسة أن الرئيس كوفي منساه سيلبي الدعوة قريبا."))).toEqual(["كوفي منساه"]);
    expect(names(extract("وذكرت أن السفيرة ليلى بوزيان تستضيف الاجتماع المقبل."))).toEqual(["ليلى بوزيان"]);
    expect(names(extract("وأفادت أن السفير أمادو سيسوكو يتفقد مقر السفارة."))).toEqual(["أمادو سيسوكو"]);
    // A listed verb with the future prefix, and a word written with tanween, are no name words at all.
    expect(names(extract("وذكرت أن السفير أمادو سيسوكو سيترأس الوفد."))).toEqual(["أمادو سيسوكو"]);
    expect(names(extract("وقدم السفير أمادو سيسوكو قميصاً موقعاً للوزير."))).toEqual(["أمادو سيسوكو"]);
    // Names the gazetteer knows keep their own end.
    expect(names(extract("وأعلن أن وزير الخارجية الأمريكي جون كيري سيزور القاهرة."))).toEqual(["John Kerry"]);
    expect(names(extract("ووصل وزير الخارجية الأمريكي جون كيري حاملا رسالة من الرئيس."))).toEqual(["John Kerry"]);
  });

  it("keeps a name word written as a predicate is when it is a given name, closes its clause or stands before a speech verb", () => {
    expect(names(extract("وقال السفير يوسف ياسين إن بلاده ترحب."))).toEqual(["يوسف ياسين"]);
    expect(names(extract("وقال السفير أحمد يوسف إن العلاقات ممتازة."))).toEqual(["أحمد يوسف"]);
    expect(names(extract("وقال المبعوث سيرغي ستيفانوف إن الحوار مستمر."))).toEqual(["سيرغي ستيفانوف"]);
    expect(names(extract("وأعلن أن المبعوث أندريه سيمون سيزور القاهرة."))).toEqual(["أندريه سيمون"]);
    // "كاستا" is written as a participle (فاعلاً) is, but before "إن" or a full stop it ends the name, as a surname does.
    expect(names(extract("وقال السفير خوسيه لويس كاستا إن بلاده ترحب بالاتفاق."))).toEqual(["خوسيه لويس كاستا"]);
    expect(names(extract("والتقى الوزير السفير خوسيه لويس كاستا."))).toEqual(["خوسيه لويس كاستا"]);
    // Read back from a title, a word before the name is its given name as often as its verb.
    expect(names(extract("استقبل الوزير اليوم سيروب ماركاريان سفير أرمينيا لدى مصر."))).toEqual(["سيروب ماركاريان"]);
  });

  it("takes a name after an honorific and a rank", () => {
    expect(names(extract("وحضر اللقاء السيد حمدان الزعابي والوفد المرافق له."))).toEqual(["حمدان الزعابي"]);
  });

  it("leaves a compound military rank out of the name after it (الفريق أول ركن، اللواء الركن، العماد)", () => {
    const facts = extract("واستقبل رئيس الأركان الفريق أول ركن سامي عادل، بحضور اللواء الركن حسن ياسين والعقيد ركن طارق زياد، الوفد الزائر.");
    expect(names(facts).sort()).toEqual(["حسن ياسين", "سامي عادل", "طارق زياد"].sort());
    expect(names(extract("وقال قائد الجيش العماد جان خوري إن الوضع مستقر."))).toEqual(["جان خوري"]);
    // المقدم and الرائد alone are also "given" and "leading": no person after them.
    expect(names(extract("وأشاد بالدور الرائد إقليميا وبالدعم المقدم رسميا من الحكومة."))).toEqual([]);
  });

  it("leaves the conjunction written onto a list item's first word out of the name, with commas or without", () => {
    const listed = [["ماتو زيكو", "BA", "Ambassador"], ["كاتالينا موراليس", "CL", "Ambassador"], ["إيداربيك سولتانوف", "KZ", "Ambassador"]];
    expect(people(extract("والسفراء هم، ماتو زيكو، سفير البوسنة والهرسك، وكاتالينا موراليس، سفيرة تشيلي، وإيداربيك سولتانوف، سفير كازاخستان.")).sort()).toEqual([...listed].sort());
    expect(people(extract("وحضر ماتو زيكو سفير البوسنة والهرسك وكاتالينا موراليس سفيرة تشيلي وجيمس كاماو سفير كينيا.")).sort()).toEqual([...listed.slice(0, 2), ["جيمس كاماو", "KE", "Ambassador"]].sort());
    // A name with و on it after a title is the list's next item, not that title's holder; a given name that opens with و keeps it.
    expect(people(extract("وحضر اللقاء سفير كينيا، ووجدي حسن، سفير مصر."))).toEqual([["وجدي حسن", "EG", "Ambassador"]]);
  });

  it("reads علي after a given name as the name's next word, and a country of two words before a name (بروناي دار السلام)", () => {
    expect(people(extract("وقبل الرئيس أوراق اعتماد سفيرة كينيا، فاطمة علي حسن."))).toEqual([["فاطمة علي حسن", "KE", "Ambassador"]]);
    expect(people(extract("والتقى الوزير سفير بروناي دار السلام حاجي أوانغ سلامات، ثم سفير كينيا محمد علي.")).sort()).toEqual([["حاجي أوانغ سلامات", "BN", "Ambassador"], ["محمد علي", "KE", "Ambassador"]]);
    expect(names(extract("وأكد الوزير علي أهمية التعاون."))).toEqual([]);
  });

  it("reads عبد with the next word as one part of a name", () => {
    expect(names(extract("استقبل الوزير السفير عبد الستار منصوري في مكتبه."))).toEqual(["عبد الستار منصوري"]);
  });

  it("keeps a son's chain of names apart from his father's", () => {
    const facts = extract("حضر الأمير خالد بن سعد بن فهد الاستقبال، كما حضر الأمير سعد بن فهد.");
    expect(names(facts).sort()).toEqual(["خالد بن سعد بن فهد", "سعد بن فهد"]);
  });

  it("does not take a common word with a clitic for a name (لدينا = we have)", () => {
    expect(names(extract("وقال إن لدينا الكثير من العمل المشترك."))).toEqual([]);
  });

  it("takes a title's person from the side no known name holds", () => {
    const facts = extract("استقبل سيرغي لافروف السفير الماليزي Azlan Mat Rashid في موسكو.", { publishedAt: "2019-03-01" });
    expect(people(facts)).toContainEqual(["Azlan Mat Rashid", "MY", "Ambassador"]);
  });

  it("does not read a gazetteer name written after بن as that person: it is a father's name", () => {
    const king = { id: "king-fahd-x", name: "Fahd bin Saad", country: "SA", names: ["فهد بن سعد"], shortNames: ["بن سعد"], offices: [{ office: "head_of_state" as const, title: "King", country: "SA", org: null, start: "2000-01-01", end: null }] };
    const run = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, king]) });
    const facts = run("استقبل الأمير تركي بن فهد بن سعد الوفد، كما التقى الأمير ماجد بن سعد.", { publishedAt: "2019-03-01" });
    expect(facts.persons.map((p) => p.key)).not.toContain("king-fahd-x");
    expect(names(facts)).toContain("تركي بن فهد بن سعد");
  });

  it("does not read a country word as a gazetteer short name (السوداني = Sudanese)", () => {
    const premier = { id: "pm-x", name: "Adnan al-Sudani", country: "IQ", names: ["عدنان السوداني"], shortNames: ["السوداني"], offices: [{ office: "head_of_government" as const, title: "Prime Minister", country: "IQ", org: null, start: "2000-01-01", end: null }] };
    const run = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, premier]) });
    expect(run("التقى وزير الخارجية السوداني كمال عثمان بنظيره في القاهرة.", { publishedAt: "2019-03-01" }).persons.map((p) => p.key)).not.toContain("pm-x");
  });

  it("reads the word after bin as a father's name even when it is also a common word (بن علي)", () => {
    expect(names(extract("حضر اللقاء الشيخ راشد بن علي الكعبي وكيل الوزارة."))).toEqual(["راشد بن علي الكعبي"]);
  });

  it("reads a state's style, an appointment and a host word as part of an ambassador's title", () => {
    const facts = extract("استقبل الوزير سفير جمهورية كوريا المعين لدى السلطنة كيم مين سو الذي قدم أوراق اعتماده.");
    expect(people(facts)).toContainEqual(["كيم مين سو", "KR", "Ambassador"]);
  });

  it("does not take a place named after a titled person for a person (مدينة الملك …، مسجد الأمير …)", () => {
    expect(names(extract("أقيم الحفل في مدينة الملك عبدالعزيز للعلوم والتقنية، قرب مسجد الأمير عبد القادر."))).toEqual([]);
  });

  it("reads a Persian place noun as no name word in Arabic text (بندر is a given name there)", () => {
    expect(names(extract("نعى الديوان الأمير بندر بن فيصل بن سعود رحمه الله."))).toEqual(["بندر بن فيصل بن سعود"]);
  });

  it("reads a gazetteer surname after another person's given name as that other person", () => {
    const facts = extract("استقبل المستشار حنفي لافروف رئيس المجلس اليوم وفدا برلمانيا، وقال لافروف إن الزيارة مهمة.", { publishedAt: "2021-09-01" });
    expect(names(facts)).toEqual(["حنفي لافروف"]);
    expect(mentions(facts, "حنفي لافروف")).toEqual(expect.arrayContaining(["حنفي لافروف", "لافروف"]));
  });

  it("keeps a gazetteer person whose surname follows a rank that is also a given name (Sultan …)", () => {
    const sultan = { id: "nasir-i", name: "Nasir I", country: "OM", names: ["Nasir bin Khalid", "ناصر بن خالد"], shortNames: ["Nasir", "ناصر"], offices: [] };
    const withSultan = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, sultan]) });
    expect(names(withSultan("استقبل سلطان ناصر الوزير في مسقط."))).toEqual(["Nasir I"]);
    expect(names(withSultan("Sultan Nasir met the minister in Muscat."))).toEqual(["Nasir I"]);
  });

  it("keeps a gazetteer person named with another spelling of their own given name", () => {
    expect(names(extract("التقى سيرجي لافروف اليوم نظيره في موسكو.", { publishedAt: "2021-09-01" }))).toEqual(["Sergey Lavrov"]);
  });

  it("reads a Mauritanian name whose father's name carries an honorific", () => {
    expect(names(extract("استقبل الوزير اليوم السيد محمد ولد الشيخ التجاني، سفير موريتانيا."))).toEqual(["محمد ولد الشيخ التجاني"]);
  });

  it("reads a given name of two words whose second has the article (محمد الأمين، محمد المختار) as opening the name, not closing it", () => {
    expect(names(extract("وحضر الاستقبال وزير المالية الموريتاني، محمد الأمين ولد أحمد، وعدد من المسؤولين."))).toEqual(["محمد الأمين ولد أحمد"]);
    expect(names(extract("وقال محمد المختار ولد سيدي، مدير الديوان، إن الحوار مستمر."))).toEqual(["محمد المختار ولد سيدي"]);
  });

  it("reads a chain of Mauritanian fathers' names past four words", () => {
    expect(names(extract("وحضر اللقاء أحمد ولد سيدي محمود ولد عبد الله ولد بابا، المستشار بالرئاسة."))).toEqual(["أحمد ولد سيدي محمود ولد عبد الله ولد بابا"]);
  });

  it("reads a family name after آل that is also an honorific", () => {
    expect(names(extract("وحضر الاستقبال الشيخ صالح بن سعد آل الشيخ وعدد من المسؤولين."))).toEqual(["صالح بن سعد آل الشيخ"]);
  });

  it("reads a long surname written again with a letter more or less as the same person", () => {
    const facts = extract("وصل السفير الجديد جون هاريستون إلى موسكو أمس، وأدى هريستون مراسم التسليم.");
    expect(mentions(facts, "جون هاريستون")).toEqual(expect.arrayContaining(["جون هاريستون", "هريستون"]));
  });

  it("gives a spokesperson's title to the name before it, not to the one whose spokesperson they are", () => {
    const facts = extract("وقال أندريه سمولين المتحدث باسم فلاديمير بوتين إن الموعد لم يحدد.", { publishedAt: "2019-03-01" });
    expect(mentions(facts, "أندريه سمولين")).toContain("المتحدث باسم");
    expect(mentions(facts, "Vladimir Putin")).not.toContain("المتحدث باسم");
  });

  it("reads a state's style after the country as part of the title, and a two-word given name as one", () => {
    const facts = extract("وتقبل الرئيس أوراق اعتماد سفير جمهورية الجزائر الديمقراطية الشعبية صلاح الدين سيف حجار، وسفير اليابان.");
    expect(people(facts)).toContainEqual(["صلاح الدين سيف حجار", "DZ", "Ambassador"]);
  });
  it("ends a name written after a title at a preposition of the clause's verb, as at punctuation", () => {
    const facts = extract("وصل السفير الفيتنامي الجديد لدى تونس نغوين فان هوا إلى العاصمة أمس الخميس.", { publishedAt: "2021-03-05" });
    expect(people(facts)).toContainEqual(["نغوين فان هوا", "VN", "Ambassador"]);
    expect(mentions(facts, "نغوين فان هوا")).toContain("السفير الفيتنامي الجديد لدى تونس");
  });
  it("reads a noun with لـ written onto it before a definite word as part of a title's complement (لبعثة الأمم المتحدة)", () => {
    const facts = extract("بحث الوزير مع الممثل الخاص لبعثة الأمم المتحدة في السودان كارل فيشر بيرغ، الأربعاء، الأوضاع الإنسانية.", { publishedAt: "2021-03-05" });
    expect(names(facts)).toContain("كارل فيشر بيرغ");
  });
});

describe("open-world people in Persian written without ZWNJ", () => {
  it("ends a name before a preposition written onto its noun (بهعنوان)", () => {
    const text = "سرپرست وزارت خارجه گفت تعیین شدن آقای تاکشی ناکامورا بهعنوان سفیر ژاپن پیامی مهم دارد.";
    expect(mentions(extract(text), "تاکشی ناکامورا")).toContain("تاکشی ناکامورا");
  });
});

describe("Arabic-script names told by the shape of their letters (data/name-shapes.json)", () => {
  it("takes a name no given-name list holds right after a title with no country, up to a word that is no name", () => {
    const facts = extract("وأكد رئيس البعثة ماتياش ميلوشيفيتش أن المحادثات مستمرة.");
    expect(names(facts)).toEqual(["ماتياش ميلوشيفيتش"]);
    expect(mentions(facts, "ماتياش ميلوشيفيتش")).toEqual(["رئيس البعثة", "ماتياش ميلوشيفيتش"]);
  });

  it("takes two words written only as names are, standing alone where a clause names its people", () => {
    expect(names(extract("وحضر اللقاء ماتياش ستيفانوفيتش ممثلا عن الاتحاد."))).toEqual(["ماتياش ستيفانوفيتش"]);
  });

  it("takes two words written only as names are right before a title, as right after one, but not ordinary words there", () => {
    const facts = extract("کوامه آسانته وزیر خارجه غنا و گونتر اشتاینبرگ سفیر آلمان در آکرا دیدار کردند.");
    expect(names(facts)).toEqual(["کوامه آسانته", "گونتر اشتاینبرگ"]);
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
    expect(names(extract("کوامه آسانته وزیر خارجه غنا و معاون اول سفیر آلمان دیدار کردند."))).toEqual(["کوامه آسانته"]);
    expect(names(extract("درباره گسترش روابط اقتصادی و همکاری های فرهنگی سفیر آلمان گفتگو کرد."))).toEqual([]);
  });

  it("leaves ordinary words after a title alone, however the title ends", () => {
    expect(names(extract("وأكد رئيس البعثة الأوضاع الراهنة أن المحادثات مستمرة."))).toEqual([]);
    expect(names(extract("وقال السفير خلال المؤتمر الصحفي إن العلاقات متينة."))).toEqual([]);
  });

  it("does not start a name at a word before a given name written with a preposition (خلفاً لمحمود …)", () => {
    expect(names(extract("وعُيّن رئيس البعثة الجديد خلفاً لمحمود فيلينغر."))).not.toContain("خلفاً لمحمود فيلينغر");
    // Nor at that given name, once the word before is known to be no name (its tanween).
    expect(names(extract("وعُيّن رئيس البعثة الجديد خلفاً لمحمود فيلينغر."))).toEqual([]);
  });

  it("reads a quoted name after an outlet's noun as the outlet's, even beside a quoted person", () => {
    const facts = extract("به گزارش خبرگزاری «تاس نیوز»، «ماریا زاخارووا» سخنگوی وزارت خارجه روسیه گفت که مسکو آماده است.");
    expect(names(facts)).not.toContain("تاس نیوز");
  });
});

describe("a gazetteer surname inside another person's name (English)", () => {
  it("reads a run opened by an honorific around the surname as someone else, with an unlisted given name or a second surname", () => {
    const facts = extract("The Speaker, Rep. Tajudeen Lavrov, received Ms. Lomi Bedo on Tuesday.\nLavrov said Nigeria valued the visit.");
    expect(names(facts)).toEqual(["Tajudeen Lavrov", "Lomi Bedo"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:tajudeen lavrov"]);
    expect(names(extract("Senator the Hon. Kamina Kerry Smith held talks with Dr. Musalia Mudavadi in Kingston."))).toEqual(["Kamina Kerry Smith", "Musalia Mudavadi"]);
  });

  it("reads a short name joined by a hyphen to a lowercase word as half of a given name, not the surname", () => {
    expect(names(extract("First Vice Foreign Minister Park Kerry-joo met Ms. Lomi Bedo in Seoul.")).sort()).toEqual(["Lomi Bedo", "Park Kerry-joo"]);
  });

  it("keeps a run with another spelling of the person's own given name as that person", () => {
    expect(names(extract("Mr. Sergei Lavrov met Ms. Lomi Bedo on Tuesday."))).toEqual(["Sergey Lavrov", "Lomi Bedo"]);
  });

  it("gives a surname with its article, written alone later, to the person named in full with it, not to the gazetteer person", () => {
    const maliki = { id: "riyad-maliki", name: "Riyad al-Maliki", country: "PS", names: ["Riyad al-Maliki"], shortNames: ["Al-Malki", "al-Maliki"], offices: [] };
    const own = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, maliki]) });
    const facts = own("Saudi Ambassador Nawaf bin Saeed Al-Malki met Mr. Imran Qadir on Sunday.\nAl-Malki said the Kingdom considered Pakistan a brotherly country.");
    expect(names(facts)).toEqual(["Nawaf bin Saeed Al-Malki", "Imran Qadir"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:nawaf bin saeed al-malki"]);
  });

  it("gives the surname written alone later to the person named in full with it, not to the gazetteer person", () => {
    const facts = extract("Saudi Ambassador Nawaf bin Saeed Zarif met Mr. Imran Qadir on Sunday.\nZarif said the Kingdom considered Pakistan a brotherly country.");
    expect(names(facts)).toEqual(["Nawaf bin Saeed Zarif", "Imran Qadir"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:nawaf bin saeed zarif"]);
  });
});

describe("a title given to a name with 'به عنوان'", () => {
  it("is that person's, so the title written alone elsewhere stands for them", () => {
    const text = "سفیر جدید ژاپن در تهران رونوشت استوارنامه خود را به ظریف تقدیم کرد.\nظریف گفت تعیین آقای کنجی ساتو به عنوان سفیر ژاپن در تهران نشانه توجه توکیو است.";
    const facts = extract(text, { publishedAt: "2019-05-15" });
    const sato = facts.persons.find((p) => p.mentions.some((m) => m.text === "کنجی ساتو"));
    expect(sato?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["سفیر ژاپن در تهران", "سفیر جدید ژاپن در تهران"]));
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["mohammad-javad-zarif", sato!.key].sort()]);
  });
});

describe("English names and titles of ministries' read-outs (round 11, meetings)", () => {
  it("reads 'PM X' as the prime minister named before, not as another person", () => {
    const facts = extract("Prime Minister Olav Lindqvist opened the forum in Oslo. PM Lindqvist said the talks had been useful.");
    expect(names(facts)).toEqual(["Olav Lindqvist"]);
    expect(facts.quotes.map((q) => q.speaker === facts.persons[0].key)).toEqual([true]);
  });

  it("counts the part a particle is hyphened to as a word of its own ('Ahmed Al-Harbi' as 'Ahmed Al Harbi')", () => {
    expect(names(extract("Omar Al-Shamsi told reporters the visit had gone well."))).toEqual(["Omar Al-Shamsi"]);
    expect(names(extract("Governor Kamal Idris welcomed Yousef Al-Rumaihi on Sunday."))).toEqual(["Kamal Idris", "Yousef Al-Rumaihi"]);
  });

  it("reads a listed given name that is also a common word after 'bin' as the father's name", () => {
    expect(names(extract("Ambassador Turki bin Said Al-Dosari presented his credentials on Monday."))).toEqual(["Turki bin Said Al-Dosari"]);
  });

  it("reads a general's rank of two words written between a title and the name, and keeps 'Secretary-General' a title", () => {
    expect(people(extract("Chief of Army Staff Lieutenant General Tariq Mehmood met the envoy at the General Headquarters."))).toEqual([["Tariq Mehmood", null, "Chief of the General Staff"]]);
    expect(names(extract("Major General Salim Haddad inspected the troops on Monday."))).toEqual(["Salim Haddad"]);
  });

  it("reads executive secretaries and cabinet secretaries with a portfolio before the word", () => {
    expect(people(extract("Executive Secretary Ramon Dizon signed the order on Friday."))).toEqual([["Ramon Dizon", null, "Executive Secretary"]]);
    expect(people(extract("Trade Cabinet Secretary Wanjiru Kamau met the investors in Nairobi."))).toEqual([["Wanjiru Kamau", null, "Minister of Trade"]]);
    expect(people(extract("Prime Cabinet Secretary Otieno Achieng received the envoys."))).toEqual([["Otieno Achieng", null, "Prime Cabinet Secretary"]]);
  });

  it("does not read a name followed by a comma and the next item's title ('X, Foreign Affairs Secretary Y') as a thing's name", () => {
    expect(names(extract("Present were Mayor Ramon Dizon, Foreign Affairs Secretary Maria Reyes and others.")).sort()).toEqual(["Maria Reyes", "Ramon Dizon"]);
  });
});

describe("the surname of a gazetteer person who lists no short name (English)", () => {
  const speaker = { id: "omar-daoud", name: "Omar Daoud", country: "LY", names: ["Omar Daoud", "عمر داود", "عمر داود"], shortNames: [], offices: [] };
  const ambassador = { id: "ali-daoud", name: "Ali Daoud", country: "SD", names: ["Ali Daoud", "علی داود", "علي داود"], shortNames: [], offices: [] };

  it("reads the last word of the full name, written alone later and capitalised, as that person", () => {
    const own = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, speaker]) });
    const facts = own("Speaker Omar Daoud arrived in Rabat on Monday.\nDaoud met Ms. Lomi Bedo on Tuesday and said the talks were useful.");
    expect(mentions(facts, "Omar Daoud")).toEqual(["Speaker", "Omar Daoud", "Daoud"]);
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["name:lomi bedo", "omar-daoud"]]);
  });

  it("leaves the surname alone when two people of the article end their names with it", () => {
    const own = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, speaker, ambassador]) });
    const facts = own("Speaker Omar Daoud received Ambassador Ali Daoud in Tripoli on Monday.\nDaoud said the visit was useful.");
    expect(mentions(facts, "Omar Daoud")).toEqual(["Speaker", "Omar Daoud"]);
    expect(mentions(facts, "Ali Daoud")).toEqual(["Ambassador", "Ali Daoud"]);
    expect(facts.quotes).toEqual([]);
  });
});

describe("an unknown official beside a title whose surname a listed person has as a short name (English)", () => {
  it("reads the whole name after the title as someone else, not the listed person", () => {
    const facts = extract("ACCRA\nMinister Kwame Mensah received Ambassador Hikmat Lavrov on Monday. Lavrov said the embassy would open a visa centre.");
    expect(names(facts)).toEqual(["Kwame Mensah", "Hikmat Lavrov"]);
    expect(mentions(facts, "Hikmat Lavrov")).toEqual(["Ambassador", "Hikmat Lavrov", "Lavrov"]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:hikmat lavrov"]);
  });

  it("keeps the listed person when the name after the title is theirs", () => {
    expect(names(extract("ACCRA\nMinister Kwame Mensah received Foreign Minister Sergei Lavrov on Monday.")).sort()).toEqual(["Kwame Mensah", "Sergey Lavrov"]);
  });
});
