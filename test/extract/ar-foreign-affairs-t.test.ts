import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";

/** Arabic reports of foreign affairs translated from foreign agencies (batch own-ar-t); sentences are written for these tests. */
const extract = createExtractor();
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);

describe("Arabic reports of foreign affairs", () => {
  it("calls a person named family-first or by a given name by the first word of the Arabic name, as the English short name is", () => {
    const xi = extract("استقبل الرئيس الصيني شي جين بينغ في بكين رئيس الوزراء الباكستاني شهباز شريف. وقال شي إن العلاقات بين البلدين راسخة كالجبال.", { publishedAt: "2024-06-07" });
    expect(quotes(xi)).toEqual([["xi-jinping", "العلاقات بين البلدين راسخة كالجبال"]]);
    const anwar = extract("زار رئيس الوزراء الماليزي أنور إبراهيم العاصمة التايلاندية بانكوك. وأكد أنور أن التجارة الثنائية ستتضاعف خلال خمس سنوات.", { publishedAt: "2024-03-10" });
    expect(quotes(anwar)).toEqual([["anwar-ibrahim", "التجارة الثنائية ستتضاعف خلال خمس سنوات"]]);
  });

  it("leaves a first word the Arabic spellings do not agree on (قوه، جوه for Guo) to be the ordinary word it may be", () => {
    const facts = extract("أكد الرئيس الصيني شي جين بينغ أن بلاده ستدافع بقوة عن مصالحها المشروعة.", { publishedAt: "2025-03-01" });
    expect(facts.persons.map((p) => p.key)).toEqual(["xi-jinping"]);
  });

  it("reads the surname of a son named after his father as the word before الابن", () => {
    const facts = extract("التقى الرئيس الروسي فلاديمير بوتين في موسكو رجل الأعمال الأمريكي جيمس هولدن الابن. وقال هولدن إن الاستثمار في روسيا ما زال مجديا.", { publishedAt: "2024-05-02" });
    const holden = facts.persons.find((p) => p.name.includes("هولدن"));
    expect(holden?.mentions.map((m) => m.text)).toContain("هولدن");
    expect(quotes(facts)).toEqual([[holden?.key, "الاستثمار في روسيا ما زال مجديا"]]);
  });
});

describe("Arabic reports of foreign affairs: titles, furniture and verbs around names", () => {
  it("reads the Secretary-General written with لـ after an envoy's title as whom the envoy acts for, not as a person of the article", () => {
    const facts = extract("التقى الممثل الخاص للأمين العام للأمم المتحدة في العراق سليم بركات وزير الخارجية العراقي في بغداد.", { publishedAt: "2023-05-04" });
    expect(facts.persons.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain("لأمين العام للأمم المتحدة");
    expect(facts.persons.find((p) => p.name === "سليم بركات")?.role).not.toBe("Secretary-General");
  });

  it("leaves the headlines listed under a related-stories header out of the article", () => {
    const text = "وزير خارجية البرتغال يزور المغرب\nالرباط - استقبل وزير الخارجية المغربي ناصر بوريطة نظيره البرتغالي في الرباط اليوم.\nأخبار ذات صلة\nبوتين يهنئ أردوغان بفوزه في الانتخابات\n";
    const facts = extract(text, { publishedAt: "2023-05-30" });
    expect(facts.persons.map((p) => p.key)).not.toContain("vladimir-putin");
  });

  it("ends a name at a dual verb, which follows two subjects and is never a name's word", () => {
    const facts = extract("روتو وسليم يبحثان التعاون الزراعي\nنيروبي - استقبل الرئيس الكيني وليام روتو اليوم وزير الزراعة الكيني سليم محمد.", { publishedAt: "2024-02-01" });
    expect(facts.persons.flatMap((p) => p.mentions.map((m) => m.text)).join(" / ")).not.toContain("يبحثان");
  });

  it("reads أكبر (larger) as a name only beside another name word", () => {
    const facts = extract("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني. وقال لافروف إن الخسائر أكبر بكثير مما تعلنه كييف.", { publishedAt: "2023-05-04" });
    expect(facts.persons.map((p) => p.name).join(" / ")).not.toContain("أكبر");
  });

  it("tells the subject's other meeting after a span of time and من with its verbal noun (بعد ساعات من لقائه)", () => {
    const facts = extract("وصل الرئيس الروسي فلاديمير بوتين إلى طهران، حيث التقى الرئيس الإيراني إبراهيم رئيسي، بعد يوم من لقائه الرئيس التركي رجب طيب أردوغان في أنقرة.", { publishedAt: "2022-07-19" });
    expect(facts.meetings.map((m) => m.participants.slice().sort())).toEqual([
      ["ebrahim-raisi", "vladimir-putin"],
      ["recep-tayyip-erdogan", "vladimir-putin"],
    ]);
  });

  it("keeps a meeting noun with no possessive after a span of time (بعد يوم من لقاء X مع Y) as its own owner's", () => {
    const facts = extract("استقبل الرئيس الروسي فلاديمير بوتين في موسكو الرئيس الإيراني إبراهيم رئيسي، بعد أيام من لقاء رئيسي مع الرئيس التركي رجب طيب أردوغان في طهران.", { publishedAt: "2022-07-19" });
    expect(facts.meetings.map((m) => m.participants.slice().sort())).toEqual([
      ["ebrahim-raisi", "vladimir-putin"],
      ["ebrahim-raisi", "recep-tayyip-erdogan"],
    ]);
  });

  it("leaves out of a reception the person whose coming visit it prepared (التحضيرات لزيارة X المرتقبة)", () => {
    const facts = extract("عنوان\nاستقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الإيراني حسين أمير عبد اللهيان في أنقرة، حيث جرى بحث التحضيرات لزيارة الرئيس إبراهيم رئيسي المرتقبة إلى تركيا.", { publishedAt: "2023-11-02" });
    expect(facts.meetings.map((m) => m.participants.slice().sort())).toEqual([["hossein-amir-abdollahian", "recep-tayyip-erdogan"]]);
  });

  it("reads a name after a region's or a monument's noun (ولايتي، نصب) as the place's, not a person", () => {
    const facts = extract("عنوان\nوقال وزير الخارجية الروسي سيرغي لافروف إن المساعدات ستصل إلى ولايتي كارين وكاياه. ووضع لافروف إكليلا عند نصب الجنرال خوسيه مارتي.", { publishedAt: "2023-05-04" });
    expect(facts.persons.map((p) => p.key)).toEqual(["sergey-lavrov"]);
  });
});
