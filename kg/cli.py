"""Command line: ``kg build`` (and ``python build_graph.py``), ``kg query``, ``kg queries``, ``kg stats``,
``kg serve``, ``kg viz``, ``kg path``, ``kg export``, ``kg push`` (``kg --help`` lists them all).

The CLI only parses options and turns the package's exceptions into one-line
messages; the work is done by the library, :mod:`kg.api` for building and querying.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .errors import KGError
from .formats import FORMATS
from .query import OUTPUT_FORMATS

__all__ = ["main", "build_main", "build_parser", "subcommands"]

DEFAULT_REPORTS = Path("data/reports")
DEFAULT_OUTPUT = Path("build/haixi.ttl")
QUERY_TIMEOUT = 5.0
QUERY_LIMIT = 10_000
QUERY_MAX_MEMORY_MB = 2048


def _add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                        help="directory of reports (*.txt, UTF-8 or GB18030); default: %(default)s")
    parser.add_argument("--input", type=Path, action="append", default=None, metavar="FILE",
                        help="a report file to read instead of the directory (repeatable)")
    parser.add_argument("--output", "-o", type=Path, default=DEFAULT_OUTPUT,
                        help="the Turtle file to write; default: %(default)s")
    check = parser.add_mutually_exclusive_group()
    check.add_argument("--no-validate", action="store_true", help="skip the SHACL check")
    check.add_argument("--strict", action="store_true",
                       help="refuse the whole graph when a statement violates the SHACL shapes (exit 1, write "
                            "nothing); by default such statements are left out and listed in the build report")
    parser.add_argument("--shapes", type=Path, default=None, metavar="FILE",
                        help="SHACL shapes to check against; default: the shapes shipped in kg/data/ontology/shapes.ttl")
    parser.add_argument("--build-report", type=Path, default=None, metavar="FILE",
                        help="where to write the build report (JSON: the statements left out, with shape, node "
                             "and sentence); default: build-report.json beside the output")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                        help="processes for the per-report work (reading, spaCy, mentions); default: %(default)s")
    parser.add_argument("--cluster", default=None, metavar="ADDRESS",
                        help="run the per-report work on the Dask distributed scheduler at ADDRESS "
                             "(tcp://host:8786) instead; the report files must be readable by every worker")
    parser.add_argument("--all-exports", action="store_true",
                        help="also write every export format into build/exports/ (replacing earlier ones)")


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _run_build(args: argparse.Namespace) -> int:
    from .api import build_reports, write_graph
    from .runner import progress_wanted
    from .build import build_report_bytes, report_paths, resources_line, summary, write_named_graphs
    from .io import write_atomic

    outputs = build_outputs(args.output, args.build_report)  # a bad output fails before the slow work
    if args.shapes and not args.no_validate:
        from .validate import load_shapes

        load_shapes(args.shapes)  # a missing or broken shapes file fails before the slow work
    paths = args.input or report_paths(args.reports)
    started = time.perf_counter()
    result = build_reports(paths, validate=not args.no_validate, strict=args.strict, shapes=args.shapes,
                           jobs=args.jobs, cluster=args.cluster, progress=progress_wanted())
    step = time.perf_counter()
    write_graph(result, outputs["graph"])
    named = write_named_graphs(result, outputs["named graphs"]) if len(result.corpus.reports) > 1 else None
    result.stage_seconds["turtle"] = time.perf_counter() - step
    step = time.perf_counter()
    views = write_views(result.store_graph, outputs["graph view"], outputs["annotated reports"],
                        "知识图谱 · " + "、".join(r.title for r in result.corpus.reports))
    result.stage_seconds["views"] = time.perf_counter() - step
    write_atomic(outputs["build report"], build_report_bytes(result))
    print(summary(result))
    print("wrote " + ", ".join(str(p) for p in (outputs["graph"], *([named] if named else []), *views,
                                                 outputs["build report"])))
    _warn_dropped(result.dropped, outputs["build report"])
    _warn_empty(result.corpus)
    if args.all_exports:
        from .exports import default_name, export

        directory = args.output.parent / "exports"
        for fmt in FORMATS:
            export(fmt, result.graph, directory / default_name(fmt), corpus=result.corpus, force=True)
        print(f"wrote every export ({', '.join(FORMATS)}) into {directory}")
    print(resources_line(started))
    return 0


def build_outputs(output: Path, build_report: Path | None = None) -> dict[str, Path]:
    """Every file a build writes, by role, named after the graph file so that two builds into one
    directory never replace each other's pages; the default graph (``haixi.ttl``) keeps the names
    ``report.html`` and ``build-report.json``.

    Raises
    ------
    OutputError
        When two roles would share a file (``--output x.html`` is the graph view's name), or an
        output is a directory or not a regular file.

    Examples
    --------
    >>> {role: str(p) for role, p in build_outputs(Path("build/other.ttl")).items()}["annotated reports"]
    'build/other-report.html'
    >>> build_outputs(Path("build/view.html"))
    Traceback (most recent call last):
    ...
    kg.errors.OutputError: build/view.html: the graph (build/view.html) and the graph view would be one file; choose another --output
    """
    from .errors import OutputError
    from .io import check_output

    output = Path(output)
    default = output.stem == DEFAULT_OUTPUT.stem
    outputs = {
        "graph": output,
        "named graphs": output.with_suffix(".trig"),
        "graph view": output.with_suffix(".html"),
        "annotated reports": output.parent / ("report.html" if default else f"{output.stem}-report.html"),
        "build report": build_report or output.parent / ("build-report.json" if default
                                                          else f"{output.stem}-build-report.json"),
    }
    seen: dict[Path, str] = {}
    for role, path in outputs.items():
        key = Path(os.path.abspath(path))
        if key in seen:
            raise OutputError(f"{output}: the {seen[key]} ({path}) and the {role} would be one file; "
                              f"choose another --output")
        seen[key] = role
        check_output(path, force=True)
    return outputs


def _warn_empty(corpus) -> None:
    """A warning on stderr for each report in which nothing was found."""
    found = {m.report_id for e in corpus.entities for m in e.mentions}
    for report in corpus.reports:
        if report.report_id not in found:
            print(f"warning: {report.path}: no entities found; is it a Chinese government work report "
                  f"(政府工作报告)?", file=sys.stderr)


def _warn_dropped(dropped, report_path: Path, shown: int = 10) -> None:
    """A warning on stderr naming the statements the check left out (the first few)."""
    if not dropped:
        return
    print(f"warning: left out {len(dropped)} statement(s) that violate the SHACL shapes; "
          f"see {report_path}", file=sys.stderr)
    for d in dropped[:shown]:
        print(f"  {', '.join(d.shapes)}: {d.focus}\n    “{d.sentence}”", file=sys.stderr)
    if len(dropped) > shown:
        print(f"  … and {len(dropped) - shown} more", file=sys.stderr)


def write_views(graph, network_path: Path, report_path: Path, title: str) -> tuple[Path, Path]:
    """The graph view and the annotated reports, linked to each other.  For more than
    three reports the title names their count and years instead of every title."""
    from .analytics import entity_network
    from .io import write_atomic
    from .report_view import render_report_html
    from .view import render_html

    net = entity_network(graph)
    reports = net.graph["reports"]
    if len(reports) > 3:
        years = sorted({r["year"] for r in reports if r["year"] is not None})
        span = f" · {years[0]}–{years[-1]}" if len(years) > 1 else ""
        title = f"知识图谱 · {len(reports)} 份报告{span}"
    write_atomic(network_path, render_html(net, title, report_href=report_path.name).encode("utf-8"))
    write_atomic(report_path, render_report_html(graph, graph_href=network_path.name).encode("utf-8"))
    return network_path, report_path


def _load_network(path: Path):
    from .analytics import entity_network
    from .io import read_graph

    return entity_network(read_graph(path))


def _run_export(args: argparse.Namespace) -> int:
    from .exports import default_name, export
    from .io import read_graph

    graph = read_graph(args.graph)
    corpus = None
    if args.format in ("trig", "nquads"):
        from .build import extract_corpus, report_paths
        from .reading import read_report

        corpus = extract_corpus([read_report(p) for p in report_paths(args.reports)])
    output = args.output or Path("build/exports") / default_name(args.format, args.dialect)
    for path in export(args.format, graph, output, corpus=corpus, force=args.force, dialect=args.dialect):
        print(f"wrote {path}")
    return 0


def _run_push(args: argparse.Namespace) -> int:
    from .push import push

    auth = (args.user, args.password or os.environ.get("KG_PUSH_PASSWORD", "")) if args.user else None
    for line in push(args.graph, args.endpoint, graph_uri=args.graph_uri, auth=auth, replace=not args.append,
                     with_ontology=not args.no_ontology, chunk_triples=args.chunk_triples):
        print(line)
    return 0


def _run_viz(args: argparse.Namespace) -> int:
    from .analytics import find_entity, subgraph
    from .io import write_atomic
    from .view import render_html

    net = _load_network(args.graph)
    if args.entity:
        center = find_entity(net, args.entity)
        part = subgraph(net, center=center, depth=args.depth)
        title = f"{net.nodes[center]['label']} · {args.depth} 步邻域"
    elif args.cls:
        part = subgraph(net, cls=args.cls)
        title = f"{args.cls}"
    else:
        part, title = net, "知识图谱"
    write_atomic(args.output, render_html(part, title, report_href=args.report_href).encode("utf-8"))
    print(f"wrote {args.output}: {part.number_of_nodes()} entities, {part.number_of_edges()} links")
    return 0


def _run_path(args: argparse.Namespace) -> int:
    from .analytics import shortest_path

    net = _load_network(args.graph)
    steps = shortest_path(net, args.start, args.end)
    if not steps:
        print(f"{args.start} is {args.end}")
    for k, step in enumerate(steps, 1):
        print(f"{k}. {step.source} —{step.relation}→ {step.target}\n   “{step.sentence}”")
    return 0


def _guard(func, args) -> int:
    """Run a command; every expected failure becomes one line on stderr and a non-zero exit.

    The package's own errors exit 1, a failing system call (a full disk, a file that cannot be
    read) exits 1 naming the file, an interrupted command (Ctrl-C) exits 130; none prints a traceback.
    """
    try:
        return func(args)
    except KGError as e:
        return _fail(str(e), 1)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # The reader (head, less) stopped early: not an error of ours.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return 0
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        return _fail(f"{where}{e.strerror or e}", 1)
    except MemoryError:
        return _fail("out of memory", 1)


def _fail(message: str, status: int) -> int:
    """Print ``error: message`` on stderr and return the exit status."""
    print(f"error: {message}", file=sys.stderr)
    return status


def _positive_seconds(text: str) -> float:
    """An argparse type: a number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


def _count(text: str) -> int:
    """An argparse type: a whole number, 0 or more."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number (0 or more)")
    return int(text)


def _port(text: str) -> int:
    """An argparse type: a TCP port, 1 to 65535."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1 to 65535)")
    return int(text)


def build_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build_graph.py",
        description="Build the Haixi knowledge graph: read every report, extract, check with SHACL, "
                    "write Turtle atomically. A statement that violates the shapes is left out and listed "
                    "in the build report (exit 0, with a warning); --strict refuses the graph instead.",
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
    from .api import load_graph, query_text
    from .query import execute, format_answer

    text = query_text(args.query, **_parse_params(args.param))  # a bad query fails before the graph loads
    store = load_graph(args.graph)
    answer = execute(store, text, timeout=args.timeout, limit=args.limit or None,
                     max_memory_mb=args.max_memory or None, allow_service=args.allow_service)
    sys.stdout.write(format_answer(answer, args.format))
    if answer.truncated:
        print(f"note: the answer was cut at {args.limit:,} rows; pass --limit N for more (0: no limit)",
              file=sys.stderr)
    return 0


def _run_queries(args: argparse.Namespace) -> int:
    from .api import queries

    for q in queries():
        params = "".join(f" [--param {k}=…]" for k in q.parameters)
        print(f"{q.name}{params}\n    {q.question_zh}\n    {q.question_en}")
    return 0


def _run_stats(args: argparse.Namespace) -> int:
    from .query import format_result, load_store, run
    from .registry import LINK_RELATIONS

    store = load_store(args.graph, with_ontology=False)
    classes = run(store, """
        SELECT ?class (COUNT(DISTINCT ?e) AS ?count) WHERE {
          ?e a ?c . ?e hx:mentionedIn ?s . BIND (STRAFTER(STR(?c), "#") AS ?class)
        } GROUP BY ?class ORDER BY DESC(?count) ?class""")
    # A link stated in several sentences is one link (as the exports hold it) and several statements.
    relations = ", ".join(f"hx:{r}" for r in LINK_RELATIONS)
    links = run(store, f"""
        SELECT ?relation (COUNT(DISTINCT ?link) AS ?distinct_links) (COUNT(DISTINCT ?a) AS ?supporting_statements)
        WHERE {{
          ?s ?p ?o . FILTER (?p IN ({relations}))
          OPTIONAL {{ ?a a hx:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
          BIND (STRAFTER(STR(?p), "#") AS ?relation) BIND (CONCAT(STR(?s), " ", STR(?o)) AS ?link)
        }} GROUP BY ?relation ORDER BY DESC(?distinct_links) ?relation""")
    facts = run(store, """
        SELECT (COUNT(DISTINCT ?s) AS ?sentences) (COUNT(DISTINCT ?o) AS ?observations)
               (COUNT(DISTINCT ?st) AS ?statuses) WHERE {
          { ?s a hx:Sentence } UNION { ?o a hx:Observation } UNION { ?st a hx:StatusStatement } }""")
    for result in (classes, links, facts):
        sys.stdout.write(format_result(result, "table") + "\n")
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(args.graph, host=args.host, port=args.port, timeout=args.timeout, store_dir=args.store,
                 allow_service=args.allow_service)


def _run_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import entities_of_graph, format_score, read_annotations, score
    from .io import read_graph

    entries = read_annotations(args.annotations)
    graph = read_graph(args.graph)
    result = score(entries, entities_of_graph(graph, report=args.report))
    print(result.to_json() if args.json else format_score(Path(args.annotations).stem, result, details=True))
    return 0


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
    p_query.add_argument("--format", choices=OUTPUT_FORMATS, default="table",
                         help="output format; json is the SPARQL 1.1 Query Results JSON format (JSON-LD for "
                              "CONSTRUCT and DESCRIBE); turtle, ntriples and jsonld are for CONSTRUCT and DESCRIBE")
    p_query.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_query.add_argument("--timeout", type=_positive_seconds, default=QUERY_TIMEOUT,
                         help="seconds the query may run; default: %(default)s")
    p_query.add_argument("--limit", type=_count, default=QUERY_LIMIT,
                         help="print at most this many rows (0: all), with a note when rows were cut; "
                              "default: %(default)s")
    p_query.add_argument("--max-memory", type=_count, default=QUERY_MAX_MEMORY_MB, metavar="MB",
                         help="memory the process may use while the query runs (0: no bound); default: %(default)s")
    p_query.add_argument("--allow-service", action="store_true",
                         help="let SERVICE send parts of the query to the hosts it names (refused by default)")
    p_query.set_defaults(func=_run_query)

    p_queries = sub.add_parser("queries", help="list the question library")
    p_queries.set_defaults(func=_run_queries)

    p_stats = sub.add_parser("stats", help="counts by class and by relation")
    p_stats.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_stats.set_defaults(func=_run_stats)

    p_serve = sub.add_parser("serve", help="serve the graph read-only as a SPARQL 1.1 endpoint (oxigraph)")
    p_serve.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_serve.add_argument("--host", default="127.0.0.1", help="address to bind; default: %(default)s (loopback)")
    p_serve.add_argument("--port", type=_port, default=7878, help="port; default: %(default)s")
    p_serve.add_argument("--timeout", type=_positive_seconds, default=30,
                         help="query timeout in seconds (a query past it gets HTTP 503); default: %(default)s")
    p_serve.add_argument("--allow-service", action="store_true",
                         help="let SERVICE send parts of queries to the hosts they name (refused by default)")
    p_serve.add_argument("--store", type=Path, default=None,
                         help="directory for the Oxigraph store; default: a temporary directory")
    p_serve.set_defaults(func=_run_serve)

    p_viz = sub.add_parser("viz", help="write the graph view of a subgraph: one entity's neighbourhood or one class")
    p_viz.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_viz.add_argument("--entity", help="the entity at the centre (its name or an alias)")
    p_viz.add_argument("--depth", type=int, default=1, help="links from the centre; default: %(default)s")
    p_viz.add_argument("--class", dest="cls", help="every entity of one class (Railway, Program, Place …)")
    p_viz.add_argument("--output", "-o", type=Path, default=Path("build/view.html"), help="default: %(default)s")
    p_viz.add_argument("--report-href", default="report.html", help="where the annotated report lies, relative to the page")
    p_viz.set_defaults(func=_run_viz)

    p_path = sub.add_parser("path", help="the shortest chain of links between two entities, with a sentence per link")
    p_path.add_argument("start")
    p_path.add_argument("end")
    p_path.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_path.set_defaults(func=_run_path)

    p_export = sub.add_parser("export", help="export the graph: RDF serialisations or a property graph")
    p_export.add_argument("format", choices=FORMATS)
    p_export.add_argument("--output", "-o", type=Path, default=None,
                          help="file to write (a directory for neo4j-csv); default: build/exports/haixi.<ext>")
    p_export.add_argument("--dialect", choices=("neo4j", "kuzu"), default="neo4j",
                          help="for cypher: neo4j (Neo4j 5: constraints, MERGE, labels) or kuzu (Kuzu and "
                               "Ladybug: the schema first, then CREATE); default: %(default)s")
    p_export.add_argument("--force", action="store_true", help="replace an existing output")
    p_export.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_export.add_argument("--reports", type=Path, default=DEFAULT_REPORTS,
                          help="reports, for trig and nquads (one named graph each); default: %(default)s")
    p_export.set_defaults(func=_run_export)

    p_push = sub.add_parser("push", help="send the graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol)")
    p_push.add_argument("--endpoint", required=True, help="the store's graph-store URL, e.g. http://127.0.0.1:7878/store")
    p_push.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="graph file; default: %(default)s")
    p_push.add_argument("--graph-uri", default=None,
                        help="a named graph to write; default: the default graph, or where the store has none "
                             "(Virtuoso) https://w3id.org/haixi-kg/id/graph/haixi-kg")
    p_push.add_argument("--append", action="store_true", help="add to the graph (POST) instead of replacing it (PUT)")
    p_push.add_argument("--no-ontology", action="store_true", help="do not send the ontology too")
    p_push.add_argument("--chunk-triples", type=int, default=20_000, metavar="N",
                        help="triples per request (the first replaces the graph, the rest add to it); "
                             "default: %(default)s")
    p_push.add_argument("--user", default=None,
                        help="user for HTTP authentication (Basic or Digest, whichever the store asks for)")
    p_push.add_argument("--password", default=None, help="password (or set KG_PUSH_PASSWORD)")
    p_push.set_defaults(func=_run_push)

    p_evaluate = sub.add_parser("evaluate", help="score the graph's entities against a hand-annotated list")
    p_evaluate.add_argument("annotations", type=Path, help="the annotated list (TSV, see ANNOTATION.md)")
    p_evaluate.add_argument("--graph", type=Path, default=DEFAULT_OUTPUT, help="default: %(default)s")
    p_evaluate.add_argument("--report", help="score only the entities mentioned in this report (its id)")
    p_evaluate.add_argument("--json", action="store_true", help="print the score, misses and unmatched as JSON")
    p_evaluate.set_defaults(func=_run_evaluate)
    return parser


def subcommands() -> list[str]:
    """The names of the ``kg`` subcommands."""
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _guard(args.func, args)
