// httpget: fetch one URL, the same formats as functions/c/httpget.c.
// stdin: the URL on the first line; args: the agreement rule.
const url = stdin.split("\n")[0].replace(/\r$/, "");
if (url === "") {
  console.error("httpget: no URL on stdin");
  exit(1);
}
try {
  const r = http.get(url, args[0] || "identical");
  write(r.status + "\n" + r.body);
} catch (e) {
  console.error("httpget: " + url + ": " + e.message);
  exit(3);
}
