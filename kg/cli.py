"""Command line: ``kg build`` (and ``python build_graph.py``).

The CLI only parses options and turns the package's exceptions into one-line
messages; the work is done by the library.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import KGError

__all__ = ["main", "build_main"]

DEFAULT_REPORTS = Path("data/reports")
DEFAULT_OUTPUT = Path("build/haixi.ttl")


def _add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                        help="directory of reports (*.txt, UTF-8 or GB18030); default: %(default)s")
    parser.add_argument("--input", type=Path, action="append", default=None, metavar="FILE",
                        help="a report file to read instead of the directory (repeatable)")
    parser.add_argument("--output", "-o", type=Path, default=DEFAULT_OUTPUT,
                        help="the Turtle file to write; default: %(default)s")
    parser.add_argument("--no-validate", action="store_true", help="skip the SHACL check")


def _run_build(args: argparse.Namespace) -> int:
    from .build import build, report_paths, summary, write_atomic

    paths = args.input or report_paths(args.reports)
    result = build(paths, validate=not args.no_validate)
    write_atomic(args.output, result.graph.serialize(format="turtle").encode("utf-8"))
    print(summary(result))
    print(f"wrote {args.output}")
    return 0


def _guard(func, args) -> int:
    try:
        return func(args)
    except KGError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


def build_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_graph.py",
        description="Build the Haixi knowledge graph: read every report, extract, check with SHACL, "
                    "write Turtle atomically.",
    )
    _add_build_options(parser)
    return _guard(_run_build, parser.parse_args(argv))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Haixi knowledge graph tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build the graph (what build_graph.py does)")
    _add_build_options(p_build)
    p_build.set_defaults(func=_run_build)
    args = parser.parse_args(argv)
    return _guard(args.func, args)
