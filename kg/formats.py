"""The export formats by name, and the file each writes by default: a light module, so that the
command line can list the formats without importing the exporters (rdflib, networkx).

Examples
--------
>>> default_name("turtle"), default_name("neo4j-csv"), default_name("cypher", "kuzu"), "node-link" in FORMATS
('haixi.ttl', 'haixi-neo4j', 'haixi-kuzu.cypher', True)
"""

from __future__ import annotations

__all__ = ["RDF_FORMATS", "PROPERTY_GRAPH_FORMATS", "FORMATS", "DIRECTORY_FORMATS", "default_name"]

# name -> (rdflib serialiser, file extension)
RDF_FORMATS = {"turtle": ("turtle", ".ttl"), "ntriples": ("nt", ".nt"), "jsonld": ("json-ld", ".jsonld"),
               "rdfxml": ("xml", ".rdf"), "trig": ("trig", ".trig"), "nquads": ("nquads", ".nq")}
# name -> file extension ("" for a format written as a directory of files)
PROPERTY_GRAPH_FORMATS = {"neo4j-csv": "", "cypher": ".cypher", "graphml": ".graphml", "gexf": ".gexf",
                          "node-link": ".json"}
FORMATS = tuple(RDF_FORMATS) + tuple(PROPERTY_GRAPH_FORMATS)
DIRECTORY_FORMATS = ("neo4j-csv",)


def default_name(fmt: str, dialect: str = "neo4j") -> str:
    """The file (or directory) name an export gets under ``build/exports/`` by default
    (``haixi-kuzu.cypher`` for the Kuzu dialect of the Cypher script)."""
    if fmt in RDF_FORMATS:
        return "haixi" + RDF_FORMATS[fmt][1]
    if fmt == "cypher" and dialect != "neo4j":
        return f"haixi-{dialect}.cypher"
    return "haixi-neo4j" if fmt == "neo4j-csv" else "haixi" + PROPERTY_GRAPH_FORMATS[fmt]
