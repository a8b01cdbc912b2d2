"""Links between entities, on the real report and on invented names of the genre."""

import pytest
from rdflib import RDF, Literal
from rdflib.namespace import PROV

from kg.identifiers import entity_iri
from kg.namespace import HX

from conftest import extract_invented


def links(build_or_corpus):
    corpus = getattr(build_or_corpus, "corpus", build_or_corpus)
    label = {e.key: e.label for e in corpus.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in corpus.relations}


@pytest.fixture(scope="module")
def haixi_links(haixi_build):
    return links(haixi_build)


@pytest.mark.parametrize(
    "subject, predicate, obj",
    [
        ("西海至察汗诺高速公路", "connects", "西海"),
        ("西海至察汗诺高速公路", "connects", "察汗诺"),
        ("德令哈至哈拉湖公路", "connects", "德令哈市"),
        ("德令哈至哈拉湖公路", "connects", "哈拉湖"),
        ("格库铁路", "connects", "格尔木市"),
        ("格库铁路", "connects", "库尔勒市"),
        ("格敦铁路", "connects", "敦煌市"),
        ("格尔木综合物流园", "locatedIn", "格尔木市"),
        ("德令哈工业园铁路专用线", "locatedIn", "德令哈工业园"),
        ("德令哈工业园", "locatedIn", "德令哈市"),
        ("茶卡镇北过境公路", "locatedIn", "茶卡镇"),
        ("格尔木海关", "locatedIn", "格尔木市"),
        ("格尔木市", "locatedIn", "海西蒙古族藏族自治州"),
        ("海西蒙古族藏族自治州", "locatedIn", "青海省"),
        ("大柴旦行政区", "locatedIn", "海西蒙古族藏族自治州"),
        ("锦泰锂业7000吨碳酸锂二期", "operatedBy", "锦泰锂业"),
        ("锦泰锂业", "operates", "锦泰锂业7000吨碳酸锂二期"),
        ("三大攻坚战", "hasPart", "脱贫攻坚"),
        ("三大攻坚战", "hasPart", "污染防治攻坚战"),
        ("三大攻坚战", "hasPart", "防范化解重大风险"),
        ("四种经济形态", "hasPart", "生态经济"),
        ("四种经济形态", "hasPart", "循环经济"),
        ("四种经济形态", "hasPart", "数字经济"),
        ("四种经济形态", "hasPart", "飞地经济"),
        ("飞地经济", "partOf", "四种经济形态"),
        ("德令哈飞地经济产业园", "supports", "飞地经济"),
        ("城市双修", "implementedIn", "格尔木市"),
        ("柴达木绿色低碳循环发展示范区总体规划", "covers", "柴达木盆地"),
        ("海西州乡村振兴战略规划", "covers", "海西蒙古族藏族自治州"),
    ],
)
def test_real_links(haixi_links, subject, predicate, obj):
    assert (subject, predicate, obj) in haixi_links


def test_five_demonstration_provinces_have_five_parts(haixi_links):
    parts = {o for s, p, o in haixi_links if s == "五个示范省" and p == "hasPart"}
    assert parts == {"国家清洁能源示范省", "绿色有机农畜产品示范省", "高原美丽城镇示范省", "国家公园示范省",
                     "民族团结进步示范省"}


@pytest.mark.parametrize(
    "subject, predicate, obj",
    [
        ("德令哈工业园铁路专用线", "locatedIn", "德令哈市"),  # the park stands between
        ("浙江工业园", "locatedIn", "浙江省"),  # a partner province, not a location
        ("青海镁都50万吨高纯氧化镁", "locatedIn", "青海省"),
    ],
)
def test_no_false_links(haixi_links, subject, predicate, obj):
    assert (subject, predicate, obj) not in haixi_links


def test_every_link_has_an_assertion_with_its_sentence(haixi_build):
    g = haixi_build.graph
    for relation in haixi_build.corpus.relations:
        s, p, o = entity_iri(relation.subject), HX[relation.predicate], entity_iri(relation.object)
        assert (s, p, o) in g
        assertions = [a for a in g.subjects(RDF.subject, s)
                      if g.value(a, RDF.predicate) == p
                      and g.value(a, RDF.object) == o]
        assert assertions
        assert all(g.value(a, PROV.wasDerivedFrom) is not None for a in assertions)


def test_statuses_by_year(haixi_build):
    label = {e.key: e.label for e in haixi_build.corpus.entities}
    found = {(label[s.subject], s.status, s.year) for s in haixi_build.corpus.statuses}
    assert ("格敦铁路", "Operating", 2019) in found
    assert ("格库铁路", "Completed", 2019) in found
    assert ("锦泰锂业7000吨碳酸锂二期", "Operating", 2019) in found
    assert ("金昆仑锂业1000吨金属锂", "Completed", 2019) in found
    assert ("西海至察汗诺高速公路", "UnderConstruction", 2019) in found
    assert ("德令哈至哈拉湖公路", "Planned", 2020) in found
    assert ("格尔木综合物流园", "UnderConstruction", 2020) in found
    g = haixi_build.graph
    gedun = entity_iri(next(e.key for e in haixi_build.corpus.entities if e.label == "格敦铁路"))
    statements = list(g.objects(gedun, HX.hasStatus))
    assert {(g.value(st, HX.status), str(g.value(st, HX.referenceYear))) for st in statements} == {
        (HX.Operating, "2019"), (HX.Operating, "2020")}
    assert all(g.value(st, PROV.wasDerivedFrom) is not None for st in statements)


def test_plant_product_is_recorded(haixi_build):
    key = next(e.key for e in haixi_build.corpus.entities if e.label == "锦泰锂业7000吨碳酸锂二期")
    assert (entity_iri(key), HX.product, Literal("碳酸锂", lang="zh")) in haixi_build.graph


invented = extract_invented


def test_invented_road_connects_its_ends():
    assert {("松岭至白河公路", "connects", "松岭"), ("松岭至白河公路", "connects", "白河")} <= links(
        invented("松岭至白河公路建成通车。"))


def test_invented_plant_is_operated_by_its_enterprise():
    corpus = invented("星河锂业5000吨碳酸锂项目正式投产。")
    assert ("星河锂业5000吨碳酸锂项目", "operatedBy", "星河锂业") in links(corpus)
    capacity = next(o for o in corpus.observations if o.indicator == "production_capacity")
    assert (capacity.value, capacity.unit, capacity.year, capacity.status) == ("5000", "吨", 2021, "Actual")
    status = next(s for s in corpus.statuses)
    assert (status.status, status.year) == ("Operating", 2021)


def test_invented_park_lies_in_its_division():
    corpus = extract_invented("都兰雪莲物流园建成。\n", header="2022年海西州政府工作报告\n一、2021年工作回顾\n")
    assert ("都兰雪莲物流园", "locatedIn", "都兰县") in links(corpus)
