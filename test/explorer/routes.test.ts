/**
 * The explorer's routes over HTTP, without a browser: browsers' GETs of /graphql and / get
 * GraphiQL, /graph its page, the bundles come from this server with nothing outside named in
 * their style sheets or pages, and every GraphQL request still reaches Apollo unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import type { IncomingMessage } from "node:http";
import { ensureExplorerBuilt, type Manifest } from "../../src/explorer/build.ts";
import { prefersHtml } from "../../src/explorer/index.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

/** What Chromium sends when the address bar opens a page. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

let server: TestServer;
let origin: string;
let manifest: Manifest;

beforeAll(async () => {
  server = await startTestServer("pglite", { seed: false });
  origin = new URL(server.url).origin;
  manifest = (await ensureExplorerBuilt()).manifest;
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers, redirect: "manual" });

/** The configuration a page carries. */
function pageConfig(html: string): any {
  const json = /<script type="application\/json" id="parley-config">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error("no #parley-config in the page");
  return JSON.parse(json);
}

describe("pages for browsers", () => {
  it("serves GraphiQL at /graphql to a browser, with the examples as tabs", async () => {
    const response = await get("/graphql", { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("vary")).toBe("Accept");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'/);
    const html = await response.text();
    expect(html).toContain("<title>Parley · GraphiQL</title>");
    const config = pageConfig(html);
    expect(config.endpoint).toBe("/graphql");
    expect(config.tabs.map((t: { query: string }) => /(?:query|mutation) (\w+)/.exec(t.query)?.[1])).toEqual([
      "LavrovMeetings", "MeetingsBetween", "PersonNetwork", "PersonQuotesPage", "SearchQuotes", "CountryContacts", "Articles", "NodeLookup", "IngestArticle",
    ]);
    for (const tab of config.tabs) expect(JSON.parse(tab.variables)).toBeTypeOf("object");
    expect(config.tabs.at(-1).headers).toContain('"Authorization": "Bearer <token>"');
    expect(Object.values(config.workers)).toHaveLength(3);
  });

  it("serves the same page at / to a browser, and still redirects other clients to /graphql", async () => {
    const page = await get("/", { accept: BROWSER_ACCEPT });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Parley · GraphiQL</title>");
    const other = await get("/", { accept: "*/*" });
    expect(other.status).toBe(302);
    expect(other.headers.get("location")).toBe("/graphql");
  });

  it("serves the who-met-whom page at /graph", async () => {
    for (const path of ["/graph", "/graph?person=Lavrov&from=2016-01-01"]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("<title>Parley · Who met whom</title>");
      expect(pageConfig(html)).toEqual({ endpoint: "/graphql" });
    }
  });

  it("links only files of its own, and names nothing outside the machine in pages or style sheets", async () => {
    for (const path of ["/graphql", "/graph"]) {
      const html = await (await get(path, { accept: BROWSER_ACCEPT })).text();
      const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) {
        if (link.startsWith("data:")) continue;
        expect(link).toMatch(/^\/explorer\/assets\//);
        expect((await get(link)).status, link).toBe(200);
      }
      expect(html).not.toMatch(/https?:\/\//);
    }
    for (const file of manifest.files.filter((f) => f.endsWith(".css"))) {
      const css = await (await get(`/explorer/assets/${file}`)).text();
      expect(css, file).not.toMatch(/@import/);
      for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)/g)) {
        if (url!.startsWith("data:") || url!.startsWith("#")) continue;
        expect(manifest.files, `${file} refers to ${url}`).toContain(url!.replace(/^\.\//, ""));
      }
    }
  });
});

describe("assets", () => {
  it("serves every built file with its type, a year's caching and an ETag", async () => {
    for (const file of manifest.files.filter((f) => f !== "manifest.json")) {
      const response = await get(`/explorer/assets/${file}`);
      expect(response.status, file).toBe(200);
      const type = response.headers.get("content-type")!;
      if (file.endsWith(".js")) expect(type).toBe("text/javascript; charset=utf-8");
      if (file.endsWith(".css")) expect(type).toBe("text/css; charset=utf-8");
      if (file.endsWith(".ttf")) expect(type).toBe("font/ttf");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("etag")).toMatch(/^".+"$/);
      await response.arrayBuffer();
    }
  });

  it("answers If-None-Match with 304, gzips when asked, and 404s unknown files", async () => {
    const script = `/explorer/assets/${manifest.pages.graph.script}`;
    const plain = await get(script);
    const body = Buffer.from(await plain.arrayBuffer());
    expect((await get(script, { "if-none-match": plain.headers.get("etag")! })).status).toBe(304);
    const { request } = await import("node:http");
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(origin + script, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      }).on("error", reject).end();
    });
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(body)).toBe(true);
    expect((await get("/explorer/assets/nothing.js")).status).toBe(404);
  });
});

describe("GraphQL requests reach Apollo unchanged", () => {
  it("takes a page only for GETs that prefer HTML to every type Apollo answers with", () => {
    const request = (method: string, accept?: string) => ({ method, headers: accept ? { accept } : {} }) as IncomingMessage;
    expect(prefersHtml(request("GET", BROWSER_ACCEPT))).toBe(true);
    expect(prefersHtml(request("GET", "text/html"))).toBe(true);
    for (const accept of [undefined, "*/*", "application/json", "application/json, text/html", "text/html;q=0.5, application/json", "multipart/mixed, text/html;q=0.9", "application/graphql-response+json"]) {
      expect(prefersHtml(request("GET", accept)), String(accept)).toBe(false);
    }
    expect(prefersHtml(request("POST", BROWSER_ACCEPT))).toBe(false);
    expect(prefersHtml(request("HEAD", BROWSER_ACCEPT))).toBe(false);
  });

  it("POST with JSON", async () => {
    expect(await server.data(`{ __typename }`)).toEqual({ __typename: "Query" });
  });

  it("GET with a query string, from clients that accept JSON or anything", async () => {
    for (const accept of ["application/json", "application/graphql-response+json", "*/*"]) {
      // Apollo's CSRF prevention wants this header on GETs; that is unchanged too.
      const response = await get(`/graphql?query=${encodeURIComponent("{ __typename }")}`, { accept, "apollo-require-preflight": "true" });
      expect(response.headers.get("content-type"), accept).toMatch(/^application\/(graphql-response\+)?json/);
      expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    }
  });

  it("GET without a query from a client that is not a browser: Apollo's own answer, not a page", async () => {
    const response = await get("/graphql", { accept: "*/*" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("a browser's GET of /graphql with a query opens it in GraphiQL, where Apollo would have sent its landing page", async () => {
    const response = await get(`/graphql?query=${encodeURIComponent("{ __typename }")}`, { accept: BROWSER_ACCEPT });
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("<title>Parley · GraphiQL</title>");
  });
});
