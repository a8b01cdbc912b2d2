"""The library query that lists what reaches a county through chains of links, with the chain."""

import pytest

from kg.query import bind_parameters, find_query, load_store, run


@pytest.fixture(scope="module")
def store(haixi_graph_file):
    return load_store(haixi_graph_file)


def answer(store, county=None):
    text, _ = find_query("19_county_projects_with_chain")
    if county:
        text = bind_parameters(text, {"county": county})
    result = run(store, text)
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_roads_reach_dulan_through_its_towns(store):
    assert answer(store) == [{"project": "怀头他拉至宗加镇公路", "class": "Road", "hops": "2",
                              "chain": "connects 宗加镇 → locatedIn 都兰县", "status": ""}]


def test_a_city_lists_its_parks_plants_and_roads_with_status(store):
    rows = {(r["project"], r["chain"], r["status"]) for r in answer(store, "德令哈市")}
    assert ("德令哈汽配物流园", "locatedIn 德令哈市", "UnderConstruction 2020") in rows
    assert ("德令哈工业园铁路专用线", "locatedIn 德令哈工业园 → locatedIn 德令哈市", "UnderConstruction 2020") in rows
    assert ("怀头他拉至宗加镇公路", "connects 怀头他拉 → locatedIn 德令哈市", "") in rows  # no status read


def test_the_prefecture_reaches_through_three_links(store):
    rows = {(r["project"], r["hops"], r["chain"]) for r in answer(store, "海西蒙古族藏族自治州")}
    assert ("茶卡镇北过境公路", "3", "locatedIn 茶卡镇 → locatedIn 乌兰县 → locatedIn 海西蒙古族藏族自治州") in rows
