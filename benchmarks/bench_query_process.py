"""``kg query`` as a whole process against a plain pyoxigraph script doing the same work, in one run.

    python benchmarks/bench_query_process.py --graph build/haixi.ttl

Both processes start Python, load the graph and the ontology into an in-memory Oxigraph store,
run one ASK query and print the answer; the difference is what ``kg query`` imports and checks
besides.  Each is started ``--repeat`` times, alternately; the script prints the median wall
time of each, their ratio, and whether the ``kg query`` process imported spaCy, rdflib or networkx.
Quote the ratio, not the seconds (the machine is shared).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUERY = "ASK { ?r a hx:Railway }"
PLAIN = """
import sys, pyoxigraph as ox
store = ox.Store()
for path in sys.argv[1:]:
    store.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
print(bool(store.query("PREFIX hx: <https://w3id.org/haixi-kg/ontology#> ASK { ?r a hx:Railway }")))
"""
# kg query in-process, then the heavy modules it has imported.
PROBE = """
import sys
from kg.cli import main
main(["query", sys.argv[1], "--graph", sys.argv[2]])
print(sorted(m for m in ("spacy", "rdflib", "networkx", "jieba") if m in sys.modules))
"""


def wall_time(command: list[str]) -> float:
    """Seconds one process takes from start to exit (its output is discarded)."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=Path("build/haixi.ttl"))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from kg.resources import ontology_path

    kg_command = [sys.executable, "-m", "kg", "query", QUERY, "--graph", str(args.graph)]
    plain_command = [sys.executable, "-c", PLAIN, str(args.graph), str(ontology_path())]
    kg_times, plain_times = [], []
    for _ in range(args.repeat):
        kg_times.append(wall_time(kg_command))
        plain_times.append(wall_time(plain_command))
    probe = subprocess.run([sys.executable, "-c", PROBE, QUERY, str(args.graph)], check=True,
                           capture_output=True, text=True).stdout.splitlines()[-1]
    kg_median, plain_median = statistics.median(kg_times), statistics.median(plain_times)
    print(f"kg query (whole process), median of {args.repeat}: {kg_median:.3f} s")
    print(f"plain pyoxigraph script, median of {args.repeat}: {plain_median:.3f} s")
    print(f"ratio kg query / plain script: {kg_median / plain_median:.2f}")
    print(f"heavy modules imported by kg query: {probe}")


if __name__ == "__main__":
    main()
