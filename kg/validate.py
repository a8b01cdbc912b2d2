"""Check a built graph against the SHACL shapes in ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .errors import ValidationError

__all__ = ["ONTOLOGY_DIR", "load_ontology", "load_shapes", "validate", "check"]

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def load_ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "haixi.ttl", format="turtle")


def load_shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """Run the shapes over the graph; returns (conforms, report text)."""
    import pyshacl  # slow to import: loaded on first use

    conforms, _, text = pyshacl.validate(
        graph, shacl_graph=load_shapes(), inference="none", advanced=True, allow_warnings=True,
    )
    return bool(conforms), str(text)


def check(graph: Graph) -> None:
    """Raise ValidationError with pySHACL's report when the graph violates a shape."""
    conforms, text = validate(graph)
    if not conforms:
        raise ValidationError("the graph violates the SHACL shapes:\n" + text)
