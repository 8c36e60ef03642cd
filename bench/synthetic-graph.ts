/**
 * A deterministic synthetic graph at the size of issue 12 (2,000 people, 10,000 articles, 20,000
 * meetings, 100,000 quotes, with countries, aliases, mentions, participants, meeting sources and
 * article countries), written into Parley's own tables in a PostgreSQL schema of its own, created
 * by Parley's migrator. The same seed gives the same rows, ids included. A schema that already
 * holds the same generation (the `_bench_generation` row) is left as it is.
 *
 *   npx tsx bench/synthetic-graph.ts [--schema parley_bench] [--seed 1] [--force]
 *
 * (DATABASE: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local test database.)
 *
 * What it looks like, on purpose: 2 to 4 participants per meeting, drawn with a skew so that a few
 * people have about 300 meetings (as famous ministers do) and most have a dozen; participants of a
 * meeting mostly from different countries; 10% of meetings undated, and dates drawn from 16 years,
 * so equal dates happen; quotes in Persian, Arabic and English, about one Persian or Arabic quote in
 * ten naming Iran (ایران, إيران: one word once folded, see SEARCH_WORD); half of the meetings
 * a person starts are with one of four usual counterparts abroad; quotes tied to a meeting
 * are said by one of its participants in an article that reports it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import pg from "pg";
import { openMigratedDatabase } from "../src/app.ts";
import { quoteIdent } from "../src/db/client.ts";
import { fold } from "../src/extract/index.ts";
import { participantKeyOf } from "../src/ingest/mergeMeeting.ts";

/** How big the graph is. */
export interface GraphSize {
  people: number;
  articles: number;
  meetings: number;
  quotes: number;
}

/** Issue 12's sizes. */
export const ISSUE_12_SIZE: GraphSize = { people: 2000, articles: 10000, meetings: 20000, quotes: 100000 };

/** What to generate, and where. */
export interface GenerateOptions {
  databaseUrl?: string;
  /** The PostgreSQL schema that holds the graph (created with Parley's tables when missing). */
  schema?: string;
  seed?: number;
  size?: GraphSize;
  /** Regenerate even when the schema holds the same generation. */
  force?: boolean;
  log?: (line: string) => void;
}

/** What `generateSyntheticGraph` did. */
export interface GenerateResult {
  /** False when the schema already held this generation. */
  generated: boolean;
  generation: string;
  seconds: number;
  rows: Record<string, number>;
}

/**
 * A word of the quotes as `normalizedText` holds it (folded): Persian quotes write it ایران,
 * Arabic ones إيران or الإيرانية, and all fold to contain it.
 */
export const SEARCH_WORD = "ایران";

/** The schema the bench uses. */
export const DEFAULT_SCHEMA = "parley_bench";
/** The seed the bench uses. */
export const DEFAULT_SEED = 1;
/** BENCH_DATABASE_URL, else TEST_DATABASE_URL (as the tests), else the local test database. */
export const defaultDatabaseUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** Changes whenever the generator would write other rows for the same seed. */
const GENERATOR_VERSION = 2;

/** Parley's tables, emptied before a generation (children first is not needed with CASCADE). */
const TABLES = ["Quote", "MeetingSource", "MeetingParticipant", "Meeting", "Mention", "PersonAlias", "Person", "ArticleCountry", "Article", "Country"];
/** Tables whose `id` comes from a sequence, set past the generated ids so ingest can add rows. */
const SERIAL_TABLES = ["Article", "Person", "PersonAlias", "Mention", "Meeting", "Quote"];

/** Generates the graph unless the schema already holds it; returns what it did. */
export async function generateSyntheticGraph(options: GenerateOptions = {}): Promise<GenerateResult> {
  const url = options.databaseUrl ?? defaultDatabaseUrl();
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? ISSUE_12_SIZE;
  const log = options.log ?? (() => {});
  const generation = `synthetic-graph v${GENERATOR_VERSION} seed=${seed} people=${size.people} articles=${size.articles} meetings=${size.meetings} quotes=${size.quotes}`;
  const started = performance.now();

  const db = await openMigratedDatabase({ kind: "postgres", url, schema });
  await db.close();

  const client = new pg.Client({ connectionString: url, options: `-c search_path=${quoteIdent(schema)}` });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "_bench_generation" ("generation" TEXT PRIMARY KEY, "rows" JSONB NOT NULL, "createdAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const existing = await client.query<{ generation: string; rows: Record<string, number> }>(`SELECT "generation", "rows" FROM "_bench_generation"`);
    if (!options.force && existing.rows.length === 1 && existing.rows[0].generation === generation) {
      log(`Schema ${schema} already holds ${generation}`);
      return { generated: false, generation, seconds: (performance.now() - started) / 1000, rows: existing.rows[0].rows };
    }

    log(`Generating ${generation} into schema ${schema}…`);
    const graph = buildGraph(seed, size);
    const rows: Record<string, number> = {};
    await client.query("BEGIN");
    await client.query(`DELETE FROM "_bench_generation"`);
    await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    for (const table of graph.tables) {
      const t = performance.now();
      await insertColumns(client, table);
      rows[table.name] = table.columns[0].values.length;
      log(`  ${table.name.padEnd(18)} ${String(rows[table.name]).padStart(7)} rows  ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    for (const table of SERIAL_TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${quoteIdent(table)}', 'id'), (SELECT max("id") FROM "${table}"))`);
    }
    await client.query(`INSERT INTO "_bench_generation" ("generation", "rows") VALUES ($1, $2)`, [generation, JSON.stringify(rows)]);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const seconds = (performance.now() - started) / 1000;
    log(`Generated in ${seconds.toFixed(1)} s`);
    return { generated: true, generation, seconds, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Rows, built in memory as columns

interface Column {
  name: string;
  /** PostgreSQL array type of the parameter, e.g. `int[]`. */
  type: string;
  values: unknown[];
}

interface TableRows {
  name: string;
  columns: Column[];
}

/** Inserts a table's columns with `INSERT … SELECT FROM unnest(…)`, one statement per chunk. */
async function insertColumns(client: pg.Client, table: TableRows, chunk = 20000): Promise<void> {
  const total = table.columns[0].values.length;
  const names = table.columns.map((c) => `"${c.name}"`).join(", ");
  const params = table.columns.map((c, i) => `$${i + 1}::${c.type}`).join(", ");
  for (let start = 0; start < total; start += chunk) {
    await client.query(`INSERT INTO "${table.name}" (${names}) SELECT * FROM unnest(${params})`, table.columns.map((c) => c.values.slice(start, start + chunk)));
  }
}

function columns(name: string, spec: [string, string][]): TableRows & { add(...values: unknown[]): void } {
  const cols = spec.map(([column, type]) => ({ name: column, type, values: [] as unknown[] }));
  return {
    name,
    columns: cols,
    add(...values: unknown[]) {
      for (let i = 0; i < cols.length; i++) cols[i].values.push(values[i]);
    },
  };
}

/** sfc32: a small, fast, seedable generator (the same sequence on every platform). */
function randomSource(seed: number) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)],
    /** An index drawn from cumulative weights. */
    weighted: (cumulative: Float64Array): number => {
      const x = next() * cumulative[cumulative.length - 1];
      let lo = 0, hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}
type Random = ReturnType<typeof randomSource>;

function cumulativeOf(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const COUNTRY_CODES = [
  "IR", "RU", "US", "SY", "TR", "CN", "FR", "DE", "GB", "SA", "IQ", "QA", "AE", "EG", "JO", "LB", "OM", "KW", "BH", "YE",
  "AF", "PK", "IN", "JP", "KR", "IT", "ES", "AZ", "AM", "KZ", "UZ", "TM", "TJ", "KG", "BY", "UA", "BR", "ZA", "NG", "DZ",
  "MA", "TN", "LY", "SD", "ET", "KE", "VE", "CU", "MX", "CA", "AU", "ID", "MY", "VN", "TH", "CH", "AT", "BE", "NL", "SE",
];

const FIRST_NAMES: [string, string][] = [
  ["Ali", "علی"], ["Reza", "رضا"], ["Hassan", "حسن"], ["Mohammad", "محمد"], ["Javad", "جواد"], ["Mehdi", "مهدی"], ["Hamid", "حمید"],
  ["Saeed", "سعید"], ["Karim", "کریم"], ["Omar", "عمر"], ["Khalid", "خالد"], ["Faisal", "فیصل"], ["Youssef", "یوسف"], ["Ahmad", "احمد"],
  ["Mahmoud", "محمود"], ["Nasser", "ناصر"], ["Sergey", "سرگئی"], ["Dmitry", "دمیتری"], ["Ivan", "ایوان"], ["Nikolai", "نیکلای"],
  ["John", "جان"], ["Michael", "مایکل"], ["David", "دیوید"], ["Robert", "رابرت"], ["James", "جیمز"], ["Anna", "آنا"], ["Maria", "ماریا"],
  ["Elena", "النا"], ["Laura", "لورا"], ["Sophie", "سوفی"], ["Emmanuel", "امانوئل"], ["Pierre", "پیر"], ["Hans", "هانس"], ["Klaus", "کلاوس"],
  ["Wang", "وانگ"], ["Li", "لی"], ["Kenji", "کنجی"], ["Hiroshi", "هیروشی"], ["Mustafa", "مصطفی"], ["Recep", "رجب"], ["Mevlut", "مولود"],
  ["Abdullah", "عبدالله"], ["Salman", "سلمان"], ["Tamim", "تمیم"], ["Jassim", "جاسم"], ["Rashid", "راشد"], ["Walid", "ولید"], ["Fuad", "فواد"],
  ["Ilham", "الهام"], ["Nursultan", "نورسلطان"],
];

const LAST_NAMES: [string, string][] = [
  ["Karimi", "کریمی"], ["Hosseini", "حسینی"], ["Ahmadi", "احمدی"], ["Rahimi", "رحیمی"], ["Moradi", "مرادی"], ["Jafari", "جعفری"],
  ["Sadeghi", "صادقی"], ["Hashemi", "هاشمی"], ["Tehrani", "تهرانی"], ["Shirazi", "شیرازی"], ["Petrov", "پتروف"], ["Ivanov", "ایوانف"],
  ["Smirnov", "اسمیرنوف"], ["Volkov", "ولکوف"], ["Sokolov", "سوکولوف"], ["Lavrin", "لاورین"], ["Morozov", "موروزوف"], ["Smith", "اسمیت"],
  ["Johnson", "جانسون"], ["Brown", "براون"], ["Miller", "میلر"], ["Wilson", "ویلسون"], ["Taylor", "تیلور"], ["Anderson", "اندرسون"],
  ["Martin", "مارتین"], ["Dubois", "دوبوا"], ["Moreau", "مورو"], ["Schmidt", "اشمیت"], ["Müller", "مولر"], ["Weber", "وبر"],
  ["Fischer", "فیشر"], ["Al-Saud", "آل سعود"], ["Al-Thani", "آل ثانی"], ["Al-Nahyan", "آل نهیان"], ["Al-Sabah", "آل صباح"], ["Haddad", "حداد"],
  ["Khoury", "خوری"], ["Nasrallah", "نصرالله"], ["Aziz", "عزیز"], ["Hamdan", "حمدان"], ["Mansour", "منصور"], ["Barzani", "بارزانی"],
  ["Talabani", "طالبانی"], ["Yilmaz", "ییلماز"], ["Demir", "دمیر"], ["Kaya", "کایا"], ["Celik", "چلیک"], ["Zhang", "ژانگ"], ["Chen", "چن"],
  ["Tanaka", "تاناکا"], ["Suzuki", "سوزوکی"], ["Kim", "کیم"], ["Park", "پارک"], ["Singh", "سینگ"], ["Khan", "خان"], ["Aliyev", "علی‌اف"],
  ["Nazarbayev", "نظربایف"], ["Tokayev", "توکایف"], ["Lukashenko", "لوکاشنکو"], ["Kuleba", "کولبا"],
];

const ROLES = [
  "Minister of Foreign Affairs", "President", "Prime Minister", "Deputy Foreign Minister", "Ambassador", "Minister of Defence",
  "Speaker of Parliament", "Foreign Ministry Spokesperson", "Minister of Economy", "Minister of Oil",
];

const PUBLISHERS: Record<Language, string[]> = {
  fa: ["Fars News Agency", "IRNA", "Tasnim News Agency", "ISNA", "Mehr News Agency"],
  ar: ["Al Jazeera", "Al Arabiya", "SANA", "Asharq Al-Awsat"],
  en: ["Reuters", "Associated Press", "BBC News", "The Guardian"],
};

const WORDS: Record<Language, string[]> = {
  fa: ("ما دولت مذاکرات همکاری امنیت منطقه صلح توافق اقتصادی سیاسی روابط دوجانبه تحریم انرژی نفت گاز تجارت سرمایه‌گذاری مرز تروریسم " +
    "مبارزه حمایت ملت کشور آینده گفت‌وگو راه‌حل بحران سوریه عراق افغانستان یمن لبنان فلسطین حقوق بین‌المللی سازمان ملل شورای هسته‌ای " +
    "برنامه اجرای تعهدات طرفین باید خواهد کرد است هستیم داریم مهم جدید مشترک ادامه تقویت گسترش ثبات توسعه اراده جدی فوری کامل مسیر " +
    "مرحله دیدار نشست همسایگان دوستان اروپا آمریکا روسیه چین ترکیه در با از به این که را برای").split(" "),
  ar: ("نحن الحكومة المفاوضات التعاون الأمن المنطقة السلام الاتفاق الاقتصادية السياسية العلاقات الثنائية العقوبات الطاقة النفط الغاز " +
    "التجارة الاستثمار الحدود الإرهاب مكافحة دعم الشعب البلد المستقبل الحوار الحل الأزمة سوريا العراق اليمن لبنان فلسطين الدولي الأمم " +
    "المتحدة مجلس النووي البرنامج تنفيذ الالتزامات الطرفين يجب سوف نؤكد على أن في من مهم جديد مشترك مواصلة تعزيز توسيع الاستقرار " +
    "التنمية الإرادة جدية فوري كامل المسار المرحلة اللقاء الاجتماع الجوار الأصدقاء أوروبا أمريكا روسيا الصين تركيا").split(" "),
  en: ("we the government talks cooperation security region peace agreement economic political relations bilateral sanctions energy oil gas " +
    "trade investment border terrorism fight support people country future dialogue solution crisis Syria Iraq Yemen Lebanon international " +
    "United Nations Council nuclear programme implementation commitments sides must will continue strengthen expand stability development " +
    "serious urgent full path stage meeting neighbours friends Europe America Russia China Turkey and of in to is are our their with for").split(" "),
};

/** The searched word as each language writes it (Persian and Arabic fold to SEARCH_WORD; English does not). */
const IRAN: Record<Language, string[]> = { fa: ["ایران", "ایرانی"], ar: ["إيران", "الإيرانية"], en: ["Iran", "Iranian"] };

type Language = "fa" | "ar" | "en";

/** Persian letters as Arabic writes them (fold undoes it). */
const arabized = (text: string) => text.replace(/ی/g, "ي").replace(/ک/g, "ك");

// ---------------------------------------------------------------------------------------------
// The graph

interface Person {
  id: number;
  name: string;
  nameFa: string;
  countryCode: string | null;
  role: string | null;
}

interface Meeting {
  id: number;
  date: string | null;
  location: string | null;
  mode: "IN_PERSON" | "PHONE";
  participants: number[];
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / DAY) + 1;
const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);

function buildGraph(seed: number, size: GraphSize): { tables: TableRows[] } {
  const random = randomSource(seed);
  const forms = JSON.parse(readFileSync(join(import.meta.dirname, "../src/extract/data/country-forms.json"), "utf8")).forms as Record<string, { capital?: { en: string; names: string[] } }>;

  // Countries, with their capitals in three languages.
  const countryRows = columns("Country", [["code", "text[]"], ["nameEn", "text[]"], ["nameFa", "text[]"], ["nameAr", "text[]"]]);
  const capital = new Map<string, Record<Language, string>>();
  for (const code of COUNTRY_CODES) {
    countryRows.add(code, countries.getName(code, "en") ?? code, countries.getName(code, "fa") ?? null, countries.getName(code, "ar") ?? null);
    const names = forms[code]?.capital?.names ?? [code];
    capital.set(code, { en: forms[code]?.capital?.en ?? code, fa: names[1] ?? names[0], ar: names[2] ?? names[1] ?? names[0] });
  }
  const countryWeights = cumulativeOf(COUNTRY_CODES.map((_, i) => 1 / Math.pow(i + 2, 0.8)));

  // People: distinct names, countries skewed towards a few, fame skewed (and not in id order).
  const pairs = random.shuffle(FIRST_NAMES.flatMap((first, i) => LAST_NAMES.map((_, j) => [i, j] as const)));
  if (pairs.length < size.people) throw new Error(`At most ${pairs.length} distinct names`);
  const people: Person[] = [];
  const personRows = columns("Person", [["id", "int[]"], ["key", "text[]"], ["name", "text[]"], ["role", "text[]"], ["countryCode", "text[]"]]);
  const aliasRows = columns("PersonAlias", [["id", "int[]"], ["personId", "int[]"], ["text", "text[]"], ["normalized", "text[]"]]);
  for (let i = 0; i < size.people; i++) {
    const [f, l] = pairs[i];
    const person: Person = {
      id: i + 1,
      name: `${FIRST_NAMES[f][0]} ${LAST_NAMES[l][0]}`,
      nameFa: `${FIRST_NAMES[f][1]} ${LAST_NAMES[l][1]}`,
      countryCode: random.chance(0.02) ? null : COUNTRY_CODES[random.weighted(countryWeights)],
      role: random.chance(0.1) ? null : random.pick(ROLES),
    };
    people.push(person);
    personRows.add(person.id, `bench-person-${person.id}`, person.name, person.role, person.countryCode);
    const spellings = [...new Set([person.name, LAST_NAMES[l][0], person.nameFa, arabized(person.nameFa)])];
    for (const text of spellings) aliasRows.add(aliasRows.columns[0].values.length + 1, person.id, text, fold(text));
  }
  // Half of every draw is uniform, half Zipf-like: a few people take part in ~300 meetings, most in a dozen or two.
  const fameRank = random.shuffle(people.map((_, i) => i));
  const zipf = people.map((_, i) => 1 / Math.pow(i + 15, 1.1));
  const zipfSum = zipf.reduce((a, b) => a + b, 0);
  const personWeights = cumulativeOf(people.map((_, i) => 0.6 / people.length + (0.4 * zipf[fameRank[i]]) / zipfSum));
  const drawPerson = () => people[random.weighted(personWeights)];

  // Everyone has four usual counterparts abroad, whom half of the meetings they start are with (so
  // two famous ministers meet dozens of times, as they do).
  const counterparts = people.map((person) =>
    Array.from({ length: 4 }, () => {
      let other = drawPerson();
      for (let tries = 0; tries < 8 && (other === person || other.countryCode === person.countryCode); tries++) other = drawPerson();
      return other;
    }).filter((other) => other !== person),
  );

  // Meetings: 2–4 participants, mostly from different countries.
  const meetings: Meeting[] = [];
  const meetingRows = columns("Meeting", [["id", "int[]"], ["location", "text[]"], ["date", "date[]"], ["mode", `"MeetingMode"[]`], ["participantKey", "text[]"]]);
  const participantRows = columns("MeetingParticipant", [["meetingId", "int[]"], ["personId", "int[]"], ["role", "text[]"]]);
  for (let id = 1; id <= size.meetings; id++) {
    const r = random.next();
    const count = r < 0.6 ? 2 : r < 0.85 ? 3 : 4;
    const chosen: Person[] = [];
    if (random.chance(0.5)) {
      const first = drawPerson();
      const usual = counterparts[first.id - 1];
      chosen.push(first);
      if (usual.length) chosen.push(random.pick(usual));
    }
    while (chosen.length < count) {
      let candidate = drawPerson();
      for (let tries = 0; tries < 4 && chosen.some((p) => p.countryCode === candidate.countryCode); tries++) candidate = drawPerson();
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    const mode = random.chance(0.2) ? "PHONE" : "IN_PERSON";
    const host = chosen[random.int(chosen.length)].countryCode;
    const location = mode === "IN_PERSON" && host && random.chance(0.85) ? capital.get(host)!.en : null;
    const date = random.chance(0.1) ? null : isoDay(random.int(DAYS));
    const meeting: Meeting = { id, date, location, mode, participants: chosen.map((p) => p.id).sort((a, b) => a - b) };
    meetings.push(meeting);
    meetingRows.add(id, location, date, mode, participantKeyOf(chosen.map((p) => ({ personId: p.id, role: p.role }))));
    for (const p of chosen) participantRows.add(id, p.id, p.role);
  }

  // Which articles report which meetings: one or two each.
  const meetingsOfArticle: number[][] = Array.from({ length: size.articles }, () => []);
  for (const meeting of meetings) {
    const reports = random.chance(0.3) ? 2 : 1;
    for (let k = 0; k < reports; k++) {
      const article = random.int(size.articles);
      if (!meetingsOfArticle[article].includes(meeting.id)) meetingsOfArticle[article].push(meeting.id);
    }
  }
  // How many quotes each article has (summing to size.quotes).
  const quotesOfArticle = new Int32Array(size.articles);
  for (let q = 0; q < size.quotes; q++) quotesOfArticle[random.int(size.articles)]++;

  const articleRows = columns("Article", [
    ["id", "int[]"], ["contentHash", "text[]"], ["sourceName", "text[]"], ["url", "text[]"], ["title", "text[]"], ["body", "text[]"],
    ["language", `"Language"[]`], ["publisher", "text[]"], ["publishedAt", "date[]"], ["ingestedAt", "timestamp[]"],
  ]);
  const articleCountryRows = columns("ArticleCountry", [["articleId", "int[]"], ["countryCode", "text[]"]]);
  const mentionRows = columns("Mention", [["id", "int[]"], ["articleId", "int[]"], ["personId", "int[]"], ["text", "text[]"], ["startOffset", "int[]"], ["endOffset", "int[]"]]);
  const sourceRows = columns("MeetingSource", [["meetingId", "int[]"], ["articleId", "int[]"], ["evidence", "text[]"], ["startOffset", "int[]"], ["endOffset", "int[]"]]);
  const quoteRows = columns("Quote", [
    ["id", "int[]"], ["articleId", "int[]"], ["speakerId", "int[]"], ["meetingId", "int[]"], ["text", "text[]"], ["normalizedText", "text[]"],
    ["direct", "boolean[]"], ["language", `"Language"[]`], ["startOffset", "int[]"], ["endOffset", "int[]"],
  ]);

  for (let a = 0; a < size.articles; a++) {
    const articleId = a + 1;
    const language: Language = random.chance(0.4) ? "fa" : random.chance(0.5) ? "ar" : "en";
    const publisher = random.pick(PUBLISHERS[language]);
    const reported = meetingsOfArticle[a].map((id) => meetings[id - 1]);
    const body = new ArticleText(articleId, mentionRows, language);
    const involved = new Set<number>();

    const lead = reported[0];
    const title = lead ? meetingTitle(language, lead.participants.map((id) => people[id - 1]), lead.location, capital) : fillerTitle(language, random);
    body.add(`${title}\n\n`);
    for (const meeting of reported) {
      const start = body.length;
      meetingSentence(body, language, meeting.participants.map((id) => people[id - 1]), meeting, capital);
      sourceRows.add(meeting.id, articleId, body.slice(start), start, body.length);
      body.add(" ");
      meeting.participants.forEach((id) => involved.add(id));
    }
    for (let q = 0; q < quotesOfArticle[a]; q++) {
      const atMeeting = reported.length > 0 && random.chance(0.7) ? random.pick(reported) : null;
      const speaker = atMeeting ? people[random.pick(atMeeting.participants) - 1] : drawPerson();
      involved.add(speaker.id);
      const text = quoteText(language, random);
      const direct = random.chance(0.6);
      const { start, end } = quoteSentence(body, language, speaker, text, direct);
      quoteRows.add(quoteRows.columns[0].values.length + 1, articleId, speaker.id, atMeeting?.id ?? null, text, fold(text), direct, language, start, end);
      body.add(" ");
    }
    body.add(`(${publisher}, ${articleId})`);

    const dated = reported.filter((m) => m.date).map((m) => m.date!).sort();
    const publishedAt = random.chance(0.05)
      ? null
      : dated.length
        ? isoDay(Math.min(DAYS - 1, Math.round((Date.parse(dated[dated.length - 1]) - FIRST_DAY) / DAY) + random.int(3)))
        : isoDay(random.int(DAYS));
    const text = body.toString();
    articleRows.add(
      articleId, createHash("sha256").update(text).digest("hex"), `bench/article-${String(articleId).padStart(5, "0")}.txt`,
      `https://news.example/${language}/${articleId}`, title, text, language, publisher, publishedAt,
      new Date(Date.UTC(2026, 0, 1) + articleId * 60_000).toISOString(),
    );
    const codes = new Set([...involved].map((id) => people[id - 1].countryCode).filter((c): c is string => c !== null));
    for (const code of [...codes].sort()) articleCountryRows.add(articleId, code);
  }

  return { tables: [countryRows, personRows, aliasRows, articleRows, articleCountryRows, meetingRows, participantRows, sourceRows, quoteRows, mentionRows] };
}

/** An article's body as it is written, recording where each person's name stands. */
class ArticleText {
  private parts: string[] = [];
  length = 0;
  constructor(
    private readonly articleId: number,
    private readonly mentions: ReturnType<typeof columns>,
    readonly language: Language,
  ) {}
  add(text: string) {
    this.parts.push(text);
    this.length += text.length;
  }
  name(person: Person) {
    const text = this.language === "en" ? person.name : this.language === "fa" ? person.nameFa : arabized(person.nameFa);
    this.mentions.add(this.mentions.columns[0].values.length + 1, this.articleId, person.id, text, this.length, this.length + text.length);
    this.add(text);
  }
  names(people: Person[], and: string) {
    people.forEach((p, i) => {
      if (i > 0) this.add(i === people.length - 1 ? and : this.language === "en" ? ", " : "، ");
      this.name(p);
    });
  }
  slice(start: number) {
    return this.toString().slice(start);
  }
  toString() {
    const text = this.parts.join("");
    this.parts = [text];
    return text;
  }
}

function meetingSentence(body: ArticleText, language: Language, people: Person[], meeting: Meeting, capital: Map<string, Record<Language, string>>) {
  const city = meeting.location ? cityIn(language, meeting.location, capital) : null;
  if (language === "fa") {
    body.names(people, " و ");
    body.add(meeting.mode === "PHONE" ? " در تماسی تلفنی گفتگو کردند" : `${meeting.date ? ` روز ${meeting.date}` : ""}${city ? ` در ${city}` : ""} دیدار کردند`);
    body.add(".");
  } else if (language === "ar") {
    body.add(meeting.mode === "PHONE" ? "أجرى " : "التقى ");
    body.names(people, " و");
    body.add(meeting.mode === "PHONE" ? " اتصالا هاتفيا" : `${city ? ` في ${city}` : ""}${meeting.date ? ` يوم ${meeting.date}` : ""}`);
    body.add(".");
  } else {
    body.names(people, " and ");
    body.add(meeting.mode === "PHONE" ? " spoke by phone" : ` met${city ? ` in ${city}` : ""}${meeting.date ? ` on ${meeting.date}` : ""}`);
    body.add(".");
  }
}

function cityIn(language: Language, english: string, capital: Map<string, Record<Language, string>>): string {
  for (const names of capital.values()) if (names.en === english) return names[language];
  return english;
}

function meetingTitle(language: Language, people: Person[], location: string | null, capital: Map<string, Record<Language, string>>): string {
  const names = people.slice(0, 2).map((p) => (language === "en" ? p.name : language === "fa" ? p.nameFa : arabized(p.nameFa)));
  const city = location ? cityIn(language, location, capital) : null;
  if (language === "fa") return `دیدار ${names.join(" و ")}${city ? ` در ${city}` : ""}`;
  if (language === "ar") return `لقاء ${names.join(" و")}${city ? ` في ${city}` : ""}`;
  return `${names.join(" and ")} meet${city ? ` in ${city}` : ""}`;
}

function fillerTitle(language: Language, random: Random): string {
  return Array.from({ length: 4 + random.int(4) }, () => random.pick(WORDS[language])).join(" ");
}

function quoteText(language: Language, random: Random): string {
  const words = Array.from({ length: 8 + random.int(15) }, () => random.pick(WORDS[language]));
  if (random.chance(0.1)) words.splice(random.int(words.length), 0, random.pick(IRAN[language]));
  return words.join(" ");
}

/** Writes "X said: «…»" (or reported speech) and returns the quote's offsets. */
function quoteSentence(body: ArticleText, language: Language, speaker: Person, text: string, direct: boolean): { start: number; end: number } {
  let start: number;
  if (language === "fa") {
    body.name(speaker);
    body.add(direct ? " گفت: «" : " گفت که ");
    start = body.length;
    body.add(text);
    body.add(direct ? "»." : ".");
  } else if (language === "ar") {
    body.add(direct ? "وقال " : "وأضاف ");
    body.name(speaker);
    body.add(direct ? ": \"" : " أن ");
    start = body.length;
    body.add(text);
    body.add(direct ? "\"." : ".");
  } else if (direct) {
    body.add("\"");
    start = body.length;
    body.add(text);
    body.add("\", ");
    body.name(speaker);
    body.add(" said.");
    return { start, end: start + text.length };
  } else {
    body.name(speaker);
    body.add(" said that ");
    start = body.length;
    body.add(text);
    body.add(".");
  }
  return { start, end: start + text.length };
}

// ---------------------------------------------------------------------------------------------

// Run as a script (not imported by the bench).
if (import.meta.filename === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  generateSyntheticGraph({
    schema: arg("schema"),
    seed: arg("seed") === undefined ? undefined : Number(arg("seed")),
    force: process.argv.includes("--force"),
    log: (line) => console.log(line),
  }).then(
    (result) => console.log(JSON.stringify(result.rows)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
