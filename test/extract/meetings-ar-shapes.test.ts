import { describe, expect, it } from "vitest";
import { createExtractor, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer } from "./people.fixture.ts";

const extract = createExtractor({ gazetteer: fixtureGazetteer });
/** The meetings of a text as sorted lists of the participants' names (people outside the gazetteer are named as written). */
const names = (facts: ArticleFacts) => {
  const nameOf = new Map(facts.persons.map((p) => [p.key, p.name]));
  return facts.meetings.map((m) => m.participants.map((key) => nameOf.get(key) ?? key).sort());
};
const at = (text: string) => names(extract(text, { publishedAt: "2023-05-15", language: "ar" }));

describe("meetings: Arabic wire and protocol shapes", () => {
  it("reads the envoys a ceremony's next sentence lists (والسفراء هم، وهم كل من، ويتعلق الأمر بكل من) as its guests", () => {
    expect(at("تسلم الرئيس التونسي قيس سعيد اليوم أوراق اعتماد ثلاثة سفراء جدد. والسفراء هم جون سميث سفير كندا، وماريا لوبيز سفيرة المكسيك، وكينجي تاناكا سفير اليابان.")).toEqual([["قيس سعيد", "جون سميث", "كينجي تاناكا", "ماريا لوبيز"].sort()]);
    expect(at("استقبل رئيس الجمهورية ماكي سال اليوم عددا من السفراء الجدد الذين قدموا أوراق اعتمادهم. وهم كل من السيد بيتر مولر سفير النمسا، والسيد أندريه دوبوا سفير بلجيكا.")).toEqual([["أندريه دوبوا", "بيتر مولر", "ماكي سال"].sort()]);
    expect(at("تسلم الرئيس الغاني جون ماهاما اليوم أوراق اعتماد عدة سفراء. ويتعلق الأمر بكل من سفير السويد السيد لارس أندرسون وسفير فنلندا السيد ميكا كوسكينن.")).toEqual([["جون ماهاما", "لارس أندرسون", "ميكا كوسكينن"].sort()]);
    // A next sentence that names no one, or a reception of one guest, lists no guests.
    expect(at("تسلم رئيس الجمهورية عبد المجيد تبون اليوم أوراق اعتماد عدة سفراء. وهم يمثلون دولا من آسيا وأوروبا.")).toEqual([]);
  });

  it("starts a later cue's clause at an also-word (كما، وكذلك) that opens it: the people before it met at the earlier cue", () => {
    expect(at("استقبل الرئيس اللبناني ميشال عون السفير الصيني وانغ كيجيان، وكذلك استقبل السفيرة الأمريكية دوروثي شيا.")).toEqual([["ميشال عون", "وانغ كيجيان"], ["دوروثي شيا", "ميشال عون"]]);
    expect(at("اجتمع وزير الخارجية البرازيلي ماورو فييرا يوم الجمعة مع وزير خارجية البحرين عبد اللطيف الزياني، كما عقد لقاء يوم الخميس مع وزير الخارجية السعودي فيصل بن فرحان.")).toEqual([["عبد اللطيف الزياني", "ماورو فييرا"], ["فيصل بن فرحان", "ماورو فييرا"]]);
    // A later cue with its own subject after the verb keeps it.
    expect(at("التقى رئيس الوزراء المغربي عزيز أخنوش اليوم وزير الخارجية الفرنسي جان إيف لودريان، كما التقى وزير الخارجية ناصر بوريطة مع نظيره الإسباني خوسيه مانويل ألباريس.")).toEqual([["جان إيف لودريان", "عزيز أخنوش"], ["خوسيه مانويل ألباريس", "ناصر بوريطة"]]);
    // With its counterpart never named, the subject of the later cue is no further guest of the earlier one.
    expect(at("التقى رئيس الوزراء المغربي عزيز أخنوش اليوم وزير الخارجية الفرنسي جان إيف لودريان، كما التقى وزير الخارجية ناصر بوريطة مع نظيره الإسباني.")).toEqual([["جان إيف لودريان", "عزيز أخنوش"]]);
    // A with-word opening the next sentence is no with-phrase of the one met.
    expect(at("Minister Anna Berg met with Erik Lund in Oslo. Subsequently, the minister met with the director of the institute, Luc Martin. With both of them, she discussed trade.")).toEqual([["Anna Berg", "Erik Lund"], ["Anna Berg", "Luc Martin"]]);
    // "and Luc Martin also met": an also-word after the later subject leaves that subject in the later clause.
    expect(at("Minister Anna Berg met Erik Lund in Oslo on Monday, and Luc Martin also met Kenji Tanaka.")).toEqual([["Anna Berg", "Erik Lund"], ["Kenji Tanaka", "Luc Martin"]]);
  });

  it("takes a meeting a person wishes or hopes to hold (رغبته في عقد، أمله في، يتطلع إلى) as no meeting held", () => {
    expect(at("أعلن وزير الخارجية الفنزويلي خورخي أرياسا اليوم عن رغبته في عقد لقاء قمة بين الرئيس نيكولاس مادورو والرئيس الأمريكي دونالد ترامب.")).toEqual([]);
    expect(at("أعرب الرئيس التركي رجب طيب أردوغان عن أمله في عقد اجتماع مع الرئيس السوري بشار الأسد.")).toEqual([]);
    expect(at("قال رئيس الوزراء الإسباني بيدرو سانشيز إنه يتطلع إلى لقاء الرئيس البرازيلي لولا دا سيلفا.")).toEqual([]);
    // A wish told during a meeting held leaves the meeting.
    expect(at("أكد الرئيس المصري عبد الفتاح السيسي خلال لقائه الرئيس الفرنسي إيمانويل ماكرون رغبة مصر في تعزيز العلاقات.")).toEqual([["إيمانويل ماكرون", "عبد الفتاح السيسي"]]);
  });

  it("gives the guests after a possessive meeting noun (خلال استقباله A وB) to its owner, never to a meeting among themselves", () => {
    expect(at("نبه الرئيس السابق ميشال عون إلى خطورة الوضع. وأكد عون، خلال استقباله النائب زياد القادري والسفير الألماني مارتن هوث، ضرورة محاربة الإرهاب.")).toEqual([["زياد القادري", "ميشال عون"], ["مارتن هوث", "ميشال عون"]]);
    // No owner named in the sentence or the one before: the guests met someone unnamed, not one another.
    expect(at("صدر بيان عن الرئاسة. وشدد خلال لقائه السفير الألماني مارتن هوث والسفيرة الأمريكية دوروثي شيا على أهمية الإصلاحات.")).toEqual([]);
    // The owner named before the noun, as before.
    expect(at("وأكد رئيس الوزراء اللبناني نجيب ميقاتي خلال استقباله السفيرة الأمريكية دوروثي شيا أن لبنان ملتزم بالقرار.")).toEqual([["دوروثي شيا", "نجيب ميقاتي"]]);
  });

  it("takes the people a relative pronoun stands for (الذي، اللذين) as the subject of the cue right after it, not the people named before them", () => {
    expect(at("قالت المتحدثة إن الرئيس الأمريكي دونالد ترامب غير قلق من العلاقات بين الرئيس الروسي فلاديمير بوتين والرئيس الفنزويلي نيكولاس مادورو، اللذين أجريا اتصالا هاتفيا أمس.")).toEqual([["Vladimir Putin", "نيكولاس مادورو"]]);
    expect(at("أشاد الرئيس الفرنسي إيمانويل ماكرون بوزير الخارجية الأردني أيمن الصفدي الذي التقى أمس وزير الخارجية الإسرائيلي يائير لابيد.")).toEqual([["أيمن الصفدي", "يائير لابيد"]]);
    // A later cue whose relative clause points back with an object pronoun keeps both sides.
    expect(at("التقى وزير الخارجية الأردني أيمن الصفدي مع الرئيس السوري بشار الأسد الذي استقبله في قصر الشعب بدمشق.")).toEqual([["أيمن الصفدي", "بشار الأسد"]]);
  });
});
