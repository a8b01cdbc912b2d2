"""One registry of classes and relations (kg.registry): the ontology, the SHACL shapes, the fact
types, the views, the exports and the Kuzu loader all agree with it."""

from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg import registry
from kg.namespace import HX
from kg.registry import CORE_CLASSES, ENTITY_RELATIONS, INVERSE, LINK_RELATIONS
from kg.resources import shapes_path


# The shapes' own IRIs share the ontology's namespace but are not ontology terms.
SHAPE = Namespace(str(HX._NS))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def local_names(terms) -> set[str]:
    return {str(t).removeprefix(str(HX._NS)) for t in terms}


def sparql_in_lists(shapes: Graph, variable: str) -> list[set[str]]:
    """The ``FILTER (?variable IN (hx:a, hx:b …))`` lists of the shapes' SPARQL constraints."""
    found = []
    for select in shapes.objects(None, SH.select):
        for match in re.finditer(rf"\?{variable} IN \(([^)]*)\)", str(select)):
            found.append({name.strip().removeprefix("hx:") for name in match.group(1).split(",")})
    return found


# --- the registry against the ontology

def test_core_classes_are_classes_of_the_ontology_with_no_core_above_them():
    core_of = registry.ontology_core_class_of()
    assert set(CORE_CLASSES) <= registry.ontology_classes()
    assert {c: core_of[c] for c in CORE_CLASSES} == {c: c for c in CORE_CLASSES}


def test_link_relations_are_object_properties_of_the_ontology():
    assert sorted(set(LINK_RELATIONS) - registry.ontology_object_properties()) == []


def test_inverses_are_the_ontologys():
    assert registry.ontology_inverses() == INVERSE
    assert len(LINK_RELATIONS) == len(set(LINK_RELATIONS)) == 9


def test_registry_parts_of_a_relation_declared_with_both_directions():
    assert set(INVERSE) <= set(ENTITY_RELATIONS)
    assert not set(INVERSE.values()) & set(ENTITY_RELATIONS)


# --- the users against the registry

def test_fact_types_agree():
    from kg import facts

    assert facts.CORE_CLASSES == CORE_CLASSES
    assert facts.CORE_CLASS_OF == registry.ontology_core_class_of()


def test_shapes_target_the_core_classes(shapes):
    targets = local_names(shapes.objects(SHAPE.EntityShape, SH.targetClass))
    assert targets == set(CORE_CLASSES)
    # exactly one core class: an sh:xone of sh:class constraints
    (options,) = shapes.objects(SHAPE.EntityShape, SH.xone)
    one_of = [shapes.value(member, SH["class"]) for member in Collection(shapes, options)]
    assert local_names(one_of) == set(CORE_CLASSES) and len(one_of) == len(CORE_CLASSES)


def test_shapes_check_every_link_relation(shapes):
    targets = local_names(shapes.objects(SHAPE.LinkShape, SH.targetSubjectsOf))
    assert targets == set(LINK_RELATIONS)
    assert sparql_in_lists(shapes, "p") == [set(LINK_RELATIONS)]


def test_relations_module_stores_the_same_inverses():
    from kg import relations

    assert relations.INVERSE == INVERSE


def test_analytics_draws_the_registry_relations():
    from kg import analytics

    assert tuple(analytics.RELATIONS) == ENTITY_RELATIONS


def test_view_styles_every_core_class_in_registry_order():
    from kg import view

    assert tuple(view.CLASS_STYLES) == CORE_CLASSES


def test_kuzu_tables_are_the_registry_relations():
    from kg.cypher import KUZU_REL_TABLES

    entity_tables = tuple(t for t, (start, end, _) in KUZU_REL_TABLES.items() if (start, end) == ("Entity", "Entity"))
    assert entity_tables == ("LOCATED_IN", "CONNECTS", "OPERATED_BY", "HAS_PART", "SUPPORTS", "COVERS",
                             "IMPLEMENTED_IN")


def test_jsonld_context_names_every_link_relation():
    from kg.exports import jsonld_context

    context = jsonld_context()
    assert {r: context[r] for r in LINK_RELATIONS} == {r: {"@id": f"hx:{r}", "@type": "@id"} for r in LINK_RELATIONS}


def test_every_registry_term_is_in_the_closed_namespace():
    assert [str(HX[t]) for t in CORE_CLASSES + LINK_RELATIONS] == \
        [f"https://w3id.org/haixi-kg/ontology#{t}" for t in CORE_CLASSES + LINK_RELATIONS]


def test_a_disagreeing_shapes_list_is_caught():
    """The shapes check reads the lists it compares: a shapes file that forgets Event fails it."""
    text = shapes_path().read_text(encoding="utf-8").replace(", hx:Event ;", " ;", 1)
    broken = Graph().parse(data=text, format="turtle")
    assert local_names(broken.objects(SHAPE.EntityShape, SH.targetClass)) == set(CORE_CLASSES) - {"Event"}


def test_ontology_is_an_owl_ontology():
    assert (None, RDF.type, OWL.Ontology) in registry.ontology()
