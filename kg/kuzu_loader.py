"""Load the property-graph export (node-link JSON) into an embedded Cypher database: Ladybug
(PyPI ``ladybug``), the maintained fork of Kuzu, when it is installed, else Kuzu (archived
upstream, last release 0.11.3).  Both take the same script: the Kuzu dialect of :mod:`kg.cypher`.

    from kg.kuzu_loader import load_kuzu
    conn = load_kuzu("build/exports/haixi.json", "build/haixi.lbug")
    conn.execute("MATCH (p:Entity)-[:LOCATED_IN*1..3]->(:Entity {name: '格尔木市'}) RETURN p.name")
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from .cypher import KUZU_NODE_TABLES, KUZU_REL_TABLES, cypher_script
from .errors import KGError

__all__ = ["ENGINES", "embedded_engine", "property_graph_of_node_link", "load_kuzu"]

ENGINES = ("ladybug", "kuzu")  # in order of preference


def embedded_engine():
    """The Python module of the first engine installed (``ladybug``, else ``kuzu``); both offer
    ``Database`` and ``Connection``.  Raises KGError when neither is."""
    for name in ENGINES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise KGError("neither Ladybug nor Kuzu is installed: pip install ladybug")


def property_graph_of_node_link(data: dict):
    """The nodes and relationships of a node-link export, as :func:`kg.exports.property_graph` made them."""
    from .exports import PGNode, PGRel

    nodes = [PGNode(n["id"], tuple(n["labels"].split(":")),
                    {k: v for k, v in n.items() if k not in ("id", "labels", "label")}) for n in data["nodes"]]
    rels = [PGRel(link["source"], link["target"], link["type"],
                  {k: v for k, v in link.items() if k not in ("source", "target", "key", "type")})
            for link in data["links"]]
    return nodes, rels


def load_kuzu(node_link_json: str | Path, database: str | Path):
    """Create a database from the export with Ladybug (or Kuzu); returns an open connection."""
    engine = embedded_engine()
    data = json.loads(Path(node_link_json).read_text(encoding="utf-8"))
    conn = engine.Connection(engine.Database(str(database)))
    # Loading into an earlier database replaces that load (relationship tables first: they depend
    # on the node tables), so the README's snippet can run twice.
    for table in (*KUZU_REL_TABLES, *KUZU_NODE_TABLES):
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute(cypher_script(*property_graph_of_node_link(data), dialect="kuzu"))
    return conn
