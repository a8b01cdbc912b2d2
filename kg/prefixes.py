"""The prefixes of the graph and its queries, as plain strings: importing this module loads no
RDF library, so the query path (``kg query``) stays light.

:mod:`kg.namespace` builds its rdflib namespaces from the same table.

Examples
--------
>>> PREFIX_IRIS["hx"], STANDARD_PREFIX_IRIS["xsd"]
('https://w3id.org/haixi-kg/ontology#', 'http://www.w3.org/2001/XMLSchema#')
"""

from __future__ import annotations

__all__ = ["BASE", "PREFIX_IRIS", "STANDARD_PREFIX_IRIS", "ALL_PREFIX_IRIS"]

BASE = "https://w3id.org/haixi-kg/"

# The prefixes every serialisation binds and every query may use without declaring them.
PREFIX_IRIS = {
    "hx": BASE + "ontology#",
    "id": BASE + "id/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "qb": "http://purl.org/linked-data/cube#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
}

# rdf, rdfs and xsd: every RDF library binds them already; queries may use them too.
STANDARD_PREFIX_IRIS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

ALL_PREFIX_IRIS = {**STANDARD_PREFIX_IRIS, **PREFIX_IRIS}
