"""Links between entities, each read from one sentence (or, for divisions, from reference data).

Every rule is a small function over one sentence and the resolved mentions in
it.  Names carry much of the structure in this genre: a name that begins with
a place lies in that place (格尔木综合物流园 -> 格尔木市), a plant named after an
enterprise is run by it (锦泰锂业7000吨碳酸锂二期 -> 锦泰锂业), a road named
甲至乙 connects 甲 and 乙, a project named after a program serves it
(德令哈飞地经济产业园 -> 飞地经济).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from .facts import CORE_CLASS_OF, Entity, Mention, Relation, StatusStatement
from .lexicon import table
from .phrases import lead_topic
from .reference import division_by_code, towns_named, village_towns
from .structure import NUMERAL_VALUES, Sentence

__all__ = ["Placed", "placed_mentions", "sentence_relations", "program_parts", "division_hierarchy", "town_divisions",
           "statuses", "INVERSE", "REFERENCE_SENTENCE"]

# Links are stored in both directions so that queries need no reasoner.
INVERSE = {"hasPart": "partOf", "operatedBy": "operates"}
# The sentence index of a link that comes from reference data, not from the text.
REFERENCE_SENTENCE = -1
_PARKS = ("IndustrialPark", "LogisticsPark")
_CONTAINERS_LOCATED = ("Project", "Organization", "Event")
# Places that may be a town or lie in one (a place the tagger names is of class Place).
_TOWN_LIKE = ("Town", "Locality", "Place")


@dataclass(frozen=True)
class Placed:
    """A mention with the entity it was resolved to."""

    mention: Mention
    key: str
    cls: str

    @property
    def core(self) -> str:
        return CORE_CLASS_OF[self.cls]

    def inside(self, other: Placed) -> bool:
        m, o = self.mention, other.mention
        return o.start <= m.start and m.end <= o.end and (m.start, m.end) != (o.start, o.end)


def placed_mentions(entities: list[Entity]) -> dict[tuple[str, int], list[Placed]]:
    """(report id, sentence index) -> the resolved mentions of that sentence, in text order."""
    result: dict[tuple[str, int], list[Placed]] = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            result[(m.report_id, m.sentence_index)].append(Placed(m, entity.key, entity.cls))
    for placed in result.values():
        placed.sort(key=lambda p: (p.mention.start, -p.mention.end))
    return result


def _relation(subject: Placed, predicate: str, obj: Placed | str, rule: str) -> Relation:
    target = obj if isinstance(obj, str) else obj.key
    return Relation(subject.key, predicate, target, subject.mention.report_id, subject.mention.sentence_index, rule)


def sentence_relations(sentence: Sentence, placed: list[Placed], home_provinces: frozenset[str]) -> Iterator[Relation]:
    """Every link the names in one sentence state."""
    for container in placed:
        nested = [p for p in placed if p.inside(container)]
        yield from _route_ends(container, nested)
        yield from _name_prefix(container, nested, home_provinces)
        yield from _operators(container, nested)
        yield from _served_programs(container, nested)
    yield from _program_pilots(sentence, placed)
    yield from _places_in_divisions(placed)


def _route_ends(route: Placed, nested: list[Placed]) -> Iterator[Relation]:
    """A road or railway connects the places its name is made of.

    ``西海至察汗诺、涩北至察尔汗等公路加快建设``: 西海至察汗诺公路 connects 西海 and
    察汗诺; ``格库铁路青海段具备通车条件``: 格库铁路 connects 格尔木市 and 库尔勒市.
    """
    if route.cls not in ("Road", "Railway"):
        return
    named_ends = "至" in route.mention.name
    for end in nested:
        if end.core == "Place" and (named_ends or end.mention.rule == "abbreviations"):
            yield _relation(route, "connects", end, "route_ends")


def _name_prefix(container: Placed, nested: list[Placed], home_provinces: frozenset[str]) -> Iterator[Relation]:
    """A name that begins with a place, or with a park, lies in it; a plan covers it.
    The longest name at the start decides (德令哈工业园, not 德令哈).  An event
    takes place where its name says, wherever in the name (第20届“青洽会”海西分会 -> 海西州).

    ``加快推进格尔木综合物流园`` -> 格尔木综合物流园 locatedIn 格尔木市;
    ``德令哈工业园铁路专用线`` -> locatedIn 德令哈工业园;
    ``出台《海西州乡村振兴战略规划》`` -> covers 海西州.
    """
    core = container.core
    if "至" in container.mention.name or container.cls in ("Road", "Railway") and core != "Project":
        return
    if core not in (*_CONTAINERS_LOCATED, "Plan") and container.cls not in ("ScenicArea", "ProtectedArea"):
        return
    offset = 1 if container.mention.surface[:1] in "《“" else 0
    prefixes = [p for p in nested if p.mention.rule != "abbreviations" and (
        p.mention.start == container.mention.start + offset or core == "Event" and p.core == "Place")]
    if not prefixes:
        return
    prefix = max(prefixes, key=lambda p: p.mention.end)
    if prefix.core == "Place" and _near_home(prefix, home_provinces):
        yield _relation(container, "covers" if core == "Plan" else "locatedIn", prefix, "name_prefix")
    elif prefix.cls in _PARKS and core == "Project":
        yield _relation(container, "locatedIn", prefix, "name_prefix")


def _near_home(place: Placed, home_provinces: frozenset[str]) -> bool:
    """A division elsewhere in China that a name begins with is a partner, not a location
    (浙江工业园 is the park Zhejiang supports in Haixi)."""
    code = place.mention.code
    return not (code and home_provinces and code[:2] not in home_provinces)


def _operators(plant: Placed, nested: list[Placed]) -> Iterator[Relation]:
    """A plant named after an enterprise is run by it.

    ``锦泰锂业7000吨碳酸锂二期正式投产`` -> operatedBy 锦泰锂业.
    """
    if plant.core != "Project":
        return
    for operator in nested:
        if operator.core == "Enterprise" and operator.mention.start == plant.mention.start:
            yield _relation(plant, "operatedBy", operator, "operators")


def _served_programs(project: Placed, nested: list[Placed]) -> Iterator[Relation]:
    """A project or plan whose name holds a program serves it.

    ``德令哈飞地经济产业园`` -> supports 飞地经济.
    """
    if project.core not in ("Project", "Plan"):
        return
    for program in nested:
        if program.core == "Program":
            yield _relation(project, "supports", program, "served_programs")


_PILOT = re.compile(r"^”?(试点|示范|创建)")


def _program_pilots(sentence: Sentence, placed: list[Placed]) -> Iterator[Relation]:
    """A program piloted in a place: ``扎实做好格尔木市“城市双修”试点工作``
    -> 城市双修 implementedIn 格尔木市."""
    for place, program in zip(placed, placed[1:]):
        if place.core != "Place" or program.core != "Program":
            continue
        if program.mention.start - place.mention.end > 1:
            continue
        after = sentence.text[program.mention.end - sentence.start:]
        if _PILOT.match(after):
            yield _relation(program, "implementedIn", place, "program_pilots")


def _places_in_divisions(placed: list[Placed]) -> Iterator[Relation]:
    """A town or locality written right after a division lies in it.

    ``乌兰县茶卡镇`` -> 茶卡镇 locatedIn 乌兰县; ``都兰县香日德`` -> 香日德 locatedIn 都兰县.
    """
    for division, place in zip(placed, placed[1:]):
        if (division.core == "Place" and (division.mention.code or division.cls == "Town")
                and place.cls in _TOWN_LIKE and not place.mention.code
                and place.mention.start == division.mention.end):
            yield _relation(place, "locatedIn", division, "places_in_divisions")


def program_parts(sentences: list[Sentence], placed: dict[tuple[str, int], list[Placed]]) -> Iterator[Relation]:
    """A numbered program's parts, from the leads of the sub-section it heads.

    Under ``（三）发挥资源禀赋优势，助力“五个示范省”建设。`` the five leads
    (``融入国家清洁能源示范省建设。`` …) name the five parts of 五个示范省.
    """
    by_section: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        if s.subsection is not None:
            by_section[s.subsection.section_id].append(s)
    for members in by_section.values():
        heading = next((s for s in members if s.is_heading), None)
        if heading is None:
            continue
        numbered = [p for p in placed.get((heading.report_id, heading.index), [])
                    if p.core == "Program" and p.mention.surface[:1] in NUMERAL_VALUES]
        if not numbered:
            continue
        whole = numbered[0]
        parts = []
        for lead in (s for s in members if s.is_lead):
            topic = lead_topic(lead.text)
            if topic is None:
                continue
            start, end = lead.start + topic[0], lead.start + topic[1]
            part = next((p for p in placed.get((lead.report_id, lead.index), [])
                         if (p.mention.start, p.mention.end) == (start, end) and p.core == "Program"), None)
            if part is not None:
                parts.append(part)
        if len(parts) == NUMERAL_VALUES[whole.mention.surface[0]]:
            for part in parts:
                yield Relation(whole.key, "hasPart", part.key, part.mention.report_id,
                               part.mention.sentence_index, "program_parts")


def division_hierarchy(entities: list[Entity]) -> Iterator[Relation]:
    """Each division lies in its nearest mentioned ancestor (格尔木市 -> 海西州 -> 青海省),
    from the GB/T 2260 codes; a town in its county (see :func:`town_divisions`)."""
    mentioned = {e.code: e for e in entities if e.code}
    for code, entity in sorted(mentioned.items()):
        parent = _mentioned_ancestor(division_by_code()[code].parent_code, mentioned)
        if parent:
            yield Relation(entity.key, "locatedIn", parent.key, "", REFERENCE_SENTENCE, "gb_t_2260")
    yield from town_divisions(entities, mentioned)


def _mentioned_ancestor(code: str | None, mentioned: dict[str, Entity]) -> Entity | None:
    """The division of that code if it is mentioned, else its nearest mentioned ancestor."""
    while code and code not in mentioned:
        code = division_by_code()[code].parent_code if code in division_by_code() else None
    return mentioned.get(code) if code else None


def town_divisions(entities: list[Entity], mentioned: dict[str, Entity]) -> Iterator[Relation]:
    """A town or locality named like a town (宗加镇, 怀头他拉 for 怀头他拉镇), or else like a village
    (察汗诺), lies in that town's or village's county, when it is the only such county that the
    same report names or that lies in a prefecture it names (see :func:`_counties_near`): the
    report says where it is, the tables of the National Bureau of Statistics which county.

    ``怀头他拉至宗加镇公路`` in a report that names 海西州: 宗加镇 -> 都兰县 (632822),
    怀头他拉 -> 德令哈市 (632802); a 宗加镇 in a report of another province links nowhere.
    """
    named_in: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.code:
            for m in entity.mentions:
                named_in[m.report_id].add(entity.code)
    for entity in sorted(entities, key=lambda e: e.key):
        if entity.code or entity.cls not in _TOWN_LIKE:
            continue
        near = {code for m in entity.mentions for code in named_in[m.report_id]}
        counties = _counties_near(entity.label, near)
        if len(counties) != 1:
            continue
        county = _mentioned_ancestor(counties.pop(), mentioned)
        if county is not None:
            yield Relation(entity.key, "locatedIn", county.key, "", REFERENCE_SENTENCE, "town_divisions")


def _counties_near(name: str, near: set[str]) -> set[str]:
    """The counties with a town of that name that are named or lie in a named prefecture;
    failing that, the named counties with a village of that name.  Villages are many and
    their names short and common (a 中东村 is no Middle East): a village needs its own county
    named and three characters of name."""
    def beside(town_code: str) -> bool:
        county = town_code[:6]
        return bool({county, division_by_code()[county].prefecture_code if county in division_by_code() else ""} & near)

    counties = {t.county_code for t in towns_named(name) if beside(t.code)}
    if not counties and len(name) >= 3:
        provinces = sorted({code[:2] for code in near})
        counties = {town[:6] for province in provinces for town in village_towns(name, province) if town[:6] in near}
    return counties


def statuses(sentence: Sentence, placed: list[Placed]) -> Iterator[StatusStatement]:
    """A project's status, from the status words of its clause: one status per project
    and sentence.

    ``格敦铁路实现全线运营`` (review of 2019) -> Operating in 2019;
    ``争取……德令哈至哈拉湖公路开工建设`` (plan for 2020) -> Planned in 2020.

    A project named twice in one sentence, each time beside another status word,
    takes the word nearest to any of its mentions (the earlier word on a tie).
    """
    words = _status_words(sentence.tense)
    best: dict[str, tuple[int, int, str, str]] = {}
    for p in placed:
        if p.core != "Project" or any(p.inside(q) and q.core == "Project" for q in placed):
            continue
        found = _nearest_status_word(sentence, p, words)
        if found and (p.key not in best or found < best[p.key]):
            best[p.key] = found
    for key, (_, _, verb, status) in best.items():
        yield StatusStatement(key, status, sentence.year, sentence.report_id, sentence.index, verb)


def _status_words(tense: str) -> list[tuple[str, str]]:
    """(word, status) pairs that apply to a sentence of this tense, longest first."""
    words = [(w, status) for w, status, t in table("status_verbs") if t == "any" or t == tense]
    return sorted(words, key=lambda row: -len(row[0]))


def _nearest_status_word(sentence: Sentence, p: Placed,
                         words: list[tuple[str, str]]) -> tuple[int, int, str, str] | None:
    """(distance, position, word, status) of the status word nearest to one mention in
    its clause, or None.  A word inside a longer status word (建设 in 开工建设) does not count."""
    local_start = p.mention.start - sentence.start
    local_end = p.mention.end - sentence.start
    clause_start = max(sentence.text.rfind(ch, 0, local_start) for ch in "，；。：") + 1
    ends = [i for i in (sentence.text.find(ch, local_end) for ch in "，；。") if i >= 0]
    clause_end = min(ends) if ends else len(sentence.text)
    found = None
    for where, w, status in _word_occurrences(sentence.text, words, clause_start, clause_end):
        if local_start <= where < local_end:
            continue
        distance = where - local_end if where >= local_end else local_start - where
        candidate = (distance, where, w, status)
        if found is None or candidate[:2] < found[:2]:
            found = candidate
    return found


def _word_occurrences(text: str, words: list[tuple[str, str]], start: int,
                      end: int) -> list[tuple[int, str, str]]:
    """Occurrences (position, word, status) of the status words in text[start:end], longer
    words first; an occurrence that overlaps an occurrence of a longer word is left out.

    >>> [w for _, w, _ in _word_occurrences("开工建设新路", [("开工建设", "Planned"), ("建设", "U")], 0, 6)]
    ['开工建设']
    """
    taken: list[tuple[int, int]] = []
    result = []
    for w, status in words:
        for where in _occurrences(text, w, start, end):
            if any(where < e and s < where + len(w) for s, e in taken):
                continue
            taken.append((where, where + len(w)))
            result.append((where, w, status))
    return result


def _occurrences(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Every position of word inside text[start:end]."""
    i = text.find(word, start, end)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, end)
