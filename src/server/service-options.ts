/**
 * What `luton-safeguarding-rules serve` can be told, and its defaults. The
 * limits are documented (docs/other-languages.md, `serve --help`) and
 * enforced for every request: a request over one gets its own status code
 * (413, 408), never a slow or partial answer.
 */

export interface ServiceOptions {
  /** TCP port; 0 picks a free one (the tests do). */
  port: number;
  /** Address to listen on. Loopback by default: put the case system's own authentication in front before opening it wider. */
  host: string;
  /** Largest request body (one JSON input), and the longest line of a batch, in bytes. */
  bodyLimit: number;
  /** Largest batch request body, in bytes (a batch streams, so this bounds its length, not memory). */
  batchBodyLimit: number;
  /** Most lines one batch request may hold (blank lines are not counted). */
  batchLines: number;
  /** Time for a client to send the request headers, in milliseconds (a slow sender is answered 408). */
  headersTimeout: number;
  /** Time for a client to send the whole request, body included, in milliseconds (408 after it). */
  requestTimeout: number;
  /** A connection with no traffic either way for this long, in milliseconds, is closed (a client that stops reading a batch's answer). */
  idleTimeout: number;
  /** On SIGTERM or SIGINT, how long requests in flight may take to finish, in milliseconds, before their connections are closed. */
  shutdownGrace: number;
}

export const defaultServiceOptions: Readonly<ServiceOptions> = Object.freeze({
  port: 8080,
  host: '127.0.0.1',
  // The largest valid input (a 2,000-event timeline) is about 150 kB; a stored result to verify, under 100 kB.
  bodyLimit: 1024 * 1024,
  batchBodyLimit: 64 * 1024 * 1024,
  batchLines: 100_000,
  headersTimeout: 10_000,
  requestTimeout: 120_000,
  idleTimeout: 30_000,
  shutdownGrace: 10_000,
});

/** Each option as a command-line flag, with what it means, for `serve --help` and the docs. */
export const serviceOptionFlags: readonly { key: keyof ServiceOptions; flag: string; unit: string; description: string }[] = [
  { key: 'port', flag: '--port', unit: 'N', description: 'TCP port to listen on' },
  { key: 'host', flag: '--host', unit: 'ADDRESS', description: 'address to listen on (loopback unless told otherwise)' },
  { key: 'bodyLimit', flag: '--body-limit', unit: 'BYTES', description: 'largest request body, and longest batch line (413 beyond it)' },
  { key: 'batchBodyLimit', flag: '--batch-body-limit', unit: 'BYTES', description: 'largest batch request body' },
  { key: 'batchLines', flag: '--batch-lines', unit: 'N', description: 'most lines in one batch request' },
  { key: 'headersTimeout', flag: '--headers-timeout', unit: 'MS', description: 'time to receive the request headers (408 after it)' },
  { key: 'requestTimeout', flag: '--request-timeout', unit: 'MS', description: 'time to receive the whole request (408 after it)' },
  { key: 'idleTimeout', flag: '--idle-timeout', unit: 'MS', description: 'a connection silent both ways this long is closed' },
  { key: 'shutdownGrace', flag: '--shutdown-grace', unit: 'MS', description: 'on SIGTERM or SIGINT, time for requests in flight to finish' },
];
