/**
 * One entry per meeting: reports of the same meeting merged, and whether two reports are the same
 * occasion.
 */
import { inRange, type MeetingContext, type MeetingFinding } from "./context.ts";
import { lexicon } from "./lexicon.ts";

/** Mentions of one meeting are at most this many days apart; "12 days ago" is another meeting. */
const SAME_EVENT_DAYS = 3;

/**
 * Same participants, same event (no conflicting days) → one meeting, keeping the first evidence and
 * filling gaps. A second cue word of the same clause with some of the first one's people is that
 * meeting ("در دیدار خود با A و B درباره سوریه گفتگو کرد"); a meeting told again, in the same sentence
 * or another, with more of its people ("X received Y" in the lead, "X and Z received Y" later) is one
 * meeting of them all, unless the larger one is named multilateral (a bilateral, then a trilateral) or the smaller one is
 * told after it as a further meeting.
 */
export function merge(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const text = ctx.article.folded.text;
  const subset = (a: MeetingFinding, b: MeetingFinding) => a !== b && a.mode === b.mode && a.participants.length < b.participants.length && a.participants.every((p) => b.participants.includes(p));
  const sameClause = (a: MeetingFinding, b: MeetingFinding) => a.sentence === b.sentence && b.cue < a.cue && !/[،,;؛:]/.test(text.slice(b.cue, a.cue));
  const out: MeetingFinding[] = [];
  for (const meeting of found) {
    if (found.some((other) => subset(meeting, other) && sameClause(meeting, other))) continue;
    const set = [...meeting.participants].sort().join("|");
    const same = out.find((m) => [...m.participants].sort().join("|") === set && (sameEvent(m, meeting) || sameCall(m, meeting)));
    if (!same) {
      out.push({ ...meeting });
      continue;
    }
    fill(same, meeting);
  }
  // "در این دیدار C نیز حضور داشت … وی همچنین با C دیدار کرد": some of a meeting's people told meeting again later as a
  // further meeting ("also", "همچنین") met on their own; so did those told before it as one ("Separately, A spoke by
  // phone with B. On Wednesday A, B and C had discussed …").
  const further = (meeting: MeetingFinding, other: MeetingFinding) => meeting.also && meeting.sentence !== other.sentence;
  const told = out.filter((meeting) => !toldSeparately(ctx, meeting, out));
  return told.filter((meeting) => {
    const larger = told.find((other) => subset(meeting, other) && !other.multi && !further(meeting, other) && sameEvent(meeting, other));
    if (larger) fill(larger, meeting);
    return !larger;
  });
}

/**
 * "X met the foreign ministers of A, B and C. X discussed Gaza with A. X then met B. …": a meeting of one person with several
 * others (not named multilateral, no ceremony) whose counterparts later sentences each meet on their own, with that person
 * alone, summed up separate meetings (conventions R-list: successive paragraphs that treat each counterpart on its own).
 */
function toldSeparately(ctx: MeetingContext, meeting: MeetingFinding, all: MeetingFinding[]): boolean {
  if (meeting.multi || meeting.participants.length < 3) return false;
  const [subject, ...others] = meeting.participants;
  const own = all.filter((m) => m.sentence > meeting.sentence && m.mode === meeting.mode && m.participants.length === 2 && m.participants.includes(subject));
  if (!others.every((key) => own.some((m) => m.participants.includes(key)))) return false;
  return !inRange(lexicon.ceremony, ctx.article, meeting.start, meeting.end);
}

/** What one report of a meeting adds to another of the same meeting. */
function fill(same: MeetingFinding, meeting: MeetingFinding): void {
  if (same.mode !== meeting.mode) { same.mode = "phone"; same.location = null; }
  same.location ??= meeting.location;
  same.date ??= meeting.date;
  same.offset ??= meeting.offset;
  same.inPerson ||= meeting.inPerson;
}

/**
 * "در گفتگو با …" in the lead and "طی گفتگوی تلفنی" in the body: talks of the same people told
 * once with no place and once as a phone call, on the same day, are that one call. Talks whose
 * own clause says the people were together ("التقيا على هامش القمة", "met", "visit") are not.
 */
function sameCall(a: MeetingFinding, b: MeetingFinding): boolean {
  if (a.mode === b.mode) return false;
  const inPerson = a.mode === "in_person" ? a : b;
  return inPerson.location === null && !inPerson.inPerson && sameEvent(a, { ...b, mode: a.mode });
}

export function sameEvent(a: MeetingFinding, b: MeetingFinding): boolean {
  if (a.mode !== b.mode) return false;
  // "پیش از این نیز آنها … گفتگو کرده بودند": a meeting told as an earlier one is not the one reported.
  if (a.earlier !== b.earlier) return false;
  // Meetings of the same people in two different cities are two meetings ("met in New York … travelled to Tehran and met").
  if (a.location && b.location && a.location !== b.location) return false;
  if (a.date && b.date) return a.date === b.date;
  const da = a.offset ?? 0;
  const db = b.offset ?? 0;
  return Math.abs(da - db) <= SAME_EVENT_DAYS;
}
