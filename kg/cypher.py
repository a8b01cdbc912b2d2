"""The property graph as a Cypher script, in two dialects.

``neo4j``: Neo4j 5, for ``cypher-shell -f``: uniqueness constraints, then ``MERGE`` for each
node with its further labels set (``SET n:`Project`:`Railway```) and for each relationship.

``kuzu``: Kuzu and its maintained fork Ladybug, which have typed tables instead of labels and
refuse ``SET n:Label``: the schema first (:data:`KUZU_NODE_TABLES`, :data:`KUZU_REL_TABLES`),
then ``CREATE`` for nodes and ``MATCH … CREATE`` for relationships.  The whole script runs in one
``Connection.execute``.  The core class and all labels of an entity are columns (``core``, ``labels``).

Examples
--------
>>> from kg.exports import PGNode, PGRel
>>> nodes = [PGNode("urn:a", ("Entity", "Project", "Railway"), {"iri": "urn:a", "name": "甲铁路"}),
...          PGNode("urn:b", ("Entity", "Place", "City"), {"iri": "urn:b", "name": "乙市"})]
>>> rels = [PGRel("urn:a", "urn:b", "CONNECTS", {"relation": "connects"})]
>>> print(cypher_script(nodes, rels, "neo4j").splitlines()[4])
MERGE (n:`Entity` {iri: "urn:a"}) SET n:`Project`:`Railway`, n.`name` = "甲铁路";
>>> print(cypher_script(nodes, rels, "kuzu").splitlines()[-1])
MATCH (a:Entity {iri: "urn:a"}), (b:Entity {iri: "urn:b"}) CREATE (a)-[:CONNECTS {relation: "connects"}]->(b);
"""

from __future__ import annotations

import re

from . import registry
from .errors import KGError, OutputError

__all__ = ["DIALECTS", "KUZU_NODE_TABLES", "KUZU_REL_TABLES", "cypher_string", "cypher_value", "cypher_script",
           "statements", "check_neo4j_grammar"]

DIALECTS = ("neo4j", "kuzu")
# Kuzu's node tables: column -> type; the first column is the primary key.
KUZU_NODE_TABLES = {
    "Entity": {"iri": "STRING", "name": "STRING", "labels": "STRING[]", "core": "STRING", "class": "STRING",
               "code": "STRING", "aliases": "STRING[]", "longitude": "DOUBLE", "latitude": "DOUBLE",
               "mentions": "INT64", "first_sentence": "STRING"},
    "Indicator": {"iri": "STRING", "name": "STRING"},
    "Observation": {"iri": "STRING", "value": "DOUBLE", "value_text": "STRING", "unit": "STRING", "year": "INT64",
                    "status": "STRING", "measure": "STRING", "qualifier": "STRING", "sentence": "STRING"},
}
_LINK_COLUMNS = {"relation": "STRING", "label": "STRING", "sentence": "STRING"}
# Kuzu's relationship tables: type -> (from table, to table, columns).  One per relation of the
# registry (the export writes each link in one direction), and the observations' three.
KUZU_REL_TABLES = {
    **{registry.relationship_type(r): ("Entity", "Entity", _LINK_COLUMNS) for r in registry.ENTITY_RELATIONS},
    "OF_INDICATOR": ("Observation", "Indicator", {}),
    "ABOUT_PLACE": ("Observation", "Entity", {}),
    "MEASURES": ("Observation", "Entity", {}),
}


def cypher_string(value: str) -> str:
    """A Cypher string literal; quotes, backslashes and line breaks escaped.

    >>> cypher_string('格尔木"市\\\\')
    '"格尔木\\\\"市\\\\\\\\"'
    """
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def cypher_value(value) -> str:
    """A Cypher literal for a string, number, boolean or list of strings.

    >>> cypher_value(["甲", "乙"]), cypher_value(2.5), cypher_value(True)
    ('["甲", "乙"]', '2.5', 'true')
    """
    if isinstance(value, list):
        return "[" + ", ".join(cypher_string(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return cypher_string(str(value))


def _map(props: dict) -> str:
    """A Cypher map of the properties given, unset ones left out: ``{iri: "…", year: 2020}``."""
    return "{" + ", ".join(f"{k}: {cypher_value(v)}" for k, v in props.items() if v is not None) + "}"


def _neo4j(nodes, rels) -> list[str]:
    lines = ["// Haixi KG as Cypher for Neo4j 5: cypher-shell -f haixi.cypher"]
    for label in ("Entity", "Indicator", "Observation"):
        lines.append(f"CREATE CONSTRAINT {label.lower()}_iri IF NOT EXISTS FOR (n:{label}) REQUIRE n.iri IS UNIQUE;")
    for n in nodes:
        items = ["n" + "".join(f":`{label}`" for label in n.labels[1:])] if len(n.labels) > 1 else []
        items += [f"n.`{k}` = {cypher_value(v)}" for k, v in sorted(n.props.items()) if k != "iri"]
        lines.append(f"MERGE (n:`{n.labels[0]}` {{iri: {cypher_string(n.id)}}})"
                     + (" SET " + ", ".join(items) if items else "") + ";")
    label_of = {n.id: n.labels[0] for n in nodes}
    for r in rels:
        sets = ", ".join(f"r.`{k}` = {cypher_value(v)}" for k, v in sorted(r.props.items()))
        lines.append(f"MATCH (a:`{label_of[r.start]}` {{iri: {cypher_string(r.start)}}}), "
                     f"(b:`{label_of[r.end]}` {{iri: {cypher_string(r.end)}}}) "
                     f"MERGE (a)-[r:`{r.type}`]->(b)" + (f" SET {sets}" if sets else "") + ";")
    return lines


def _kuzu_schema() -> list[str]:
    lines = []
    for table, columns in KUZU_NODE_TABLES.items():
        key = next(iter(columns))
        lines.append(f"CREATE NODE TABLE {table}(" + ", ".join(f"{c} {t}" for c, t in columns.items())
                     + f", PRIMARY KEY({key}));")
    for rel_type, (start, end, columns) in KUZU_REL_TABLES.items():
        lines.append(f"CREATE REL TABLE {rel_type}(FROM {start} TO {end}"
                     + "".join(f", {c} {t}" for c, t in columns.items()) + ");")
    return lines


def _kuzu_row(node) -> dict:
    """A node's values for the columns of its table (Kuzu has no labels beyond the table)."""
    values = {**node.props, "labels": list(node.labels), "core": node.labels[1] if len(node.labels) > 1 else None}
    return {c: values.get(c) for c in KUZU_NODE_TABLES[node.labels[0]]}


def _kuzu(nodes, rels) -> list[str]:
    lines = ["// Haixi KG as Cypher for Kuzu and Ladybug: the schema, then the nodes and relationships"]
    lines += _kuzu_schema()
    table_of = {n.id: n.labels[0] for n in nodes}
    for n in nodes:
        lines.append(f"CREATE (:{n.labels[0]} {_map(_kuzu_row(n))});")
    for r in rels:
        if r.type not in KUZU_REL_TABLES:
            raise OutputError(f"{r.type}: no Kuzu relationship table for it (kg.cypher.KUZU_REL_TABLES)")
        columns = KUZU_REL_TABLES[r.type][2]
        props = _map({c: r.props.get(c) for c in columns})
        lines.append(f"MATCH (a:{table_of[r.start]} {{iri: {cypher_string(r.start)}}}), "
                     f"(b:{table_of[r.end]} {{iri: {cypher_string(r.end)}}}) "
                     f"CREATE (a)-[:{r.type}{' ' + props if props != '{}' else ''}]->(b);")
    return lines


def cypher_script(nodes, rels, dialect: str = "neo4j") -> str:
    """The whole script in one dialect (``neo4j`` or ``kuzu``); raises OutputError for another."""
    writers = {"neo4j": _neo4j, "kuzu": _kuzu}
    if dialect not in writers:
        raise OutputError(f"unknown Cypher dialect {dialect!r}; choose one of: {', '.join(DIALECTS)}")
    return "\n".join(writers[dialect](nodes, rels)) + "\n"


# Neo4j 5's uniqueness constraint, as its Cypher manual gives it (antlr4-cypher's grammar has no schema commands).
_NEO4J_CONSTRAINT = re.compile(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.iri IS UNIQUE")


def statements(script: str) -> list[str]:
    """The statements of a script written by :func:`cypher_script` (one a line), comments left out.

    >>> statements('// a comment\\nMATCH (n) RETURN n;\\nRETURN 1;\\n')
    ['MATCH (n) RETURN n', 'RETURN 1']
    """
    return [line.removesuffix(";") for line in script.splitlines() if line and not line.startswith("//")]


def check_neo4j_grammar(statement: str) -> None:
    """Check one statement of the Neo4j dialect offline: a uniqueness constraint against Neo4j 5's
    documented form, anything else with the Cypher grammar of antlr4-cypher (PyPI; ANTLR's fast
    SLL pass first, the full LL pass only where SLL gives up).  Raises SyntaxError with line,
    column and message; KGError when antlr4-cypher is not installed (``pip install antlr4-cypher``).
    """
    if statement.startswith("CREATE CONSTRAINT"):
        if not _NEO4J_CONSTRAINT.fullmatch(statement):
            raise SyntaxError(f"not a Neo4j 5 uniqueness constraint: {statement}")
        return
    try:
        from antlr4 import CommonTokenStream, InputStream
        from antlr4.atn.PredictionMode import PredictionMode
        from antlr4.error.ErrorListener import ErrorListener
        from antlr4_cypher import CypherLexer, CypherParser
    except ImportError as e:
        raise KGError("the Cypher grammar check needs antlr4-cypher: pip install antlr4-cypher") from e

    class Refuse(ErrorListener):
        def syntaxError(self, recognizer, symbol, line, column, message, error):
            raise SyntaxError(f"{line}:{column} {message}")

    for mode in (PredictionMode.SLL, PredictionMode.LL):
        lexer = CypherLexer(InputStream(statement))
        parser = CypherParser(CommonTokenStream(lexer))
        for part in (lexer, parser):
            part.removeErrorListeners()
            part.addErrorListener(Refuse())
        parser._interp.predictionMode = mode
        try:
            parser.script()
            return
        except SyntaxError:
            if mode == PredictionMode.LL:
                raise
