import { createHash } from "node:crypto";

/**
 * The article's identity: SHA-256 of its text with line endings and Unicode composition
 * made uniform, so the same article saved by two tools is still one article.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(canonicalText(text)).digest("hex");
}

/** The text as stored: NFC, LF line endings, no trailing whitespace at the end. */
export function canonicalText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\s+$/, "");
}
