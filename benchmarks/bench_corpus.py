"""Build a folder of reports as a user would and report the figures the README states.

    python benchmarks/bench_corpus.py                       # the shared corpus
    python benchmarks/bench_corpus.py --reports DIR --json build/corpus-bench.json

Runs ``python build_graph.py --reports DIR --output OUT`` in a fresh process (so that the
peak memory is the build's own), checks its exit status, and prints the wall time, the
peak memory (``resource.getrusage`` of the child), the counts the build printed and the
named graphs of the TriG file, as a Markdown table ready for the README.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from kg.cli import build_outputs

ROOT = Path(__file__).resolve().parent.parent


def run_build(reports: Path, output: Path) -> tuple[int, str, str, float, float]:
    """(exit status, stdout, stderr, wall seconds, peak memory in MB) of one build."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "build_graph.py", "--reports", str(reports), "--output", str(output)],
                          capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return done.returncode, done.stdout, done.stderr, seconds, peak


def counts(stdout: str) -> dict[str, int]:
    """The counts the build printed: entities per class, links, observations, triples."""
    found: dict[str, int] = {}
    entities = re.search(r"^entities: (.*) \(total (\d+)\)$", stdout, re.M)
    if entities:
        for name, n in re.findall(r"(\w+) (\d+)", entities.group(1)):
            found[name] = int(n)
        found["entities"] = int(entities.group(2))
    for name in ("links", "observations", "triples"):
        match = re.search(rf"\b{name} (\d+)", stdout)
        if match:
            found[name] = int(match.group(1))
    found["reports"] = len(re.findall(r"^\S+: \d+ sentences", stdout, re.M))
    found["sentences"] = sum(int(n) for n in re.findall(r"^\S+: (\d+) sentences", stdout, re.M))
    return found


def named_graphs(trig: Path) -> int:
    """How many named graphs of reports the TriG file holds."""
    from rdflib import Dataset

    dataset = Dataset().parse(trig, format="trig")
    return sum(1 for g in dataset.graphs() if "/id/report/" in str(g.identifier) and len(g))


def markdown(figures: dict) -> str:
    rows = [("reports", figures["reports"]), ("sentences", figures["sentences"]),
            ("wall time", f"{figures['seconds']:.0f} s"), ("peak memory", f"{figures['peak_mb']:.0f} MB"),
            ("entities", figures["entities"])]
    rows += [(f"· {cls}", figures[cls]) for cls in
             ("Place", "Project", "Enterprise", "Organization", "Program", "Plan", "Event") if cls in figures]
    rows += [("links", figures["links"]), ("observations", figures["observations"]),
             ("triples", figures["triples"]), ("named graphs of reports (TriG)", figures["named_graphs"]),
             ("statements left out by the SHACL check", figures["dropped"])]
    return "| figure | value |\n|---|---|\n" + "\n".join(f"| {k} | {v:,} |" if isinstance(v, int) else
                                                      f"| {k} | {v} |" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "corpus")
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "corpus" / "corpus.ttl")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    status, stdout, stderr, seconds, peak = run_build(args.reports, args.output)
    if status != 0 or "Traceback" in stderr:
        print(stderr[-3000:], file=sys.stderr)
        print(f"the build failed (exit status {status})", file=sys.stderr)
        return 1
    written = build_outputs(args.output)
    figures = {**counts(stdout), "seconds": seconds, "peak_mb": peak,
               "named_graphs": named_graphs(written["named graphs"])}
    report = json.loads(written["build report"].read_text(encoding="utf-8"))
    figures["dropped"] = report["dropped_count"]
    print(stdout.strip().splitlines()[-1])
    print(markdown(figures))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
