"""The planners' view in a real browser: headless Debian Chromium driven by Playwright,
network blocked, page opened from a file."""

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.analytics import entity_network
from kg.report_view import render_report_html
from kg.view import render_html

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
    assert page.evaluate("kgView.nodes.length") == network.number_of_nodes()
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
    assert len(visible) == network.number_of_nodes() - len(programs)
    page.click("#reset")
    assert len(page.evaluate("kgView.visibleIds()")) == network.number_of_nodes()


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
    assert dimmed == network.number_of_nodes() - 1 - len(set(nx.all_neighbors(network, target)))


def test_geographic_layout_pins_places(view, network):
    page = view.page
    page.select_option("#layout", "geo")
    geermu, delingha = node_id(network, "格尔木市"), node_id(network, "德令哈市")
    x1 = page.evaluate(f"kgView.network.getPosition({geermu!r}).x")
    x2 = page.evaluate(f"kgView.network.getPosition({delingha!r}).x")
    assert x1 < x2  # 格尔木 lies west of 德令哈


def test_hostile_label_is_text_not_markup(browser, tmp_path):
    net = nx.MultiDiGraph()
    hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    net.add_node("urn:x", label=hostile, core="Program", cls="Program", aliases=["</script><b>x"], code="",
                 coords=None, sentences=[(0, hostile, "Past", "r", 1)])
    net.add_node("urn:y", label="甲", core="Place", cls="Locality", aliases=[], code="", coords=None, sentences=[])
    net.add_edge("urn:x", "urn:y", key="locatedIn", relation="locatedIn", label="位于", sentences=[])
    page_path = tmp_path / "hostile.html"
    page_path.write_text(render_html(net, hostile), encoding="utf-8")
    opened = Opened(browser, page_path.as_uri())
    page = opened.page
    page.wait_for_function("window.kgView !== undefined")
    page.evaluate("kgView.highlight('urn:x')")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#panel h2").text_content() == hostile
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
