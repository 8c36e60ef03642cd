import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

const speakers = (facts: ArticleFacts) => facts.quotes.map((q) => q.speaker);

describe("Persian envoys posted to international bodies", () => {
  it("keeps an envoy's post at an international body in the title, so the name set off after it is the holder's", () => {
    const facts = extractArticle("نماینده دائم پرو در سازمان ملل، خوانا ریواس، گفت که صلح تنها راه است.");
    expect(facts.quotes.map((q) => [q.speaker, q.span.text])).toEqual([["name:خوانا ریواس", "صلح تنها راه است"]]);
    const envoy = facts.persons.find((p) => p.name === "خوانا ریواس");
    expect(envoy?.country).toBe("PE");
    expect(envoy?.mentions.map((m) => m.text)).toContain("نماینده دائم پرو در سازمان ملل");
    const ambassador = extractArticle("سفیر بولیوی در آژانس بین‌المللی انرژی اتمی، رامون تیکونا، تاکید کرد که بازرسی‌ها باید بی‌طرف باشد.");
    expect(speakers(ambassador)).toEqual(["name:رامون تیکونا"]);
  });
});

describe("A plural subject opening the second clause of a Persian sentence", () => {
  it("gives no speaker to 'دو طرف' after a meeting told in the first clause", () => {
    const facts = extractArticle("کیوان صابری معاون وزیر نیرو با پائولو مندس سفیر پرتغال دیدار کرد و دو طرف بر توسعه همکاری‌های آبی تاکید کردند.");
    expect(facts.meetings).toHaveLength(1);
    expect(facts.quotes).toEqual([]);
  });

  it("keeps the first clause's subject for a statement after a topic framing that names two countries", () => {
    const facts = extractArticle("کیوان صابری معاون وزیر نیرو با پائولو مندس سفیر پرتغال دیدار کرد و با اشاره به روابط دو کشور، توسعه همکاری‌ها را ضروری خواند.");
    expect(speakers(facts)).toEqual(["name:کیوان صابری"]);
  });
});
