/**
 * The explorer in a real browser: `npm start` (the entry point, on a fresh PGlite folder) and
 * Debian's Chromium with every request to anything but the server aborted and recorded. It opens
 * GraphiQL with the examples as tabs, runs the README's example, opens the docs and the history,
 * draws /graph, filters it by person, country and dates, opens the meetings behind an edge and
 * the evidence in an article, and finally asserts that no request left for anywhere else.
 * Screenshots of both pages go to test-results/screenshots/ (PARLEY_SCREENSHOT_DIR to change it;
 * the README's pictures are made that way).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchOfflineBrowser, skipBrowser, type OfflineBrowser } from "../fixtures/browser.ts";
import { startServer, type Started } from "../fixtures/npm-start.ts";

const root = join(import.meta.dirname, "../..");
const screenshotDir = process.env.PARLEY_SCREENSHOT_DIR ?? join(root, "test-results/screenshots");
const operationsDir = join(root, "examples/operations");
const exampleNames = readdirSync(operationsDir).filter((f) => f.endsWith(".graphql")).map((f) => f.slice(0, -".graphql".length));

/** The README's first example and the response it shows for it. */
function readmeExample(): { query: string; response: any } {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const query = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
  const response = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!query || !response) throw new Error("README.md has no ```graphql example followed by its ```json response");
  return { query, response: JSON.parse(response) };
}

/** What a meeting list says, order aside: place, date and who took part. */
function meetingFacts(nodes: { location: string | null; date: string | null; participants: { name: string }[] }[]): string[] {
  return nodes.map((m) => `${m.location} ${m.date} ${m.participants.map((p) => p.name).sort().join(", ")}`).sort();
}

(skipBrowser ? describe.skip : describe)("GraphiQL and /graph in Chromium, offline", () => {
  let dataDir: string;
  let server: Started;
  let origin: string;
  let browser: OfflineBrowser;
  let page: Page;

  /** Asks the API directly (from the test, not the page). */
  async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  /** The text of a Monaco editor's visible lines (it draws spaces as no-break spaces). */
  const editorText = (selector: string) => async () => (await page.locator(`${selector} .view-lines`).innerText()).replace(/\u00a0/g, " ");
  const toolEditor = ".graphiql-editor-tool .graphiql-editor:not(.hidden)";

  const graph = () => page.evaluateHandle(() => (globalThis as unknown as { parleyGraph: Core }).parleyGraph);
  const graphNodeNames = () => page.evaluate(() => (globalThis as unknown as { parleyGraph: Core }).parleyGraph.nodes().map((n) => n.data("label") as string).sort());

  async function openGraph(search = "") {
    await page.goto(`${origin}/graph${search}`);
    await page.locator("body[data-state=ready]").waitFor();
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "parley-browser-"));
    const env: NodeJS.ProcessEnv = { ...process.env, PARLEY_DATA_DIR: join(dataDir, "pglite") };
    delete env.DATABASE_URL;
    delete env.DATABASE_SCHEMA;
    server = await startServer(env, 120_000);
    origin = new URL(server.url).origin.replace("localhost", "127.0.0.1");
    browser = await launchOfflineBrowser(origin);
    page = await browser.context.newPage();
    mkdirSync(screenshotDir, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("opens GraphiQL at /graphql with every example operation as a tab, its variables filled in", async () => {
    await page.goto(`${origin}/graphql`);
    await expect.poll(() => page.locator(".graphiql-tab .graphiql-tab-button").allInnerTexts(), { timeout: 60_000 }).toEqual(expect.arrayContaining(exampleNames));
    expect(await page.locator(".graphiql-tab").count()).toBe(exampleNames.length);
    const firstTab = (await page.locator(".graphiql-tab .graphiql-tab-button").first().innerText()).trim();
    const variables = JSON.parse(readFileSync(join(operationsDir, `${firstTab}.variables.json`), "utf8")) as Record<string, unknown>;
    for (const [name, value] of Object.entries(variables)) await expect.poll(editorText(toolEditor)).toContain(`"${name}": ${JSON.stringify(value)}`);
    // It runs as it opened, variables and all.
    const answer = page.waitForResponse((r) => r.url() === `${origin}/graphql` && (r.request().postData() ?? "").includes(`"operationName":"${firstTab}"`));
    await page.locator(".graphiql-execute-button").click();
    const body = (await (await answer).json()) as { data?: object; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!).every((value) => value !== null)).toBe(true);
    await expect.poll(editorText(".result-window")).toContain('"data"');
    await page.screenshot({ path: join(screenshotDir, "graphiql.png") });
  }, 120_000);

  it("explains the ingest mutation's token in its tab's headers", async () => {
    await page.locator(".graphiql-tab-button", { hasText: "IngestArticle" }).click();
    await page.locator('.graphiql-editors button[data-name="headers"]').click();
    await expect.poll(editorText(toolEditor)).toContain('"Authorization": "Bearer <token>"');
    expect(await editorText(toolEditor)()).toContain("PARLEY_API_TOKEN");
    expect(await page.locator(".graphiql-footer").innerText()).toContain("PARLEY_API_TOKEN");
  }, 120_000);

  it("serves the same GraphiQL at / to a browser", async () => {
    await page.goto(`${origin}/`);
    expect(await page.title()).toBe("Parley · GraphiQL");
    await page.locator(".graphiql-tab").first().waitFor();
  }, 120_000);

  it("runs the README's example in GraphiQL and gets the README's answer", async () => {
    const example = readmeExample();
    await page.goto(`${origin}/graphql?query=${encodeURIComponent(example.query)}`);
    // The editors load after the page; running before the query is in one would send nothing.
    await expect.poll(editorText(".graphiql-query-editor")).toContain('person(name: "لاوروف")');
    const answer = page.waitForResponse((r) => r.url() === `${origin}/graphql` && r.request().method() === "POST" && (r.request().postData() ?? "").includes('person(name: \\"لاوروف\\")'));
    await page.locator(".graphiql-execute-button").click();
    const body = (await (await answer).json()) as any;
    expect(body.errors).toBeUndefined();
    const { person } = body.data;
    const expected = example.response.data.person;
    expect(person.name).toBe(expected.name);
    expect(person.meetings.totalCount).toBe(expected.meetings.totalCount);
    expect(meetingFacts(person.meetings.nodes)).toEqual(meetingFacts(expected.meetings.nodes));
    await expect.poll(editorText(".result-window")).toContain('"name": "Sergey Lavrov"');
  }, 120_000);

  it("has the schema's docs and the history of what ran", async () => {
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => page.locator(".graphiql-plugin").innerText()).toContain("Query");
    await page.locator(".graphiql-plugin a", { hasText: "Query" }).first().click();
    await expect.poll(() => page.locator(".graphiql-plugin").innerText()).toContain("meetings");
    await page.locator('[aria-label="Show History"]').click();
    await expect.poll(() => page.locator(".graphiql-history-items li").count()).toBeGreaterThan(0);
  }, 120_000);

  it("draws everyone who met at /graph, a node per person in a meeting", async () => {
    const { meetings } = await api(`{ meetings(first: 100) { totalCount nodes { participants { name } } } }`);
    expect(meetings.totalCount).toBeLessThanOrEqual(100);
    const people = [...new Set(meetings.nodes.flatMap((m: any) => m.participants.map((p: any) => p.name)))].sort();
    await openGraph();
    expect(await graphNodeNames()).toEqual(people);
    expect(await page.locator("#details").innerText()).toContain(`${people.length} people, ${meetings.totalCount} meetings`);
  }, 120_000);

  it("filters by a person in any script and shows Lavrov's neighbours", async () => {
    const { person } = await api(`{ person(name: "Lavrov") { id metPeople(first: 100) { nodes { meetingCount person { id name } } } } }`);
    const expected = person.metPeople.nodes.map((n: any) => n.person.name).sort();
    expect(expected).toEqual(expect.arrayContaining(["John Kerry", "Mohammad Javad Zarif", "Walid al-Muallem"]));
    await openGraph();
    await page.locator('input[name="person"]').fill("لاوروف");
    await Promise.all([page.waitForURL(/person=/), page.locator('#filters button[type="submit"]').click()]);
    await page.locator("body[data-state=ready]").waitFor();
    // The side panel lists them, and the drawing links them to Lavrov.
    const listed = await page.locator("#neighbours [data-name]").evaluateAll((buttons) => buttons.map((b) => (b as unknown as { dataset: { name: string } }).dataset.name).sort());
    expect(listed).toEqual(expected);
    const drawn = await (await graph()).evaluate((cy, id) => cy.getElementById(id).neighborhood("node").map((n) => n.id()).sort(), person.id);
    expect(drawn).toEqual(person.metPeople.nodes.map((n: any) => n.person.id).sort());
    for (const n of person.metPeople.nodes) {
      await expect(page.locator(`#neighbours li:has([data-name="${n.person.name}"])`).innerText()).resolves.toContain(`${n.meetingCount} meeting`);
    }
  }, 120_000);

  it("lists the meetings behind a clicked edge with place, date, sources and quotes, linked to the evidence", async () => {
    const { meetings } = await api(`{ meetings(participantNames: ["Lavrov", "Kerry"], first: 100) { totalCount nodes { location date reports { article { title } } } } }`);
    const { lavrov, kerry } = await api(`{ lavrov: person(name: "Lavrov") { id } kerry: person(name: "Kerry") { id } }`);
    await openGraph(`?person=${encodeURIComponent("Lavrov")}`);
    // Click the drawn line between the two, where Cytoscape draws its middle.
    const edgeId = [lavrov.id, kerry.id].sort().join("|");
    const point = await (await graph()).evaluate((cy, id) => cy.getElementById(id).renderedMidpoint(), edgeId);
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const details = page.locator("#details");
    await expect.poll(() => details.locator("article.meeting").count()).toBe(meetings.totalCount);
    const text = await details.innerText();
    for (const m of meetings.nodes) {
      if (m.location) expect(text).toContain(m.location);
      for (const r of m.reports) expect(text).toContain(r.article.title);
    }
    expect(text).toContain("24 March 2016"); // the dated Moscow meeting
    expect(await details.locator("ul.quotes li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotDir, "graph.png") });

    // The first source's evidence opens its article with those words marked.
    const source = details.locator("ul.sources li").first();
    const quoted = (await source.locator("blockquote").innerText()).trim();
    await source.locator("a.evidence").click();
    const mark = page.locator("#article mark");
    await mark.waitFor();
    expect((await mark.innerText()).trim()).toBe(quoted);
    await page.screenshot({ path: join(screenshotDir, "graph-evidence.png") });
  }, 120_000);

  it("filters by country and by date range", async () => {
    const { meetings } = await api(`{ meetings(first: 100) { nodes { participants { name country { code } } } } }`);
    const withSyria = meetings.nodes.filter((m: any) => m.participants.some((p: any) => p.country?.code === "SY"));
    expect(withSyria.length).toBeGreaterThan(0);
    await openGraph("?country=SY");
    expect(await graphNodeNames()).toEqual([...new Set(withSyria.flatMap((m: any) => m.participants.map((p: any) => p.name)))].sort());
    expect(await page.locator('select[name="country"]').inputValue()).toBe("SY");

    const dated = (await api(`{ meetings(from: "2016-01-01", to: "2016-12-31", first: 100) { nodes { participants { name } } } }`)).meetings.nodes;
    expect(dated.length).toBeGreaterThan(0);
    await openGraph("?from=2016-01-01&to=2016-12-31");
    expect(await graphNodeNames()).toEqual([...new Set(dated.flatMap((m: any) => m.participants.map((p: any) => p.name)))].sort());
  }, 120_000);

  it("made no request to anything but the server, and no page threw", () => {
    expect(browser.requests.length).toBeGreaterThan(20);
    expect(browser.outside).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
