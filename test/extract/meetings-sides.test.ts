import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const at = (text: string) => sets(extract(text, { publishedAt: "2019-05-15" }));
const zarifLavrov = ["mohammad-javad-zarif", "sergey-lavrov"];
const zarifKerry = ["john-kerry", "mohammad-javad-zarif"];
const threeOfThem = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]];
const withPutin = (key: string) => [key, "vladimir-putin"].sort();

describe("meetings: one per counterpart, or one together", () => {
  it("gives one meeting per counterpart when someone meets several people", () => {
    for (const text of ["ظریف با لاوروف و کری دیدار کرد.", "استقبل ظريف لافروف وكيري.", "Zarif met Lavrov and Kerry.", "Zarif held talks with Lavrov, and Kerry."]) {
      expect(at(text).sort()).toEqual([zarifKerry, zarifLavrov]);
    }
  });

  it("gives no meeting when the one who met each counterpart is never named", () => {
    for (const text of ["The President met separately with Lavrov and Kerry on Monday.", "The Iraqi prime minister held talks with Lavrov and Kerry.", "The minister received Lavrov and Kerry in Tehran."]) expect(at(text)).toEqual([]);
    // The pronoun's person is named before; a fronted meeting has its people after; a reception or a lunch of several guests is one occasion.
    expect(at("Zarif arrived in Geneva. He met separately with Lavrov and Kerry.").sort()).toEqual([zarifKerry, zarifLavrov]);
    expect(at("In a meeting in Geneva, Zarif and Lavrov discussed Syria.")).toEqual([zarifLavrov]);
    expect(at("The delegation was received by Zarif and Lavrov.")).toEqual([zarifLavrov]);
    expect(at("The President hosted a working lunch for Zarif and Lavrov.")).toEqual([zarifLavrov]);
  });

  it("keeps the place and date of the clause in each meeting of a list", () => {
    const facts = extract("Zarif met Lavrov and Kerry in Geneva on Monday.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [m.location, m.date])).toEqual([["Geneva", "2019-05-13"], ["Geneva", "2019-05-13"]]);
  });

  it("keeps a multilateral meeting, a ceremony and one meeting named in the singular together", () => {
    expect(at("ظریف، لاوروف و کری در نشست سه‌جانبه‌ای در ژنو دیدار کردند.")).toEqual(threeOfThem);
    expect(at("وقال ظريف في مؤتمر صحفي مشترك مع لافروف، وكيري، إن الحل سياسي.")).toEqual(threeOfThem);
    expect(at("Zarif spoke at a joint press conference with Lavrov and Kerry in Geneva.")).toEqual(threeOfThem);
    expect(at("عقد ظريف اجتماعا ثلاثيا مع لافروف وكيري.")).toEqual(threeOfThem);
    expect(at("Zarif held a trilateral meeting with Lavrov and Kerry.")).toEqual(threeOfThem);
    expect(at("ظریف در دیدار خود با لاوروف و کری درباره سوریه گفتگو کرد.")).toEqual(threeOfThem);
    expect(at("Zarif discussed Syria in a meeting with Lavrov and Kerry.")).toEqual(threeOfThem);
    expect(at("Putin received the credentials of Zarif, envoy of Iran, and Kerry, envoy of the United States.")).toEqual([["john-kerry", "mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("keeps a guest received by several hosts at once in one meeting, and the hosts of an active reception apart", () => {
    expect(at("Zarif arrived in Moscow on Monday. Zarif was received at the airport by Lavrov and Putin.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
    expect(at("Zarif received Lavrov and Putin at the airport.").sort()).toEqual([zarifLavrov, withPutin("mohammad-javad-zarif")]);
  });

  it("keeps a guest received by several hosts in Persian (مورد استقبال … قرار گرفت) and Arabic (كان في استقباله) in one meeting", () => {
    const four = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("ظریف در فرودگاه مسکو مورد استقبال لاوروف و پوتین قرار گرفت.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
    expect(at("جان کری پس از ورود به تهران مورد استقبال رسمی ظریف، لاوروف و پوتین قرار گرفت.")).toEqual(four);
    expect(at("وصل ظريف إلى موسكو وكان في استقباله لافروف وبوتين وكيري.")).toEqual(four);
    // A proposal welcomed is no reception; hosts who meet several guests, each told apart, still split.
    expect(at("پیشنهاد ظریف مورد استقبال کری و لاوروف قرار گرفت.")).toEqual([]);
    expect(at("ظریف با لاوروف، پوتین و کری دیدار کرد.").length).toBe(3);
  });

  it("splits a list told as separate meetings, whatever else the clause says", () => {
    expect(at("Zarif held separate meetings with Lavrov and Kerry.").sort()).toEqual([zarifKerry, zarifLavrov]);
  });

  it("adds attendees to each meeting of a list, and not as counterparts of their own", () => {
    expect(at("استقبل بوتين ظريف وكيري بحضور لافروف.").sort()).toEqual([["john-kerry", "sergey-lavrov", "vladimir-putin"], ["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
  });
});

describe("meetings: attendance told apart, and other meetings of the same subject", () => {
  it("adds people present, told in a sentence of their own, to the meeting told before", () => {
    const all = [["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("استقبل بوتين ظريف في الكرملين. وحضر اللقاء لافروف.")).toEqual(all);
    expect(at("ظریف با پوتین دیدار کرد.\nدر این دیدار لاوروف نیز حضور داشت.")).toEqual(all);
    expect(at("Putin received Zarif on Monday. Also present at the meeting was Lavrov.")).toEqual(all);
  });

  it("adds attendees of 'both meetings' to each of them", () => {
    expect(at("استقبل بوتين ظريف. كما استقبل بوتين كيري. حضر الاستقبالين لافروف.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"], ["john-kerry", "sergey-lavrov", "vladimir-putin"]]);
  });

  it("takes people who attended a meeting, with none told before, as its participants", () => {
    expect(at("Zarif, Lavrov and Kerry attended the meeting.")).toEqual(threeOfThem);
  });

  it("gives a meeting told with 'also' and one person the subject of the meeting before", () => {
    expect(at("استقبل بوتين ظريف. كما استقبل كيري.")).toEqual([withPutin("mohammad-javad-zarif"), withPutin("john-kerry")]);
    expect(at("پوتین با ظریف دیدار کرد.\nهمچنین با کری دیدار کرد.")).toEqual([withPutin("mohammad-javad-zarif"), withPutin("john-kerry")]);
  });

  it("gives the people after a with-word of one cue to that cue, not to the next", () => {
    expect(at("After meeting with Kerry, Zarif was received by Putin.")).toEqual([zarifKerry, withPutin("mohammad-javad-zarif")]);
  });

  it("leaves out people of a relative clause after the two who met", () => {
    expect(at("Zarif met Lavrov, who was accompanying Putin on his trip.")).toEqual([zarifLavrov]);
    expect(at("استقبل ظريف لافروف، الذي سلمه رسالة إلى بوتين.")).toEqual([zarifLavrov]);
  });
});

describe("meetings: what reports a meeting and what does not", () => {
  it("leaves out a meeting that is the purpose of a trip", () => {
    for (const text of ["وصل ظريف إلى موسكو لإجراء محادثات مع لافروف.", "وصل ظريف إلى موسكو للقاء لافروف.", "ظریف برای دیدار با لاوروف به مسکو سفر کرد.", "Zarif arrived in Moscow to hold talks with Lavrov."]) {
      expect(at(text)).toEqual([]);
    }
  });

  it("does not take 'called for' or 'called on' for a phone call", () => {
    expect(at("Zarif called on Lavrov to end the war.")).toEqual([]);
    expect(at("Zarif called for an end to the war in a letter to Lavrov.")).toEqual([]);
  });

  it("takes a credentials presentation, a courtesy call and a farewell as meetings", () => {
    for (const text of ["ظریف استوارنامه خود را به پوتین تقدیم کرد.", "قدم ظريف أوراق اعتماده إلى بوتين.", "Zarif presented his credentials to Putin.", "Zarif paid a courtesy call on Putin.", "ظریف با پوتین خداحافظی کرد."]) {
      expect(at(text)).toEqual([withPutin("mohammad-javad-zarif")]);
    }
  });

  it("takes a reception told as a verbal noun with its owner", () => {
    expect(at("أكد بوتين خلال استقباله ظريف أن العلاقات جيدة.")).toEqual([withPutin("mohammad-javad-zarif")]);
  });

  it("takes a video call as a call", () => {
    const facts = extract("Zarif held a video call with Lavrov on Monday.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.mode)).toEqual(["phone"]);
  });

  it("keeps a meeting told as last month's apart from today's", () => {
    expect(at("ظریف امروز با لاوروف دیدار کرد.\nظریف و لاوروف ماه گذشته نیز با یکدیگر دیدار کرده بودند.")).toEqual([zarifLavrov, zarifLavrov]);
  });

  it("does not take a call named before a meeting placed in a city for that meeting's mode", () => {
    const facts = extract("During the phone call, Zarif and Lavrov discussed the results of their meeting in Geneva.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [m.mode, m.location])).toEqual([["phone", null], ["in_person", "Geneva"]]);
  });

  it("reads a pronoun owning a meeting as the person named just before it in the sentence", () => {
    expect(at("ظریف گفت سفر خوبی بود.\nاین نخستین سفر لاوروف به تهران است، اما دیدار وی با پوتین پیشتر انجام شده بود.")).toEqual([["sergey-lavrov", "vladimir-putin"]]);
  });
});

describe("meetings: dates and clauses", () => {
  it("does not date a meeting by the day of a statement that reports it", () => {
    const facts = extract("Zarif met Lavrov to discuss Syria, the embassy said on Friday.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.date)).toEqual([null]);
  });

  it("does not date a meeting by a labelled date at the start of its line", () => {
    const facts = extract(" date 2019-05-15 Zarif met Lavrov in Geneva.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.date)).toEqual([null]);
  });

  it("reads منذ before a time word as a time phrase, not a clause of other people", () => {
    expect(at("استقبل ظريف منذ قليل لافروف في طهران.")).toEqual([zarifLavrov]);
  });

  it("does not take a cue in the topic of the meeting told just before for another meeting", () => {
    const facts = extract("Zarif met Lavrov and touched on trade, talks in Geneva and energy.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.location])).toEqual([[zarifLavrov, null]]);
  });
});

describe("meetings: the speaker of reported words", () => {
  it("takes the speaker as the unsaid subject of a meeting they report with one other person after a with-word", () => {
    expect(at("ظریف می‌گوید با لاوروف از طریق تلفن صحبت کرد.")).toEqual([zarifLavrov]);
    expect(extract("ظریف می‌گوید با لاوروف از طریق تلفن صحبت کرد.").meetings.map((m) => m.mode)).toEqual(["phone"]);
  });

  it("does not take a spokesperson for a side of the meeting they report", () => {
    expect(at("سخنگوی وزارت خارجه، کری، گفت با لاوروف دیدار کرد.")).toEqual([]);
  });

  it("takes a call received as a phone call", () => {
    const facts = extract("Zarif wrote that he had received a call from Lavrov.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[zarifLavrov, "phone"]]);
  });
});

describe("meetings: lists of the people someone met", () => {
  it("gives the subject of the sentence before one meeting with each person of 'the meetings included'", () => {
    expect(at("وصل بوتين إلى طهران أمس.\nوشملت اللقاءات كلا من ظريف، وكيري.")).toEqual([withPutin("mohammad-javad-zarif"), withPutin("john-kerry")]);
    expect(at("Putin spent two days in Tehran. His meetings included Zarif and Kerry.")).toEqual([withPutin("mohammad-javad-zarif"), withPutin("john-kerry")]);
  });
});

describe("meetings: reporters and repeated reports", () => {
  it("leaves out the subject of a speech verb before the cue when others are named between", () => {
    expect(at("Pompeo said Zarif received Lavrov in Tehran.")).toEqual([zarifLavrov]);
    expect(at("قال بومبيو إن ظريف استقبل لافروف في طهران.")).toEqual([zarifLavrov]);
  });

  it("leaves out someone who speaks about a meeting whose own people follow its noun ('the talks the new minister had with X')", () => {
    expect(at("Kerry tweeted about the conversation the Russian foreign minister had with Zarif. Lavrov is the Russian foreign minister.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("leaves out the one whose invitation or message is handed over ('the invitation of X')", () => {
    expect(at("Zarif met Lavrov on Monday and received the official invitation of Putin to visit Moscow.")).toEqual([zarifLavrov]);
    expect(at("Zarif received Lavrov in Tehran on Monday. At the end of the meeting, Lavrov handed to Zarif the official invitation of Putin to visit Moscow.")).toEqual([zarifLavrov]);
  });

  it("keeps the one met when a speech verb after them has a subject of its own", () => {
    expect(at("Zarif met the envoy of the agency, Lavrov, and they agreed that talks should resume.")).toEqual([zarifLavrov]);
    expect(at("Zarif held talks with Lavrov, and both sides stressed that trade must grow.")).toEqual([zarifLavrov]);
  });

  it("does not read a role noun or pronoun subject as the one it meets, who speaks later in the sentence", () => {
    expect(at("Zarif arrived in Oslo on Monday.\nThe minister also met with Lavrov, who urged him to visit Moscow soon.")).toEqual([zarifLavrov]);
    expect(at("Zarif arrived in Oslo on Monday.\nHe also met with Lavrov, who urged him to visit Moscow soon.")).toEqual([zarifLavrov]);
  });

  it("keeps the one met in a fronted meeting phrase out of the meetings the sentence's subject goes on to have", () => {
    expect(at("In addition to the meeting with Kerry, Zarif also had bilateral meetings with Lavrov and Putin.").sort()).toEqual([zarifKerry, zarifLavrov, withPutin("mohammad-javad-zarif")].sort());
  });

  it("takes a meeting told again with one more of its people as one meeting of them all", () => {
    expect(at("Zarif received Lavrov in Tehran today.\nZarif and Kerry received Lavrov at the airport today.")).toEqual(threeOfThem);
  });

  it("keeps a bilateral and the trilateral that followed it apart", () => {
    expect(at("Zarif met Lavrov in Geneva.\nLater, Zarif, Lavrov and Kerry held a trilateral meeting in Geneva.")).toEqual([zarifLavrov, ...threeOfThem]);
  });

  it("reads 'since taking office' as a time phrase, not a clause of other people", () => {
    expect(at("Zarif and Lavrov spoke in a phone call, their first since taking office.")).toEqual([zarifLavrov]);
  });
});

describe("meetings: heads of delegations", () => {
  it("takes the heads of the delegations named after talks told with no one named as the people who met", () => {
    const facts = extract("Consultations between the two ministries took place in Geneva on Monday. The Iranian side was led by Zarif and the Russian side was headed by Lavrov.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.location])).toEqual([[zarifLavrov, "Geneva"]]);
  });
});

describe("meetings: a cue that refers back", () => {
  it("gives the meeting told last the date and place a sentence referring back to it tells", () => {
    const facts = extract("ظریف و لاوروف تلفنی گفتگو کردند.\nظریف روز دوشنبه ۱۳ خرداد ۱۳۹۸ در این گفتگوی تلفنی گفت روابط خوب است.", { publishedAt: "2019-06-04" });
    expect(facts.meetings.map((m) => [m.mode, m.date])).toEqual([["phone", "2019-06-03"]]);
  });
});

describe("meetings: a meeting told before its people", () => {
  it("gives people who attended the meeting the place and date of the meeting told just before with no one named", () => {
    const facts = extract("A ministerial meeting took place in Geneva on Monday. Zarif, Lavrov and Kerry attended the meeting.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.location, m.date])).toEqual([[threeOfThem[0], "Geneva", "2019-05-13"]]);
  });

  it("does not take 'last night' for a meeting told as an earlier one", () => {
    const facts = extract("وصل ظريف إلى موسكو الليلة الماضية وكان في استقباله لافروف.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.location)).toEqual(["Moscow"]);
  });

  it("gives one meeting of all when every person after an Arabic verb-first cue is joined to the one before by و", () => {
    expect(at("اجتمع وزير الخارجية الإيراني محمد جواد ظريف ونظيره الروسي سيرغي لافروف ووزير الخارجية الأمريكي جون كيري في جنيف.")).toEqual(threeOfThem);
    expect(at("التقى ظريف ولافروف وكيري في جنيف.")).toEqual(threeOfThem);
    // The one right after the verb with no و before the next is the host of each.
    expect(at("استقبل وزير الخارجية الإيراني محمد جواد ظريف وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي جون كيري.")).toEqual([zarifLavrov, zarifKerry]);
  });
});

describe("meetings: Persian lists of counterparts (sidelines, credentials, plural titles, companions)", () => {
  const zarif = (key: string) => ["mohammad-javad-zarif", key].sort();
  it("gives each counterpart of a list set off by commas after a with-word a meeting with the subject", () => {
    expect(at("ظریف در حاشیه اجلاس شانگهای با لاوروف، کری و تیلرسون دیدار کرد.")).toEqual([zarif("sergey-lavrov"), zarif("john-kerry"), zarif("rex-tillerson")]);
  });

  it("does not read the event named after 'در حاشیه' as one meeting with everyone", () => {
    expect(at("ظریف در حاشیه نشست سران با لاوروف و کری و پمپئو دیدار کرد.")).toEqual([zarif("sergey-lavrov"), zarif("john-kerry"), zarif("mike-pompeo")]);
  });

  it("keeps ambassadors presenting their credentials together, written with a plural suffix", () => {
    expect(at("لاوروف، کری و تیلرسون استوارنامه‌های خود را تقدیم پوتین کردند.")).toEqual([["john-kerry", "rex-tillerson", "sergey-lavrov", "vladimir-putin"]]);
  });

  it("keeps the guests named after a plural title right after the with-word of a verb-final clause together", () => {
    expect(at("پوتین با سفیران سه کشور، کری، ظریف و پمپئو، دیدار کرد.")).toEqual([["john-kerry", "mike-pompeo", "mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("reads 'با همراهی X' as a companion of the subject, not a counterpart", () => {
    expect(at("ظریف با همراهی لاوروف با کری دیدار کرد.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: a Persian meeting whose other side is never named", () => {
  it("gives no meeting between the people of one side who met unnamed officials or an unnamed title holder", () => {
    expect(at("ظریف و لاوروف با مقامات عمانی در مسقط دیدار کردند.")).toEqual([]);
    expect(at("ظریف به همراه لاوروف با وزیر خارجه عمان در مسقط دیدار کرد.")).toEqual([]);
  });

  it("keeps the meeting when the other side is named after its title, and people who met one another", () => {
    expect(at("ظریف به همراه لاوروف با وزیر خارجه آمریکا جان کری دیدار کرد.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("ظریف و لاوروف با یکدیگر دیدار کردند.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: a Persian summary of meetings the next sentences tell one by one, and guests received together", () => {
  it("gives one meeting per counterpart when later sentences meet each on their own", () => {
    const text = "ظریف در نخستین روز حضور در نیویورک با لاوروف، کری و پمپئو دیدار کرد. ظریف در دیدار با لاوروف درباره سوریه گفتگو کرد. وی سپس با کری دیدار کرد. ظریف در دیدار با پمپئو نیز بر لزوم گفتگو تأکید کرد.";
    expect(at(text).sort()).toEqual([["john-kerry", "mohammad-javad-zarif"], ["mike-pompeo", "mohammad-javad-zarif"], ["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("keeps guests named after a plural title before the object marker together", () => {
    expect(at("پوتین، سفیران جدید سه کشور کری، ظریف و پمپئو را به حضور پذیرفت.")).toEqual([["john-kerry", "mike-pompeo", "mohammad-javad-zarif", "vladimir-putin"]]);
  });
});

describe("meetings: a plural word in the name of the event beside which people met", () => {
  it("does not keep the counterparts after the event's with-word together", () => {
    expect(at("ظریف در حاشیه نشست وزرای خارجه در ژنو با لاوروف، کری و پمپئو دیدار کرد.").sort()).toEqual([["john-kerry", "mohammad-javad-zarif"], ["mike-pompeo", "mohammad-javad-zarif"], ["mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: counterparts listed after the with-word of a subject never named", () => {
  it("gives no meeting between the counterparts", () => {
    expect(at("رئیس جمهور با لاوروف و کری دیدار کرد.")).toEqual([]);
    expect(at("The Secretary held separate calls with Lavrov and Zarif on Tuesday.")).toEqual([]);
  });

  it("keeps the subject named after a fronted phrase, a pronoun's person, and counterparts put together", () => {
    expect(at("در دیدار با لاوروف، ظریف گفت ایران آماده است.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("In a meeting with Lavrov, Zarif said Iran was ready.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("ظریف روز دوشنبه وارد ژنو شد. وی با لاوروف و کری دیدار کرد.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"], ["john-kerry", "mohammad-javad-zarif"]]);
    expect(at("رئیس جمهور در نشست سه‌جانبه با لاوروف و کری گفتگو کرد.")).toEqual([["john-kerry", "sergey-lavrov"]]);
  });
});
