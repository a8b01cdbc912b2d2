"""Towns and townships from the reference copy of the NBS table, and the links that place
a town (or a locality named like one) in its county."""

from kg.reference import boundaries, towns, towns_named, village_towns
from kg.relations import REFERENCE_SENTENCE

from conftest import extract_invented


def test_town_table_is_the_whole_country():
    table = towns()
    assert len(table) > 40_000
    assert [t.code for t in table] == sorted(t.code for t in table)
    assert all(len(t.code) == 9 and t.code.isdigit() for t in table)


def test_town_names_and_short_forms():
    assert [(t.code, t.county_code, t.prefecture_code) for t in towns_named("茶卡镇")] == [
        ("632821101", "632821", "632800")]
    assert [t.name for t in towns_named("怀头他拉")] == ["怀头他拉镇"]
    assert towns_named("察汗诺") == ()  # a village, not a town
    assert village_towns("察汗诺", "63") == ("632821103",)  # 察汗诺村 of 铜普镇, 乌兰县
    assert village_towns("察汗诺", "99") == ()


def test_boundaries_cover_every_county_of_the_prefecture():
    rings = boundaries("63")
    assert sorted(c for c in rings["county"] if c.startswith("6328")) == [
        "632801", "632802", "632803", "632821", "632822", "632823", "632857"]
    assert "632800" in rings["prefecture"]
    assert all(len(ring) >= 4 and ring[0] == ring[-1] for ring in rings["county"]["632822"])
    assert boundaries("99") == boundaries("../x") == {"county": {}, "prefecture": {}}


def labelled_links(corpus, rule):
    label = {e.key: e.label for e in corpus.entities}
    return {(label[r.subject], label[r.object]) for r in corpus.relations
            if r.rule == rule and r.predicate == "locatedIn"}


def test_haixi_towns_lie_in_their_counties(haixi_build):
    links = labelled_links(haixi_build.corpus, "town_divisions")
    assert {("宗加镇", "都兰县"), ("茶卡镇", "乌兰县"), ("怀头他拉", "德令哈市"), ("察汗诺", "乌兰县")} <= links
    assert not {a for a, _ in links} & {"西海", "涩北", "老茫崖"}  # no town or village of Haixi is named so
    assert all(r.sentence_index == REFERENCE_SENTENCE for r in haixi_build.corpus.relations
               if r.rule == "town_divisions")


def test_a_town_of_a_prefecture_the_report_does_not_name_links_nowhere():
    corpus = extract_invented("新建宗加镇至雪岭镇公路。")
    assert labelled_links(corpus, "town_divisions") == set()


def test_a_locality_written_after_its_county_lies_in_it():
    corpus = extract_invented("加快海西州都兰县香日德镇农业园建设，推进天峻县木里镇生态修复。")
    links = labelled_links(corpus, "places_in_divisions") | labelled_links(corpus, "town_divisions")
    assert ("香日德镇", "都兰县") in links


def test_a_short_common_name_is_no_village():
    from kg.relations import _counties_near

    assert village_towns("中东", "33")  # villages of Zhejiang are named so
    assert _counties_near("中东", {"330500", *{t[:6] for t in village_towns("中东", "33")}}) == set()
    assert _counties_near("察汗诺", {"632800"}) == set()  # a village needs its own county named
    assert _counties_near("察汗诺", {"632800", "632821"}) == {"632821"}
