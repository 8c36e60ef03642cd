import { describe, expect, it } from "vitest";
import { createExtractor, Gazetteer } from "../../src/extract/index.ts";
import { fixtureGazetteer, fixturePeople } from "./people.fixture.ts";

/** Person rules met in Arabic and English wire copy; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });

describe("persons in Arabic and English news", () => {
  it("keeps a gazetteer name as the titled person when an honorific stands between them", () => {
    const facts = extract("استقبل وزير الخارجية الروسي السيد سيرغي لافروف ضيوفه في موسكو.");
    expect(facts.persons.map((p) => p.key)).toEqual(["sergey-lavrov"]);
    expect(facts.persons[0].mentions.map((m) => m.text)).toContain("وزير الخارجية الروسي");
  });

  it("takes a bare title right before a gazetteer name that holds its honorific as that person's, and the title written again", () => {
    const prince = { id: "salem-bin-fahd", name: "Salem bin Fahd", country: "JO", names: ["الأمير سالم بن فهد", "سالم بن فهد"], shortNames: [], offices: [{ office: "other" as const, title: "Crown Prince", country: "JO", org: null, start: "2001-01-01", end: null }] };
    const withPrince = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, prince]) });
    const facts = withPrince("تلقى ولي العهد الأمير سالم بن فهد رسالة خطية اليوم. من جانب آخر، أجرى ولي العهد اتصالا هاتفيا بوزير الخارجية الإيراني محمد جواد ظريف.", { publishedAt: "2016-05-01" });
    expect(facts.persons.find((p) => p.key === "salem-bin-fahd")?.mentions.map((m) => m.text).filter((t) => t === "ولي العهد")).toHaveLength(2);
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["mohammad-javad-zarif", "salem-bin-fahd"]]);
  });

  it("reads the English abbreviation FM as a foreign minister title", () => {
    const facts = extract("Zarif arrived in Moscow on Monday. The Iranian FM met Lavrov at the ministry.", { publishedAt: "2016-04-01" });
    expect(facts.persons.find((p) => p.key === "mohammad-javad-zarif")?.mentions.map((m) => m.text)).toContain("Iranian FM");
  });

  it("finds a name outside the gazetteer after a title with a clitic, not the name before it", () => {
    const facts = extract("التقى وزير الخارجية الروسي سيرغي لافروف بوزير خارجية غانا صامويل أوكودزيتو أبلاكوا، حيث بحثا العلاقات الثنائية.", { publishedAt: "2023-05-02" });
    const guest = facts.persons.find((p) => p.name === "صامويل أوكودزيتو أبلاكوا");
    expect(guest?.mentions.map((m) => m.text)).toEqual(["وزير خارجية غانا", "صامويل أوكودزيتو أبلاكوا"]);
    expect(facts.persons.find((p) => p.key === "sergey-lavrov")?.mentions.map((m) => m.text)).not.toContain("وزير خارجية غانا");
  });

  it("leaves the conjunction out of a title mention", () => {
    const facts = extract("وصل سيرغي لافروف إلى جنيف، ووزير الخارجية الروسي يلتقي نظيره الأمريكي غدا.", { publishedAt: "2016-04-01" });
    const lavrov = facts.persons.find((p) => p.key === "sergey-lavrov");
    expect(lavrov?.mentions.map((m) => m.text)).toContain("وزير الخارجية الروسي");
    expect(lavrov?.mentions.map((m) => m.text)).not.toContain("ووزير الخارجية الروسي");
  });

  it("ends an Arabic name after a title at a counterpart or title word with a preposition or و written onto it", () => {
    const met = extract("والتقت وزيرة الخارجية البيروفية لوسيانا تيخادا بنظيرها الأردني في عمان.", { publishedAt: "2022-05-01" });
    expect(met.persons.map((p) => [p.name, p.country])).toEqual([["لوسيانا تيخادا", "PE"]]);
    const listed = extract("استقبل الرئيس البيروفي إنريكي سالدانيا ووزيرة خارجيته الوفد.", { publishedAt: "2022-05-01" });
    expect(listed.persons.map((p) => p.name)).toEqual(["إنريكي سالدانيا"]);
  });

  it("takes an English name set off by a comma before 'the <title>'", () => {
    const facts = extract("Hiroshi Tanabe, the spokesperson for the Foreign Ministry, told reporters on Monday that the talks would go on.", { publishedAt: "2020-02-03" });
    expect(facts.persons.map((p) => p.name)).toEqual(["Hiroshi Tanabe"]);
  });

  it("takes a name in quotation marks before a feminine title as that person, and the reception as a meeting", () => {
    const facts = extract('استقبل الرئيس فلاديمير بوتين، اليوم، بقصر الكرملين "ماريا سانتوس" رئيسة البرتغال، حيث جرت مراسم الاستقبال الرسمي.', { publishedAt: "2019-05-15" });
    expect(facts.persons.find((p) => p.name === "ماريا سانتوس")?.role).toBe("President");
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["name:ماریا سانتوس", "vladimir-putin"]]);
  });

  it("does not take common nouns after a counterpart phrase or an organisation after a spokesperson title for a name", () => {
    const unknown = (text: string) => extract(text, { publishedAt: "2019-05-15" }).persons.filter((p) => p.key.startsWith("name:")).map((p) => p.key);
    expect(unknown("وذكرت الوكالة أن ظريف بحث مع نظيره السوري العلاقات الثنائية بين البلدين.")).toEqual([]);
    expect(unknown("وذكرت الوكالة أن ظريف بحث مع نظيره السوري الملفات الإقليمية بين البلدين.")).toEqual([]);
    expect(unknown("التقى ظريف في مسقط المتحدث الرسمي باسم جماعة الحوثيين، وبحثا الوضع في اليمن.")).toEqual([]);
    expect(unknown("سخنگوی جنبش مقاومت گفت که مذاکرات ادامه دارد.")).toEqual([]);
  });

  it("takes a name written after a counterpart phrase over an office holder the article never names", () => {
    const facts = extract("Lavrov held talks with his Iranian counterpart Hamid Rezaei in Moscow on Tuesday.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => p.name).sort()).toEqual(["Hamid Rezaei", "Sergey Lavrov"]);
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["name:hamid rezaei", "sergey-lavrov"]]);
  });

  it("also gives a gazetteer name listed with its title without the title (the shortest span that is the name)", () => {
    const king = { id: "salem-i", name: "Salem I", country: "JO", names: ["الملك سالم الأول", "سالم الأول", "King Salem I"], shortNames: [], offices: [{ office: "head_of_state" as const, title: "King", country: "JO", org: null, start: "2001-01-01", end: null }] };
    const withKing = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, king]) });
    expect(withKing("تقبل الملك سالم الأول اليوم أوراق اعتماد السفراء.").persons[0].mentions.map((m) => m.text)).toEqual(["الملك سالم الأول", "سالم الأول"]);
    expect(withKing("King Salem I received the envoys on Monday.").persons[0].mentions.map((m) => m.text)).toEqual(["King Salem I", "Salem I"]);
  });
  it("takes a country's title written again as the counterpart of that country named before", () => {
    const facts = extract("اجتمع وزير الخارجية الروسي سيرغي لافروف في موسكو مع نظيره الإيراني محمد جواد ظريف. وفي وقت لاحق أجرى الوزير الإيراني محادثات مع رئيس مجلس الدوما فياتشيسلاف فولودين.");
    expect(facts.persons.find((p) => p.key === "mohammad-javad-zarif")?.mentions.map((m) => m.text)).toContain("الوزير الإيراني");
    expect(facts.meetings.map((m) => m.participants[0])).toEqual(["sergey-lavrov", "mohammad-javad-zarif"]);
    const english = extract("Sergey Lavrov met his Cuban counterpart Bruno Rodriguez in Moscow on Monday. The Cuban minister later held talks with Duma speaker Vyacheslav Volodin.");
    expect(english.meetings[1]?.participants[0]).toBe("name:bruno rodriguez");
  });

  it("takes a country's title written again with no name beside it as the person it described before", () => {
    const facts = extract("أعرب كينجي تاكادا، سفير اليابان لدى الأردن، عن تقديره للتعاون. جاء ذلك خلال استقبال حسن العمري محافظ العقبة لسفير اليابان، اليوم الأحد.", { publishedAt: "2021-03-07" });
    const envoy = facts.persons.find((p) => p.name === "كينجي تاكادا");
    expect(envoy?.mentions.map((m) => m.text)).toContain("سفير اليابان");
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });

  it("gives a title between two unknown names to the name right after it, in a verb-first Arabic sentence", () => {
    const facts = extract("استقبل وزير الصحة الأردني حامد الزعبي السفير الكويتي سالم الشمراني.", { publishedAt: "2019-05-15" });
    const roles = facts.persons.map((p) => [p.mentions.map((m) => m.text).join(" ; "), p.role]);
    expect(roles).toContainEqual(["وزير الصحة الأردني ; حامد الزعبي", "Minister of Health"]);
    expect(roles).toContainEqual(["السفير الكويتي ; سالم الشمراني", "Ambassador"]);
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });

  it("reads a consul's rank and the city of the post as part of the title", () => {
    for (const text of ["استقبل وزير الصحة الأردني حامد الزعبي القنصل التركي العام في أربيل أرتان يالتشين.", "استقبل وزير الصحة الأردني حامد الزعبي القنصل التركي بالبصرة أرتان يالتشين."]) {
      const facts = extract(text, { publishedAt: "2019-05-15" });
      const consul = facts.persons.find((p) => p.role === "Consul");
      expect(consul?.country).toBe("TR");
      expect(consul?.mentions.map((m) => m.text)).toContain("أرتان يالتشين");
      expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
    }
  });

  it("reads the region after an Arabic governor's title without the article as the title's, not the name's", () => {
    const governor = (text: string) => extract(text, { publishedAt: "2019-05-15" }).persons.find((p) => p.role === "Governor")?.mentions.map((m) => m.text);
    expect(governor("استقبل محافظ نينوى حامد الجبوري السفير الكويتي سالم الشمراني.")).toEqual(["محافظ نينوى", "حامد الجبوري"]);
    expect(governor("استقبل والي جنوب كردفان حامد الجبوري السفير الكويتي سالم الشمراني.")).toEqual(["والي جنوب كردفان", "حامد الجبوري"]);
    // With the article the title stands alone, and the name follows it.
    expect(governor("استقبل المحافظ حامد الجبوري السفير الكويتي سالم الشمراني.")).toEqual(["المحافظ", "حامد الجبوري"]);
  });

  it("gives a title with an international body's complement to the name after it, not the name before it", () => {
    for (const text of ["استقبل وزير الخارجية الأردني حامد الزعبي سفيرة الاتحاد الأوروبي بعمان ماريا هادسون.", "استقبل وزير الخارجية الأردني حامد الزعبي رئيسة بعثة الاتحاد الأوروبي في الأردن ماريا هادسون."]) {
      const facts = extract(text, { publishedAt: "2019-05-15" });
      const hudson = facts.persons.find((p) => p.mentions.some((m) => m.text === "ماريا هادسون"));
      expect(hudson?.role).not.toBeNull();
      expect(facts.persons.find((p) => p.mentions.some((m) => m.text === "حامد الزعبي"))?.mentions.map((m) => m.text)).toEqual(["وزير الخارجية الأردني", "حامد الزعبي"]);
      expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
    }
  });

  it("reads the Gulf ambassador's full style and a UN adjective as part of the title", () => {
    const facts = extract("تسلم وزير الخارجية الأردني حامد الزعبي أوراق اعتماد سفير فوق العادة ومفوض لجمهورية الفلبين لدى المملكة رومولو فيكتور.", { publishedAt: "2019-05-15" });
    expect(facts.persons.find((p) => p.role === "Ambassador")?.mentions.map((m) => m.text)).toContain("رومولو فيكتور");
    expect(facts.persons.some((p) => p.mentions.some((m) => m.text.includes("فوق العادة") && !m.text.includes("سفير")))).toBe(false);
    const envoy = extract("التقى وزير الخارجية الأردني حامد الزعبي المنسق الأممي تور وينسلاند.", { publishedAt: "2019-05-15" });
    expect(envoy.persons.find((p) => p.role === "Coordinator")?.mentions.map((m) => m.text)).toContain("تور وينسلاند");
  });
  it("takes a Spanish name's paternal surname written alone, after an honorific or as a subject, as the same person", () => {
    const text = "استقبل وزير الخارجية ناصر بوريطة اليوم نظيره الغواتيمالي ماريو أدولفو بوكارو فلوريس. وقال السيد بوكارو إن بلاده تدعم الحل. وأضاف بوكارو أن العلاقات متينة.";
    const facts = extract(text, { publishedAt: "2023-11-17" });
    expect(facts.persons.filter((p) => p.mentions.some((m) => m.text.includes("بوكارو"))).length).toBe(1);
    expect(new Set(facts.quotes.map((q) => q.speaker)).size).toBe(1);
    // A given name before the last word is no surname of its own (محمد جواد ظريف is not "جواد").
    const given = extract("التقى وزير الخارجية أحمد الشامي اليوم السفير الإيراني محمد جواد رضائي. وقال جواد إن الزيارة ناجحة.", { publishedAt: "2023-11-17" });
    expect(given.persons.find((p) => p.name === "محمد جواد رضائي")?.mentions.map((m) => m.text)).not.toContain("جواد");
  });

  it("takes a compound surname written again (بحر العلوم) as one mention", () => {
    const facts = extract("التقى وكيل وزارة الخارجية محمد حسين بحر العلوم اليوم سفير فيتنام نغوين هوانغ. وأكد بحر العلوم أهمية التعاون.", { publishedAt: "2023-11-17" });
    expect(facts.persons.find((p) => p.name === "محمد حسين بحر العلوم")?.mentions.map((m) => m.text)).toContain("بحر العلوم");
  });

  it("takes the name beside a title as its holder, not the gazetteer's holder of that office the article never names", () => {
    const envoy = { id: "fahd-al-qasimi", name: "Fahd al-Qasimi", country: "SA", names: ["فهد القاسمي"], shortNames: [], offices: [{ office: "other" as const, title: "Ambassador", country: "SA", org: null, start: "2001-01-01", end: null }] };
    const withEnvoy = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, envoy]) });
    const facts = withEnvoy("استقبل السفير السعودي لدى لبنان وليد بخاري في دارته النائب سامي حداد.");
    expect(facts.persons.map((p) => p.key)).not.toContain("fahd-al-qasimi");
    expect(facts.persons.find((p) => p.name === "وليد بخاري")?.mentions.map((m) => m.text)).toEqual(["السفير السعودي لدى لبنان", "وليد بخاري"]);
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
    // Written with the holder's own name, the title stays theirs.
    expect(withEnvoy("استقبل السفير السعودي لدى لبنان فهد القاسمي النائب سامي حداد.").persons.map((p) => p.key)).toContain("fahd-al-qasimi");
  });

  it("reads a bare 'الوزير' right before a given name as that name's title, even when the given name is also a word", () => {
    const facts = extract("التقى الوزير ناصر العتيبي وفدا من البنك الدولي، وقال الوزير نادر حمدان إن الحكومة ستدعم المزارعين.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => [p.name, p.role, p.country]).sort()).toEqual([["نادر حمدان", "Minister", null], ["ناصر العتيبي", "Minister", null]]);
    expect(facts.quotes.map((q) => q.speaker)).toEqual(["name:نادر حمدان"]);
    // Before a word that is no given name the bare title still names no one.
    expect(extract("أكد الوزير علي أهمية التعاون، والتقى الوزير اليوم وفدا من البنك.", { publishedAt: "2019-05-15" }).persons).toEqual([]);
  });

  it("leaves another country's title after a titled name to the unnamed person met, not to the name", () => {
    const facts = extract("استقبل محافظ الإسكندرية حامد الجبوري القنصل الفرنسي. وأكد القنصل الفرنسي أن العلاقات متميزة.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => [p.name, p.country, p.role])).toEqual([["حامد الجبوري", "EG", "Governor"]]);
    expect(facts.persons[0].mentions.map((m) => m.text)).toEqual(["محافظ الإسكندرية", "حامد الجبوري"]);
    expect(facts.quotes).toEqual([]);
    const minister = extract("التقى الوزير نادر حمدان السفير الياباني في مكتبه.", { publishedAt: "2019-05-15" });
    expect(minister.persons.map((p) => [p.name, p.country, p.role])).toEqual([["نادر حمدان", null, "Minister"]]);
    // Set off by a comma, a title with a name after it is that name's.
    const consul = extract("استقبل محافظ الإسكندرية حامد الجبوري، القنصل الفرنسي جان دوبون.", { publishedAt: "2019-05-15" });
    expect(consul.meetings.map((m) => m.participants.length)).toEqual([2]);
  });

  it("gives a governor the country whose province the title names", () => {
    const country = (text: string) => extract(text, { publishedAt: "2019-05-15" }).persons.find((p) => p.role === "Governor")?.country;
    expect(country("التقى محافظ نينوى حامد الجبوري السفير التركي سالم أوغلو.")).toBe("IQ");
    expect(country("استقبل والي ولاية نهر النيل حامد الجبوري السفير البريطاني.")).toBe("SD");
    expect(country("استقبل محافظ محافظة ظفار حامد الجبوري وفدا تجاريا.")).toBe("OM");
    expect(country("استقبل محافظ إربد حامد الجبوري السفير الياباني.")).toBe("JO");
    // A region of two countries gives none.
    expect(country("استقبل محافظ البحر الأحمر حامد الجبوري السفير الألماني.")).toBeNull();
  });

  it("keeps the و of an East Asian family name (وانغ، وو) as the name's first letter", () => {
    const facts = extract("التقى وزير الخارجية الأردني حامد الزعبي السفير الصيني وانغ كه جيان. وقال وو جيانغ هاو إن الصين مستعدة للتعاون.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => p.name)).toEqual(expect.arrayContaining(["وانغ كه جيان", "وو جيانغ هاو"]));
    expect(facts.persons.find((p) => p.name === "وانغ كه جيان")?.country).toBe("CN");
  });

  it("reads transliterated given names of many regions and Sudan's Sovereignty Council titles", () => {
    const names = (text: string) => extract(text, { publishedAt: "2019-05-15" }).persons.map((p) => [p.name, p.country, p.role]);
    expect(names("وقالت كارلا أوليفيرا إن البرازيل تدعم الحوار.")).toEqual([["كارلا أوليفيرا", null, null]]);
    expect(names("أكد تيدروس غيبريسوس أن المنظمة تدعم السودان.")).toEqual([["تيدروس غيبريسوس", null, null]]);
    expect(names("التقى نائب رئيس مجلس السيادة مالك عقار وفدا من البنك الدولي.")).toEqual([["مالك عقار", "SD", "Deputy Chairman of the Sovereignty Council"]]);
    // مالك is also "owner": alone, with no title beside it, it opens no name.
    expect(names("قال مالك الشركة إن الأسعار سترتفع.")).toEqual([]);
  });

  it("reads 'الكوري' alone as South Korean, and 'الكوري الشمالي' as North Korean", () => {
    const country = (text: string) => extract(text, { publishedAt: "2019-05-15" }).persons.find((p) => p.role === "Ambassador")?.country;
    expect(country("استقبل وزير الخارجية القطري السفير الكوري تشوي سونغ جين.")).toBe("KR");
    expect(country("استقبل وزير الخارجية القطري السفير الكوري الشمالي تشوي سونغ جين.")).toBe("KP");
  });

  it("gives a title past its complement the name after it even when another country's title follows that name", () => {
    const facts = extract("التقى المبعوث الأمريكي للقرن الأفريقي حامد هارتمان رئيس الوزراء الإثيوبي.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => [p.name, p.country, p.role])).toEqual([["حامد هارتمان", "US", "Special Envoy"]]);
  });

  it("ends a name before a praised noun with ب on it, and reads the feminine envoy title", () => {
    const facts = extract("وأشاد السفير البريطاني إدوارد هوبارت بجهود الحكومة في الإصلاح.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => p.name)).toEqual(["إدوارد هوبارت"]);
    const envoy = extract("التقت وزيرة الخارجية الليبية حنان الزعبي بالمبعوثة الأمريكية ستيفاني هارتمان.", { publishedAt: "2019-05-15" });
    expect(envoy.persons.find((p) => p.name === "ستيفاني هارتمان")?.role).toBe("Special Envoy");
  });

  it("reads a country's title of the same office after a name with a bare title as that name's", () => {
    const facts = extract("التقى الوزير سامي حداد وزير الخارجية اللبناني بالسفير.", { publishedAt: "2019-05-15" });
    expect(facts.persons.map((p) => [p.name, p.country])).toEqual([["سامي حداد", "LB"]]);
  });

  it("reads a country's title and a bare title of the same office written together as one person's, with that country", () => {
    const envoy = extract("Kenyan High Commissioner to Uganda, Ambassador Joseph Mwangi Otieno, presented his letters to the President.").persons.find((p) => p.name === "Joseph Mwangi Otieno");
    expect(envoy?.country).toBe("KE");
    expect(envoy?.mentions.map((m) => m.text)).toContain("Kenyan High Commissioner to Uganda");
    const king = extract("استقبل الوفد العاهل البلجيكي الملك فيليب ليوبولد في بروكسل.").persons.find((p) => p.name === "فيليب ليوبولد");
    expect(king?.country).toBe("BE");
    expect(king?.mentions.map((m) => m.text)).toContain("العاهل البلجيكي");
    const consul = extract("Indian Consul General in Dubai, Ambassador Ravi Kumar Menon, received the visitors.").persons.find((p) => p.name === "Ravi Kumar Menon");
    expect(consul?.country).toBe("IN");
    // English writes the office before a rank held as an honour, with no comma.
    const minister = extract("Ghana’s Minister of Trade Ambassador Kwame Asante Boateng received the delegation.").persons.find((p) => p.name === "Kwame Asante Boateng");
    expect(minister?.country).toBe("GH");
    expect(minister?.role).toBe("Minister of Trade");
  });

  it("keeps two titles of different offices written together for two people", () => {
    const said = extract("He met the Chinese ambassador, President Ahmad Karimi said on Monday.").persons.find((p) => p.name === "Ahmad Karimi");
    expect(said?.country ?? null).toBeNull();
    expect(said?.mentions.map((m) => m.text)).not.toContain("Chinese ambassador");
    const minister = extract("Canadian Foreign Minister, Ambassador Marc Dubois, met the Egyptian envoy.").persons.find((p) => p.name === "Marc Dubois");
    expect(minister?.mentions.map((m) => m.text)).not.toContain("Canadian Foreign Minister");
  });

  it("ends a name after a title where the next person's title opens with و", () => {
    const facts = extract("جرى الاستقبال بحضور سفير المغرب في فرنسا أحمدو ولد سويدي وسفير فرنسا بالمغرب بيار مارتان والمدير العام للعلاقات الثنائية كريم العلوي.");
    const morocco = facts.persons.find((p) => p.name === "أحمدو ولد سويدي");
    expect(morocco?.country).toBe("MA");
    expect(facts.persons.find((p) => p.name === "بيار مارتان")?.country).toBe("FR");
  });

  it("reads كاتب الدولة as a secretary of state with the country written with it", () => {
    const facts = extract("حضر اللقاء كاتب الدولة البرتغالي للشؤون الأوروبية جواو مانويل سانتوس وسفير البرتغال لدى تونس ريكاردو لوبيز.");
    const secretary = facts.persons.find((p) => p.name === "جواو مانويل سانتوس");
    expect(secretary?.country).toBe("PT");
    expect(secretary?.role).toBe("State Secretary");
    expect(extract("استقبلت الوزيرة كاتبة الدولة المكلفة بالتجارة الخارجية مريم العلوي.").persons.map((p) => p.name)).toContain("مريم العلوي");
  });

  it("reads a capitalised Said after a given name inside a sentence as the surname, not the speech verb", () => {
    const met = extract("Ambassador Omar Said met Foreign Minister Zarif in Tehran on Monday.", { publishedAt: "2016-04-01" });
    expect(met.persons.map((p) => p.name)).toContain("Omar Said");
    expect(met.meetings.map((m) => m.participants.length)).toEqual([2]);
    expect(met.quotes).toEqual([]);
    const told = extract("Somalia's envoy Hassan Said told reporters the talks had been useful.");
    expect(told.quotes.map((q) => q.speaker)).toEqual(["name:hassan said"]);
    expect(extract("The minister received Yusuf Said, the ambassador of Sudan, on Sunday.").persons.map((p) => p.name)).toContain("Yusuf Said");
    // Near misses: the verb in lower case, and a headline in title case.
    expect(extract("\"We are ready for talks,\" Omar said on Monday.").persons.map((p) => p.name)).not.toContain("Omar Said");
    expect(extract("Foreign Minister Omar Said Talks With Envoy").persons.map((p) => p.name)).not.toContain("Omar Said");
  });

  it("keeps an elided capital opening a name with a lower-case part after its apostrophe (N’dry, D’Souza)", () => {
    const names = (text: string) => extract(text).persons.map((p) => p.name);
    expect(names("Present were Jane Lowe, High Commissioner of Australia; N’dry Paul Kouame, Ambassador of Ghana.")).toContain("N’dry Paul Kouame");
    expect(names("N'dry Paul Kouame met the minister in Accra.")).toContain("N'dry Paul Kouame");
    expect(names("The envoy D’Souza Maria Lopes said the talks went well.")).toContain("D’Souza Maria Lopes");
  });

  it("keeps a name word whose apostrophe stands for an Arabic letter (Ri’ayatuddin, Ma’ruf), not a possessive or a contraction", () => {
    const names = (text: string) => extract(text).persons.map((p) => p.name);
    expect(names("The envoy was received by Tengku Hassan Ri’ayatuddin Shah at the palace in Kuantan.")).toContain("Tengku Hassan Ri’ayatuddin Shah");
    expect(names("Vice President Ma'ruf Amin opened the forum in Jakarta.")).toContain("Ma'ruf Amin");
    expect(names("Minister Aziz Rahimov’s aides said the visit was postponed.")).toContain("Aziz Rahimov");
  });

  it("reads a country whose English name holds its article after an ambassador's posting (to the Netherlands, to the Gambia)", () => {
    const facts = extract("Also present were the Kenyan Ambassador to the Netherlands Mary Ndungu; the Kenyan Ambassador to Italy Peter Kamau.");
    expect(facts.persons.find((p) => p.name === "Mary Ndungu")?.role).toBe("Ambassador");
    expect(facts.persons.find((p) => p.name === "Mary Ndungu")?.country).toBe("KE");
    expect(extract("The Malaysian Ambassador to the Gambia Aziz Rahman attended.").persons.find((p) => p.name === "Aziz Rahman")?.country).toBe("MY");
  });

  it("takes no correspondent's dateline byline (From Name, City) for a person", () => {
    const names = (text: string) => extract(text).persons.map((p) => p.name);
    expect(names("12 May 2021 From Jane Roe Okafor, Lagos\n\nThe Foreign Minister received the Ghanaian envoy Kofi Mensah on Monday.")).not.toContain("Jane Roe Okafor");
    expect(names("From Amina Bello Yusuf, Addis Ababa\n\nThe minister met the envoy Kofi Mensah.")).not.toContain("Amina Bello Yusuf");
    // Near misses: "from" inside a sentence, and a name that a title rather than a city follows.
    expect(names("The minister received a letter from Kofi Mensah, Ghana's envoy, on Monday.")).toContain("Kofi Mensah");
  });
});
