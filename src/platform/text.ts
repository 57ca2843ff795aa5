/**
 * Search text for every ASEAN language. Thai, Lao, Khmer and Burmese are written without spaces
 * between words: Intl.Segmenter (ICU's dictionary word breaker) splits them into words. Latin
 * scripts are folded to lower case without diacritics (Vietnamese "Việt" matches "viet"); marks in
 * other scripts are kept, since there they are part of the letters.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** Scripts written without spaces between words: only ICU's dictionary breaker finds their words. */
const UNSPACED =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * A word of a spaced script as UAX #29 (which Intl.Segmenter implements) draws it: letters, marks,
 * digits and underscores, joined across an apostrophe, period, colon or middle dot between letters
 * (can't, U.S.A) and across a comma, period or semicolon between digits (1,000.50).
 */
const WORD =
  /[\p{L}\p{Nl}\p{Nd}_][\p{L}\p{M}\p{Nl}\p{Nd}\p{Pc}]*(?:(?:['’.:·](?=\p{L})|[,.;'’](?=\p{Nd}))[\p{L}\p{Nl}\p{Nd}_][\p{L}\p{M}\p{Nl}\p{Nd}\p{Pc}]*)*/gu;

export interface Segment {
  segment: string;
  isWordLike: boolean;
}

/**
 * A text cut into words and what lies between them. Text in spaced scripts only (Latin, Vietnamese,
 * and the like: nearly every report) takes a regular expression, several times faster than
 * Intl.Segmenter and giving the same words; text with any Thai, Lao, Khmer, Burmese, Chinese or
 * Japanese goes through Intl.Segmenter.
 */
export function segments(text: string): Segment[] {
  if (UNSPACED.test(text))
    return Array.from(segmenter.segment(text), (s) => ({
      segment: s.segment,
      isWordLike: s.isWordLike === true,
    }));
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index > at) out.push({ segment: text.slice(at, m.index), isWordLike: false });
    out.push({ segment: m[0], isWordLike: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ segment: text.slice(at), isWordLike: false });
  return out;
}

export function fold(word: string): string {
  // Printable ASCII has nothing to fold but case (the common case, and the hot path of indexing).
  if (/^[ -~]*$/.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** The words of a text, segmented and folded, in order (duplicates kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segments(text)) if (s.isWordLike) out.push(fold(s.segment));
  return out;
}

/** Lexemes for a tsvector built with array_to_tsvector (no further parsing in the database). */
export const lexemes = (...texts: (string | null | undefined)[]) => [
  ...new Set(texts.flatMap((t) => (t ? words(t) : []))),
];

const quoteLexeme = (w: string) => `'${w.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`;

/** A tsquery literal matching any of the given lexemes (already segmented and folded), or undefined. */
export function anyOf(lexemes: string[]): string | undefined {
  const ws = [...new Set(lexemes)].filter((w) => w && w.length <= 200);
  return ws.length ? ws.map(quoteLexeme).join(" | ") : undefined;
}

/**
 * A tsquery literal: the AND of the query's words, quoted, or undefined for an empty query. The last
 * word matches as a prefix when `prefixLast` (the library: a few thousand short texts, searched as
 * one types) or when the query ends in * (chatbot* finds chatbots). Incidents match whole words:
 * at a million incidents a prefix of a common word reads every posting of every lexeme it
 * starts, tens of milliseconds before anything else (bench/README.md, "incidents").
 */
export function toTsquery(q: string, prefixLast = true): string | undefined {
  const ws = [...new Set(words(q))].slice(0, 12);
  if (!ws.length) return undefined;
  const prefix = prefixLast || q.trimEnd().endsWith("*");
  return ws
    .map((w, i) => (prefix && i === ws.length - 1 ? `${quoteLexeme(w)}:*` : quoteLexeme(w)))
    .join(" & ");
}

/** Weights of a tsvector's parts, as ts_rank reads them: A (titles) counts most, D least. */
export type Weight = "A" | "B" | "C" | "D";

/**
 * A tsvector literal (cast with ::tsvector) of weighted texts: each word segmented and folded as
 * words() does, with its positions, so ts_rank ranks titles above descriptions and frequent words
 * above rare ones. Positions past 16383 share the last one (PostgreSQL's limit). `raw` lexemes are
 * added as they are, without positions (markers such as a month, not words).
 */
export function weightedTsvector(
  parts: [Weight, (string | null | undefined)[]][],
  raw: string[] = [],
): string {
  const at = new Map<string, string[]>();
  let pos = 0;
  for (const [weight, texts] of parts) {
    for (const text of texts) {
      if (!text) continue;
      for (const w of words(text)) {
        if (w.length > 200) continue;
        pos = Math.min(pos + 1, 16383);
        const list = at.get(w);
        if (!list) at.set(w, [`${pos}${weight}`]);
        else if (list.length < 256) list.push(`${pos}${weight}`);
      }
    }
  }
  return [
    ...[...at].map(([w, ps]) => `${quoteLexeme(w)}:${ps.join(",")}`),
    ...raw.filter((r) => !at.has(r)).map(quoteLexeme),
  ].join(" ");
}
