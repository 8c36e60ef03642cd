import type { MeetingFact } from "../extract/index.ts";

type Mode = "IN_PERSON" | "PHONE";

const MODE: Record<MeetingFact["mode"], Mode> = { in_person: "IN_PERSON", phone: "PHONE" };

/** The stored meeting a fact was merged into or created as. */
export interface MergedMeeting {
  id: number;
  merged: boolean;
}

/** A stored meeting as the merger needs it. */
export interface MeetingRow {
  id: number;
  mode: Mode;
  /** Its participants' person ids, ascending, joined by commas. */
  participantKey: string;
  location: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
}

/** A meeting known to the database or created by the batch being written (id set once allocated). */
export interface PlannedMeeting {
  id: number | null;
  mode: Mode;
  participantKey: string;
  location: string | null;
  date: string | null;
  /** Participants with the role each held, for a meeting the batch creates. */
  participants: { personId: number; role: string | null }[];
  isNew: boolean;
  /** A stored meeting whose place or day this batch fills in. */
  changed: boolean;
  /** Articles of this batch that report it. */
  reportedBy: Set<number>;
}

/** One participant of a meeting fact, resolved to a person. */
export interface Participant {
  personId: number;
  role: string | null;
}

/** The key stored meetings are looked up by: sorted distinct person ids. */
export function participantKeyOf(participants: Participant[]): string {
  return [...new Set(participants.map((p) => p.personId))].sort((a, b) => a - b).join(",");
}

/**
 * Stores meetings articles report, merging each into an existing meeting when that one has the
 * same participants and mode and does not contradict it: same place and day, or one of them
 * unknown. A meeting is never merged into one the same article already reports (an article that
 * reports two meetings of the same people means two meetings). Among several candidates the one
 * agreeing on most known facts wins, then one the article reported before it was re-extracted,
 * then the oldest.
 *
 * Works in memory over the stored meetings with the participant sets the batch mentions, as if
 * each fact were merged against the database in turn.
 */
export class MeetingMerger {
  private readonly byKey = new Map<string, PlannedMeeting[]>();
  /** Meetings the batch creates, in order (their ids are allocated in this order). */
  readonly created: PlannedMeeting[] = [];

  constructor(rows: MeetingRow[]) {
    for (const row of [...rows].sort((a, b) => a.id - b.id)) {
      this.candidates(row.mode, row.participantKey).push({ ...row, participants: [], isNew: false, changed: false, reportedBy: new Set() });
    }
  }

  /** Merges or creates the meeting `fact` of article `articleId` reports. */
  merge(fact: MeetingFact, participants: Participant[], articleId: number, preferred: ReadonlySet<number> = new Set()): { meeting: PlannedMeeting; merged: boolean } {
    const mode = MODE[fact.mode];
    const candidates = this.candidates(mode, participantKeyOf(participants));
    const rank = (m: PlannedMeeting) => Number(!!m.location && m.location === fact.location) + Number(!!m.date && m.date === fact.date);
    const best = candidates
      .filter((m) => !m.reportedBy.has(articleId) && compatible(m.location, fact.location) && compatible(m.date, fact.date))
      .map((m, order) => ({ m, order, agreement: rank(m), preferred: m.id !== null && preferred.has(m.id) ? 1 : 0 }))
      .sort((a, b) => b.agreement - a.agreement || b.preferred - a.preferred || a.order - b.order)[0]?.m;
    if (best) {
      if ((best.location == null && fact.location != null) || (best.date == null && fact.date != null)) {
        best.location ??= fact.location;
        best.date ??= fact.date;
        best.changed ||= !best.isNew;
      }
      best.reportedBy.add(articleId);
      return { meeting: best, merged: true };
    }
    const meeting: PlannedMeeting = {
      id: null,
      mode,
      participantKey: participantKeyOf(participants),
      location: fact.location,
      date: fact.date,
      participants: uniqueBy(participants, (p) => p.personId),
      isNew: true,
      changed: false,
      reportedBy: new Set([articleId]),
    };
    candidates.push(meeting);
    this.created.push(meeting);
    return { meeting, merged: false };
  }

  /** Stored and created meetings with this mode and participant set, oldest first. */
  private candidates(mode: Mode, participantKey: string): PlannedMeeting[] {
    const key = `${mode}|${participantKey}`;
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    return list;
  }
}

/** Two facts agree when either is unknown or both are equal. */
function compatible<T>(a: T | null | undefined, b: T | null | undefined): boolean {
  return a == null || b == null || a === b;
}

function uniqueBy<T>(items: T[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
