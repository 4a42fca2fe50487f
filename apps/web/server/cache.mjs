// @ts-check
// The server's memory of answers that depend only on their URL: each stored once, compressed once (gzip
// and Brotli), with its ETag and Content-Security-Policy computed once. Bounded in bytes: the least
// recently used answers go first.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|schema\+json|manifest\+json)|image\/svg\+xml)/;

/**
 * Compressed forms of the bodies compressed lately, by ETag: the same body (the 404 page, whatever the
 * missing address) is compressed once, not on every request.
 * @type {Map<string, [Buffer | null, Buffer | null]>}
 */
const compressed = new Map();

/**
 * @typedef {object} Entry
 * @property {number} status
 * @property {Record<string, string | string[]>} headers the answer's own headers (no security headers)
 * @property {Buffer} body
 * @property {Buffer | null} gzip
 * @property {Buffer | null} br
 * @property {string} etag
 * @property {number} size bytes held
 */

/**
 * Builds an entry: the body's ETag, and its compressed forms when its type compresses and it is worth it.
 * Compression runs on libuv's thread pool, not on the event loop. An answer to keep is compressed as
 * small as it goes (gzip 9 and Brotli 10, once); one sent once and forgotten (a 404, a redirect) only
 * with a quick gzip.
 * @param {number} status
 * @param {Record<string, string | string[]>} headers
 * @param {Buffer} body
 * @param {{ keep: boolean }} options
 * @returns {Promise<Entry>}
 */
export async function makeEntry(status, headers, body, { keep }) {
  const type = String(headers["content-type"] ?? "");
  const compressible = body.length >= 512 && COMPRESSIBLE.test(type);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const known = compressible ? compressed.get(etag) : undefined;
  const [gz, br] = known
    ? known
    : compressible && !keep
      ? [await gzipAsync(body, { level: 4 }), null]
      : compressible
        ? await Promise.all([
            gzipAsync(body, { level: 9 }),
            brotliAsync(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 10,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
          ])
        : [null, null];
  if (compressible && !known) {
    compressed.set(etag, [gz, br]);
    // Keep the most recent bodies only; a body asked for often comes back from the answer cache anyway.
    for (const key of compressed.keys()) {
      if (compressed.size <= 64) break;
      compressed.delete(key);
    }
  }
  const size = body.length + (gz?.length ?? 0) + (br?.length ?? 0) + 2048;
  return { status, headers, body, gzip: gz, br, etag, size };
}

/**
 * Which stored body to send for an `Accept-Encoding`: Brotli, then gzip, then the plain body.
 * @param {Entry} entry
 * @param {string | undefined} acceptEncoding
 * @returns {{ body: Buffer, encoding: "br" | "gzip" | null }}
 */
export function pickEncoding(entry, acceptEncoding) {
  const accepted = parseAcceptEncoding(acceptEncoding ?? "");
  if (entry.br && accepted.has("br")) return { body: entry.br, encoding: "br" };
  if (entry.gzip && accepted.has("gzip")) return { body: entry.gzip, encoding: "gzip" };
  return { body: entry.body, encoding: null };
}

/**
 * The codings an `Accept-Encoding` accepts (q > 0). `*` accepts gzip and br.
 * @param {string} header
 * @returns {Set<string>}
 */
export function parseAcceptEncoding(header) {
  const accepted = new Set();
  for (const part of header.slice(0, 256).split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (name === "*") {
      accepted.add("gzip");
      accepted.add("br");
    } else if (name) accepted.add(name.trim());
  }
  return accepted;
}

/** A least-recently-used map of entries, bounded by the bytes they hold. */
export class AnswerCache {
  /** @param {{ maxBytes: number, maxEntryBytes: number }} limits */
  constructor({ maxBytes, maxEntryBytes }) {
    this.maxBytes = maxBytes;
    this.maxEntryBytes = maxEntryBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /** @param {string} key @returns {Entry | undefined} */
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** @param {string} key @param {Entry} entry @returns {boolean} whether it was kept */
  set(key, entry) {
    if (entry.size > this.maxEntryBytes) return false;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.size;
    }
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
    return this.entries.has(key);
  }

  get size() {
    return this.entries.size;
  }
}
