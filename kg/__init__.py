"""Haixi KG: a knowledge graph of Chinese local-government work reports.

The data flows one way, one module per step::

    reading    bytes -> Report (decoded text, encoding, title)
    structure  Report -> Sentences (offsets, section, year, tense)
    pipeline   Sentences -> spaCy Docs with typed entity spans
    extract    Docs -> Mentions, Relations, Observations (frozen dataclasses)
    resolve    Mentions -> Entities (one per real thing, with aliases)
    rdf        facts -> rdflib Graph
    validate   Graph -> SHACL report
    query      Graph -> answers to SPARQL questions (the library in kg/data/queries)

For analysts, :mod:`kg.api`: ``build_reports``, ``write_graph``, ``load_graph``, ``query``
(rows, and a pandas DataFrame with ``.to_dataframe()``), ``queries``.

Importing the package loads no model and opens no file.
"""

__version__ = "0.1.0"

# The Python API (kg.api), importable from the package itself; loaded on first use, so that
# importing kg stays free of work.  ``kg.query`` is the SPARQL module, so the question itself is
# ``kg.api.query(graph, name_or_sparql, **params)``.
_API = ("Rows", "load_graph", "queries", "build_reports", "write_graph")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    """``kg.load_graph`` and the rest of :mod:`kg.api`, imported when first asked for."""
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
