import { describe, expect, it } from "vitest";
import { createExtractor, extractArticle, Gazetteer, type ArticleFacts } from "../../src/extract/index.ts";
import { fixtureGazetteer, fixturePeople } from "./people.fixture.ts";

/** Quote constructions of Arabic and Persian wire copy (round 3); sentences are written for these tests. */
const extract = createExtractor({ gazetteer: fixtureGazetteer });
const quotes = (facts: ArticleFacts) => facts.quotes.map((q) => [q.speaker, q.span.text]);

describe("Arabic verbs of manner between an implied subject and the content", () => {
  it("gives 'وتابع قائلا', 'واستطرد بالقول', 'وأضافت قائلة' to the last speaker", () => {
    const text = "وقال لافروف إن الحوار مع واشنطن مستمر.\nوتابع قائلا: \"لن نتخلى عن شركائنا في المنطقة\".\nواستطرد بالقول إن الاقتصاد العالمي يحتاج إلى قواعد عادلة.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "الحوار مع واشنطن مستمر"],
      ["sergey-lavrov", "لن نتخلى عن شركائنا في المنطقة"],
      ["sergey-lavrov", "الاقتصاد العالمي يحتاج إلى قواعد عادلة"],
    ]);
    const again = "صرح كيري بأن المفاوضات صعبة.\nوأضاف قائلا إن الطرفين قريبان من اتفاق نهائي.";
    expect(quotes(extract(again))).toEqual([
      ["john-kerry", "المفاوضات صعبة"],
      ["john-kerry", "الطرفين قريبان من اتفاق نهائي"],
    ]);
  });

  it("still reads an outlet after the verb as its subject, speaking for nobody", () => {
    const text = "وقال لافروف إن الحوار مستمر.\nوتابعت الوكالة أن الاجتماع المقبل تأجل إلى الشهر القادم.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "الحوار مستمر"]]);
  });
});

describe("Arabic praise verbs with a complementizer", () => {
  it("reads 'نوه X بأن' as a reported clause, not praise of 'أن …'", () => {
    expect(quotes(extract("ونوه لافروف بأن التعاون بين البلدين يتطور بسرعة."))).toEqual([["sergey-lavrov", "التعاون بين البلدين يتطور بسرعة"]]);
    expect(quotes(extract("ونوهت الخارجية بأن الزيارة ناجحة، ونوه كيري بأنه متفائل بنتائج المحادثات."))).toEqual([["john-kerry", "متفائل بنتائج المحادثات"]]);
  });

  it("keeps the praised noun phrase after 'نوه X بـ'", () => {
    expect(quotes(extract("ونوه لافروف بجهود الوساطة العربية في المنطقة.")).map((q) => q[1])).toEqual(["جهود الوساطة العربية في المنطقة"]);
  });
});

describe("Arabic speech verbs inside a reported clause", () => {
  it("keeps a clause whose own subject opens it before a speech verb (إن بلاده ترحب بـ …) whole, as the outer speaker's", () => {
    const said = (text: string) => extract(text).quotes.map((q) => [q.speaker, q.span.text]);
    expect(said("التقى ظريف لافروف.\nوقال ظريف إن بلاده ترحب بالمبادرة الروسية.")).toEqual([["mohammad-javad-zarif", "بلاده ترحب بالمبادرة الروسية"]]);
    expect(said("التقى ظريف لافروف.\nوقال ظريف إن طهران تؤكد دعمها للحل السياسي.")).toEqual([["mohammad-javad-zarif", "طهران تؤكد دعمها للحل السياسي"]]);
  });

  it("does not fold into an unnamed speaker's words a verb whose subject is a title standing for someone", () => {
    const lead = "استقبل وزير الخارجية الغاني كوامي أسانتي نظيره التشيكي يان نوفاك في أكرا.\n";
    const texts = extractArticle(`${lead}وقال المتحدث إن الوزير أكد أن العلاقات متينة.`).quotes.map((q) => q.span.text);
    expect(texts).not.toContain("الوزير أكد أن العلاقات متينة");
  });
});

describe("Arabic honorific pronouns as subjects", () => {
  it("gives 'وأكد سيادته', 'وقال معاليه', 'كما أكد سموه' to the last speaker", () => {
    const text = "وقال لافروف إن روسيا تدعم الحوار.\nوأكد سيادته أن الاتصالات مع الشركاء مستمرة.\nوقال معاليه إن الأزمة لا تحل بالقوة.\nكما أكد سموه حرص بلاده على توسيع التعاون التجاري.";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "روسيا تدعم الحوار"],
      ["sergey-lavrov", "الاتصالات مع الشركاء مستمرة"],
      ["sergey-lavrov", "الأزمة لا تحل بالقوة"],
      ["sergey-lavrov", "حرص بلاده على توسيع التعاون التجاري"],
    ]);
  });

  it("gives 'أكد جلالته' to the king who spoke last", () => {
    const king = { id: "salem-i", name: "Salem I", country: "JO", names: ["الملك سالم الأول", "سالم الأول"], shortNames: [], offices: [{ office: "head_of_state" as const, title: "King", country: "JO", org: null, start: "2001-01-01", end: null }] };
    const withKing = createExtractor({ gazetteer: new Gazetteer([...fixturePeople, king]) });
    const text = "قال الملك سالم الأول إن المنطقة تحتاج إلى الاستقرار.\nوأكد جلالته حرص بلاده على توسيع التعاون التجاري.";
    expect(quotes(withKing(text, { publishedAt: "2019-05-15" }))).toEqual([
      ["salem-i", "المنطقة تحتاج إلى الاستقرار"],
      ["salem-i", "حرص بلاده على توسيع التعاون التجاري"],
    ]);
  });

  it("does not read 'سعادته' (his happiness) as a subject", () => {
    const text = "وقال لافروف إن روسيا تدعم الحوار.\nوأبدى سعادته أن يرى الاتفاق يتحقق قريبا.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "روسيا تدعم الحوار"]]);
  });
});

describe("Arabic governed verbs (أكد/شدد على) with a clause or an object before the preposition", () => {
  it("reads the clause opened by أن before a later على", () => {
    expect(quotes(extract("وأكد لافروف أن روسيا حريصة على استمرار الحوار."))).toEqual([["sergey-lavrov", "روسيا حريصة على استمرار الحوار"]]);
    expect(quotes(extract("وشدد كيري أن واشنطن تعمل على تهدئة الأوضاع."))).toEqual([["john-kerry", "واشنطن تعمل على تهدئة الأوضاع"]]);
  });

  it("keeps the object noun whose preposition على is", () => {
    expect(quotes(extract("وأكد لافروف حرص موسكو على تطوير العلاقات الثنائية."))).toEqual([["sergey-lavrov", "حرص موسكو على تطوير العلاقات الثنائية"]]);
  });

  it("still reads على after the subject and an adverb or occasion", () => {
    expect(quotes(extract("وشدد كيري مجددا على أهمية الحل السياسي للأزمة."))).toEqual([["john-kerry", "أهمية الحل السياسي للأزمة"]]);
    expect(quotes(extract("وأكد لافروف خلال الاتصال على ضرورة وقف التصعيد فورا."))).toEqual([["sergey-lavrov", "ضرورة وقف التصعيد فورا"]]);
  });
});

describe("Persian topic framings before a characterized object", () => {
  it("starts the object at its demonstrative after 'با اشاره به NP' with no comma", () => {
    expect(quotes(extract("لاوروف نیز با اشاره به سفر پارسال خود به تهران این دیدار را سازنده خواند."))).toEqual([["sergey-lavrov", "این دیدار را سازنده خواند"]]);
    expect(quotes(extract("ظریف در ادامه با اشاره به مذاکرات هفته گذشته در ژنو این گفتگوها را مثبت ارزیابی کرد."))).toEqual([["mohammad-javad-zarif", "این گفتگوها را مثبت ارزیابی کرد"]]);
    expect(quotes(extract("ظریف ضمن اشاره به نشست اخیر شورای امنیت آن قطعنامه را غیرسازنده دانست."))).toEqual([["mohammad-javad-zarif", "آن قطعنامه را غیرسازنده دانست"]]);
  });

  it("keeps the clause whole when no demonstrative shows where the object starts", () => {
    expect(quotes(extract("لاوروف با اشاره به نقش پارلمان ها توسعه روابط را مهم دانست.")).map((q) => q[1])).toEqual(["با اشاره به نقش پارلمان ها توسعه روابط را مهم دانست"]);
  });
});

describe("Arabic asides between the subject and its reported clause", () => {
  it("reads the clause after a long aside set off by commas", () => {
    const text = "وأكد لافروف، خلال مؤتمر صحفي مشترك عقده في جنيف مساء اليوم بعد جولة طويلة من المباحثات المغلقة بين الوفدين الروسي والأمريكي حول ملفات الأمن والطاقة، أن الحوار سيستمر رغم الخلافات.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "الحوار سيستمر رغم الخلافات"]]);
    const said = "وقال كيري، في ختام زيارة استمرت ثلاثة أيام إلى موسكو التقى خلالها عددا كبيرا من المسؤولين والبرلمانيين ورجال الأعمال والطلاب في العاصمة الروسية، إن واشنطن تريد علاقات مستقرة.";
    expect(quotes(extract(said))).toEqual([["john-kerry", "واشنطن تريد علاقات مستقرة"]]);
  });

  it("does not reach past an aside closed by something other than a complementizer", () => {
    const text = "وقال لافروف، في ختام جولة طويلة من المفاوضات الصعبة بين الوفدين في جنيف حول الملف النووي والعقوبات والتجارة، كلمات قليلة ثم غادر القاعة دون أن يجيب على الأسئلة.";
    expect(quotes(extract(text))).toEqual([]);
  });
});

describe("plural subjects: both sides speak for nobody in particular", () => {
  it("gives no speaker to 'هر دو جانب', 'جانبین', 'دو هیئت' or 'الوفدان'", () => {
    const fa = "لاوروف روز دوشنبه با ظریف در مسکو دیدار کرد.\nهر دو جانب بر ادامه گفتگوهای سیاسی تاکید کردند.\nجانبین همچنین خواستار گسترش تجارت شدند.\nدو هیئت توافق اخیر را گامی مهم دانستند.";
    expect(extract(fa).quotes).toEqual([]);
    expect(extract("التقى لافروف كيري في جنيف.\nوأكد الوفدان أن المحادثات كانت بناءة.").quotes).toEqual([]);
  });

  it("still gives the words to a named subject whose sentence later names both sides", () => {
    expect(quotes(extract("لاوروف پس از دیدار با هر دو هیئت گفت: گفتگوها سازنده بود."))).toEqual([["sergey-lavrov", "گفتگوها سازنده بود"]]);
  });
});

describe("a quotation broken by a paragraph break and not reopened", () => {
  it("runs on to its closing mark in the next paragraph", () => {
    const ar = "وقال لافروف: «روسيا لن تقبل بأي ضغوط.\nونحن مستعدون للحوار في أي وقت».";
    expect(quotes(extract(ar))).toEqual([["sergey-lavrov", "روسيا لن تقبل بأي ضغوط.\nونحن مستعدون للحوار في أي وقت"]]);
    const fa = "ظریف گفت: «ایران به تعهدات خود پایبند است.\nاما دیگران باید به وعده های خود عمل کنند».";
    expect(quotes(extract(fa))).toEqual([["mohammad-javad-zarif", "ایران به تعهدات خود پایبند است.\nاما دیگران باید به وعده های خود عمل کنند"]]);
    const straight = "وقال كيري: \"الطريق ما زال طويلا.\nلكننا نتقدم خطوة خطوة\".";
    expect(quotes(extract(straight))).toEqual([["john-kerry", "الطريق ما زال طويلا.\nلكننا نتقدم خطوة خطوة"]]);
  });

  it("leaves a next paragraph with a quotation of its own alone", () => {
    const text = "وقال لافروف: \"روسيا لن تقبل بأي ضغوط.\nوقال كيري: \"واشنطن تريد الحوار\".";
    expect(quotes(extract(text))).toEqual([
      ["sergey-lavrov", "روسيا لن تقبل بأي ضغوط"],
      ["john-kerry", "واشنطن تريد الحوار"],
    ]);
  });
});

describe("Arabic title chains with a ministry's portfolio", () => {
  it("reads 'وزير الخارجية وشؤون المغتربين' and 'والتعاون الدولي' as part of the subject's title", () => {
    const text = "وقال كيري إن واشنطن تريد الحوار.\nوقال وزير الخارجية والتعاون الدولي الروسي سيرغي لافروف إن موسكو منفتحة على المقترحات.\nوأكد وزير الخارجية وشؤون المغتربين الروسي سيرغي لافروف أن العقوبات لن تغير موقف بلاده.";
    expect(quotes(extract(text))).toEqual([
      ["john-kerry", "واشنطن تريد الحوار"],
      ["sergey-lavrov", "موسكو منفتحة على المقترحات"],
      ["sergey-lavrov", "العقوبات لن تغير موقف بلاده"],
    ]);
    const open = "وقال كيري إن واشنطن تريد الحوار.\nوأكد نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي أن الأردن سيبقى سندا للعراق.";
    expect(quotes(extract(open)).map((q) => q[1])).toEqual(["واشنطن تريد الحوار", "الأردن سيبقى سندا للعراق"]);
    expect(quotes(extract(open))[1][0]).not.toBe("john-kerry");
  });
});

describe("Persian statements of an object characterized", () => {
  it("does not take a plural phrase inside the object (روابط دو کشور) for the subject", () => {
    const text = "لاوروف روز دوشنبه با ظریف دیدار کرد.\nوی همچنین، همکاری های دو کشور را پایه ثبات منطقه دانست.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "همکاری های دو کشور را پایه ثبات منطقه دانست"]]);
  });

  it("reads 'X را … برشمرد' (counted X among …) as a statement", () => {
    expect(quotes(extract("ظریف گسترش تجارت مرزی را از اولویت های این سفر برشمرد."))).toEqual([["mohammad-javad-zarif", "گسترش تجارت مرزی را از اولویت های این سفر برشمرد"]]);
  });
});

describe("Persian statements reported by an institution", () => {
  it("gives a verb after an institution's colon to the person named after the colon (R: the ministry said X stressed …)", () => {
    const text = "دفتر مطبوعاتی وزارت امور خارجه روسیه می گوید: لاوروف در این دیدار به کارمندان سفارت هدایت های لازم را داده و تاکید کرده است که خدمت به مردم وظیفه دینی ماست.";
    expect(quotes(extract(text))).toEqual([["sergey-lavrov", "خدمت به مردم وظیفه دینی ماست"]]);
  });
});

describe("Persian welcome of a guest", () => {
  it("reads 'از X استقبال کرد' with a person as a guest received (ritual), with a plan as a position", () => {
    expect(extract("ظریف از لاوروف در ساختمان وزارت خارجه استقبال کرد.").quotes).toEqual([]);
    expect(quotes(extract("ظریف از طرح جدید لاوروف برای آتش بس استقبال کرد."))).toEqual([["mohammad-javad-zarif", "از طرح جدید لاوروف برای آتش بس استقبال کرد"]]);
  });
});

describe("One side of talks as a subject", () => {
  it("gives the words of 'طرف ایرانی' to nobody in particular, not to the last speaker; 'از طرف X' is on X's behalf", () => {
    expect(extract("لاوروف با ظریف دیدار کرد. طرف ایرانی اظهار داشت: روابط دو کشور رو به گسترش است.").quotes).toEqual([]);
    expect(quotes(extract("لاوروف از طرف پوتین گفت: روابط دو کشور رو به گسترش است."))).toEqual([["sergey-lavrov", "روابط دو کشور رو به گسترش است"]]);
  });
});

describe("Arabic statements of officials: subjects and contents of common shapes", () => {
  const met = "التقى جون كيري نظيره الروسي سيرغي لافروف.\n";

  it("does not take a name ending the sentence before for the subject of a verb opening the next one", () => {
    expect(quotes(extract(met + "وقال كيري إن الحوار مستمر.\nوأكد الجانبان أهمية الحوار بين البلدين."))).toEqual([["john-kerry", "الحوار مستمر"]]);
    expect(quotes(extract("استقبل لافروف في موسكو وزير الخارجية الأمريكي جون كيري.\nوأشاد الوزير بالعلاقات المتميزة بين البلدين."))).toEqual([["sergey-lavrov", "العلاقات المتميزة بين البلدين"]]);
  });

  it("reads a position noun after a verb with its subject implied or a bare role noun, and nothing else there", () => {
    expect(quotes(extract(met + "وقال كيري إن الحوار مستمر.\nوأكد استعداد بلاده لمواصلة المحادثات في جنيف."))).toEqual([
      ["john-kerry", "الحوار مستمر"],
      ["john-kerry", "استعداد بلاده لمواصلة المحادثات في جنيف"],
    ]);
    expect(quotes(extract(met + "كما أكد الوزير الروسي أهمية الحفاظ على قنوات الحوار."))).toEqual([["sergey-lavrov", "أهمية الحفاظ على قنوات الحوار"]]);
    expect(extract(met + "وأكد الاجتماع أهمية الحفاظ على قنوات الحوار مفتوحة.").quotes).toEqual([]);
  });

  it("gives a praised noun after a preposition written onto it to the implied subject", () => {
    expect(quotes(extract("وقال لافروف إن الحوار مستمر.\nونوه بالدور الذي تقوم به جنيف في الوساطة."))).toEqual([
      ["sergey-lavrov", "الحوار مستمر"],
      ["sergey-lavrov", "الدور الذي تقوم به جنيف في الوساطة"],
    ]);
  });

  it("reads 'دعا X المجتمع الدولي إلى', 'تعهد X بـ' and 'اعتبر X Y' as statements", () => {
    expect(quotes(extract("ودعا لافروف المجتمع الدولي إلى دعم الحل السياسي في سوريا."))).toEqual([["sergey-lavrov", "دعم الحل السياسي في سوريا"]]);
    expect(quotes(extract("وتعهد كيري بمواصلة دعم بلاده لجهود الوساطة."))).toEqual([["john-kerry", "مواصلة دعم بلاده لجهود الوساطة"]]);
    expect(quotes(extract("واعتبر لافروف العقوبات الجديدة خطأ كبيرا."))).toEqual([["sergey-lavrov", "العقوبات الجديدة خطأ كبيرا"]]);
  });

  it("reads 'وبيّن X أن' as a speech verb, and بين (between) as nothing", () => {
    expect(quotes(extract("وبيّن لافروف أن موسكو ستستضيف الجولة المقبلة."))).toEqual([["sergey-lavrov", "موسكو ستستضيف الجولة المقبلة"]]);
    expect(quotes(extract("وأكد كيري خلال اللقاء الذي جمع بين الوفدين أن الحوار مستمر."))).toEqual([["john-kerry", "الحوار مستمر"]]);
  });

  it("gives 'بالقول إن' after any verb to the person named as its subject, and to nobody after an outlet", () => {
    expect(quotes(extract("واختتم لافروف كلمته بالقول إن العلاقات تمر بأفضل مراحلها."))).toEqual([["sergey-lavrov", "العلاقات تمر بأفضل مراحلها"]]);
    expect(extract(met + "فيما اكتفت الوكالة بالقول إن اللقاء تناول العلاقات الثنائية.").quotes).toEqual([]);
  });

  it("gives the words of a body, a delegation or the meeting itself to nobody", () => {
    expect(extract(met + "وأكد اللقاء على أهمية مواصلة التنسيق.").quotes).toEqual([]);
    expect(extract(met + "وأعرب الوفد عن قلقه من تدهور الأوضاع.").quotes).toEqual([]);
  });

  it("leaves out thanks stated as a noun phrase", () => {
    expect(extract(met + "وأبدى لافروف امتنانه للموقف الأمريكي.").quotes).toEqual([]);
    expect(extract(met + "وأكد لافروف تقديره للجهود الأمريكية.").quotes).toEqual([]);
  });

  it("reads the clause after أن when a preposition belongs to a phrase of occasion", () => {
    expect(quotes(extract("وأكد كيري في تغريدة على حسابه الرسمي أن اللقاء كان مثمرا."))).toEqual([["john-kerry", "اللقاء كان مثمرا"]]);
  });

  it("ends a colon quote without marks before a sentence whose verb has a person as subject", () => {
    expect(quotes(extract("وقال لافروف: بلادنا تدعم الحوار بكل أشكاله. وكان لافروف قد وصل إلى جنيف أمس."))).toEqual([["sergey-lavrov", "بلادنا تدعم الحوار بكل أشكاله"]]);
  });

  it("gives 'المسؤول الروسي' to the Russian named, but a bare 'المسؤول' after an unnamed official to nobody", () => {
    expect(quotes(extract(met + "وأشار المسؤول الروسي إلى أن موسكو مستعدة للمساهمة في إعادة الإعمار."))).toEqual([["sergey-lavrov", "موسكو مستعدة للمساهمة في إعادة الإعمار"]]);
    const unnamed = "وقال لافروف إن الحوار مستمر.\nمن جهة أخرى، قال مسؤول عسكري إن العمليات ستستمر.\nوأضاف المسؤول أن الجيش يستعد لمرحلة جديدة.";
    expect(quotes(extract(unnamed))).toEqual([["sergey-lavrov", "الحوار مستمر"]]);
  });
});
