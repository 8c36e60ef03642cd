/** The two HTML pages: a shell that links its bundle and carries its configuration as JSON. */
import type { Assets } from "./assets.ts";
import type { GraphiQLPageConfig, GraphPageConfig } from "./client/config.ts";

/**
 * Every page is served with this policy: scripts, styles, fonts, workers and requests may come
 * from this server only (inline styles and data: URLs aside, which GraphiQL's editor uses), so a
 * browser refuses anything that would leave the machine even if a bundle asked for it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function shell(title: string, assets: Assets, page: "graphiql" | "graph", config: unknown): string {
  const { script, style } = assets.manifest.pages[page];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets.url(style)}">
<script type="application/json" id="parley-config">${scriptJson(config)}</script>
<script type="module" src="${assets.url(script)}"></script>
</head>
<body class="parley-${page}">
<div id="root"><noscript>This page needs JavaScript. The GraphQL endpoint itself is /graphql.</noscript></div>
</body>
</html>
`;
}

export function graphiqlPage(assets: Assets, config: Omit<GraphiQLPageConfig, "workers">): string {
  const { editor, json, graphql } = assets.manifest.workers;
  const full: GraphiQLPageConfig = { ...config, workers: { editor: assets.url(editor), json: assets.url(json), graphql: assets.url(graphql) } };
  return shell("Parley · GraphiQL", assets, "graphiql", full);
}

export function graphPage(assets: Assets, config: GraphPageConfig): string {
  return shell("Parley · Who met whom", assets, "graph", config);
}
