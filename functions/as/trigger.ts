// trigger: the automation-trigger template (AssemblyScript, WASI).
//
// Input (stdin): one observation per line, KEY=VALUE with a decimal VALUE,
// e.g. "price=1499.5". Blank lines and lines starting with # are skipped;
// a later line for the same key wins.
//
// Args: conditions KEY OP NUMBER with OP one of < <= > >= == !=, e.g.
// "price<1500" "volume>=10". All must hold (AND).
//
// Output: "true\n" when every condition holds, else "false\n".
// Exit 1 on a malformed condition or line, 2 when a condition names a key
// missing from the input (so a missing feed is never read as "false").


const OPS: string[] = ["<=", ">=", "==", "!=", "<", ">"];

function fail(code: i32, msg: string): void {
  process.stderr.write("trigger: " + msg + "\n");
  process.exit(code);
}

function readAll(): string {
  const chunk = new ArrayBuffer(65536);
  let out = new Uint8Array(0);
  while (true) {
    const n = process.stdin.read(chunk);
    if (n <= 0) break;
    const next = new Uint8Array(out.length + n);
    next.set(out);
    next.set(Uint8Array.wrap(chunk, 0, n), out.length);
    out = next;
  }
  return String.UTF8.decode(out.buffer);
}

function isNumber(s: string): bool {
  if (s.length == 0) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c == 46 || ((c == 45 || c == 43) && i == 0))) return false;
  }
  return digits > 0;
}

function holds(v: f64, op: string, want: f64): bool {
  if (op == "<") return v < want;
  if (op == "<=") return v <= want;
  if (op == ">") return v > want;
  if (op == ">=") return v >= want;
  if (op == "==") return v == want;
  return v != want;
}

const values = new Map<string, f64>();
const lines = readAll().split("\n");
for (let i = 0; i < lines.length; i++) {
  const line = lines[i].trim();
  if (line.length == 0 || line.startsWith("#")) continue;
  const eq = line.indexOf("=");
  const val = eq > 0 ? line.substring(eq + 1).trim() : "";
  if (eq <= 0 || !isNumber(val)) {
    fail(1, "line " + (i + 1).toString() + ": want KEY=NUMBER");
  }
  values.set(line.substring(0, eq).trim(), F64.parseFloat(val));
}

let result = true;
const argv = process.argv;
for (let a = 1; a < argv.length; a++) {
  const cond = argv[a];
  let op = "";
  let at = -1;
  for (let o = 0; o < OPS.length; o++) {
    at = cond.indexOf(OPS[o]);
    if (at > 0) {
      op = OPS[o];
      break;
    }
  }
  const num = at > 0 ? cond.substring(at + op.length).trim() : "";
  if (at <= 0 || !isNumber(num)) {
    fail(1, "bad condition " + cond + " (want KEY OP NUMBER)");
  }
  const key = cond.substring(0, at).trim();
  if (!values.has(key)) {
    fail(2, "no input for key " + key);
  }
  if (!holds(values.get(key), op, F64.parseFloat(num))) result = false;
}
process.stdout.write(result ? "true\n" : "false\n");
