"""The question library: every query runs on the real report's graph and returns known rows."""

import pytest

from kg.query import QueryError, bind_parameters, find_query, library, load_store, prefix_header, run

QUERIES = {q.name: q for q in library()}


@pytest.fixture(scope="module")
def store(haixi_graph_file):
    return load_store(haixi_graph_file)


def rows(store, query_name, **params):
    text = bind_parameters(QUERIES[query_name].text, params) if params else QUERIES[query_name].text
    result = run(store, text)
    return [dict(zip(result.columns, row)) for row in result.rows]


@pytest.mark.parametrize("query", library(), ids=lambda q: q.name)
def test_every_query_is_documented_and_answers(store, query):
    assert query.question_zh and query.question_en and query.example
    result = run(store, query.text)
    assert tuple(result.columns) == query.columns
    if "# Scope: several reports" not in query.text:  # those answer on the corpus (tests/test_corpus.py)
        assert result.rows


@pytest.mark.parametrize("query", library(), ids=lambda q: q.name)
def test_every_query_declares_its_prefixes(query):
    """Each file runs as it is in any SPARQL client: no prefix left for kg to add."""
    assert prefix_header(query.text) == ""


def test_project_classes_lie_one_step_below_project(store):
    """Queries 01 and 02 match a project's class one rdfs:subClassOf step below hx:Project (see their
    headers): right only while the ontology has no deeper project class."""
    deeper = run(store, "SELECT ?c WHERE { ?c rdfs:subClassOf/rdfs:subClassOf+ hx:Project }")
    direct = run(store, "SELECT ?c WHERE { ?c rdfs:subClassOf hx:Project }")
    assert deeper.rows == [] and len(direct.rows) == 11


def test_01_projects_in_geermu(store):
    found = {(r["project"], r["class"], r["status"], r["year"]) for r in rows(store, "01_projects_in_place")}
    assert ("格尔木综合物流园", "LogisticsPark", "UnderConstruction", "2020") in found
    assert ("格尔木工业园污水处理厂", "PublicServiceFacility", "UnderConstruction", "2020") in found
    assert ("格尔木青藏国际陆港", "Port", "UnderConstruction", "2019") in found


def test_01_takes_another_place(store):
    found = {r["project"] for r in rows(store, "01_projects_in_place", place="德令哈市")}
    assert {"德令哈工业园", "德令哈工业园铁路专用线", "德令哈汽配物流园", "德令哈飞地经济产业园"} == found


def test_02_counts_per_county(store):
    found = {(r["place"], r["class"]): r["projects"] for r in rows(store, "02_projects_per_county")}
    assert found[("格尔木市", "Port")] == "2"
    assert found[("德令哈市", "IndustrialPark")] == "2"
    assert found[("茫崖市", "LogisticsPark")] == "1"


def test_03_routes(store):
    found = {r["route"]: set(r["places"].split("、")) for r in rows(store, "03_routes_and_places")}
    assert found["格库铁路"] == {"格尔木市", "库尔勒市"}
    assert found["西海至察汗诺高速公路"] == {"西海", "察汗诺"}
    assert found["德令哈至哈拉湖公路"] == {"德令哈市", "哈拉湖"}


def test_04_enterprises(store):
    found = {r["enterprise"]: r for r in rows(store, "04_enterprises_and_plants")}
    assert (found["锦泰锂业"]["project"], found["锦泰锂业"]["capacity"], found["锦泰锂业"]["unit"],
            found["锦泰锂业"]["product"]) == ("锦泰锂业7000吨碳酸锂二期", "7000", "吨", "碳酸锂")
    assert found["盐湖集团"]["project"] is None


def test_05_program_hierarchy(store):
    found = {(r["program"], r["part"]): r["supported_by"] for r in rows(store, "05_program_hierarchy")}
    assert ("三大攻坚战", "脱贫攻坚") in found
    assert found[("四种经济形态", "飞地经济")] == "德令哈飞地经济产业园"
    assert sum(1 for program, _ in found if program == "五个示范省") == 5


def test_06_targets_beside_results(store):
    found = {(r["indicator"], r["measure"], r["place"]): r for r in rows(store, "06_targets_vs_results")}
    gdp = found[("地区生产总值", "GrowthRate", None)]
    assert (gdp["result_year"], gdp["result"], gdp["target_year"], gdp["target"], gdp["qualifier"], gdp["unit"]) == (
        "2019", "7.5", "2020", "7", "Approximately", "%")
    revenue = found[("地方公共财政预算收入", "GrowthRate", None)]
    assert (revenue["result"], revenue["target"]) == ("-9.1", "6.5")
    unemployment = found[("城镇登记失业率", "Ratio", None)]
    assert (unemployment["result"], unemployment["target"], unemployment["qualifier"]) == ("2.5", "3.5", "AtMost")
    assert found[("CPI涨幅", "Ratio", "格尔木市")]["target"] == "3.5"


def test_07_sentences_in_report_order(store):
    found = rows(store, "07_entity_sentences", name="格库铁路")
    assert [r["sentence"] for r in found] == [
        "格敦铁路实现全线运营，格库铁路青海段具备通车条件。",
        "抓住格敦铁路全线运营、格库铁路即将建成通车的有利机遇，积极构建承东启西、沟通南北的综合运输大通道，推动区位优势加速向经贸优势转化。",
    ]
    assert [r["orientation"] for r in found] == ["Past", "Future"]
    assert found[0]["section"] == "（四）抓建设夯基础，城乡一体化协调推进。"


def test_08_status_by_year(store):
    found = {(r["year"], r["status"], r["project"]) for r in rows(store, "08_status_by_year")}
    assert ("2019", "Operating", "格敦铁路") in found
    assert ("2019", "Completed", "格库铁路") in found
    assert ("2020", "Planned", "德令哈至哈拉湖公路") in found


def test_09_plans(store):
    found = {r["plan"]: r for r in rows(store, "09_plans")}
    assert found["柴达木绿色低碳循环发展示范区总体规划"]["covers"] == "柴达木盆地"
    assert found["海西州乡村振兴战略规划"]["covers"] == "海西蒙古族藏族自治州"
    assert found["“厕所革命”三年行动计划"]["supports"] == "厕所革命"


def test_10_most_connected(store):
    found = rows(store, "10_most_connected")
    assert found[0]["entity"] == "海西蒙古族藏族自治州"
    assert {"格尔木市", "三大攻坚战", "五个示范省"} <= {r["entity"] for r in found[:5]}


def test_10b_places_by_activity(store):
    found = {r["place"]: r for r in rows(store, "10b_places_by_activity")}
    assert found["格尔木市"]["located"] == "6"


def test_11_places_with_codes(store):
    found = {r["place"]: r for r in rows(store, "11_places_with_codes")}
    geermu = found["格尔木市"]
    assert (geermu["class"], geermu["code"], geermu["longitude"], geermu["latitude"], geermu["parent"]) == (
        "CountyLevelDivision", "632801", "94.928453", "36.406367", "海西蒙古族藏族自治州")
    assert found["大柴旦行政区"]["code"] == "632857"
    assert found["海西蒙古族藏族自治州"]["parent"] == "青海省"


def test_12_events(store):
    found = {r["event"]: r for r in rows(store, "12_events")}
    assert found["第二届柴达木文化旅游节"]["year"] == "2020"
    assert found["中国天文学会2019年度学术年会"]["orientation"] == "Past"
    assert found["第20届“青洽会”海西分会"]["place"] == "海西蒙古族藏族自治州"


@pytest.mark.parametrize("value", ['格尔木市" } ?x ?y ?z . } #', "a\\nb", "'; DROP"])
def test_parameters_cannot_inject_sparql(store, value):
    text = bind_parameters(QUERIES["01_projects_in_place"].text, {"place": value})
    assert run(store, text).rows == []


def test_unknown_parameter_and_query_are_clear_errors():
    with pytest.raises(QueryError, match="no parameter 'town'"):
        bind_parameters(QUERIES["01_projects_in_place"].text, {"town": "x"})
    with pytest.raises(QueryError, match="no query file, library name or SPARQL query"):
        find_query("no_such_question")


def test_malformed_query_reports_line_and_column(store):
    with pytest.raises(QueryError, match=r"syntax error in the query: error at 2:\d+"):
        run(store, "SELECT ?s\nWHERE { ?s hx:label }")
