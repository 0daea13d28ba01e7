# {{.Name}}: an indexer. stdin: the text to match on the first line, then
# one page URL per line, each fetched under the rule identical. stdout:
# every line of every page containing the text, in order. Exit 3 when a
# page cannot be fetched or is not a 200.
import sys

import blockless

lines = [l.rstrip("\r") for l in sys.stdin.read().split("\n")]
match = lines[0]
if not match:
    print("{{.Name}}: want the text to match on the first line", file=sys.stderr)
    sys.exit(1)
for line in lines[1:]:
    url = line.strip()
    if not url:
        continue
    try:
        r = blockless.get(url, "identical")
        if r.status != 200:
            raise ValueError(f"HTTP {r.status}")
    except (blockless.HTTPError, ValueError) as e:
        sys.stdout.flush()
        print(f"{{.Name}}: {url}: {e.strerror if isinstance(e, OSError) else e}", file=sys.stderr)
        sys.exit(3)
    for l in r.text.split("\n"):
        if match in l:
            sys.stdout.write(l + "\n")
