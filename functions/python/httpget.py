# httpget: fetch one URL, the same formats as functions/c/httpget.c.
# stdin: the URL on the first line; argv[1]: the agreement rule.
import sys

import blockless

lines = sys.stdin.read().split("\n")
url = lines[0].rstrip("\r")
if not url:
    print("httpget: no URL on stdin", file=sys.stderr)
    sys.exit(1)
rule = sys.argv[1] if len(sys.argv) > 1 else "identical"
try:
    r = blockless.get(url, rule)
except blockless.HTTPError as e:
    print(f"httpget: {url}: {e.strerror}", file=sys.stderr)
    sys.exit(3)
out = sys.stdout.buffer
out.write(f"{r.status}\n".encode())
out.write(r.body)
