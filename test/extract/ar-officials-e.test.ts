import { describe, expect, it } from "vitest";
import { createExtractor, toEvalRecord } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Little-known Arabic officials (governors, committee chairs, envoys) as wire copy names them. Sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const run = (text: string) => toEvalRecord("test", extract(text, { publishedAt: "2023-03-07" }));
const names = (text: string) => run(text).persons.map((p) => p.name).sort();

describe("family names of two or three words with the article", () => {
  it("reads a name on past its first family name with the article to a second one", () => {
    expect(names("استقبل النائب خالد يوسف المطيري العتيبي رئيس لجنة الميزانية اليوم سفير اليونان نيكوس باباس.")).toEqual(["خالد يوسف المطيري العتيبي", "نيكوس باباس"].sort());
    expect(names("وأكد السيد عمر الفاسي الفهري أن الحوار مستمر.")).toEqual(["عمر الفاسي الفهري"]);
    expect(names("واستقبل الشيخ سالم العلي الجابر الصباح أمس وفدا تجاريا.")).toEqual(["سالم العلي الجابر الصباح"]);
  });

  it("stops at a title, a weekday or a nationality word with the article after the name", () => {
    expect(names("وقال نبيل القاسمي الأمين العام للمجلس إن الدورة المقبلة ستعقد في مارس.")).toEqual(["نبيل القاسمي"]);
    expect(names("والتقى السفير مراد الحسيني الخميس عددا من المسؤولين.")).toEqual(["مراد الحسيني"]);
  });
});

describe("compound given names opened by عبد", () => {
  it("keeps a title word after عبد as the compound's second half (عبد الأمير), not an emir's title", () => {
    const record = run("استقبل محافظ النجف كاظم عبد الأمير الزبيدي اليوم القنصل الهندي راهول شارما.");
    expect(record.persons.map((p) => p.name).sort()).toEqual(["راهول شارما", "كاظم عبد الأمير الزبيدي"].sort());
    expect(record.meetings.map((m) => [...m.participants].sort())).toEqual([["راهول شارما", "كاظم عبد الأمير الزبيدي"].sort()]);
  });

  it("reads أسعد as a given name before a name word, and no name in «أسعد» the adjective", () => {
    expect(names("وقال أسعد عبد الحسين الكعبي إن المشروع سينجز قريبا.")).toEqual(["أسعد عبد الحسين الكعبي"]);
    expect(names("وقال المدير إن هذا الحل أسعد للجميع.")).toEqual([]);
  });
});

describe("the principal of an envoy named with a title of its own", () => {
  it("leaves out the leader an envoy speaks for when the envoy word is the received guest's second title", () => {
    const { meetings } = run("استقبل وزير الدولة للشؤون الخارجية ماهر الدباغ أمس إبراهيم واني مستشار رئيس جمهورية أوغندا والمبعوث الخاص للرئيس يوري موسيفيني.");
    expect(meetings.map((m) => [...m.participants].sort())).toEqual([["إبراهيم واني", "ماهر الدباغ"].sort()]);
  });

});

describe("a further credentials copy told as a separate meeting", () => {
  const lead = "تسلم وكيل وزارة الخارجية سامي الحربي اليوم نسخة من أوراق اعتماد سفير جمهورية غانا المعين جون مينسا.";
  it("gives the further copy its own meeting when the text calls it separate", () => {
    const { meetings } = run(`${lead}\nكما تسلم الوكيل نسخة من أوراق اعتماد سفير جمهورية تشيلي المعين ماتياس روخاس في لقاء منفصل.`);
    expect(meetings.map((m) => [...m.participants].sort())).toEqual([["جون مينسا", "سامي الحربي"].sort(), ["ماتياس روخاس", "سامي الحربي"].sort()]);
  });

  it("still takes a further copy told with no word of separateness as more guests of the same occasion", () => {
    const { meetings } = run(`${lead}\nكما تسلم نسخة من أوراق اعتماد سفير جمهورية تشيلي المعين ماتياس روخاس.`);
    expect(meetings.map((m) => [...m.participants].sort())).toEqual([["جون مينسا", "ماتياس روخاس", "سامي الحربي"].sort()]);
  });
});


describe("a host's title set off by commas before the guest's name", () => {
  it("gives the guest the title written right after their name (X، TITLE، Y TITLE2)", () => {
    const persons = run("استقبل معالي سالم الحربي، وزير الدولة للشؤون الخارجية، سعادة ماتياس روخاس سفير جمهورية تشيلي لدى الدولة.").persons;
    const guest = persons.find((p) => p.name === "ماتياس روخاس");
    expect([guest?.country, guest?.role]).toEqual(["CL", "Ambassador"]);
  });
});

describe("headlines listed under a related-news heading after the body", () => {
  const body = "استقبل وزير الخارجية سالم الحربي اليوم سفير غانا جون مينسا.";
  it("takes no country or person from the listed headlines", () => {
    const record = run(`${body}\nأخبار ذات صلة\nوزير الخارجية يستقبل سفير جمهورية البيرو\nاقرأ أيضا: الحربي يلتقي نظيره الياباني`);
    expect(record.countries).toEqual(["GH"]);
    const alsoRead = run(`${body}\nاقرأ أيضا:\nرئيس الوزراء يتلقى اتصالا من نظيره الكيني`);
    expect(alsoRead.countries).toEqual(["GH"]);
  });

  it("reads running text again after the list", () => {
    const record = run(`${body}\nاقرأ أيضا\nوزير الخارجية يستقبل سفير البيرو\nوأكد الحربي أن العلاقات مع كينيا متينة.`);
    expect(record.countries).toEqual(["GH", "KE"]);
  });
});

describe("South Sudanese as one adjective", () => {
  it("reads «الجنوب سوداني» as South Sudan, not Sudan", () => {
    expect(run("وقال المبعوث الجنوب سوداني إن المفاوضات مستمرة.").countries).toEqual(["SS"]);
  });
});

describe("speakers of upper houses and common given names of officials", () => {
  it("reads «رئيس مجلس المستشارين» and «رئيس مجلس الشيوخ» as whole titles, so a headline verb after them is no name", () => {
    const record = run("رئيس مجلس الشيوخ يتباحث مع سفير البرازيل\nأجرى رئيس مجلس الشيوخ، السيد كمال الودغيري، اليوم مباحثات مع السفير جواو ألفيس.");
    expect(record.persons.map((p) => [p.name, p.role]).sort()).toEqual([["جواو ألفيس", "Ambassador"], ["كمال الودغيري", "Speaker of Parliament"]]);
  });

  it("reads an attendee named with شفيق after an unlisted department title", () => {
    const { meetings } = run("استقبل وزير الخارجية سالم الحربي السفير جون مينسا.\nحضر اللقاء مدير إدارة أفريقيا في الوزارة شفيق العلوان.");
    expect(meetings.map((m) => [...m.participants].sort())).toEqual([["جون مينسا", "سالم الحربي", "شفيق العلوان"].sort()]);
  });
});
