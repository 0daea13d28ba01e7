// TypeScript, built with esbuild and run by QuickJS; the globals are declared in blockless.d.ts.
// {{.Name}}: an indexer. stdin: the text to match on the first line, then
// one page URL per line, each fetched under the rule identical. stdout:
// every line of every page containing the text, in order. Exit 3 when a
// page cannot be fetched or is not a 200.
const lines = stdin.split("\n").map((l) => l.replace(/\r$/, ""));
const match = lines[0];
if (!match) {
  console.error("{{.Name}}: want the text to match on the first line");
  exit(1);
}
let out = "";
for (const line of lines.slice(1)) {
  const url = line.trim();
  if (url === "") continue;
  let r: BlocklessResponse;
  try {
    r = http.get(url, "identical");
    if (r.status !== 200) throw new Error("HTTP " + r.status);
  } catch (e) {
    write(out);
    console.error("{{.Name}}: " + url + ": " + (e as Error).message);
    exit(3);
  }
  for (const l of r.body.split("\n")) {
    if (l.includes(match)) out += l + "\n";
  }
}
write(out);
