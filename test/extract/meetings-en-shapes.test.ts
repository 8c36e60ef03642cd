import { describe, expect, it } from "vitest";
import { createExtractor, Gazetteer, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer, fixturePeople } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
/** The meetings of a text as sorted lists of the participants' names (people outside the gazetteer are named as written). */
const names = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((key) => nameOf.get(key) ?? key).sort());
};
const at = (text: string) => names(extract(text, { publishedAt: "2023-05-15", language: "en" }));

describe("meetings: English wire and ministry shapes", () => {
  it("takes a co-chaired session, a working lunch and a tête-à-tête as meetings of the two named", () => {
    expect(at("President Anna Berg and Prime Minister Olav Lind co-chaired the conference in Oslo.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("Minister Kwame Mensah co-chaired the fifth session of the joint commission with Minister Peter Otieno.")).toEqual([["Kwame Mensah", "Peter Otieno"]]);
    expect(at("President Anna Berg had a working lunch with Prime Minister Olav Lind.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("Prime Minister Olav Lind held a tete-a-tete with President Anna Berg.")).toEqual([["Anna Berg", "Olav Lind"]]);
  });

  it("takes a phrase opening the sentence with the cue (after, following, speaking after) as the subject's meeting", () => {
    for (const text of [
      "Speaking after his meeting with President Anna Berg, Minister Kwame Mensah said trade would grow.",
      "After talks with President Anna Berg, Minister Kwame Mensah told reporters that trade would grow.",
      "Following a meeting with President Anna Berg, Minister Kwame Mensah said trade would grow.",
    ]) expect(at(text)).toEqual([["Anna Berg", "Kwame Mensah"]]);
    // The fronted phrase names its own subject: the one speaking after it only reports.
    expect(at("After Minister Kwame Mensah met President Anna Berg, Minister Peter Otieno said trade would grow.")).toEqual([["Anna Berg", "Kwame Mensah"]]);
  });

  it("reads 'their meeting' as the meeting of the people named, when no meeting was told before", () => {
    expect(at("Minister Kwame Mensah told President Anna Berg during their meeting that trade would grow.")).toEqual([["Anna Berg", "Kwame Mensah"]]);
    expect(at("President Anna Berg shook hands with Prime Minister Olav Lind before their talks in Oslo.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("President Anna Berg and Prime Minister Olav Lind are expected to discuss trade at their meeting.")).toEqual([]);
  });

  it("keeps a planned word in the reported words after the cue out of the meeting's clause", () => {
    expect(at("Minister Kwame Mensah told President Anna Berg during a meeting that trade would grow.")).toEqual([["Anna Berg", "Kwame Mensah"]]);
  });

  it("takes the one welcomed after a place's name, not a decision welcomed", () => {
    expect(at("President Anna Berg welcomed to State House Prime Minister Olav Lind, who is on a visit to Norway.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("Welcoming the new Ambassador of Japan, Kenji Tanaka, Minister Kwame Mensah said ties were strong.")).toEqual([["Kenji Tanaka", "Kwame Mensah"]]);
    expect(at("President Anna Berg welcomed in Oslo the decision of Prime Minister Olav Lind to reopen the border.")).toEqual([]);
  });

  it("keeps the caller's companion in a courtesy call", () => {
    expect(at("Minister Kwame Mensah, accompanied by Ambassador Peter Otieno, called on President Anna Berg.")).toEqual([["Anna Berg", "Kwame Mensah", "Peter Otieno"]]);
  });

  it("meets no one with a travel companion named after a title no list holds", () => {
    expect(at("Speaker Tajudeen Bello, accompanied by the chair of the diaspora affairs committee Dr. Lomi Bedo, arrived in Accra to take part in the meetings of the ECOWAS Parliament.")).toEqual([]);
    expect(at("Speaker Tajudeen Bello, accompanied by the chair of the diaspora affairs committee Dr. Lomi Bedo, called on President Anna Berg.")).toEqual([["Anna Berg", "Lomi Bedo", "Tajudeen Bello"]]);
  });

  it("leaves out the sender of a message a second cue of the sentence comes after", () => {
    expect(at("Minister Kwame Mensah delivered a message from President Anna Berg to President Olav Lind during a meeting in Oslo.")).toEqual([["Kwame Mensah", "Olav Lind"]]);
  });

  it("leaves out the one a meeting is held on behalf of, the principal represented and the one a message is for", () => {
    expect(at("Prime Minister Kwame Mensah met President Olav Lind in Oslo and invited him on behalf of President Anna Berg to visit Ghana.")).toEqual([["Kwame Mensah", "Olav Lind"]]);
    expect(at("Minister Kwame Mensah received Ambassador Erik Lund on behalf of President Anna Berg.")).toEqual([["Erik Lund", "Kwame Mensah"]]);
    expect(at("On behalf of President Anna Berg, Vice President Erik Lund received Minister Kwame Mensah in Oslo.")).toEqual([["Erik Lund", "Kwame Mensah"]]);
    expect(at("Vice President Erik Lund, representing President Anna Berg, met President Olav Lind in Oslo.")).toEqual([["Erik Lund", "Olav Lind"]]);
    expect(at("Minister Kwame Mensah received Ambassador Erik Lund and handed him a message for Chancellor Anna Berg.")).toEqual([["Erik Lund", "Kwame Mensah"]]);
  });

  it("takes who joined or was on a call as present, and the call as one by phone; 'had spoken with' as a meeting told", () => {
    const one = extract("President Anna Berg spoke with President Olav Lind on Thursday. Vice President Erik Lund also joined the call.", { publishedAt: "2023-05-15", language: "en" }).meetings;
    expect(one.map((m) => m.mode)).toEqual(["phone"]);
    expect(at("President Anna Berg spoke with President Olav Lind on Thursday. Vice President Erik Lund also joined the call.")).toEqual([["Anna Berg", "Erik Lund", "Olav Lind"]]);
    expect(at("Prime Minister Kwame Mensah held a phone call with President Anna Berg. Minister Erik Lund was also on the call.")).toEqual([["Anna Berg", "Erik Lund", "Kwame Mensah"]]);
    expect(at("Prime Minister Kwame Mensah had spoken with President Anna Berg on Thursday.")).toEqual([["Anna Berg", "Kwame Mensah"]]);
    expect(at("Prime Minister Kwame Mensah has spoken about President Anna Berg often.")).toEqual([]);
  });

  it("reads an English possessive: the owner of a meeting noun met the people after it; the possessor of anything else did not take part", () => {
    expect(at("President Anna Berg met Minister Kwame Mensah in Oslo on Sunday, a week after Mensah's call with President Olav Lind.")).toEqual([["Anna Berg", "Kwame Mensah"], ["Kwame Mensah", "Olav Lind"]]);
    expect(at("President Olav Lind's first meeting with President Anna Berg took place in Oslo.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("President Anna Berg hosted Minister Kwame Mensah's wife Ama Owusu for tea.")).toEqual([["Ama Owusu", "Anna Berg"]]);
    expect(at("President Anna Berg met President Olav Lind at Kwame Mensah's residence in Oslo.")).toEqual([["Anna Berg", "Olav Lind"]]);
  });

  it("gives a second verb joined by 'and' the first one's subject, its own people and its own mode; a call in the singular with two is one", () => {
    expect(at("President Anna Berg met Prime Minister Olav Lind on Monday and held talks with Minister Kwame Mensah on Tuesday.")).toEqual([["Anna Berg", "Olav Lind"], ["Anna Berg", "Kwame Mensah"]]);
    expect(at("President Anna Berg received a call from President Olav Lind and spoke with Minister Kwame Mensah.")).toEqual([["Anna Berg", "Olav Lind"], ["Anna Berg", "Kwame Mensah"]]);
    const modes = extract("President Anna Berg received President Olav Lind in Oslo on Monday and later spoke by phone with Minister Kwame Mensah.", { publishedAt: "2023-05-15", language: "en" }).meetings.map((m) => [m.mode, m.location]);
    expect(modes).toEqual([["in_person", "Oslo"], ["phone", null]]);
    expect(at("President Anna Berg held a phone call with President Olav Lind and Minister Kwame Mensah.")).toEqual([["Anna Berg", "Kwame Mensah", "Olav Lind"]]);
    expect(at("President Anna Berg held phone calls with President Olav Lind and Minister Kwame Mensah.")).toEqual([["Anna Berg", "Olav Lind"], ["Anna Berg", "Kwame Mensah"]]);
  });

  it("takes attendees told as 'Also attending were', 'with A and B in attendance', 'were on hand to receive', 'a call that also included'", () => {
    expect(at("President Anna Berg hosted Prime Minister Olav Lind in Oslo. Also attending were Minister Kwame Mensah and Minister Erik Lund.")).toEqual([["Anna Berg", "Erik Lund", "Kwame Mensah", "Olav Lind"]]);
    expect(at("President Anna Berg held talks with Prime Minister Olav Lind in Oslo, with Minister Kwame Mensah and Minister Erik Lund in attendance.")).toEqual([["Anna Berg", "Erik Lund", "Kwame Mensah", "Olav Lind"]]);
    expect(at("President Anna Berg welcomed Prime Minister Olav Lind to State House. Minister Kwame Mensah and Minister Erik Lund were on hand to receive the guest.")).toEqual([["Anna Berg", "Erik Lund", "Kwame Mensah", "Olav Lind"]]);
    expect(at("President Anna Berg spoke by phone with President Olav Lind, in a call that also included Minister Kwame Mensah.")).toEqual([["Anna Berg", "Kwame Mensah", "Olav Lind"]]);
  });

  it("leaves out the sender of a letter handed over whose title and initial are read as references of their own, also after a courtesy call", () => {
    expect(at("Ambassador Erik Lund handed over a letter from Minister S Kwame Mensah to President Anna Berg.")).toEqual([["Anna Berg", "Erik Lund"]]);
    expect(at("Ambassador Erik Lund called on President Anna Berg in Oslo and handed over a letter from Minister S Kwame Mensah.")).toEqual([["Anna Berg", "Erik Lund"]]);
  });

  it("keeps 'and another' calls apart", () => {
    expect(at("President Anna Berg received a phone call from President Olav Lind, and another from Minister Kwame Mensah.")).toEqual([["Anna Berg", "Olav Lind"], ["Anna Berg", "Kwame Mensah"]]);
  });

  it("gives a meeting told by its owner to the one briefed ('briefed Y on the outcome of his talks with Z') to the owner and Z, not Y", () => {
    expect(at("Minister Kwame Mensah briefed President Anna Berg on the outcome of his talks with President Olav Lind.")).toEqual([["Kwame Mensah", "Olav Lind"]]);
    const text = "President Anna Berg received a phone call on Thursday from Minister Kwame Mensah, who briefed her on the outcome of his talks with President Olav Lind.";
    expect(at(text)).toEqual([["Anna Berg", "Kwame Mensah"], ["Kwame Mensah", "Olav Lind"]]);
    expect(extract(text, { publishedAt: "2023-05-15", language: "en" }).meetings.map((m) => m.mode)).toEqual(["phone", "in_person"]);
  });

  it("leaves out whose upcoming visit was discussed; takes a virtual summit as a call; a phone adverb after the counterpart stays the verb's", () => {
    expect(at("President Anna Berg received Ambassador Erik Lund in Oslo, where they discussed the upcoming visit of King Olav Lind to Ghana.")).toEqual([["Anna Berg", "Erik Lund"]]);
    const modes = (text: string) => extract(text, { publishedAt: "2023-05-15", language: "en" }).meetings.map((m) => m.mode);
    expect(modes("President Anna Berg held a virtual summit with President Olav Lind on Monday.")).toEqual(["phone"]);
    expect(modes("Minister Kwame Mensah spoke with his Norwegian counterpart Erik Lund by phone, and later with President Olav Lind.")[0]).toBe("phone");
  });

  it("does not take the destination of a coming visit told after its visitor for a meeting's place", () => {
    const found = extract("Minister Kwame Mensah met Minister Erik Lund in Oslo. They discussed the upcoming visit of President Anna Berg to Accra.", { publishedAt: "2023-05-15", language: "en" }).meetings;
    expect(found.map((m) => m.location)).toEqual(["Oslo"]);
  });

  it("takes the one greetings are exchanged with as the other side of the call", () => {
    expect(at("President Anna Berg exchanged New Year greetings with President Olav Lind by phone.")).toEqual([["Anna Berg", "Olav Lind"]]);
  });

  it("reads the envoys a ceremony's next sentence lists ('They are …', 'Among them were …') as its guests", () => {
    expect(at("President Anna Berg received the credentials of three new ambassadors at the palace on Tuesday. They are Erik Lund of Norway, Luc Martin of France and Kenji Tanaka of Japan.")).toEqual([["Anna Berg", "Erik Lund", "Kenji Tanaka", "Luc Martin"]]);
    expect(at("Minister Kwame Mensah received a courtesy call from twelve new ambassadors on Monday. Among them were Kenji Tanaka of Japan and Erik Lund of Norway.")).toEqual([["Erik Lund", "Kenji Tanaka", "Kwame Mensah"]]);
  });

  it("counts named members of a received delegation as taking part", () => {
    expect(at("Speaker Sahiba Gafarova received a delegation led by Senator Chris Coons. Members of the delegation included Senator Jeanne Shaheen and Senator Roger Wicker.")).toEqual([["Chris Coons", "Jeanne Shaheen", "Roger Wicker", "Sahiba Gafarova"]]);
  });

  it("leaves out a meeting denied or called a rumour before its cue", () => {
    expect(at("The spokesman denied reports of a meeting between President Anna Berg and Prime Minister Olav Lind.")).toEqual([]);
    expect(at("There was no truth to the suggestion of a meeting between President Anna Berg and Prime Minister Olav Lind.")).toEqual([]);
  });

  it("takes a passive visit by a person as a meeting", () => {
    expect(at("Minister Kwame Mensah was visited by the Ambassador of Japan, Kenji Tanaka, at his office.")).toEqual([["Kenji Tanaka", "Kwame Mensah"]]);
  });
});

describe("meetings: attendees joined to the host in a sentence of their own", () => {
  it("adds a person the host or guest 'was joined at the meeting by' to the meeting told before, as no meeting of their own", () => {
    expect(at("Speaker Tajudeen Bello on Tuesday received Ms. Lomi Bedo.\nBello was joined at the meeting by Rep. Oluwole Oke.")).toEqual([["Lomi Bedo", "Oluwole Oke", "Tajudeen Bello"]]);
    expect(at("Speaker Tajudeen Bello on Tuesday received Ms. Lomi Bedo.\nThe Speaker was joined in the talks by Rep. Oluwole Oke.")).toEqual([["Lomi Bedo", "Oluwole Oke", "Tajudeen Bello"]]);
    expect(at("Speaker Tajudeen Bello on Tuesday received Ms. Lomi Bedo.\nMs. Bedo was accompanied at the meeting by Ambassador Kebede Alemu.")).toEqual([["Kebede Alemu", "Lomi Bedo", "Tajudeen Bello"]]);
  });

  it("adds the people 'also attending was' or 'the meeting also included' names, singular or plural", () => {
    expect(at("Governor Ana Torres received Ambassador of Chile Pedro Soto. Also attending was Ambassador of Peru Juan Perez.")).toEqual([["Ana Torres", "Juan Perez", "Pedro Soto"]]);
    expect(at("President Anna Berg met Minister Olav Lind in Oslo. The meeting also included Deputy Minister Erik Lund.")).toEqual([["Anna Berg", "Erik Lund", "Olav Lind"]]);
    // What the talks also covered is no attendee.
    expect(at("President Anna Berg met Minister Olav Lind in Oslo. The talks also included trade and energy.")).toEqual([["Anna Berg", "Olav Lind"]]);
  });

  it("adds the companions of a side told at the end of a long report of the meeting, when the side is the clause's subject", () => {
    const report = "President Kofi Mensah received the outgoing Ambassador of Spain Maria Lopez at the Jubilee House on Monday. Ambassador Lopez thanked President Mensah. She said the relations were strong. She praised the people of Ghana. President Mensah thanked the envoy for her work. The envoy hoped trade would grow.";
    expect(at(`${report} The outgoing Ambassador was accompanied by Mr. Carlos Ruiz and Colonel Pedro Garcia.`)).toEqual([["Carlos Ruiz", "Kofi Mensah", "Maria Lopez", "Pedro Garcia"]]);
    expect(at(`${report} Lopez was accompanied by Mr. Carlos Ruiz.`)).toEqual([["Carlos Ruiz", "Kofi Mensah", "Maria Lopez"]]);
    // Someone else's trip, far from the meeting, adds no one.
    expect(at(`${report} Last year Minister Ama Boateng was accompanied by Mr. Carlos Ruiz on a trip to Madrid.`)).toEqual([["Kofi Mensah", "Maria Lopez"]]);
  });
});

describe("meetings: plural guests named a few sentences after their reception", () => {
  it("takes a list opened by 'among those present were' after words about the occasion as the guests received", () => {
    const call = "Prime Minister Anwar Hamid today received a courtesy call from 12 heads of diplomatic missions who will take up their posts soon. Anwar said he shared with them the priorities of the government. \"Good luck to all of you.\"";
    expect(at(`${call} Among those present were the Ambassador to Japan Ali Hassan; the Ambassador to France Lim Boon Keat and the High Commissioner to Kenya Siti Aminah Yusof. Also present was the Ambassador to Peru Rosli Ahmad.`)).toEqual([["Ali Hassan", "Anwar Hamid", "Lim Boon Keat", "Rosli Ahmad", "Siti Aminah Yusof"]]);
    expect(at("President Joko Susilo received the credentials of four new ambassadors on Monday. Susilo said the ties were strong. Among those present were Ambassador of France Jean Dupont and Ambassador of Chile Pedro Soto.")).toEqual([["Jean Dupont", "Joko Susilo", "Pedro Soto"]]);
    // Someone else named in between: the list may be theirs.
    expect(at("President Joko Susilo received the credentials of four new ambassadors on Monday. Minister Retno Wulan said the ties were strong. Among those present were Ambassador of France Jean Dupont and Ambassador of Chile Pedro Soto.")).toEqual([]);
    // A planned ceremony names no guests received.
    expect(at("President Joko Susilo will receive the credentials of four new ambassadors on Monday. Among those present will be Ambassador of France Jean Dupont.")).toEqual([]);
  });
});

describe("meetings: events of many", () => {
  it("takes no meeting among people who attended or took part in a summit, but keeps a summit held or one with someone", () => {
    expect(at("A delegation from Ghana including Speaker Kofi Mensah and Deputy Speaker Ama Boateng has participated in the summit.")).toEqual([]);
    expect(at("President Anna Berg and Prime Minister Olav Lind attended the EU-Africa summit in Brussels.")).toEqual([]);
    expect(at("President Anna Berg and Prime Minister Olav Lind took part in an emergency summit of EU leaders.")).toEqual([]);
    expect(at("President Anna Berg, who attended the Summit of the Americas, met Prime Minister Olav Lind in Lima.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("President Anna Berg and Prime Minister Olav Lind held a summit in Oslo.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("President Anna Berg attended a summit with Prime Minister Olav Lind.")).toEqual([["Anna Berg", "Olav Lind"]]);
    expect(at("President Anna Berg, Prime Minister Olav Lind and President Kofi Mensah attended the trilateral summit in Accra.")).toEqual([["Anna Berg", "Kofi Mensah", "Olav Lind"]]);
  });
});

describe("meetings: counterparts left unnamed by the talks and named after them", () => {
  it("takes 'X and his Thai counterpart Y' after talks with unnamed counterparts as their meeting", () => {
    expect(at("Foreign Minister Anna Berg had meetings with her Indian and Thai counterparts on the sidelines of the summit in Kazan on Monday.\n\nBerg and her Thai counterpart Maris Sangiampongsa agreed to strengthen collaboration.")).toEqual([["Anna Berg", "Maris Sangiampongsa"]]);
    expect(at("Foreign Minister Anna Berg held talks with her Thai counterpart in Kazan on Monday.\n\nBerg and her Thai counterpart Maris Sangiampongsa agreed to strengthen collaboration.")).toEqual([["Anna Berg", "Maris Sangiampongsa"]]);
    // No counterpart left unnamed before, or the talks are planned, or the person after "and" is no counterpart: no meeting.
    expect(at("Foreign Minister Anna Berg spoke at the forum in Kazan on Monday.\n\nBerg and her Thai counterpart Maris Sangiampongsa agreed to strengthen collaboration.")).toEqual([]);
    expect(at("Foreign Minister Anna Berg will hold talks with her Thai counterpart in Kazan on Monday.\n\nBerg and her Thai counterpart Maris Sangiampongsa have agreed to strengthen collaboration.")).toEqual([]);
    expect(at("Foreign Minister Anna Berg held talks with her Thai counterpart in Kazan on Monday. Berg and Minister Olav Lind agreed to strengthen collaboration.")).toEqual([]);
  });
});

describe("meetings: English welcomes", () => {
  it("takes the one welcomed past honorifics ('welcomed Dr X', 'welcomed the Hon. X') as the guest, not a position", () => {
    expect(at("Governor Ana Torres welcomed Dr Paul Kimani to Nairobi on Monday.")).toEqual([["Ana Torres", "Paul Kimani"]]);
    expect(at("Governor Ana Torres welcomed the Hon. Paul Kimani to the county.")).toEqual([["Ana Torres", "Paul Kimani"]]);
    expect(at("Governor Ana Torres welcomed Mr Paul Kimani's proposal to build a port.")).toEqual([]);
  });
});

describe("persons: names beside titles and places", () => {
  it("finds a titled name after a place word set off by a comma ('At the airport, Prime Minister X')", () => {
    const facts = extract("At the airport, Prime Minister Olav Lind was welcomed by Foreign Minister Anna Berg.", { publishedAt: "2023-05-15", language: "en" });
    expect(facts.persons.map((p) => p.name).sort()).toEqual(["Anna Berg", "Olav Lind"]);
    expect(names(facts)).toEqual([["Anna Berg", "Olav Lind"]]);
  });

  it("reads the name after a title's bracketed department, not the bracketed word", () => {
    expect(at("Minister Kwame Mensah met with Additional Secretary (Africa), Peter Otieno, in Accra.")).toEqual([["Kwame Mensah", "Peter Otieno"]]);
  });

  it("does not read the second half of a hyphenated given name as a known surname", () => {
    const wen = { id: "wen-jiabao", name: "Wen Jiabao", country: "CN", names: ["Wen Jiabao"], shortNames: ["Wen"], offices: [] };
    const withWen = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, wen]) });
    const facts = withWen("Speaker Anna Berg met with President Tsai Ing-wen in Taipei.", { publishedAt: "2023-05-15", language: "en" });
    expect(facts.persons.map((p) => p.key)).not.toContain("wen-jiabao");
    expect(names(facts)).toEqual([["Anna Berg", "Tsai Ing-wen"]]);
  });
});

describe("meetings: attendees, separate calls and called-off meetings (round 11)", () => {
  it("adds the people present 'during the meeting' or 'during the courtesy call' to the meeting told before", () => {
    const call = "President Anna Berg on Monday received the courtesy call of Ambassador Kenji Sato.";
    expect(at(`${call} Also present during the courtesy call were Executive Secretary Ramon Dizon, Trade Secretary Maria Reyes and Governor Peter Otieno.`)).toEqual([["Anna Berg", "Kenji Sato", "Maria Reyes", "Peter Otieno", "Ramon Dizon"]]);
    expect(at("Minister Kwame Mensah received a delegation led by Minister Peter Otieno. Also present during the meeting was Ambassador Olav Lind.")).toEqual([["Kwame Mensah", "Olav Lind", "Peter Otieno"]]);
  });

  it("keeps a call told 'separately' apart from a larger meeting of the same people told after it", () => {
    expect(at("Separately, Minister Kwame Mensah spoke by phone with Minister Peter Otieno. On Sunday, President Anna Berg, Mensah and Otieno had held a video conference.")).toEqual([["Kwame Mensah", "Peter Otieno"], ["Anna Berg", "Kwame Mensah", "Peter Otieno"]]);
  });

  it("takes no meeting from a meeting noun whose sentence says it was called off, cancelled or postponed", () => {
    expect(at("A meeting between Minister Kwame Mensah and President Anna Berg that had been planned for Tuesday was called off.")).toEqual([]);
    expect(at("The talks between Minister Kwame Mensah and Minister Peter Otieno in Accra were postponed because of the storm.")).toEqual([]);
  });
});
