"""The graph of the real report: classes, codes, provenance, checks, stability."""

import pytest
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import PROV, SKOS

from kg.identifiers import entity_iri
from kg.namespace import GEO, HX, OA
from kg.rdf import to_graph

JUNK = ["重点项目", "基础设施", "新能源", "工作", "产业"]


@pytest.mark.parametrize(
    "label, cls",
    [
        ("格库铁路", "Railway"),
        ("格敦铁路", "Railway"),
        ("锦泰锂业", "Enterprise"),
        ("盐湖集团", "Enterprise"),
        ("青海油田", "Enterprise"),
        ("飞地经济", "Program"),
        ("放管服", "Program"),
        ("三大攻坚战", "Program"),
        ("五个示范省", "Program"),
        ("国家清洁能源示范省", "Program"),
        ("审批破冰", "Program"),
        ("暖企行动", "Program"),
        ("海西州乡村振兴战略规划", "Plan"),
        ("“十四五”规划", "Plan"),
        ("第20届“青洽会”海西分会", "Event"),
        ("第二届柴达木文化旅游节", "Event"),
        ("格尔木海关", "Organization"),
        ("锦泰锂业7000吨碳酸锂二期", "IndustrialProject"),
        ("格尔木综合物流园", "LogisticsPark"),
        ("德令哈工业园铁路专用线", "Railway"),
        ("德令哈飞地经济产业园", "IndustrialPark"),
        ("海西大数据中心", "DigitalPlatform"),
        ("海西工业互联网", "DigitalPlatform"),
        ("格尔木青藏国际陆港", "Port"),
        ("西海至察汗诺高速公路", "Road"),
        ("德令哈至哈拉湖公路", "Road"),
        ("茶卡镇北过境公路", "Road"),
        ("祁连山生态综合治理工程", "EcologicalProject"),
        ("格尔木市", "CountyLevelDivision"),
        ("大柴旦行政区", "CountyLevelDivision"),
        ("海西蒙古族藏族自治州", "Prefecture"),
        ("柴达木盆地", "Basin"),
        ("茶卡盐湖", "SaltLake"),
        ("茶卡镇", "Town"),
        ("察汗诺", "Locality"),
    ],
)
def test_real_entities_have_their_class(haixi_entities, label, cls):
    assert haixi_entities[label].cls == cls


@pytest.mark.parametrize(
    "label, aliases",
    [
        ("格尔木市", {"格尔木"}),
        ("海西蒙古族藏族自治州", {"海西", "海西州"}),
        ("格库铁路", {"格库铁路青海段"}),
        ("柴达木盆地", {"柴达木"}),
        ("海西州乡村振兴战略规划", set()),  # a title is read without its marks: one surface
        ("西海至察汗诺高速公路", {"西海至察汗诺", "西海至察汗诺公路"}),
        ("污染防治攻坚战", {"污染防治"}),
    ],
)
def test_surface_variants_are_one_node(haixi_entities, label, aliases):
    assert haixi_entities[label].aliases == aliases


def test_no_real_thing_has_two_nodes(haixi_entities):
    labels = set(haixi_entities)
    for alias_holder in haixi_entities.values():
        assert not (alias_holder.aliases & (labels - {alias_holder.label})), alias_holder.label


def test_generic_phrases_are_no_entities(haixi_entities):
    assert not set(JUNK) & set(haixi_entities)


def test_division_codes_and_coordinates(haixi_build):
    g = haixi_build.graph
    geermu = entity_iri("division:632801")
    assert (geermu, HX.divisionCode, Literal("632801")) in g
    assert (geermu, RDFS.label, Literal("格尔木市", lang="zh")) in g
    assert (entity_iri("division:632857"), HX.divisionCode, Literal("632857")) in g
    wkt = g.value(g.value(geermu, GEO.hasGeometry), GEO.asWKT)
    assert str(wkt) == "POINT(94.928453 36.406367)"


def test_every_entity_has_a_class_label_and_sentence(haixi_build):
    g = haixi_build.graph
    for entity in haixi_build.corpus.entities:
        node = entity_iri(entity.key)
        assert (node, RDF.type, HX[entity.core_class]) in g
        assert g.value(node, RDFS.label).language == "zh"
        assert g.value(node, SKOS.prefLabel) is not None
        assert list(g.objects(node, HX.mentionedIn))


def test_every_selector_quotes_the_report_exactly(haixi_build, haixi_report):
    g = haixi_build.graph
    checked = 0
    for selector in g.subjects(RDF.type, OA.TextPositionSelector):
        owner = next(g.subjects(OA.hasSelector, selector))
        quote = next(q for q in g.objects(owner, OA.hasSelector) if (q, RDF.type, OA.TextQuoteSelector) in g)
        start, end = int(g.value(selector, OA.start)), int(g.value(selector, OA.end))
        assert haixi_report.text[start:end] == str(g.value(quote, OA.exact))
        checked += 1
    mentions = sum(len(e.mentions) for e in haixi_build.corpus.entities)
    assert checked == 389 + mentions + len(haixi_build.corpus.observations)


def test_mentions_record_past_or_future_and_the_year(haixi_build):
    g = haixi_build.graph
    gedun = entity_iri(haixi_build_key(haixi_build, "格敦铁路"))
    orientations = set()
    for mention in g.subjects(OA.hasBody, gedun):
        orientations.add((g.value(mention, HX.temporalOrientation), str(g.value(mention, HX.referenceYear))))
        assert (mention, RDF.type, HX.Mention) in g
        assert g.value(mention, PROV.wasDerivedFrom) is not None
    assert orientations == {(HX.Past, "2019"), (HX.Future, "2020")}


def haixi_build_key(build, label):
    return next(e.key for e in build.corpus.entities if e.label == label)


def test_sentences_lie_in_their_sections(haixi_build):
    g = haixi_build.graph
    sentence = next(s for s in g.subjects(RDF.type, HX.Sentence)
                    if str(g.value(s, RDF.value)) == "培育壮大生态经济。")
    section = g.value(sentence, HX.inSection)
    assert str(g.value(section, RDFS.label)) == "（四）以“四种经济形态”为导向，加快经济高质量发展。"
    part = g.value(section, HX.subSectionOf)
    assert str(g.value(part, RDFS.label)) == "二、2020年工作安排"
    assert g.value(part, HX.sectionKind) == HX.PlanPart


def test_iris_are_ascii(haixi_build):
    for term in {t for triple in haixi_build.graph for t in triple[:2]}:
        assert str(term).isascii(), term


def test_the_graph_conforms_to_the_shapes(haixi_build):
    from kg.validate import validate

    conforms, text = validate(haixi_build.graph)
    assert conforms, text


def test_a_broken_graph_fails_the_shapes(haixi_build):
    from kg.validate import validate

    g = to_graph(haixi_build.corpus)
    node = entity_iri(haixi_build_key(haixi_build, "格库铁路"))
    g.remove((node, HX.mentionedIn, None))
    g.add((node, RDF.type, HX.Program))
    conforms, text = validate(g)
    assert not conforms
    assert "source sentence" in text and "exactly one core class" in text


def test_serialisation_is_byte_identical(haixi_build):
    first = to_graph(haixi_build.corpus).serialize(format="turtle")
    second = to_graph(haixi_build.corpus).serialize(format="turtle")
    assert first == second


def test_entity_iris_survive_an_unrelated_sentence(haixi_report):
    from dataclasses import replace

    from kg.build import extract_corpus

    base = {e.label: e.key for e in extract_corpus([haixi_report]).entities}
    text = haixi_report.text.replace("各位代表：\n", "各位代表：\n今天天气很好。\n", 1)
    changed = {e.label: e.key for e in extract_corpus([replace(haixi_report, text=text)]).entities}
    assert base == changed
