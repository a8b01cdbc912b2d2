"""SPARQL over the built graph, on Oxigraph (pyoxigraph).

The question library lives in ``kg/data/queries/*.rq``: one question a file, with a
header comment that states it in Chinese and English, its parameters, its
columns and an example row.  A parameter is a ``VALUES ?name { default }``
clause of the query itself, so every file runs as it is in any SPARQL client;
:func:`bind_parameters` swaps in another value.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import KGError
from .io import existing_graph
from .prefixes import ALL_PREFIX_IRIS, STANDARD_PREFIX_IRIS
from .resources import QUERY_DIR, ontology_path

__all__ = [
    "QueryError", "NetworkAccessError", "QueryTimeoutError", "QueryMemoryError", "LibraryQuery", "QUERY_DIR",
    "library", "find_query", "prefix_header", "bind_parameters", "load_store", "network_operations",
    "refuse_network_access", "execute", "run", "Answer", "Result", "format_answer", "format_result",
    "OUTPUT_FORMATS", "display_width", "resident_mb",
]

_HEADER_FIELD = re.compile(r"^#\s*(问题|Question|Parameters?|Columns|Example)\s*[:：]\s*(.*)$")


class QueryError(KGError):
    """A query cannot be found, parsed or run; the message says where and why."""


class NetworkAccessError(QueryError):
    """The query would send requests to other hosts (SERVICE, LOAD) and that was not allowed."""


class QueryTimeoutError(QueryError):
    """The query did not finish within its time."""


class QueryMemoryError(QueryError):
    """The query needed more memory than it was allowed."""


@dataclass(frozen=True)
class LibraryQuery:
    """One question of the library, read from its ``.rq`` file."""

    name: str
    path: Path
    text: str
    question_zh: str
    question_en: str
    parameters: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    example: str = ""


def all_prefixes() -> dict[str, str]:
    """Every prefix a query may use without declaring it: rdf, rdfs, xsd and the ontology's.

    Examples
    --------
    >>> all_prefixes()["hx"], all_prefixes()["xsd"]
    ('https://w3id.org/haixi-kg/ontology#', 'http://www.w3.org/2001/XMLSchema#')
    """
    return dict(ALL_PREFIX_IRIS)


def prefix_header(query: str) -> str:
    """PREFIX lines for every known prefix the query uses but does not declare.

    Examples
    --------
    >>> print(prefix_header("SELECT ?s WHERE { ?s a hx:Railway ; rdfs:label ?l }"), end="")
    PREFIX hx: <https://w3id.org/haixi-kg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    >>> prefix_header('PREFIX hx: <x#> SELECT * { ?s a hx:Road }')
    ''
    """
    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([\w-]*):", query)}
    scrubbed = re.sub(r'<[^>\s]*>|"(?:[^"\\]|\\.)*"|#[^\n]*', " ", query)
    lines = []
    for prefix, iri in sorted(all_prefixes().items()):
        if prefix not in declared and re.search(rf"(?<![\w:-]){re.escape(prefix)}:", scrubbed):
            lines.append(f"PREFIX {prefix}: <{iri}>")
    return "\n".join(lines) + ("\n" if lines else "")


def parse_library_file(path: Path) -> LibraryQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER_FIELD.match(line)
        if match:
            fields[match.group(1).rstrip("s")] = match.group(2).strip()
    parameters = {}
    for part in filter(None, (p.strip() for p in fields.get("Parameter", "").split(";"))):
        name, _, default = part.partition("=")
        parameters[name.strip()] = default.strip()
    return LibraryQuery(
        name=path.stem, path=path, text=text,
        question_zh=fields.get("问题", ""), question_en=fields.get("Question", ""),
        parameters=parameters,
        columns=tuple(c.strip() for c in fields.get("Column", "").split(",") if c.strip()),
        example=fields.get("Example", ""),
    )


@lru_cache(maxsize=None)
def library(directory: Path = QUERY_DIR) -> tuple[LibraryQuery, ...]:
    """Every question of the library, by file name."""
    return tuple(parse_library_file(p) for p in sorted(directory.glob("*.rq")))


def find_query(spec: str) -> tuple[str, LibraryQuery | None]:
    """The text of a query given as a file path, a library name, or SPARQL text itself.

    Returns
    -------
    tuple of (str, LibraryQuery or None)
        The text, and the library entry when ``spec`` named one.

    Raises
    ------
    QueryError
        When ``spec`` is none of the three, or the file cannot be read.

    Examples
    --------
    >>> text, entry = find_query("09_plans")
    >>> entry.name, entry.path.name
    ('09_plans', '09_plans.rq')
    >>> find_query("ASK { ?s ?p ?o }")
    ('ASK { ?s ?p ?o }', None)
    """
    by_name = {q.name: q for q in library()}
    if spec in by_name:
        return by_name[spec].text, by_name[spec]
    path = Path(spec)
    if spec.endswith(".rq") or ("\n" not in spec and path.suffix and _is_file(path)):
        try:
            return path.read_text(encoding="utf-8"), None
        except OSError as e:
            raise QueryError(f"{spec}: cannot read the query file ({e.strerror})") from e
    if re.search(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec):
        return spec, None
    names = ", ".join(sorted(by_name))
    raise QueryError(f"{spec!r} is no query file, library name or SPARQL query (library: {names})")


def _is_file(path: Path) -> bool:
    """Whether a path names a file; a text no file can be called (too long, a NUL) names none.

    >>> _is_file(Path("SELECT * WHERE { ?s ?p ?o . " + "?s ?p ?o . " * 30 + "}"))
    False
    """
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def bind_parameters(query: str, values: dict[str, str]) -> str:
    """Replace the default of each ``VALUES ?name { … }`` parameter by a new value,
    written as the default was (a ``@zh`` literal stays one).

    >>> bind_parameters('VALUES ?place { "格尔木市"@zh } ?x ?y ?z', {"place": '德令哈市"'})
    'VALUES ?place { "德令哈市\\\\""@zh } ?x ?y ?z'
    """
    for name, value in values.items():
        pattern = re.compile(rf"VALUES\s+\?{re.escape(name)}\s*\{{\s*([^}}]*?)\s*\}}")
        match = pattern.search(query)
        if match is None:
            raise QueryError(f"the query has no parameter {name!r} (a VALUES ?{name} {{ … }} clause)")
        default = match.group(1)
        if default.startswith("<"):
            if not re.fullmatch(r"[^<>\"{}|^`\\\s]+", value):
                raise QueryError(f"{value!r} is not an IRI")
            term = f"<{value}>"
        elif re.fullmatch(r"-?\d+(\.\d+)?", default) and re.fullmatch(r"-?\d+(\.\d+)?", value):
            term = value
        else:
            escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            suffix = re.search(r'"((?:@[\w-]+)|(?:\^\^\S+))$', default)
            term = f'"{escaped}"{suffix.group(1) if suffix else ""}'
        query = query[:match.start()] + f"VALUES ?{name} {{ {term} }}" + query[match.end():]
    return query


def load_store(graph_path: str | Path, with_ontology: bool = True):
    """An in-memory Oxigraph store holding the built graph (and the ontology, so that
    class hierarchies and labels can be queried)."""
    import pyoxigraph as ox

    store = ox.Store()
    paths = [existing_graph(graph_path)] + ([ontology_path()] if with_ontology else [])
    for path in paths:
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as e:
            raise QueryError(f"{path}: cannot load the graph: {e}") from e
    return store


# ---------------------------------------------------------------- no requests to other hosts

# What the SPARQL lexer reads as one token and never as a keyword: long and short strings, IRIs,
# comments.  A string left open matches none of these, so its text is searched too (refusing
# more, never less).
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                     r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
                     r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*', re.S)
# SERVICE makes the engine send the pattern to another host; LOAD (an update) fetches a document.
# A word after ':', '?' or '$' is part of a prefixed name or a variable, not a keyword.
_NETWORK_KEYWORD = re.compile(r"(?<![\w:?$-])(SERVICE|LOAD)(?![\w:-])", re.I)
_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def network_operations(query: str) -> list[str]:
    """The operations of a query that would reach another host (``SERVICE``, ``LOAD``), upper-cased.

    Code point escapes (``\\u0053ERVICE``) are decoded first, as the SPARQL grammar lets a parser
    do; keywords inside strings, IRIs and comments, prefixed names and variables do not count.

    Examples
    --------
    >>> network_operations("SELECT * { service <http://x/sparql> { ?s ?p ?o } }")
    ['SERVICE']
    >>> network_operations('SELECT ?service { ?service rdfs:label "SERVICE" ; ex:load <urn:LOAD> } # LOAD')
    []
    """
    decoded = _CODEPOINT_ESCAPE.sub(_decode_escape, query)
    return sorted({m.group(1).upper() for m in _NETWORK_KEYWORD.finditer(_OPAQUE.sub(" ", decoded))})


def _decode_escape(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code <= 0x10FFFF else match.group(0)


def refuse_network_access(query: str) -> None:
    """Raise :class:`NetworkAccessError` when the query would make requests to other hosts.

    Raises
    ------
    NetworkAccessError
        Naming the operations, and the flag that allows them.
    """
    operations = network_operations(query)
    if operations:
        raise NetworkAccessError(
            f"the query uses {' and '.join(operations)}, which sends requests to other hosts; "
            f"refused unless --allow-service is given")


# ---------------------------------------------------------------- running a query, bounded


@dataclass
class Result:
    """A query's answer as rows of plain values (None when unbound).

    An ASK answer is one column ``ask``; a CONSTRUCT or DESCRIBE answer has the columns
    ``subject``, ``predicate``, ``object``.  ``truncated`` says the rows were cut at the limit.
    """

    columns: list[str]
    rows: list[list[str | None]]
    truncated: bool = False


GRAPH_COLUMNS = ("subject", "predicate", "object")


@dataclass
class Answer:
    """What the engine answered, as pyoxigraph terms: solutions (SELECT), a boolean (ASK) or
    triples (CONSTRUCT, DESCRIBE); ``rows`` holds at most the limit, ``truncated`` says more came."""

    form: str  # "solutions", "boolean" or "graph"
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False

    def to_result(self) -> Result:
        """The answer as plain values."""
        if self.form == "boolean":
            return Result(["ask"], [["true" if self.boolean else "false"]])
        rows = [[None if t is None else t.value for t in row] for row in self.rows]
        return Result(list(self.columns), rows, self.truncated)


def execute(store, query: str, *, timeout: float | None = None, limit: int | None = None,
            max_memory_mb: float | None = None, allow_service: bool = False) -> Answer:
    """Run any SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a store, within bounds.

    Parameters
    ----------
    store : pyoxigraph.Store
    query : str
        The query; the package's prefixes need no PREFIX lines.
    timeout : float, optional
        Seconds; past them :class:`QueryTimeoutError`.  Oxigraph cannot stop a query from
        Python, so the evaluation goes on in a background thread (a command exits).
    limit : int, optional
        Keep at most this many rows (triples); ``Answer.truncated`` says when there were more.
    max_memory_mb : float, optional
        The resident size the process may reach while the query runs; past it :class:`QueryMemoryError`.
    allow_service : bool
        Let ``SERVICE`` send requests to other hosts (refused by default).

    Raises
    ------
    QueryError
        A syntax error (line and column in the user's text), an evaluation error, the timeout,
        the memory bound, or a refused ``SERVICE`` (:class:`NetworkAccessError`).
    """
    full = prefix_header(query) + query
    if not allow_service:
        refuse_network_access(full)
    return _bounded(lambda: _collect(store, full, query, limit), timeout, max_memory_mb)


def _collect(store, full: str, query: str, limit: int | None) -> Answer:
    """Evaluate and read the answer, stopping after ``limit`` rows."""
    import pyoxigraph as ox

    solutions = _execute(store, full, query)
    if _is_boolean(solutions):
        return Answer("boolean", ["ask"], boolean=bool(solutions))
    if isinstance(solutions, ox.QuerySolutions):
        columns = [v.value for v in solutions.variables]
        answer = Answer("solutions", columns)
        rows = ([s[c] for c in columns] for s in solutions)
    else:
        answer = Answer("graph", list(GRAPH_COLUMNS))
        rows = ([t.subject, t.predicate, t.object] for t in solutions)
    try:
        for row in rows:
            if limit is not None and len(answer.rows) >= limit:
                answer.truncated = True
                break
            answer.rows.append(row)
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"the query failed: {e}") from e
    return answer


_WATCH_INTERVAL = 0.02  # seconds between looks at the clock and the memory


def _bounded(work, timeout: float | None, max_memory_mb: float | None):
    """Run ``work`` in a thread and wait for it, watching the clock and the process's memory."""
    box: dict = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as e:  # noqa: BLE001 - handed over to the waiting thread
            # The engine's result iterators must be dropped on the thread that made them: let go
            # of the frames that hold them before the error changes threads.
            for error in (e, e.__cause__, e.__context__):
                if error is not None:
                    traceback.clear_frames(error.__traceback__)
            box["error"] = e

    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    started = time.monotonic()
    worker.start()
    while worker.is_alive():
        worker.join(_WATCH_INTERVAL)
        if not worker.is_alive():
            break
        if timeout is not None and time.monotonic() - started > timeout:
            raise QueryTimeoutError(f"the query ran out of time ({timeout:g} s); pass --timeout to allow more")
        if max_memory_mb is not None and resident_mb() > max_memory_mb:
            raise QueryMemoryError(f"the query needs more than {max_memory_mb:g} MB of memory; "
                                   f"narrow it, or pass --max-memory")
    if "error" in box:
        raise box["error"]
    return box["value"]


def resident_mb() -> float:
    """The resident memory of this process in MB (``/proc/self/statm``; elsewhere the peak so far).

    >>> 1 < resident_mb() < 1e6
    True
    """
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _execute(store, full: str, query: str):
    try:
        return store.query(full)
    except SyntaxError as e:
        raise QueryError(f"syntax error in the query: {_shift_position(str(e), full, query)}") from e
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"the query failed: {e}") from e


def _is_boolean(solutions) -> bool:
    """Whether a query answer is an ASK result (a ``bool``, or pyoxigraph's ``QueryBoolean`` since 0.4)."""
    import pyoxigraph as ox

    return isinstance(solutions, bool) or isinstance(solutions, getattr(ox, "QueryBoolean", bool))


def run(store, query: str, *, timeout: float | None = None, limit: int | None = None,
        allow_service: bool = False) -> Result:
    """Run a query; the answer as plain values (see :func:`execute` for the bounds and errors)."""
    return execute(store, query, timeout=timeout, limit=limit, allow_service=allow_service).to_result()


# ---------------------------------------------------------------- output formats

GRAPH_FORMATS = ("turtle", "ntriples", "jsonld")
OUTPUT_FORMATS = ("table", "csv", "tsv", "json", *GRAPH_FORMATS)


def format_answer(answer: Answer, fmt: str) -> str:
    """An answer in an output format.

    ``table``, ``csv`` and ``tsv`` print every answer (a graph as rows of subject, predicate,
    object); ``json`` is the SPARQL 1.1 Query Results JSON of a SELECT or ASK answer and JSON-LD
    for a graph; ``turtle``, ``ntriples`` and ``jsonld`` are for the graph of a CONSTRUCT or DESCRIBE.

    Raises
    ------
    QueryError
        For an RDF format asked of a SELECT or ASK answer.
    """
    if fmt in GRAPH_FORMATS or (fmt == "json" and answer.form == "graph"):
        if answer.form != "graph":
            raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv or json")
        return _graph_text(answer, "jsonld" if fmt == "json" else fmt)
    if fmt == "json":
        return _results_json(answer) + "\n"
    return format_result(answer.to_result(), fmt)


def _graph_text(answer: Answer, fmt: str) -> str:
    """The triples of a graph answer in an RDF syntax (Turtle with the package's prefixes)."""
    import pyoxigraph as ox

    syntax = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    triples = [ox.Triple(*row) for row in answer.rows]
    prefixes = all_prefixes() if fmt == "turtle" else None
    return ox.serialize(triples, format=syntax[fmt], prefixes=prefixes).decode("utf-8")


def _results_json(answer: Answer) -> str:
    """The SPARQL 1.1 Query Results JSON of a SELECT or ASK answer."""
    if answer.form == "boolean":
        return json.dumps({"head": {}, "boolean": answer.boolean})
    bindings = [{c: _term_json(t) for c, t in zip(answer.columns, row) if t is not None} for row in answer.rows]
    return json.dumps({"head": {"vars": answer.columns}, "results": {"bindings": bindings}}, ensure_ascii=False)


_XSD_STRING = STANDARD_PREFIX_IRIS["xsd"] + "string"


def _term_json(term) -> dict:
    """One RDF term as the SPARQL results JSON writes it."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {k: _term_json(getattr(term, k)) for k in GRAPH_COLUMNS}}
    literal = {"type": "literal", "value": term.value}
    if term.language:
        literal["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        literal["datatype"] = term.datatype.value
    return literal


def _shift_position(message: str, full: str, query: str) -> str:
    """Report positions in the user's text, not in the text with added PREFIX lines."""
    added = full.count("\n") - query.count("\n")

    def fix(match: re.Match[str]) -> str:
        return f"{int(match.group(1)) - added}:{match.group(2)}"

    return re.sub(r"(\d+):(\d+)", fix, message, count=2) if added else message


def format_result(result: Result, fmt: str) -> str:
    """A result as ``table`` (aligned for CJK in a terminal), ``csv`` or ``tsv``."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(result.columns)]
        lines += ["\t".join(_tsv_cell(v) for v in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    return _table(result)


def _tsv_cell(value: str | None) -> str:
    return "" if value is None else value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters take two.

    >>> display_width("格尔木abc")
    9
    """
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def _shorten(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, iri in all_prefixes().items():
        if value.startswith(iri) and prefix != "id":
            return f"{prefix}:{value[len(iri):]}"
    return value.replace("\n", " ")


def _table(result: Result) -> str:
    cells = [[_shorten(v) for v in row] for row in result.rows]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in cells])
              for i, c in enumerate(result.columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"
