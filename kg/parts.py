"""The graph of a corpus made one report at a time, so that memory does not grow with rdflib's.

An rdflib graph holds about 1.3 KB a triple: a hundred reports (1.2 million triples) took more
than a gigabyte before any step had run on it.  Here each report's share of the corpus
(:func:`kg.exports.report_parts`, the named graphs of the TriG) becomes a small rdflib graph,
is checked against the shapes while it is small, and is kept only as its N-Triples lines,
sorted; the graph is let go of before the next.  The whole graph is then

* the merge of those sorted lines (:func:`merged_lines`), which Oxigraph writes as Turtle: the
  bytes of :func:`kg.serialize.turtle_bytes` of the whole rdflib graph, since both write the
  same sorted lines;
* an in-memory Oxigraph store (:func:`load_store`), a fraction of rdflib's size, which the views
  and the summary read through oxrdflib's rdflib store.

What a report's own check cannot see is a node stated by several reports (an entity, an
indicator, a period): :func:`shared_subjects` finds those, and :func:`shared_part` takes out of
the store what the shapes read of them (their statements, the classes of the nodes they point
to, and the assertions about them), to be checked together.
"""

from __future__ import annotations

import heapq
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph
from rdflib import Graph
from rdflib.namespace import RDF

from .corpus import Corpus
from .rdf import to_graph
from .serialize import ntriples_lines

__all__ = ["GraphPart", "graph_part", "merged_lines", "load_store", "shared_subjects",
           "shared_part"]


@dataclass
class GraphPart:
    """One named graph of a build (a report's, or the links from reference data): its IRI, its
    triples as sorted N-Triples lines (each ending with a line break), and the foci of the
    violations its own check found (empty when it conforms or was not checked)."""

    name: str
    ntriples: bytes
    violating: frozenset[str] = frozenset()

    def subjects(self) -> set[bytes]:
        """The subjects of the part's triples, as N-Triples terms (``<iri>``)."""
        return {line.split(b" ", 1)[0] for line in io.BytesIO(self.ntriples)}

    def graph(self) -> Graph:
        """The part as an rdflib graph (made when asked for)."""
        return Graph().parse(data=self.ntriples, format="nt")


def graph_part(name: str, part: Corpus, check=None) -> GraphPart:
    """One report's share of the corpus as a :class:`GraphPart`; ``check`` (a graph -> the foci
    of its violations) is run on the small graph before it is let go of."""
    graph = to_graph(part)
    violating = frozenset(check(graph)) if check else frozenset()
    return GraphPart(name, b"".join(line + b"\n" for line in ntriples_lines(graph)), violating)


def merged_lines(parts: Iterable[GraphPart]) -> bytes:
    """The lines of every part merged into one sorted list without repeats: the whole graph's
    N-Triples, read a line at a time (no list of every line is held)."""
    out = io.BytesIO()
    last = None
    for line in heapq.merge(*(io.BytesIO(p.ntriples) for p in parts)):
        if line != last:
            out.write(line)
            last = line
    return out.getvalue()


def load_store(ntriples: bytes) -> pyoxigraph.Store:
    """An in-memory Oxigraph store holding the triples (N-Triples) in its default graph."""
    store = pyoxigraph.Store()
    store.bulk_load(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def shared_subjects(parts: Iterable[GraphPart]) -> set[str]:
    """The IRIs that are the subject of triples in more than one part."""
    seen: Counter[bytes] = Counter()
    for part in parts:
        seen.update(part.subjects())
    return {term[1:-1].decode("utf-8") for term, n in seen.items() if n > 1 and term.startswith(b"<")}


def shared_part(store: pyoxigraph.Store, subjects: Iterable[str]) -> Graph:
    """What the shapes read of the given nodes, taken out of the whole graph in the store: their
    triples, the classes of the nodes they point to, and the assertions about them (an
    ``rdf:subject`` statement and its other triples)."""
    rdf_type, rdf_subject = pyoxigraph.NamedNode(str(RDF.type)), pyoxigraph.NamedNode(str(RDF.subject))
    triples = []
    for iri in sorted(subjects):
        node = pyoxigraph.NamedNode(iri)
        about = [q.triple for q in store.quads_for_pattern(node, None, None)]
        for statement in store.quads_for_pattern(None, rdf_subject, node):
            about.extend(q.triple for q in store.quads_for_pattern(statement.subject, None, None))
        for t in list(about):
            if isinstance(t.object, pyoxigraph.NamedNode):
                about.extend(q.triple for q in store.quads_for_pattern(t.object, rdf_type, None))
        triples.extend(about)
    text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return Graph().parse(data=text, format="nt")

