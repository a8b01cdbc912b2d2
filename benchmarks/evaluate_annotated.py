"""Score the extraction on every hand-annotated report of the corpus.

    python benchmarks/evaluate_annotated.py [--corpus ../shared/corpus] [--details] [--json OUT]

Scores the lists of the corpus (``annotations/``) and the held-out lists kept here
(``benchmarks/annotations/``: reports of the corpus annotated by hand, from the text
alone, after the rules they were first scored on were written; their first runs are in the
README, and after a first run a list serves to find kinds of misses and junk like the
others), each marked so; and the invented reports (``benchmarks/invented/``: short reports of
the genre written for testing, of kinds the corpus lacks, with real reference names and invented
companies and projects, each annotated by hand from its own text, the list beside its report).
Each report is built on its own (read, extract, map to RDF; the SHACL check is left
out since it changes no entity) and scored with :mod:`kg.evaluate`.  Prints one
table: required recall and precision per report, recall per class with ten or more
required entries, and how many required entries the body never names (annexes name nothing).  The README's table is this script's output.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg.build import build
from kg.evaluate import annotated_report_file, entities_of_graph, format_score, normalise, read_annotations, score
from kg.facts import CORE_CLASSES

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
HELD_OUT = Path(__file__).resolve().parent / "annotations"
INVENTED = Path(__file__).resolve().parent / "invented"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--details", action="store_true", help="list misses and unmatched entities")
    parser.add_argument("--json", type=Path, help="write every score as JSON here")
    parser.add_argument("--only", help="score only the annotated lists whose file name contains this")
    parser.add_argument("--held-out", type=Path, default=HELD_OUT, help="folder of held-out lists")
    parser.add_argument("--invented", type=Path, default=INVENTED,
                        help="folder of invented reports, each list beside its report (same name, .txt)")
    args = parser.parse_args(argv)
    rows, scores = [], {}
    lists = [(tsv, "") for tsv in sorted((args.corpus / "annotations").glob("*.tsv"))]
    lists += [(tsv, " (held out)") for tsv in sorted(args.held_out.glob("*.tsv"))]
    lists += [(tsv, " (invented)") for tsv in sorted(args.invented.glob("*.tsv"))]
    for tsv, mark in lists:
        if args.only and args.only not in tsv.name:
            continue
        named = annotated_report_file(tsv) if mark != " (invented)" else None
        report = args.corpus / named if named else tsv.with_suffix(".txt")
        if not report.is_file():
            print(f"{tsv.name}: names no report file; skipped", file=sys.stderr)
            continue
        started = time.perf_counter()
        result = build([report], validate=False)
        seconds = time.perf_counter() - started
        entries = read_annotations(tsv)
        s = score(entries, entities_of_graph(result.graph))
        scores[tsv.stem] = json.loads(s.to_json())
        annex_only = only_in_annex(entries, result)
        if args.details:
            print(format_score(tsv.stem, s, details=True))
        classes = " ".join(f"{c} {f / r:.2f}" for c, (r, f) in s.by_class.items() if r >= 10)
        rows.append(f"| {tsv.stem}{mark} | {s.recall:.2f} ({s.found}/{s.required}) | "
                    f"{s.precision:.2f} ({s.matched}/{s.extracted}) | {classes} | {annex_only} | {seconds:.1f} |")
    print("| report | required recall | precision | recall per class (≥ 10 required) | required not named in the body | s |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    if args.json:
        args.json.write_text(json.dumps(scores, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    return 0


def only_in_annex(entries, result) -> int:
    """How many required entries the body of the report never names (an annex, which by
    design yields no entities, is the only place they stand)."""
    body = "".join(s.text for sentences in result.corpus.sentences.values() for s in sentences if not s.in_annex)
    body = normalise(body)
    return sum(1 for e in entries if e.required and not any(n in body for n in e.names))


if __name__ == "__main__":
    sys.exit(main())
