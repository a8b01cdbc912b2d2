"""Entity resolution: mentions become entities, one per real thing.

Surface variants meet under one key: a division's code (格尔木, 格尔木市 ->
632801), a feature's main name (柴达木 -> 柴达木盆地), or a normalised name
(“放管服”改革 -> 放管服, 格库铁路青海段 -> 格库铁路, 西海至察汗诺高速公路 and
西海至察汗诺公路 -> one road).  Every surface form is kept as an alias.

Across reports: a division is one node (its code); a body or meeting that every
jurisdiction has its own of (a congress, a plenary session, a government) is one
node per jurisdiction, its key ending in ``@`` and the jurisdiction of the report
that names it (``@national`` for the country); a route named by the first
characters of its ends (甲乙铁路) is the route named 甲…至乙…铁路 when both are
named, the short form kept as an alias with the evidence (:func:`short_form_evidence`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .facts import CORE_CLASS_OF, INSTITUTION_CLASSES, Entity, Mention
from .lexicon import data_lines, quote_types, words
from .reference import (LEVEL_CLASS, division_by_code, division_names, features, international_names, level_words, scope_words,
                        state_body_names)

__all__ = ["canonical_name", "entity_key", "resolve", "jurisdiction_scope", "scope_of_key",
           "short_form_evidence", "NATIONAL_SCOPE"]

NATIONAL_SCOPE = "national"
_ROUTE = re.compile(r"^([\u4e00-\u9fff]{2,}?)至([\u4e00-\u9fff]{2,}?)(城际铁路|高速铁路|铁路|公路|高速)$")
# The heads a short form of a route may take, by the head of its full name (its key's head).
_SHORT_HEADS = {"铁路": ("铁路",), "城际铁路": ("城际铁路", "城际"), "高速铁路": ("高铁", "高速铁路", "铁路"),
                "公路": ("公路", "高速公路", "高速"), "高速": ("高速", "高速公路")}

_BRACKETS = re.compile(r"[《》“”]")
_ROAD_GRADE = re.compile(r"(高速公路|一级公路|二级公路)$")
_SECTION = re.compile(r"^(.+(?:铁路|公路))[\u4e00-\u9fff]{2,3}段$")
_PROJECT_TAIL = re.compile(r"(工程|项目|建设)$")
_WORKS_TAIL = re.compile(r"(工程|项目)$")
_BUILDING = "建设"
_REBUILDING = re.compile(r"(扩能改造|现代化改造|改扩建|扩建|迁建)$")
_PHASE_OF_WORKS = re.compile(r"^(.{4,})[一二三四五六七八九十]期$")
_PROGRAM_TAIL = re.compile(r"(攻坚战|攻坚|制度改革|体制改革|改革)$")
# A new round of a programme (新一轮某某行动) is the programme.
_NEW_ROUND = "新一轮"
_PLAN_TAIL = re.compile(r"纲要$")


def canonical_name(name: str) -> str:
    """The name a mention stands for, without brackets or a section suffix.

    >>> canonical_name("《海西州乡村振兴战略规划》")
    '海西州乡村振兴战略规划'
    >>> canonical_name("格库铁路青海段")
    '格库铁路'
    """
    name = _BRACKETS.sub("", name) if name.startswith("《") else name
    section = _SECTION.match(name)
    return section.group(1) if section else name


@lru_cache(maxsize=1)
def _quoted_program() -> re.Pattern[str]:
    """A programme named by a quote and the word after it (“某某”行动, “某某”工程): the words
    the rules name whole with their quote (lexicon ``quote_types``); it is also known by the
    quote alone."""
    whole = sorted((w for w, cls, naming in quote_types() if cls == "Program" and naming == "whole"),
                   key=len, reverse=True)
    return re.compile(rf"^“([^“”]+)”(?:{'|'.join(map(re.escape, whole))})$")


def _short_names(name: str, cls: str) -> set[str]:
    """The shorter names a project or programme is also known by, when four characters or more
    remain: a project's without the 项目 or 工程 it ends in (某某广场项目 is 某某广场), the name of
    what a rebuilding rebuilds (某某机场改扩建 is 某某机场), the works a phase is of (某某小区一期
    is 某某小区), a plant's without the company that runs it (某某有限公司年产…项目 is 年产…项目); a
    programme's quote without the word after it (“某某”行动 is 某某), what a
    programme builds (某某体系建设 is 某某体系), and the programme a new round is of
    (新一轮某某提升行动 is 某某提升行动).

    >>> _short_names("雪峰广场项目", "Project"), _short_names("雪峰项目", "Project")
    ({'雪峰广场'}, set())
    >>> _short_names("雪峰棚户区项目一期", "Project"), sorted(_short_names("雪峰机场改扩建工程", "Project"))
    ({'雪峰棚户区项目'}, ['雪峰机场', '雪峰机场改扩建'])
    >>> _short_names("云岭花园小区一期", "Project"), _short_names("峰城二期", "Project")
    ({'云岭花园小区'}, set())
    >>> _short_names("“青松接力”行动", "Program"), _short_names("新一轮雪峰提升行动", "Program")
    ({'青松接力'}, {'雪峰提升行动'})
    >>> _short_names("“1234”产业体系建设", "Program")
    {'“1234”产业体系'}
    >>> sorted(_short_names("雪峰面业有限公司年产15万吨优质面粉项目", "Project"))
    ['年产15万吨优质面粉项目', '雪峰面业有限公司年产15万吨优质面粉']
    """
    core = CORE_CLASS_OF.get(cls)
    if core == "Program":
        quoted = _quoted_program().match(name)
        if quoted:
            return {quoted.group(1)}
        if name.endswith(_BUILDING) and len(name) - len(_BUILDING) >= 4:
            return {name[:-len(_BUILDING)]}  # “某某”产业体系建设, 法治政府建设: known by what they build
        return {name[len(_NEW_ROUND):]} if name.startswith(_NEW_ROUND) and len(name) - len(_NEW_ROUND) >= 4 else set()
    if core != "Project":
        return set()
    rated = _RATED_AFTER_ITS_OPERATOR.match(name)
    shorter_names = {rated.group(1)} if rated else set()  # 某某有限公司|年产10万吨面粉项目: the plant by its output
    phase = _PHASE_OF_WORKS.match(name)
    if phase:
        return shorter_names | {phase.group(1)}  # 某某项目一期 is the first phase of 某某项目, and called by it
    short = _WORKS_TAIL.sub("", name)
    shorter = _REBUILDING.sub("", short)  # 某某机场改扩建 is known by the airport's name
    return shorter_names | {n for n in (short, shorter) if n != name and len(n) >= 4}


# A plant named by the company that runs it and its rated output (某某有限公司年产10万吨某某项目).
_RATED_AFTER_ITS_OPERATOR = re.compile(
    r"^.{2,}?(?:公司|集团)((?:年产|日产|日处理)?[\d.]+[万亿]?(?:吨|千瓦|兆瓦|台|套|辆|平方米|件|只|片)\S{2,})$")


def entity_key(mention: Mention, label: str) -> str:
    """The identity of what a mention names; equal keys are one entity.

    >>> from kg.facts import Mention
    >>> m = Mention("r", 0, 0, 9, "西海至察汗诺高速公路", "Road", "routes", "西海至察汗诺高速公路")
    >>> entity_key(m, "Road")
    'name:西海至察汗诺公路'
    """
    if mention.code:
        return f"division:{mention.code}"
    feature = _feature_names().get(mention.name)
    if feature:
        return f"feature:{feature}"
    official = _reference_name(mention)
    if official:  # RCEP and its full name, 国家发改委 and its full name: one each
        return f"{'state' if official in state_body_names() else 'international'}:{official}"
    name = canonical_name(mention.name)
    core = CORE_CLASS_OF[label]
    if label == "Road":
        name = _ROAD_GRADE.sub("公路", name)
    if core == "Project" and len(_PROJECT_TAIL.sub("", name)) >= 4:
        name = _PROJECT_TAIL.sub("", name)
    elif core == "Program":
        name = name.removeprefix(_NEW_ROUND) if len(name) - len(_NEW_ROUND) >= 4 else name
        quoted = _quoted_program().match(name)
        name = quoted.group(1) if quoted else _PROGRAM_TAIL.sub("", name.replace("“", "").replace("”", "")) or name
    elif core == "Plan":
        name = _PLAN_TAIL.sub("", _BRACKETS.sub("", name))
    return f"name:{name}"


def jurisdiction_scope(name: str, cls: str, jurisdiction: str) -> tuple[str, str]:
    """Whose thing a name stands for, and the name it is known by there.

    Returns ``("", name)`` for one thing everywhere, else (the scope: a GB/T 2260 code,
    ``national`` or a report's own scope, the name with a leading division name put as
    its level word).  A body or meeting of the genre (人民代表大会, 人民政府, 市委 …) is
    scoped, unless it holds a national word (全国, 中全会 …): to the division its name
    begins with, else to the division its level word points to from the report's
    jurisdiction, else to the report's jurisdiction.

    >>> jurisdiction_scope("第十四届人民代表大会", "Event", "110000")
    ('110000', '第十四届人民代表大会')
    >>> jurisdiction_scope("河北省人民政府", "Organization", "130000")
    ('130000', '省人民政府')
    >>> jurisdiction_scope("市委三届六次全委会", "Event", "150702")
    ('150700', '市委三届六次全委会')
    >>> jurisdiction_scope("第十四届全国人民代表大会", "Event", "110000")
    ('', '第十四届全国人民代表大会')
    >>> jurisdiction_scope("长江", "River", "110000")
    ('', '长江')

    An institution named by a level word alone before its head (区医院, 省博物馆) is the one
    the jurisdiction at that level runs:

    >>> jurisdiction_scope("区医院", "Organization", "150702")
    ('150702', '区医院')
    """
    if cls in INSTITUTION_CLASSES and jurisdiction in division_by_code() and len(name) <= _INSTITUTION_CHARS:
        level = next(((w, lv) for w, lv in level_words() if name.startswith(w)), None)
        if level is not None:
            return _division_at_level(jurisdiction, level[1], level[0]), name
    if CORE_CLASS_OF.get(cls) not in ("Event", "Organization"):
        return "", name
    hits = {scope for word, scope in scope_words() if word in name}
    if "own" not in hits or NATIONAL_SCOPE in hits:
        return "", name
    if jurisdiction not in division_by_code():
        return jurisdiction or NATIONAL_SCOPE, name
    named = _leading_division(name, jurisdiction)
    if named is not None:
        code, rest, level_word = named
        return code, level_word + rest
    for word, level in level_words():
        if name.startswith(word):
            return _division_at_level(jurisdiction, level, word), name
    return jurisdiction, name


_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
# The longest name of an institution named by a level word and its head (县中医院).
_INSTITUTION_CHARS = 5


def _division_at_level(code: str, level: str, word: str) -> str:
    """The division a level word points to from a jurisdiction: itself when its name ends
    with the word (市 in a city's report) or when the level lies below it (市 in a
    province-level municipality's report), else its ancestor at that level."""
    division = division_by_code()[code]
    if division.name.endswith(word) or _LEVEL_RANK[level] >= _LEVEL_RANK[division.level]:
        return code
    while division.level != level and division.parent_code in division_by_code():
        division = division_by_code()[division.parent_code]
    return division.code


def _leading_division(name: str, jurisdiction: str) -> tuple[str, str, str] | None:
    """(code, rest of the name, level word) when a name begins with division names
    (呼伦贝尔市海拉尔区人民政府 -> 150702, 人民政府, 区); the last of them decides.  A name
    several divisions bear counts when one of them is the jurisdiction, above or below it."""
    index = _division_name_index()
    rest, found = _BRACKETS.sub("", name), None
    while True:
        match = next((n for n in _division_prefixes(rest[:1]) if rest.startswith(n) and len(rest) > len(n)), None)
        if match is None:
            break
        codes = [c for c in index[match] if _related(c, jurisdiction)] if len(index[match]) > 1 else index[match]
        if len(codes) != 1:
            return None
        found, rest = (codes[0], match), rest[len(match):]
    if found is None:
        return None
    code, matched = found
    suffix = _LEVEL_SUFFIX.search(matched) or _LEVEL_SUFFIX.search(division_by_code()[code].name)
    return code, rest, suffix.group(1) if suffix else ""


_LEVEL_SUFFIX = re.compile(r"(自治区|自治州|自治县|自治旗|省|市|州|盟|区|县|旗)$")


def _related(code: str, other: str) -> bool:
    """Whether two divisions are one, or one contains the other (by code prefixes)."""
    a, b = code.rstrip("0"), other.rstrip("0")
    return a.startswith(b) or b.startswith(a)


@lru_cache(maxsize=None)
def _division_name_index() -> dict[str, tuple[str, ...]]:
    """Official name or short form -> codes of the divisions that bear it."""
    index: dict[str, set[str]] = defaultdict(set)
    for d in division_by_code().values():
        for n in (d.name, *d.short_names):
            index[n].add(d.code)
    return {n: tuple(sorted(codes)) for n, codes in index.items()}


@lru_cache(maxsize=None)
def _division_prefixes(first: str) -> tuple[str, ...]:
    """Division names (two characters or more) beginning with one character, longest first."""
    return tuple(sorted((n for n in division_names() if n[:1] == first and len(n) >= 2), key=lambda n: (-len(n), n)))


def scope_of_key(key: str) -> str:
    """The jurisdiction a key is scoped to, or ``""``.

    >>> scope_of_key("name:第十四届人民代表大会@110000"), scope_of_key("division:110000")
    ('110000', '')
    """
    return key.rpartition("@")[2] if key.startswith("name:") and "@" in key else ""


def _scoped(key: str, scope: str, scoped_name: str) -> str:
    """The key of a scoped body: its name there and its scope (``name:市委@150700``)."""
    return f"name:{scoped_name}@{scope}" if scope else key


def route_short_forms(name: str) -> tuple[str, ...]:
    """The short forms a route's full name gives: the first character of each end and a head.

    >>> route_short_forms("西宁至成都铁路")
    ('西成铁路',)
    >>> route_short_forms("格尔木至库尔勒公路")
    ('格库公路', '格库高速公路', '格库高速')
    """
    match = _ROUTE.match(name)
    if not match:
        return ()
    a, b, head = match.groups()
    return tuple(a[0] + b[0] + h for h in _SHORT_HEADS[head])


def short_form_evidence(entity: Entity) -> list[tuple[str, str]]:
    """(short form, evidence) for each alias of a route that is the short form of its full name.

    The evidence names the rule: the first characters of the two ends and the head."""
    result = []
    for full in sorted({entity.label, *entity.aliases}):
        match = _ROUTE.match(canonical_name(full))
        if not match:
            continue
        a, b, _ = match.groups()
        for short in route_short_forms(canonical_name(full)):
            if short in entity.aliases or short == entity.label:
                result.append((short, f"{short}：取{full}两端{a}、{b}的首字{a[0]}{b[0]}（规则 route_short_form）"))
    return sorted(set(result))


def _merge_short_forms(grouped: dict[str, list[Mention]]) -> None:
    """Move the mentions of a route's short form (西成铁路) into its full name's group
    (西宁至成都铁路) when both are named and the short form names one route only."""
    claims: dict[str, list[str]] = defaultdict(list)
    for key in grouped:
        if not key.startswith("name:") or "@" in key:
            continue
        for short in route_short_forms(key[5:]):
            claims[f"name:{short}"].append(key)
    for short_key, fulls in sorted(claims.items()):
        if short_key in grouped and len(set(fulls)) == 1 and short_key != fulls[0]:
            grouped[fulls[0]].extend(grouped.pop(short_key))


def _merge_bare_titles(grouped: dict[str, list[Mention]]) -> None:
    """Move each mention of a plan named by its head alone (《纲要（草案）》) into the group
    of the one plan its report names in full with that ending (《某省…规划纲要（草案）》)."""
    for bare_key in [k for k in grouped if k.startswith("name:") and _bare_title(k[5:])]:
        reports_of = {key: {m.report_id for m in group} for key, group in grouped.items()
                      if key != bare_key and key.endswith(bare_key[5:])}
        kept = []
        for mention in grouped[bare_key]:
            fulls = [key for key, reports in reports_of.items() if mention.report_id in reports]
            if len(fulls) == 1:
                grouped[fulls[0]].append(mention)
            else:
                kept.append(mention)
        if kept:
            grouped[bare_key] = kept
        else:
            del grouped[bare_key]


def _bare_title(name: str) -> bool:
    """True for a plan named by its head alone, perhaps with its stage (纲要（草案）)."""
    return _BARE_TITLE.sub("", name) in words("plan_heads")


# The bracketed stage of a plan after its head (纲要（草案）).
_BARE_TITLE = re.compile(r"（[^（）]*）$")


@lru_cache(maxsize=1)
def _feature_names() -> dict[str, str]:
    return {alias: f.name for f in features() for alias in (f.name, *f.aliases)}


def _reference_name(mention: Mention) -> str:
    """The name the reference data gives what a mention names: a feature's, or an international
    body's or agreement's or a body of the State Council's the gazetteer read (RCEP ->
    区域全面经济伙伴关系协定, 国家发改委 -> 国家发展和改革委员会), else ""."""
    if mention.name in _feature_names():
        return _feature_names()[mention.name]
    if mention.rule == "gazetteer":
        for names in (international_names(), state_body_names()):
            if mention.name in names:
                return names[mention.name][1]
    return ""


def _preferred_label(entity_mentions: list[Mention], priority: dict[str, int]) -> str:
    """The label: the official name for a division, feature or international body (东盟 ->
    东南亚国家联盟), else the name most mentions give, weighted by rule priority (“放管服”改革 and
    放管服改革 -> 放管服), the longer one on a tie."""
    code = next((m.code for m in entity_mentions if m.code), "")
    if code:
        return division_by_code()[code].name
    official = next((name for m in entity_mentions if (name := _reference_name(m))), "")
    if official:
        return official
    counts: Counter[str] = Counter()
    # A route's short form merged into its full name (富加铁路 into 富裕至加格达奇铁路), and a plan's
    # head alone (纲要（草案）), are aliases only.
    short = {f for m in entity_mentions for f in route_short_forms(canonical_name(m.name))}
    for m in entity_mentions:
        if canonical_name(m.name) not in short and not _bare_title(canonical_name(m.name)):
            counts[canonical_name(m.name)] += priority.get(m.rule, 1)
    if not counts:
        counts = Counter(canonical_name(m.name) for m in entity_mentions)
    return max(counts, key=lambda n: (counts[n], len(n), n))


def _division_class(entity_mentions: list[Mention]) -> str:
    """A division's class from its code's level (a province-level municipality is a Province),
    or ``""`` when the mentions carry no code."""
    code = next((m.code for m in entity_mentions if m.code), "")
    division = division_by_code().get(code)
    return LEVEL_CLASS[division.level] if division else ""


def _preferred_class(entity_mentions: list[Mention], priority: dict[str, int]) -> str:
    """The class most mentions give, weighted by the rule's priority."""
    votes: Counter[str] = Counter()
    for m in entity_mentions:
        votes[m.label] += priority.get(m.rule, 1)
    return max(votes, key=lambda label: (votes[label], label))


def resolve(all_mentions: Iterable[Mention], priority: dict[str, int],
            jurisdictions: dict[str, str] | None = None) -> list[Entity]:
    """Group mentions into entities; returns them sorted by key.

    Mentions are first grouped by their provisional key; each group's class
    then decides its final key, so a name typed two ways still lands once.
    ``jurisdictions`` maps a report id to the code of its jurisdiction (``""`` for
    the national report): a body each jurisdiction has its own of is one entity per
    jurisdiction.
    """
    all_mentions = list(all_mentions)
    jurisdictions = jurisdictions or {}
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in all_mentions:
        by_name[m.code or canonical_name(m.name)].append(m)
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for group in by_name.values():
        label = _preferred_class(group, priority)
        for m in group:
            key = entity_key(m, label)
            scope, scoped_name = ("", "") if m.code else jurisdiction_scope(
                canonical_name(m.name), label, jurisdictions.get(m.report_id, ""))
            grouped[_scoped(key, scope, scoped_name)].append(m)
    _merge_short_forms(grouped)
    _merge_bare_titles(grouped)
    entities = []
    for key, group in grouped.items():
        group.sort(key=lambda m: (m.report_id, m.start))
        label = _division_class(group) or _preferred_class(group, priority)
        name = _preferred_label(group, priority)
        works = [m for m in group if CORE_CLASS_OF[m.label] == "Project"]
        if _PROJECT_TAIL.search(name) and works and CORE_CLASS_OF[label] != "Project":
            # 某某保护区工程 merged with 某某保护区: the works the name says, not the site they are at
            label = _preferred_class(works, priority)
        entity = Entity(key=key, label=name, cls=label, code=next((m.code for m in group if m.code), ""))
        entity.mentions = group
        # A one-character abbreviation (格 of 格库铁路) is a mention, not a name to search by.
        named = [m for m in group if m.rule != "abbreviations"]
        entity.aliases = {m.surface for m in named} | {canonical_name(m.name) for m in named}
        entity.aliases |= _short_names(name, label)
        entity.aliases.discard(entity.label)
        entities.append(entity)
    return sorted(entities, key=lambda e: e.key)
