"""Command line: ``kg build`` (and ``python build_graph.py``).

The CLI only parses options and turns the package's exceptions into one-line
messages; the work is done by the library.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import KGError

__all__ = ["main", "build_main", "build_parser", "subcommands"]

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
    except BrokenPipeError:
        # The reader (head, less) stopped early: not an error of ours.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return 0


def build_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_graph.py",
        description="Build the Haixi knowledge graph: read every report, extract, check with SHACL, "
                    "write Turtle atomically.",
    )
    _add_build_options(parser)
    return _guard(_run_build, parser.parse_args(argv))


def _parse_params(pairs: list[str]) -> dict[str, str]:
    from .query import QueryError

    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param takes name=value, not {pair!r}")
        params[name.strip()] = value
    return params


def _run_query(args: argparse.Namespace) -> int:
    from .query import bind_parameters, find_query, format_result, load_store, run, run_json

    text, _ = find_query(args.query)
    text = bind_parameters(text, _parse_params(args.param))
    store = load_store(args.graph)
    if args.format == "json":
        sys.stdout.write(run_json(store, text) + "\n")
    else:
        sys.stdout.write(format_result(run(store, text), args.format))
    return 0


def _run_queries(args: argparse.Namespace) -> int:
    from .query import library

    for q in library():
        params = "".join(f" [--param {k}=…]" for k in q.parameters)
        print(f"{q.name}{params}\n    {q.question_zh}\n    {q.question_en}")
    return 0


def _run_stats(args: argparse.Namespace) -> int:
    from .query import format_result, load_store, run

    store = load_store(args.graph, with_ontology=False)
    classes = run(store, """
        SELECT ?class (COUNT(DISTINCT ?e) AS ?count) WHERE {
          ?e a ?c . ?e hx:mentionedIn ?s . BIND (STRAFTER(STR(?c), "#") AS ?class)
        } GROUP BY ?class ORDER BY DESC(?count) ?class""")
    links = run(store, """
        SELECT ?relation (COUNT(*) AS ?count) WHERE {
          ?a a hx:Assertion ; rdf:predicate ?p . BIND (STRAFTER(STR(?p), "#") AS ?relation)
        } GROUP BY ?relation ORDER BY DESC(?count) ?relation""")
    facts = run(store, """
        SELECT (COUNT(DISTINCT ?s) AS ?sentences) (COUNT(DISTINCT ?o) AS ?observations)
               (COUNT(DISTINCT ?st) AS ?statuses) WHERE {
          { ?s a hx:Sentence } UNION { ?o a hx:Observation } UNION { ?st a hx:StatusStatement } }""")
    for result in (classes, links, facts):
        sys.stdout.write(format_result(result, "table") + "\n")
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(args.graph, host=args.host, port=args.port, timeout=args.timeout, store_dir=args.store)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Haixi knowledge graph tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build the graph (what build_graph.py does)")
    _add_build_options(p_build)
    p_build.set_defaults(func=_run_build)

    p_query = sub.add_parser("query", help="run a SPARQL query: a library name, a .rq file or the query text")
    p_query.add_argument("query", help="library name (kg queries lists them), path to a .rq file, or SPARQL text")
    p_query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                         help="value for a parameter of the query (repeatable)")
    p_query.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                         help="output format; json is the SPARQL 1.1 Query Results JSON format")
    p_query.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_query.set_defaults(func=_run_query)

    p_queries = sub.add_parser("queries", help="list the question library")
    p_queries.set_defaults(func=_run_queries)

    p_stats = sub.add_parser("stats", help="counts by class and by relation")
    p_stats.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_stats.set_defaults(func=_run_stats)

    p_serve = sub.add_parser("serve", help="serve the graph read-only as a SPARQL 1.1 endpoint (oxigraph)")
    p_serve.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_serve.add_argument("--host", default="127.0.0.1", help="address to bind; default: %(default)s (loopback)")
    p_serve.add_argument("--port", type=int, default=7878, help="port; default: %(default)s")
    p_serve.add_argument("--timeout", type=int, default=30, help="query timeout in seconds; default: %(default)s")
    p_serve.add_argument("--store", type=Path, default=None,
                         help="directory for the Oxigraph store; default: a temporary directory")
    p_serve.set_defaults(func=_run_serve)
    return parser


def subcommands() -> list[str]:
    """The names of the ``kg`` subcommands."""
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _guard(args.func, args)
