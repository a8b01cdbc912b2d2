"""Exports for graph databases and tools: RDF serialisations and a property graph.

RDF: Turtle, N-Triples, JSON-LD (with a context of short keys), RDF/XML, and
TriG / N-Quads with one named graph per source report.  Property graph: Neo4j
bulk-import CSV, a Cypher script (Neo4j 5 or Kuzu/Ladybug, :mod:`kg.cypher`), GraphML, GEXF and
node-link JSON, all from one model (:func:`property_graph`): nodes keep their
IRI, labels (``Entity`` plus core and specific class, ``:Railway``), Chinese
name, aliases and codes; relationships their type (``LOCATED_IN``) and
sentence.  Every file is written atomically, inside the directory it is given,
and an existing file is replaced only with ``force``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import PROV

from .analytics import entity_network
from .corpus import Corpus
from .cypher import cypher_script, cypher_string  # cypher_string re-exported
from .errors import OutputError
from .formats import DIRECTORY_FORMATS, FORMATS, PROPERTY_GRAPH_FORMATS, RDF_FORMATS, default_name
from .io import check_output, file_mode, write_atomic
from .namespace import HX, PREFIXES, bind_prefixes
from .rdf import to_graph
from .registry import LINK_RELATIONS, relationship_type  # relationship_type re-exported
from .relations import REFERENCE_SENTENCE

__all__ = ["RDF_FORMATS", "PROPERTY_GRAPH_FORMATS", "FORMATS", "PGNode", "PGRel", "property_graph",
           "export", "to_dataset", "report_parts", "jsonld_context", "cypher_string", "relationship_type",
           "default_name"]

REFERENCE_GRAPH = URIRef("https://w3id.org/haixi-kg/id/source/gb-t-2260")


# ---------------------------------------------------------------- RDF


def to_dataset(corpus: Corpus) -> Dataset:
    """One named graph per source report (named by the report's IRI), and one for
    links taken from reference data."""
    ds = Dataset()
    bind_prefixes(ds)
    for name, part in report_parts(corpus):
        named = ds.graph(name)
        for triple in to_graph(part):
            named.add(triple)
    return ds


def report_parts(corpus: Corpus) -> Iterator[tuple[URIRef, Corpus]]:
    """Each report's share of the corpus, with the IRI of its named graph (the report's), then
    the links taken from reference data, named :data:`REFERENCE_GRAPH`."""
    for report in corpus.reports:
        rid = report.report_id
        entities = []
        for e in corpus.entities:
            mentions = [m for m in e.mentions if m.report_id == rid]
            if mentions:
                copy = type(e)(e.key, e.label, e.cls, e.code, set(e.aliases), mentions)
                entities.append(copy)
        keys = {e.key for e in entities}
        yield URIRef(f"https://w3id.org/haixi-kg/id/report/{rid}"), Corpus(
            reports=[report], sentences={rid: corpus.sentences[rid]}, entities=entities,
            relations=[r for r in corpus.relations if r.report_id == rid],
            observations=[o for o in corpus.observations if o.report_id == rid],
            statuses=[s for s in corpus.statuses if s.report_id == rid],
            products={k: v for k, v in corpus.products.items() if k in keys},
        )
    yield REFERENCE_GRAPH, Corpus(reports=[], sentences={}, entities=[],
                                  relations=[r for r in corpus.relations if r.sentence_index == REFERENCE_SENTENCE])


def jsonld_context() -> dict:
    """Short keys for JSON-LD: ``label``, ``aliases``, ``locatedIn`` … instead of full IRIs."""
    context: dict = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    context.update({
        "rdfs": str(RDFS), "rdf": str(RDF), "xsd": "http://www.w3.org/2001/XMLSchema#",
        "label": {"@id": "rdfs:label"}, "name": {"@id": "skos:prefLabel"}, "aliases": {"@id": "skos:altLabel"},
        "code": {"@id": "hx:divisionCode"}, "text": {"@id": "rdf:value"},
        "mentionedIn": {"@id": "hx:mentionedIn", "@type": "@id"},
        "value": {"@id": "hx:value", "@type": "xsd:decimal"}, "unit": {"@id": "hx:unit"},
        "indicator": {"@id": "hx:indicator", "@type": "@id"}, "year": {"@id": "hx:refYear", "@type": "xsd:gYear"},
        "derivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    })
    for relation in LINK_RELATIONS:
        context[relation] = {"@id": f"hx:{relation}", "@type": "@id"}
    return context


def _rdf_bytes(fmt: str, graph: Graph, corpus: Corpus | None) -> bytes:
    name, _ = RDF_FORMATS[fmt]
    if fmt in ("trig", "nquads"):
        if corpus is None:
            raise OutputError(f"{fmt} needs the reports, not only a graph file: run it from the build")
        text = to_dataset(corpus).serialize(format=name)
        if fmt == "nquads":
            text = "".join(sorted(text.splitlines(keepends=True)))
        return text.encode("utf-8")
    if fmt == "jsonld":
        return graph.serialize(format=name, context=jsonld_context(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    if fmt == "ntriples":
        return "".join(sorted(graph.serialize(format=name).splitlines(keepends=True))).encode("utf-8")
    return graph.serialize(format=name).encode("utf-8")


# ---------------------------------------------------------------- property graph


@dataclass
class PGNode:
    id: str
    labels: tuple[str, ...]
    props: dict = field(default_factory=dict)


@dataclass
class PGRel:
    start: str
    end: str
    type: str
    props: dict = field(default_factory=dict)


def property_graph(graph: Graph) -> tuple[list[PGNode], list[PGRel]]:
    """Entities, indicators and observations as nodes; links as typed relationships."""
    net = entity_network(graph)
    nodes, rels = [], []
    for n in sorted(net):
        d = net.nodes[n]
        labels = tuple(dict.fromkeys(("Entity", d["core"], d["cls"])))
        props = {"iri": n, "name": d["label"], "aliases": list(d["aliases"]), "class": d["cls"],
                 "mentions": len(d["sentences"])}
        if d["code"]:
            props["code"] = d["code"]
        if d["coords"]:
            props["longitude"], props["latitude"] = d["coords"]
        if d["sentences"]:
            props["first_sentence"] = d["sentences"][0][1]
        nodes.append(PGNode(n, labels, props))
    for s, o, d in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        props = {"relation": d["relation"], "label": d["label"]}
        if d["sentences"]:
            props["sentence"] = d["sentences"][0][1]
        rels.append(PGRel(s, o, relationship_type(d["relation"]), props))
    indicators = set()
    for obs in sorted(graph.subjects(RDF.type, HX.Observation)):
        indicator = graph.value(obs, HX.indicator)
        if indicator not in indicators:
            indicators.add(indicator)
            nodes.append(PGNode(str(indicator), ("Indicator",),
                                {"iri": str(indicator), "name": str(graph.value(indicator, RDFS.label))}))
        value = graph.value(obs, HX.value).toPython()
        props = {
            "iri": str(obs), "value": float(value) if isinstance(value, Decimal) else value,
            "value_text": str(graph.value(obs, HX.value)), "unit": str(graph.value(obs, HX.unit)),
            "year": int(str(graph.value(obs, HX.refYear))) if graph.value(obs, HX.refYear) else None,
            "status": str(graph.value(obs, HX.observationStatus)).rsplit("#", 1)[-1],
            "measure": str(graph.value(obs, HX.measureKind)).rsplit("#", 1)[-1],
            "qualifier": str(graph.value(obs, HX.qualifier)).rsplit("#", 1)[-1],
            "sentence": str(graph.value(graph.value(obs, PROV.wasDerivedFrom), RDF.value)),
        }
        nodes.append(PGNode(str(obs), ("Observation",), {k: v for k, v in props.items() if v is not None}))
        rels.append(PGRel(str(obs), str(indicator), "OF_INDICATOR", {}))
        for predicate, rel_type in ((HX.refPlace, "ABOUT_PLACE"), (HX.measures, "MEASURES")):
            target = graph.value(obs, predicate)
            if target is not None and str(target) in net:
                rels.append(PGRel(str(obs), str(target), rel_type, {}))
    nodes.sort(key=lambda n: (n.labels[0] != "Entity", n.id))
    return nodes, rels


_NEO4J_TYPES = {"aliases": "string[]", "longitude": "double", "latitude": "double", "mentions": "int",
                "value": "double", "year": "int"}


def _neo4j_csv(nodes: list[PGNode], rels: list[PGRel]) -> dict[str, bytes]:
    """``neo4j-admin database import`` files: nodes.csv, relationships.csv and the command."""
    keys = sorted({k for n in nodes for k in n.props if k != "iri"})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iri:ID"] + [f"{k}:{_NEO4J_TYPES.get(k, 'string')}" for k in keys] + [":LABEL"])
    for n in nodes:
        row = [n.id]
        for k in keys:
            v = n.props.get(k)
            row.append(";".join(a.replace(";", "；") for a in v) if isinstance(v, list) else "" if v is None else v)
        writer.writerow(row + [";".join(n.labels)])
    nodes_csv = out.getvalue()
    rel_keys = sorted({k for r in rels for k in r.props})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([":START_ID", ":END_ID", ":TYPE"] + [f"{k}:string" for k in rel_keys])
    for r in rels:
        writer.writerow([r.start, r.end, r.type] + [r.props.get(k, "") for k in rel_keys])
    command = ("#!/bin/sh\n# Load into an empty Neo4j database named haixi (Neo4j 5):\n"
               "neo4j-admin database import full haixi --nodes=nodes.csv --relationships=relationships.csv "
               "--array-delimiter=';' --overwrite-destination\n")
    return {"nodes.csv": nodes_csv.encode("utf-8"), "relationships.csv": out.getvalue().encode("utf-8"),
            "import.sh": command.encode("utf-8")}


def _networkx(nodes: list[PGNode], rels: list[PGRel], flat: bool) -> nx.MultiDiGraph:
    """The property graph in networkx; ``flat`` joins lists with | for GraphML and GEXF."""
    g = nx.MultiDiGraph()
    for n in nodes:
        props = {k: ("|".join(v) if flat and isinstance(v, list) else v) for k, v in n.props.items()}
        g.add_node(n.id, labels=":".join(n.labels), label=n.props.get("name", n.id), **{
            k: v for k, v in props.items() if k not in ("label",)})
    for k, r in enumerate(rels):
        g.add_edge(r.start, r.end, key=f"r{k}", type=r.type, **r.props)
    return g


def _graphml(nodes, rels) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(_networkx(nodes, rels, flat=True), buffer, encoding="utf-8")
    return buffer.getvalue()


def _gexf(nodes, rels) -> bytes:
    """GEXF 1.2 as Gephi reads it: edges directed by default, the relationship type in an edge
    attribute of its own (``relationship``; GEXF keeps ``type`` for directed/undirected/mutual),
    the Chinese name of the relation as the edge's label, and no date in the file (same input,
    same bytes)."""
    from networkx.readwrite.gexf import GEXFWriter

    g = _networkx(nodes, rels, flat=True)
    for _, _, d in g.edges(data=True):
        d["relationship"] = d.pop("type")
        d.setdefault("label", d["relationship"])
    writer = GEXFWriter(encoding="utf-8")
    writer.xml.find("meta").attrib.pop("lastmodifieddate")
    writer.add_graph(g)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _node_link(nodes, rels) -> bytes:
    data = nx.node_link_data(_networkx(nodes, rels, flat=False), edges="links")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


_PG_WRITERS: dict[str, Callable] = {"graphml": _graphml, "gexf": _gexf, "node-link": _node_link}


# ---------------------------------------------------------------- writing


def export(fmt: str, graph: Graph, output: Path, corpus: Corpus | None = None, force: bool = False,
           dialect: str = "neo4j") -> list[Path]:
    """Write one export; returns the files written.

    ``output`` is a file, or for ``neo4j-csv`` a directory; ``dialect`` is the Cypher
    script's (``neo4j`` or ``kuzu``, see :mod:`kg.cypher`).  Raises OutputError
    when it exists and ``force`` is not given, when it is of the wrong kind (a
    directory for a file, a device), or when a file would land outside the
    directory given.  ``force`` replaces only the export's own files.
    """
    if fmt not in FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    output = check_output(output, force, directory=fmt in DIRECTORY_FORMATS)
    if fmt in RDF_FORMATS:
        files = {output.name: _rdf_bytes(fmt, graph, corpus)}
        directory = output.parent
    else:
        nodes, rels = property_graph(graph)
        if fmt == "neo4j-csv":
            files, directory = _neo4j_csv(nodes, rels), output
        elif fmt == "cypher":
            files, directory = {output.name: cypher_script(nodes, rels, dialect).encode("utf-8")}, output.parent
        else:
            files, directory = {output.name: _PG_WRITERS[fmt](nodes, rels)}, output.parent
    if fmt == "neo4j-csv":
        return _write_directory(directory, files, force)
    return [_write_inside(directory, name, data) for name, data in files.items()]


def _write_inside(directory: Path, name: str, data: bytes) -> Path:
    root = directory.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise OutputError(f"{name}: would be written outside {directory}")
    write_atomic(target, data)
    return target


def _write_directory(directory: Path, files: dict[str, bytes], force: bool) -> list[Path]:
    """Write a set of files as one directory, swapped in whole."""
    directory = Path(directory)
    parent = directory.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=parent))
    os.chmod(staging, file_mode(directory=True))
    try:
        for name, data in files.items():
            _write_inside(staging, name, data)
        if directory.exists():
            # Replace only the export's own files: the directory and anything else in it stay.
            for name in files:
                check_output(directory / name, force)
            for name in files:
                os.replace(staging / name, directory / name)
        else:
            os.replace(staging, directory)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return [directory.resolve() / name for name in files]
