"""The jurisdiction a report speaks for: the division named in its title or date line.

``2026年某某省政府工作报告`` names a province; ``——2019年3月4日在某某市某某区第十五届人民代表大会
第三次会议上`` names a district and its city.  Names are looked up among the official names,
the derived short forms and the aliases of the GB/T 2260 divisions (``kg.reference``); no
name is typed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import table
from .reference import Division, division_aliases, division_by_code, divisions

__all__ = ["Jurisdiction", "find_jurisdiction", "divisions_named_in", "NATIONAL"]

NATIONAL = "national"


@dataclass(frozen=True)
class Jurisdiction:
    """The body a report speaks for: a division (``code`` set) or the whole country (``level`` national)."""

    name: str
    code: str | None
    level: str


@lru_cache(maxsize=None)
def _name_index() -> dict[str, tuple[str, ...]]:
    """Name -> codes of the divisions that bear it (official names, short forms, aliases)."""
    index: dict[str, set[str]] = {}
    for d in divisions():
        for name in (d.name, *d.short_names):
            index.setdefault(name, set()).add(d.code)
    for alias, code in division_aliases().items():
        index.setdefault(alias, set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in index.items()}


@lru_cache(maxsize=None)
def _longest_name() -> int:
    return max(len(n) for n in _name_index())


def divisions_named_in(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The division names in a line, longest match first at each position, left to right.

    >>> [n for n, _ in divisions_named_in("——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会上")]
    ['呼伦贝尔市', '海拉尔区']
    """
    index = _name_index()
    found = []
    i = 0
    while i < len(text):
        for length in range(min(_longest_name(), len(text) - i), 1, -1):
            name = text[i:i + length]
            if name in index:
                found.append((name, index[name]))
                i += length
                break
        else:
            i += 1
    return found


def _is_ancestor(ancestor: str, code: str) -> bool:
    """Whether division ``ancestor`` contains division ``code`` (by the GB/T 2260 code prefixes)."""
    d = division_by_code()[code]
    while d.parent_code is not None:
        if d.parent_code == ancestor:
            return True
        parent = division_by_code().get(d.parent_code)
        if parent is None:
            return d.parent_code[:2] + "0000" == ancestor
        d = parent
    return False


def _choose(candidates: tuple[str, ...], context: set[str]) -> str | None:
    """One code among the divisions sharing a name.

    A name shared by a municipality and its prefecture-level twin (北京市 110000 and 110100)
    is the higher one; a name shared by unrelated divisions (two 朝阳区) is kept only when
    another division named beside it contains exactly one of them.
    """
    if len(candidates) == 1:
        return candidates[0]
    top = [c for c in candidates if not any(_is_ancestor(o, c) for o in candidates if o != c)]
    if len(top) == 1:
        return top[0]
    inside = [c for c in top if any(_is_ancestor(o, c) for o in context)]
    return inside[0] if len(inside) == 1 else None


def _most_specific(codes: list[str]) -> str | None:
    """The division that every other named division contains (海拉尔区 in 呼伦贝尔市海拉尔区)."""
    for code in sorted(set(codes), key=lambda c: (-_depth(c), c)):
        if all(o == code or _is_ancestor(o, code) for o in codes):
            return code
    return None


def _depth(code: str) -> int:
    return {"province": 0, "prefecture": 1, "county": 2}[division_by_code()[code].level]


def _national_words() -> tuple[tuple[str, str], ...]:
    """(word of the date line, name recorded) pairs for the national congress."""
    return tuple((row[1], row[2]) for row in table("report_frame") if row[0] == "national")


def find_jurisdiction(*lines: str) -> Jurisdiction | None:
    """The jurisdiction named in the title and date line, the most specific division first.

    ``——某年某月某日在第十三届全国人民代表大会第四次会议上`` is the national report.
    """
    for line in lines:
        for word, name in _national_words():
            if word in line:
                return Jurisdiction(name, None, NATIONAL)
    for line in lines:
        named = divisions_named_in(line)
        if not named:
            continue
        unique = {codes[0] for _, codes in named if len(codes) == 1}
        chosen = [c for _, codes in named if (c := _choose(codes, unique)) is not None]
        code = _most_specific(chosen) if chosen else None
        if code is not None:
            d: Division = division_by_code()[code]
            return Jurisdiction(d.name, d.code, d.level)
    return None
