// TypeScript, built with esbuild and run by QuickJS; the globals are declared in blockless.d.ts.
// {{.Name}}: an automation trigger. stdin: the source URL on the first
// line, the condition OP NUMBER on the second (OP one of < <= > >= == !=).
// The source answers JSON with an integer "price", fetched under the rule
// median:price. stdout: "true\n" or "false\n". Exit 1 on malformed input,
// 2 when the source gives no price.
const lines = stdin.split("\n").map((l) => l.trim());
const cond = (lines[1] || "").split(/\s+/);
if (lines.length < 2 || cond.length !== 2 || !/^-?[0-9]+$/.test(cond[1])) {
  console.error("{{.Name}}: want the URL and the condition OP NUMBER on two lines");
  exit(1);
}
const want = BigInt(cond[1]);
let p: bigint;
try {
  const r = http.get(lines[0], http.median("price"));
  const v = r.status === 200 ? JSON.parse(r.body).price : undefined;
  if (!/^-?[0-9]+$/.test(String(v))) throw new Error("no price");
  p = BigInt(v);
} catch (e) {
  console.error("{{.Name}}: " + lines[0] + ": " + (e as Error).message);
  exit(2);
}
const ops: Record<string, boolean> = { "<": p < want, "<=": p <= want, ">": p > want, ">=": p >= want, "==": p === want, "!=": p !== want };
if (!(cond[0] in ops)) {
  console.error("{{.Name}}: unknown operator " + cond[0]);
  exit(1);
}
print(ops[cond[0]] ? "true" : "false");
