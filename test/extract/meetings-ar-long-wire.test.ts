import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Meeting shapes of long Arabic wire reports that tell a visitor's round of calls; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const opts = { publishedAt: "2022-05-10" };
const pairs = (facts: ArticleFacts) => facts.meetings.map((m) => m.participants.map((key) => facts.persons.find((p) => p.key === key)?.name ?? key).sort());

describe("Arabic visitor's round of meetings", () => {
  it("gives a meeting after «ثم انتقل إلى … حيث التقى» to the visitor, not to the host he met before", () => {
    const facts = extract("عمان - التقى وزير الخارجية الروسي سيرغي لافروف رئيس الوزراء الأردني سامر الخصاونة في دار الرئاسة، ثم توجه إلى مجلس الأعيان، حيث التقى رئيس المجلس فيصل الفايز.", opts);
    expect(pairs(facts)).toEqual([
      ["Sergey Lavrov", "سامر الخصاونة"],
      ["Sergey Lavrov", "فيصل الفايز"],
    ]);
  });

  it("reads «قبل أن يزور X» as the visitor's next call on X, and «الأخير» after it as the guest of the meeting before", () => {
    const visitor = extract("عمان - التقى وزير الخارجية الروسي سيرغي لافروف رئيس الوزراء الأردني سامر الخصاونة، قبل أن يزور رئيس مجلس الأعيان فيصل الفايز في مكتبه.", opts);
    expect(pairs(visitor)).toEqual([
      ["Sergey Lavrov", "سامر الخصاونة"],
      ["Sergey Lavrov", "فيصل الفايز"],
    ]);
    const latter = extract("عمان - استقبل رئيس الوزراء الأردني سامر الخصاونة وزير الخارجية الروسي سيرغي لافروف، قبل أن يزور الأخير رئيس مجلس الأعيان فيصل الفايز في مكتبه.", opts);
    expect(pairs(latter)).toEqual([
      ["Sergey Lavrov", "سامر الخصاونة"],
      ["Sergey Lavrov", "فيصل الفايز"],
    ]);
  });

  it("leaves out the one a handed message is addressed to when the verb's pronoun is who received it («وسلمه رسالة من X إلى Y»)", () => {
    const facts = extract("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في طهران، وسلمه رسالة من الرئيس فلاديمير بوتين إلى الرئيس حسن روحاني.", opts);
    expect(pairs(facts)).toEqual([["Mohammad Javad Zarif", "Sergey Lavrov"]]);
    // Handed over with no pronoun, the one it is addressed to is who received it.
    const handed = extract("سلم وزير الخارجية الروسي سيرغي لافروف رسالة من الرئيس فلاديمير بوتين إلى الرئيس حسن روحاني خلال استقباله في طهران.", opts);
    expect(pairs(handed)).toEqual([["Sergey Lavrov", "حسن روحاني"]]);
  });

  it("leaves out the principal of an attendee who is «الممثل الخاص للرئيس …», but keeps an attendee named right after that title", () => {
    const envoy = extract("أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الإيراني محمد جواد ظريف. وحضر المحادثات نائب الوزير يوري كوزلوف، الممثل الخاص للرئيس الروسي لشؤون آسيا. وكان الرئيس الروسي فلاديمير بوتين قد هنأ ظريف بمنصبه.", opts);
    expect(pairs(envoy)).toEqual([["Mohammad Javad Zarif", "Sergey Lavrov", "يوري كوزلوف"]]);
    const own = extract("أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الإيراني محمد جواد ظريف. وحضر المحادثات الممثل الخاص يوري كوزلوف.", opts);
    expect(pairs(own)).toEqual([["Mohammad Javad Zarif", "Sergey Lavrov", "يوري كوزلوف"]]);
  });
});
