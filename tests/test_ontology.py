"""The closed namespace in code and kg/data/ontology/haixi.ttl declare the same terms."""

import pytest
from rdflib import OWL, RDF, RDFS
from rdflib.namespace import SKOS

from kg.facts import CORE_CLASS_OF, CORE_CLASSES
from kg.namespace import HX
from kg.validate import load_ontology

REQUIRED_CLASSES = [
    "Place", "AdministrativeDivision", "Project", "Railway", "Road", "Airport", "IndustrialPark",
    "LogisticsPark", "IndustrialProject", "EnergyProject", "DigitalPlatform", "EcologicalProject",
    "PublicServiceFacility", "Enterprise", "Organization", "Program", "Plan", "Event", "Indicator",
    "Observation",
]


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def declared_terms(graph):
    ns = str(HX._NS)
    return {str(s)[len(ns):] for s in graph.subjects(RDF.type, None) if str(s).startswith(ns)}


def test_namespace_and_ontology_agree(ontology):
    in_code = {name for name in HX.__annotations__}
    assert declared_terms(ontology) == in_code


def test_misspelt_term_is_an_error():
    with pytest.raises(AttributeError):
        HX.Railwya  # noqa: B018


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_classes_have_labels_in_both_languages_and_a_definition(ontology, name):
    cls = HX[name]
    assert (cls, RDF.type, OWL.Class) in ontology
    languages = {label.language for label in ontology.objects(cls, RDFS.label)}
    assert {"zh", "en"} <= languages
    assert ontology.value(cls, SKOS.definition) is not None


@pytest.mark.parametrize("name, core", sorted(CORE_CLASS_OF.items()))
def test_every_extracted_class_falls_under_its_core_class(ontology, name, core):
    assert HX[core] in set(ontology.transitive_objects(HX[name], RDFS.subClassOf))
    assert core in CORE_CLASSES


@pytest.mark.parametrize("prop", ["locatedIn", "connects", "operatedBy", "hasPart", "partOf", "supports",
                                  "covers", "mentionedIn"])
def test_properties_have_labels(ontology, prop):
    assert {label.language for label in ontology.objects(HX[prop], RDFS.label)} == {"zh", "en"}
