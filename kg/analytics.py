"""Graph analytics with networkx: the entity network behind the views.

:func:`entity_network` turns the RDF graph into a ``networkx.MultiDiGraph`` of
entities (no sentence nodes), each node carrying what the views show: label,
class, aliases, code, coordinates and the sentences that mention it; each edge
its relation, Chinese label and sentence.  The functions after it take that
network as their first argument.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV, SKOS

from .errors import KGError
from .facts import CORE_CLASSES
from .namespace import HX, SCHEMA
from .validate import load_ontology

__all__ = [
    "RELATIONS", "entity_network", "report_catalogue", "timeline", "TimelineEntry", "degrees", "components",
    "communities", "subgraph", "find_entity", "shortest_path", "PathStep", "PathError", "reaching", "PLACING",
]

RELATIONS = ("locatedIn", "connects", "operatedBy", "hasPart", "supports", "covers", "implementedIn")
_CORE = {HX[c] for c in CORE_CLASSES}
# How a link reads when a path walks it backwards.
_INVERSE_LABELS = {"hasPart": "属于", "operatedBy": "运营"}
_STRUCTURAL = {HX.AdministrativeDivision, HX.NaturalPlace}
# The links that put a thing in a place: it lies in it, or (a road, a railway) reaches it.
PLACING = ("locatedIn", "connects")


class PathError(KGError):
    """No entity of that name, or no path between two entities."""


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _report_id(report: URIRef) -> str:
    return str(report).rsplit("/", 1)[-1]


def report_catalogue(g: Graph) -> list[dict]:
    """Every report of the graph, in reading order (year, then jurisdiction, then id).

    Each is a dict: ``id`` (the last segment of its IRI, as in sentence anchors),
    ``title``, ``year`` (an int, or None), ``place`` (the jurisdiction's label, or
    ""), ``code`` (the jurisdiction's division code, or "").
    """
    found = []
    for report in set(g.subjects(RDF.type, HX.Report)):
        year = g.value(report, HX.reportYear)
        place = g.value(report, HX.jurisdiction)
        found.append({
            "id": _report_id(report),
            "title": str(g.value(report, RDFS.label) or _report_id(report)),
            "year": int(str(year)[:4]) if year is not None else None,
            "place": str(g.value(place, RDFS.label) or "") if place is not None else "",
            "code": str(g.value(place, HX.divisionCode) or "") if place is not None else "",
        })
    return sorted(found, key=lambda r: (r["year"] is None, r["year"] or 0, r["code"], r["place"], r["id"]))


def _statuses(g: Graph, node: URIRef, sentence_info: dict, status_labels: dict[str, str]) -> list[tuple]:
    """The ``hx:hasStatus`` statements of one entity: (reference year, status, Chinese
    label, verb, sentence info), sorted."""
    found = []
    for st in g.objects(node, HX.hasStatus):
        source = g.value(st, PROV.wasDerivedFrom)
        if source not in sentence_info:
            continue
        year = g.value(st, HX.referenceYear)
        status = _local(g.value(st, HX.status))
        found.append((int(str(year)[:4]) if year is not None else 0, status, status_labels.get(status, status),
                      str(g.value(st, HX.statusVerb) or ""), sentence_info[source]))
    return sorted(found)


def entity_network(g: Graph) -> nx.MultiDiGraph:
    """The entities of an RDF graph and the links between them.

    Inverse links (``partOf``, ``operates``) are left out: each link is one edge.
    Each node also carries ``reports`` (the ids of the reports that mention it)
    and ``statuses`` (see :func:`_statuses`); ``net.graph["reports"]`` is the
    :func:`report_catalogue`.
    """
    ontology = load_ontology()
    status_labels = {_local(s): str(label) for s in ontology.subjects(RDF.type, HX.ProjectStatus)
                     for label in ontology.objects(s, RDFS.label) if label.language == "zh"}
    relation_labels = {}
    for name in RELATIONS:
        zh = [label for label in ontology.objects(HX[name], RDFS.label) if label.language == "zh"]
        relation_labels[name] = str(zh[0]) if zh else name
    sentence_info = {}
    for s in g.subjects(RDF.type, HX.Sentence):
        sentence_info[s] = (int(g.value(s, HX.sentenceIndex)), str(g.value(s, RDF.value)),
                            _local(g.value(s, HX.temporalOrientation)), str(g.value(s, HX.inReport)).rsplit("/", 1)[-1],
                            int(g.value(s, HX.paragraphIndex)))
    net = nx.MultiDiGraph(reports=report_catalogue(g))
    for node in sorted(set(g.subjects(HX.mentionedIn, None))):
        types = set(g.objects(node, RDF.type))
        core = next(iter(types & _CORE), None)
        if core is None:
            continue
        specific = sorted(types - _CORE - _STRUCTURAL)
        sentences = sorted(sentence_info[s] for s in g.objects(node, HX.mentionedIn))
        lon, lat = g.value(node, SCHEMA.longitude), g.value(node, SCHEMA.latitude)
        net.add_node(
            str(node),
            label=str(g.value(node, RDFS.label)),
            core=_local(core),
            cls=_local(specific[0]) if specific else _local(core),
            aliases=sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
            code=str(g.value(node, HX.divisionCode) or ""),
            coords=(float(lon), float(lat)) if lon is not None else None,
            sentences=sentences,
            reports=sorted({s[3] for s in sentences}),
            statuses=_statuses(g, node, sentence_info, status_labels),
        )
    assertions = defaultdict(list)
    for a in g.subjects(RDF.type, HX.Assertion):
        key = (g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object))
        source = g.value(a, PROV.wasDerivedFrom)
        if source in sentence_info:
            assertions[key].append(sentence_info[source])
    for name in RELATIONS:
        predicate = HX[name]
        for s, o in sorted(g.subject_objects(predicate)):
            if str(s) in net and str(o) in net:
                sentences = sorted(assertions.get((s, predicate, o), []))
                net.add_edge(str(s), str(o), key=name, relation=name, label=relation_labels[name],
                             sentences=sentences)
    return net


@dataclass(frozen=True)
class TimelineEntry:
    """What one report says of an entity: the report (see :func:`report_catalogue`),
    its sentences (index, text, orientation) in report order, and the statuses
    read from them (reference year, status, Chinese label, verb, sentence index)."""

    report: dict
    sentences: tuple[tuple[int, str, str], ...]
    statuses: tuple[tuple[int, str, str, str, int], ...]


def timeline(net: nx.MultiDiGraph, node: str) -> list[TimelineEntry]:
    """An entity across the reports: one entry per report that mentions it, in the
    catalogue's order (by year)."""
    data = net.nodes[node]
    by_report: dict[str, list] = defaultdict(list)
    for index, text, orientation, report, _ in sorted(data["sentences"], key=lambda s: (s[3], s[0])):
        by_report[report].append((index, text, orientation))
    statuses: dict[str, list] = defaultdict(list)
    for year, status, zh, verb, info in data.get("statuses", []):
        statuses[info[3]].append((year, status, zh, verb, info[0]))
    catalogue = net.graph.get("reports") or [{"id": r, "title": r, "year": None, "place": "", "code": ""}
                                             for r in sorted(by_report)]
    return [TimelineEntry(r, tuple(by_report[r["id"]]), tuple(statuses.get(r["id"], ())))
            for r in catalogue if r["id"] in by_report]


def degrees(net: nx.MultiDiGraph) -> dict[str, int]:
    """Links per entity, both directions counted."""
    return dict(net.degree())


def components(net: nx.MultiDiGraph) -> list[set[str]]:
    """Weakly connected components, largest first (ties by their smallest node)."""
    return sorted((set(c) for c in nx.weakly_connected_components(net)), key=lambda c: (-len(c), min(c)))


def communities(net: nx.MultiDiGraph) -> dict[str, int]:
    """Community index of every entity (Louvain with a fixed seed: deterministic and
    near-linear); isolated entities share community -1."""
    simple = nx.Graph()
    simple.add_edges_from((s, o) for s, o in net.edges() if s != o)
    result = {n: -1 for n in net}
    if simple.number_of_edges():
        found = nx.algorithms.community.louvain_communities(simple, seed=7)
        for index, members in enumerate(sorted(found, key=lambda c: (-len(c), min(c)))):
            for n in members:
                result[n] = index
    return result


def reaching(net: nx.MultiDiGraph, place: str) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Everything that reaches a place through a chain of ``locatedIn`` and ``connects``
    links, each with its shortest chain as (from, relation, to) links, the place last.

    A road that connects a town of a county reaches the county; a plant in a park in a
    city reaches the city.  Breadth first over the links into the place, so each entity
    is listed once, with the fewest links (ties broken by IRI): linear in the links.

    >>> net = nx.MultiDiGraph()
    >>> net.add_edge("road", "town", key="connects", relation="connects")
    'connects'
    >>> net.add_edge("town", "county", key="locatedIn", relation="locatedIn")
    'locatedIn'
    >>> reaching(net, "county")["road"]
    (('road', 'connects', 'town'), ('town', 'locatedIn', 'county'))
    """
    chains: dict[str, tuple[tuple[str, str, str], ...]] = {place: ()}
    frontier = [place]
    while frontier:
        following = []
        for target in frontier:
            links = sorted((s, k) for s, _, k in net.in_edges(target, keys=True) if k in PLACING)
            for source, relation in links:
                if source not in chains:
                    chains[source] = ((source, relation, target), *chains[target])
                    following.append(source)
        frontier = following
    del chains[place]
    return chains


def subgraph(net: nx.MultiDiGraph, center: str | None = None, depth: int = 1, cls: str | None = None) -> nx.MultiDiGraph:
    """The neighbourhood of one entity to ``depth`` links, or every entity of one class."""
    if center is not None:
        reach = nx.single_source_shortest_path_length(net.to_undirected(as_view=True), center, cutoff=depth)
        return net.subgraph(reach).copy()
    if cls is not None:
        keep = [n for n, d in net.nodes(data=True) if cls in (d["cls"], d["core"])]
        if not keep:
            raise PathError(f"no entity of class {cls!r}")
        return net.subgraph(keep).copy()
    return net.copy()


def find_entity(net: nx.MultiDiGraph, name: str) -> str:
    """The node whose label or alias is ``name`` (or whose IRI it is)."""
    if name in net:
        return name
    exact = [n for n, d in net.nodes(data=True) if name == d["label"] or name in d["aliases"]]
    if len(exact) >= 1:
        return sorted(exact)[0]
    raise PathError(f"no entity is named {name!r}")


@dataclass(frozen=True)
class PathStep:
    """One link of a path: from, relation (or 同句提及 for a shared sentence), to, sentence."""

    source: str
    relation: str
    target: str
    sentence: str


def shortest_path(net: nx.MultiDiGraph, start: str, end: str) -> list[PathStep]:
    """The shortest chain of links between two entities.

    Links read from the text count 1; two entities mentioned in one sentence are
    also joined (cost 2), and in one paragraph (cost 3), so that entities of a
    report can be related; each step comes with the sentence that states it.
    """
    a, b = find_entity(net, start), find_entity(net, end)
    adjacency: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
    for s, o, data in net.edges(data=True):
        sentence = data["sentences"][0][1] if data["sentences"] else "（参考数据 reference data）"
        adjacency[s].append((1, o, data["label"], sentence))
        adjacency[o].append((1, s, _INVERSE_LABELS.get(data["relation"], "←" + data["label"]), sentence))
    # Entities named in one sentence (cost 2) or one paragraph (cost 3) are near each other;
    # the step shows the sentence that names the entity it starts from.
    for cost, relation, unit in ((2, "同句提及", lambda info: (info[3], "s", info[0])),
                                 (3, "同段提及", lambda info: (info[3], "p", info[4]))):
        together: dict[tuple, dict[str, str]] = defaultdict(dict)
        for n, d in net.nodes(data=True):
            for info in d["sentences"]:
                together[unit(info)].setdefault(n, info[1])
        for members in together.values():
            for x, y in itertools.permutations(sorted(members), 2):
                adjacency[x].append((cost, y, relation, members[x]))
    travel = nx.DiGraph()
    for x, links in adjacency.items():
        for weight, y, relation, sentence in sorted(links):
            if not travel.has_edge(x, y):  # the cheapest link of a pair, ties broken by text
                travel.add_edge(x, y, weight=weight, relation=relation, sentence=sentence)
    try:
        nodes = nx.dijkstra_path(travel, a, b, weight="weight") if a != b else [a]
    except (nx.NetworkXNoPath, nx.NodeNotFound) as e:
        raise PathError(f"no path between {start!r} and {end!r}") from e
    steps = []
    for prior, node in zip(nodes, nodes[1:]):
        link = travel.edges[prior, node]
        steps.append(PathStep(net.nodes[prior]["label"], link["relation"], net.nodes[node]["label"], link["sentence"]))
    return steps
