/**
 * Persian articles rich in people (round 11, own-fa-p): names written with the joiner typed as a space, place names made
 * of a person's name, compound nouns after a given name. Every sentence is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

const persons = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const speakers = (facts: ArticleFacts) => facts.quotes.map((q) => q.speaker?.replace(/^name:/, ""));

describe("Persian names with a divine name written apart", () => {
  it("reads a listed X‌الله written with a space (حشمت الله) as the same given name", () => {
    const facts = extractArticle("حشمت الله رستمی نماینده مردم کرمانشاه در دیدار با سفیر اتریش گفت که مجلس از گسترش روابط حمایت می‌کند.");
    expect(persons(facts)).toContain("حشمت الله رستمی");
    expect(speakers(facts)).toEqual(["حشمت الله رستمی"]);
  });

  it("reads a listed given name followed by الله (حجت الله، روح الله) as one given name", () => {
    expect(persons(extractArticle("حجت الله کاظمی سفیر جدید کشورمان در اوگاندا گفت که تجارت دو کشور رشد کرده است."))).toContain("حجت الله کاظمی");
    expect(persons(extractArticle("روح الله نیک‌پور معاون استاندار گفت که مرزها امن است."))).toContain("روح الله نیک‌پور");
  });
});

describe("Persian places named after a person", () => {
  it("makes no person of a given name and a famous surname after a place word and its qualifier", () => {
    const facts = extractArticle("وزیر خارجه اتریش که شامگاه دوشنبه وارد فرودگاه بین‌المللی رفیق حریری شد، با نبیه بری دیدار کرد.");
    expect(persons(facts)).not.toContain("رفیق حریری");
    expect(persons(facts)).not.toContain("Saad Hariri");
    expect(persons(extractArticle("هیئت عراقی در فرودگاه بین المللی رفیق حریری مورد استقبال قرار گرفت."))).toEqual([]);
  });

  it("still reads the famous person named in full and a person of that surname named elsewhere", () => {
    expect(persons(extractArticle("سعد حریری نخست وزیر لبنان گفت که دولت جدید به زودی تشکیل می‌شود."))).toContain("Saad Hariri");
  });
});

describe("Persian compound nouns after a given name", () => {
  it("makes no person of a given name and the second half of a compound noun (ایمن سازی، سرمایه گذاری)", () => {
    expect(persons(extractArticle("وی بر لزوم ایمن سازی مسیرهای کشتیرانی در خلیج فارس تأکید کرد."))).toEqual([]);
    const facts = extractArticle("رئیس کل بانک مرکزی، ایمن سازی شبکه بانکی را شرط همکاری دانست.");
    expect(persons(facts)).not.toContain("ایمن سازی");
  });

  it("keeps a surname in ی after a given name", () => {
    expect(persons(extractArticle("ایمن ملکی سفیر اردن گفت که روابط دو کشور خوب است."))).toContain("ایمن ملکی");
  });
});

describe("Persian meetings of people with long titles", () => {
  it("keeps the attendee list going over a constituency of several places set off by commas", () => {
    const facts = extractArticle(
      "علی لاریجانی رئیس مجلس با ولادیمیر آندریچنکو رئیس مجلس بلاروس دیدار کرد. در این دیدار، محمود صادقی نماینده مردم تهران، ری، شمیرانات و پردیس و احمد امیرآبادی نماینده مردم قم نیز حضور داشتند.",
    );
    expect(facts.meetings).toHaveLength(1);
    const present = facts.meetings[0].participants.map((key) => facts.persons.find((p) => p.key === key)?.name ?? key);
    expect(present).toEqual(expect.arrayContaining(["محمود صادقی", "احمد امیرآبادی"]));
    expect(present).toHaveLength(4);
  });

  it("reads 'معاون اجرایی/پارلمانی رئیس‌جمهور' as one title, not the president's", () => {
    const facts = extractArticle("وزیر خارجه اتریش با خانم ماریا گومز معاون اجرایی رئیس‌جمهور پرو دیدار کرد. سفر پدرو کاستیو رئیس‌جمهور پرو به وین نیز بررسی شد.");
    const gomez = facts.persons.find((p) => p.name === "ماریا گومز");
    expect(gomez?.mentions.map((m) => m.text)).toContain("معاون اجرایی رئیس‌جمهور پرو");
    expect(facts.persons.find((p) => p.name === "پدرو کاستیو")?.mentions.map((m) => m.text)).not.toContain("معاون اجرایی رئیس‌جمهور پرو");
  });
});
