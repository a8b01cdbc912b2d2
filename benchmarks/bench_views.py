"""Time the views of a corpus graph: writing them, their size, and the time to the
first drawn view in headless Chromium (Debian's chromium, network blocked).

    python benchmarks/bench_views.py --graph build/corpus.ttl --out build/bench-views
    python benchmarks/bench_views.py --graph build/corpus.ttl --copies 1 4 10

For the network view, ``--copies N`` repeats the corpus's entity network N times
under distinct IRIs and report ids (N times the entities, links and reports) to
show how writing and opening the page grow; the annotated report page is
measured on the graph itself.  "First drawn" is the moment vis-network has drawn
the overview (``window.kgFirstDraw``, ms after navigation start); for the report
page it is the first contentful paint.  Each page is opened ``--runs`` times and
the best time is kept.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.analytics import entity_network  # noqa: E402
from kg.build import write_atomic  # noqa: E402
from kg.report_view import render_report_html  # noqa: E402
from kg.view import render_html  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def repeated(net: nx.MultiDiGraph, copies: int) -> nx.MultiDiGraph:
    """The network ``copies`` times over, each copy under its own IRIs and report ids."""
    if copies == 1:
        return net
    out = nx.MultiDiGraph(reports=[dict(r, id=f"{r['id']}-c{k}", place=f"{r['place']} #{k}")
                                   for k in range(copies) for r in net.graph["reports"]])
    for k in range(copies):
        for n, d in net.nodes(data=True):
            sentences = [(*s[:3], f"{s[3]}-c{k}", *s[4:]) for s in d["sentences"]]
            statuses = [(*st[:4], (*st[4][:3], f"{st[4][3]}-c{k}", *st[4][4:])) for st in d["statuses"]]
            out.add_node(f"{n}-c{k}", **dict(d, sentences=sentences, statuses=statuses,
                                               reports=[f"{r}-c{k}" for r in d["reports"]]))
        for s, o, key, d in net.edges(keys=True, data=True):
            out.add_edge(f"{s}-c{k}", f"{o}-c{k}", key=key, **d)
    return out


def first_draw(page_path: Path, script: str, runs: int) -> float:
    """Best time (ms after navigation start) to the event ``script`` waits for and returns."""
    from playwright.sync_api import sync_playwright

    best = float("inf")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND"])
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1600, "height": 1000})
            context.route(lambda url: not url.startswith("file:"), lambda route: route.abort())
            page = context.new_page()
            page.goto(page_path.resolve().as_uri(), wait_until="commit")
            best = min(best, float(page.evaluate(script)))
            context.close()
        browser.close()
    return best


NETWORK_DRAWN = """new Promise(done => { const t = setInterval(() => {
  if (window.kgFirstDraw !== undefined) { clearInterval(t); done(window.kgFirstDraw); } }, 5); })"""
REPORT_PAINTED = """new Promise(done => { const t = setInterval(() => {
  const p = performance.getEntriesByName("first-contentful-paint");
  if (p.length && window.kgReport) { clearInterval(t); done(p[0].startTime); } }, 5); })"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, required=True, help="a Turtle graph built by build_graph.py")
    parser.add_argument("--copies", type=int, nargs="+", default=[1], help="repeat the network N times (default 1)")
    parser.add_argument("--runs", type=int, default=3, help="page loads per page; the best is kept")
    parser.add_argument("--out", type=Path, default=Path("build/bench-views"), help="where the pages are written")
    args = parser.parse_args()

    from rdflib import Graph

    started = time.perf_counter()
    graph = Graph().parse(args.graph, format="turtle")
    parsed = time.perf_counter()
    net = entity_network(graph)
    networked = time.perf_counter()
    print(f"{args.graph}: {len(graph):,} triples parsed in {parsed - started:.1f} s; "
          f"entity network {net.number_of_nodes():,} entities, {net.number_of_edges():,} links, "
          f"{len(net.graph['reports'])} reports in {networked - parsed:.1f} s")

    report_page = args.out / "report.html"
    t0 = time.perf_counter()
    write_atomic(report_page, render_report_html(graph, graph_href="view-1.html").encode("utf-8"))
    report_seconds = time.perf_counter() - t0
    painted = first_draw(report_page, REPORT_PAINTED, args.runs)
    print(f"\nannotated reports: written in {report_seconds:.1f} s, {report_page.stat().st_size / 1e6:.1f} MB, "
          f"first contentful paint {painted:.0f} ms")

    print("\n| copies | reports | entities | links | page written | page size | first drawn view |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for copies in args.copies:
        big = repeated(net, copies)
        page = args.out / f"view-{copies}.html"
        t0 = time.perf_counter()
        write_atomic(page, render_html(big, f"bench ×{copies}").encode("utf-8"))
        seconds = time.perf_counter() - t0
        drawn = first_draw(page, NETWORK_DRAWN, args.runs)
        print(f"| {copies} | {len(big.graph['reports'])} | {big.number_of_nodes():,} | {big.number_of_edges():,} | "
              f"{seconds:.1f} s | {page.stat().st_size / 1e6:.1f} MB | {drawn:.0f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
