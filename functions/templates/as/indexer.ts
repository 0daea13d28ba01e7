// {{.Name}}: an indexer. stdin: the text to match on the first line, then
// one page URL per line, each fetched under the rule identical. stdout:
// every line of every page containing the text, in order. Exit 3 when a
// page cannot be fetched or is not a 200.
import { get, lastError, strerror, Response } from "./bhttp";
import { readLines } from "./stdin";

const lines = readLines();
if (lines.length < 1 || lines[0].length == 0) {
  process.stderr.write("{{.Name}}: want the text to match on the first line\n");
  process.exit(1);
}
const match = lines[0];
let out = "";
for (let i = 1; i < lines.length; i++) {
  const url = lines[i].trim();
  if (url.length == 0) continue;
  const got = get(url, "identical");
  if (got == null || changetype<Response>(got).status != 200) {
    process.stdout.write(out);
    process.stderr.write("{{.Name}}: " + url + ": " + (got == null ? strerror(lastError) : "not a 200") + "\n");
    process.exit(3);
  }
  const r = changetype<Response>(got);
  const body = String.UTF8.decode(r.body.buffer.slice(r.body.byteOffset, r.body.byteOffset + r.body.byteLength));
  const pageLines = body.split("\n");
  for (let j = 0; j < pageLines.length; j++) {
    if (pageLines[j].includes(match)) out += pageLines[j] + "\n";
  }
}
process.stdout.write(out);
