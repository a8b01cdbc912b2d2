"""The corpus: everything extracted from a set of reports, the one value the steps hand on.

``extract`` and ``resolve`` fill it, ``rdf`` turns it into a graph, ``exports`` splits it by
report.  It holds facts and the sentences they were read from; it knows nothing of RDF
beyond the IRIs of its sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from .facts import Entity, Observation, Relation, StatusStatement
from .identifiers import sentence_iri
from .reading import Report
from .structure import Sentence

__all__ = ["Corpus"]


@dataclass
class Corpus:
    """Everything extracted from a set of reports, ready to become RDF."""

    reports: list[Report]
    sentences: dict[str, list[Sentence]]
    entities: list[Entity]
    relations: list[Relation] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    statuses: list[StatusStatement] = field(default_factory=list)
    products: dict[str, str] = field(default_factory=dict)

    def sentence_iris(self) -> dict[tuple[str, int], URIRef]:
        """(report id, sentence index) -> IRI, numbering repeated texts."""
        result = {}
        for report_id, sentences in self.sentences.items():
            seen: dict[str, int] = {}
            for s in sentences:
                seen[s.text] = seen.get(s.text, 0) + 1
                result[(report_id, s.index)] = sentence_iri(report_id, s.text, seen[s.text])
        return result
