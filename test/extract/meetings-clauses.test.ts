import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const at = (text: string) => sets(extract(text, { publishedAt: "2019-05-15" }));
const zarifKerry = ["john-kerry", "mohammad-javad-zarif"];

describe("meetings: a planned word in an aside about a person", () => {
  it("keeps a held meeting whose counterpart's relative clause tells of the future", () => {
    expect(at("ظریف امروز با کری وزیر خارجه آمریکا که به زودی مأموریت وی پایان خواهد یافت، دیدار و گفتگو کرد.")).toEqual([zarifKerry]);
    expect(at("Zarif met Kerry, who will retire next month, in Geneva on Monday.")).toEqual([zarifKerry]);
    expect(at("التقى ظريف اليوم بكيري، الذي سيغادر منصبه الشهر المقبل.")).toEqual([zarifKerry]);
  });

  it("keeps a held meeting when 'that' after the counterpart opens a clause about a later event", () => {
    expect(at("Zarif has held talks with Kerry ahead of the donors' conference that will open on Friday in Geneva.")).toEqual([zarifKerry]);
  });

  it("still leaves out talks that are themselves planned, or told in reported speech", () => {
    expect(at("Zarif held talks that will continue with Kerry next week.")).toEqual([]);
    expect(at("Zarif said that he will meet Kerry in Geneva.")).toEqual([]);
  });

  it("still leaves out a meeting that is itself planned", () => {
    expect(at("ظریف با کری دیداری خواهد داشت که درباره سوریه است.")).toEqual([]);
    expect(at("Zarif will meet Kerry, who is visiting Geneva.")).toEqual([]);
    expect(at("المحادثات التي ستعقد بين ظريف وكيري غدا.")).toEqual([]);
    expect(at("ظریف که فردا به ژنو خواهد رفت با کری دیدار خواهد کرد.")).toEqual([]);
  });
});

describe("meetings: a planned word inside the topic of a held meeting", () => {
  it("keeps a held meeting whose topic or time names something to come, after a determiner", () => {
    expect(at("Zarif met Kerry in Geneva on Monday and discussed the upcoming elections.")).toEqual([zarifKerry]);
    expect(at("Zarif met Kerry on Monday to discuss the peace plan.")).toEqual([zarifKerry]);
    expect(at("Zarif held talks with Kerry on the agenda of the next round of negotiations.")).toEqual([zarifKerry]);
    expect(at("Zarif arrived in Geneva on Sunday and met Kerry the next day.")).toEqual([zarifKerry]);
  });

  it("keeps a held Persian meeting whose content takes up a proposal or request, the object of a preposition", () => {
    expect(at("ظریف روز دوشنبه در دیدار با کری ضمن استقبال از پیشنهاد آمریکا بر گسترش گفتگوها تاکید کرد.")).toEqual([zarifKerry]);
    expect(at("ظریف در دیدار با کری از درخواست اروپا برای میانجیگری قدردانی کرد.")).toEqual([zarifKerry]);
    expect(at("ظریف در دیدار با کری در ژنو درباره پیشنهاد تازه وین گفتگو کرد.")).toEqual([zarifKerry]);
  });

  it("still leaves out a Persian meeting that is planned, postponed, or made possible", () => {
    expect(at("ظریف فردا با کری دیدار خواهد کرد و از پیشنهاد آمریکا استقبال می‌کند.")).toEqual([]);
    expect(at("دیدار ظریف با کری به تعویق افتاد.")).toEqual([]);
  });

  it("still leaves out a meeting that is planned, or a plan to meet", () => {
    expect(at("Zarif will meet Kerry on Tuesday to review the plan.")).toEqual([]);
    expect(at("Talks between Zarif and Kerry are planned for the next week.")).toEqual([]);
    expect(at("Zarif is expected to hold talks with Kerry next week.")).toEqual([]);
  });
});

describe("meetings: an audience", () => {
  it("takes an audience held, granted or given as a meeting", () => {
    expect(at("Zarif held an audience with Kerry on Monday.")).toEqual([zarifKerry]);
    expect(at("Kerry was granted an audience with Zarif on Tuesday.")).toEqual([zarifKerry]);
    expect(at("Putin received Zarif in audience at the Kremlin.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("leaves a speaker's audience alone", () => {
    expect(at("Zarif told an audience of students that Kerry was wrong.")).toEqual([]);
  });
});

describe("meetings: a later meeting of the same subject in one sentence", () => {
  const zarifLavrov = ["mohammad-javad-zarif", "sergey-lavrov"];
  it("gives the subject left unsaid after a sequel word ('before meeting', 'قبل أن يستقبل', 'ثم التقى')", () => {
    expect(at("Zarif received Kerry on Monday, before meeting Lavrov.")).toEqual([zarifKerry, zarifLavrov]);
    expect(at("Zarif met Kerry in the morning and then met Lavrov.")).toEqual([zarifKerry, zarifLavrov]);
    expect(at("واستقبل ظريف اليوم السفير الأمريكي كيري، قبل أن يستقبل السفير الروسي لافروف.")).toEqual([zarifKerry, zarifLavrov]);
    expect(at("استقبل ظريف كيري صباحا، ثم التقى لافروف.")).toEqual([zarifKerry, zarifLavrov]);
  });

  it("leaves an announced reception and one planned after 'أن' out", () => {
    expect(at("يستقبل ظريف اليوم كيري في طهران.")).toEqual([]);
    expect(at("ومن المقرر أن يستقبل ظريف كيري.")).toEqual([]);
  });
});

describe("meetings: Persian talks named with the ezafe before their people", () => {
  it("reads 'گفتگوهای X با Y' as talks held", () => {
    expect(at("دور اول گفتگوهای ظریف با کری صبح امروز در تهران آغاز شد.")).toEqual([zarifKerry]);
    expect(at("گفت و گوهای کری با ظریف روز دوشنبه در ژنو ادامه یافت.")).toEqual([zarifKerry]);
    expect(at("گفتوگوهای ظریف و کری در وین برگزار شد.")).toEqual([zarifKerry]);
  });

  it("leaves talks to come alone", () => {
    expect(at("ظریف درباره گفتگوهای آینده با کری سخن گفت.")).toEqual([]);
  });
});

describe("meetings: someone who attended the session or the reception", () => {
  const three = ["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"];
  it("adds them to the meeting told before", () => {
    expect(at("Putin received Zarif on Monday. Lavrov attended the session.")).toEqual([three]);
    expect(at("Putin hosted Zarif at the Kremlin, adding that Lavrov attended the reception.")).toEqual([three]);
    expect(at("Zarif was received by Putin in Moscow. Lavrov was present at the talks.")).toEqual([three]);
  });

  it("leaves a session elsewhere alone", () => {
    expect(at("Putin received Zarif on Monday. He later attended the session of parliament with Lavrov.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });
});

describe("meetings: a list of attendees with titles after their names", () => {
  const all = ["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"];
  it("takes every person of the list, not only the last item", () => {
    expect(at("ظریف با پوتین دیدار کرد. در این دیدار لاوروف معاون سیاسی وزارت امور خارجه و کری دستیار وزیر و مدیرکل آسیا حضور داشتند.")).toEqual([all]);
    expect(at("Zarif met Putin on Monday. Lavrov, the deputy minister, and Kerry, an aide to the minister, were also present.")).toEqual([all]);
  });

  it("keeps the sides of a meeting told in the same sentence as sides", () => {
    expect(at("Zarif met Putin on Monday, and Kerry was also present.")).toEqual([["john-kerry", "mohammad-javad-zarif", "vladimir-putin"]]);
    expect(at("ظریف با پوتین دیدار کرد و لاوروف نیز حضور داشت.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
  });
});

describe("meetings: a sentence that opens with the meeting, before its subject", () => {
  it("gives the meeting to the subject after the fronted phrase", () => {
    expect(at("Talking to Kerry on Monday, Zarif said relations were growing.")).toEqual([zarifKerry]);
    expect(at("While talking to Kerry, Zarif said relations were growing.")).toEqual([zarifKerry]);
    expect(at("Meeting Kerry in Geneva, Zarif said relations were growing.")).toEqual([zarifKerry]);
  });

  it("leaves the reporter of talks between two others out", () => {
    expect(at("Talks between Kerry and Lavrov, Zarif said, were useful.")).toEqual([["john-kerry", "sergey-lavrov"]]);
  });
});

describe("meetings: a reception told passively after an arrival", () => {
  it("does not read the trip's preposition as telling of the meeting", () => {
    expect(at("ظریف پس از ورود به ژنو مورد استقبال کری قرار گرفت.")).toEqual([zarifKerry]);
    expect(at("ظریف در بدو ورود به ژنو مورد استقبال کری قرار گرفت.")).toEqual([zarifKerry]);
    expect(at("ظریف هنگام سفر به مسکو مورد استقبال لاوروف قرار گرفت.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("still leaves the one who tells of a meeting out", () => {
    expect(at("لاوروف به دیدار ظریف با کری اشاره کرد.")).toEqual([zarifKerry]);
  });
});

describe("meetings: two meeting clauses of one sentence, each with its own subject", () => {
  const lavrovPompeo = ["mike-pompeo", "sergey-lavrov"];
  it("keeps each clause's people to its own meeting", () => {
    expect(at("Zarif met Kerry on Monday, while Lavrov met Pompeo.")).toEqual([zarifKerry, lavrovPompeo]);
    expect(at("Zarif met Kerry in Geneva and Lavrov also met Pompeo in Moscow.")).toEqual([zarifKerry, lavrovPompeo]);
    expect(at("Zarif received Kerry in Tehran, and Lavrov received Pompeo in Moscow.")).toEqual([zarifKerry, lavrovPompeo]);
  });

  it("leaves a list of counterparts, a fronted meeting and a subject told again alone", () => {
    expect(at("ظریف امروز با کری و لاوروف دیدار کرد.")).toEqual([zarifKerry, ["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("After meeting with Kerry, Zarif was received by Putin.")).toEqual([zarifKerry, ["mohammad-javad-zarif", "vladimir-putin"]]);
    expect(at("Zarif met Kerry and Lavrov on Monday.")).toEqual([zarifKerry, ["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("Zarif has received Kerry, today, Zarif received him at the airport.")).toEqual([zarifKerry]);
  });
});

describe("meetings: the one an envoy speaks for", () => {
  it("leaves the principal named right after the envoy's title out", () => {
    expect(at("التقى ظريف اليوم مبعوث بوتين إلى اليمن كيري.")).toEqual([zarifKerry]);
    expect(at("Zarif met the envoy of Putin, Kerry, in Geneva.")).toEqual([zarifKerry]);
    expect(at("ظریف امروز با فرستاده ویژه پوتین کری دیدار کرد.")).toEqual([zarifKerry]);
  });

  it("keeps a counterpart listed beside the envoy", () => {
    expect(at("Zarif met Putin and Kerry, representative of the US.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"], zarifKerry]);
  });
});

describe("meetings: a person the talks were about", () => {
  it("leaves a person right after a topic word out", () => {
    expect(at("ظریف با کری درباره پوتین گفتگو کرد.")).toEqual([zarifKerry]);
    expect(at("Zarif met Kerry on Monday regarding Putin and his remarks.")).toEqual([zarifKerry]);
    expect(at("بحث ظريف مع كيري حول بوتين وتصريحاته.")).toEqual([zarifKerry]);
  });

  it("keeps a counterpart brought in by a with-word after the topic", () => {
    expect(at("ظریف درباره برجام با کری گفتگو کرد.")).toEqual([zarifKerry]);
    expect(at("Zarif held talks about the deal with Kerry.")).toEqual([zarifKerry]);
  });
});

describe("meetings: a cue noun before the meeting's own cue that names only the occasion", () => {
  it("keeps the subject before talks named as a time ('after the round of talks …, in a meeting with')", () => {
    expect(at("ظریف امروز پس از دور سوم گفتگوهای راهبردی ایران و آمریکا طی نشستی با کری در ژنو گفت که راه حل نزدیک است.")).toEqual([zarifKerry]);
  });

  it("keeps the subject before a relative clause about a session and a cue referring back to it", () => {
    expect(at("ظریف که برای شرکت در نشست وزیران به ژنو رفته است، در حاشیه این نشست با کری، همتای آمریکایی خود دیدار کرد.")).toEqual([zarifKerry]);
  });

  it("keeps the subject before a session it is to attend", () => {
    expect(at("ظریف که قرار است فردا در نشست وزیران شرکت کند، امروز با کری دیدار کرد.")).toEqual([zarifKerry]);
  });

  it("still ends the clause of a cue told with its own counterpart", () => {
    expect(at("ظریف دیروز با لاوروف دیدار کرد و امروز با کری گفتگو کرد.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"], zarifKerry]);
  });
});

describe("meetings: a Persian envoy written with the one they speak for", () => {
  it("gives 'فرستاده ویژه پوتین' after a name to that name, and leaves the principal out of the meeting", () => {
    const facts = extract("ظریف در تهران با الکساندر لاورنتیف، فرستاده ویژه پوتین در امور سوریه دیدار کرد.", { publishedAt: "2019-05-15" });
    const envoy = facts.persons.find((p) => p.mentions.some((m) => m.text === "الکساندر لاورنتیف"));
    expect(envoy?.mentions.map((m) => m.text)).toContain("فرستاده ویژه");
    expect(sets(facts)).toEqual([[envoy?.key, "mohammad-javad-zarif"].sort()]);
  });

  it("gives the envoy the country of the one they speak for", () => {
    const facts = extract("ظریف در تهران با یوری ایوانف نماینده ویژه پوتین دیدار کرد.", { publishedAt: "2019-05-15" });
    expect(facts.persons.find((p) => p.mentions.some((m) => m.text === "یوری ایوانف"))?.country).toBe("RU");
  });

  it("leaves the principal out when the envoy's title is a second office joined by و", () => {
    const facts = extract("ظریف با «یوری ایوانف» معاون وزیر خارجه و نماینده پوتین در امور خاورمیانه دیدار کرد.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.participants.includes("vladimir-putin"))).toEqual([false]);
  });
});

describe("meetings: a Persian meeting told in the present tense", () => {
  it("leaves out a meeting whose clause ends in a present verb of meeting: a scheduled one", () => {
    expect(at("ظریف در این سفر در دیدار با لاوروف درباره سوریه رایزنی می‌کند.")).toEqual([]);
    expect(at("ظریف امروز در ژنو با کری دیدار و گفتگو میکند.")).toEqual([]);
  });

  it("keeps the held meeting of a past verb before 'و' and a scheduled one after it apart", () => {
    expect(at("ظریف دیروز با لاوروف دیدار و گفتگو کرد و امروز نیز با کری دیدار و گفتگو می‌کند.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: Persian people named in a meeting's clause who did not take part", () => {
  const zarifLavrov = ["mohammad-javad-zarif", "sergey-lavrov"];
  it("ends a fronted 'در دیدار با' phrase after its list of counterparts", () => {
    expect(at("ظریف در دیدار با لاوروف از مواضع پوتین قدردانی کرد.")).toEqual([zarifLavrov]);
    expect(at("ظریف در دیدار با لاوروف وزیر خارجه روسیه و کری درباره سوریه گفتگو کرد.")).toEqual([["john-kerry", ...zarifLavrov]]);
    // People present are still read from the whole sentence.
    expect(at("ظریف در دیدار با لاوروف با حضور کری درباره سوریه گفتگو کرد.")).toEqual([["john-kerry", ...zarifLavrov]]);
  });

  it("leaves a person further on in the topic out", () => {
    expect(at("ظریف با لاوروف درباره گزارش اخیر آژانس و اظهارات پمپئو گفتگو کرد.")).toEqual([zarifLavrov]);
  });

  it("leaves the sender of a message conveyed during a call out, and the one on whose behalf a guest came", () => {
    expect(at("رئیس جمهور ترکیه در تماس تلفنی با ظریف پیام تسلیت پوتین را منتقل کرد.")).toEqual([]);
    expect(at("ظریف در تماس تلفنی با لاوروف پیام پوتین را دریافت کرد.")).toEqual([zarifLavrov]);
    expect(at("ظریف با لاوروف که به نمایندگی از پوتین به تهران آمده بود دیدار کرد.")).toEqual([zarifLavrov]);
  });

  it("keeps a call held at someone's request ('به درخواست') as held", () => {
    expect(at("ظریف در گفتگوی تلفنی با لاوروف که به درخواست طرف روسی انجام شد، درباره سوریه رایزنی کرد.")).toEqual([zarifLavrov]);
  });

  it("adds who accompanied someone in the meeting ('در این دیدار همراهی کرد')", () => {
    expect(at("ظریف با لاوروف دیدار کرد. کری نیز ظریف را در این دیدار همراهی کرد.")).toEqual([["john-kerry", ...zarifLavrov]]);
  });
});

describe("meetings: a Persian attendee of both meetings told before", () => {
  it("adds them to each ('در هر دو دیدار حضور داشت')", () => {
    expect(at("ظریف در مسکو با پوتین دیدار کرد. وی همچنین با لاوروف دیدار کرد. کری در هر دو دیدار حضور داشت.")).toEqual([
      ["john-kerry", "mohammad-javad-zarif", "vladimir-putin"],
      ["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"],
    ]);
  });
});

describe("meetings: a Persian virtual meeting", () => {
  it("reads 'به صورت مجازی' and 'نشست مجازی' as a call", () => {
    const facts = extract("ظریف به صورت مجازی با لاوروف گفتگو کرد.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.mode)).toEqual(["phone"]);
  });
});

describe("meetings: Persian condolences and greetings conveyed, and a list after a sender or companion phrase", () => {
  it("leaves everyone whose condolences were conveyed out", () => {
    expect(at("ظریف در تماس تلفنی با لاوروف، تسلیت پوتین و کری را ابلاغ کرد.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("keeps every companion of a list as a companion", () => {
    expect(at("ظریف به همراه کری و پمپئو با لاوروف دیدار کرد.")).toEqual([["john-kerry", "mike-pompeo", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: Persian 'به دیدار X رفت' with a long title", () => {
  it("reads going to see someone named with their title as the subject's meeting", () => {
    expect(at("ظریف وزیر امور خارجه ایران به دیدار سرگئی لاوروف وزیر امور خارجه فدراسیون روسیه رفت.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});
