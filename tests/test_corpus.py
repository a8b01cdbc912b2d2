"""A corpus, not one report: the Hailar series (2012–2016, 2019) and the 2026 reports of
北京市, 天津市 and 河北省 built into one graph, once per session.

Every expected value below was read off a real run and checked against the sentences of
the reports in ``../shared/corpus`` beside the clone (the shared corpus; the tests skip without it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(os.environ.get("KG_CORPUS", Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"))
HAILAR = [f"hailar-{y}-government-work-report.gbk.txt" for y in (2012, 2013, 2014, 2015, 2016)] + [
    "hailar-2019-government-work-report.gb18030.txt"]
PROVINCES = ["北京市2026年政府工作报告.txt", "天津市2026年政府工作报告.txt", "河北省2026年政府工作报告.txt"]

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


@pytest.fixture(scope="session")
def corpus_build():
    """The subset built once (without the SHACL check, which the full build runs)."""
    from kg.build import build

    return build([CORPUS / name for name in HAILAR + PROVINCES], validate=False)


@pytest.fixture(scope="session")
def corpus_store(corpus_build, tmp_path_factory):
    from kg.query import load_store

    path = tmp_path_factory.mktemp("corpus") / "corpus.ttl"
    path.write_bytes(corpus_build.graph.serialize(format="turtle").encode("utf-8"))
    return load_store(path)


def rows(store, query_name, **params):
    from kg.query import bind_parameters, library, run

    query = {q.name: q for q in library()}[query_name]
    text = bind_parameters(query.text, params) if params else query.text
    result = run(store, text)
    return [dict(zip(result.columns, row)) for row in result.rows]


def entities(build, predicate):
    return [e for e in build.corpus.entities if predicate(e)]


# ------------------------------------------------------------------ resolution


def test_reports_know_year_and_jurisdiction(corpus_build):
    found = {(r.year, r.jurisdiction_code) for r in corpus_build.corpus.reports}
    assert found == {(2012, "150702"), (2013, "150702"), (2014, "150702"), (2015, "150702"), (2016, "150702"),
                     (2019, "150702"), (2026, "110000"), (2026, "120000"), (2026, "130000")}


def test_one_node_per_division_across_reports(corpus_build):
    divisions = entities(corpus_build, lambda e: e.code)
    codes = [e.code for e in divisions]
    assert len(codes) == len(set(codes))
    by_code = {e.code: e for e in divisions}
    # 呼伦贝尔市 is named in five of the six Hailar reports: one node.
    assert len({m.report_id for m in by_code["150700"].mentions}) == 5
    # 北京市 in the reports of 北京, 天津 and 河北: one node, a Province (not its prefecture-level twin 110100).
    assert by_code["110000"].cls == "Province" and "110100" not in by_code
    assert {m.report_id[:8] for m in by_code["110000"].mentions} == {"bei-jing", "tian-jin", "he-bei-s"}
    assert by_code["120000"].cls == "Province"


def test_bodies_one_node_per_jurisdiction(corpus_build):
    """市人大常委会 (the municipal congress's standing committee) in the 北京 and 天津 reports
    is two bodies; 市委 in a Hailar report is 呼伦贝尔市's, 自治区党委 is 内蒙古's."""
    keys = {e.key for e in corpus_build.corpus.entities}
    assert {"name:市人大常委会@110000", "name:市人大常委会@120000"} <= keys
    assert "name:市人大常委会" not in keys
    assert {"name:市委@150700", "name:自治区党委@150000", "name:区人民政府@150702"} <= keys
    # 河北省人民政府 and 省人民政府 of the 河北 report are one body.
    hebei = next(e for e in corpus_build.corpus.entities if e.key == "name:省人民政府@130000")
    assert "河北省人民政府" in {hebei.label, *hebei.aliases}


def test_scoped_bodies_link_their_jurisdiction(corpus_build):
    from rdflib import URIRef

    from kg.identifiers import entity_iri
    from kg.namespace import HX

    g = corpus_build.graph
    assert g.value(entity_iri("name:市人大常委会@110000"), HX.ofJurisdiction) == URIRef(
        "https://w3id.org/haixi-kg/id/division/110000")
    assert g.value(entity_iri("name:市委@150700"), HX.ofJurisdiction) == entity_iri("division:150700")


def test_national_things_one_node(corpus_build):
    """A program of the whole country is one node whoever names it."""
    road = next(e for e in corpus_build.corpus.entities if e.label == "一带一路")
    assert "@" not in road.key
    assert {m.report_id[:8] for m in road.mentions} >= {"bei-jing", "tian-jin", "he-bei-s", "hailar-2"}


def test_route_short_form_merges_with_evidence():
    """Invented names: 甲乙铁路 in one report and 甲城至乙镇铁路 in another are one railway."""
    from rdflib import Literal

    from kg.facts import Entity, Mention
    from kg.pipeline import RULE_PRIORITY
    from kg.resolve import resolve, short_form_evidence

    full = Mention("a", 0, 0, 7, "雪岭至霜河铁路", "Railway", "routes", "雪岭至霜河铁路")
    short = Mention("b", 0, 0, 4, "雪霜铁路", "Railway", "name_heads", "雪霜铁路")
    other = Mention("b", 1, 10, 14, "雪河铁路", "Railway", "name_heads", "雪河铁路")
    found = resolve([full, short, other], RULE_PRIORITY, {"a": "630000", "b": "640000"})
    merged = next(e for e in found if e.label == "雪岭至霜河铁路")
    assert "雪霜铁路" in merged.aliases and len(merged.mentions) == 2
    assert [e.label for e in found if e is not merged] == ["雪河铁路"]
    assert short_form_evidence(merged) == [("雪霜铁路", "雪霜铁路：取雪岭至霜河铁路两端雪岭、霜河的首字雪霜（规则 route_short_form）")]
    assert isinstance(Literal(short_form_evidence(merged)[0][1]), Literal)
    assert isinstance(merged, Entity)


def test_a_plan_named_by_its_head_alone_is_the_plan_its_report_names_in_full():
    """《纲要（草案）》 after 《雪岭省…规划纲要（草案）》 is that plan, in its own report only: the
    full name is the label, the head an alias; another report's bare head stays its own."""
    from kg.facts import Mention
    from kg.pipeline import RULE_PRIORITY
    from kg.resolve import resolve

    full = Mention("a", 0, 0, 13, "雪岭省十五五规划纲要（草案）", "Plan", "book_titles", "雪岭省十五五规划纲要（草案）")
    bare = Mention("a", 3, 0, 6, "纲要（草案）", "Plan", "book_titles", "纲要（草案）")
    again = Mention("a", 5, 0, 6, "纲要（草案）", "Plan", "book_titles", "纲要（草案）")
    elsewhere = Mention("b", 2, 0, 6, "纲要（草案）", "Plan", "book_titles", "纲要（草案）")
    found = resolve([full, bare, again, elsewhere], RULE_PRIORITY, {"a": "630000", "b": "640000"})
    plan = next(e for e in found if "雪岭省" in e.label)
    assert (plan.label, plan.aliases, len(plan.mentions)) == ("雪岭省十五五规划纲要（草案）", {"纲要（草案）"}, 3)
    assert [len(e.mentions) for e in found if e is not plan] == [1]


def test_a_quoted_programme_is_one_node_with_and_without_the_word_after_its_quote():
    """实施“青松接力”行动 and 推广“青松接力”经验 name one programme: the full name is the label,
    the quote alone an alias."""
    from kg.facts import Mention
    from kg.pipeline import RULE_PRIORITY
    from kg.resolve import resolve

    whole = Mention("a", 0, 2, 10, "“青松接力”行动", "Program", "quoted_names", "“青松接力”行动")
    bare = Mention("a", 4, 3, 7, "青松接力", "Program", "quoted_names", "青松接力")
    found = resolve([whole, bare], RULE_PRIORITY, {"a": "630000"})
    assert [(e.label, e.aliases, len(e.mentions)) for e in found] == [("“青松接力”行动", {"青松接力"}, 2)]


def test_a_new_round_of_a_programme_is_the_programme():
    """实施新一轮雪峰提升行动 and 雪峰提升行动成效明显 name one programme; the name without
    新一轮 is an alias of it."""
    from kg.facts import Mention
    from kg.pipeline import RULE_PRIORITY
    from kg.resolve import resolve

    new_round = Mention("a", 0, 2, 11, "新一轮雪峰提升行动", "Program", "program_names", "新一轮雪峰提升行动")
    plain = Mention("a", 4, 0, 6, "雪峰提升行动", "Program", "program_names", "雪峰提升行动")
    found = resolve([new_round, plain], RULE_PRIORITY, {"a": "630000"})
    assert [(len(e.mentions), "雪峰提升行动" in {e.label, *e.aliases}) for e in found] == [(2, True)]


def test_route_short_form_merges_across_two_provinces():
    """内蒙古's report names 富裕至加格达奇铁路, 黑龙江's names 富加铁路: one railway, the short form
    an alias, the evidence stated, each mention with its own report's sentence."""
    from kg.build import build
    from kg.identifiers import entity_iri
    from kg.namespace import HX

    result = build([CORPUS / "内蒙古自治区2026年政府工作报告.txt", CORPUS / "黑龙江省2026年政府工作报告.txt"],
                   validate=False)
    railway = next(e for e in result.corpus.entities if "富加铁路" in e.aliases)
    assert (railway.label, railway.cls) == ("富裕至加格达奇铁路", "Railway")
    assert not [e for e in result.corpus.entities if e.label == "富加铁路"]
    by_report = {(m.report_id[:8], m.surface) for m in railway.mentions}
    assert by_report == {("nei-meng", "富裕至加格达奇铁路"), ("hei-long", "富加铁路")}
    evidence = [str(o) for o in result.graph.objects(entity_iri(railway.key), HX.resolutionEvidence)]
    assert evidence == ["富加铁路：取富裕至加格达奇铁路两端富裕、加格达奇的首字富加（规则 route_short_form）"]
    sentences = {result.corpus.sentences[m.report_id][m.sentence_index].text for m in railway.mentions}
    assert "哈伊高铁全线铺轨贯通，富加铁路开工建设，铁科高速出省通道建成通车。" in sentences


# ------------------------------------------------------------------ time and questions


def test_timeline_of_an_entity(corpus_store):
    found = rows(corpus_store, "13_entity_timeline", name="中俄蒙国际物流园区")
    years = sorted({r["report_year"] for r in found})
    assert years == ["2012", "2013", "2014", "2015", "2016"]
    assert ("2016", "海拉尔区", "hailar-2016-government-work-report", "2016", "UnderConstruction",
            "加快中俄蒙国际物流园区建设。") in {tuple(r.values()) for r in found}


def test_status_sequence_across_hailar_reports(corpus_store):
    """包商银行培训中心: pushed ahead in 2012 (under construction), to open in 2013, to open
    before the tourist season of 2014."""
    found = [r for r in rows(corpus_store, "15_project_status_sequence") if r["project"] == "包商银行培训中心"]
    assert [(r["report_year"], r["year"], r["status"]) for r in found] == [
        ("2012", "2012", "UnderConstruction"), ("2013", "2013", "Operating"), ("2014", "2014", "Operating")]
    assert found[0]["place"] == "海拉尔区" and found[0]["years_named"] == "3"
    assert "全力推进万豪国际、洲际、喜来登、包商银行培训中心等五星级酒店项目的实施" in found[0]["sentence"]
    assert found[2]["sentence"].startswith("力争包商银行培训中心、中成大酒店等项目在旅游旺季前投入运营")


def test_projects_named_in_three_years(corpus_store):
    found = {(r["project"], r["years_named"]) for r in rows(corpus_store, "15_project_status_sequence")}
    assert ("中俄蒙国际物流园区", "5") in found and ("中俄蒙文化创意产业园", "5") in found
    assert all(int(n) >= 3 for _, n in found)


def test_target_against_actual_across_consecutive_hailar_reports(corpus_store, corpus_build):
    """The 2014 report sets 城镇登记失业率 at most 4 % for 2014; the 2015 report gives 3.79 %: met.
    The 2012 report aims at 地区生产总值 240 亿元 for 2012; the 2013 report gives 235.2 亿元: missed."""
    found = {(r["indicator"], r["measure"], r["target_year"]): r
             for r in rows(corpus_store, "14_targets_met_across_reports")}
    unemployment = found[("城镇登记失业率", "Ratio", "2014")]
    assert (unemployment["target"], unemployment["qualifier"], unemployment["actual"], unemployment["unit"],
            unemployment["verdict"]) == ("4", "AtMost", "3.79", "%", "met")
    assert (unemployment["target_report"], unemployment["actual_report"]) == (
        "hailar-2014-government-work-report", "hailar-2015-government-work-report")
    assert unemployment["target_sentence"] == "城镇登记失业率控制在4%以内。"
    assert unemployment["actual_sentence"].endswith("城镇登记失业率为3.79%。")
    gdp = found[("地区生产总值", "Level", "2012")]
    assert (gdp["measure"], gdp["target"], gdp["actual"], gdp["unit"], gdp["verdict"]) == (
        "Level", "240", "235.2", "亿元", "missed")
    assert "地区生产总值达到240亿元" in gdp["target_sentence"]
    assert gdp["actual_sentence"].startswith("全年地区生产总值完成235.2亿元")
    # The growth beside the level, in the next clause of the same sentences: 21 % aimed, 18.5 % reached.
    growth = found[("地区生产总值", "GrowthRate", "2012")]
    assert (growth["target"], growth["actual"], growth["verdict"]) == ("21", "18.5", "missed")
    assert growth["target_sentence"] == gdp["target_sentence"] and growth["actual_sentence"] == gdp["actual_sentence"]
    # Both sentences are the reports' own text.
    texts = {r.report_id: r.text for r in corpus_build.corpus.reports}
    assert unemployment["target_sentence"] in texts["hailar-2014-government-work-report"]
    assert unemployment["actual_sentence"] in texts["hailar-2015-government-work-report"]


def test_indicator_series_per_place(corpus_store):
    found = [r for r in rows(corpus_store, "18_indicator_series") if r["place"] == "海拉尔区"
             and r["status"] == "Actual" and r["measure"] == "Level" and r["unit"] == "亿元"]
    series = {(r["year"], r["value"], r["report_year"]) for r in found}
    assert {("2011", "198.5", "2012"), ("2012", "235.2", "2013"), ("2013", "253.7", "2014"),
            ("2014", "274.4", "2015"), ("2015", "287.9", "2016"), ("2018", "192.3", "2019")} <= series


def test_entities_shared_by_jurisdictions(corpus_store):
    found = {r["entity"]: r for r in rows(corpus_store, "16_entities_shared_by_jurisdictions")}
    belt = found["一带一路"]
    assert (belt["class"], belt["jurisdictions"]) == ("Program", "4")
    assert set(belt["named_by"].split("、")) == {"北京市", "天津市", "河北省", "海拉尔区"}
    assert set(found["京津冀"]["named_by"].split("、")) == {"北京市", "天津市", "河北省"}
    assert all(int(r["jurisdictions"]) >= 2 for r in found.values())


def test_reports_mentioning_an_entity(corpus_store):
    found = {r["report"]: (r["mentions"], r["sentences"]) for r in
             rows(corpus_store, "17_reports_mentioning_entity", name="呼伦贝尔市")}
    assert set(found) == {f"hailar-{y}-government-work-report" for y in (2012, 2013, 2015, 2016, 2019)}
    assert found["hailar-2013-government-work-report"] == ("8", "7")


# ------------------------------------------------------------------ the whole corpus


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("KG_SLOW"), reason="builds the whole corpus (minutes): set KG_SLOW=1")
def test_build_the_whole_corpus(tmp_path):
    """``python build_graph.py --reports DIR`` on every report: exit 0, one named graph per report,
    the views written, the time and peak memory printed."""
    out = tmp_path / "corpus.ttl"
    done = subprocess.run([sys.executable, "build_graph.py", "--reports", str(CORPUS), "--output", str(out)],
                          capture_output=True, text=True, timeout=3600, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "peak memory" in done.stdout
    assert out.with_suffix(".html").stat().st_size > 0 and (tmp_path / "corpus-report.html").stat().st_size > 0
    from rdflib import Dataset

    ds = Dataset().parse(out.with_suffix(".trig"), format="trig")
    named = {str(g.identifier) for g in ds.graphs() if len(g)}
    reports = [n for n in named if "/id/report/" in n]
    assert len(reports) == len(list(CORPUS.glob("*.txt")))


# ------------------------------------------------------------------ the same in Python (kg.timeline)


def test_python_pairs_agree_with_the_query(corpus_build, corpus_store):
    from kg.timeline import targets_and_results

    pairs = targets_and_results(corpus_build.corpus)
    in_python = sorted((p.target.indicator_label, str(p.year), p.target.value, p.actual.value,
                        "met" if p.met else "missed") for p in pairs)
    in_sparql = sorted((r["indicator"], r["target_year"], r["target"], r["actual"], r["verdict"])
                       for r in rows(corpus_store, "14_targets_met_across_reports"))
    assert in_python == in_sparql
    assert ("旅游总收入", "2013", "46", "47.2", "met") in in_python


def test_python_status_sequence_and_series(corpus_build):
    from kg.timeline import entity_timeline, indicator_series, status_sequence

    corpus = corpus_build.corpus
    key = next(e.key for e in corpus.entities if e.label == "包商银行培训中心")
    assert [(ry, y, s) for ry, y, s, _, _ in status_sequence(corpus, key)] == [
        (2012, 2012, "UnderConstruction"), (2013, 2013, "Operating"), (2014, 2014, "Operating")]
    timeline = entity_timeline(corpus, key)
    assert {t.report_year for t in timeline} == {2012, 2013, 2014}
    assert all(t.sentence == corpus.sentences[t.report_id][t.sentence_index].text for t in timeline)
    gdp = indicator_series(corpus, "gross_regional_product")["division:150702"]
    levels = [(o.year, o.value) for o in gdp if o.status == "Actual" and o.unit == "亿元"]
    assert (2012, "235.2") in levels and (2014, "274.4") in levels
