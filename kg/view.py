"""The planners' view: an interactive, offline HTML page of the entity network.

The page is built for a corpus of thousands of entities: it opens on an
overview (the most connected entities of the chosen reports or years, a few
hundred at most) and brings in more on demand (a search, a click on a node
adds its neighbours, "more" widens the overview).  An entity's panel shows its
timeline across the reports: each report that mentions it, with the sentences
and the statuses read there.

Positions are computed here, deterministically and in near-linear time: in each
linked component the few most connected entities are laid out by force (a
bounded number, so a bounded cost), the others are set around the neighbour
they were reached from, components are packed in shelves, and labels are
pushed apart with a spatial grid (never an n×n array).  A geographic layout
pins places at their longitude and latitude.  vis-network (shipped inside
pyvis) is inlined and a Content-Security-Policy forbids every network request.
Labels and sentences reach the page as JSON data and are put on it with
``textContent``: a label is text, never markup.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter, deque
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import networkx as nx
import numpy as np

from .analytics import PLACING, communities, degrees, reaching
from .reference import boundaries, towns_named

__all__ = ["CLASS_STYLES", "OVERVIEW_SIZE", "MapFrame", "map_frame", "layouts", "network_data", "render_html"]

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
OVERVIEW_SIZE = 300  # entities drawn when the page opens; more come on demand
_CORE_SIZE = 150  # entities per component laid out by force (a bounded cost)
_SMALL_COMPONENT = 12  # components this small are grown from their hub, without force
_CHAR_PIXELS = 15.0
_SHELF_WIDTH = 2600.0
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _label_radius(label: str, size: float) -> float:
    return max(size, min(len(label), 24) * _CHAR_PIXELS / 2)


def _close_pairs(pos: np.ndarray, reach: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j) of points that may lie within ``reach`` of each other:
    the points of the same and the adjacent cells of a grid of that size.  Sorting
    the cell keys makes it O(n log n + pairs), with no n×n array."""
    n = len(pos)
    cells = np.floor(pos / reach).astype(np.int64)
    cells -= cells.min(axis=0) - 1
    width = int(cells[:, 1].max()) + 3
    key = cells[:, 0] * width + cells[:, 1]
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    found_i, found_j = [], []
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        target = (cells[:, 0] + dx) * width + cells[:, 1] + dy
        lo = np.searchsorted(sorted_keys, target, "left")
        counts = np.searchsorted(sorted_keys, target, "right") - lo
        total = int(counts.sum())
        if not total:
            continue
        i = np.repeat(np.arange(n), counts)
        first = np.repeat(np.cumsum(counts) - counts, counts)
        j = order[np.repeat(lo, counts) + np.arange(total) - first]
        keep = i < j if (dx, dy) == (0, 0) else i != j
        found_i.append(i[keep])
        found_j.append(j[keep])
    if not found_i:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(found_i), np.concatenate(found_j)


def _separate(positions: np.ndarray, radii: np.ndarray, movable: np.ndarray, rounds: int = 40) -> np.ndarray:
    """Push apart nodes whose labels would overlap (pinned nodes stay put); each
    round looks only at neighbours on a grid (see :func:`_close_pairs`)."""
    pos = positions.astype(float).copy()
    if len(pos) < 2:
        return pos
    reach = float(radii.max()) * 1.5 + 14
    for _ in range(rounds):
        i, j = _close_pairs(pos, reach)
        free = (movable[i] > 0) | (movable[j] > 0)  # two pinned nodes stay as they are
        i, j = i[free], j[free]
        if not len(i):
            break
        delta = pos[i] - pos[j]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        same = dist < 1e-3  # two nodes on one point: part them along a direction fixed by their indices
        delta[same] = np.stack([np.cos(i[same] * 2.399), np.sin(i[same] * 2.399)], axis=1)
        dist = np.where(same, 1.0, dist)
        overlap = np.clip((radii[i] + radii[j]) * 0.75 + 14 - dist, 0, None)
        if overlap.max() < 1.0:
            break
        push = delta / dist[:, None] * (overlap / 2)[:, None]
        n = len(pos)
        for axis in (0, 1):
            pos[:, axis] += (np.bincount(i, push[:, axis] * movable[i], n)
                             - np.bincount(j, push[:, axis] * movable[j], n))
    return pos


def _grid(nodes: list[str], net: nx.MultiDiGraph, origin: tuple[float, float], width: float) -> dict[str, np.ndarray]:
    """Unlinked entities in rows, grouped by class, below the linked ones; each
    takes the width of its label, so no two overlap."""
    order = sorted(nodes, key=lambda n: (list(CLASS_STYLES).index(net.nodes[n]["core"]), net.nodes[n]["label"], n))
    positions: dict[str, np.ndarray] = {}
    x, y, row_height = 0.0, 0.0, 46.0
    for n in order:
        half = _label_radius(net.nodes[n]["label"], _node_size(0)) * 0.75 + 7
        if x + 2 * half > width and x > 0:
            x, y = 0.0, y + row_height
        positions[n] = np.array([origin[0] + x + half, origin[1] + y])
        x += 2 * half
    return positions


def _simple(net: nx.MultiDiGraph) -> nx.Graph:
    """The links as an undirected simple graph, without the nodes' data (no copies), nodes
    and edges in sorted order: a subgraph view iterates a set, in an order that changes with
    the process's hash seed, and the force layout depends on the order."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(net))
    simple.add_edges_from(sorted((min(s, o), max(s, o)) for s, o in net.edges() if s != o))
    return simple


def _by_rank(simple: nx.Graph, nodes) -> list[str]:
    """Most connected first, ties by IRI."""
    return sorted(nodes, key=lambda n: (-simple.degree(n), n))


def _grow(simple: nx.Graph, placed: dict[str, np.ndarray], members: list[str]) -> dict[str, np.ndarray]:
    """Place every unplaced member near the placed neighbour it is first reached from
    (breadth first, most connected first), on a sunflower spiral around it: linear
    in the links."""
    positions = dict(placed)
    children: dict[str, int] = {}
    queue = deque(_by_rank(simple, [n for n in members if n in positions]))
    while queue:
        parent = queue.popleft()
        for child in _by_rank(simple, (c for c in simple[parent] if c not in positions)):
            k = children.get(parent, 0)
            children[parent] = k + 1
            angle = k * _GOLDEN_ANGLE
            # a child with neighbours of its own goes beyond its parent's disc, with room for its own
            own = simple.degree(child) - 1
            distance = 90.0 + 70.0 * math.sqrt(k) + (70.0 * (math.sqrt(simple.degree(parent)) + math.sqrt(own))
                                                    if own > 1 else 0.0)
            positions[child] = positions[parent] + distance * np.array([math.cos(angle), math.sin(angle)])
            queue.append(child)
    return positions


def _component_layout(simple: nx.Graph, members: list[str]) -> dict[str, np.ndarray]:
    """One linked component: its most connected entities by force, the rest grown
    around them; the result starts at (0, 0)."""
    ranked = _by_rank(simple, members)
    if len(members) <= _SMALL_COMPONENT:  # a star or a short chain: grown from its hub
        seeds = {ranked[0]: np.zeros(2)}
    else:
        core = ranked[:_CORE_SIZE]
        sub = nx.spring_layout(_simple(simple.subgraph(core)), k=1.2 / math.sqrt(len(core)), seed=7, iterations=100)
        # room for the disc each core entity's other neighbours will take around it
        room = math.sqrt(sum((90.0 + 70.0 * math.sqrt(simple.degree(n))) ** 2 for n in core))
        seeds = {n: np.asarray(sub[n]) * max(110.0 * math.sqrt(len(core)), room) for n in core}
    positions = _grow(simple, seeds, members)
    low = np.min(np.array(list(positions.values())), axis=0)
    return {n: p - low for n, p in positions.items()}


def _packed_components(simple: nx.Graph, nodes: list[str]) -> dict[str, np.ndarray]:
    """Each linked component laid out (see :func:`_component_layout`), packed in
    shelves about as wide as a screen is for the whole area they take."""
    parts = sorted((sorted(c) for c in nx.connected_components(simple.subgraph(nodes))), key=lambda c: (-len(c), c))
    laid = [_component_layout(simple, members) for members in parts]
    extents = [np.max(np.array(list(local.values())), axis=0) + 120 for local in laid]
    area = sum(float(e[0] * e[1]) for e in extents)
    width = max(_SHELF_WIDTH, math.sqrt(area * 1.6), max((float(e[0]) for e in extents), default=0.0))
    positions: dict[str, np.ndarray] = {}
    x = y = shelf_height = 0.0
    for local, extent in zip(laid, extents):
        if x + extent[0] > width and x > 0:
            x, y, shelf_height = 0.0, y + shelf_height, 0.0
        for n, p in local.items():
            positions[n] = p + np.array([x + 60, y + 60])
        x += extent[0]
        shelf_height = max(shelf_height, extent[1])
    return positions


MAP_SCALE = 220.0  # map pixels per degree of latitude
_COUNTY_MAP_PROVINCES = 4  # more provinces than this: prefecture boundaries only (a lighter page)
_JITTER = 24.0  # pixels between things set around one place on the map


@dataclass(frozen=True)
class MapFrame:
    """The map of a page: the provinces it draws (two-digit codes), its extent in degrees
    and an equirectangular projection to pixels centred on that extent."""

    provinces: tuple[str, ...]
    west: float
    east: float
    south: float
    north: float

    @property
    def _x_scale(self) -> float:
        return MAP_SCALE * math.cos(math.radians((self.south + self.north) / 2))

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        """Pixels (x right, y down) of a longitude and latitude."""
        return ((lon - (self.west + self.east) / 2) * self._x_scale, -(lat - (self.south + self.north) / 2) * MAP_SCALE)

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    @property
    def km_per_pixel(self) -> float:
        """Kilometres per map pixel (one degree of latitude is 111.2 km)."""
        return 111.2 / MAP_SCALE

    def boundaries(self) -> dict[str, list[list]]:
        """The boundary rings the page draws, projected: ``{"county": [[code, [x, y, x, y …]], …],
        "prefecture": …}`` (counties only when the map holds a few provinces)."""
        levels = ("county", "prefecture") if len(self.provinces) <= _COUNTY_MAP_PROVINCES else ("prefecture",)
        drawn: dict[str, list[list]] = {"county": [], "prefecture": []}
        for level in levels:
            for province in self.provinces:
                for code, rings in boundaries(province)[level].items():
                    for ring in rings:
                        flat = [round(v, 1) for lon, lat in ring for v in self.project(lon, lat)]
                        drawn[level].append([code, flat])
        return drawn


def _map_provinces(net: nx.MultiDiGraph) -> tuple[str, ...]:
    """The provinces a page's map draws: those of the reports' jurisdictions, else the
    province most of the coded places lie in."""
    reports = {r["code"][:2] for r in net.graph.get("reports", []) if r.get("code")}
    if reports:
        return tuple(sorted(reports))
    counts = Counter(d["code"][:2] for _, d in net.nodes(data=True) if d.get("code"))
    return (min(counts, key=lambda c: (-counts[c], c)),) if counts else ()


def map_frame(net: nx.MultiDiGraph) -> MapFrame | None:
    """The map of a network's page, or None when no province with boundaries is known."""
    provinces = _map_provinces(net)
    points = [point for province in provinces for rings in boundaries(province)["county"].values()
              for ring in rings for point in ring]
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return MapFrame(provinces, min(lons), max(lons), min(lats), max(lats))


def _geo_layout(net: nx.MultiDiGraph, frame: MapFrame) -> dict[str, tuple[float, float]]:
    """Map positions: a place with coordinates inside the map at them; then, round by round
    outwards, whatever lies in or connects placed things (a road between its ends, a project
    or a town jittered around its place on a sunflower spiral).  What reaches no place on the
    map has no position.  Linear in the links."""
    positions = {n: frame.project(*d["coords"]) for n, d in sorted(net.nodes(data=True))
                 if d.get("coords") and frame.contains(*d["coords"])}
    around: Counter = Counter()
    frontier = sorted(positions)
    while frontier:
        reached = sorted({s for target in frontier for s, _, k in net.in_edges(target, keys=True)
                          if k in PLACING and s not in positions})
        for node in reached:
            ends = [positions[o] for o in sorted({o for _, o, k in net.out_edges(node, keys=True) if k in PLACING})
                    if o in positions]
            if net.nodes[node]["cls"] in ("Road", "Railway") and len(ends) > 1:
                anchor = (sum(p[0] for p in ends) / len(ends), sum(p[1] for p in ends) / len(ends))
            else:
                anchor = ends[0]
            k = around[anchor]
            around[anchor] += 1
            radius = _JITTER * math.sqrt(k + 1)
            positions[node] = (anchor[0] + radius * math.cos(k * _GOLDEN_ANGLE),
                               anchor[1] + radius * math.sin(k * _GOLDEN_ANGLE))
        frontier = reached
    return positions


def _rounded(nodes: list[str], arr) -> dict[str, tuple[float, float] | None]:
    return {n: None if p is None else (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in zip(nodes, arr)}


def layouts(net: nx.MultiDiGraph, geo: bool = True) -> dict[str, dict[str, tuple[float, float] | None]]:
    """Two deterministic layouts in pixels, in near-linear time.

    ``force``: linked entities component by component (see
    :func:`_component_layout`), unlinked ones in a grid below.  ``geo``: the map
    (see :func:`_geo_layout`); None for an entity the map cannot place (``geo=False``,
    or no map: every entity None).
    """
    simple = _simple(net)
    nodes = sorted(simple)
    if not nodes:
        return {"force": {}, "geo": {}}
    deg = degrees(net)
    linked = [n for n in nodes if simple.degree(n) > 0]
    alone = [n for n in nodes if simple.degree(n) == 0]
    radii = np.array([_label_radius(net.nodes[n]["label"], _node_size(deg[n])) for n in linked])
    force = _packed_components(simple, linked)
    if linked:
        force.update(zip(linked, _separate(np.array([force[n] for n in linked]), radii, np.ones(len(linked)))))
    bottom = max((p[1] for p in force.values()), default=0.0) + 120
    right = max((p[0] for p in force.values()), default=0.0)
    force.update(_grid(alone, net, (0.0, bottom), max(_SHELF_WIDTH, right)))
    frame = map_frame(net) if geo else None
    on_map = _geo_layout(net, frame) if frame else {}
    return {"force": _rounded(nodes, [force[n] for n in nodes]), "geo": _rounded(nodes, [on_map.get(n) for n in nodes])}


def _node_size(degree: int) -> float:
    return 10 + 5 * math.sqrt(degree)


class _Sentences:
    """The sentences the page shows, each once: [report index, sentence index,
    orientation, text]; entities and links refer to them by position."""

    def __init__(self, report_index: dict[str, int]):
        self.report_index = report_index
        self.rows: list[list] = []
        self.seen: dict[tuple[str, int], int] = {}

    def ref(self, info: tuple) -> int:
        """The position of one sentence (a sentence-info tuple of the network)."""
        key = (info[3], info[0])
        if key not in self.seen:
            self.seen[key] = len(self.rows)
            self.rows.append([self.report_index.get(info[3], -1), info[0], info[2], info[1]])
        return self.seen[key]


def _catalogue(net: nx.MultiDiGraph) -> list[dict]:
    """The reports, from the network (or, for a hand-made network, from its sentences)."""
    if net.graph.get("reports"):
        return net.graph["reports"]
    ids = sorted({s[3] for _, d in net.nodes(data=True) for s in d["sentences"]})
    return [{"id": r, "title": r, "year": None, "place": "", "code": ""} for r in ids]


def _report_layouts(net: nx.MultiDiGraph, catalogue: list[dict], index: dict[str, int]) -> list[list]:
    """For each report, a layout of the entities it mentions alone ([entity index, x, y]
    rows), so that one report at a time reads as a whole; the cost is linear in the
    mentions of the corpus.  A graph of one report needs none."""
    if len(catalogue) < 2:
        return [[] for _ in catalogue]
    members: dict[str, list[str]] = {r["id"]: [] for r in catalogue}
    for n, d in net.nodes(data=True):
        for r in d.get("reports") or sorted({s[3] for s in d["sentences"]}):
            if r in members:
                members[r].append(n)
    result = []
    for r in catalogue:
        placed = layouts(net.subgraph(members[r["id"]]), geo=False)["force"]
        result.append([[index[n], x, y] for n, (x, y) in sorted(placed.items(), key=lambda kv: index[kv[0]])])
    return result


def _entity_timeline(d: dict, sentences: _Sentences) -> list[list]:
    """[report index, [sentence refs], [[year, status, 中文, verb, sentence ref]]] per report, by report."""
    by_report: dict[int, list] = {}
    for info in sorted(d["sentences"], key=lambda s: (sentences.report_index.get(s[3], -1), s[0])):
        by_report.setdefault(sentences.report_index.get(info[3], -1), [[], []])[0].append(sentences.ref(info))
    for year, status, zh, verb, info in d.get("statuses", []):
        by_report.setdefault(sentences.report_index.get(info[3], -1), [[], []])[1].append(
            [year, status, zh, verb, sentences.ref(info)])
    return [[r, refs, statuses] for r, (refs, statuses) in sorted(by_report.items())]


def _place_codes(net: nx.MultiDiGraph) -> dict[str, str]:
    """The places a planner can choose, with their codes: divisions, towns named so (code ""
    when the town table does not place them) and localities that are towns by the table
    (怀头他拉 for 怀头他拉镇, once linked to its county)."""
    found = {}
    for n, d in net.nodes(data=True):
        if d["core"] != "Place":
            continue
        code = d["code"] or _town_code(net, n)
        if code or d["cls"] == "Town":
            found[n] = code
    return found


def _home_place(net: nx.MultiDiGraph, node: str, places: dict[str, str]) -> str | None:
    """The first division an entity lies in or reaches (itself, for a division), breadth
    first along ``locatedIn`` and ``connects``; None when it reaches none."""
    seen, frontier = {node}, [node]
    while frontier:
        for n in frontier:
            if n in places:
                return n
        following = []
        for n in frontier:
            for o in sorted({o for _, o, k in net.out_edges(n, keys=True) if k in PLACING}):
                if o not in seen:
                    seen.add(o)
                    following.append(o)
        frontier = following
    return None


# Links out of what reaches a place that bring in who runs it and what it serves.
_MEMBER_LINKS = ("operatedBy", "supports")
# Links into a place from programmes and plans carried out there or covering it.
_PLACE_LINKS = ("implementedIn", "covers")


def _division_members(net: nx.MultiDiGraph, places: dict[str, str], index: dict[str, int],
                      link_index: dict[tuple, int]) -> list[dict]:
    """For each division of the network, what belongs to it: everything that reaches it
    through locatedIn and connects (:func:`kg.analytics.reaching`), the enterprises that
    run and the programmes that those serve, and the programmes carried out or plans
    covering it; each member with its chain as link indices.  Divisions in code order."""
    result = []
    chosen = sorted(places, key=lambda n: (places[n] or "~", net.nodes[n]["label"], n))
    for place in chosen:
        chains = {n: [link_index[link] for link in chain] for n, chain in reaching(net, place).items()}
        for s, _, k in sorted(net.in_edges(place, keys=True)):
            if k in _PLACE_LINKS and s not in chains:
                chains[s] = [link_index[(s, k, place)]]
        for member in sorted(chains):
            for _, o, k in sorted(net.out_edges(member, keys=True)):
                if k in _MEMBER_LINKS and o not in chains and o != place:
                    chains[o] = [link_index[(member, k, o)], *chains[member]]
        result.append({"k": index[place], "m": [[index[n], chain] for n, chain in sorted(chains.items(), key=lambda kv: index[kv[0]])]})
    return result


def _town_code(net: nx.MultiDiGraph, node: str) -> str:
    """The 9-digit code of a town linked to its county (宗加镇 -> 632822103), or ""."""
    counties = {net.nodes[o]["code"] for _, o, k in net.out_edges(node, keys=True) if k == "locatedIn"}
    found = [t.code for t in towns_named(net.nodes[node]["label"]) if t.county_code in counties]
    return found[0] if len(found) == 1 else ""


def _status_fields(d: dict) -> dict:
    """The latest status (year, status, Chinese) and every year a status is read for."""
    statuses = d.get("statuses") or []
    if not statuses:
        return {}
    year, status, zh = max(statuses, key=lambda st: (st[0], st[4][3], st[4][0]))[:3]
    return {"st": [year, status, zh], "yrs": sorted({st[0] for st in statuses if st[0]})}


def network_data(net: nx.MultiDiGraph, report_href: str = "report.html", overview: int = OVERVIEW_SIZE) -> dict:
    """What the page needs, as plain JSON data: reports, entities with positions and
    timelines, links, the sentences they cite, the legend and the overview order."""
    deg = degrees(net)
    community = communities(net)
    positions = layouts(net)
    places = _place_codes(net)
    catalogue = _catalogue(net)
    report_index = {r["id"]: k for k, r in enumerate(catalogue)}
    sentences = _Sentences(report_index)
    nodes = []
    for n in sorted(net):
        d = net.nodes[n]
        node = {"id": n, "label": d["label"], "core": d["core"], "cls": d["cls"], "deg": deg[n],
                "com": community[n], "x": positions["force"][n][0], "y": positions["force"][n][1],
                "g": positions["geo"][n], "tl": _entity_timeline(d, sentences), **_status_fields(d)}
        node["reps"] = [entry[0] for entry in node["tl"]]
        if d["aliases"]:
            node["aliases"] = d["aliases"]
        if places.get(n):
            node["code"] = places[n]
        nodes.append(node)
    index = {node["id"]: k for k, node in enumerate(nodes)}
    links = []
    for s, o, d in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        links.append({"from": index[s], "to": index[o], "rel": d["relation"], "label": d["label"],
                      "s": sentences.ref(d["sentences"][0]) if d["sentences"] else -1})
    link_index = {(N["id"], l["rel"], nodes[l["to"]]["id"]): k for k, l in enumerate(links) for N in (nodes[l["from"]],)}
    for node in nodes:
        home = _home_place(net, node["id"], places)
        if home is not None:
            node["place"] = index[home]
    frame = map_frame(net)
    by_report = _report_layouts(net, catalogue, index)
    order = sorted(range(len(nodes)), key=lambda k: (-nodes[k]["deg"], -len(nodes[k]["reps"]),
                                                     -len(net.nodes[nodes[k]["id"]]["sentences"]), nodes[k]["id"]))
    return {
        "reports": [{"id": r["id"], "title": r["title"], "year": r["year"], "place": r["place"]} for r in catalogue],
        "nodes": nodes, "links": links, "sentences": sentences.rows, "order": order, "reportLayouts": by_report,
        "overview": overview,
        "legend": [{"core": c, "name": zh, "color": col, "shape": sh} for c, (zh, col, sh) in CLASS_STYLES.items()],
        "communityColors": COMMUNITY_COLOURS, "reportHref": report_href,
        "divisions": _division_members(net, places, index, link_index),
        "map": {"boundaries": frame.boundaries(), "kmPerPixel": frame.km_per_pixel} if frame else None,
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


def _fill(template: str, values: dict[str, str]) -> str:
    """Put each value in place of its placeholder, in one pass: text that a value
    brings (a title naming a placeholder) is never replaced again."""
    pattern = re.compile("|".join(re.escape(k) for k in values))
    return pattern.sub(lambda m: values[m.group(0)], template)


def render_html(net: nx.MultiDiGraph, title: str, report_href: str = "report.html",
                overview: int = OVERVIEW_SIZE) -> str:
    """The whole page, as a string; write it with UTF-8.  ``overview``: how many
    entities (the most connected of the chosen reports) are drawn at first."""
    script, css = _vis_assets()
    data = network_data(net, report_href, overview)
    template = (Path(__file__).parent / "data" / "view" / "network.html").read_text(encoding="utf-8")
    return _fill(template, {"/*VIS_CSS*/": css, "/*VIS_JS*/": script.replace("</script", "<\\/script"),
                            "__TITLE__": html.escape(title), "/*GRAPH_DATA*/": _json_for_script(data)})
