"""Entity resolution: mentions become entities, one per real thing.

Surface variants meet under one key: a division's code (格尔木, 格尔木市 ->
632801), a feature's main name (柴达木 -> 柴达木盆地), or a normalised name
(“放管服”改革 -> 放管服, 格库铁路青海段 -> 格库铁路, 西海至察汗诺高速公路 and
西海至察汗诺公路 -> one road).  Every surface form is kept as an alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .facts import CORE_CLASS_OF, Entity, Mention
from .reference import division_by_code, features

__all__ = ["canonical_name", "entity_key", "resolve"]

_BRACKETS = re.compile(r"[《》“”]")
_ROAD_GRADE = re.compile(r"(高速公路|一级公路|二级公路)$")
_SECTION = re.compile(r"^(.+(?:铁路|公路))[\u4e00-\u9fff]{2,3}段$")
_PROJECT_TAIL = re.compile(r"(工程|项目|建设)$")
_PROGRAM_TAIL = re.compile(r"(攻坚战|攻坚|制度改革|体制改革|改革)$")
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
    name = canonical_name(mention.name)
    core = CORE_CLASS_OF[label]
    if label == "Road":
        name = _ROAD_GRADE.sub("公路", name)
    if core == "Project" and len(_PROJECT_TAIL.sub("", name)) >= 4:
        name = _PROJECT_TAIL.sub("", name)
    elif core == "Program":
        name = _PROGRAM_TAIL.sub("", name.replace("“", "").replace("”", "")) or name
    elif core == "Plan":
        name = _PLAN_TAIL.sub("", _BRACKETS.sub("", name))
    return f"name:{name}"


def _feature_names() -> dict[str, str]:
    return {alias: f.name for f in features() for alias in (f.name, *f.aliases)}


def _preferred_label(entity_mentions: list[Mention], priority: dict[str, int]) -> str:
    """The label: the official name for a division or feature, else the name
    most mentions give, weighted by rule priority (“放管服”改革 and 放管服改革 -> 放管服),
    the longer one on a tie."""
    code = next((m.code for m in entity_mentions if m.code), "")
    if code:
        return division_by_code()[code].name
    feature = next((_feature_names()[m.name] for m in entity_mentions if m.name in _feature_names()), "")
    if feature:
        return feature
    counts: Counter[str] = Counter()
    for m in entity_mentions:
        counts[canonical_name(m.name)] += priority.get(m.rule, 1)
    return max(counts, key=lambda n: (counts[n], len(n), n))


def _preferred_class(entity_mentions: list[Mention], priority: dict[str, int]) -> str:
    """The class most mentions give, weighted by the rule's priority."""
    votes: Counter[str] = Counter()
    for m in entity_mentions:
        votes[m.label] += priority.get(m.rule, 1)
    return max(votes, key=lambda label: (votes[label], label))


def resolve(all_mentions: Iterable[Mention], priority: dict[str, int]) -> list[Entity]:
    """Group mentions into entities; returns them sorted by key.

    Mentions are first grouped by their provisional key; each group's class
    then decides its final key, so a name typed two ways still lands once.
    """
    all_mentions = list(all_mentions)
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in all_mentions:
        by_name[m.code or canonical_name(m.name)].append(m)
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for group in by_name.values():
        label = _preferred_class(group, priority)
        for m in group:
            grouped[entity_key(m, label)].append(m)
    entities = []
    for key, group in grouped.items():
        group.sort(key=lambda m: (m.report_id, m.start))
        label = _preferred_class(group, priority)
        entity = Entity(key=key, label=_preferred_label(group, priority), cls=label,
                        code=next((m.code for m in group if m.code), ""))
        entity.mentions = group
        # A one-character abbreviation (格 of 格库铁路) is a mention, not a name to search by.
        named = [m for m in group if m.rule != "abbreviations"]
        entity.aliases = {m.surface for m in named} | {canonical_name(m.name) for m in named}
        entity.aliases.discard(entity.label)
        entities.append(entity)
    return sorted(entities, key=lambda e: e.key)
