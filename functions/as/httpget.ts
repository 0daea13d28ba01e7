// httpget: fetch one URL, the same formats as functions/c/httpget.c.
import { get, lastError, strerror, Response } from "./bhttp";

const buf = new ArrayBuffer(4096);
const n = process.stdin.read(buf);
let url = n > 0 ? String.UTF8.decode(buf.slice(0, <i32>n)) : "";
const nl = url.indexOf("\n");
if (nl >= 0) url = url.substring(0, nl);
if (url.endsWith("\r")) url = url.substring(0, url.length - 1);
if (url.length == 0) {
  process.stderr.write("httpget: no URL on stdin\n");
  process.exit(1);
}
const rule = process.argv.length > 1 ? process.argv[1] : "identical";
const got = get(url, rule);
if (got == null) {
  process.stderr.write("httpget: " + url + ": " + strerror(lastError) + "\n");
  process.exit(3);
} else {
  const r = changetype<Response>(got);
  process.stdout.write(r.status.toString() + "\n");
  process.stdout.write(r.body.buffer.slice(r.body.byteOffset, r.body.byteOffset + r.body.byteLength));
}
