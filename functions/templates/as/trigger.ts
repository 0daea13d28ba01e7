// {{.Name}}: an automation trigger. stdin: the source URL on the first line,
// the condition OP NUMBER on the second (OP one of < <= > >= == !=). The
// source answers JSON with an integer "price", fetched under the rule
// median:price. stdout: "true\n" or "false\n". Exit 1 on malformed input,
// 2 when the source gives no price.
import { get, lastError, strerror, Response } from "./bhttp";
import { parsePrice, parsed } from "./price";
import { readLines } from "./stdin";

function fail(code: i32, msg: string): void {
  process.stderr.write("{{.Name}}: " + msg + "\n");
  process.exit(code);
}

const lines = readLines();
if (lines.length < 2) fail(1, "want the URL and the condition on two lines");
const f = lines[1].trim().split(" ");
if (f.length != 2 || f[1].length == 0) fail(1, "condition is not OP NUMBER");
const want = I64.parseInt(f[1]);
const url = lines[0].trim();
const got = get(url, "median:price");
if (got == null) fail(2, url + ": " + strerror(lastError));
const r = changetype<Response>(got);
if (r.status != 200 || !parsePrice(String.UTF8.decode(r.body.buffer.slice(r.body.byteOffset, r.body.byteOffset + r.body.byteLength)))) {
  fail(2, url + ": no price");
}
const p = parsed;
let ok = false;
const op = f[0];
if (op == "<") ok = p < want;
else if (op == "<=") ok = p <= want;
else if (op == ">") ok = p > want;
else if (op == ">=") ok = p >= want;
else if (op == "==") ok = p == want;
else if (op == "!=") ok = p != want;
else fail(1, "unknown operator " + op);
process.stdout.write(ok ? "true\n" : "false\n");
