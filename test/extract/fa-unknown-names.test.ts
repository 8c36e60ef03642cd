import { describe, expect, it } from "vitest";
import { extractArticle, type ArticleFacts } from "../../src/extract/index.ts";

const persons = (facts: ArticleFacts) => facts.persons.map((p) => p.name);
const meetings = (facts: ArticleFacts) => facts.meetings.map((m) => [...m.participants].sort());
const person = (facts: ArticleFacts, name: string) => facts.persons.find((p) => p.name === name);

describe("Persian names of people no gazetteer knows", () => {
  it("keeps an unlisted given name before a gazetteer surname as another person (not Shimon Peres, not Katsuya Okada)", () => {
    const peres = extractArticle("لوسیندا پرز، معاون وزیر امور خارجه شیلی با مجید تخت روانچی دیدار کرد.");
    expect(persons(peres)).toContain("لوسیندا پرز");
    expect(persons(peres)).not.toContain("Shimon Peres");
    expect(person(peres, "لوسیندا پرز")?.country).toBe("CL");
    const okada = extractArticle("در این نشست، با هیروشیگه اوکادا، سفیر ژاپن در تهران درباره همکاری‌های اقتصادی گفتگو شد.");
    expect(persons(okada)).toContain("هیروشیگه اوکادا");
    expect(persons(okada)).not.toContain("Katsuya Okada");
  });

  it("gives a name set off by a comma after one title, with a title of its own right after it, to its own title", () => {
    const facts = extractArticle("معاون وزیر امور خارجه، ماریا پرز سفیر جدید کوبا را به حضور پذیرفت.");
    expect(facts.persons.map((p) => [p.name, p.role, p.country])).toEqual([["ماریا پرز", "Ambassador", "CU"]]);
    const apposed = extractArticle("سفیر ایران در ژاپن، کاظم جلالی گفت: روابط دو کشور رو به گسترش است.");
    expect(apposed.persons.map((p) => [p.name, p.role])).toEqual([["کاظم جلالی", "Ambassador"]]);
  });

  it("reads a gazetteer surname written as the first word of another name as that person's given name", () => {
    const facts = extractArticle("اوکتای محمدلی، سفیر جمهوری آذربایجان در تهران با کاظم غریب‌آبادی دیدار کرد.");
    expect(persons(facts)).toContain("اوکتای محمدلی");
    expect(persons(facts)).not.toContain("Fuat Oktay");
  });

  it("leaves a gazetteer surname alone after a noun that owns it, with only a comma after (کمپین ترامپ، …)", () => {
    const facts = extractArticle("کمپین ترامپ، در ایالت اوهایو تبلیغات تازه‌ای آغاز کرد.");
    expect(persons(facts)).toEqual(["Donald Trump"]);
  });

  it("leaves a gazetteer surname alone when the word before it is no name (a verb, a title)", () => {
    const facts = extractArticle("شیمون پرز در سال ۲۰۰۷ رئیس جمهور شد. پرز گفت که صلح ممکن است.");
    expect(persons(facts)).toEqual(["Shimon Peres"]);
  });

  it("takes a surname that is also an ordinary word when a given name opens it and the title closes it", () => {
    const year = extractArticle("عثمان سال، سفیر سنگال در تهران با کاظم غریب‌آبادی دیدار کرد.");
    expect(persons(year)).toContain("عثمان سال");
    expect(meetings(year)).toHaveLength(1);
    const noComma = extractArticle("داوود منظور سفیر پاکستان در کابل با وزیر خارجه افغانستان دیدار کرد.");
    expect(persons(noComma)).toContain("داوود منظور");
    const chinese = extractArticle("وانگ وی، سفیر چین در تهران با کاظم غریب‌آبادی دیدار کرد.");
    expect(persons(chinese)).toContain("وانگ وی");
  });

  it("does not read an ordinary word after a given name as a surname without the fences", () => {
    const facts = extractArticle("سفیر سنگال گفت که عثمان سال گذشته به تهران سفر کرده بود.");
    expect(persons(facts)).not.toContain("عثمان سال");
  });

  it("knows given names that open with the letters of the Arabic article (الچین) and other unlisted ones", () => {
    const facts = extractArticle("الچین امیربیگوف، معاون وزیر خارجه جمهوری آذربایجان با علی باقری کنی دیدار کرد.");
    expect(persons(facts)).toContain("الچین امیربیگوف");
    expect(meetings(facts)).toHaveLength(1);
    const iraq = extractArticle("فالح الزیادی، سفیر عراق در تهران با کاظم غریب‌آبادی دیدار کرد.");
    expect(persons(iraq)).toContain("فالح الزیادی");
  });

  it("keeps the remit of a director-general in the title and takes the name after the comma", () => {
    const facts = extractArticle("مدیرکل آمریکای شمالی وزارت امور خارجه، رضا زبیب با کاظم غریب‌آبادی دیدار کرد.");
    expect(persons(facts)).toContain("رضا زبیب");
    expect(persons(facts).some((n) => n.includes("آمریکای"))).toBe(false);
    expect(person(facts, "رضا زبیب")?.role).toBe("Director General");
  });

  it("finds Ashraf Ghani by a title and his surname, but not the adjective غنی (rich)", () => {
    const titled = extractArticle("رئیس جمهور غنی در کابل با محمدجواد ظریف دیدار کرد.");
    expect(persons(titled)).toContain("Ashraf Ghani");
    expect(meetings(titled)).toEqual([["ashraf-ghani", "mohammad-javad-zarif"]]);
    const adjective = extractArticle("افغانستان تاریخی غنی دارد و ظریف این را در کابل گفت.");
    expect(persons(adjective)).not.toContain("Ashraf Ghani");
  });

  it("keeps a remit in letters unlike a name's (حقوقی) in the director-general's title", () => {
    const facts = extractArticle("مدیرکل حقوقی وزارت خارجه، مهرداد صالحی با سفیر هلند در تهران، یوهان ون‌دام دیدار کرد.");
    expect(person(facts, "مهرداد صالحی")?.role).toBe("Director General");
    expect(meetings(facts)).toHaveLength(1);
  });
});

describe("Persian names whose first word is a place or an ordinary word", () => {
  it("reads a capital's name as a given name before another name word beside a title (بغداد …), not the city after در", () => {
    const met = extractArticle("وزیر خارجه قزاقستان با بغداد امریف دبیرکل سازمان کشورهای ترک زبان دیدار کرد.");
    expect(persons(met)).toEqual(["بغداد امریف"]);
    const opening = extractArticle("بغداد امریف دبیرکل سازمان کشورهای ترک زبان در آستانه گفت که نشست آینده در باکو برگزار می شود.");
    expect(persons(opening)).toEqual(["بغداد امریف"]);
    const city = extractArticle("سفیر ایران در بغداد محمد کاظم آل صادق با وزیر خارجه عراق دیدار کرد.");
    expect(persons(city)).toEqual(["محمد کاظم آل صادق"]);
    expect(persons(extractArticle("نماینده سازمان ملل در بغداد رئیس هیئت را پذیرفت."))).toEqual([]);
  });

  it("reads a given name listed in two words whose first is an ordinary word (خیر محمد) with a surname that is one too", () => {
    const met = extractArticle("وزیر خارجه ایران با خیر محمد نیرو سرپرست وزارت خارجه افغانستان دیدار کرد.");
    expect(persons(met)).toEqual(["خیر محمد نیرو"]);
    expect(person(met, "خیر محمد نیرو")?.country).toBe("AF");
    const apposed = extractArticle("سفیر افغانستان، خیر محمد نیرو، با وزیر خارجه ایران دیدار کرد.");
    expect(persons(apposed)).toEqual(["خیر محمد نیرو"]);
    const speaking = extractArticle("خیر محمد نیرو سفیر افغانستان در تهران گفت که روابط دو کشور گسترش می یابد.");
    expect(persons(speaking)).toEqual(["خیر محمد نیرو"]);
    // The word alone, set off by a comma, is the answer "no".
    expect(persons(extractArticle("خیر محمد، این خبر درست نیست."))).toEqual([]);
    expect(persons(extractArticle("وی گفت: خیر، محمد رضایی در جلسه حضور نداشت."))).toEqual(["محمد رضایی"]);
  });
});

describe("Arabic names of people no gazetteer knows", () => {
  it("reads a listed given name that looks like a conjunction on a plural verb (فرانسوا) as a name", () => {
    const facts = extractArticle("التقى وزير الخارجية سامح شكري بالسفير البلجيكي فرانسوا دوبوا في القاهرة.");
    expect(persons(facts)).toContain("فرانسوا دوبوا");
    expect(meetings(facts)).toHaveLength(1);
    expect(extractArticle("وأكدوا أن المحادثات كانت مثمرة.").persons).toEqual([]);
  });

  it("reads a Persian word with a plural ending written onto it as a common noun, not a name after a title", () => {
    expect(persons(extractArticle("در این دیدار، سفیر کبیر جمهوری فرانسه بر پیوندهای تاریخی، فرهنگی و اقتصادی دو کشور تاکید کرد."))).toEqual([]);
    expect(persons(extractArticle("معاون وزیر خارجه هند بر گفتگوهای سازنده، تاکید کرد."))).toEqual([]);
    expect(persons(extractArticle("سفیر ایران، طاها شریفی با وزیر دیدار کرد."))).toEqual(["طاها شریفی"]);
    expect(persons(extractArticle("سفیر ایتالیا، جووانی پاپاها با وزیر دیدار کرد."))).toContain("جووانی پاپاها");
  });
});
