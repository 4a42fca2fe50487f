import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word` for a "did you mean", or undefined when none is near: a prefix of three
 * letters or more, or an edit distance of at most a third of the candidate's length (at least 2).
 */
export function closestTo(word: string, candidates: readonly string[]): string | undefined {
  const key = word.trim().toLowerCase();
  if (key === "") return undefined;
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const score = key.length >= 3 && c.startsWith(key) ? 0 : distance(key, c);
    const limit = Math.max(2, Math.floor(c.length / 3));
    if (score <= limit && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
