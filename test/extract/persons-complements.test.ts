import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Arabic titles followed by the body, portfolio or place they serve before the holder's name; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const people = (text: string) => extract(text, { publishedAt: "2021-03-01" }).persons.map((p) => [p.name, p.country]);

describe("names after an Arabic title's complement", () => {
  it("reads a name with no given name after the body a title heads", () => {
    expect(people("وحضر اللقاء منسق البعثة الأممية، تورفالد أوستبي.")).toEqual([["تورفالد أوستبي", null]]);
  });

  it("reads a name after the place the title serves in, without taking that place as the holder's country", () => {
    expect(people("شارك في الاجتماع رئيس بعثة الاتحاد الأوروبي في الأردن، ماتياس كيرشنر.")).toEqual([["ماتياس كيرشنر", null]]);
    expect(people("التقى الرئيس المبعوث الأممي الخاص لليمن، هانس غروندبرغ، أمس.")).toEqual([["هانس غروندبرغ", null]]);
  });

  it("takes a country adjective in the body's name as the holder's", () => {
    expect(people("التقى الرئيس رئيس مجلس الشيوخ الإسباني، أوريول بوسكيتس، أمس.")).toEqual([["أوريول بوسكيتس", "ES"]]);
  });

  it("takes the country a minister serves in as the minister's", () => {
    expect(people("استقبل الرئيس وزير النقل والمواصلات في الكويت، حمد العنزي، أمس.")).toEqual([["حمد العنزي", "KW"]]);
    expect(people("استقبل الرئيس وزير الطاقة والمناجم بالجمهورية الإسلامية الموريتانية، سيدي ولد سالم، أمس.")).toEqual([["سيدي ولد سالم", "MR"]]);
  });

  it("leaves a name followed by a title of its own to that title", () => {
    expect(people("حضر اللقاء مستشار الرئيس للشؤون الاقتصادية، بيرتيل أوهلين، وزير خارجية السويد.")).toEqual([["بيرتيل أوهلين", "SE"]]);
  });

  it("does not give a title serving a body the country of the title coordinated before it", () => {
    const found = people("وحضر اللقاء سفير مملكة هولندا، يان دي فريس، وسفير الاتحاد الأفريقي بالخرطوم محمد بلعيش.");
    expect(found).toContainEqual(["يان دي فريس", "NL"]);
    expect(found).toContainEqual(["محمد بلعيش", null]);
  });
});

describe("Islamic Republic styles of states other than Iran", () => {
  it("reads the full style as its own country, not Iran", () => {
    const facts = extract("وصل وزير الخارجية إلى نواكشوط في زيارة رسمية للجمهورية الإسلامية الموريتانية.", { publishedAt: "2021-03-01" });
    expect(facts.countries).toContain("MR");
    expect(facts.countries).not.toContain("IR");
    const fa = extract("هیئتی از جمهوری اسلامی پاکستان وارد کابل شد.", { publishedAt: "2021-03-01" });
    expect(fa.countries).toContain("PK");
    expect(fa.countries).not.toContain("IR");
  });
});

describe("honorifics that are also titles", () => {
  it("reads المستشار alone as the honorific Counselor, and with a country as a chancellor", () => {
    const counselor = extract("وصرح المستشار نادر سعد، المتحدث باسم مجلس الوزراء، بأن الاجتماع كان مثمرا.", { publishedAt: "2021-03-01" }).persons;
    expect(counselor.map((p) => p.role)).not.toContain("Chancellor");
    const chancellor = extract("واستقبل الرئيس المستشار النمساوي، كارل نيهامر، أمس.", { publishedAt: "2021-03-01" }).persons;
    expect(chancellor.map((p) => [p.name, p.country, p.role])).toEqual([["كارل نيهامر", "AT", "Chancellor"]]);
  });

  it("leaves the Gulf honorific Sayyid out of an English name", () => {
    const facts = extract("Muscat: Sayyid Taimur Asaad al Mamari, the Minister of Heritage, met the delegation on Sunday.", { publishedAt: "2021-03-01" });
    expect(facts.persons.map((p) => p.name)).toEqual(["Taimur Asaad al Mamari"]);
  });
});

describe("given names that are also a capital's name", () => {
  it("reads Riad before another name word as a given name, and the city elsewhere as a place", () => {
    const fa = extract("معاون وزیر خارجه با «ریاض کاظمی» سفیر عراق در تهران دیدار کرد.", { publishedAt: "2021-03-01" }).persons;
    expect(fa.map((p) => [p.name, p.country])).toEqual([["ریاض کاظمی", "IQ"]]);
    const ar = extract("استقبل الوزير أمس سفير تونس، رياض حمودة، في مكتبه.", { publishedAt: "2021-03-01" }).persons;
    expect(ar.map((p) => [p.name, p.country])).toEqual([["رياض حمودة", "TN"]]);
    expect(extract("وزیر خارجه امروز در ریاض با همتای سعودی خود دیدار کرد.", { publishedAt: "2021-03-01" }).persons).toEqual([]);
  });
});

describe("a gazetteer holder's name spelled another way beside their title", () => {
  it("takes a close spelling of the holder's surname as the holder, and another surname as someone else", () => {
    const same = extract("وزیر امور خارجه روسیه، سیرگی لاورف، با همتای خود دیدار کرد.", { publishedAt: "2021-03-01" }).persons;
    expect(same.map((p) => [p.key, p.mentions.map((m) => m.text)])).toEqual([["sergey-lavrov", ["وزیر امور خارجه روسیه", "سیرگی لاورف"]]]);
    const other = extract("به دعوت «ویاچسلاو ساکاروف» وزیر امور خارجه روسیه به مسکو رفت.", { publishedAt: "2021-03-01" }).persons;
    expect(other.map((p) => p.key)).not.toContain("sergey-lavrov");
  });
});

describe("names opening a list of people", () => {
  it("reads a name after كل من and before its title as a person", () => {
    const facts = extract("وشارك في الاجتماع كل من تورفالد ماغنوسن المبعوث الأممي، وآخرون.", { publishedAt: "2021-03-01" });
    expect(facts.persons.map((p) => p.name)).toEqual(["تورفالد ماغنوسن"]);
    expect(extract("وشارك في الاجتماع كل من مصر والأردن وفرنسا.", { publishedAt: "2021-03-01" }).persons).toEqual([]);
  });
});

describe("علي (Ali) and على (on), which folding merges", () => {
  const names = (text: string) => extract(text, { publishedAt: "2021-03-01" }).persons.map((p) => p.name);
  it("reads علي written with a dotted yeh after an honorific or a country word as a given name", () => {
    expect(names("التقى الوزير أمس وزير الطاقة في الكويت علي الموسى لبحث التعاون.")).toEqual(["علي الموسى"]);
    expect(names("واستقبل رئيس الوزراء بالمهندس علي الكردي، وزير النقل.")).toContain("علي الكردي");
  });

  it("reads علي written with a dotted yeh after the city an envoy is posted to as a given name", () => {
    expect(names("وقال سفير ماليزيا في جنيف علي حمدان إن بلاده تدعم المبادرة.")).toEqual(["علي حمدان"]);
    expect(names("وأكد سفير ماليزيا في جنيف علي ضرورة دعم المبادرة.")).toEqual([]);
  });

  it("leaves a preposition misspelt with a dotted yeh alone", () => {
    expect(names("ناقش الطرفان القضايا المطروحة علي الساحة الدولية.")).toEqual([]);
    expect(names("وأكد الوزير علي أهمية التعاون بين البلدين.")).toEqual([]);
    expect(names("وأضاف الوزير، علي هامش المؤتمر، أن التعاون مستمر.")).toEqual([]);
  });
});

describe("علي written على in a text that writes final yeh as alef maksura", () => {
  const names = (text: string) => extract(text, { publishedAt: "2021-03-01" }).persons.map((p) => p.name);
  it("reads على after an honorific as the given name when the name's rest follows", () => {
    expect(names("قال الدكتور على عبد العال رئيس مجلس النواب المصرى إن الجلسة غدا.")).toEqual(["على عبد العال"]);
    expect(names("وصرح المستشار على حسن الجمال رئيس المجلس القومى بأن الحكم نهائى.")).toEqual(["على حسن الجمال"]);
    expect(names("استقبل اللواء على محمود الشريف محافظ المنيا الوفد الأردنى.")).toContain("على محمود الشريف");
  });

  it("leaves the preposition after a bare honorific alone, and على in a text that writes ي", () => {
    expect(names("وشدد المستشار على حسن تنفيذ القرارات الرسمية للمجلس المصرى.")).toEqual([]);
    expect(names("وأكد السفير على أهمية التعاون المصرى الأردنى.")).toEqual([]);
    expect(names("وأثنى الدكتور على عبد الله الخطيب لجهوده في المجلس الوطني.")).not.toContain("على عبد الله الخطيب");
  });
});

describe("الشيخ as a family name after a given name", () => {
  const names = (text: string) => extract(text, { publishedAt: "2021-03-01" }).persons.map((p) => p.name);
  it("reads الشيخ closing a name after a given name as its surname", () => {
    expect(names("وقال حسين الشيخ، عضو اللجنة التنفيذية، إن المحادثات ستستمر.")).toContain("حسين الشيخ");
    expect(names("وصرح عضو المكتب السياسي عبد الله الشيخ إن الحوار مستمر.")).toContain("عبد الله الشيخ");
    expect(names("التقى رئيس الوزراء مع يوسف الشيخ، وزير المالية.")).toContain("يوسف الشيخ");
  });

  it("keeps الشيخ before a name an honorific", () => {
    expect(names("استقبل الملك سلمان الشيخ صباح الأحمد في الرياض.")).not.toContainEqual(expect.stringContaining("الشيخ"));
    expect(names("واستقبل الرئيس عمر الشيخ خالد بن ناصر في قصره.")).not.toContainEqual(expect.stringMatching(/^عمر الشيخ$/));
  });
});

describe("bare titles written again", () => {
  it("reads a bare title written again as the person it first named", () => {
    const facts = extract("تسلم رئيس الجمهورية السيد سالم ولد أحمدو رسالة اليوم. وقد استقبل رئيس الجمهورية بعد ذلك وفدا برلمانيا.");
    const holder = facts.persons.find((p) => p.name === "سالم ولد أحمدو");
    expect(holder?.mentions.filter((m) => m.text === "رئيس الجمهورية")).toHaveLength(2);
  });

  it("does not give an Arabic title the country adjective written before it", () => {
    const facts = extract("وسلم السفير رسالة الرئيس المصري لرئيس الجمهورية السيد سالم ولد أحمدو.");
    expect(facts.persons.find((p) => p.name === "سالم ولد أحمدو")?.country ?? null).toBeNull();
  });
});

describe("bare titles written again in English", () => {
  it("reads a capitalised bare title as the person it first named, a lowercase one as a common noun", () => {
    const facts = extract("Speaker Tomas Varga opened the session. Later the Speaker met the envoy, who briefed the speaker on the talks.");
    const mentions = facts.persons.find((p) => p.name === "Tomas Varga")?.mentions.map((m) => m.text);
    expect(mentions).toContain("Speaker");
    expect(mentions).not.toContain("speaker");
  });
});

describe("names after an English title's complement", () => {
  const found = (text: string) => extract(text, { publishedAt: "2021-03-01" });

  it("reads the name set off by a comma after the body a title heads, past its acronym", () => {
    const facts = found("Senate President Godswill Akpabio met President of the Pan-African Parliament (PAP), Fortune Charumbira, in Abuja on Friday.");
    expect(facts.persons.map((p) => [p.name, p.role])).toContainEqual(["Fortune Charumbira", "President"]);
    expect(facts.meetings.map((m) => [...m.participants].sort())).toEqual([["name:fortune charumbira", "name:godswill akpabio"]]);
    expect(people("The Deputy Foreign Minister for Asia, Chen Wen, held talks in Beijing on Monday.")).toEqual([["Chen Wen", null]]);
    expect(people("The talks were attended by the Director of the Consular Service of the Office for Consular Relations, Teodoro Almeida.")).toEqual([["Teodoro Almeida", null]]);
  });

  it("reads the name that ends the capitalised run of the complement from a given name on", () => {
    expect(people("The Chairperson met here on Monday with the Swedish Special Envoy for the Horn of Africa Annika Lindqvist.")).toEqual([["Annika Lindqvist", "SE"]]);
    expect(people("EU Special Representative for the Sahel João Cravinho met the minister in Bamako.")).toEqual([["João Cravinho", null]]);
  });

  it("takes no words of a portfolio for a name, and gives a principal's title in the complement no holder", () => {
    expect(people("The Minister of Foreign Affairs, Regional Integration and Trade, said the plan was ready.")).toEqual([]);
    const envoy = found("The Special Representative of the Secretary-General for Libya, Ghassan Salame, briefed the council.").persons;
    expect(envoy.map((p) => [p.name, p.role])).toEqual([["Ghassan Salame", "Representative"]]);
  });
});

describe("English titles with the holder's country after the name, or in an abbreviation", () => {
  const found = (text: string) => extract(text, { publishedAt: "2021-03-01" });
  const pairs = (text: string) => found(text).meetings.map((m) => [...m.participants].sort());

  it("takes a country after the name ('of Malaysia') as the titled holder's, and keeps their meeting", () => {
    expect(people("Ambassador Tan Wei Ling of Malaysia met Vice Minister Zhou Rong.")).toContainEqual(["Tan Wei Ling", "MY"]);
    expect(people("Deputy Minister Rosa Ibarra Lugo of the Philippines held talks in Lima.")).toEqual([["Rosa Ibarra Lugo", "PH"]]);
    expect(pairs("Ambassador Tan Wei Ling of Malaysia met Vice Minister Zhou Rong.")).toEqual([["name:tan wei ling", "name:zhou rong"]]);
  });

  it("reads 'U.S.' before a title as the holder's country", () => {
    expect(people("U.S. Deputy Secretary of State Karen Whitfield met the envoy in Geneva.")).toEqual([["Karen Whitfield", "US"]]);
  });

  it("reads the Kenyan cabinet secretary and the Omani minister responsible as foreign ministers, with no title word taken for a name", () => {
    expect(people("Kenya's Cabinet Secretary for Foreign Affairs Wanjiru Kamau received the envoy.")).toEqual([["Wanjiru Kamau", "KE"]]);
    expect(people("Oman's Minister Responsible for Foreign Affairs Salim bin Nasser Al Harthy met the envoy.")).toEqual([["Salim bin Nasser Al Harthy", "OM"]]);
  });

  it("keeps a Portuguese given name before a listed one", () => {
    expect(people("Brazilian Ambassador Paulo Roberto Tavares met the minister.")).toEqual([["Paulo Roberto Tavares", "BR"]]);
  });
});

describe("English title chains and lists of envoys", () => {
  const found = (text: string) => extract(text, { publishedAt: "2021-03-01" });
  const roles = (text: string) => found(text).persons.map((p) => [p.name, p.country, p.role]);

  it("reads a country before a chain of portfolios as the minister's, with the first portfolio's office", () => {
    expect(roles("Malawi's Foreign Affairs and International Trade Minister Chikondi Banda met the envoy.")).toEqual([["Chikondi Banda", "MW", "Minister of Foreign Affairs"]]);
    expect(roles("Fiji's Foreign Affairs, Trade and Cooperation Minister Tevita Naivalu met the envoy.")).toEqual([["Tevita Naivalu", "FJ", "Minister of Foreign Affairs"]]);
  });

  it("reads the Irish Tánaiste and Taoiseach as titles", () => {
    expect(people("Irish Tánaiste and Minister for Foreign Affairs Ciaran Boyle met the envoy.")).toEqual([["Ciaran Boyle", "IE"]]);
    expect(people("Taoiseach Ciaran Boyle spoke with the press.")).toEqual([["Ciaran Boyle", null]]);
  });

  it("reads a name after an unlisted portfolio opened by 'of', but not after a body with 'the'", () => {
    expect(people("Botswana's Minister of International Affairs and Cooperation Kabo Moremi met the envoy.")).toEqual([["Kabo Moremi", "BW"]]);
  });

  it("gives a title joined by 'and' to one with its country after it that country", () => {
    expect(people("The minister met Ngo Van Phuc, Deputy Prime Minister and Foreign Minister of Viet Nam, in Hanoi.")).toEqual([["Ngo Van Phuc", "VN"]]);
    expect(people("The envoy met Lars Berg, Assistant Speaker and Chairman of the Sweden-Norway Friendship Group.")).toEqual([["Lars Berg", null]]);
    // The second office's portfolio runs on before its country; it is no portfolio of the first office.
    expect(people("The envoy met Chan Vuthy, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia.")).toEqual([["Chan Vuthy", "KH"]]);
  });

  it("pairs a list of countries with the list of names after it, in order", () => {
    const text = "The ambassadors of Chile, Peru and Colombia, Tomas Vidal, Raul Quispe and Ines Mejia, met the Speaker.";
    expect(people(text)).toEqual([["Tomas Vidal", "CL"], ["Raul Quispe", "PE"], ["Ines Mejia", "CO"]]);
  });

  it("pairs the countries of a plural title with the names after it, and reads 'of <country>' after each name of a list", () => {
    expect(people("Ghana and Togo's foreign ministers, Yaw Darko and Komla Adjo, met on Friday.")).toEqual([["Yaw Darko", "GH"], ["Komla Adjo", "TG"]]);
    expect(people("The heads of mission of Benin and Niger, Paul Dossou and Issa Moussa, attended the ceremony.")).toEqual([["Paul Dossou", "BJ"], ["Issa Moussa", "NE"]]);
    expect(people("Ambassadors Carmen Ruiz of Spain and Jonas Weber of Austria attended the dinner.")).toEqual([["Carmen Ruiz", "ES"], ["Jonas Weber", "AT"]]);
  });

  it("reads a hyphenated given name whose second part is also a capital's name", () => {
    expect(people("Deputy Foreign Minister Ana-Sofia Lemos of Portugal met the envoy in Sofia.")).toEqual([["Ana-Sofia Lemos", "PT"]]);
  });

  it("reads a rank before another title as part of it, not as a title of the name before", () => {
    const text = "High Commissioner Imran Sadiq, Deputy High Commissioner Ms. Hina Aslam, First Secretary Mr. Faisal Butt attended the event.";
    expect(roles(text)).toEqual([["Imran Sadiq", null, "High Commissioner"], ["Hina Aslam", null, "Deputy High Commissioner"], ["Faisal Butt", null, "First Secretary"]]);
    expect(found(text).persons.find((p) => p.name === "Imran Sadiq")?.mentions.map((m) => m.text)).toEqual(["High Commissioner", "Imran Sadiq"]);
    expect(roles("Hamid Saleh, Egypt's Assistant Foreign Minister for Asian Affairs, met the delegation.")).toEqual([["Hamid Saleh", "EG", "Assistant Minister of Foreign Affairs"]]);
    expect(roles("Sindh Chief Minister Nadia Memon received the envoy.")).toEqual([["Nadia Memon", null, "Chief Minister"]]);
  });
});
