/**
 * GraphiQL as Parley serves it: the example operations as tabs with their variables, schema
 * docs and history (GraphiQL's built-in plugins), Monaco's workers from this server, and
 * localStorage keys of its own. A `?query=` (with `variables`, `operationName`) in the page's
 * URL opens as one more tab, the way links to GraphiQL usually carry an operation.
 */
import "monaco-editor/min/vs/editor/editor.main.css";
import "graphiql/style.css";
import "./graphiql.css";
import { GraphiQL } from "graphiql";
import type { ComponentProps } from "react";
import { createRoot } from "react-dom/client";
import type { ExampleTab, GraphiQLPageConfig } from "./config.ts";
import { readConfig } from "./read-config.ts";

const config = readConfig<GraphiQLPageConfig>();

// Monaco asks for a worker by label when an editor needs one; all three are files of this server.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url = label === "json" ? config.workers.json : label === "graphql" ? config.workers.graphql : config.workers.editor;
    return new Worker(url, { name: `monaco-${label}` });
  },
};

/** POSTs the operation as JSON to this server, with the headers from the headers editor. */
const fetcher: ComponentProps<typeof GraphiQL>["fetcher"] = async (params, options) => {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...options?.headers },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
};

/** localStorage under a prefix that changes with the examples, so new examples open as tabs. */
function namespacedStorage(prefix: string): Storage {
  const key = (k: string) => prefix + k;
  return {
    get length() {
      return Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length;
    },
    clear: () => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).forEach((k) => localStorage.removeItem(k)),
    getItem: (k) => localStorage.getItem(key(k)),
    setItem: (k, v) => localStorage.setItem(key(k), v),
    removeItem: (k) => localStorage.removeItem(key(k)),
    key: (i) => Object.keys(localStorage).filter((k) => k.startsWith(prefix))[i]?.slice(prefix.length) ?? null,
  };
}

/** The operation a link to this page carries, if any. */
function tabFromUrl(): ExampleTab | undefined {
  const params = new URLSearchParams(location.search);
  const query = params.get("query");
  if (!query) return undefined;
  const variables = params.get("variables");
  return { query, ...(variables ? { variables } : {}) };
}

const linked = tabFromUrl();
const storage = namespacedStorage(config.storageNamespace);

// On a first visit GraphiQL opens defaultTabs but fills the variables and headers editors only
// from the initial* props, so the first tab's are passed there too. Later visits restore what
// GraphiQL stored (tabs and editor contents) and must not be given them.
const firstVisit = storage.getItem("graphiql:tabState") === null;
const opening = linked ?? (firstVisit ? config.tabs[0] : undefined);

createRoot(document.getElementById("root")!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={linked ? [linked, ...config.tabs] : config.tabs}
    initialQuery={opening?.query}
    initialVariables={opening?.variables}
    initialHeaders={opening?.headers}
    storage={storage}
    defaultEditorToolsVisibility="variables"
    shouldPersistHeaders={false}
  >
    {/* GraphiQL finds these by their component type, so they stay direct children. */}
    <GraphiQL.Logo>
      <nav className="parley-nav" aria-label="Parley">
        <span className="parley-name">Parley</span>
        <a href="/graph">Who met whom</a>
      </nav>
    </GraphiQL.Logo>
    <GraphiQL.Footer>
      <p className="parley-footer">
        Reads need nothing. <code>ingestArticle</code> needs the header <code>Authorization: Bearer &lt;token&gt;</code> with the server's <code>PARLEY_API_TOKEN</code>: see the
        IngestArticle tab's headers. Headers are not stored in this browser.
      </p>
    </GraphiQL.Footer>
  </GraphiQL>,
);
