/** The leaders of delegations: the person a delegation word names as its head, with the delegation's country. */
import { OpenPeople } from "../open-people.ts";
import { isDelegationWord, ledByEnd } from "../titles.ts";
import type { PersonContext, PersonRef } from "./context.ts";

/** Most words a list of counterparts runs over after نظرائه / همتایان (six countries with names of up to four words). */
export const COUNTERPART_LIST_REACH = 40;

/** Most words between a delegation noun and the phrase naming its leader ("delegation was led by"), and between that phrase and the leader's name (past a title). */
const DELEGATION_REACH = 6;
const LEADER_REACH = 8;

/**
 * "the Azerbaijani delegation was led by Deputy Foreign Minister X", "وفد روسي رفيع برئاسة X",
 * "هیئت روسی به ریاست X": the first name after the leader phrase, in the delegation's sentence,
 * is of the delegation's country (if nothing else gave them one).
 */
export function describeDelegationLeaders(ctx: PersonContext, refs: PersonRef[], open: OpenPeople): void {
  const { tokens } = ctx;
  let nameAt: Map<number, PersonRef> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!isDelegationWord(tokens[k].text, ctx.clitics) || !ctx.inText(k)) continue;
    const country = delegationCountry(ctx, k);
    const sentence = ctx.sentenceOf(k);
    for (let j = k + 1; country && j <= k + DELEGATION_REACH && tokens[j] && ctx.sentenceOf(j) === sentence; j++) {
      const end = ledByEnd(tokens, ctx.folded, j, ctx.clitics);
      if (end < 0) continue;
      // Names by their first token, built once: each leader is then a look-up over a few tokens, whatever the text's length.
      nameAt ??= new Map(refs.filter((r) => r.kind === "name").map((r) => [r.first, r]));
      for (let m = end; m <= end + LEADER_REACH && tokens[m] && ctx.sentenceOf(m) === sentence; m++) {
        const leader = nameAt.get(m);
        if (leader) {
          open.describe(leader.key, country, null);
          break;
        }
      }
      break;
    }
  }
}

/** The country of the delegation noun at token k: an adjective or name just before it (the Lithuanian delegation) or after it (وفد روسي، وفد المقدمة الجنوب أفريقي, delegation of Iran). */
function delegationCountry(ctx: PersonContext, k: number): string | null {
  for (let b = k - 1; b >= k - 3 && b >= 0; b--) {
    const country = ctx.countryAt(b);
    if (country && country.after === k) return country.code;
  }
  return ctx.countryAt(k + 1)?.code ?? ctx.countryAt(k + 2)?.code ?? null;
}
