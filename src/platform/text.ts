/**
 * Search text for every ASEAN language. Thai, Lao, Khmer and Burmese are written without spaces
 * between words: Intl.Segmenter (ICU's dictionary word breaker) splits them into words. Latin
 * scripts are folded to lower case without diacritics (Vietnamese "Việt" matches "viet"); marks in
 * other scripts are kept, since there they are part of the letters.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

export function fold(word: string): string {
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
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(fold(s.segment));
  return out;
}

/** Lexemes for a tsvector built with array_to_tsvector (no further parsing in the database). */
export const lexemes = (...texts: (string | null | undefined)[]) => [
  ...new Set(texts.flatMap((t) => (t ? words(t) : []))),
];

/** A tsquery literal (AND of quoted lexemes; the last one as a prefix), or undefined for an empty query. */
export function toTsquery(q: string): string | undefined {
  const ws = [...new Set(words(q))].slice(0, 12);
  if (!ws.length) return undefined;
  const quote = (w: string) => `'${w.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`;
  return ws.map((w, i) => (i === ws.length - 1 ? `${quote(w)}:*` : quote(w))).join(" & ");
}
