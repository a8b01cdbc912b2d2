"""The classes and relations of the graph, declared once and checked against the ontology.

The core classes (every entity has exactly one) and the relations between entities are declared
here; everything else about them is read from ``kg/data/ontology/haixi.ttl`` when asked for: which
specific class belongs to which core class (``rdfs:subClassOf``), the inverse of a relation
(``owl:inverseOf``), labels.  ``tests/test_registry.py`` fails when the ontology, the SHACL shapes,
the fact types, the views, the exports or the Kuzu loader disagree with this module.

Importing the module reads nothing; the functions that read the ontology cache it.

Examples
--------
>>> CORE_CLASSES[:3]
('Place', 'Project', 'Enterprise')
>>> LINK_RELATIONS[-2:]
('operates', 'partOf')
>>> relationship_type("implementedIn")
'IMPLEMENTED_IN'
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from .namespace import HX
from .resources import ontology_path

__all__ = [
    "CORE_CLASSES", "ENTITY_RELATIONS", "INVERSE", "LINK_RELATIONS",
    "relationship_type", "ontology", "ontology_classes", "ontology_object_properties",
    "ontology_core_class_of", "ontology_inverses", "label",
]

# Every entity has exactly one of these classes (the SHACL shapes check it).
CORE_CLASSES = ("Place", "Project", "Enterprise", "Organization", "Program", "Plan", "Event")
# The relations extraction states between entities, in one direction each.
ENTITY_RELATIONS = ("locatedIn", "connects", "operatedBy", "hasPart", "supports", "covers", "implementedIn")
# The relations stored in both directions (so that queries need no reasoner): relation -> inverse.
INVERSE = {"hasPart": "partOf", "operatedBy": "operates"}
# Every property that links two entities: the relations and their inverses.
LINK_RELATIONS = ENTITY_RELATIONS + tuple(sorted(INVERSE.values()))


def relationship_type(relation: str) -> str:
    """The property-graph name of a relation: ``locatedIn`` -> ``LOCATED_IN``.

    Examples
    --------
    >>> [relationship_type(r) for r in ("locatedIn", "hasPart")]
    ['LOCATED_IN', 'HAS_PART']
    """
    return "".join("_" + c if c.isupper() else c.upper() for c in relation)


@lru_cache(maxsize=1)
def ontology() -> Graph:
    """The ontology as an rdflib graph, read once."""
    return Graph().parse(ontology_path(), format="turtle")


def _local(term: URIRef) -> str | None:
    text = str(term)
    base = str(HX._NS)
    return text[len(base):] if text.startswith(base) else None


def ontology_classes() -> frozenset[str]:
    """The local names of the ontology's ``owl:Class`` terms.

    Examples
    --------
    >>> set(CORE_CLASSES) <= ontology_classes()
    True
    """
    return frozenset(n for n in map(_local, ontology().subjects(RDF.type, OWL.Class)) if n)


def ontology_object_properties() -> frozenset[str]:
    """The local names of the ontology's ``owl:ObjectProperty`` terms."""
    return frozenset(n for n in map(_local, ontology().subjects(RDF.type, OWL.ObjectProperty)) if n)


def ontology_core_class_of() -> dict[str, str]:
    """Every ontology class under a core class (the core classes too) -> its core class.

    Examples
    --------
    >>> core = ontology_core_class_of()
    >>> core["SaltLake"], core["Railway"], core["Program"]
    ('Place', 'Project', 'Program')
    """
    g = ontology()
    result = {}
    for cls in ontology_classes():
        ancestors = {_local(t) for t in g.transitive_objects(HX[cls], RDFS.subClassOf)}
        cores = ancestors & set(CORE_CLASSES)
        if len(cores) == 1:
            result[cls] = cores.pop()
    return dict(sorted(result.items()))


def ontology_inverses() -> dict[str, str]:
    """``owl:inverseOf`` pairs of the ontology, as stated (relation -> inverse).

    Examples
    --------
    >>> ontology_inverses() == INVERSE
    True
    """
    return {_local(s): _local(o) for s, o in ontology().subject_objects(OWL.inverseOf) if _local(s) and _local(o)}


def label(term: str, language: str = "zh") -> str:
    """The ontology's label of a class or property in one language ("" when it has none).

    Examples
    --------
    >>> label("Place"), label("locatedIn", "en")
    ('地点', 'located in')
    """
    labels = sorted(str(x) for x in ontology().objects(HX[term], RDFS.label) if x.language == language)
    return labels[0] if labels else ""
