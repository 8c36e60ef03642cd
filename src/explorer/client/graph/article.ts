/**
 * The article panel: an article's text with the words a fact was read from marked and scrolled
 * into view. Opened by links of the form #article=<id>&start=<offset>&end=<offset> (UTF-16
 * offsets into Article.body, as Evidence gives them).
 */
import type { Api } from "./api.ts";
import { formatDay, h } from "./dom.ts";

export interface EvidenceLink {
  articleId: string;
  start: number;
  end: number;
}

export function parseEvidenceHash(hash: string): EvidenceLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const articleId = params.get("article");
  const start = Number(params.get("start"));
  const end = Number(params.get("end"));
  if (!articleId || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  return { articleId, start, end };
}

export async function showArticle(panel: HTMLElement, api: Api, link: EvidenceLink, close: () => void) {
  const closeButton = h("button", { type: "button", class: "close", "aria-label": "Close the article", onclick: close }, "×");
  panel.hidden = false;
  panel.setAttribute("aria-busy", "true");
  panel.replaceChildren(closeButton, h("p", { class: "muted" }, "Loading the article…"));
  try {
    const article = await api.article(link.articleId);
    if (!article) {
      panel.replaceChildren(closeButton, h("p", { class: "error" }, "This article is not in the database."));
      return;
    }
    const { body } = article;
    const mark = h("mark", { id: "evidence" }, body.slice(link.start, link.end));
    panel.replaceChildren(
      closeButton,
      h("h2", { dir: "auto" }, article.title),
      h(
        "p",
        { class: "muted" },
        [article.publisher, formatDay(article.publishedAt)].filter(Boolean).join(" · "),
        article.url ? [" · ", h("a", { href: article.url, rel: "noreferrer noopener", target: "_blank" }, "original")] : null,
      ),
      h("div", { class: "body", dir: "auto" }, body.slice(0, link.start), mark, body.slice(link.end)),
    );
    mark.scrollIntoView({ block: "center" });
  } catch (error) {
    panel.replaceChildren(closeButton, h("p", { class: "error" }, `Could not load the article: ${(error as Error).message}`));
  } finally {
    panel.removeAttribute("aria-busy");
  }
}
