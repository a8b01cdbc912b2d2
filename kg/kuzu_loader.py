"""Load the property-graph export (node-link JSON) into Kuzu, an embedded Cypher database.

    from kg.kuzu_loader import load_kuzu
    conn = load_kuzu("build/exports/haixi.json", "build/haixi.kuzu")
    conn.execute("MATCH (p:Entity)-[:LOCATED_IN*1..3]->(:Entity {name: '格尔木市'}) RETURN p.name")
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from . import registry

__all__ = ["ENTITY_RELATIONS", "load_kuzu"]

# One relationship table per relation of the registry (the export writes each in one direction).
ENTITY_RELATIONS = tuple(registry.relationship_type(r) for r in registry.ENTITY_RELATIONS)
_SCHEMA = [
    "CREATE NODE TABLE Entity(iri STRING, name STRING, labels STRING[], core STRING, class STRING, code STRING, "
    "aliases STRING[], longitude DOUBLE, latitude DOUBLE, PRIMARY KEY(iri))",
    "CREATE NODE TABLE Indicator(iri STRING, name STRING, PRIMARY KEY(iri))",
    "CREATE NODE TABLE Observation(iri STRING, value DOUBLE, unit STRING, year INT64, status STRING, "
    "measure STRING, qualifier STRING, PRIMARY KEY(iri))",
    *(f"CREATE REL TABLE {t}(FROM Entity TO Entity, sentence STRING)" for t in ENTITY_RELATIONS),
    "CREATE REL TABLE OF_INDICATOR(FROM Observation TO Indicator)",
    "CREATE REL TABLE ABOUT_PLACE(FROM Observation TO Entity)",
    "CREATE REL TABLE MEASURES(FROM Observation TO Entity)",
]
_TABLE_NAME = re.compile(r"CREATE \w+ TABLE (\w+)")


def load_kuzu(node_link_json: str | Path, database: str | Path):
    """Create a Kuzu database from the export; returns an open connection."""
    import kuzu

    data = json.loads(Path(node_link_json).read_text(encoding="utf-8"))
    conn = kuzu.Connection(kuzu.Database(str(database)))
    # Loading into an earlier database replaces what that load made (relationship tables first:
    # they depend on the node tables), so the snippet of the README can run twice.
    for statement in reversed(_SCHEMA):
        conn.execute("DROP TABLE IF EXISTS " + _TABLE_NAME.match(statement).group(1))
    for statement in _SCHEMA:
        conn.execute(statement)
    table_of = {}
    for node in data["nodes"]:
        labels = node["labels"].split(":")
        table = labels[0]
        table_of[node["id"]] = table
        if table == "Entity":
            conn.execute(
                "CREATE (:Entity {iri: $iri, name: $name, labels: $labels, core: $core, class: $cls, code: $code, "
                "aliases: $aliases, longitude: $lon, latitude: $lat})",
                {"iri": node["id"], "name": node["name"], "labels": labels, "core": labels[1], "cls": node["class"],
                 "code": node.get("code", ""), "aliases": node.get("aliases", []),
                 "lon": node.get("longitude"), "lat": node.get("latitude")})
        elif table == "Indicator":
            conn.execute("CREATE (:Indicator {iri: $iri, name: $name})", {"iri": node["id"], "name": node["name"]})
        else:
            conn.execute(
                "CREATE (:Observation {iri: $iri, value: $value, unit: $unit, year: $year, status: $status, "
                "measure: $measure, qualifier: $qualifier})",
                {"iri": node["id"], "value": node["value"], "unit": node["unit"], "year": node.get("year"),
                 "status": node["status"], "measure": node["measure"], "qualifier": node["qualifier"]})
    for link in data["links"]:
        kind = link["type"]
        a, b = table_of[link["source"]], table_of[link["target"]]
        props = " {sentence: $sentence}" if kind in ENTITY_RELATIONS else ""
        params = {"s": link["source"], "o": link["target"]}
        if props:
            params["sentence"] = link.get("sentence", "")
        conn.execute(f"MATCH (a:{a} {{iri: $s}}), (b:{b} {{iri: $o}}) CREATE (a)-[:{kind}{props}]->(b)", params)
    return conn
