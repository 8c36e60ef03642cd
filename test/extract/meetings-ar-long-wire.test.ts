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
});
