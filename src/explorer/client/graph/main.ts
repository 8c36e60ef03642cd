/**
 * The who-met-whom page (/graph): filters in the URL (?person=&country=&from=&to=), so every
 * view is a link; the graph; a side panel for what is clicked; the article panel for evidence.
 * `document.body.dataset.state` is "loading", "ready" or "error"; `window.parleyGraph` is the
 * Cytoscape instance, for the console and the browser test.
 */
import "../graph.css";
import type { Core } from "cytoscape";
import type { GraphPageConfig } from "../config.ts";
import { readConfig } from "../read-config.ts";
import { Api, GraphQLRequestError, MAX_MEETINGS, type Filters } from "./api.ts";
import { parseEvidenceHash, showArticle } from "./article.ts";
import { renderOverview, renderPair, renderPerson, type PanelActions } from "./details.ts";
import { h, plural } from "./dom.ts";
import { assignColours, buildGraph, filterByCountry, type GraphModel } from "./model.ts";
import { drawGraph, focus } from "./view.ts";

const config = readConfig<GraphPageConfig>();
const api = new Api(config.endpoint);

function readFilters(): Filters {
  const params = new URLSearchParams(location.search);
  const value = (name: string) => params.get(name)?.trim() || undefined;
  return { person: value("person"), country: value("country")?.toUpperCase(), from: value("from"), to: value("to") };
}

function filterUrl(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/graph?${query}` : "/graph";
}

const filters = readFilters();

// The page: a header, the filter form (a plain GET form: submitting it loads the new view), the
// status line, the graph beside the side panel, and the article panel.
const personInput = h("input", { name: "person", list: "person-names", value: filters.person ?? "", placeholder: "any spelling: لاوروف, Lavrov", autocomplete: "off" });
const countrySelect = h("select", { name: "country" }, h("option", { value: "" }, "All countries"));
const fromInput = h("input", { type: "date", name: "from", value: filters.from ?? "" });
const toInput = h("input", { type: "date", name: "to", value: filters.to ?? "" });
const names = h("datalist", { id: "person-names" });
const status = h("p", { id: "status", role: "status" });
const graphBox = h("div", { id: "graph", role: "img", "aria-label": "Graph of who met whom; the side panel lists the same people and meetings" });
const panel = h("aside", { id: "details", "aria-live": "polite" });
const articlePanel = h("aside", { id: "article", "aria-label": "Article" });
articlePanel.hidden = true;

document.getElementById("root")!.replaceChildren(
  h("header", { class: "bar" }, h("h1", {}, h("span", { class: "name" }, "Parley"), " · Who met whom"), h("nav", {}, h("a", { href: "/graphql" }, "GraphiQL"))),
  h(
    "form",
    { id: "filters", method: "get", action: "/graph", role: "search" },
    h("label", {}, "Person ", personInput),
    names,
    h("label", {}, "Country ", countrySelect),
    h("label", {}, "From ", fromInput),
    h("label", {}, "To ", toInput),
    h("button", { type: "submit" }, "Show"),
    h("a", { href: "/graph" }, "Clear"),
    h("span", { class: "hint" }, "A date range leaves out meetings no article dates."),
  ),
  status,
  h("div", { class: "main" }, graphBox, panel),
  articlePanel,
);

function setState(state: "loading" | "ready" | "error", message: string) {
  document.body.dataset.state = state;
  status.textContent = message;
  status.className = state === "error" ? "error" : "";
}

let model: GraphModel;
let cy: Core | undefined;
let selection = 0; // bumped on every click, so a slow answer for an earlier one is dropped

const actions: PanelActions = {
  person(id) {
    selection++;
    if (cy) focus(cy, [id, ...cy.getElementById(id).connectedEdges().map((e) => e.id()), ...cy.getElementById(id).neighborhood("node").map((n) => n.id())]);
    renderPerson(panel, model, id, actions);
  },
  pair(id) {
    const current = ++selection;
    const edge = model.edges.find((e) => e.id === id);
    if (cy && edge) focus(cy, [id, edge.source, edge.target]);
    void renderPair(panel, model, id, api, () => current === selection);
  },
  filterUrl: (change) => filterUrl({ ...filters, ...change }),
};

function showOverview() {
  selection++;
  if (cy) focus(cy, []);
  renderOverview(panel, model, actions);
}

async function openEvidenceFromHash() {
  const link = parseEvidenceHash(location.hash);
  if (!link) {
    articlePanel.hidden = true;
    return;
  }
  await showArticle(articlePanel, api, link, () => {
    history.pushState(null, "", location.pathname + location.search); // no hashchange event
    articlePanel.hidden = true;
  });
}

async function load() {
  setState("loading", "Loading meetings…");
  void api.suggestedNames().then(
    (list) => names.replaceChildren(...list.map((name) => h("option", { value: name }))),
    () => {}, // suggestions are a convenience; the filter works without them
  );
  let loaded;
  let subjectId: string | null = null;
  try {
    [loaded, subjectId] = await Promise.all([
      api.meetings(filters, (n, total) => setState("loading", `Loading meetings… ${n} of ${Math.min(total, MAX_MEETINGS)}`)),
      filters.person ? api.personId(filters.person) : null,
    ]);
  } catch (error) {
    const notFound = error instanceof GraphQLRequestError && error.code === "NOT_FOUND";
    model = buildGraph([]);
    renderOverview(panel, model, actions);
    return setState(notFound ? "ready" : "error", notFound ? `No one is known by the name “${filters.person}”. Try another spelling or script.` : `Could not load the meetings: ${(error as Error).message}`);
  }
  // Country choices: the countries of the people the other filters select.
  const all = buildGraph(loaded.meetings);
  countrySelect.replaceChildren(h("option", { value: "" }, "All countries"), ...all.countries.map((c) => h("option", { value: c.code, selected: c.code === filters.country }, `${c.name} (${c.code})`)));
  // Colours by the countries with most people here, the same with and without the country filter.
  const peoplePerCountry = (code: string) => all.nodes.filter((n) => n.person.country?.code === code).length;
  const colours = assignColours(all.countries.map((c) => c.code).sort((a, b) => peoplePerCountry(b) - peoplePerCountry(a) || a.localeCompare(b)));
  model = buildGraph(filterByCountry(loaded.meetings, filters.country), colours);

  const parts = [`${plural(model.nodes.length, "person", "people")} in ${plural(model.meetings.size, "meeting")}`];
  if (filters.person) parts.push(`with ${filters.person}`);
  if (filters.country) parts.push(`with someone from ${all.countries.find((c) => c.code === filters.country)?.name ?? filters.country}`);
  if (filters.from || filters.to) parts.push(`dated ${filters.from ?? "…"} to ${filters.to ?? "…"}`);
  if (loaded.totalCount > loaded.meetings.length) parts.push(`(the newest ${loaded.meetings.length} of ${loaded.totalCount}: narrow the filters to see the rest)`);
  if (!model.nodes.length) parts.push("— nothing to draw; widen the filters.");

  cy?.destroy();
  cy = drawGraph(graphBox, model, { person: actions.person, pair: actions.pair, background: showOverview });
  (window as unknown as { parleyGraph?: Core }).parleyGraph = cy;
  // With a person filter, open on that person and the people they met.
  if (subjectId && model.nodes.some((n) => n.person.id === subjectId)) actions.person(subjectId);
  else showOverview();
  setState("ready", parts.join(" "));
}

window.addEventListener("hashchange", () => void openEvidenceFromHash());
void load().then(openEvidenceFromHash);
