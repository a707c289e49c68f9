// Escaping for the exported .html: user text only ever becomes text, never markup.

/** Text safe to place in HTML content or in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON written in ASCII only: every other character as its \u escape. The same data, and a file
 * whose text a browser holds in one byte a character when it is read back for import.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, hex4);
}

/** JSON that can sit inside <script type="application/json"> without ever closing the tag or opening a comment (ASCII, as asciiJson). */
export function embedJson(value: unknown): string {
  return asciiJson(value).replace(/[<>&]/g, hex4);
}

/** Image types shown inline in the export (never SVG, which can carry script). */
export const INLINE_IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
