# stats: exact statistics of decimal numbers, a Python function using the
# standard library frozen into the runtime (json, decimal, statistics,
# hashlib). stdin: JSON {"values": ["1.5", "2", ...]} (strings or numbers).
# stdout: JSON with count, sum, mean, median (exact decimals as strings)
# and the sha256 of the values in canonical form. Exit 2 when there are no
# values; malformed input raises, which exits 1 with the traceback on
# stderr.
import hashlib
import json
import statistics
import sys
from decimal import Decimal, localcontext

doc = json.load(sys.stdin)
values = [Decimal(str(v)) for v in doc["values"]]
if not values:
    print("stats: no values", file=sys.stderr)
    sys.exit(2)
with localcontext() as ctx:
    ctx.prec = 60
    total = sum(values, Decimal(0))
    mean = total / len(values)
canonical = ",".join(str(v.normalize()) for v in values)
json.dump(
    {
        "count": len(values),
        "sum": str(total),
        "mean": str(mean.normalize()),
        "median": str(statistics.median_low(values)),
        "sha256": hashlib.sha256(canonical.encode()).hexdigest(),
    },
    sys.stdout,
    sort_keys=True,
)
print()
