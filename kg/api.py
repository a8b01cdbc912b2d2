"""The Python API for analysts: build from Python, load a graph, ask it questions.

The command line is a thin layer over these functions (``kg build``, ``kg query``,
``kg queries``); a notebook uses them directly::

    from kg import api

    result = api.build_reports(["data/reports/haixi-2020.txt"])
    api.write_graph(result, "build/haixi.ttl")
    graph = api.load_graph("build/haixi.ttl")
    rows = api.query(graph, "01_projects_in_place", place="德令哈市")
    rows.to_dataframe()          # with pandas installed

(``kg.build_reports``, ``kg.write_graph``, ``kg.load_graph`` and ``kg.queries`` are the same
functions; ``kg.query`` is the SPARQL module, so the question is ``api.query``.)

A query is a library name (``kg.queries()`` lists them), a path to a ``.rq`` file, or SPARQL
text; the prefixes of the ontology need no PREFIX lines.  Every error is a
:class:`kg.errors.KGError` (``QueryError``, ``MissingGraphError``, ``ReportError`` …).

Examples
--------
>>> [q.name for q in queries()][:2]
['01_projects_in_place', '02_projects_per_county']
>>> list(queries()[0].parameters)
['place']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .io import write_atomic, write_atomic_with
from .query import LibraryQuery, Result, bind_parameters, find_query, library, load_store, run

__all__ = ["Rows", "load_graph", "query", "query_text", "queries", "build_reports", "write_graph"]


@dataclass(frozen=True)
class Rows(Sequence):
    """The answer to a SELECT (or ASK) query: column names and rows of plain values.

    A row is a dict from column to value; an IRI is its text, a literal its lexical form, an
    unbound variable ``None``.  ``rows.columns`` names the columns in the query's order.

    Examples
    --------
    >>> rows = Rows(("place", "n"), (("格尔木市", "3"), ("德令哈市", None)))
    >>> len(rows), rows[0], rows.column("place")
    (2, {'place': '格尔木市', 'n': '3'}, ['格尔木市', '德令哈市'])
    """

    columns: tuple[str, ...]
    values: tuple[tuple[str | None, ...], ...]

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [dict(zip(self.columns, v)) for v in self.values[index]]
        return dict(zip(self.columns, self.values[index]))

    def __iter__(self) -> Iterator[dict[str, str | None]]:
        return (dict(zip(self.columns, v)) for v in self.values)

    def column(self, name: str) -> list[str | None]:
        """Every value of one column, in row order."""
        i = self.columns.index(name)
        return [v[i] for v in self.values]

    def to_result(self) -> Result:
        """The same answer as a :class:`kg.query.Result` (what ``format_result`` prints)."""
        return Result(list(self.columns), [list(v) for v in self.values])

    def to_dataframe(self):
        """A pandas DataFrame of the rows (pandas is an optional dependency: ``pip install haixi-kg[dataframe]``).

        Raises
        ------
        ImportError
            When pandas is not installed.
        """
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError("to_dataframe needs pandas: pip install 'haixi-kg[dataframe]'") from e
        return pd.DataFrame(list(self.values), columns=list(self.columns))


def load_graph(path: str | Path = "build/haixi.ttl", with_ontology: bool = True):
    """A built graph (Turtle) loaded into an in-memory Oxigraph store, ready for :func:`query`.

    Parameters
    ----------
    path : str or Path
        The graph file ``kg build`` wrote.
    with_ontology : bool
        Load the ontology too, so that class hierarchies and labels can be queried.

    Returns
    -------
    pyoxigraph.Store

    Raises
    ------
    MissingGraphError
        When there is no such file.
    QueryError
        When the file is not Turtle.
    """
    return load_store(path, with_ontology=with_ontology)


def query_text(query: str, /, **params) -> str:
    """The SPARQL text of a library name, a ``.rq`` file or SPARQL text, with parameters bound.

    Examples
    --------
    >>> 'VALUES ?place { "德令哈市"@zh }' in query_text("01_projects_in_place", place="德令哈市")
    True
    >>> query_text("no_such_question")
    Traceback (most recent call last):
    ...
    kg.query.QueryError: 'no_such_question' is no query file, library name or SPARQL query (library: ...)
    """
    text, _ = find_query(query)
    return bind_parameters(text, {name: str(value) for name, value in params.items()}) if params else text


def query(graph, query: str, /, **params) -> Rows:
    """Ask a graph a question: a library name, a ``.rq`` file or SPARQL text.

    Parameters
    ----------
    graph : pyoxigraph.Store or str or Path
        A store from :func:`load_graph`, or the path of a graph file (loaded for this query).
    query : str
        ``"01_projects_in_place"``, ``"my.rq"`` or ``"SELECT ?s WHERE { ?s a hx:Railway }"``.
    **params
        Values of the query's parameters (its ``VALUES ?name { default }`` clauses).

    Returns
    -------
    Rows
        For ASK, one row with the column ``ask`` holding ``"true"`` or ``"false"``; for CONSTRUCT
        and DESCRIBE, a row per triple with the columns ``subject``, ``predicate``, ``object``.

    Raises
    ------
    QueryError
        An unknown name, a parameter the query lacks, a syntax error (with line and column),
        or a query with ``SERVICE`` (it would send requests to other hosts).
    """
    store = load_graph(graph) if isinstance(graph, (str, Path)) else graph
    result = run(store, query_text(query, **params))
    return Rows(tuple(result.columns), tuple(tuple(row) for row in result.rows))


def queries() -> tuple[LibraryQuery, ...]:
    """The question library: name, question in Chinese and English, parameters, columns."""
    return library()


def build_reports(paths, validate: bool = True, strict: bool = False, shapes: str | Path | None = None,
                  jobs: int = 1, cluster: str | None = None, progress: bool = False):
    """Build the graph of some reports: read, extract, map to RDF, check against the shapes.

    Parameters
    ----------
    paths : str, Path, or a list of them
        Report files (``*.txt``, UTF-8 or GB18030), or one directory of them.
    validate : bool
        Check the graph against the SHACL shapes; statements that violate them are left out
        and listed in ``result.dropped``.
    strict : bool
        Refuse the graph (ValidationError) instead of leaving statements out.
    shapes : str or Path, optional
        Another SHACL shapes file.
    jobs : int
        Processes for the per-report work (reading, spaCy, mentions).
    cluster : str, optional
        The address of a Dask distributed scheduler to run the per-report work on instead.
    progress : bool
        A progress bar on stderr.

    Returns
    -------
    kg.build.BuildResult
        ``.graph`` (an rdflib Graph), ``.corpus`` (the facts), ``.dropped``.

    Raises
    ------
    ReportError
        For a missing, empty or undecodable report, or a directory without reports.
    ValidationError
        With ``strict``, when the graph violates the shapes.
    """
    from .build import build, report_paths

    if isinstance(paths, (str, Path)):
        paths = report_paths(paths) if Path(paths).is_dir() else [paths]
    return build(list(paths), validate=validate, strict=strict, shapes=shapes, jobs=jobs, cluster=cluster,
                 progress=progress)


def write_graph(result, path: str | Path = "build/haixi.ttl") -> Path:
    """Write a build's graph (or any rdflib Graph) as Turtle (by Oxigraph, :mod:`kg.serialize`),
    atomically; returns the path."""
    from .serialize import turtle_bytes, turtle_of_ntriples  # rdflib: not on the query path

    if hasattr(result, "ntriples"):  # a build: its lines, without making an rdflib graph of them
        write_atomic_with(path, lambda f: turtle_of_ntriples(result.ntriples(), f))
    else:
        write_atomic(path, turtle_bytes(result))
    return Path(path)
