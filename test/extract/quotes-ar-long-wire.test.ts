import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

/** Arabic quote shapes of long wire reports that mix several events; sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);
const opts = { publishedAt: "2022-05-10" };

describe("Arabic long wire-report quote shapes", () => {
  it("ends a reported clause before a comma and «معلنا أن», which opens a second statement of the same speaker", () => {
    const s = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار بين الأطراف الليبية، معلنا أن بلاده ستعيد فتح قنصليتها في بنغازي.";
    expect(quotes(extract(s, opts))).toEqual([
      ["sergey-lavrov", "موسكو تدعم الحوار بين الأطراف الليبية"],
      ["sergey-lavrov", "بلاده ستعيد فتح قنصليتها في بنغازي"],
    ]);
  });

  it("gives a subject closed by «نفسه» or «ذاته» (the same official, the same spokesman) to the last speaker", () => {
    const lead = "قال وزير الخارجية الروسي سيرغي لافروف إن المفاوضات مستمرة. ";
    expect(quotes(extract(lead + "وأضاف المتحدث نفسه أن الجولة المقبلة ستعقد في جنيف.", opts))[1]).toEqual(["sergey-lavrov", "الجولة المقبلة ستعقد في جنيف"]);
    expect(quotes(extract(lead + "وأوضح المسؤول الحكومي ذاته أن الوفد سيضم خبراء في الطاقة.", opts))[1]).toEqual(["sergey-lavrov", "الوفد سيضم خبراء في الطاقة"]);
    // Without "the same", a spokesman of a named body is someone else, unnamed.
    expect(quotes(extract(lead + "وأضاف المتحدث باسم الرئاسة أن الجولة المقبلة ستعقد في جنيف.", opts))).toHaveLength(1);
  });
});
