# {{.Name}}: an automation trigger. stdin: the source URL on the first
# line, the condition OP NUMBER on the second (OP one of < <= > >= == !=).
# The source answers JSON with an integer "price", fetched under the rule
# median:price. stdout: "true\n" or "false\n". Exit 1 on malformed input,
# 2 when the source gives no price.
import operator
import re
import sys

import blockless

OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq, "!=": operator.ne}
lines = [l.strip() for l in sys.stdin.read().split("\n")]
cond = lines[1].split() if len(lines) > 1 else []
if len(cond) != 2 or not re.fullmatch(r"-?[0-9]+", cond[1]):
    print("{{.Name}}: want the URL and the condition OP NUMBER on two lines", file=sys.stderr)
    sys.exit(1)
want = int(cond[1])
try:
    r = blockless.get(lines[0], blockless.median("price"))
    v = str(r.json().get("price")) if r.status == 200 else ""
    if not re.fullmatch(r"-?[0-9]+", v):
        raise ValueError("no price")
    p = int(v)
except (blockless.HTTPError, ValueError, AttributeError) as e:
    print(f"{{.Name}}: {lines[0]}: {e.strerror if isinstance(e, OSError) else e}", file=sys.stderr)
    sys.exit(2)
if cond[0] not in OPS:
    print(f"{{.Name}}: unknown operator {cond[0]}", file=sys.stderr)
    sys.exit(1)
print("true" if OPS[cond[0]](p, want) else "false")
