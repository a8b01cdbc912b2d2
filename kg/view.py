"""The planners' view: an interactive, offline HTML page of the entity network.

Nodes and edges are assembled with pyvis; the layout is computed with networkx
(a force layout and a geographic one, places pinned at their longitude and
latitude) and passed in with physics off, so the page is readable on first
load.  The page is written here, as UTF-8, with vis-network (shipped inside
pyvis) inlined and a Content-Security-Policy that forbids every network
request.  Labels and tooltips reach the page as JSON data and are put on it
with ``textContent``: a label is text, never markup.
"""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import networkx as nx
import numpy as np

from .analytics import communities, degrees

__all__ = ["CLASS_STYLES", "layouts", "network_data", "render_html"]

# Core class -> (Chinese name, colour, vis-network shape).
CLASS_STYLES = {
    "Place": ("地点", "#2e8b57", "dot"),
    "Project": ("项目", "#1f6fd1", "square"),
    "Enterprise": ("企业", "#e67e22", "diamond"),
    "Organization": ("机构", "#8e5b3a", "triangle"),
    "Program": ("政策举措", "#c0392b", "star"),
    "Plan": ("规划文件", "#8e44ad", "triangleDown"),
    "Event": ("会展活动", "#16a085", "hexagon"),
}
COMMUNITY_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                     "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"]
_PIXELS = 1800.0
_CHAR_PIXELS = 15.0


def _label_radius(label: str, size: float) -> float:
    return max(size, len(label) * _CHAR_PIXELS / 2)


def _separate(positions: np.ndarray, radii: np.ndarray, movable: np.ndarray, rounds: int = 120) -> np.ndarray:
    """Push apart nodes whose labels would overlap (pinned nodes stay put)."""
    pos = positions.copy()
    n = len(pos)
    if n < 2:
        return pos
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.hypot(delta[..., 0], delta[..., 1]), 1e-3) + np.eye(n)
        need = (radii[:, None] + radii[None, :]) * 0.75 + 14
        overlap = np.clip(need - dist, 0, None) * (1 - np.eye(n))
        if not overlap.any():
            break
        push = (delta / dist[..., None]) * (overlap[..., None] / 2)
        pos += push.sum(axis=1) * movable[:, None]
    return pos


def _grid(nodes: list[str], net: nx.MultiDiGraph, origin: tuple[float, float], width: float) -> dict[str, np.ndarray]:
    """Unlinked entities in rows, grouped by class, below the linked ones."""
    order = sorted(nodes, key=lambda n: (list(CLASS_STYLES).index(net.nodes[n]["core"]), net.nodes[n]["label"]))
    cell_w, cell_h = 150.0, 46.0
    per_row = max(1, int(width // cell_w))
    return {n: np.array([origin[0] + (i % per_row) * cell_w, origin[1] + (i // per_row) * cell_h])
            for i, n in enumerate(order)}


def _packed_components(simple: nx.Graph, nodes: list[str]) -> dict[str, np.ndarray]:
    """Each linked component laid out by force, the components packed in shelves."""
    parts = sorted((sorted(c) for c in nx.connected_components(simple.subgraph(nodes))), key=lambda c: (-len(c), c))
    positions: dict[str, np.ndarray] = {}
    x = y = shelf_height = 0.0
    shelf_width = 2200.0
    for members in parts:
        radius = 100.0 * math.sqrt(len(members))
        sub = nx.spring_layout(simple.subgraph(members), k=1.2 / math.sqrt(len(members)), iterations=300, seed=7)
        box = 2 * radius + 60
        if x + box > shelf_width and x > 0:
            x, y, shelf_height = 0.0, y + shelf_height, 0.0
        for n in members:
            positions[n] = np.array([x + radius + 30, y + radius + 30]) + np.asarray(sub[n]) * radius
        x += box
        shelf_height = max(shelf_height, box)
    return positions


def layouts(net: nx.MultiDiGraph) -> dict[str, dict[str, tuple[float, float]]]:
    """Two deterministic layouts in pixels.

    ``force``: linked entities by force, component by component, unlinked ones
    in a grid below.  ``geo``: places with coordinates pinned at their longitude
    and latitude, linked entities drawn towards them, the rest in a grid below.
    """
    simple = nx.Graph(net.to_undirected())
    nodes = sorted(simple)
    if not nodes:
        return {"force": {}, "geo": {}}
    deg = degrees(net)
    radii = np.array([_label_radius(net.nodes[n]["label"], _node_size(deg[n])) for n in nodes])
    linked = [n for n in nodes if simple.degree(n) > 0]
    alone = [n for n in nodes if simple.degree(n) == 0]
    force = _packed_components(simple, linked)
    bottom = max((p[1] for p in force.values()), default=0.0) + 120
    force.update(_grid(alone, net, (0.0, bottom), 2200.0))
    force_arr = _separate(np.array([force[n] for n in nodes]), radii, np.ones(len(nodes)))

    pinned = {n: net.nodes[n]["coords"] for n in nodes if net.nodes[n]["coords"]}
    geo: dict[str, np.ndarray] = {}
    if pinned:
        lons = np.array([c[0] for c in pinned.values()])
        lats = np.array([c[1] for c in pinned.values()])
        lon0, lat0 = float(np.median(lons)), float(np.median(lats))
        span = max(1e-6, float(np.percentile(np.abs(lons - lon0), 80)))
        scale = 700.0 / span
        taken: set[tuple[float, float]] = set()
        for n, c in sorted(pinned.items()):
            point = ((c[0] - lon0) * scale, -(c[1] - lat0) * scale * 1.2)
            while point in taken:  # two things at one seat (黄河 and 黄河流域): set them side by side
                point = (point[0] + 40.0, point[1])
            taken.add(point)
            geo[n] = np.array(point)
        attached = sorted(n for c in nx.connected_components(simple) if c & pinned.keys()
                          for n in c if n not in pinned)
        unit = 1000.0
        initial = {n: tuple(geo[n] / unit) if n in geo else tuple(force[n] / unit / 4) for n in nodes}
        drawn = nx.spring_layout(simple.subgraph([*pinned, *attached]), pos={n: initial[n] for n in [*pinned, *attached]},
                                 fixed=list(pinned), k=0.12, iterations=120, seed=7)
        for n in attached:
            geo[n] = np.asarray(drawn[n]) * unit
        rest = [n for n in nodes if n not in geo]
        left = min(p[0] for p in geo.values())
        bottom = max(p[1] for p in geo.values()) + 160
        geo.update(_grid(rest, net, (left, bottom), 2200.0))
        geo_arr = _separate(np.array([geo[n] for n in nodes]), radii,
                            np.array([0.0 if n in pinned else 1.0 for n in nodes]))
    else:
        geo_arr = force_arr
    return {
        "force": {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(nodes, force_arr)},
        "geo": {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(nodes, geo_arr)},
    }


def _node_size(degree: int) -> float:
    return 10 + 5 * math.sqrt(degree)


def network_data(net: nx.MultiDiGraph, report_href: str = "report.html") -> dict:
    """What the page needs, as plain JSON data: nodes, edges, layouts, legend."""
    from pyvis.network import Network

    deg = degrees(net)
    community = communities(net)
    positions = layouts(net)
    vis = Network(directed=True)
    for n in sorted(net):
        d = net.nodes[n]
        _, colour, shape = CLASS_STYLES[d["core"]]
        x, y = positions["force"][n]
        vis.add_node(n, label=d["label"], color=colour, shape=shape, size=_node_size(deg[n]), x=x, y=y,
                     physics=False, font={"size": round(14 + 2 * math.sqrt(deg[n]))})
    for k, (s, o, data) in enumerate(sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))):
        vis.add_edge(s, o, label=data["label"], arrows="to", id=f"e{k}")
    nodes, edges, *_ = vis.get_network_data()
    info = {}
    for n in sorted(net):
        d = net.nodes[n]
        info[n] = {
            "label": d["label"], "core": d["core"], "cls": d["cls"], "aliases": d["aliases"], "code": d["code"],
            "degree": deg[n], "community": community[n],
            "parts": sorted({s[2] for s in d["sentences"]}),
            "sentences": [{"index": s[0], "text": s[1], "orientation": s[2], "report": s[3]} for s in d["sentences"]],
        }
    links = []
    for s, o, data in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        links.append({"from": s, "to": o, "relation": data["relation"], "label": data["label"],
                      "sentence": data["sentences"][0][1] if data["sentences"] else ""})
    linked = sorted((sorted(c) for c in nx.weakly_connected_components(net) if len(c) > 1),
                    key=lambda c: (-len(c), c))
    focus = linked[0] if linked else []
    return {
        "focus": focus,
        "nodes": [{k: v for k, v in node.items() if k in ("id", "label", "color", "shape", "size", "x", "y", "font")}
                  for node in nodes],
        "edges": [{k: v for k, v in edge.items() if k in ("id", "from", "to", "label", "arrows")} for edge in edges],
        "info": info, "links": links, "positions": positions,
        "legend": [{"core": c, "name": zh, "color": col, "shape": sh} for c, (zh, col, sh) in CLASS_STYLES.items()],
        "communityColors": COMMUNITY_COLOURS, "reportHref": report_href,
    }


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    spec = find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ImportError("pyvis is not installed")
    lib = Path(spec.origin).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json_for_script(data: dict) -> str:
    """JSON safe inside a <script> element: no closing tag or comment opener can appear."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(net: nx.MultiDiGraph, title: str, report_href: str = "report.html") -> str:
    """The whole page, as a string; write it with UTF-8."""
    script, css = _vis_assets()
    data = network_data(net, report_href)
    template = (Path(__file__).parent / "data" / "view" / "network.html").read_text(encoding="utf-8")
    return (template.replace("/*VIS_CSS*/", css)
            .replace("/*VIS_JS*/", script.replace("</script", "<\\/script"))
            .replace("__TITLE__", html.escape(title))
            .replace("/*GRAPH_DATA*/", _json_for_script(data)))
