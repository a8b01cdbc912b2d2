"""networkx analytics behind the views, and the kg path / kg viz commands."""

import json

import pytest

import time

import networkx as nx
import numpy as np

from kg.analytics import (PathError, communities, components, degrees, entity_network, find_entity, shortest_path,
                          subgraph, timeline)
from kg.view import _close_pairs, layouts
from conftest import run_kg


@pytest.fixture(scope="module")
def network(haixi_build):
    return entity_network(haixi_build.graph)


def label_of(network, node):
    return network.nodes[node]["label"]


def test_network_holds_entities_not_sentences(network, haixi_build):
    assert network.number_of_nodes() == len(haixi_build.corpus.entities)
    assert all(not n.split("/")[-1].startswith("sentence") for n in network)
    geku = find_entity(network, "格库铁路青海段")
    assert label_of(network, geku) == "格库铁路"
    edges = {(label_of(network, o), d["label"]) for _, o, d in network.out_edges(geku, data=True)}
    assert edges == {("格尔木市", "连接"), ("库尔勒市", "连接")}


def test_degree_components_communities(network):
    top = max(degrees(network).items(), key=lambda kv: (kv[1], kv[0]))
    assert label_of(network, top[0]) == "海西蒙古族藏族自治州"
    largest = components(network)[0]
    assert {find_entity(network, "格尔木市"), find_entity(network, "德令哈市")} <= largest
    found = communities(network)
    assert found == communities(network)  # deterministic
    assert found[find_entity(network, "三大攻坚战")] == found[find_entity(network, "脱贫攻坚")]
    assert found[find_entity(network, "盐湖集团")] == -1  # no links


def test_shortest_path_gives_a_sentence_per_link(network):
    steps = shortest_path(network, "盐湖集团", "飞地经济")
    assert [(s.source, s.relation, s.target) for s in steps] == [
        ("盐湖集团", "同段提及", "防范化解重大风险"),
        ("防范化解重大风险", "属于", "三大攻坚战"),
        ("三大攻坚战", "同句提及", "四种经济形态"),
        ("四种经济形态", "包含", "飞地经济"),
    ]
    assert "盐湖集团司法重整" in steps[0].sentence
    assert steps[-1].sentence == "加快发展“飞地经济”。"


def test_path_errors_are_clear(network):
    with pytest.raises(PathError, match="no entity is named"):
        shortest_path(network, "不存在的公司", "飞地经济")


def test_subgraphs(network):
    around = subgraph(network, center=find_entity(network, "德令哈市"), depth=1)
    assert {label_of(around, n) for n in around} >= {"德令哈市", "德令哈工业园", "德令哈汽配物流园", "海西蒙古族藏族自治州"}
    railways = subgraph(network, cls="Railway")
    labels = {label_of(railways, n) for n in railways}
    assert labels >= {"德令哈工业园铁路专用线", "格库铁路", "格敦铁路"}
    assert all(label.endswith(("铁路", "专用线", "班列")) for label in labels), labels


def test_kg_path_prints_the_chain(haixi_graph_file):
    result = run_kg("path", "盐湖集团", "飞地经济", "--graph", haixi_graph_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "1. 盐湖集团 —同段提及→ 防范化解重大风险"
    assert "4. 四种经济形态 —包含→ 飞地经济" in result.stdout


def test_kg_viz_writes_a_focused_page(haixi_graph_file, tmp_path):
    out = tmp_path / "geermu.html"
    result = run_kg("viz", "--entity", "格尔木市", "--depth", "1", "--graph", haixi_graph_file, "-o", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    data = json.loads(text.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0])
    labels = {n["label"] for n in data["nodes"]}
    assert "格尔木综合物流园" in labels and "德令哈汽配物流园" not in labels
    assert "<script src" not in text and "<link " not in text  # everything is inside the page


def test_report_catalogue_and_timeline_of_one_report(network):
    assert [(r["id"], r["year"], r["place"], r["code"]) for r in network.graph["reports"]] == [
        ("haixi-2020", 2020, "海西蒙古族藏族自治州", "632800")]
    entries = timeline(network, find_entity(network, "格库铁路"))
    assert [e.report["id"] for e in entries] == ["haixi-2020"]
    texts = [text for _, text, _ in entries[0].sentences]
    assert "格敦铁路实现全线运营，格库铁路青海段具备通车条件。" in texts
    assert [index for index, _, _ in entries[0].sentences] == sorted(index for index, _, _ in entries[0].sentences)
    # statuses come with their year and the sentence they were read from, which names the railway
    assert entries[0].statuses
    for year, status, zh, _, index in entries[0].statuses:
        assert year in (2019, 2020) and status in ("Completed", "Operating", "UnderConstruction", "Planned") and zh
        assert index in {i for i, _, _ in entries[0].sentences}


def test_close_pairs_finds_every_pair_within_reach():
    rng = np.random.default_rng(3)
    pos = rng.uniform(0, 1000, size=(400, 2))
    i, j = _close_pairs(pos, 60.0)
    found = {(min(a, b), max(a, b)) for a, b in zip(i.tolist(), j.tolist())}
    assert len(found) == len(i)  # each pair once
    distance = np.hypot(*(pos[:, None, :] - pos[None, :, :]).transpose(2, 0, 1))
    within = {(a, b) for a, b in zip(*np.nonzero(distance < 60.0)) if a < b}
    assert within and within <= found


def synthetic_network(hubs: int, leaves: int) -> nx.MultiDiGraph:
    """Stars of places and projects, a chain between hubs, and unlinked entities."""
    net = nx.MultiDiGraph(reports=[])
    for h in range(hubs):
        hub = f"urn:h{h:05d}"
        net.add_node(hub, label=f"枢纽{h}市", core="Place", cls="Locality", aliases=[], code="", coords=None,
                     sentences=[], reports=[], statuses=[])
        if h:
            net.add_edge(hub, f"urn:h{h - 1:05d}", key="connects", relation="connects", label="连接", sentences=[])
        for k in range(leaves):
            leaf = f"urn:h{h:05d}l{k:03d}"
            net.add_node(leaf, label=f"项目{h}之{k}工程", core="Project", cls="Project", aliases=[], code="",
                         coords=None, sentences=[], reports=[], statuses=[])
            if k % 3:
                net.add_edge(leaf, hub, key="locatedIn", relation="locatedIn", label="位于", sentences=[])
    return net


def test_layout_of_thousands_is_fast_deterministic_and_grows_linearly():
    small, large = synthetic_network(100, 30), synthetic_network(400, 30)  # 3,100 and 12,400 entities
    started = time.perf_counter()
    first = layouts(small)
    small_seconds = time.perf_counter() - started
    started = time.perf_counter()
    big = layouts(large)
    large_seconds = time.perf_counter() - started
    assert first == layouts(small)
    assert set(big["force"]) == set(large)
    assert large_seconds < 30
    assert large_seconds < 4 * small_seconds * 2  # four times the entities: well under the 16 of n²
    # the most connected entities, the ones the page opens on, do not sit on each other
    top = sorted(large, key=lambda n: (-large.degree(n), n))[:300]
    pos = np.array([big["force"][n] for n in top])
    gaps = np.hypot(*(pos[:, None, :] - pos[None, :, :]).transpose(2, 0, 1)) + np.eye(len(top)) * 1e9
    assert gaps.min() > 40
