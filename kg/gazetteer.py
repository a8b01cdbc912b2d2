"""The gazetteer: divisions of China with their GB/T 2260 codes, and well-known
geographic features, found by name in a report.

Official names are always usable; short forms where they are unambiguous (or at
home, for county short forms); a hit that cuts a longer word of the tagger is no
mention.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .facts import Candidate
from .lexicon import ending_class, table as lexicon_table
from .reading import Report
from .reference import (
    LEVEL_CLASS, Division, countries, division_aliases, division_by_code, division_names, divisions, features,
    TOWN_LEVELS, international_names, province_customary_names, state_body_names, towns_named, village_towns,
)
from .rules import (LEVEL_CHARACTERS, NOUN_TAGS, SECTION_ENDING, VILLAGE_ENDING, a_conjunction_and_body, a_direction,
                    declare_rule, has_name_ending, is_common_word, is_generic, is_modifying_word)
from .spans import annex_test, doc_text, write_candidates
from .tagger import Word

__all__ = ["gazetteer_entries", "home_prefectures", "inside_longer_word", "gazetteer_candidates"]


@lru_cache(maxsize=64)
def gazetteer_entries(home: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Surface -> (class, code) for every division name and feature name usable in a report.

    Official names are always usable; short forms of provinces and prefectures
    when one province or prefecture has them (安阳 is 安阳市, not 安阳县); short
    forms of county-level units only inside the report's home province or
    prefecture (``home`` holds their codes; a city's districts only inside its prefecture), and never when the short form is a
    common word (乌兰 is a county of 海西 in a Haixi report, but only a word
    elsewhere); nor is the official name of such a unit usable away from home. A unit whose
    whole name is a word of the language (城区, 郊区) is read only in its own prefecture. In the
    home province its customary name is the province (龙江 for 黑龙江, not the county 龙江县).
    """
    entries: dict[str, tuple[str, str]] = {}
    table = _division_table()
    # a prefecture's or county's report: another city's district (新城区 of the provincial capital)
    # is no home name of it, however common its name elsewhere in the province
    below_province = any(not code.endswith("0000") for code in home)
    for name, found in table.by_name.items():
        at_home = [d for d in found if not home.isdisjoint(table.home_keys[d.code])
                   and not (((below_province and _is_district(d)) or _named_by_a_word(d))
                            and not _in_home_prefecture(d, home))]
        if len(found) == 1 or at_home:
            chosen = (at_home or found)[0]
            if at_home or table.usable_anywhere[name]:
                entries[name] = (LEVEL_CLASS[chosen.level], chosen.code)
    for short, found in table.by_short.items():
        if short in entries or short in table.only_words:
            continue
        wide = table.wide[short]
        at_home = _short_forms_at_home(found, home, table)
        chosen = wide[0] if len(wide) == 1 else at_home[0] if len(at_home) == 1 and not wide else None
        if chosen is not None:
            entries[short] = (LEVEL_CLASS[chosen.level], chosen.code)
    for alias, code in division_aliases().items():
        division = division_by_code()[code]
        entries[alias] = (LEVEL_CLASS[division.level], code)
    for province in {code[:2] for code in home}:
        for name in province_customary_names(frozenset({province})):
            if not any(d.prefecture_code in home for d in table.by_short.get(name, ())):
                entries[name] = (LEVEL_CLASS["province"], province + "0000")  # 龙江 in 黑龙江's reports: the
                # province, but for the county 龙江县 in the report of its own prefecture (齐齐哈尔)
    for feature in features():
        for name in (feature.name, *feature.aliases):
            entries.setdefault(name, (feature.kind, ""))
    for name in _country_names():
        entries.setdefault(name, ("Country", ""))
    for name, (cls, _) in (*international_names().items(), *state_body_names().items()):
        entries.setdefault(name, (cls, ""))
    return entries


def _short_forms_at_home(found: list[Division], home: frozenset[str], table: _DivisionTable) -> list[Division]:
    """The divisions of a short form that are at home: in the home province or prefecture, a
    city's district only in its own prefecture."""
    return [d for d in found if not home.isdisjoint(table.home_keys[d.code])
            and (not _is_district(d) or _in_home_prefecture(d, home))]


@lru_cache(maxsize=64)
def tagger_confirmed_entries(home: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Short form -> (class, code) of the home's county-level units whose short form jieba's
    dictionary holds as a common word (房山, 顺义, 平谷 of 北京), and of the home province's city
    districts read outside their prefecture (文登 in a province's report; never one named like a
    landform, 西湖): a mention only where the learned tagger reads that very span as a place
    (``房山|LOC 发展良好``), never inside a word of the language it also is."""
    table = _division_table()
    entries = {}
    for short in table.only_words:
        found = table.by_short[short]
        at_home = _short_forms_at_home(found, home, table)
        if len(at_home) == 1 and not is_generic(short):
            entries[short] = (LEVEL_CLASS[at_home[0].level], at_home[0].code)
    usable = gazetteer_entries(home)
    provinces = {code[:2] for code in home}
    for short, found in table.by_short.items():
        in_province = [d for d in found if d.code[:2] in provinces]
        if (len(in_province) == 1 and _is_district(in_province[0]) and short not in usable and short not in entries
                and not table.wide[short] and not is_generic(short) and not ending_class(short, "place_suffixes")):
            entries[short] = (LEVEL_CLASS[in_province[0].level], in_province[0].code)  # 文登 of a province's report
    return entries


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    """Names of countries usable in a report: not one inside a division's name (蒙古 of
    内蒙古, where 蒙古国 is the country) nor a common word of the language."""
    inside = "|".join(division_names())
    return tuple(sorted(n for c in countries() for n in c.names if n not in inside and not is_common_word(n)))


class _DivisionTable(NamedTuple):
    """What :func:`gazetteer_entries` reads of the divisions whatever the home, in the order of
    :func:`~kg.reference.divisions`."""

    by_name: dict[str, list[Division]]
    by_short: dict[str, list[Division]]
    home_keys: dict[str, frozenset[str]]  # code -> the codes that put a division at home
    usable_anywhere: dict[str, bool]  # an official name usable away from home, if only one division has it
    wide: dict[str, list[Division]]  # short name -> the provinces and prefectures that have it
    only_words: frozenset[str]  # short names of county-level units only, that are generic or common words


@lru_cache(maxsize=1)
def _division_table() -> _DivisionTable:
    """The home-independent part of :func:`gazetteer_entries`, read once per process."""
    by_name: dict[str, list[Division]] = defaultdict(list)
    by_short: dict[str, list[Division]] = defaultdict(list)
    for division in divisions():
        by_name[division.name].append(division)
        for short in division.short_names:
            by_short[short].append(division)
    wide = {short: [d for d in found if d.level in ("province", "prefecture")] for short, found in by_short.items()}
    return _DivisionTable(
        by_name=by_name, by_short=by_short,
        home_keys={d.code: frozenset(k for k in (d.prefecture_code, d.code[:2] + "0000", d.code) if k)
                   for d in divisions()},
        usable_anywhere={name: len(name) >= 3 and (not _common_stem(found[0]) or name.endswith(_COUNTY_ENDINGS))
                         for name, found in by_name.items()},
        wide=wide,
        only_words=frozenset(short for short in by_short  # 大兴 of 大兴调查研究之风: a word that sorts a noun
                             if not wide[short] and (is_generic(short) or is_common_word(short) or is_modifying_word(short))))


# A county's or banner's official name, whatever word its stem is (铜鼓县, 万载县): read anywhere,
# unlike a district's or a city's (老城区, 某某城市), which a word of the language may run into.
_COUNTY_ENDINGS = ("县", "旗")


def _common_stem(division: Division) -> bool:
    """True for a county-level unit whose name is a common word and a suffix (老城区:
    the old town of any city, a district only in its own province)."""
    return division.level == "county" and any(is_common_word(short) for short in division.short_names)


def _is_district(division: Division) -> bool:
    """A city's district (市辖区): its short form is most often the landmark it is named
    after (西湖, 钱塘, 青山), so it is read only in its own prefecture's reports."""
    return division.level == "county" and division.name.endswith("区")


def _named_by_a_word(division: Division) -> bool:
    """A county-level unit whose whole name is a word of the language, one character and its
    ending (城区, 郊区, 矿区: parts of any city): read only in its own prefecture's reports."""
    return division.level == "county" and len(division.name) == 2 and is_common_word(division.name)


def _in_home_prefecture(division: Division, home: frozenset[str]) -> bool:
    return division.prefecture_code in home or division.code in home


def home_prefectures(report: Report) -> frozenset[str]:
    """Codes of the report's home: its jurisdiction and the divisions above it, and the
    province and prefectures named in its opening lines."""
    return _home_codes(report.jurisdiction_code, report.text[:300])


@lru_cache(maxsize=64)
def _home_codes(code: str | None, head: str) -> frozenset[str]:
    """:func:`home_prefectures` of a jurisdiction code and the opening lines (every division
    read once per report, not once per component that asks)."""
    found = set()
    if code:
        found.update(c for c in (code, code[:4] + "00", code[:2] + "0000") if c in division_by_code())
    for division in divisions():
        if division.level in ("prefecture", "province") and any(
            n in head for n in (division.name, *(s for s in division.short_names if len(s) >= 3))
        ):
            found.add(division.code)
        elif division.level == "county" and division.name in head and len(division.name) >= 3:
            found.add(division.prefecture_code)
    return frozenset(found)


@lru_cache(maxsize=64)
def _name_lengths(home: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """For each character that opens a usable name, the lengths of those names, longest first."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for name in gazetteer_entries(home):
        lengths[name[0]].add(len(name))
    return {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}


def name_matches(text: str, home: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The usable names in ``text``, left to right, the longest at each place, none overlapping.

    What a regular expression of every name, longest first, finds; without trying thousands of
    alternatives at every character (a tenth of the time).

    >>> list(name_matches("在北京市和上海", frozenset()))
    [(1, 4), (5, 7)]
    """
    entries, lengths = gazetteer_entries(home), _name_lengths(home)
    provinces = {h[:2] for h in home}
    start = 0
    while start < len(text):
        length = _longest_at(text, start, entries, lengths)
        if length and not _home_name_inside(text, start, start + length, entries, lengths, provinces):
            yield start, start + length
            start += length
        else:
            start += 1


def _longest_at(text: str, start: int, entries: dict, lengths: dict) -> int:
    """The length of the longest name at ``start``, or 0."""
    return next((n for n in lengths.get(text[start], ()) if start + n <= len(text) and text[start:start + n] in entries), 0)


def _home_name_inside(text: str, start: int, end: int, entries: dict, lengths: dict, provinces: set[str]) -> bool:
    """True when a far division's name at ``[start, end)`` overlaps a longer name of the home
    province that starts inside it (北海 of 城北海拉尔河 in a report of 海拉尔): the home name wins."""
    if not provinces or entries[text[start:end]][1][:2] in provinces:
        return False
    for inner in range(start + 1, end):
        n = _longest_at(text, inner, entries, lengths)
        if n and inner + n > end and entries[text[inner:inner + n]][1][:2] in provinces:
            return True
    return False


declare_rule("gazetteer", 10)


def gazetteer_candidates(doc: Doc) -> list[Candidate]:
    """Divisions (with their GB/T 2260 codes) and geographic features, by name.

    ``格尔木、德令哈两市CPI涨幅`` yields 格尔木 and 德令哈 (county-level cities of
    the report's home prefecture, 632801 and 632802).  A name inside a longer
    word of the tagger is no mention (长治 in 长治久安, 苏州 in the river 苏州河).
    """
    home = home_prefectures(doc._.report)
    entries = gazetteer_entries(home)
    customary = province_customary_names(frozenset(code[:2] for code in home))
    words = doc._.words or []
    in_annex = annex_test(doc)
    text = doc_text(doc)
    found = []
    for start, end in name_matches(text, home):
        water = _water_named_after(doc, text, start, end)
        if water and not in_annex(start):
            found.append(Candidate(start, end + 1, water, "gazetteer"))  # 某某|河: the river, named after the place
            continue
        if (inside_longer_word(words, text, start, end) or in_annex(start)
                or opens_another_name(words, text, start, end) or a_direction(text, start, end)
                or a_conjunction_and_body(text, start) or _inside_a_named_body(words, text, start, end)
                or _cuts_tokens(doc, start, end) or _a_work_s_title(text, start, end)):
            continue
        cls, code = entries[text[start:end]]
        if (_names_a_namesake(words, text, start, end, code, home) or _opens_with_a_town_s_ending(text, start, home)
                or _after_another_county(found, start, code) or _inside_a_village_s_name(text, start, end, home)
                or (text[start:end] in customary and not any(w.start == start and w.end == end for w in words))):
            continue  # 天府新区, 中原银行: a customary name of the province inside a longer name
        found.append(Candidate(start, end, cls, "gazetteer", code=code))
    return sorted(found + list(_tagger_confirmed(doc, text, words, home, found, in_annex)),
                  key=lambda c: (c.start, c.end))


def _opens_with_a_town_s_ending(text: str, start: int, home: frozenset[str]) -> bool:
    """True when the name's first character ends a town of the home province written before
    it (平乐|镇平|乐村: 镇平 across 平乐镇 and 平乐村 is no county)."""
    provinces = {code[:2] for code in home}
    return text[start] in _ONE_CHARACTER_TOWN_LEVELS and any(
        t.code[:2] in provinces for n in (2, 3, 4) if start >= n for t in towns_named(text[start - n:start + 1]))


def _inside_a_village_s_name(text: str, start: int, end: int, home: frozenset[str]) -> bool:
    """True when the name ends a village of the home province, by the village data, with its 村
    or 嘎查 after it (巴彦淖尔|嘎查, 乌兰柴达木|嘎查): the village's name, no division or feature
    (格尔木市|村"两委" is the city)."""
    village = VILLAGE_ENDING.match(text, end)
    if village is None or text[end - 1] in LEVEL_CHARACTERS:
        return False
    provinces = {code[:2] for code in home}
    return any(village_towns(text[s:village.end()], p) for s in range(max(0, start - 4), start + 1) for p in provinces)


def _after_another_county(found: list[Candidate], start: int, code: str) -> bool:
    """True when a county-level unit's name follows another's with nothing between (偃师|商城遗址,
    the Shang city of 偃师): one county's name runs into a word of the place, no second county
    (a prefecture before its county, 海西州格尔木市, is another matter)."""
    return (bool(found) and found[-1].end == start and _county_level(code) and _county_level(found[-1].code)
            and found[-1].code != code)


def _county_level(code: str) -> bool:
    return len(code) == 6 and not code.endswith("00")


# The characters that close a town's name alone (某某镇, 某某乡).
_ONE_CHARACTER_TOWN_LEVELS = frozenset(level for level in TOWN_LEVELS if len(level) == 1)


def _a_work_s_title(text: str, start: int, end: int) -> bool:
    """True when the name fills a title in 《》 (话剧《某县》): a play or a book named after the
    place, not the place."""
    return start > 0 and text[start - 1] == "《" and text.startswith("》", end)


def _tagger_confirmed(doc: Doc, text: str, words: list[Word], home: frozenset[str], found: list[Candidate],
                      in_annex) -> Iterator[Candidate]:
    """Home units by a short form that is also a common word, where the tagger reads the short
    form, or it and the section after it (平谷|段 of 红庙至平谷段), as a place."""
    confirmed = tagger_confirmed_entries(home)
    taken = [(c.start, c.end) for c in found]
    for word in words:
        surface = text[word.start:word.end]
        short = surface[:-len(SECTION_ENDING)] if surface.endswith(SECTION_ENDING) else surface
        if word.tag != "LOC" or short not in confirmed or in_annex(word.start):
            continue
        end = word.start + len(short)
        if (any(start < end and word.start < stop for start, stop in taken) or _cuts_tokens(doc, word.start, end)
                or _names_a_landform(text, end)):
            continue
        cls, code = confirmed[short]
        yield Candidate(word.start, end, cls, "gazetteer", code=code)


def _names_a_landform(text: str, end: int) -> bool:
    """True when a landform's ending follows the name (江汉|平原, 某某|盆地): the plain or basin
    named after the place, not the unit."""
    return text.startswith(_landform_endings(), end)


@lru_cache(maxsize=1)
def _landform_endings() -> tuple[str, ...]:
    """The place suffixes of two characters or more but 地区 (平原, 盆地, 流域), read once."""
    return tuple(ending for ending, _ in lexicon_table("place_suffixes") if len(ending) > 1 and ending != "地区")


@Language.factory("haixi_gazetteer", default_config={"span_key": "gazetteer"})
def make_gazetteer(nlp: Language, name: str, span_key: str):
    """The gazetteer as a component: writes ``doc.spans[span_key]``."""

    def haixi_gazetteer(doc: Doc) -> Doc:
        write_candidates(doc, span_key, gazetteer_candidates(doc))
        return doc

    return haixi_gazetteer


def _names_a_namesake(words: list[Word], text: str, start: int, end: int, code: str, home: frozenset[str]) -> bool:
    """True when the short form of a division of another province opens a noun phrase or
    a longer name of the tagger (临沂|商城 in a report of Inner Mongolia, 海北|物流功能区,
    海西经济区 in Jiangxi's), or is what the tagger reads as an organisation (阿里 in
    Zhejiang's): a thing named after the place, or of the same name, not the far division."""
    if not code or code[:2] in {h[:2] for h in home}:
        return False
    division = division_by_code().get(code)
    if division is None or text[start:end] == division.name:
        return False
    k = _word_index(words, end)
    if k < len(words) and words[k].start == end and (
            words[k].tag in NOUN_TAGS or _a_local_name(words, k, text, home)):
        return True
    k = _word_index(words, start)
    word = words[k] if k < len(words) else None
    return word is not None and word.start == start and (
        (word.end > end and word.is_name) or (word.end == end and word.tag == "ORG"))  # 海西经济区; 阿里 the company


def _a_local_name(words: list[Word], k: int, text: str, home: frozenset[str]) -> bool:
    """True when the tagger's word ``k`` is a person's name (海东|春晓|回迁安置小区), or a name
    that no division holds before a noun (香港|豪德|商贸城, in a report of Inner Mongolia): the far
    place's name opens the name of a local site."""
    word = words[k]
    if word.tag == "PER":
        return True
    if word.tag not in _NAME_TAGS or text[word.start:word.end] in gazetteer_entries(home):
        return False
    return k + 1 < len(words) and words[k + 1].start == word.end and words[k + 1].tag in NOUN_TAGS | _NAME_TAGS


# The tagger's names of people, places and other proper nouns: words that go on with a local
# site's name after a far place's name (海东|春晓, 香港|豪德).
_NAME_TAGS = frozenset({"PER", "LOC", "nz"})


def _water_named_after(doc: Doc, text: str, start: int, end: int) -> str:
    """The class of a river or lake named after the division at ``[start, end)`` (德令哈河,
    海拉尔河, 某某湖), when the segmenter's tokens end right after its one-character ending:
    not 某某河道 (a word of its own goes on), nor a division's name that the ending opens."""
    cls = ending_class(text[start:end + 1], "place_suffixes") if end < len(text) else ""
    if cls not in _WATER_CLASSES or text[end:end + 2] in division_names() or text[end + 1:end + 2] in _STREET_ENDINGS:
        return ""
    return cls if doc.char_span(start, end + 1, alignment_mode="strict") is not None else ""


_WATER_CLASSES = frozenset({"River", "Lake"})
# Endings of streets named after a river or a place (某某河路, 某某湖街): the street, not the water.
_STREET_ENDINGS = "路街道"


def _cuts_tokens(doc: Doc, start: int, end: int) -> bool:
    """True when the segmenter's tokens cut ``[start, end)`` at both ends (山东 across
    太行山|东北部 joins the end of one word to the start of the next), a word of its
    dictionary opens before it (海城市 across 黄海|城市, 贡山 in 高黎贡山), or one common
    word of its dictionary holds it and goes on past it (海口 in 出海口)."""
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return False
    opens_inside, closes_inside = tokens[0].idx < start, tokens[-1].idx + len(tokens[-1].text) > end
    if opens_inside and _a_word_of_the_dictionary(tokens[0].text):
        return True  # 黄海|城市 (no 海城市), 高黎贡山 (no 贡山): the name opens inside a word
    if len(tokens) > 1:
        return opens_inside and closes_inside
    return (opens_inside or closes_inside) and is_common_word(tokens[0].text)


def _a_word_of_the_dictionary(token: str) -> bool:
    """True for a word of jieba's dictionary that holds no division's name at its start (黄海,
    高黎贡山; not 吉林长春 or 南岳, which jieba also holds: divisions a name may follow)."""
    import jieba

    return (len(token) >= 2 and (jieba.get_FREQ(token) or 0) > 0
            and not any(token[:n] in division_names() for n in range(2, len(token) + 1)))


def inside_longer_word(words: list[Word], text: str, start: int, end: int) -> bool:
    """True when ``[start, end)`` cuts a tagged word that is no name (长治|久安), or is a
    place name that a one-character ending turns into another place (苏州|河), not the
    section of a route that reaches it (某某至牙克石|段), or begins one character into a
    name (白山 in 长白山机场)."""
    k = _word_index(words, start)
    while k < len(words) and words[k].start < end:
        word = words[k]
        k += 1
        cut = word.start < start < word.end or word.start < end < word.end
        if not cut:
            continue
        if not word.is_name or (word.tag == "LOC" and word.start == start and word.end - end == 1
                                and text[end:word.end] != SECTION_ENDING):
            return True
        if start - word.start == 1:
            return True  # 长|白山|机场: a name one character in is a piece of a longer one
            # (北方工业大学|延庆|校区, 辽宁|大连 are read)
    return False


def _inside_a_named_body(words: list[Word], text: str, start: int, end: int) -> bool:
    """True when the name lies inside a university's, an institute's or a company's name the
    tagger reads whole (西安|交通大学, 某省|某某有限公司, 中国科学院|海西|研究院): the body is named
    after the place, which it does not mention."""
    k = _word_index(words, start)
    word = words[k] if k < len(words) else None
    return (word is not None and word.tag == "ORG" and word.start <= start and end <= word.end
            and word.end - word.start > end - start and text[word.start:word.end].endswith(_BODIES_NAMED_AFTER_PLACES))


_BODIES_NAMED_AFTER_PLACES = ("大学", "学院", "研究院", "研究所", "公司", "集团")


def opens_another_name(words: list[Word], text: str, start: int, end: int) -> bool:
    """True when ``[start, end)`` opens a name of the tagger that goes on with no ending
    of a place, site or body: 宁德 in the company 宁德时代 is no mention of the city, while
    某某 in 某某工业园 is (the park lies in it)."""
    k = _word_index(words, start)
    word = words[k] if k < len(words) else None
    return (word is not None and word.is_name and word.start == start and word.end > end
            and not has_name_ending(text[end:word.end]) and text[end:word.end] not in division_names()
            and not text[end:word.end].endswith(_ZONE_ENDING) and text[end:word.end] != SECTION_ENDING)


# The ending of a zone a place opens the name of (某某新开区, 某某片区): the zone lies in it.
_ZONE_ENDING = "区"


def _word_index(words: list[Word], offset: int) -> int:
    """The index of the last word (in start order) that starts at or before ``offset``."""
    return max(bisect.bisect_right(words, Word(offset, 10**9, "")) - 1, 0)
