/**
 * The side panel: an overview of the view (legend, busiest people), one person and the people
 * they met, or one pair and their meetings with place, date, sources and quotes, each linking
 * to its words in the article.
 */
import type { Api, Evidence, MeetingDetail, PersonRef } from "./api.ts";
import { formatDay, h, plural } from "./dom.ts";
import { neighbours, type GraphModel } from "./model.ts";

export interface PanelActions {
  person(id: string): void;
  pair(id: string): void;
  /** A /graph URL with these filters changed. */
  filterUrl(change: { person?: string; country?: string }): string;
}

/** The link that opens an article at the words a fact was read from. */
export function evidenceHref(articleId: string, evidence: Pick<Evidence, "start" | "end">): string {
  return `#article=${encodeURIComponent(articleId)}&start=${evidence.start}&end=${evidence.end}`;
}

function swatch(model: GraphModel, code: string | undefined) {
  return h("span", { class: "swatch", style: `background:${model.colour(code)}`, "aria-hidden": "true" });
}

function personLabel(model: GraphModel, person: PersonRef) {
  return [swatch(model, person.country?.code), h("bdi", {}, person.name), person.country ? h("span", { class: "muted" }, ` (${person.country.code})`) : null];
}

export function renderOverview(panel: HTMLElement, model: GraphModel, actions: PanelActions) {
  const busiest = model.nodes.slice(0, 15);
  panel.replaceChildren(
    h("h2", {}, "Who met whom"),
    h("p", {}, `${plural(model.nodes.length, "person", "people")}, ${plural(model.meetings.size, "meeting")}. Click a person, or the line between two people, to see their meetings.`),
    h("h3", {}, "Countries"),
    h(
      "ul",
      { class: "legend" },
      model.countries.map((c) => h("li", {}, h("a", { href: actions.filterUrl({ country: c.code }), title: `Only meetings with someone from ${c.name}` }, swatch(model, c.code), `${c.name} (${c.code})`))),
    ),
    h("h3", {}, "Most meetings in this view"),
    h(
      "ol",
      { class: "people" },
      busiest.map((n) => h("li", {}, h("button", { type: "button", class: "link", "data-person": n.person.id, onclick: () => actions.person(n.person.id) }, personLabel(model, n.person)), ` ${n.meetingIds.length}`)),
    ),
  );
}

export function renderPerson(panel: HTMLElement, model: GraphModel, personId: string, actions: PanelActions) {
  const node = model.nodes.find((n) => n.person.id === personId);
  if (!node) return;
  const met = neighbours(model, personId);
  const { person } = node;
  panel.replaceChildren(
    h("h2", {}, h("bdi", {}, person.name)),
    h("p", { class: "muted" }, [person.role, person.country?.name].filter(Boolean).join(" · ") || "No office or country known"),
    h("p", {}, `${plural(node.meetingIds.length, "meeting")} in this view. `, h("a", { href: actions.filterUrl({ person: person.name }) }, `Show only ${person.name}'s meetings`)),
    h("h3", {}, `Met (${met.length})`),
    h(
      "ul",
      { class: "people", id: "neighbours" },
      met.map(({ person: other, edge }) =>
        h(
          "li",
          {},
          h("button", { type: "button", class: "link", "data-pair": edge.id, "data-name": other.name, onclick: () => actions.pair(edge.id) }, personLabel(model, other)),
          ` ${plural(edge.meetingIds.length, "meeting")}`,
        ),
      ),
    ),
  );
}

/** Shows a pair's meetings, fetching their details; stale answers (another click came first) are dropped. */
export async function renderPair(panel: HTMLElement, model: GraphModel, pairId: string, api: Api, isCurrent: () => boolean) {
  const edge = model.edges.find((e) => e.id === pairId);
  if (!edge) return;
  const people = new Map(model.nodes.map((n) => [n.person.id, n.person]));
  const [a, b] = [people.get(edge.source)!, people.get(edge.target)!];
  const heading = h("h2", {}, h("bdi", {}, a.name), " and ", h("bdi", {}, b.name));
  panel.replaceChildren(heading, h("p", { class: "muted" }, `${plural(edge.meetingIds.length, "meeting")}; loading…`));
  panel.setAttribute("aria-busy", "true");
  try {
    const details = await api.meetingDetails(edge.meetingIds);
    if (!isCurrent()) return;
    panel.replaceChildren(heading, h("p", { class: "muted" }, `${plural(details.length, "meeting")}, newest first`), ...details.map(renderMeeting));
  } catch (error) {
    if (isCurrent()) panel.replaceChildren(heading, h("p", { class: "error" }, `Could not load the meetings: ${(error as Error).message}`));
  } finally {
    if (isCurrent()) panel.removeAttribute("aria-busy");
  }
}

function renderMeeting(m: MeetingDetail) {
  const when = formatDay(m.date) ?? "date not reported";
  const where = m.location ?? "place not reported";
  return h(
    "article",
    { class: "meeting", "data-meeting": m.id },
    h("h3", {}, `${where} · ${when}`, h("span", { class: "muted" }, m.mode === "PHONE" ? " · by phone" : " · in person")),
    h("p", { class: "participants" }, m.participants.flatMap((p, i) => [i ? ", " : "", h("bdi", {}, p.name)])),
    h("h4", {}, `Sources (${m.reports.length})`),
    h(
      "ul",
      { class: "sources" },
      m.reports.map((r) =>
        h(
          "li",
          {},
          h("bdi", { class: "title" }, r.article.title),
          h("span", { class: "muted" }, [r.article.publisher, formatDay(r.article.publishedAt)].filter(Boolean).map((s) => ` · ${s}`).join("")),
          h("blockquote", { dir: "auto" }, r.evidence.text),
          h("a", { class: "evidence", href: evidenceHref(r.article.id, r.evidence) }, "Read it in the article"),
        ),
      ),
    ),
    h("h4", {}, m.quotes.totalCount > m.quotes.nodes.length ? `Quotes (first ${m.quotes.nodes.length} of ${m.quotes.totalCount})` : `Quotes (${m.quotes.totalCount})`),
    m.quotes.nodes.length
      ? h(
          "ul",
          { class: "quotes" },
          m.quotes.nodes.map((q) =>
            h(
              "li",
              {},
              h("bdi", { class: "speaker" }, q.speaker.name),
              q.direct ? ": " : " (reported): ",
              q.direct ? h("q", { dir: "auto" }, q.text) : h("span", { dir: "auto", class: "reported" }, q.text),
              " ",
              h("a", { class: "evidence", href: evidenceHref(q.article.id, q.evidence), title: q.article.title }, "in the article"),
            ),
          ),
        )
      : h("p", { class: "muted" }, "No one is quoted at this meeting."),
  );
}
