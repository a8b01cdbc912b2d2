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
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import KGError
from .io import existing_graph
from .namespace import PREFIXES
from .resources import QUERY_DIR, ontology_path

__all__ = [
    "QueryError", "LibraryQuery", "QUERY_DIR", "library", "find_query", "prefix_header", "bind_parameters",
    "load_store", "run", "run_json", "Result", "format_result", "display_width",
]

STANDARD_PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_HEADER_FIELD = re.compile(r"^#\s*(问题|Question|Parameters?|Columns|Example)\s*[:：]\s*(.*)$")


class QueryError(KGError):
    """A query cannot be found, parsed or run; the message says where and why."""


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
    return {**STANDARD_PREFIXES, **{k: str(v) for k, v in PREFIXES.items()}}


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
    if spec.endswith(".rq") or (len(spec) < 300 and "\n" not in spec and path.suffix and path.exists()):
        try:
            return path.read_text(encoding="utf-8"), None
        except OSError as e:
            raise QueryError(f"{spec}: cannot read the query file ({e.strerror})") from e
    if re.search(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec):
        return spec, None
    names = ", ".join(sorted(by_name))
    raise QueryError(f"{spec!r} is no query file, library name or SPARQL query (library: {names})")


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


@dataclass
class Result:
    """A SELECT result: column names and rows of plain values (None when unbound)."""

    columns: list[str]
    rows: list[list[str | None]]


def _execute(store, query: str):
    full = prefix_header(query) + query
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


def run(store, query: str) -> Result:
    """Run a SELECT or ASK query; raises QueryError with the parser's line and column."""
    import pyoxigraph as ox

    solutions = _execute(store, query)
    if _is_boolean(solutions):
        return Result(["ask"], [["true" if solutions else "false"]])
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries print as tables; use CONSTRUCT through the endpoint")
    columns = [v.value for v in solutions.variables]
    rows = [[None if s[c] is None else s[c].value for c in columns] for s in solutions]
    return Result(columns, rows)


def run_json(store, query: str) -> str:
    """Run a SELECT or ASK query; the answer in the SPARQL 1.1 Query Results JSON format."""
    import pyoxigraph as ox

    solutions = _execute(store, query)
    if _is_boolean(solutions):
        return json.dumps({"head": {}, "boolean": bool(solutions)})
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries have JSON results")
    return solutions.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")


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
