/**
 * How the upload screen's tus client sends a file: shared with the bad-link benchmark
 * (scripts/bench/resumableUpload.bench.ts), so the figures measured are the screen's.
 */

/** Waits after a failed request, then again longer: a 3G link that drops comes back within a minute or two. */
export const RETRY_DELAYS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000]

/** One PATCH per 8 MB: a slow link finishes each request well inside the server's request timeout. */
export const CHUNK_BYTES = 8 * 1024 ** 2
