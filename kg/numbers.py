"""Numbers: indicators and their observations, each with its sentence.

The genre states its numbers in a few fixed shapes::

    全年实现地区生产总值增长7.5%                     growth rate, actual (review)
    地区生产总值增长7%左右                           growth rate, target (plan), approximately
    地方公共财政预算收入下降9.1%                     growth rate -9.1
    全体居民人均可支配收入28732元、增长8.3%          a level and a growth rate
    城镇登记失业率控制在3.5%以内                     a rate, at most
    德令哈市和格尔木市空气质量优良率分别为92.3%、91.4%  one value per place
    签约资金和到位资金分别达到375亿元、166亿元以上    one value per indicator

Indicators and their wordings come from ``data/lexicon/zh/indicators.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .facts import Observation
from .lexicon import table
from .relations import Placed
from .structure import Sentence

__all__ = ["Indicator", "indicators", "sentence_observations", "plant_capacity"]

_NUMBER = re.compile(
    r"(增长|下降|提高|降低|增速达到|增速达|增速为|达到|达|为|控制在|突破|实现|完成|超过)?"
    r"(-?\d+(?:\.\d+)?)"
    r"(个百分点|%|％|亿元|万元|元|万人次|万人|人次|万千瓦时|亿千瓦时|万千瓦|千瓦|万吨|吨|万亩|亩|个|户|家|项|座|公里|套)"
    r"(左右|以上|以内|以下)?"
)
_GROWTH = {"增长", "下降", "提高", "降低", "增速达到", "增速达", "增速为"}
_NEGATIVE = {"下降", "降低"}
_QUALIFIER = {"左右": "Approximately", "以上": "AtLeast", "以内": "AtMost", "以下": "AtMost", "突破": "AtLeast",
              "超过": "AtLeast"}
_JOINERS = re.compile(r"^[和、及与]$")
_LOOKAHEAD = 24


@dataclass(frozen=True)
class Indicator:
    """A measured quantity: ASCII id, label and every wording that names it."""

    id: str
    label: str
    names: tuple[str, ...]
    kind: str


@lru_cache(maxsize=None)
def indicators() -> tuple[Indicator, ...]:
    return tuple(Indicator(i, names.split("|")[0], tuple(names.split("|")), kind)
                 for i, names, kind in table("indicators"))


@lru_cache(maxsize=None)
def _indicator_pattern() -> tuple[re.Pattern[str], dict[str, Indicator]]:
    by_name = {name: ind for ind in indicators() for name in ind.names}
    alternation = "|".join(re.escape(n) for n in sorted(by_name, key=lambda n: (-len(n), n)))
    return re.compile(alternation), by_name


def sentence_observations(sentence: Sentence, placed: list[Placed]) -> Iterator[Observation]:
    """Every indicator value the sentence states, with year, status and qualifier."""
    pattern, by_name = _indicator_pattern()
    text = sentence.text
    found = list(pattern.finditer(text))
    groups: list[list[re.Match[str]]] = []
    for match in found:
        if groups and _JOINERS.match(text[groups[-1][-1].end():match.start()] or "x"):
            groups[-1].append(match)
        else:
            groups.append([match])
    for g, group in enumerate(groups):
        segment_end = groups[g + 1][0].start() if g + 1 < len(groups) else len(text)
        values = list(_values(text, group[-1].end(), segment_end))
        if not values:
            continue
        places = _places_before(sentence, placed, group[0].start())
        first = by_name[group[0].group(0)]
        if len(group) > 1 and len(values) == len(group):
            pairs = [(by_name[m.group(0)], m, v, "") for m, v in zip(group, values)]
        elif len(places) > 1 and len(values) == len(places):
            pairs = [(first, group[0], v, p.key) for v, p in zip(values, places)]
        else:
            pairs = [(first, group[0], v, p.key if p else "") for v in values for p in (places or [None])]
        for indicator, match, value, place in pairs:
            yield _observation(sentence, indicator, match, value, place)


# A level followed by its growth in the next clause: 地区生产总值完成235.2亿元，同比增长18.5%.
_GROWTH_CLAUSE = re.compile(r"^[，,、](?:同比|比上年)?$")


def _values(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The numbers after an indicator, up to the clause that holds the first of them, and
    the other half of a level and its growth when the next clause gives it
    (``完成235.2亿元，同比增长18.5%``, ``增长22%，达到120亿元``; not ``，年均增长``, a rate over
    several years)."""
    seen_end, first_growth = None, False
    for match in _NUMBER.finditer(text, start, min(end, start + _LOOKAHEAD)):
        between = text[seen_end if seen_end is not None else start:match.start()]
        if seen_end is not None and _GROWTH_CLAUSE.match(between) and _other_kind(match, first_growth):
            yield match
            break
        if re.search(r"[；。]", between) or seen_end is not None and "，" in between:
            break
        if seen_end is None:
            first_growth = match.group(1) in _GROWTH
        seen_end = match.end()
        yield match


def _other_kind(match: re.Match[str], first_growth: bool) -> bool:
    """Whether a number in the clause after the first is its other half: the growth of a
    level (，同比增长18.5%), or the level a growth reaches (增长22%，达到120亿元)."""
    if first_growth:
        return match.group(1) in ("达到", "达") and match.group(3) not in ("%", "％", "个百分点")
    return match.group(1) in _GROWTH


def _places_before(sentence: Sentence, placed: list[Placed], local_start: int) -> list[Placed]:
    """Places named right before an indicator, joined by 和 or 、 (德令哈市和格尔木市空气质量…)."""
    result: list[Placed] = []
    cursor = sentence.start + local_start
    for p in sorted((p for p in placed if p.core == "Place" and p.mention.end <= cursor),
                    key=lambda p: -p.mention.end):
        gap = sentence.text[p.mention.end - sentence.start:cursor - sentence.start]
        if gap and not _JOINERS.match(gap):
            break
        result.insert(0, p)
        cursor = p.mention.start
    return result


def _observation(sentence: Sentence, indicator: Indicator, name: re.Match[str], number: re.Match[str],
                 place: str) -> Observation:
    verb, value, unit, qualifier = number.group(1) or "", number.group(2), number.group(3), number.group(4) or ""
    if unit == "％":
        unit = "%"
    if verb in _GROWTH:
        measure = "GrowthRate"
    elif unit == "%" or indicator.kind == "rate":
        measure = "Ratio"
    else:
        measure = "Level"
    if verb in _NEGATIVE and not value.startswith("-"):
        value = "-" + value
    qualifier_name = _QUALIFIER.get(qualifier) or _QUALIFIER.get(verb) or "Exactly"
    status = "Actual" if sentence.tense in ("past", "present") else "Target"
    start, end = sentence.start + name.start(), sentence.start + number.end()
    return Observation(
        indicator=indicator.id, indicator_label=indicator.label, year=sentence.year, value=value, unit=unit,
        measure=measure, status=status, qualifier=qualifier_name, report_id=sentence.report_id,
        sentence_index=sentence.index, start=start, end=end, source_text=sentence.text[name.start():number.end()],
        place=place,
    )


_CAPACITY = re.compile(r"(\d+(?:\.\d+)?)(万吨|吨|万千瓦|千瓦|兆瓦|台|套|辆)([\u4e00-\u9fff]+?)(一期|二期|三期|四期)?$")


def plant_capacity(sentence: Sentence, plant: Placed) -> tuple[Observation, str] | None:
    """A plant's capacity and product, read from its name.

    ``锦泰锂业7000吨碳酸锂二期`` -> 7000 吨 of 碳酸锂.
    """
    surface = plant.mention.surface
    match = _CAPACITY.search(surface)
    if match is None or plant.cls != "IndustrialProject":
        return None
    start = plant.mention.start + match.start()
    observation = Observation(
        indicator="production_capacity", indicator_label="产能", year=sentence.year, value=match.group(1),
        unit=match.group(2), measure="Level", status="Actual" if sentence.tense == "past" else "Target",
        qualifier="Exactly", report_id=sentence.report_id, sentence_index=sentence.index,
        start=start, end=plant.mention.end, source_text=surface[match.start():], subject=plant.key,
    )
    return observation, match.group(3)
