"""The ontology's terms as a closed namespace: a misspelt term is an error, not a new IRI.

A test checks that this list and ``kg/data/ontology/haixi.ttl`` declare the same terms.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .prefixes import BASE, PREFIX_IRIS

__all__ = ["HX", "ID", "OA", "QB", "GEO", "SCHEMA", "BASE", "PREFIXES", "bind_prefixes"]

ID = Namespace(PREFIX_IRIS["id"])
OA = Namespace(PREFIX_IRIS["oa"])
QB = Namespace(PREFIX_IRIS["qb"])
GEO = Namespace(PREFIX_IRIS["geo"])
SCHEMA = Namespace(PREFIX_IRIS["schema"])


class HX(DefinedNamespace):
    """Haixi KG ontology terms."""

    _NS = Namespace(PREFIX_IRIS["hx"])
    _fail = True

    # core classes and their subclasses
    Place: URIRef
    AdministrativeDivision: URIRef
    Province: URIRef
    Prefecture: URIRef
    CountyLevelDivision: URIRef
    Town: URIRef
    Locality: URIRef
    NaturalPlace: URIRef
    Basin: URIRef
    Mountain: URIRef
    Lake: URIRef
    SaltLake: URIRef
    River: URIRef
    Region: URIRef
    ScenicArea: URIRef
    ProtectedArea: URIRef
    Country: URIRef
    Project: URIRef
    Railway: URIRef
    Road: URIRef
    Airport: URIRef
    Port: URIRef
    IndustrialPark: URIRef
    LogisticsPark: URIRef
    IndustrialProject: URIRef
    EnergyProject: URIRef
    DigitalPlatform: URIRef
    EcologicalProject: URIRef
    PublicServiceFacility: URIRef
    Enterprise: URIRef
    Organization: URIRef
    Program: URIRef
    Plan: URIRef
    Event: URIRef
    Indicator: URIRef
    Observation: URIRef
    # provenance and structure
    Report: URIRef
    Section: URIRef
    Sentence: URIRef
    Mention: URIRef
    Assertion: URIRef
    StatusStatement: URIRef
    TemporalOrientation: URIRef
    Past: URIRef
    Present: URIRef
    Future: URIRef
    SectionKind: URIRef
    Preamble: URIRef
    Review: URIRef
    PlanPart: URIRef
    GovernmentWork: URIRef
    Annex: URIRef
    Period: URIRef
    # observations
    ObservationStatus: URIRef
    Actual: URIRef
    Target: URIRef
    Qualifier: URIRef
    Approximately: URIRef
    AtLeast: URIRef
    AtMost: URIRef
    Exactly: URIRef
    MeasureKind: URIRef
    GrowthRate: URIRef
    Level: URIRef
    Ratio: URIRef
    Quantity: URIRef
    ProjectStatus: URIRef
    Completed: URIRef
    Operating: URIRef
    UnderConstruction: URIRef
    Planned: URIRef
    # relations between entities
    locatedIn: URIRef
    connects: URIRef
    operatedBy: URIRef
    operates: URIRef
    hasPart: URIRef
    partOf: URIRef
    supports: URIRef
    covers: URIRef
    implementedIn: URIRef
    ReferenceDataset: URIRef
    # provenance properties
    mentionedIn: URIRef
    inReport: URIRef
    inSection: URIRef
    subSectionOf: URIRef
    sectionKind: URIRef
    sentenceIndex: URIRef
    paragraphIndex: URIRef
    temporalOrientation: URIRef
    referenceYear: URIRef
    extractedBy: URIRef
    encoding: URIRef
    reportYear: URIRef
    jurisdiction: URIRef
    ofJurisdiction: URIRef
    resolutionEvidence: URIRef
    referencePeriod: URIRef
    startYear: URIRef
    endYear: URIRef
    divisionCode: URIRef
    # observation properties
    indicator: URIRef
    value: URIRef
    unit: URIRef
    measureKind: URIRef
    observationStatus: URIRef
    qualifier: URIRef
    refYear: URIRef
    refPlace: URIRef
    measures: URIRef
    product: URIRef
    # status
    hasStatus: URIRef
    status: URIRef
    statusVerb: URIRef


# The prefixes every serialisation and every query uses (queries need no PREFIX lines for these).
PREFIXES = {prefix: Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind :data:`PREFIXES` on a graph (replacing rdflib's defaults) and return it.

    Examples
    --------
    >>> dict(bind_prefixes(Graph()).namespaces())["hx"]
    rdflib.term.URIRef('https://w3id.org/haixi-kg/ontology#')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph
