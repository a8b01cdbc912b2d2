"""What the graph page is given, on the real report: towns with their codes, what reaches
each place with its chain, statuses, the map's positions and boundaries."""

import pytest

from kg.analytics import entity_network, reaching
from kg.view import map_frame, network_data


@pytest.fixture(scope="module")
def network(haixi_build):
    return entity_network(haixi_build.graph)


@pytest.fixture(scope="module")
def data(network):
    return network_data(network)


def by_label(data, label):
    return next(k for k, n in enumerate(data["nodes"]) if n["label"] == label)


def test_towns_carry_their_codes(data):
    assert data["nodes"][by_label(data, "宗加镇")]["code"] == "632822103"
    assert data["nodes"][by_label(data, "怀头他拉")]["code"] == "632802101"
    assert "code" not in data["nodes"][by_label(data, "涩北")]  # no town of that name


def test_a_county_lists_what_reaches_it_with_the_chain(data, network):
    nodes, links = data["nodes"], data["links"]
    dulan = by_label(data, "都兰县")
    members = next(d["m"] for d in data["divisions"] if d["k"] == dulan)
    chains = {nodes[m]["label"]: [(nodes[links[j]["from"]]["label"], links[j]["rel"], nodes[links[j]["to"]]["label"])
                                  for j in chain] for m, chain in members}
    assert chains == {"宗加镇": [("宗加镇", "locatedIn", "都兰县")],
                      "怀头他拉至宗加镇公路": [("怀头他拉至宗加镇公路", "connects", "宗加镇"), ("宗加镇", "locatedIn", "都兰县")]}
    assert len(reaching(network, nodes[by_label(data, "海西蒙古族藏族自治州")]["id"])) >= 35


def test_a_plant_in_a_park_belongs_to_the_park_s_city(data):
    nodes = data["nodes"]
    geermu = by_label(data, "格尔木市")
    members = {nodes[m]["label"] for d in data["divisions"] if d["k"] == geermu for m, _ in d["m"]}
    assert {"格尔木工业园", "格尔木工业园污水处理厂", "格尔木综合物流园"} <= members
    plant = nodes[by_label(data, "格尔木工业园污水处理厂")]
    assert nodes[plant["place"]]["label"] == "格尔木市"
    assert plant["st"] == [2020, "UnderConstruction", "在建"] and plant["yrs"] == [2020]


def test_the_map_holds_the_report_s_province_and_only_what_it_can_place(data, network):
    frame = map_frame(network)
    assert frame.provinces == ("63",)
    assert 89 < frame.west < 90 and 102 < frame.east < 104  # Qinghai from 89.4 °E to 103.1 °E
    counties = {code for code, _ in data["map"]["boundaries"]["county"]}
    assert len(counties) == 45 and {"632801", "632822"} <= counties
    nodes = data["nodes"]
    assert nodes[by_label(data, "库尔勒市")]["g"] is None  # in Xinjiang: listed beside the map
    assert nodes[by_label(data, "飞地经济")]["g"] is None  # a programme has no place
    road = nodes[by_label(data, "德令哈至哈拉湖公路")]["g"]
    ends = [nodes[by_label(data, label)]["g"] for label in ("德令哈市", "哈拉湖")]
    midpoint = ((ends[0][0] + ends[1][0]) / 2, (ends[0][1] + ends[1][1]) / 2)
    assert abs(road[0] - midpoint[0]) < 40 and abs(road[1] - midpoint[1]) < 40  # between its ends


def test_a_locality_that_is_a_town_can_be_chosen(data):
    nodes = data["nodes"]
    town = by_label(data, "怀头他拉")
    members = next(d["m"] for d in data["divisions"] if d["k"] == town)
    assert [nodes[m]["label"] for m, _ in members] == ["怀头他拉至宗加镇公路"]
    assert not any(d["k"] == by_label(data, "涩北") for d in data["divisions"])  # no town of that name
