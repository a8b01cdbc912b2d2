"""Check a built graph against the SHACL shapes in ``kg/data/ontology/shapes.ttl``.

The engine is pyshacl-turbo, a Rust SHACL engine with pySHACL's API and results graph:
on the Haixi graph it reports the same violations as pySHACL on every broken graph of
``benchmarks/bench_shacl.py`` about twenty times faster (pySHACL parses the link shape's
SPARQL text again for every node it checks).

Two ways to meet a violation:

* :func:`check` refuses the graph (``--strict``): ValidationError with the SHACL report.
* :func:`drop_violations` leaves out each statement that breaks a shape (a status
  statement, an assertion, an observation, a mention, an entity: the triples about
  one node), together with the links that point to it and the statements that only
  make sense with it, lists what it left out, and checks the graph again.

A graph that conforms is validated once, whichever way is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SH
from rdflib.term import Node

from .errors import ValidationError
from .namespace import GEO, HX, OA
from . import resources

__all__ = ["MAX_DROP_ROUNDS", "Violation", "DroppedStatement", "load_ontology", "load_shapes",
           "validate", "check", "violating_foci", "without_sparql", "sparql_violating_foci", "shacl_violations", "drop_violations"]

# How many times statements are left out and the graph checked again before the build gives up.
MAX_DROP_ROUNDS = 3
# Nodes that hold a report's structure: a violation there is a bug, not a bad statement.
_STRUCTURE = (HX.Report, HX.Section)
# Nodes that state something and depend on the nodes they refer to.
_STATEMENTS = (HX.Assertion, HX.Mention, HX.StatusStatement, HX.Observation)
# Nodes that belong to the one node that refers to them (a mention's target, its selectors, a geometry).
_PARTS = (OA.SpecificResource, OA.TextPositionSelector, OA.TextQuoteSelector, GEO.Geometry)


@dataclass(frozen=True, order=True)
class Violation:
    """One result of the SHACL check: the shape broken, the constraint, the focus node, the path, the message."""

    focus: str
    shape: str
    constraint: str
    path: str
    message: str


@dataclass(frozen=True)
class DroppedStatement:
    """A statement left out of the graph: its node, why, where it was read, what went with it."""

    focus: str
    kind: str
    violations: tuple[Violation, ...]
    report: str
    sentence_iri: str
    sentence: str
    removed_triples: int
    removed_nodes: tuple[str, ...]
    round: int

    @property
    def shapes(self) -> tuple[str, ...]:
        """The shapes the statement broke, without repeats, in name order."""
        return tuple(sorted({v.shape for v in self.violations}))

    def as_dict(self) -> dict:
        """A JSON-ready record, keys in a fixed order."""
        return {
            "focus": self.focus, "kind": self.kind, "shapes": list(self.shapes),
            "violations": [{"shape": v.shape, "constraint": v.constraint, "path": v.path, "message": v.message}
                           for v in self.violations],
            "report": self.report, "sentence_iri": self.sentence_iri, "sentence": self.sentence,
            "removed_triples": self.removed_triples, "removed_nodes": list(self.removed_nodes), "round": self.round,
        }


def load_ontology() -> Graph:
    return Graph().parse(resources.ontology_path(), format="turtle")


def load_shapes(path: str | Path | None = None) -> Graph:
    """The SHACL shapes: ``kg/data/ontology/shapes.ttl``, or another shapes file."""
    path = Path(path) if path else resources.shapes_path()
    if not path.is_file():
        raise ValidationError(f"{path}: no such shapes file")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as e:  # rdflib raises several parser errors
        raise ValidationError(f"{path}: not a Turtle file of shapes ({e})") from e


def _run_shacl(graph: Graph, shapes: Graph, focus_nodes: list[URIRef] | None = None) -> tuple[bool, Graph, str]:
    """One SHACL run: (conforms, results graph, report text); only of ``focus_nodes`` when given."""
    import pyshacl_turbo  # loaded on first use: a build without --validate never needs it

    conforms, results, text = pyshacl_turbo.validate(
        graph, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True, focus_nodes=focus_nodes,
    )
    return bool(conforms), results, str(text)


def validate(graph: Graph, shapes: str | Path | None = None) -> tuple[bool, str]:
    """Run the shapes over the graph; returns (conforms, report text)."""
    conforms, _, text = _run_shacl(graph, load_shapes(shapes))
    return conforms, text


def check(graph: Graph, shapes: str | Path | None = None) -> None:
    """Raise ValidationError with the SHACL report when the graph violates a shape."""
    conforms, text = validate(graph, shapes)
    if not conforms:
        raise ValidationError("the graph violates the SHACL shapes:\n" + text)


def violating_foci(graph: Graph, shapes: Graph, focus_nodes: list[URIRef] | None = None) -> set[str]:
    """The nodes of the graph (or of ``focus_nodes``) that violate a shape: none when it conforms;
    an empty name when it does not conform yet its results name no violation, which only the
    whole check explains."""
    conforms, results, _ = _run_shacl(graph, shapes, focus_nodes)
    if conforms:
        return set()
    return {v.focus for v in shacl_violations(results, shapes)} or {""}


def without_sparql(shapes: Graph) -> Graph:
    """The shapes without their SPARQL constraints (``sh:sparql``): what a SHACL engine checks
    when :func:`sparql_violating_foci` runs those on a store."""
    core = Graph()
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace, override=True)
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    return core


def sparql_violating_foci(store, shapes: Graph, foci: Iterable[str]) -> set[str]:
    """The foci for which a SPARQL constraint of the shapes (an ``sh:select`` that returns the
    violations of ``$this``) returns a row, each query run once on an Oxigraph store for every
    focus (``$this`` bound by a VALUES block), not once per node.

    A focus a shape does not target is checked too: a row for it can only send a build to the
    check of the whole graph, never hide a violation."""
    values = "VALUES $this { " + " ".join(f"<{iri}>" for iri in sorted(foci)) + " }\n"
    found = set()
    for constraint in sorted(set(shapes.objects(None, SH.sparql))):
        select = str(shapes.value(constraint, SH.select))
        prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
                           for p in shapes.objects(constraint, SH.prefixes) for d in shapes.objects(p, SH.declare))
        where = select.index("{", select.upper().index("WHERE")) + 1
        query = prefixes + select[:where] + values + select[where:]
        found.update(row["this"].value for row in store.query(query))
    return found


def shacl_violations(results: Graph, shapes: Graph) -> list[Violation]:
    """The violations (severity sh:Violation) of a SHACL results graph, sorted.

    A property shape is named by the node shape that holds it (hx:StatusShape, not a blank node)."""
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        source = results.value(result, SH.sourceShape)
        owner = next(iter(sorted(shapes.subjects(SH.property, source))), source)
        path = results.value(result, SH.resultPath)
        found.add(Violation(
            focus=str(results.value(result, SH.focusNode)),
            shape=_short(shapes, owner),
            constraint=_short(shapes, results.value(result, SH.sourceConstraintComponent)),
            path=_short(shapes, path) if isinstance(path, URIRef) else "",
            message=min((str(m) for m in results.objects(result, SH.resultMessage)), default=""),
        ))
    return sorted(found)


def _short(graph: Graph, node: Node | None) -> str:
    """A prefixed name (hx:StatusShape) where a prefix is known, else the node as text."""
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node).strip("<>")
        except ValueError:
            return str(node)
    return "" if node is None else str(node)


def drop_violations(graph: Graph, max_rounds: int = MAX_DROP_ROUNDS,
                    shapes_path: str | Path | None = None) -> list[DroppedStatement]:
    """Leave out of ``graph`` (in place) every statement that violates the shapes, then check
    again; repeat at most ``max_rounds`` times.  Returns what was left out, in report order.

    A graph that conforms is validated once and left as it is.  Raises ValidationError when a
    report's structure (a report or section node) violates a shape, or when the graph still
    violates the shapes after ``max_rounds`` rounds."""
    shapes = load_shapes(shapes_path)
    dropped: list[DroppedStatement] = []
    conforms, results, text = _run_shacl(graph, shapes)
    for round_number in range(1, max_rounds + 1):
        if conforms:
            return sorted(dropped, key=_report_order)
        by_focus: dict[str, list[Violation]] = {}
        for v in shacl_violations(results, shapes):
            by_focus.setdefault(v.focus, []).append(v)
        if not by_focus:
            raise ValidationError("the graph violates the SHACL shapes, with no violation to leave out:\n" + text)
        dropped.extend(_drop_statements(graph, shapes, by_focus, round_number))
        conforms, results, text = _run_shacl(graph, shapes)
    if conforms:
        return sorted(dropped, key=_report_order)
    raise ValidationError(f"the graph still violates the SHACL shapes after leaving out {len(dropped)} "
                          f"statements in {max_rounds} rounds:\n" + text)


def _report_order(d: DroppedStatement) -> tuple:
    return (d.report, d.sentence_iri, d.focus, d.round)


def _drop_statements(graph: Graph, shapes: Graph, by_focus: dict[str, list[Violation]],
                     round_number: int) -> list[DroppedStatement]:
    """Describe every violating statement of one round, then remove them all: each is read
    from the graph as it was, even when it also goes with another (an entity's status)."""
    planned = [_plan_drop(graph, shapes, URIRef(focus), tuple(violations), round_number)
               for focus, violations in sorted(by_focus.items())]
    for _, triples in planned:
        for t in triples:
            graph.remove(t)
    return [record for record, _ in planned]


def _plan_drop(graph: Graph, shapes: Graph, focus: URIRef, violations: tuple[Violation, ...],
               round_number: int) -> tuple[DroppedStatement, set[tuple[Node, Node, Node]]]:
    """One violating statement, described, and the triples that leave the graph with it."""
    if set(graph.objects(focus, RDF.type)) & set(_STRUCTURE):
        raise ValidationError(f"{focus} is part of a report's structure and violates "
                              f"{', '.join(sorted({v.shape for v in violations}))}: cannot leave it out")
    sentence = _source_sentence(graph, focus)
    links = _unasserted_links(graph, shapes, focus, violations)
    nodes = set() if links else _dependent_nodes(graph, focus)
    triples = set(links) if links else _triples_of(graph, nodes)
    record = DroppedStatement(
        focus=str(focus), kind=_kind(graph, focus), violations=violations,
        report=_report_id(graph, sentence), sentence_iri=str(sentence or ""),
        sentence=str(graph.value(sentence, RDF.value) or "") if sentence is not None else "",
        removed_triples=len(triples), removed_nodes=tuple(sorted(str(n) for n in nodes if n != focus)),
        round=round_number,
    )
    return record, triples


def _kind(graph: Graph, node: URIRef) -> str:
    """The node's classes as prefixed names, joined (hx:StatusStatement)."""
    return " ".join(sorted(_short(graph, t) for t in graph.objects(node, RDF.type))) or "untyped"


def _source_sentence(graph: Graph, node: URIRef) -> URIRef | None:
    """The sentence a node was read from: its prov:wasDerivedFrom sentence, else the first
    sentence an entity is mentioned in, else the node itself when it is a sentence."""
    if (node, RDF.type, HX.Sentence) in graph:
        return node
    candidates = [s for s in graph.objects(node, PROV.wasDerivedFrom) if (s, RDF.type, HX.Sentence) in graph]
    candidates = candidates or [s for s in graph.objects(node, HX.mentionedIn)
                                if (s, RDF.type, HX.Sentence) in graph]
    if not candidates:
        return None
    return min(candidates, key=lambda s: (_report_id(graph, s), _index(graph, s), str(s)))


def _index(graph: Graph, sentence: URIRef) -> int:
    value = graph.value(sentence, HX.sentenceIndex)
    return int(value.toPython()) if isinstance(value, Literal) else -1


def _report_id(graph: Graph, sentence: URIRef | None) -> str:
    """The identifier of a sentence's report, or an empty string."""
    report = graph.value(sentence, HX.inReport) if sentence is not None else None
    return str(graph.value(report, DCTERMS.identifier) or "") if report is not None else ""


def _unasserted_links(graph: Graph, shapes: Graph, focus: URIRef,
                      violations: tuple[Violation, ...]) -> list[tuple[Node, Node, Node]]:
    """For a violation of a shape that targets the subjects of link predicates (hx:LinkShape),
    the links of the focus that no hx:Assertion states: they, not the entity, are the statement."""
    broken = {v.shape for v in violations}
    predicates = {p for shape, p in shapes.subject_objects(SH.targetSubjectsOf) if _short(shapes, shape) in broken}
    if not predicates:
        return []
    return sorted((focus, p, o) for p, o in graph.predicate_objects(focus)
                  if p in predicates and not _asserted(graph, focus, p, o))


def _asserted(graph: Graph, s: Node, p: Node, o: Node) -> bool:
    """Whether an hx:Assertion with a source states the triple (s, p, o)."""
    return any((a, RDF.predicate, p) in graph and (a, RDF.object, o) in graph
               and (a, RDF.type, HX.Assertion) in graph and graph.value(a, PROV.wasDerivedFrom) is not None
               for a in graph.subjects(RDF.subject, s))


def _dependent_nodes(graph: Graph, focus: URIRef) -> set[Node]:
    """The focus node, the statements that refer to it (a mention of a dropped entity, an
    assertion about it), and the nodes only they refer to (a mention's target and selectors,
    an entity's status statements), followed to the end."""
    nodes: set[Node] = {focus}
    frontier = [focus]
    while frontier:
        node = frontier.pop()
        for s in graph.subjects(None, node):
            if s not in nodes and _typed(graph, s, _STATEMENTS):
                nodes.add(s)
                frontier.append(s)
        for o in graph.objects(node, None):
            if o not in nodes and _typed(graph, o, _STATEMENTS + _PARTS) and _only_referred_by(graph, o, nodes):
                nodes.add(o)
                frontier.append(o)
    return nodes


def _typed(graph: Graph, node: Node, classes: tuple[URIRef, ...]) -> bool:
    return any((node, RDF.type, c) in graph for c in classes)


def _only_referred_by(graph: Graph, node: Node, referrers: set[Node]) -> bool:
    return all(s in referrers for s in graph.subjects(None, node))


def _triples_of(graph: Graph, nodes: set[Node]) -> set[tuple[Node, Node, Node]]:
    """Every triple about the nodes or pointing to them, and the links that an assertion
    among them alone states (so that no link is left without its source)."""
    triples = set()
    for node in nodes:
        triples.update(graph.triples((node, None, None)))
        triples.update(graph.triples((None, None, node)))
    for node in nodes:
        if (node, RDF.type, HX.Assertion) not in graph:
            continue
        link = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object))
        if None not in link and not _asserted_elsewhere(graph, link, nodes):
            triples.add(link)
    return triples


def _asserted_elsewhere(graph: Graph, link: tuple[Node, Node, Node], dropped: set[Node]) -> bool:
    """Whether an assertion outside the dropped nodes states the link too."""
    s, p, o = link
    return any(a not in dropped and (a, RDF.predicate, p) in graph and (a, RDF.object, o) in graph
               for a in graph.subjects(RDF.subject, s))
