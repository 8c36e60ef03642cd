/**
 * What the server puts in each page (a `<script type="application/json" id="parley-config">`),
 * shared by src/explorer/pages.ts and the browser code. Types only: nothing here runs.
 */

/** One GraphiQL tab: an operation with its variables and request headers (JSON with comments). */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Configuration of the GraphiQL page. */
export interface GraphiQLPageConfig {
  /** Path of the GraphQL endpoint on this server. */
  endpoint: string;
  /** The example operations, in the order they open. */
  tabs: ExampleTab[];
  /** Prefix for GraphiQL's localStorage keys; it changes when the examples change, so they reopen. */
  storageNamespace: string;
  /** URLs of Monaco's web workers, by the label Monaco asks for. */
  workers: { editor: string; json: string; graphql: string };
}

/** Configuration of the who-met-whom page. */
export interface GraphPageConfig {
  endpoint: string;
}
