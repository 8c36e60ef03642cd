import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
const sets = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const at = (text: string) => sets(extract(text, { publishedAt: "2019-05-15" }));
const zarifLavrov = [["mohammad-javad-zarif", "sergey-lavrov"]];
const zarifPutin = [["mohammad-javad-zarif", "vladimir-putin"]];

describe("meetings: who is a side", () => {
  it("takes an official welcome, told in the passive, as a meeting of the visitor and the host", () => {
    for (const text of [
      "ظریف پس از رسیدن به مسکو مورد استقبال رسمی لاوروف قرار گرفت.",
      "ظریف در فرودگاه مسکو از سوی لاوروف استقبال شد.",
      "استقبل لافروف ظريف في المطار.",
      "Zarif was welcomed by Lavrov at the airport.",
      "Zarif was received by Lavrov in Moscow.",
    ]) expect(at(text)).toEqual(zarifLavrov);
  });

  it("takes the subject as the owner of an indefinite or possessive meeting noun (دیداری، اجتماعه)", () => {
    for (const text of [
      "ظریف در دیداری مهم با لاوروف گفت که روابط دو کشور خوب است.",
      "ظریف در دیداری با لاوروف درباره سوریه گفتگو کرد.",
      "وأكد ظريف خلال اجتماعه مع نظيره الروسي لافروف في الرياض أن العلاقات جيدة.",
      "قال ظريف في لقاء جمعه بلافروف إن العلاقات جيدة.",
    ]) expect(at(text)).toEqual(zarifLavrov);
  });

  it("takes ناقش … مع, and a visit followed by talks with someone, as talks held", () => {
    expect(at("ناقش ظريف، اليوم الثلاثاء مع لافروف آخر التطورات في اليمن.")).toEqual(zarifLavrov);
    expect(at("زار ظريف طهران وأجرى محادثات مع لافروف.")).toEqual(zarifLavrov);
  });

  it("reads an accompanying delegation, named by همراه or with one, as no companion of the person met after 'با'", () => {
    expect(at("ظریف و هیئت همراه با پوتین دیدار کردند.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
    expect(at("ظریف به همراه هیئتی با پوتین دیدار کرد.")).toEqual([["mohammad-javad-zarif", "vladimir-putin"]]);
  });

  it("does not make travelling together a meeting, but keeps a companion beside a third person met", () => {
    expect(at("ظریف به همراه لاوروف برای شرکت در اجلاس سران به آنکارا سفر کرد.")).toEqual([]);
    expect(at("Zarif accompanied Putin to the summit in Ankara.")).toEqual([]);
    expect(at("ظریف به همراه لاوروف با پوتین دیدار کرد.")).toEqual([["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]]);
  });

  it("leaves out the sender of an invitation or message, and keeps the messenger who meets the recipient", () => {
    for (const text of ["Zarif received an invitation from Lavrov to visit Moscow.", "Zarif received a message from Putin.", "Zarif received a letter from Putin."]) expect(at(text)).toEqual([]);
    expect(at("ظریف در دیدار با لاوروف پیام پوتین را تسلیم کرد.")).toEqual(zarifLavrov);
    expect(at("سلم ظريف رسالة خطية من بوتين إلى لافروف خلال لقائه به في طهران.")).toEqual(zarifLavrov);
    expect(at("Lavrov met Zarif in Tehran and handed him a message from Putin.")).toEqual(zarifLavrov);
    // One who invites during a call is on the call.
    expect(extract("تلقى ظريف دعوة رسمية من لافروف خلال اتصال هاتفي.", { publishedAt: "2019-05-15" }).meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[zarifLavrov[0], "phone"]]);
    // The host who invited is met ("به دعوت لاوروف").
    expect(at("ظریف به دعوت لاوروف به مسکو سفر کرد و با لاوروف دیدار کرد.")).toEqual(zarifLavrov);
    expect(at("ظریف به دعوت لاوروف با وی در مسکو دیدار کرد.")).toEqual(zarifLavrov);
    expect(at("وصل ظريف إلى موسكو بدعوة من لافروف والتقى به.")).toEqual(zarifLavrov);
  });

  it("takes named attendees as participants of the meeting they attended", () => {
    const all = [["mohammad-javad-zarif", "sergey-lavrov", "vladimir-putin"]];
    expect(at("التقى بوتين ظريف، وحضر اللقاء لافروف.")).toEqual(all);
    expect(at("التقى بوتين ظريف بحضور لافروف.")).toEqual(all);
    expect(at("ظریف با پوتین دیدار کرد و لاوروف هم در جلسه حضور داشت.")).toEqual(all);
    expect(at("Putin met Zarif, in a meeting also attended by Lavrov.")).toEqual(all);
  });

  it("leaves out someone who only reports consultations told of, or says a meeting was held", () => {
    expect(at("لاوروف در نشست خبری هفتگی به رایزنی‌های ظریف با مقامات ترکیه اشاره کرد.")).toEqual([]);
    expect(at("Zarif has held bilateral meetings with Lavrov on the sidelines of the summit, ministry spokesman Tillerson said on Thursday.")).toEqual(zarifLavrov);
    expect(at("Zarif and Lavrov held an informal meeting on Wednesday, Tillerson, the spokesperson for the State Department, said on Thursday.")).toEqual(zarifLavrov);
  });

  it("does not read 'he' in a speaker's own words as the speaker", () => {
    const text = "Zarif travelled to Moscow on Monday.\n\"He had bilateral meetings with Lavrov,\" Tillerson said.";
    expect(at(text)).toEqual(zarifLavrov);
  });

  it("takes a telephone conversation as a phone call", () => {
    const facts = extract("Zarif and Lavrov agreed in a telephone conversation on Monday that the talks must go on.", { publishedAt: "2019-05-15" });
    expect(facts.meetings.map((m) => [[...m.participants].sort(), m.mode])).toEqual([[zarifLavrov[0], "phone"]]);
  });

  it("takes the person the body names as a Persian lead's subject title that no name stands beside", () => {
    const withLavrov = (name: string) => [[`name:${name}`, "sergey-lavrov"]];
    expect(at("سفیر ایران در مسکو با سرگئی لاوروف دیدار کرد. کاظم جلالی در این دیدار بر گسترش روابط دو کشور تاکید کرد.")).toEqual(withLavrov("کاظم جلالی"));
    expect(at("معاون وزیر خارجه که به مسکو سفر کرده است، با لاوروف دیدار و گفتگو کرد. علی باقری در این دیدار بر همکاری تاکید کرد.")).toEqual(withLavrov("علی باقری"));
    expect(at("استاندار گیلان در دیدار با لاوروف گفت: همکاری ها متنوع است.\n\nمحمد اسلامی با تاکید بر این نکته افزود: اراده قوی است.")).toEqual(withLavrov("محمد اسلامی"));
    // Past a sentence opening with the one met, the next sentence opening with someone else who speaks.
    expect(at("سفیر ژاپن در تهران با ظریف ملاقات نمود. آقای ظریف از کمک ژاپن تشکر کرد. آقای کنجی یامادا گفت که کشورش کمک می‌کند.")).toEqual([["mohammad-javad-zarif", "name:کنجی یامادا"]]);
    // Not someone of another country than the title's, nor one who neither speaks nor refers back to the meeting.
    expect(at("سفیر ژاپن در تهران با ظریف ملاقات نمود. جان کری روز گذشته گفت که آمریکا آماده است.")).toEqual([]);
    expect(at("سفیر ایران در مسکو با لاوروف دیدار کرد. کاظم جلالی هفته پیش در تهران بود.")).toEqual([]);
    // A subject named in the lead is not replaced.
    expect(at("ظریف با لاوروف دیدار کرد. کاظم جلالی در این دیدار گفت که روابط خوب است.")).toEqual(zarifLavrov);
  });
});
