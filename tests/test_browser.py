"""The planners' view in a real browser: headless Debian Chromium driven by Playwright,
network blocked, page opened from a file.  First the Haixi report alone, then a small
corpus (two Hailar reports and one provincial report): report selection, timelines."""

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.analytics import entity_network, timeline
from kg.report_view import render_report_html
from kg.view import OVERVIEW_SIZE, layouts, render_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium (see .ci/run)")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium fonts-noto-cjk)",
                allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def network(haixi_build):
    return entity_network(haixi_build.graph)


@pytest.fixture(scope="module")
def pages(haixi_build, network, tmp_path_factory):
    root = tmp_path_factory.mktemp("view")
    (root / "haixi.html").write_text(render_html(network, "海西 知识图谱"), encoding="utf-8")
    (root / "report.html").write_text(render_report_html(haixi_build.graph), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND"])
        yield b
        b.close()


class Opened:
    def __init__(self, browser, url):
        self.context = browser.new_context(viewport={"width": 1600, "height": 1000})
        self.requests, self.errors = [], []
        self.context.route(lambda url: not url.startswith("file:"), self._refuse)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.page.wait_for_function("window.kgView !== undefined || document.readyState === 'complete'")

    def _refuse(self, route):
        self.requests.append(route.request.url)
        route.abort()

    def close(self):
        self.context.close()


@pytest.fixture()
def view(browser, pages):
    opened = Opened(browser, (pages / "haixi.html").as_uri())
    opened.page.wait_for_function("window.kgView !== undefined")
    yield opened
    opened.close()


def node_id(network, label):
    return next(n for n, d in network.nodes(data=True) if d["label"] == label)


def test_loads_offline_without_errors_and_shows_every_entity(view, network):
    page = view.page
    shown = min(OVERVIEW_SIZE, network.number_of_nodes())
    assert page.evaluate("kgView.nodes.length") == shown
    if shown == network.number_of_nodes():
        assert page.evaluate("kgView.edges.length") == network.number_of_edges()
    page.wait_for_timeout(300)
    assert view.errors == []
    assert view.requests == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "haixi-view.png"))


def test_search_focuses_matching_nodes(view, network):
    page = view.page
    page.fill("#search", "格尔木")
    selected = set(page.evaluate("kgView.network.getSelectedNodes()"))
    assert node_id(network, "格尔木市") in selected
    assert node_id(network, "格尔木综合物流园") in selected
    assert page.text_content("#matches").endswith("个匹配")
    # aliases are searched too: 格库铁路青海段 is an alias of 格库铁路
    page.fill("#search", "青海段")
    assert page.evaluate("kgView.network.getSelectedNodes()") == [node_id(network, "格库铁路")]


def test_class_filter_hides_nodes(view, network):
    page = view.page
    programs = {n for n, d in network.nodes(data=True) if d["core"] == "Program"}
    page.uncheck("input[data-core=Program]")
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert not (visible & programs)
    assert len(visible) == min(OVERVIEW_SIZE, network.number_of_nodes() - len(programs))
    page.click("#reset")
    assert len(page.evaluate("kgView.visibleIds()")) == min(OVERVIEW_SIZE, network.number_of_nodes())


def test_part_filter_keeps_what_the_plan_mentions(view, network):
    page = view.page
    page.select_option("#part", "Past")
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert node_id(network, "格敦铁路") in visible
    assert node_id(network, "德令哈至哈拉湖公路") not in visible  # only in the 2020 plan


def test_click_shows_the_panel_with_sentences_and_links(view, network):
    page = view.page
    target = node_id(network, "格库铁路")
    page.evaluate(f"kgView.network.focus({target!r}, {{scale: 1.5, animation: false}})")
    point = page.evaluate(f"kgView.network.canvasToDOM(kgView.network.getPosition({target!r}))")
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").text_content() == "格库铁路"
    assert "格敦铁路实现全线运营，格库铁路青海段具备通车条件。" in panel.text_content()
    assert "连接" in panel.text_content() and "库尔勒市" in panel.text_content()
    link = panel.locator("ol.sentences a").first.get_attribute("href")
    assert link.startswith("report.html#s-haixi-2020-")
    dimmed = page.evaluate("kgView.nodes.get().filter(n => n.opacity === 0.15).length")
    neighbours = set(nx.all_neighbors(network, target))
    assert neighbours <= set(page.evaluate("kgView.visibleIds()"))  # a click brings its neighbours
    assert dimmed == page.evaluate("kgView.nodes.length") - 1 - len(neighbours)
    assert page.locator("#panel .timeline h4").all_text_contents() == ["2020 · 海西蒙古族藏族自治州 · " + network.graph["reports"][0]["title"]]


def test_geographic_layout_pins_places(view, network):
    page = view.page
    page.select_option("#layout", "geo")
    geermu, delingha = node_id(network, "格尔木市"), node_id(network, "德令哈市")
    x1 = page.evaluate(f"kgView.network.getPosition({geermu!r}).x")
    x2 = page.evaluate(f"kgView.network.getPosition({delingha!r}).x")
    assert x1 < x2  # 格尔木 lies west of 德令哈


def test_county_view_finds_the_roads_that_reach_it_through_its_towns(view, network):
    page = view.page
    dulan, road, town = node_id(network, "都兰县"), node_id(network, "怀头他拉至宗加镇公路"), node_id(network, "宗加镇")
    page.select_option("#division", dulan)
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert {dulan, road, town} <= visible
    assert node_id(network, "格尔木综合物流园") not in visible  # in 格尔木市, not here
    member = page.locator(f"#panel .members li[data-id='{road}']")
    assert member.locator(".chain").text_content() == "连接 宗加镇 → 位于 都兰县"
    assert page.locator("#panel h2").text_content() == "都兰县"
    # the county's panel holds exactly what reaches it (kg.analytics.reaching), with nothing else
    from kg.analytics import reaching

    listed = set(page.locator("#panel .members li").evaluate_all("ls => ls.map(l => l.dataset.id)"))
    assert set(reaching(network, dulan)) <= listed
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "haixi-county.png"))


def test_project_panel_shows_its_status_and_year(view, network):
    page = view.page
    park = node_id(network, "格尔木综合物流园")
    year, status, zh = max(network.nodes[park]["statuses"], key=lambda st: (st[0], st[4][3], st[4][0]))[:3]
    assert (year, status) == (2020, "UnderConstruction")
    page.evaluate(f"kgView.highlight({park!r})")
    assert page.locator("#panel .current-status").text_content() == f"状态 Status: {year} 年 {zh} {status}"
    # the panel's names go to their entity; a click on empty canvas clears
    page.locator("#panel .links button.go").first.click()
    assert page.locator("#panel h2").text_content() == "格尔木市"
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + 3, box["y"] + box["height"] - 3)
    assert page.locator("#panel").is_hidden()
    page.evaluate(f"kgView.highlight({park!r})")
    page.select_option("#status", "Planned")
    visible = set(page.evaluate("kgView.visibleIds()"))
    planned = {n for n, d in network.nodes(data=True) if any(st[1] == "Planned" for st in d["statuses"])}
    assert visible - {park} <= planned and node_id(network, "德令哈至哈拉湖公路") in visible
    page.select_option("#status", "")
    page.select_option("#year", "2019")
    in_2019 = {n for n, d in network.nodes(data=True) if any(st[0] == 2019 for st in d["statuses"])}
    assert set(page.evaluate("kgView.visibleIds()")) - {park} <= in_2019


def test_csv_download_holds_the_visible_rows(view, network):
    page = view.page
    page.uncheck("input[data-core=Program]")
    page.select_option("#layout", "geo")
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert 0 < len(visible) < network.number_of_nodes()
    with page.expect_download() as download:
        page.click("#csv")
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["id"] for r in rows} == visible and len(rows) == len(visible)
    road = next(r for r in rows if r["label"] == "德令哈至哈拉湖公路")
    assert (road["class"], road["status"], road["year"], road["place"]) == ("Road", "Planned", "2020", "德令哈市")
    with page.expect_download() as image:
        page.click("#png")
    assert Path(image.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_table_lists_what_is_shown_and_sorts(view, network):
    page = view.page
    page.select_option("#division", node_id(network, "德令哈市"))
    page.click("#tablebtn")
    ids = page.locator("#tablebox tr[data-id]").evaluate_all("rs => rs.map(r => r.dataset.id)")
    assert set(ids) == set(page.evaluate("kgView.visibleIds()"))
    page.click("#tablebox th[data-key=label]")
    labels = page.locator("#tablebox tr[data-id] td:first-child").all_text_contents()
    assert labels == sorted(labels, reverse=True) or labels == sorted(labels)


def inside(point, flat):
    """Ray casting: is the point inside the ring given as [x, y, x, y …]?"""
    x, y = point
    ring = list(zip(flat[::2], flat[1::2]))
    found = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            found = not found
    return found


def test_map_draws_each_county_inside_its_own_boundary(view, network):
    page = view.page
    page.select_option("#layout", "geo")
    counties = sorted(n for n, d in network.nodes(data=True) if d["cls"] == "CountyLevelDivision" and d["code"][:2] == "63")
    assert len(counties) == 7
    positions = page.evaluate(f"kgView.network.getPositions({counties!r})")
    rings = page.evaluate("kgView.data.map.boundaries.county")
    for n in counties:
        code = network.nodes[n]["code"]
        own = [flat for c, flat in rings if c == code]
        point = (positions[n]["x"], positions[n]["y"])
        assert any(inside(point, flat) for flat in own), network.nodes[n]["label"]
        assert not any(inside(point, flat) for c, flat in rings if c != code), network.nodes[n]["label"]
    # what lies outside the province, or has no place, is listed beside the map, not drawn
    unplaced = page.locator("#unplaced button.go").evaluate_all("bs => bs.map(b => b.dataset.id)")
    assert node_id(network, "库尔勒市") in unplaced and node_id(network, "飞地经济") in unplaced
    assert not set(unplaced) & set(page.evaluate("kgView.visibleIds()"))
    assert page.text_content("#scale span").endswith(" km")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "haixi-map.png"))


def test_community_colours_come_with_a_legend_of_named_communities(view, network):
    page = view.page
    page.select_option("#colour", "community")
    from kg.analytics import communities

    community = communities(network)
    degree = dict(network.degree())
    biggest = [n for n in network if community[n] == 0]
    hub = min(biggest, key=lambda n: (-degree[n], -len(network.nodes[n]["reports"]), -len(network.nodes[n]["sentences"]), n))
    rows = page.locator("#comlegend div").all_text_contents()
    assert rows[0] == f"{network.nodes[hub]['label']} 等 {len(biggest)}"
    assert len(rows) == min(16, max(community.values()) + 1)


def test_labels_drawn_at_the_opening_view_do_not_overlap(view):
    page = view.page
    boxes = page.evaluate("kgView.labelled().map(id => [id, kgView.network.getBoundingBox(id)])")
    assert len(boxes) >= 15  # the hubs are labelled
    overlapping = [(a, b) for k, (a, x) in enumerate(boxes) for b, y in boxes[k + 1:]
                   if x["left"] < y["right"] and y["left"] < x["right"] and x["top"] < y["bottom"] and y["top"] < x["bottom"]]
    assert overlapping == []
    # every drawn label is at least 5 screen pixels high, the hubs' at least 13
    scale = page.evaluate("kgView.network.getScale()")
    sizes = page.evaluate("kgView.labelled().map(id => kgView.nodes.get(id).font.size)")
    assert min(sizes) * scale >= 5 and max(sizes) * scale >= 12.99


def test_phone_layout_tap_a_node_and_get_back(browser, pages, network):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
    page = context.new_page()
    page.goto((pages / "haixi.html").as_uri())
    page.wait_for_function("window.kgView !== undefined")
    assert page.locator("header").bounding_box()["height"] < 844 / 8
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing runs off-screen
    graph = page.locator("#network").bounding_box()
    assert graph["height"] > 600
    target = node_id(network, "格尔木市")
    point = page.evaluate(f"kgView.network.canvasToDOM(kgView.network.getPosition({target!r}))")
    page.touchscreen.tap(graph["x"] + point["x"], graph["y"] + point["y"])
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").text_content() == "格尔木市"
    assert panel.bounding_box()["height"] < 844 / 2  # the graph stays in view above the panel
    page.screenshot(path=str(ARTIFACTS / "haixi-phone.png"))
    page.locator("#close").tap()
    assert panel.is_hidden()
    assert page.evaluate("kgView.nodes.get().every(n => n.opacity === 1)")
    page.locator("#menu").tap()
    assert page.locator("#division").is_visible()
    context.close()


def test_hostile_label_is_text_not_markup(browser, tmp_path):
    net = nx.MultiDiGraph()
    hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    net.add_node("urn:x", label=hostile, core="Program", cls="Program", aliases=["</script><b>x"], code="",
                 coords=None, sentences=[(0, hostile, "Past", "r", 1)])
    net.add_node("urn:y", label="甲", core="Place", cls="Locality", aliases=[], code="", coords=None, sentences=[])
    net.add_edge("urn:x", "urn:y", key="locatedIn", relation="locatedIn", label="位于", sentences=[])
    net.graph["reports"] = [{"id": "r", "title": hostile, "year": 2020, "place": "</option><b>", "code": ""}]
    page_path = tmp_path / "hostile.html"
    page_path.write_text(render_html(net, hostile), encoding="utf-8")
    opened = Opened(browser, page_path.as_uri())
    page = opened.page
    page.wait_for_function("window.kgView !== undefined")
    page.evaluate("kgView.highlight('urn:x')")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#panel h2").text_content() == hostile
    assert page.locator("#panel .timeline h4").text_content() == "2020 · </option><b> · " + hostile
    assert page.locator("#reports option[data-report=r]").text_content() == "2020 · </option><b> · " + hostile
    assert page.title() == hostile
    assert opened.errors == [] and opened.requests == []
    opened.close()


def test_report_page_links_into_the_graph(browser, pages, network):
    opened = Opened(browser, (pages / "report.html").as_uri() + "#s-haixi-2020-78")
    page = opened.page
    assert page.locator("#s-haixi-2020-78").text_content() == "格敦铁路实现全线运营，格库铁路青海段具备通车条件。"
    href = page.locator("#s-haixi-2020-78 a.m").first.get_attribute("href")
    assert href.startswith("haixi.html#node=")
    assert page.locator("nav a").count() >= 15  # parts and sub-sections
    assert page.locator("span.num").count() > 40
    assert opened.errors == [] and opened.requests == []
    page.click("#s-haixi-2020-78 a.m >> nth=0")
    page.wait_for_function("window.kgView !== undefined")
    page.wait_for_selector("#panel:not([hidden])")
    assert page.locator("#panel h2").text_content() == "格敦铁路"
    opened.close()


# ---------------------------------------------------------------- a corpus

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPUS_FILES = ("hailar-2015-government-work-report.gbk.txt", "hailar-2016-government-work-report.gbk.txt",
                "河北省2026年政府工作报告.txt")
HAILAR_2015, HAILAR_2016 = "hailar-2015-government-work-report", "hailar-2016-government-work-report"


@pytest.fixture(scope="session")
def corpus_build():
    from kg.build import build

    missing = [name for name in CORPUS_FILES if not (CORPUS / name).exists()]
    if missing:
        pytest.skip(f"the shared corpus is not here: {missing}")
    return build([CORPUS / name for name in CORPUS_FILES], validate=False)


@pytest.fixture(scope="module")
def corpus_network(corpus_build):
    return entity_network(corpus_build.graph)


@pytest.fixture(scope="module")
def corpus_pages(corpus_build, corpus_network, tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus-view")
    (root / "corpus.html").write_text(render_html(corpus_network, "语料 corpus"), encoding="utf-8")
    (root / "report.html").write_text(render_report_html(corpus_build.graph, graph_href="corpus.html"),
                                      encoding="utf-8")
    return root


@pytest.fixture()
def corpus_view(browser, corpus_pages):
    opened = Opened(browser, (corpus_pages / "corpus.html").as_uri())
    opened.page.wait_for_function("window.kgView !== undefined && window.kgFirstDraw !== undefined")
    yield opened
    opened.close()


def report_index(network, report_id):
    return next(k for k, r in enumerate(network.graph["reports"]) if r["id"] == report_id)


def test_corpus_view_opens_on_an_overview(corpus_view, corpus_network):
    page = corpus_view.page
    reports = corpus_network.graph["reports"]
    assert [(r["year"], r["place"]) for r in reports] == [(2015, "海拉尔区"), (2016, "海拉尔区"), (2026, "河北省")]
    options = page.eval_on_selector_all("#reports option", "os => os.map(o => o.value)")
    assert options == ["", "y:2015", "y:2016", "y:2026", "r:0", "r:1", "r:2"]
    shown = page.evaluate("kgView.nodes.length")
    assert shown == min(OVERVIEW_SIZE, corpus_network.number_of_nodes())
    # the overview is the most connected entities: every entity left out has no more links than any shown
    degree = dict(corpus_network.degree())
    visible = set(page.evaluate("kgView.visibleIds()"))
    hidden = set(corpus_network) - visible
    if hidden:
        assert max(degree[n] for n in hidden) <= min(degree[n] for n in visible)
    assert page.text_content("#count") == f"显示 {shown} / {corpus_network.number_of_nodes()} 个实体"
    # the most connected entity's label stays readable (13 screen pixels) when the whole overview is in view
    top = max(corpus_network, key=lambda n: (degree[n], n))
    assert page.evaluate(f"kgView.nodes.get({top!r}).font.size * kgView.network.getScale()") >= 12.99
    assert corpus_view.errors == [] and corpus_view.requests == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "corpus-view.png"))


def test_overview_then_more_on_demand(browser, corpus_network, tmp_path):
    """With an overview of 40, the page draws the 40 most connected entities; More adds 40."""
    path = tmp_path / "small-overview.html"
    path.write_text(render_html(corpus_network, "overview", overview=40), encoding="utf-8")
    opened = Opened(browser, path.as_uri())
    page = opened.page
    page.wait_for_function("window.kgView !== undefined")
    degree = dict(corpus_network.degree())
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert len(visible) == 40
    assert min(degree[n] for n in visible) >= max(degree[n] for n in set(corpus_network) - visible)
    page.click("#more")
    assert len(page.evaluate("kgView.visibleIds()")) == 80
    assert page.text_content("#count") == f"显示 80 / {corpus_network.number_of_nodes()} 个实体"
    assert opened.errors == [] and opened.requests == []
    opened.close()


def test_report_and_year_selection(corpus_view, corpus_network):
    page = corpus_view.page
    hebei = corpus_network.graph["reports"][2]["id"]
    in_hebei = {n for n, d in corpus_network.nodes(data=True) if hebei in d["reports"]}
    page.select_option("#reports", "r:2")
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert visible and visible <= in_hebei
    assert len(visible) == min(OVERVIEW_SIZE, len(in_hebei))
    hailar = find_label(corpus_network, "海拉尔区")
    assert hailar not in visible  # named by the Hailar reports only
    # one report chosen: its entities are drawn as laid out on their own
    page.select_option("#reports", "r:0")
    members = [n for n, d in corpus_network.nodes(data=True) if HAILAR_2015 in d["reports"]]
    own = layouts(corpus_network.subgraph(members), geo=False)["force"]
    position = page.evaluate(f"kgView.network.getPositions([{hailar!r}])[{hailar!r}]")
    assert position["x"] == pytest.approx(own[hailar][0], abs=1)  # vis-network reports positions as integers
    assert position["y"] == pytest.approx(own[hailar][1], abs=1)
    page.select_option("#reports", ["y:2015", "y:2016"])
    visible = set(page.evaluate("kgView.visibleIds()"))
    in_hailar = {n for n, d in corpus_network.nodes(data=True) if {HAILAR_2015, HAILAR_2016} & set(d["reports"])}
    assert hailar in visible and visible <= in_hailar
    assert len(visible) == min(OVERVIEW_SIZE, len(in_hailar))
    page.select_option("#reports", "")
    assert len(page.evaluate("kgView.visibleIds()")) == min(OVERVIEW_SIZE, corpus_network.number_of_nodes())


def find_label(network, label):
    return next(n for n, d in network.nodes(data=True) if d["label"] == label)


def test_entity_timeline_across_reports(corpus_view, corpus_network):
    page = corpus_view.page
    hailar = find_label(corpus_network, "海拉尔区")
    expected = timeline(corpus_network, hailar)
    assert [e.report["id"] for e in expected][:2] == [HAILAR_2015, HAILAR_2016]
    page.evaluate(f"kgView.highlight({hailar!r})")
    sections = page.locator("#panel .timeline section")
    assert sections.count() == len(expected)
    assert sections.evaluate_all("ss => ss.map(s => s.dataset.report)") == [e.report["id"] for e in expected]
    assert sections.nth(0).locator("h4").text_content() == "2015 · 海拉尔区 · 政府工作报告"
    first = sections.nth(0).locator("ol.sentences li a").first
    assert first.text_content() == expected[0].sentences[0][1]
    assert first.get_attribute("href") == f"report.html#s-{HAILAR_2015}-{expected[0].sentences[0][0]}"
    assert sections.nth(1).locator("ol.sentences li").count() == len(expected[1].sentences)
    assert corpus_view.errors == []


def test_timeline_shows_statuses_per_year(corpus_view, corpus_network):
    """A project with statuses read in both Hailar reports: the panel shows each, under its report."""
    page = corpus_view.page
    both = sorted(n for n, d in corpus_network.nodes(data=True)
                  if {s[4][3] for s in d["statuses"]} >= {HAILAR_2015, HAILAR_2016})
    assert both, "no project has statuses in both Hailar reports"
    node = both[0]
    page.evaluate(f"kgView.highlight({node!r})")
    shown = page.locator("#panel .timeline section").evaluate_all(
        "ss => ss.map(s => [s.dataset.report, [...s.querySelectorAll('.status')].map(x => x.textContent)])")
    expected = [[e.report["id"], [f"{y} 年 {zh} {st}" + (f" ({verb})" if verb else "") for y, st, zh, verb, _ in e.statuses]]
                for e in timeline(corpus_network, node)]
    assert shown == expected
    assert {r for r, statuses in shown if statuses} >= {HAILAR_2015, HAILAR_2016}


def test_click_on_a_search_hit_brings_its_neighbours(corpus_view, corpus_network):
    page = corpus_view.page
    page.select_option("#reports", "r:2")
    hailar = find_label(corpus_network, "海拉尔区")
    assert hailar not in set(page.evaluate("kgView.visibleIds()"))
    page.select_option("#reports", "")
    found = page.evaluate("kgView.search('海拉尔区')")
    assert hailar in found
    page.evaluate(f"kgView.highlight({hailar!r})")
    visible = set(page.evaluate("kgView.visibleIds()"))
    assert set(nx.all_neighbors(corpus_network, hailar)) <= visible


def test_corpus_report_page_picks_a_report(browser, corpus_pages, corpus_network):
    hebei = corpus_network.graph["reports"][2]["id"]
    opened = Opened(browser, (corpus_pages / "report.html").as_uri())
    page = opened.page
    page.wait_for_function("window.kgReport !== undefined")
    assert page.eval_on_selector_all("#pick option", "os => os.map(o => o.value)") == [HAILAR_2015, HAILAR_2016, hebei]
    assert page.locator(f"section.report[id='{HAILAR_2015}']").is_visible()
    assert not page.locator(f"section.report[id='{hebei}']").is_visible()
    page.select_option("#pick", hebei)
    page.wait_for_function(f"location.hash === '#{hebei}'")
    assert page.locator(f"section.report[id='{hebei}'] h1").text_content() == "2026 · 河北省 · 2026年河北省政府工作报告"
    assert not page.locator(f"section.report[id='{HAILAR_2015}']").is_visible()
    # a link to a sentence opens the report that holds it
    page.evaluate(f"location.hash = '#s-{HAILAR_2016}-5'")
    page.wait_for_function(f"document.getElementById('s-{HAILAR_2016}-5').offsetParent !== null")
    assert page.input_value("#pick") == HAILAR_2016
    assert opened.errors == [] and opened.requests == []
    opened.close()


def test_corpus_pages_are_deterministic(corpus_build, corpus_network, corpus_pages):
    again = entity_network(corpus_build.graph)
    assert render_html(again, "语料 corpus") == (corpus_pages / "corpus.html").read_text(encoding="utf-8")
    assert render_report_html(corpus_build.graph, graph_href="corpus.html") == \
        (corpus_pages / "report.html").read_text(encoding="utf-8")


def test_hostile_report_title_is_text_in_the_report_page(browser, haixi_build, tmp_path):
    from rdflib import RDF, RDFS, Graph, Literal

    from kg.namespace import HX

    hostile = '</option><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    graph = Graph()
    for triple in haixi_build.graph:
        graph.add(triple)
    report = next(graph.subjects(RDF.type, HX.Report))
    graph.set((report, RDFS.label, Literal(hostile, lang="zh")))
    path = tmp_path / "report.html"
    path.write_text(render_report_html(graph), encoding="utf-8")
    opened = Opened(browser, path.as_uri())
    page = opened.page
    page.wait_for_function("window.kgReport !== undefined")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("section.report h1").text_content() == "2020 · 海西蒙古族藏族自治州 · " + hostile
    assert page.locator("#pick option").text_content() == "2020 · 海西蒙古族藏族自治州 · " + hostile
    assert opened.errors == [] and opened.requests == []
    opened.close()
