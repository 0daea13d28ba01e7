// httpget: fetch one URL, the same formats as functions/c/httpget.c, in
// TypeScript (built with esbuild, run by QuickJS; globals in
// functions/js/blockless.d.ts). stdin: the URL on the first line; args: the
// agreement rule.
const url: string = stdin.split("\n")[0].replace(/\r$/, "");
if (url === "") {
  console.error("httpget: no URL on stdin");
  exit(1);
}
const rule: string = args[0] ?? "identical";
let res: BlocklessResponse;
try {
  res = http.get(url, rule);
} catch (e) {
  console.error(`httpget: ${url}: ${(e as BlocklessHTTPError).message}`);
  exit(3);
}
write(`${res.status}\n${res.body}`);
