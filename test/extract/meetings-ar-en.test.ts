import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());

describe("meetings (Arabic and English)", () => {
  it("takes only the people after 'between' when a speaker tells of a meeting between two others", () => {
    const text = "The talks went well, Zarif said of a telephone conversation between Putin and Lavrov on Monday.";
    expect(sets(extract(text, { publishedAt: "2019-05-15" }))).toEqual([["sergey-lavrov", "vladimir-putin"]]);
  });

  it("reads a definite phone noun before 'between' or a relative pronoun as a call between the people after it", () => {
    const calls = (text: string) => extract(text, { publishedAt: "2019-05-15" }).meetings.map((m) => [[...m.participants].sort(), m.mode]);
    expect(calls("رحبت الخارجية الأمريكية بالاتصال الهاتفي الذي جرى بين الرئيس الروسي فلاديمير بوتين ومحمد جواد ظريف أمس.")).toEqual([[["mohammad-javad-zarif", "vladimir-putin"], "phone"]]);
    expect(calls("نشر الكرملين تفاصيل المكالمة الهاتفية بين بوتين وظريف.")).toEqual([[["mohammad-javad-zarif", "vladimir-putin"], "phone"]]);
  });

  it("takes a joint press conference written صحافي as a meeting", () => {
    const text = "وقال سيرغي لافروف خلال مؤتمر صحافي مشترك مع محمد جواد ظريف في موسكو إن المحادثات كانت بناءة.";
    expect(sets(extract(text, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("takes the one who said what the sentence before tells as the unsaid subject of a meeting opened by جاء ذلك", () => {
    const conference = "قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده مستعدة للحوار. جاء ذلك في تصريحات أدلى بها اليوم، خلال مؤتمر صحافي مشترك مع نظيره الروسي سيرغي لافروف في موسكو.";
    expect(sets(extract(conference, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    // Someone named before the cue only sets the scene.
    const scene = "أعلن محمد جواد ظريف عن جولة جديدة من المشاورات. جاء ذلك على هامش حضوره مراسم أقامها الرئيس الروسي فلاديمير بوتين للضحايا، وخلال وجوده في موسكو التقى وزير الخارجية سيرغي لافروف.";
    expect(sets(extract(scene, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("takes the subject of the sentence before as the unsaid subject of an Arabic sentence opening with its cue", () => {
    const arrival = "وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران اليوم.";
    expect(sets(extract(`${arrival} وأجرى محادثات مع وزير الخارجية الإيراني محمد جواد ظريف.`, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets(extract(`${arrival} والتقى بوزير الخارجية الإيراني محمد جواد ظريف.`, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    // With no with-word, the person after the verb may be its own subject.
    expect(sets(extract(`${arrival} والتقى وزير الخارجية الإيراني محمد جواد ظريف وفدا من رجال الأعمال.`, { publishedAt: "2019-05-15" }))).toEqual([]);
  });

  it("takes two counterparts a dual pronoun then refers to (لدى وصولهما) as received together", () => {
    const list = "استقبل سيرغي لافروف، اليوم، كلا من محمد جواد ظريف، وزير الخارجية الإيراني، وجون كيري، وزير الخارجية الأمريكي،";
    expect(sets(extract(`${list} لدى وصولهما إلى مطار موسكو.`, { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets(extract(`${list} في مقر الوزارة.`, { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"], ["john-kerry", "sergey-lavrov"]]);
  });

  it("takes a banquet given in someone's honour (أقام مأدبة عشاء على شرف X) as a meeting, unless it is still to come", () => {
    const at = { publishedAt: "2016-03-01" };
    expect(sets(extract("وأقام سيرغي لافروف مأدبة عشاء على شرف محمد جواد ظريف والوفد المرافق له.", at))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets(extract("ويقيم سيرغي لافروف مساء غد مأدبة عشاء على شرف محمد جواد ظريف.", at))).toEqual([]);
    expect(sets(extract("وسيقيم سيرغي لافروف مأدبة عشاء على شرف محمد جواد ظريف.", at))).toEqual([]);
  });

  it("leaves out people in a clause subordinated after the cue (since, منذ)", () => {
    const english = "Zarif held talks with Lavrov in their first meeting since Putin was re-elected.";
    expect(sets(extract(english, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    const arabic = "التقى ظريف لافروف في أول لقاء منذ إعادة انتخاب بوتين.";
    expect(sets(extract(arabic, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("reads a meeting told in an Arabic relative clause after a definite cue noun (المحادثات التي أجراها)", () => {
    const text = "وبحث الوزيران المحادثات التي كان أجراها ظريف مع لافروف في موسكو.";
    expect(sets(extract(text, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("ends a sentence where scraped text lost the space after it, so a new sentence's meeting keeps its own people", () => {
    const text = "Zarif met Putin in Moscow, the ministry said.“It went well,” he added.”Zarif also met Lavrov.";
    expect(sets(extract(text, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "vladimir-putin"], ["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("reads a phone phrase set off by commas right after the cue as the meeting's mode", () => {
    const facts = extract("Zarif and Lavrov held their first talks, by telephone, since the new sanctions were announced.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[["mohammad-javad-zarif", "sergey-lavrov"], "phone"]]);
  });

  it("takes a dual verb (التقيا) with both subjects before it as a meeting that happened", () => {
    const facts = extract("وكان ظريف ولافروف قد التقيا على هامش الاجتماع الوزاري في سوتشي.", { publishedAt: "2019-05-15" });
    expect(sets(facts)).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("takes اتصالا and its misspelling اتصالا هاتفا as a phone call, with a clitic on the counterpart word", () => {
    for (const text of ["تلقى ظريف اتصالا هاتفا من نظيره الروسي سيرغي لافروف.", "أجرى ظريف اتصالا بنظيره الروسي سيرغي لافروف."]) {
      const facts = extract(text, { publishedAt: "2019-05-15" });
      expect(facts.meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[["mohammad-javad-zarif", "sergey-lavrov"], "phone"]]);
      expect(facts.persons.find((p) => p.key === "sergey-lavrov")?.mentions.map((m) => m.text)).toContain("نظيره الروسي");
    }
  });

  it("takes a reception (استقبل) as held when a later clause plans another cue's talks", () => {
    const text = "استقبل الرئيس بوتين في الكرملين وزير الخارجية الإيراني محمد جواد ظريف الذي وصل إلى موسكو، وسيجري الجانبان مباحثات غداً.";
    expect(sets(extract(text, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });
  it("takes 'the minister' with a nationality, written again, as the one minister of that country named before", () => {
    const text = "تسلم الرئيس الموريتاني محمد ولد عبد العزيز رسالة من نظيره السنغالي. وسلم الرسالة وزير الداخلية السنغالي مامادو فال. جاء ذلك خلال لقاء جمع الوزير السنغالي بالرئيس الموريتاني، صباح اليوم.";
    const facts = extract(text, { publishedAt: "2015-03-04" });
    expect(facts.persons.find((p) => p.name === "مامادو فال")?.mentions.map((m) => m.text)).toContain("الوزير السنغالي");
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });
  it("takes a bare title written later (واستقبل السفير X) as the one person a country's title of that role named before", () => {
    const text = "وصل السفير الفيتنامي الجديد لدى تونس نغوين فان هوا إلى العاصمة أمس. واستقبل السفير في المطار وزير الخارجية التونسي كمال الحداد.";
    const facts = extract(text, { publishedAt: "2021-03-05" });
    expect(facts.persons.find((p) => p.name === "نغوين فان هوا")?.mentions.map((m) => m.text)).toContain("السفير");
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });
  it("takes a later reception whose subject after the verb is a bare role noun or a surname as the host's own", () => {
    const first = "استقبل وزير الخارجية أحمد الشامي اليوم سفير كازاخستان تيمور زاكيروف.";
    const roles = (text: string) => extract(text, { publishedAt: "2021-03-05" }).meetings.map((m) => m.participants.length);
    expect(roles(`${first} واستقبل الوزير سفير البرازيل ماريو فيانا.`)).toEqual([2, 2]);
    expect(roles(`${first} كما استقبل الشامي سفير البرازيل ماريو فيانا.`)).toEqual([2, 2]);
    expect(roles(`${first} وفي لقاء آخر، استقبل الوزير الشامي سفيرة البرازيل ماريا فيانا.`)).toEqual([2, 2]);
    // A role noun with other words after it is an unnamed person's title, not the host.
    expect(roles(`${first} واستقبل السفير الكويتي في المطار سفير البرازيل ماريو فيانا.`)).toEqual([2]);
  });

  it("reads Tanzania in its usual Arabic spelling, so the name after it is the ambassador's", () => {
    const text = "استقبل نائب وزير الخارجية منصور العتيبي اليوم سفير جمهورية تنزانيا لدى البلاد سعيد شعيب موسى.";
    const facts = extract(text, { publishedAt: "2021-03-05" });
    expect(facts.persons.find((p) => p.name === "سعيد شعيب موسى")?.country).toBe("TZ");
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });
  it("takes a guest's companion named after a long title (يرافقها السفير … لدى الأردن X) as present at the one reception", () => {
    const text = "استقبل رئيس مجلس النواب أحمد الصفدي اليوم نائب رئيس البرلمان الإندونيسي راشيل عثمان، يرافقها السفير الإندونيسي لدى الأردن هاري بادمو.";
    expect(extract(text, { publishedAt: "2021-03-05" }).meetings.map((m) => m.participants.length)).toEqual([3]);
  });
});

describe("meetings (Arabic): a further reception with its subject unsaid, attendees and greetings", () => {
  const first = "استقبل وزير الخارجية أحمد الشامي اليوم سفير كازاخستان تيمور زاكيروف.";
  const counts = (text: string) => extract(text, { publishedAt: "2021-03-05" }).meetings.map((m) => m.participants.length);

  it("takes the one person right after a reception verb opening the next sentence (ثم استقبل، واستقبل، وبعد ذلك استقبل) as the host's next guest", () => {
    expect(counts(`${first} ثم استقبل سفير البرازيل ماريو فيانا.`)).toEqual([2, 2]);
    expect(counts(`${first} واستقبل سفير البرازيل ماريو فيانا في مكتبه، وبحث معه التعاون.`)).toEqual([2, 2]);
    expect(counts(`${first} وبعد ذلك استقبل سفير البرازيل ماريو فيانا.`)).toEqual([2, 2]);
    // The person after the verb is its own subject when an object follows them: a delegation, a group, someone else.
    expect(counts(`${first} واستقبل الرئيس محمود عباس وفدا من الكونغرس.`)).toEqual([2]);
    expect(counts(`${first} والتقى الرئيس محمود عباس عدداً من السفراء.`)).toEqual([2]);
    expect(counts(`${first} واستقبل الرئيس محمود عباس، في مقر الرئاسة، أعضاء البعثة.`)).toEqual([2]);
  });

  it("reads a demonstrative before a verb cue (وبعد ذلك التقى) as closing an adverb, not as referring back", () => {
    const text = "التقى محمد جواد ظريف سيرغي لافروف. وبعد ذلك التقى جون كيري.";
    expect(sets(extract(text, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"], ["john-kerry", "mohammad-javad-zarif"]]);
  });

  it("leaves out whose greetings were conveyed and to whom, past honorifics and a long name, and reads حضرة as no attendance", () => {
    const base = "استقبل سيرغي لافروف اليوم محمد جواد ظريف";
    expect(sets(extract(`${base}، ونقل إليه تحيات حضرة صاحب الفخامة الرئيس فلاديمير بوتين إلى الرئيس حسن روحاني.`, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets(extract(`${base}. ونقل لافروف تحيات حضرة صاحب الفخامة الرئيس فلاديمير بوتين إلى الرئيس حسن روحاني.`, { publishedAt: "2019-05-15" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("reads SANA's معاون وزير الخارجية as a title that ends the name before it", () => {
    const text = "التقى وزير الخارجية السوري فيصل المقداد اليوم المبعوث الصيني تشاي جيون. وحضر اللقاء السفير الروسي ألكسندر يفيموف ومعاون وزير الخارجية أيمن سوسان.";
    const facts = extract(text, { publishedAt: "2021-03-05" });
    expect(facts.persons.some((p) => p.name === "ألكسندر يفيموف")).toBe(true);
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([4]);
  });

  it("reads a Saudi region's emir (نائب أمير منطقة الرياض) as a title, so the airport welcome of the visitor told before is theirs", () => {
    const text = "وصل رئيس الوزراء الماليزي أنور إبراهيم إلى الرياض اليوم. وكان في استقباله لدى وصوله مطار الملك خالد الدولي نائب أمير منطقة الرياض الأمير محمد بن عبدالرحمن بن عبدالعزيز.";
    const facts = extract(text, { publishedAt: "2021-03-05" });
    expect(facts.persons.some((p) => p.name === "منطقة")).toBe(false);
    expect(facts.meetings.map((m) => m.participants.length)).toEqual([2]);
  });

  it("puts a list the first cue split together when a later cue of the sentence names a joint meeting (في لقاء مشترك)", () => {
    const list = "استقبل سيرغي لافروف كلا من محمد جواد ظريف وزير الخارجية الإيراني، وجون كيري وزير الخارجية الأمريكي،";
    expect(sets(extract(`${list} في لقاء مشترك بموسكو.`, { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets(extract(`${list} في لقاءين منفصلين.`, { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"], ["john-kerry", "sergey-lavrov"]]);
  });

  it("takes one who was with a side (وكان برفقته X), took part (بمشاركة X) or witnessed it (شهد اللقاء X) as present at the meeting", () => {
    const met = "التقى محمد جواد ظريف نظيره الروسي سيرغي لافروف في موسكو.";
    expect(sets(extract(`${met} وكان برفقته السفير الإيراني لدى روسيا كاظم جلالي.`, { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "name:کاظم جلالی", "sergey-lavrov"]]);
    expect(sets(extract("التقى محمد جواد ظريف نظيره الروسي سيرغي لافروف، بمشاركة الوزير الأمريكي جون كيري.", { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(sets(extract("التقى محمد جواد ظريف نظيره الروسي سيرغي لافروف، وشهد اللقاء الوزير الأمريكي جون كيري.", { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("takes زار with a person as its object as a visit to them, and no one written as dead (الراحل) as a participant", () => {
    expect(sets(extract("زار وزير الخارجية الإيراني محمد جواد ظريف الرئيس فلاديمير بوتين في الكرملين.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
    expect(sets(extract("زار وزير الخارجية الإيراني محمد جواد ظريف موسكو اليوم.", { publishedAt: "2016-03-01" }))).toEqual([]);
    expect(sets(extract("زار محمد جواد ظريف ضريح الرئيس الراحل فلاديمير بوتين.", { publishedAt: "2016-03-01" }))).toEqual([]);
    // وزارة folds like زاره: a ministry is no visit.
    expect(sets(extract("التقى محمد جواد ظريف سيرغي لافروف. وحضر اللقاء أمين عام وزارة الخارجية جون كيري.", { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("leaves out the people of what a call dealt with or what was passed on (…، تناول …، ونقل إليه تحيات …) once two are named", () => {
    expect(sets(extract("أجرى الرئيس فلاديمير بوتين اتصالا هاتفيا مع الوزير جون كيري، تناول الحرب والمفاوضات مع الرئيس حسن روحاني.", { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "vladimir-putin"]]);
    expect(sets(extract("التقى محمد جواد ظريف سيرغي لافروف، ونقل إليه تحيات الرئيس حسن روحاني وتقديره لمواقف الرئيس فلاديمير بوتين.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("takes a meeting noun with its owner's name and a with-word after it (لقاء X مع Y) as X and Y's, not the earlier clause's people", () => {
    const text = "استقبل جون كيري في واشنطن محمد جواد ظريف، بعد يوم من لقاء ظريف مع الرئيس فلاديمير بوتين في موسكو.";
    expect(sets(extract(text, { publishedAt: "2016-03-01" }))).toEqual([["john-kerry", "mohammad-javad-zarif"], ["mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("reads a phrase of occasion of several words set off by commas after the subject (أكد X، خلال اتصال هاتفي مع Y، …) as the call's, not the content", () => {
    const facts = extract("أكد محمد جواد ظريف، خلال اتصال هاتفي مع نظيره الروسي سيرغي لافروف، أهمية الحوار بين البلدين.", { publishedAt: "2016-03-01" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[["mohammad-javad-zarif", "sergey-lavrov"], "phone"]]);
    expect(facts.quotes.map((q) => q.span.text)).toEqual(["أهمية الحوار بين البلدين"]);
  });

  it("reads 'بعد ظهر اليوم' set off by commas as the meeting's time of day, not a clause that ends its people", () => {
    expect(sets(extract("استقبل الرئيس فلاديمير بوتين، بعد ظهر اليوم بالكرملين، وزير الخارجية الإيراني محمد جواد ظريف.", { publishedAt: "2016-03-01" }))).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });
});
