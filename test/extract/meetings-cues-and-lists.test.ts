import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const at = (text: string) => sets(extract(text, { publishedAt: "2019-05-15" }));
const zarifKerry = ["john-kerry", "mohammad-javad-zarif"];
const withPutin = (key: string) => [key, "vladimir-putin"].sort();

describe("meetings: cue words of summons, discussions and Dari credentials", () => {
  it("takes a summons of an envoy as a meeting", () => {
    expect(at("Zarif on Monday summoned Kerry over the incident.")).toEqual([zarifKerry]);
    expect(at("استدعى ظريف اليوم كيري لإبلاغه احتجاج بلاده.")).toEqual([zarifKerry]);
  });

  it("takes an envoy presenting a letter of credence as a meeting: the letter's words send no message", () => {
    expect(at("Ambassador Kerry presented his Letter of Credence to President Putin in Moscow.")).toEqual([withPutin("john-kerry")]);
    expect(at("Ambassador Kerry has presented a letter of credence to President Putin.")).toEqual([withPutin("john-kerry")]);
  });

  it("reads a courtesy or farewell call received as a visit, not a phone call", () => {
    const modes = (text: string) => extract(text, { publishedAt: "2019-05-15" }).meetings.map((m) => m.mode);
    expect(modes("Putin received a courtesy call from Kerry in Moscow on Monday.")).toEqual(["in_person"]);
    expect(modes("Putin received a farewell call from Kerry on Monday.")).toEqual(["in_person"]);
    expect(modes("Putin received a phone call from Kerry on Monday.")).toEqual(["phone"]);
  });

  it("does not take 'spoke highly of' for talks", () => {
    expect(at("Zarif met Kerry on Monday. Later, Lavrov spoke highly of the work of the two teams.")).toEqual([zarifKerry]);
  });

  it("takes held discussions with someone as talks", () => {
    expect(at("Zarif held discussions with Kerry on trade.")).toEqual([zarifKerry]);
  });

  it("reads the Dari word for credentials as a ceremony", () => {
    expect(at("پوتین اعتمادنامه ظریف سفیر جدید ایران را پذیرفت.")).toEqual([withPutin("mohammad-javad-zarif")]);
  });
});

describe("meetings: people who came along with a counterpart", () => {
  it("keeps someone accompanying the guest in the one meeting, not as a counterpart of their own", () => {
    const all = [["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("استقبل بوتين اليوم ظريف، يرافقه لافروف.")).toEqual(all);
    expect(at("Putin received Zarif on Monday, accompanied by Lavrov.")).toEqual(all);
  });
});

describe("meetings: guests listed in lines after a colon", () => {
  it("gives the host one ceremony with the guests listed after the cue's sentence", () => {
    const text = "مراسم في الكرملين\n\nأقيمت المراسم في الكرملين.\nتسلم بوتين اليوم أوراق اعتماد كل من:\n• السيد ظريف، سفير إيران.\n• السيد كيري، سفير الولايات المتحدة.\nوتمنى بوتين للسفيرين النجاح.";
    expect(at(text)).toEqual([["john-kerry", "mohammad-javad-zarif", "vladimir-putin"]]);
    expect(at("Ceremony at the Kremlin\n\nThe ceremony took place in the Kremlin.\nPutin received the credentials of the following ambassadors:\n- Zarif, Ambassador of Iran.\n- Kerry, Ambassador of the United States.")).toEqual([["john-kerry", "mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("gives one meeting per guest listed when the text says they were received separately", () => {
    const text = "New envoys in Moscow\n\nThe envoys arrived last month.\nPutin received two new ambassadors in separate meetings on Monday. They were the envoys of:\nIran, Mr Zarif.\nThe United States, Mr Kerry.";
    expect(at(text).sort()).toEqual([withPutin("john-kerry"), withPutin("mohammad-javad-zarif")]);
  });

  it("leaves a planned reception of listed guests out", () => {
    expect(at("Ceremony at the Kremlin\n\nThe ceremony took place in the Kremlin.\nPutin will receive the credentials of these ambassadors:\n- Zarif, Ambassador of Iran.\n- Kerry, Ambassador of the United States.")).toEqual([]);
  });
});

describe("meetings: a delegation told with its head meets people later", () => {
  it("takes the head and the people travelling with them as the side of the delegation", () => {
    const text = "A delegation headed by Zarif along with Lavrov arrived in Geneva on Sunday.\nOn Monday the delegation held talks with Kerry on the nuclear file.";
    expect(at(text)).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    const fa = "هیئتی به ریاست ظریف روز یکشنبه وارد ژنو شد.\nاین هیئت روز دوشنبه با کری دیدار کرد.";
    expect(at(fa)).toEqual([zarifKerry]);
  });

  it("reads a delegation that owns a meeting told before it ('in the meeting with X, the delegation …')", () => {
    const text = "A delegation led by Zarif arrived in Geneva on Sunday.\nIn the meeting with Mr. Kerry, the delegation discussed the nuclear file.";
    expect(at(text)).toEqual([zarifKerry]);
  });

  it("leaves a delegation whose head was never told alone", () => {
    expect(at("The Iranian delegation held talks with Kerry on Monday.")).toEqual([]);
  });
});

describe("meetings: a with-word right after a person opens the next cue's clause", () => {
  it("keeps 'besides meeting A, met B' two meetings", () => {
    expect(at("ظریف علاوه بر دیدار با لاوروف با کری نیز دیدار کرد.").sort()).toEqual([zarifKerry, ["mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: a time clause set off by a comma", () => {
  it("leaves the people of ', after …' out of the meeting", () => {
    expect(at("Zarif received Kerry on Monday, after Lavrov ended his visit to Tehran.")).toEqual([zarifKerry]);
    expect(at("استقبل ظريف اليوم كيري، بعد ساعات من إنهاء لافروف زيارته إلى طهران.")).toEqual([zarifKerry]);
  });
});

describe("meetings: a headline that names a call", () => {
  it("makes the body's 'spoke with' that call, with the headline's date", () => {
    const facts = extract("Press release\nZarif call with Kerry: 13 May 2019\nZarif spoke with Kerry about Syria.\nThey agreed to keep in touch.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [m.mode, m.date])).toEqual([["phone", "2019-05-13"]]);
  });

  it("leaves a meeting the body places in a city in person", () => {
    const facts = extract("Press release\nZarif call with Kerry: 13 May 2019\nZarif met Kerry in Geneva on Monday.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.mode)).toEqual(["in_person"]);
  });
});

describe("meetings: a relative day told with its weekday", () => {
  it("dates the meeting when the weekday fits the article's date, and leaves it undated when not", () => {
    // 2019-05-13 was a Monday.
    const fits = extract("استقبل ظريف اليوم الاثنين كيري في طهران.", { publishedAt: "2019-05-13" });
    expect(fits.meetings.map((m) => m.date)).toEqual(["2019-05-13"]);
    const other = extract("استقبل ظريف اليوم الاثنين كيري في طهران.", { publishedAt: "2019-05-15" });
    expect(other.meetings.map((m) => m.date)).toEqual([null]);
  });
});

describe("meetings: a place told just after the meeting", () => {
  it("places the meeting where one of its people is said to have arrived in the next sentences", () => {
    const facts = extract("Zarif met Kerry on Monday.\nKerry had arrived in Geneva on Sunday for a three-day visit.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => m.location)).toEqual(["Geneva"]);
  });

  it("does not take the place of another meeting told after it", () => {
    const facts = extract("Zarif met Kerry on Monday.\nKerry met Lavrov in Vienna on 2 May.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.find((m) => m.participants.includes("mohammad-javad-zarif"))?.location).toBeNull();
  });
});

describe("meetings: the month May and names are not the modal 'may'", () => {
  it("keeps a meeting dated in May, and leaves one that may happen out", () => {
    expect(at("Zarif met Kerry in Geneva on 2 May.")).toEqual([zarifKerry]);
    expect(at("Zarif may meet Kerry in Geneva.")).toEqual([]);
  });
});

describe("meetings: called off or denied", () => {
  it("leaves out a meeting postponed, cancelled or said not to have happened", () => {
    expect(at("The meeting between Zarif and Kerry was postponed.")).toEqual([]);
    expect(at("Zarif said he did not meet Kerry in Geneva.")).toEqual([]);
    expect(at("لم يلتق ظريف كيري خلال زيارته إلى جنيف.")).toEqual([]);
    expect(at("دیدار ظریف و کری به تعویق افتاد.")).toEqual([]);
  });
});

describe("meetings: more ways to tell a call or a reception", () => {
  const modeOf = (text: string) => extract(text, { publishedAt: "2019-05-15" }).meetings.map((m) => m.mode);
  it("reads calls over the phone and by video link", () => {
    expect(modeOf("Zarif and Kerry spoke over the phone on Monday.")).toEqual(["phone"]);
    expect(modeOf("Zarif and Kerry held talks via video link on Monday.")).toEqual(["phone"]);
    expect(modeOf("هاتف ظريف كيري اليوم.")).toEqual(["phone"]);
    expect(modeOf("تحدث ظريف مع كيري عبر الهاتف اليوم.")).toEqual(["phone"]);
  });

  it("reads receptions and talks the lists lacked", () => {
    expect(at("ظریف در ژنو کری را به حضور پذیرفت.")).toEqual([zarifKerry]);
    expect(at("تباحث ظريف مع كيري في جنيف اليوم.")).toEqual([zarifKerry]);
    expect(at("Kerry was greeted by Zarif at the airport in Geneva.")).toEqual([zarifKerry]);
    expect(at("Zarif sat down with Kerry in Geneva.")).toEqual([zarifKerry]);
    expect(at("Zarif held his first discussion with Kerry on Monday.")).toEqual([zarifKerry]);
    // Someone "among those who received" the guest, told in a sentence of their own, joins the reception.
    expect(at("Zarif arrived in Geneva on Monday and was welcomed by Kerry. Lavrov was among those who received Zarif at the airport.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("وصل ظريف إلى جنيف اليوم وكان في استقباله كيري. ويشار إلى أن لافروف كان من بين مستقبلي ظريف.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
    // The purpose of a trip with no one named keeps the subject for the reception told after it.
    expect(at("ظریف برای گفتگو با مقامات آمریکایی وارد ژنو شد و مورد استقبال کری قرار گرفت.")).toEqual([zarifKerry]);
    // Talks told of with no one named, then referred back to with their leaders.
    expect(at("دو کشور مذاکرات سیاسی برگزار کردند. این مذاکرات در ژنو به رهبری ظریف و کری برگزار شد.")).toEqual([zarifKerry]);
    expect(at("ظریف و کری در ژنو دیدار کردند. این مذاکرات به ریاست مجلس ربطی نداشت و لاوروف به ریاست جمهوری رسید.")).toEqual([zarifKerry]);
    expect(at("ظریف امروز در نیویورک با کری صحبت کرد.")).toEqual([zarifKerry]);
    expect(at("ظریف در نشست خبری درباره کری صحبت کرد.")).toEqual([]);
    expect(at("ظریف با خبرنگاران صحبت کرد و گفت: کری مذاکره‌کننده خوبی است.")).toEqual([]);
  });
});

describe("meetings: what was said after the cue, and one delegation received", () => {
  it("leaves the people of what a participant said after the cue out", () => {
    expect(at("Zarif, speaking after his meeting with Kerry, said Lavrov would visit Tehran.")).toEqual([zarifKerry]);
  });

  it("keeps the members of a delegation received together", () => {
    expect(at("Zarif received a delegation headed by Kerry and including Lavrov.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: a planned word in what was said after the cue", () => {
  it("keeps the meeting whose participant told of a plan", () => {
    expect(at("ظریف در دیدار با کری گفت لاوروف به تهران سفر خواهد کرد.")).toEqual([zarifKerry]);
    expect(at("Zarif, after meeting Kerry on Monday, said Lavrov will visit Tehran.")).toEqual([zarifKerry]);
  });
});

describe("meetings: the people met before the Persian object marker", () => {
  it("splits a verb-final reception of several guests into one meeting each", () => {
    expect(at("پوتین، ظریف و کری را جداگانه به حضور پذیرفت.").sort()).toEqual([withPutin("john-kerry"), withPutin("mohammad-javad-zarif")]);
    expect(at("پوتین دیروز ظریف و کری را در کرملین به حضور پذیرفت.").sort()).toEqual([withPutin("john-kerry"), withPutin("mohammad-javad-zarif")]);
  });
});

describe("meetings: a pronoun for the one met", () => {
  it("takes 'him', 'با وی' and an Arabic verb's attached pronoun for the person named in the sentence before", () => {
    expect(at("Zarif arrived in Geneva on Sunday. Kerry received him on Monday.")).toEqual([zarifKerry]);
    expect(at("ظریف روز یکشنبه وارد ژنو شد. کری روز دوشنبه با وی دیدار کرد.")).toEqual([zarifKerry]);
    expect(at("وصل ظريف إلى جنيف أمس. واستقبله كيري اليوم.")).toEqual([zarifKerry]);
  });

  it("does not read a possessive as the one met", () => {
    expect(at("Lavrov arrived in Geneva on Sunday. Zarif met her counterpart Kerry on Monday.")).toEqual([zarifKerry]);
  });
});

describe("meetings: listed guests dated by the ceremony told just before", () => {
  it("takes the date of the reception announced before the list", () => {
    const text = "مراسم في الكرملين\n\nأقام بوتين يوم 13 مايو 2019 مراسم لاستقبال عدد من السفراء.\nتسلم بوتين أوراق اعتماد كل من:\n• السيد ظريف، سفير إيران.\n• السيد كيري، سفير الولايات المتحدة.";
    expect(extract(text, { publishedAt: "2019-05-15" }).meetings.map((m) => m.date)).toEqual(["2019-05-13"]);
  });
});

describe("meetings: Persian calls and sessions", () => {
  it("reads 'با X تماس گرفت' as a call and 'نشستی برگزار کرد' as a meeting", () => {
    expect(extract("ظریف روز دوشنبه با کری تماس گرفت.", { publishedAt: "2019-05-15" }).meetings.map((m) => [m.participants.length, m.mode])).toEqual([[2, "phone"]]);
    expect(at("ظریف روز دوشنبه در ژنو با کری نشستی برگزار کرد.")).toEqual([zarifKerry]);
  });
});

describe("meetings: going to see someone", () => {
  it("reads 'به دیدار X رفت' as the subject's meeting with X", () => {
    expect(at("کری روز دوشنبه در ژنو به دیدار ظریف رفت.")).toEqual([zarifKerry]);
  });

  it("still reads a meeting told of after 'از' as the people after the cue", () => {
    expect(at("لاوروف از دیدار ظریف با کری خبر داد.")).toEqual([zarifKerry]);
  });
});

describe("meetings: a short line telling who took part is text, not a share button", () => {
  it("keeps 'وشارك في اللقاء X' as an attendance line", () => {
    expect(at("عنوان\n\nالتقى ظريف اليوم كيري في جنيف.\nوشارك في اللقاء لافروف.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });
});

describe("meetings: more ways to tell who was present", () => {
  it("adds people who participated in the meeting or were in attendance", () => {
    const all = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]];
    expect(at("Zarif met Kerry in Geneva on Monday. Lavrov participated in the meeting.")).toEqual(all);
    expect(at("Zarif met Kerry in Geneva on Monday. Lavrov was also in attendance.")).toEqual(all);
  });
});

describe("meetings: one meeting in the singular with several people, its place and day between", () => {
  it("keeps 'held a meeting in Geneva on Monday with A and B' one meeting", () => {
    expect(at("Zarif held a meeting in Geneva on Monday with Kerry and Lavrov.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("still splits a verb with several counterparts", () => {
    expect(at("Zarif met in Geneva on Monday with Kerry and Lavrov.").length).toBe(2);
  });
});

describe("meetings: several calls told at once", () => {
  const calls = [zarifKerry, ["mohammad-javad-zarif", "sergey-lavrov"]];
  it("gives one call per counterpart of plural or dual call words", () => {
    expect(at("أجرى ظريف اليوم اتصالين هاتفيين مع كيري ولافروف.").sort()).toEqual(calls);
    expect(at("Zarif held separate phone calls with Kerry and Lavrov on Monday.").sort()).toEqual(calls);
  });

  it("reads the final verb of a Persian clause as the calls told at its start, not a call between the counterparts", () => {
    expect(at("ظریف امروز در تماس های تلفنی جداگانه با کری و لاوروف گفتگو کرد.").sort()).toEqual(calls);
  });
});

describe("meetings: a leader's message delivered in person", () => {
  it("takes the one who delivers it and the one who receives it, not the sender", () => {
    expect(at("تلقى ظريف اليوم رسالة من بوتين سلمها له كيري.")).toEqual([zarifKerry]);
    expect(at("کری پیام کتبی پوتین را روز دوشنبه به ظریف تسلیم کرد.")).toEqual([zarifKerry]);
    expect(at("Kerry delivered a message from Putin to Zarif on Monday.")).toEqual([zarifKerry]);
  });
});

describe("meetings: a list of attendees joined by 'and'", () => {
  it("adds every attendee of 'also attended by A and B' to the meeting told before", () => {
    expect(at("Zarif met Kerry in Geneva. The meeting was also attended by Lavrov and Putin.")).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
  });
});

describe("meetings: a later cue of the sentence that tells the first one's meeting again", () => {
  it("keeps 'met with A, B and C in a four-way meeting in Geneva' one meeting, placed by the later cue's clause", () => {
    const facts = extract("Zarif met with Kerry, Lavrov and Putin in a four-way meeting in Geneva.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [m.participants.length, m.location])).toEqual([[4, "Geneva"]]);
  });
});

describe("meetings: several attendees before a verb-final attendance phrase", () => {
  it("adds everyone of 'A and B also attended the meeting', not only the last", () => {
    const all = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("Zarif met Kerry in Geneva on Monday. Lavrov and Putin also attended the meeting.")).toEqual(all);
    expect(at("ظریف روز دوشنبه با کری دیدار کرد. لاوروف و پوتین نیز در این دیدار حضور داشتند.")).toEqual(all);
  });

  it("still stops at a clause of its own before them", () => {
    expect(at("Zarif met Kerry on Monday, and Putin also attended the meeting.")).toEqual([["john-kerry", "mohammad-javad-zarif", "vladimir-putin"]]);
  });
});

describe("meetings: 'the two' after a sentence naming two people", () => {
  it("takes the two people named just before as the ones who met, with no meeting told before", () => {
    expect(at("Zarif arrived in Geneva on Sunday, where Kerry was also staying. The two ministers met on Monday.")).toEqual([zarifKerry]);
    expect(at("وصل ظريف إلى جنيف أمس حيث يقيم كيري. والتقى الوزيران اليوم.")).toEqual([zarifKerry]);
  });

  it("does not read a bare 'they' so", () => {
    expect(at("Zarif arrived in Geneva on Sunday, where Kerry was also staying. They met on Monday.")).toEqual([]);
  });
});

describe("meetings: a participant who speaks is not only its reporter", () => {
  const modes = (text: string) => extract(text, { publishedAt: "2019-05-15" }).meetings.map((m) => [[...m.participants].sort(), m.mode]);
  it("keeps the subject who told the other side something in the call", () => {
    expect(modes("Zarif told Kerry in a phone call on Monday that Iran was ready.")).toEqual([[zarifKerry, "phone"]]);
  });

  it("keeps the subject after a fronted phrase that holds the cue", () => {
    expect(modes("In a phone conversation with Kerry, Zarif said Iran was ready.")).toEqual([[zarifKerry, "phone"]]);
  });

  it("still leaves a reporter out", () => {
    expect(at("Zarif received Kerry on Monday, Lavrov said.")).toEqual([zarifKerry]);
  });
});

describe("meetings: speech verbs after the cue that keep their subject or object", () => {
  it("keeps the Arabic subject after its speech verb and the one told after a verb of telling", () => {
    expect(at("عنوان\n\nخلال اتصال هاتفي مع كيري، أكد ظريف أن إيران مستعدة.")).toEqual([zarifKerry]);
    expect(at("At the meeting, Zarif told Kerry that Iran was ready.")).toEqual([zarifKerry]);
  });
});

describe("meetings: an Arabic subject of two people after the verb", () => {
  it("keeps 'استقبل A وB C' one meeting of the three, and 'استقبل A B وC' one per guest", () => {
    expect(at("استقبل بوتين ولافروف ظريف في الكرملين.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
    expect(at("استقبل بوتين ظريف وكيري في الكرملين.").sort()).toEqual([withPutin("john-kerry"), withPutin("mohammad-javad-zarif")]);
  });
});

describe("meetings: each counterpart of a list with its own place and day", () => {
  it("places and dates each meeting by its counterpart's stretch", () => {
    const facts = extract("Zarif met Putin and Lavrov in Moscow on Monday, and Kerry in Geneva on Tuesday.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [m.participants.find((p) => p !== "mohammad-javad-zarif"), m.location, m.date])).toEqual([
      ["vladimir-putin", "Moscow", "2019-05-13"],
      ["sergey-lavrov", "Moscow", "2019-05-13"],
      ["john-kerry", "Geneva", "2019-05-14"],
    ]);
  });
});

describe("meetings: courtesy calls, credentials ceremonies, receptions and people only told of", () => {
  it("takes 'called on' a person as a courtesy call, but not 'called on' someone to do something", () => {
    expect(at("Zarif called on President Putin at the Kremlin on Monday.")).toEqual([withPutin("mohammad-javad-zarif")]);
    expect(at("Zarif called on Putin to end the blockade at once.")).toEqual([]);
    expect(at("Zarif called on Putin, who arrived on Monday, to end the blockade.")).toEqual([]);
    expect(at("Zarif called on Putin at the Kremlin on Monday, according to a statement.")).toEqual([withPutin("mohammad-javad-zarif")]);
  });

  it("keeps a courtesy call to the caller and the one called on, not a host named between", () => {
    const text = "Lavrov began a visit to Tehran at the invitation of Zarif and called on President Putin there.";
    expect(at(text)).toEqual([["sergey-lavrov", "vladimir-putin"]]);
  });

  it("gives a meeting opened by 'Subsequently' with one person named to the subject of the meeting before", () => {
    const text = "Putin met with Zarif in Moscow on Monday.\nSubsequently, the president met with Lavrov.";
    expect(at(text)).toEqual([withPutin("mohammad-javad-zarif"), withPutin("sergey-lavrov")]);
  });

  it("reads 'presented their credentials' as a ceremony, whose host a guest list sentences later joins", () => {
    const text = "Envoys of three states presented their credentials to President Putin at a ceremony held here today.\nThe documents are letters from their heads of state.\nThe envoys who presented their credentials were Zarif, Lavrov and Kerry.";
    expect(at(text)).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
  });

  it("takes Persian 'از X استقبال کرد' as a reception of a person, not a welcome of a plan", () => {
    expect(at("پوتین از ظریف در کاخ کرملین استقبال کرد.")).toEqual([withPutin("mohammad-javad-zarif")]);
    expect(at("پوتین از پیشنهاد ظریف استقبال کرد.")).toEqual([]);
    expect(at("پوتین از سفر ظریف به مسکو استقبال کرد.")).toEqual([]);
    expect(at("پوتین از آقای ظریف در فرودگاه استقبال کرد.")).toEqual([withPutin("mohammad-javad-zarif")]);
  });

  it("leaves out the one regards are conveyed to (نقل تحياته إلى, greetings to)", () => {
    expect(at("التقى ظريف بلافروف في موسكو، ونقل لافروف تحياته الحارة إلى الرئيس بوتين خلال اللقاء.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("Zarif met Lavrov in Moscow and conveyed his greetings to Putin.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("reads a plural title beside two countries as the article's one person of each", () => {
    const text = "Zarif and Kerry have worked on the deal for months.\nLast week, Iran's and America's foreign ministers held a telephone conversation.";
    const facts = extract(text, { publishedAt: "2015-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[zarifKerry, "phone"]]);
  });

  it("leaves out a sender told with a title and then a name, not only the first of the two", () => {
    const text = "استقبل بوتين السفير ظريف الذي سلمه رسالة خطية من نظيره الأمريكي السيد جون كيري.";
    expect(sets(extract(text, { publishedAt: "2015-05-15" }))).toEqual([withPutin("mohammad-javad-zarif")]);
  });

  it("reads the letter word of Persian 'اعتماد نامه X' as credentials, whose bearer took part", () => {
    expect(at("پوتین اعتماد نامه ظریف سفیر جدید ایران را پذیرفت.")).toEqual([withPutin("mohammad-javad-zarif")]);
  });

  it("leaves out the person whose coming visit the meeting prepared (للترتيب لزيارة X)", () => {
    expect(at("التقى ظريف لافروف في مكتبه اليوم للترتيب لزيارة الرئيس فلاديمير بوتين إلى طهران.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
    expect(at("Zarif met Lavrov in Tehran to prepare for the visit of President Putin.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov"]]);
  });

  it("adds the guests of a further credentials clause with no subject named (كما تقبل جلالته) to the ceremony told just before", () => {
    const text = "تقبل الرئيس فلاديمير بوتين اليوم أوراق اعتماد كل من السفير محمد جواد ظريف، والسفير جون كيري.\nكما تقبل فخامته أوراق اعتماد السفير سيرغي لافروف.";
    expect(sets(extract(text, { publishedAt: "2015-05-15" }))).toEqual([["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
  });
});


describe("meetings: people present to receive a guest", () => {
  it("adds the hosts' side named after 'present to receive' to the reception told before", () => {
    const all = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("Putin on Monday received Zarif in Moscow. Present to receive the Iranian delegation were Lavrov, the foreign minister, and Kerry.")).toEqual(all);
  });
});

describe("meetings: attendees told several sentences after the meeting", () => {
  it("adds them to the meeting told up to five sentences before", () => {
    const all = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    const text = [
      "Foreign Minister Zarif has held talks with Secretary Kerry in Geneva.",
      "During their talks at the lakeside villa, the two ministers discussed trade and the building of a new port.",
      "Also to be discussed at the conference will be reforms of customs.",
      "The two ministers also deliberated on border security.",
      "The two ministers reaffirmed their commitment to closer ties.",
      "The meeting was attended by senior officials of the two sides who included Ambassador Lavrov and the mayor Putin.",
    ].join("\n\n");
    expect(at(text)).toEqual(all);
  });
});

describe("meetings: farewells", () => {
  it("takes bidding farewell to someone, and a farewell ceremony for them, as a meeting", () => {
    expect(at("Kerry on Monday bade farewell to Zarif at his office in Tehran.")).toEqual([zarifKerry]);
    expect(at("Zarif hosted a farewell ceremony for Kerry in Tehran on Monday.")).toEqual([zarifKerry]);
  });

  it("leaves out a farewell still to come", () => {
    expect(at("Kerry said he would bid farewell to Zarif next week.")).toEqual([]);
  });
});

describe("meetings: an English welcome of a guest", () => {
  it("takes welcoming or greeting a person named right after the verb as a reception", () => {
    expect(at("Putin welcomed Zarif at the Kremlin on Monday.")).toEqual([withPutin("mohammad-javad-zarif")]);
    expect(at("Putin greeted Zarif at the airport on Monday.")).toEqual([withPutin("mohammad-javad-zarif")]);
    expect(at("Zarif was welcomed by Kerry in Geneva on Monday.")).toEqual([zarifKerry]);
  });

  it("leaves out welcoming a step, a decision or someone's letter", () => {
    expect(at("Putin welcomed the decision of Zarif on Monday.")).toEqual([]);
    expect(at("Putin welcomed Zarif's letter on Monday.")).toEqual([]);
  });

  it("takes exchanging views with someone and playing host to them as meetings", () => {
    expect(at("Zarif exchanged views with Kerry in Geneva on Monday.")).toEqual([zarifKerry]);
    expect(at("Zarif played host to Kerry in Tehran on Monday.")).toEqual([zarifKerry]);
  });
});

describe("meetings: people present at a ceremony or on the occasion", () => {
  it("adds them to the reception or ceremony told before", () => {
    const all = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("Putin received Zarif in Moscow on Monday. Present on the occasion were Lavrov and Kerry.")).toEqual(all);
    expect(at("Putin received Zarif in Moscow on Monday. Lavrov and Kerry attended the ceremony.")).toEqual(all);
    expect(at("Putin received Zarif in Moscow on Monday. Lavrov and Kerry were also present on the occasion.")).toEqual(all);
  });
});

describe("meetings: a reception or dinner given for several guests", () => {
  it("keeps the host and every guest in one meeting", () => {
    const one = [["john-kerry", "mohammad-javad-zarif", "vladimir-putin"]];
    expect(at("Putin hosted a reception for Zarif and Kerry in Moscow on Monday.")).toEqual(one);
    expect(at("Putin hosted a dinner in honour of Zarif and Kerry in Moscow on Monday.")).toEqual(one);
  });
});

describe("meetings: the people a guest came with, told in a sentence of their own", () => {
  it("adds them to the meeting told before", () => {
    const all = [["john-kerry", "mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("Putin received Zarif in Moscow on Monday. Zarif was accompanied by Lavrov and Kerry.")).toEqual(all);
  });
});

describe("meetings: a bare role noun as the subject", () => {
  it("reads 'the minister met X' like 'he met X': the subject told before", () => {
    expect(at("Zarif arrived in Geneva on Monday. The minister then held talks with Kerry.")).toEqual([zarifKerry]);
    expect(at("Zarif arrived in Geneva on Monday. On the sidelines, the Minister for Foreign Affairs met with Kerry.")).toEqual([zarifKerry]);
  });

  it("does not read a role noun after the cue, the one met, as the subject", () => {
    expect(at("Zarif arrived in Geneva on Monday. Kerry met the minister at the hotel.")).toEqual([]);
  });
});
