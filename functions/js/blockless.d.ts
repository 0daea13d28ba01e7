// The globals a JavaScript or TypeScript function gets (functions/js/runtime.c),
// for editors and `tsc --noEmit`; esbuild, which builds a .ts function, does
// not type-check.

/** All of the task input, as a string. */
declare const stdin: string;
/** The arguments after argv[0]. */
declare const args: string[];
/** Writes its arguments, space-separated, and a newline to stdout. */
declare function print(...values: unknown[]): void;
/** Writes s to stdout as is (UTF-8). */
declare function write(s: string): void;
/** Writes the bytes to stdout. */
declare function writeBytes(b: Uint8Array | ArrayBuffer): void;
/** Ends the function with this exit status. */
declare function exit(code: number): never;
declare const console: { log(...values: unknown[]): void; error(...values: unknown[]): void };

interface BlocklessResponse {
  status: number;
  /** The agreed body, as text. */
  body: string;
}
/** Thrown when a call got no response; errno is blockless_http's (docs/http.md). */
interface BlocklessHTTPError extends Error {
  errno: number;
}
declare const http: {
  /** One call; rule is identical, majority or median:PATH. */
  request(req: { method?: string; url: string; headers?: Record<string, string>; body?: string; rule?: string }): BlocklessResponse;
  get(url: string, rule?: string): BlocklessResponse;
  /** The rule "median:" + path. */
  median(path: string): string;
};
