/**
 * Text as a Blob, encoded a slice at a time with the thread handed back between slices: a 33 MB document
 * encoded in one `new Blob([text])` holds the window for about half a second.
 */

/** Characters per slice (about 1 MB of UTF-8 for plain text). */
export const BLOB_SLICE_CHARS = 1_000_000;

/** `new Blob([text], { type })`, built in slices that never split a surrogate pair (a split pair would encode as two U+FFFD). */
export async function textBlob(text: string, type: string, sliceChars = BLOB_SLICE_CHARS): Promise<Blob> {
  if (text.length <= sliceChars) return new Blob([text], { type });
  const parts: Blob[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + sliceChars, text.length);
    const last = text.charCodeAt(end - 1);
    // Keep a high surrogate with its low half (in the next slice, or in this one when it is all the slice holds).
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > start ? -1 : 1;
    parts.push(new Blob([text.slice(start, end)]));
    start = end;
    if (start < text.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Blob(parts, { type });
}
