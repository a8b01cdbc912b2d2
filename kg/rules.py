"""Naming rules of the genre: small pure functions from a sentence to typed candidates.

Each rule takes a :class:`SentenceText` (the sentence and its jieba tokens) and
yields :class:`~kg.facts.Candidate` objects with offsets into the report.
Rules are registered by name in :data:`NAME_RULES`; the pipeline runs them all.
Every rule's docstring cites the kind of sentence it was written for.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .facts import CORE_CLASS_OF, INSTITUTION_CLASSES, Candidate
from .phrases import LEADING_COUNT, drop_leading_verbs, is_generic
from .structure import NUMERAL_VALUES
from .tagger import NAME_TAGS, Word
from .reference import (
    LEVEL_CLASS, TOWN_LEVELS, abbreviation_candidates, countries, division_by_code, division_names, divisions_named, ethnic_names, features, home_city_initials, level_words, province_abbreviations,
    international_names, province_customary_names, region_names, route_ends,
    towns_named, village_towns,
)
from .lexicon import (
    boundary_words, ending_class, longest_ending, name_head_class, name_head_ending, name_heads, ordered_words,
    project_keywords, quote_endings, quote_types, table, words,
)

__all__ = ["SentenceText", "NAME_RULES", "RULE_PRIORITY", "declare_rule", "name_rule", "left_extent",
           "list_siblings", "listed_features", "refine_class"]

HAN = "\u4e00-\u9fff"
_NAME_CHAR = re.compile(rf"[{HAN}A-Za-z0-9·\-—（）±]")
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
MAX_NAME_CHARS = 26
# A programme named by its aim alone says what it does in four characters or more
# (居民增收工程), or in a coinage (探月工程); 民生工程, 提升工程 or 二期工程 name no programme.
MIN_PROGRAM_AIM = 4
# 至 and the end of a section before 段 (某地至|某地|段): two to five name characters.
_SECTION_BETWEEN = re.compile(rf"至([{HAN}]{{2,5}}?)段")
# A stretch named after a province or county it runs through (格库铁路青海段).
_DIVISION_SECTION = re.compile(rf"([{HAN}]{{2,3}}?)(?:城区)?(?:过境|境内)?段")  # 某县段, 某市(城区)过境段
# A stretch of a line named after a province or county it runs through, or by its two ends
# (某某高速甲至乙段).
_ROUTE_SECTION = re.compile(rf"[{HAN}]{{2,5}}{_SECTION_BETWEEN.pattern}|{_DIVISION_SECTION.pattern}")
# A bracketed stretch or place after a name (某某国家文化公园（某某段）, 国家某某中心（某省）).
_BRACKETED_SECTION = re.compile(rf"（([{HAN}]{{2,4}})）")


def _past_bracketed_section(sent: SentenceText, end: int) -> int:
    """The end of a name that ends at ``end``, with the bracketed stretch or place after it if
    any: 某某国家文化公园（某省段） is the stretch in one province, 国家某某中心（某省） the
    centre a province hosts; what the report names.  Not when a noun goes on after the
    bracket: 美丽某江（某省）经济带 is a longer name."""
    section = _BRACKETED_SECTION.match(sent.text, end)
    if (section and (section.group(1).endswith("段") or section.group(1) in division_names())
            and not _modifies_a_noun(sent, section.end(), _PLAIN_NOUN_TAGS)):
        return section.end()
    return end


def _past_division_section(text: str, end: int) -> int:
    """The end of a name that ends at ``end``, with the stretch in a named division after it
    if any (某某国家文化公园某省段: the stretch in one province, what the report builds)."""
    section = _DIVISION_SECTION.match(text, end)
    return section.end() if section and section.group(1) in division_names() else end


def _after_apposed_works(text: str, start: int, head_start: int) -> int:
    """Where a name begins after the works it is a part of, named before it in apposition
    (某某新通道骨干工程|甲港东航道扩建工程): after the last 工程 or 项目 inside its modifier that
    a division's name follows, or a verb of what the works did (某某工程完成|路基工程)."""
    for inner in _APPOSED_WORKS.finditer(text, start, head_start):
        after = inner.end()
        if any(text[after:after + n] in division_names() for n in range(2, min(7, head_start - after + 1))):
            start = after
        elif (verb := next((v for v in ordered_words("works_progress_verbs") if text.startswith(v, after)), "")) and (
                head_start > after + len(verb)):
            start = after + len(verb)  # 某某改建工程完成|路基工程: the works, what they did, then a part of them
    return start


_APPOSED_WORKS = re.compile("工程|项目")


def _a_site_class(cls: str) -> bool:
    """True for a class of built sites (a park, a canal): a stretch in a division is a part
    of one.  Not works (某某工程, class Project), whose stretch belongs to the line they build."""
    return CORE_CLASS_OF.get(cls) == "Project" and cls != "Project"

_ORDINAL_ONLY = re.compile(r"^[第\d一二三四五六七八九十两百千万个年届]+$")


@dataclass(frozen=True)
class SentenceText:
    """A sentence's text, its offset in the report, its tokens and tagged words (relative
    offsets), the provinces of the report's home (two-digit code prefixes), the codes of
    its home divisions (its jurisdiction and those above it) and its jurisdiction's code."""

    text: str
    offset: int
    tokens: tuple[tuple[int, int], ...]
    words: tuple[Word, ...] = ()
    home_provinces: frozenset[str] = frozenset()
    home_codes: frozenset[str] = frozenset()
    jurisdiction: str = ""

    def candidate(self, start: int, end: int, label: str, rule: str, name: str = "", code: str = "") -> Candidate:
        return Candidate(self.offset + start, self.offset + end, label, rule, name, code)


RuleFunc = Callable[[SentenceText], Iterator[Candidate]]
NAME_RULES: dict[str, RuleFunc] = {}
# The one registry of what found a candidate and how much it is trusted when two
# finders type the same characters differently: every rule and every finder of the
# pipeline declares its priority here, so no candidate can come without one.
RULE_PRIORITY: dict[str, int] = {}


def declare_rule(name: str, priority: int) -> None:
    """Give a finder of candidates (a rule, or a pipeline component) its priority."""
    if RULE_PRIORITY.get(name, priority) != priority:
        raise ValueError(f"rule {name!r} declared twice with different priorities")
    RULE_PRIORITY[name] = priority


def name_rule(name: str, priority: int) -> Callable[[RuleFunc], RuleFunc]:
    """Register a naming rule under ``name`` with its priority."""

    def register(func: RuleFunc) -> RuleFunc:
        declare_rule(name, priority)
        NAME_RULES[name] = func
        return func

    return register


# ---------------------------------------------------------------- helpers


def _closes_a_date(text: str, pieces: list[tuple[int, int]], i: int) -> bool:
    """True when token ``i`` is the 前 or 后 of a date (8月底|前|某某会展中心): the deadline, no
    part of the name after it."""
    s, e = pieces[i]
    return text[s:e] in _BEFORE_OR_AFTER and i > 0 and bool(_DATE_END.search(text, 0, pieces[i - 1][1]))


_BEFORE_OR_AFTER = frozenset({"前", "后"})
_DATE_END = re.compile(r"(?:\d|[年月日底])$")


def _is_hard_boundary(token: str, hard: frozenset[str]) -> bool:
    if token in hard:
        return True
    # a word of two characters or more that the token ends with: one lookup per ending, not a test per word
    return (len(token) >= 3 and any(token[-n:] in hard for n in range(2, len(token) + 1))
            and token not in words("soft_boundaries"))


def left_extent(sent: SentenceText, head_start: int, floor: int = 0,
                boundaries: frozenset[str] | None = None) -> int:
    """Where a name whose head starts at ``head_start`` begins.

    Walks back over jieba tokens until punctuation or a boundary word
    (加快推进格尔木工业园污水处理厂 -> 格尔木工业园污水处理厂), keeping a
    quoted part whole (编制“十四五”对口支援规划 -> “十四五”对口支援规划), then
    drops soft verbs a name cannot begin with (建设海西州教育大数据中心).
    ``boundaries`` defaults to function words and predicate verbs.
    """
    hard = boundary_words() if boundaries is None else boundaries
    text = sent.text
    dash = text.rfind(_APPOSITION, floor, head_start)
    floor = dash + len(_APPOSITION) if dash >= 0 else floor
    pieces = [(s, min(e, head_start)) for s, e in sent.tokens if s < head_start and e > floor]
    start = head_start
    i = len(pieces) - 1
    while i >= 0:
        s, e = pieces[i]
        s = max(s, floor)
        piece = text[s:e]
        if piece == _CLOSE_QUOTE:
            open_at = text.rfind(_OPEN_QUOTE, floor, s)
            if open_at < 0 or s - open_at > 12 or head_start - open_at > MAX_NAME_CHARS:
                break
            start = open_at
            while i >= 0 and pieces[i][0] > open_at:
                i -= 1
            i -= 1 if i >= 0 and pieces[i][0] == open_at else 0
            continue
        if (not piece or not all(_NAME_CHAR.match(ch) for ch in piece)
                or (_is_hard_boundary(piece, hard) and not _inside_a_tagged_word(sent, s, e)
                    and not _a_partner_opening(sent, s))  # 某市对|俄机电产业园
                or (LEADING_COUNT.fullmatch(piece) and not _count_inside_name(sent, s)) or piece.endswith("等")
                or _closes_a_date(text, pieces, i)):
            if _a_character_before_a_conjunction(text, pieces, i, hard):
                start = pieces[i - 1][0]  # 建成|国|和|一号核电示范工程: one character joins nothing, 和 is the name's
            break
        if head_start - s > MAX_NAME_CHARS:
            break
        if _a_conjunction_and_level(piece):
            start = s + 1  # 《某某纲要》和|县第十三次党代会
            break
        start = s
        i -= 1
    start = _after_unopened_bracket(text, start, head_start)
    return _at_a_subdistrict_office(sent, start, drop_leading_verbs(text, start, head_start))


def _a_character_before_a_conjunction(text: str, pieces: list[tuple[int, int]], i: int, hard: frozenset[str]) -> bool:
    """True when piece ``i`` is a conjunction after a lone character that a boundary or a mark
    opens (建成|国|和|一号…): no name of one character is joined there, the three make one name."""
    if i < 1 or text[pieces[i][0]:pieces[i][1]] not in words("conjunctions"):
        return False
    s, e = pieces[i - 1]
    before = text[pieces[i - 2][0]:pieces[i - 2][1]] if i >= 2 else ""
    return (e - s == 1 and bool(_NAME_CHAR.match(text[s])) and not text[s].isdigit()
            and (not before or _is_hard_boundary(before, hard) or _is_hard_boundary(before, boundary_words())
                 or not all(_NAME_CHAR.match(c) for c in before)))


def _at_a_subdistrict_office(sent: SentenceText, start: int, cut: int) -> int:
    """``cut``, the start of a name once the verbs opening ``[start, …)`` are dropped, or the start
    of a subdistrict's office among them (启动|建设|办|蔬菜园区工程: 建设办, 建设街道's office)."""
    if cut == start:
        return cut  # no verb dropped: most names, and no tokens to look at
    return next((s for s, e in sent.tokens if start <= s < cut and _opens_a_subdistrict_office(sent, s, e)), cut)


# A dash that sets a name apart from what describes it (国内首个某某工程——甲到乙直流工程);
# one dash joins two places in a name (甲—乙).
_APPOSITION = "——"


def _a_conjunction_and_level(word: str) -> bool:
    """True for a conjunction and a level word read as one word (和县, 与市): a county's name
    (和县), but inside a sentence a conjunction and the level of the report's own division
    (《某某纲要》和|县第十三次党代会)."""
    return len(word) >= 2 and word[0] in words("conjunctions") and word[1:] in _level_word_set()


def a_conjunction_and_body(text: str, start: int) -> bool:
    """True when a conjunction at ``start`` joins a body named after it, perhaps by its level word
    (人大|和|政协, 州人大|和|州政协): 和政 (a county) read across 和|政协 is no place, nor 和政协 or
    和州政协 a body of its own."""
    if text[start] not in words("conjunctions"):
        return False
    level = next((w for w in _level_word_set() if text.startswith(w, start + 1)), "")
    return any(text.startswith(_longer_congress_bodies(), start + 1 + n) for n in {0, len(level)})


@lru_cache(maxsize=1)
def _longer_congress_bodies() -> tuple[str, ...]:
    return tuple(w for w in words("congress_bodies") if len(w) >= 2)


@lru_cache(maxsize=1)
def _level_word_set() -> frozenset[str]:
    return frozenset(w for w, _ in level_words())


def _inside_a_tagged_word(sent: SentenceText, start: int, end: int) -> bool:
    """True when the tagger reads the one character ``[start, end)`` inside a name of its own:
    并 of 拆炉|并|网 (jieba) is no function word in 拆炉并网 (the tagger); a conjunction (和)
    still parts two names the tagger glued."""
    return (end - start == 1 and sent.text[start] not in words("conjunctions")
            and any(w.tag in NAME_TAGS and w.start < start and end < w.end for w in sent.words))


def _after_unopened_bracket(text: str, start: int, end: int) -> int:
    """Move ``start`` past a closing bracket that nothing in [start, end) opened: the
    ``五）`` of a heading's number is no part of the name after it."""
    depth = 0
    for i in range(start, end):
        if text[i] == "（":
            depth += 1
        elif text[i] == "）":
            if depth:
                depth -= 1
            else:
                start = i + 1
    return start


def _count_inside_name(sent: SentenceText, offset: int) -> bool:
    """True when the count at ``offset`` lies inside one word of the tagger, as 八项 in
    中央八项规定 (精神学习教育); a count that starts a word opens no name (建设3个产业园)."""
    return any(w.start < offset < w.end for w in sent.words)


def _modifier_ok(modifier: str, shortest: int = 2) -> bool:
    core = modifier.replace(_OPEN_QUOTE, "").replace(_CLOSE_QUOTE, "")
    return (len(core) >= shortest and not is_generic(core) and not _ORDINAL_ONLY.match(core)
            and not _LIST_MARK.search(core))


# What marks a list inside a modifier: 、 or 等, not 等 inside a word (高等教育, 平等, 等级).
_LIST_MARK = re.compile(r"、|(?<![高平同对均初中超优次])等(?![级同值])")


def _head_blocked(text: str, start: int, end: int) -> bool:
    """True when the head at [start, end) lies inside a blocker word (农村宅基地)."""
    for blocker in words("head_blockers"):
        i = text.find(blocker, max(0, start - len(blocker) + 1), end + len(blocker) - 1)  # occurrences from before end
        while i >= 0:
            if i < start or i + len(blocker) > end:
                return True
            i = text.find(blocker, i + 1, end + len(blocker) - 1)
    return False


def _is_quoted_title(text: str, start: int, end: int) -> bool:
    """A name standing alone in quotes is a title or slogan (“年度魅力生态景区”), not a place."""
    return start > 0 and text[start - 1] == _OPEN_QUOTE and text[end:end + 1] == _CLOSE_QUOTE


def _headed_names(sent: SentenceText, heads, keep_verbs: bool = False,
                  one_character: frozenset[str] = frozenset()) -> Iterator[tuple[int, re.Match[str]]]:
    """(start, head match) for every well-formed name ending in one of ``heads``.

    ``keep_verbs`` keeps the verbs inside the name (a program is named by what it
    does: 某某优化提升行动), dropping only those that open it; other names stop at
    the first predicate verb on their left.  The heads of ``one_character`` are named by
    one character too (河|长制).
    """
    pattern = re.compile(_alternation(tuple(heads)))
    boundaries = words("function_words") if keep_verbs else None
    for match in pattern.finditer(sent.text):
        if (_head_blocked(sent.text, match.start(), match.end()) or _cuts_word(sent, match.end())
                or _inside_tagged_name(sent, match.end()) or (keep_verbs and _cuts_head_open(sent, match))
                or sent.text.startswith(ordered_words("company_forms"), match.end())):
            continue  # 某某化工集团|有限公司: the head is a word of the company's name
        if _inside_quote(sent.text, match.start()) and not sent.text.startswith((_CLOSE_QUOTE, "、", "和", "及"), match.end()):
            continue  # “万村千乡市场工程”: a word inside a quoted name, which quoted_names reads whole
            # (not the heads of a quoted list, “甲工程、乙工程”)
        start = left_extent(sent, match.start(), boundaries=boundaries)
        if keep_verbs:
            start = _across_conjunction(sent, start, match.start())
        enumerator = _ENUMERATOR.match(sent.text, start, match.start())
        if enumerator:
            start = drop_leading_verbs(sent.text, enumerator.end(), match.start())
        start = trim_by_words(sent, start, match.start(), keep_verbs)
        start = _whole_quote(sent.text, start, match.start())
        modifier = sent.text[start:match.start()]
        if (not _modifier_ok(modifier) and not _home_level_word(sent, start, match.start())
                and not (match.group(0) in one_character and len(modifier) == 1 and _NAME_CHAR.match(modifier))
                and not (keep_verbs and _campaign_of_a_field(sent, start, match))) or _is_quoted_title(
                sent.text, start, match.end()):
            continue
        if _copula_before(sent, match.start()) or _COUNT_INSIDE.search(modifier):
            continue  # 以某某为中心: a role, no name; 甲、乙3家高新区: the parks counted, none named
        if modifier.endswith(_CLOSE_QUOTE) and modifier.count(_OPEN_QUOTE) == 1:
            continue  # “菜篮子”工程, 某地“某某”试点: quoted_names reads these
        if sent.text.rfind("《", 0, start) > sent.text.rfind("》", 0, start):
            continue  # inside a title: book_titles reads it whole
        yield start, match


def _long_campaign(sent: SentenceText, start: int, head_start: int) -> bool:
    """True for a reform or pilot that a campaign verb takes, named by six characters or more
    with no verb of the tagger's among them (推进|财政科学管理综合试点, 推进|数字政府一体化综合改革):
    the state's named programme, though no place or quote names it; not a reform of a kind of
    system (深化|某某管理体制改革), of two things joined, of a level (省级某某专项) or counted."""
    modifier = sent.text[start:head_start]
    return (len(modifier) >= _LONG_CAMPAIGN_CHARS and _campaign_verb_before(sent, start)
            and not modifier.endswith(tuple(words("reform_objects")))
            and not any(c in modifier for c in words("conjunctions")) and not counted_before(sent.text, start)
            and modifier[0] not in _NUMERALS and not _LEVEL_OF_KIND.match(modifier)
            and not _verb_between(sent, start, head_start))


_LONG_CAMPAIGN_CHARS = 6


def _campaign_verb_before(sent: SentenceText, start: int) -> bool:
    """True when a campaign verb of the tagger's ends at ``start`` (实施|某某行动)."""
    return any(w.end == start and w.tag in _VERB_TAGS and sent.text[w.start:w.end] in words("campaign_verbs")
               for w in sent.words)


def _campaign_of_a_field(sent: SentenceText, start: int, head: re.Match[str]) -> bool:
    """True for an action named by a field of work of four characters or more that a campaign
    verb takes (实施|乡村建设行动, 开展|城市更新行动): the state's programme of that field,
    though the field alone is a word of the genre."""
    return head.group(0) == _ACTION and head.start() - start >= 4 and _campaign_verb_before(sent, start)


# Parts of speech (the tagger's) a name never opens with: adverbs, prepositions,
# conjunctions, pronouns, particles; verbs too, unless the name is a program's.
_OPENING_TAGS = frozenset({"d", "ad", "p", "c", "r", "u", "xc", "w", "t", "TIME"})
_VERB_TAGS = frozenset({"v", "vd"})
_ADVERB_TAGS = frozenset({"d", "ad"})


def _after_last_predicate(sent: SentenceText, start: int, head_start: int,
                          predicates: frozenset[str] | None = None, tags: frozenset[str] | None = None) -> int:
    """Where a name begins after the last predicate verb of the genre inside
    ``[start, head_start)`` (某地举办2020年全国某某会 -> 2020年全国某某会;
    某市建设某某资源库 -> 某某资源库).  ``predicates`` defaults to the boundary words;
    ``tags``, if given, are the tagger's parts of speech a predicate must have (a verb the
    tagger reads as a noun, 信用建设, is none)."""
    predicates = boundary_words() if predicates is None else predicates
    predicate_end = -1
    for word in sent.words:
        surface = sent.text[word.start:word.end]
        if (start <= word.start and word.end < head_start
                and (surface in predicates or _a_predicate_with_its_adverb(surface, word.tag, predicates))
                and (tags is None or word.tag in tags) and not _opens_a_subdistrict_office(sent, word.start, word.end)):
            start = predicate_end = word.end
        elif word.start == predicate_end and word.end < head_start and surface in _COMPLEMENTS:
            start = word.end  # 打造成, 建设为: the verb's complement goes with it
        elif (start <= word.start and word.end < head_start and _ends_in_a_predicate(sent, word, predicates)
              and (tags is None or _dictionary_tag(sent.text[word.end - 2:word.end]) in tags)):
            start = predicate_end = word.end  # 支持某某新材建设|年产…项目: a verb the tagger ran into a name
    return start


def _a_predicate_with_its_adverb(surface: str, tag: str, predicates: frozenset[str]) -> bool:
    """True when the tagger reads a predicate and the adverb before it as one verb (圆满完成,
    全面启动): the verb is a predicate all the same."""
    return (tag in _VERB_TAGS and _PREDICATE_CHARS < len(surface) <= _PREDICATE_CHARS + _ADVERB_CHARS
            and surface[-_PREDICATE_CHARS:] in predicates)


# A predicate's characters and the most an adverb run into it has (圆满|完成).
_PREDICATE_CHARS, _ADVERB_CHARS = 2, 2


def _ends_in_a_predicate(sent: SentenceText, word: Word, predicates: frozenset[str] | None = None) -> bool:
    """True when the tagger ran a predicate verb of two characters into the end of a name
    (某某新材|建设 of 支持某某新材建设年产…项目), where jieba reads the verb as a word."""
    predicates = boundary_words() if predicates is None else predicates
    start, end = _last_token_in(sent, word)
    return (word.is_name and end == word.end and start - word.start >= 2 and end - start == 2
            and sent.text[start:end] in predicates)


# Complements of result a predicate takes before its object (打造成某某, 建设为某某, 落实好某某,
# 打|赢某某攻坚战).
_COMPLEMENTS = frozenset({"成", "为", "成为", "好", "赢"})


def _past_a_complement(sent: SentenceText, start: int) -> int:
    """``start`` moved past a verb's complement that jieba cut from its verb (打|好|某某风险)."""
    token = next(((s, e) for s, e in sent.tokens if s == start), None)
    if token and sent.text[token[0]:token[1]] in _COMPLEMENTS and any(
            w.end == start and w.tag in _VERB_TAGS for w in sent.words):
        return token[1]
    return start


# What ends a clause before a name, and what ends a listed item too.
_CLAUSE_ENDS = "，。；：,！？"
_ITEM_ENDS = "，。；：、,"


def _clause_start(text: str, offset: int, ends: str = _CLAUSE_ENDS) -> int:
    """Where the clause (or, with ``_ITEM_ENDS``, the listed item) holding ``offset`` begins."""
    return max(text.rfind(ch, 0, offset) for ch in ends) + 1


# A clause: the text between two marks that close one.
_CLAUSE = re.compile(rf"[^{_CLAUSE_ENDS}]+")


def _clause_end(text: str, offset: int) -> int:
    """Where the clause holding ``offset`` ends: at its closing mark, or at the end of the text."""
    return min((i for ch in _CLAUSE_ENDS if (i := text.find(ch, offset)) >= 0), default=len(text))


# An enumerator opening a clause (一是, 三要): no part of the name after it.
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]+[是要]")


def _aim_verb_after_campaign(sent: SentenceText, start: int, end: int) -> int:
    """Where a programme's name begins when a verb of its aim opens it and a campaign verb
    takes it (开展|规范某某执法专项行动), or it is the subject of what follows
    (规范某某执法专项行动|扎实开展): at that verb, which the boundary verbs had dropped;
    not at a second campaign verb (深化|落实某某长制)."""
    text = sent.text
    campaign = tuple(words("campaign_verbs"))
    for verb in _aim_verbs():
        if not text.endswith(verb, 0, start):
            continue
        opening = _adverb_before(sent, start - len(verb))  # 开展|深入贯彻某某学习教育
        if text.endswith(campaign, 0, opening) or _listed_after_campaign_verb(text, opening, campaign) or (
                _opens_subject(text, opening) and _predicate_follows(sent, end)):
            return opening
    return start


def _adverb_before(sent: SentenceText, offset: int) -> int:
    """Where the adverb of the tagger that ends at ``offset`` begins (深入|贯彻), or ``offset``."""
    return next((w.start for w in sent.words if w.end == offset and w.tag in _ADVERB_TAGS), offset)


def _listed_after_campaign_verb(text: str, offset: int, campaign: tuple[str, ...]) -> bool:
    """True when ``offset`` opens an item of a list that a campaign verb takes
    (开展甲学习教育、乙学习教育、|深入贯彻某某学习教育)."""
    if not text.endswith("、", 0, offset):
        return False
    clause = text[_clause_start(text, offset):offset]
    return any(verb in clause for verb in campaign)


def _opens_subject(text: str, offset: int) -> bool:
    """True when ``offset`` opens a clause or follows the conjunction of listed subjects
    (某某改革和|规范某某专项行动深入推进)."""
    return offset == _clause_start(text, offset) or text.endswith("和", 0, offset)


def _predicate_follows(sent: SentenceText, offset: int) -> bool:
    """True when an adverb or a verb follows ``offset`` (…专项行动|扎实开展): what ends
    there is the subject of a clause."""
    return any(w.start == offset and w.tag in _VERB_TAGS | _ADVERB_TAGS for w in sent.words)


@lru_cache(maxsize=1)
def _aim_verbs() -> tuple[str, ...]:
    """The boundary verbs that may open a programme's aim: all but the verbs that take a
    programme (campaign and programme verbs), and not 好, the complement of the verb before it (实施好)."""
    return tuple(sorted(words("boundary_verbs") - words("campaign_verbs") - words("programme_verbs") - {_COMPLEMENT_GOOD}))


def _programme_follower(sent: SentenceText, offset: int) -> bool:
    """True when the word at ``offset`` speaks of the programme before it (某某行动任务)."""
    return any(w.start == offset and sent.text[w.start:w.end] in words("programme_followers") for w in sent.words) or (
        sent.text.startswith(tuple(f for f in words("programme_followers") if len(f) > 2), offset))  # 总体|任务: two words


def _jurisdiction_s_own(sent: SentenceText, start: int, head_start: int, end: int) -> bool:
    """True for the one platform a jurisdiction runs, named by its level word and a field of four
    characters or more (省融资信用征信服务平台), not counted; 省级 is a grade, not the province."""
    field = next((sent.text[start + len(w):head_start] for w, _ in level_words()
                  if sent.text.startswith(w, start) and (start, start + len(w)) in sent.tokens), "")  # not 市|场化
    return (len(field) >= MIN_PROGRAM_AIM and not field.startswith("级") and not is_generic(field)
            and not _counted_title(sent.text, start, end) and not counted_before(sent.text, start))


def _home_level_word(sent: SentenceText, start: int, head_start: int) -> bool:
    """True when the modifier before a head is only the level word of the report's own
    jurisdiction (区 in a district's report, 省 in a province's): 区医院, 省博物馆 name the one
    institution the jurisdiction runs."""
    return (start, head_start) in sent.tokens and sent.text[start:head_start] in _own_level_words(sent.jurisdiction)


@lru_cache(maxsize=64)
def _own_level_words(jurisdiction: str) -> frozenset[str]:
    """The level words a jurisdiction's official name ends in (海拉尔区: 区; 内蒙古自治区: 自治区, 区)."""
    division = division_by_code().get(jurisdiction)
    return frozenset(w for w, _ in level_words() if division and division.name.endswith(w))


def _state_facility(sent: SentenceText, start: int, head_start: int, end: int) -> bool:
    """True for one facility of the state named by its field (国家某某产业创新中心,
    国家某某中试基地, 全国某某转化中心, 国家碳计量中心): a designation of the state and a
    field of three characters or more that is no one word of the language (国家|实验室|基地 is a
    kind), not a level (国家级, 全国性) and not counted (落户4个国家区域医疗中心 are many)."""
    field = sent.text[start:head_start]
    designation = _state_designation(field)
    rest = field[len(designation):]
    return (designation != "" and not _LEVEL_OF_KIND.match(field) and len(rest) >= _STATE_FIELD_CHARS
            and not is_generic(rest) and not _dictionary_word(rest) and not _counted_title(sent.text, start, end))


# The shortest field that names a facility of the state (国家|碳计量|中心).
_STATE_FIELD_CHARS = 3


def _a_state_title(name: str) -> bool:
    """True for a name opening with a designation of the state (国家某某试点): one
    programme of the state, specific with no place in it."""
    return _state_designation(name) != ""


def _state_designation(name: str) -> str:
    """The designation of the state a name opens with (国家, 全国), or ""."""
    return next((d for d in ordered_words("designation_prefixes") if name.startswith(d)), "")


def _designated_zone(name: str, head: str) -> bool:
    """A title of the state's (国家某某综合试验区): one named thing even with no place in
    its name, a programme that places are admitted to rather than a place."""
    return head in words("designated_zone_heads") and _a_state_title(name)


_COUNT = r"[\d一二三四五六七八九十两百]+[个家处批]"
_COUNT_BEFORE = re.compile(_COUNT + "$")
# A count inside a modifier, of the things the head names (某市3家高新区): a number, no name.
_COUNT_INSIDE = re.compile(r"\d+[余多]?[个家处所座大]")
# The copula of 以某某为中心, a word of its own (not 为 of 华为): what comes before the head
# plays its role, and is no name of it.
_AS = "为"


def _copula_before(sent: SentenceText, offset: int) -> bool:
    """True when 为 stands right before ``offset`` as a word of its own, by the tagger's words
    (以某某|为|中心; jieba may cut 圈为): not 为 of 华为."""
    at = offset - len(_AS)
    return sent.text.startswith(_AS, at) and any(w.start == at and w.end == offset for w in sent.words)
_COUNT_AFTER = re.compile(_COUNT)


def _only_verbs(sent: SentenceText, start: int, end: int) -> bool:
    """True when the tagger's words covering ``[start, end)`` are all verbs (壮大 of 培育|壮大)."""
    inside = [w for w in sent.words if start <= w.start and w.end <= end]
    return bool(inside) and inside[0].start == start and inside[-1].end == end and all(w.tag in _VERB_TAGS for w in inside)


def _rejecting_verb_inside(sent: SentenceText, start: int, end: int) -> bool:
    """True when a verb of the tagger inside ``[start, end)`` rejects what follows it
    (坚决反对|某某工程); a rejecting word read as a noun is part of a name (某某整治工程)."""
    rejecting = tuple(words("rejecting_verbs"))
    return any(w.tag in _VERB_TAGS and start <= w.start and w.end <= end and sent.text[w.start:w.end].endswith(rejecting)
               for w in sent.words)


def counted_before(text: str, start: int) -> bool:
    """True when a count (15个, 三处) ends right before ``start``: what follows is counted."""
    return _COUNT_BEFORE.search(text, max(0, start - 12), start) is not None


def _counted_title(text: str, start: int, end: int) -> bool:
    """True when a count goes with a title (新增5个某某示范区, 某某示范区23个): the
    places that hold it are counted, and no one of them is named."""
    return counted_before(text, start) or bool(_COUNT_AFTER.match(text, end))


def _inside_tagged_name(sent: SentenceText, offset: int) -> bool:
    """True when ``offset`` falls inside a name the tagger marks: 工程 in 某某工程院 is
    part of the body's name, no head of its own; not when only a phase of the works follows
    (某某机场|二期, which with_phases joins) or the stretch of a road (某某高速公路|东段)."""
    return any(w.start < offset < w.end and w.is_name and not _PHASE.match(sent.text, offset, w.end)
               and not _DIRECTION_SECTION.fullmatch(sent.text, offset, w.end) for w in sent.words)


# The stretch of a road or line by its direction (某某高速公路|东段).
_DIRECTION_SECTION = re.compile(r"[东西南北中]段")


def _cuts_word(sent: SentenceText, offset: int) -> bool:
    """True when ``offset`` falls inside a common word of the tagger: a head that begins
    (行动 in 开行|动车) or ends (市场 in 某某要素市场化配置改革) inside a word is no head."""
    return any(w.start < offset < w.end and not w.is_name for w in sent.words)


def _cuts_head_open(sent: SentenceText, head: re.Match[str]) -> bool:
    """True when a common word of the tagger runs into the head from before it and ends inside
    or past it (开行|动车: no 行动); a word the head ends is the name itself (林长制 of 新一轮林长制)."""
    return any(w.start < head.start() < w.end and w.end != head.end() and not w.is_name for w in sent.words)


# A congress named by its number (党的二十大): a name of its own before a conjunction.
_NUMBERED_CONGRESS = re.compile(r"[一二三四五六七八九十]+大$")
# National games named by their number and season (十N运, 十N冬): the games themselves.
_NUMBERED_GAMES = re.compile(r"[一二三四五六七八九十]+[运冬]会?")


def _across_conjunction(sent: SentenceText, start: int, head_start: int) -> int:
    """Where a programme's name begins when two of its aims are joined before the head:
    ``实施某某一体化保护和系统治理工程`` names one programme, 某某一体化保护和系统治理工程.

    Both aims must be modifiers of their own (two characters or more, not generic), and
    the first must not end in a head or a generic word, nor hold a quote or a road's number,
    nor be an event's short form, and the two must not each open with a division: ``某某景区和
    某某绿化工程``, ``“甲”和“乙”工程``, ``“甲计划”项目遴选和乙工程``, ``G7线某某连接线和乙工程``,
    ``服贸会及首届某某博览会`` and ``甲县苗年和乙县侗族大歌节`` are two names, not one.
    """
    conjunction = next((c for c in ordered_words("conjunctions") if sent.text.endswith(c, 0, start)), None)
    if conjunction is None or not _modifier_ok(sent.text[start:head_start]) or _OPENING_YEAR.match(sent.text, start):
        return start  # 甲活动和|2024某某论坛: a year opens a name of its own
    joined = start - len(conjunction)
    before = trim_by_words(sent, left_extent(sent, joined), joined, keep_verbs=True)
    first = sent.text[before:joined]
    if (not _modifier_ok(first) or _CLOSE_QUOTE in first or _ends_generic(first) or _NUMBERED_CONGRESS.search(first)
            or _ROAD_CODE.search(first) or first.endswith(_SPIRIT)
            or sent.text.endswith(_programme_and_event_heads(), 0, joined)
            or (len(first) <= _ABBREVIATED_EVENT_CHARS and first.endswith(_MEETING) and not is_common_word(first))
            or (first.endswith(_name_endings()) and is_specific(sent, before, joined))
            or (_past_divisions(first) and _past_divisions(sent.text[start:head_start]))):
        return start
    return before


_OPENING_YEAR = re.compile(r"(?:19|20)\d\d(?![年\d])")
# What a meeting's decisions are called (某某座谈会|精神和某某全会): the first meeting ends before it.
_SPIRIT = "精神"
# The longest short form of an event (进博会, 服贸会): a character or two before 会.
_ABBREVIATED_EVENT_CHARS = 3
_MEETING = "会"


@lru_cache(maxsize=1)
def _every_head() -> tuple[str, ...]:
    """Every ending that closes a name: those of sites, places, bodies and companies, and programmes'."""
    return _name_endings() + _programme_and_event_heads()


@lru_cache(maxsize=1)
def _programme_and_event_heads() -> tuple[str, ...]:
    return tuple(h for h, _ in table("program_heads")) + tuple(sorted(words("event_heads")))


def _ends_generic(text: str) -> bool:
    return any(text.endswith(g) for g in words("generic_words") if len(g) >= 2)


def _whole_quote(text: str, start: int, head_start: int) -> int:
    """Move a start that falls inside quotes back to the opening quote
    (厕所革命”三年行动 -> “厕所革命”三年行动)."""
    modifier = text[start:head_start]
    closing = modifier.find(_CLOSE_QUOTE)
    if closing >= 0 and _OPEN_QUOTE not in modifier[:closing]:
        opening = text.rfind(_OPEN_QUOTE, 0, start)
        if opening >= 0 and start - opening <= 12:
            return opening
    return start


def trim_by_words(sent: SentenceText, start: int, head_start: int, keep_verbs: bool = False) -> int:
    """Where a name begins once the tagger's function words and verbs before it are dropped.

    ``按照某某会议`` or ``成功创建某某景区``: a name starts after the verbs and function
    words that open it; a modifier made only of those is left empty (no name).
    """
    cut = start
    opener = next((o for o in ordered_words("span_openers") if sent.text.startswith(o, cut)
                   and cut + len(o) < head_start and any(w.start == cut + len(o) for w in sent.words)), "")
    cut += len(opener)  # 年|内|区医院: the tagger may cut a word of time that opens the span
    for word in sent.words:
        if word.end <= cut:
            continue
        if word.start != cut or word.end > head_start:
            break
        surface = sent.text[word.start:word.end]
        # a Latin letter or digit opens names (S级滑雪场提升工程), though the tagger may call it a function word
        opening = ((word.tag in _OPENING_TAGS and not (surface.isascii() and surface.isalnum()))
                   or (word.tag in _VERB_TAGS and not keep_verbs)
                   or LEADING_COUNT.fullmatch(surface) or surface in words("span_openers"))
        if (not opening or surface in words("name_verbs") or surface in words("name_time_words")
                or _a_town_s_short_name(sent, word.start, word.end) or _an_unknown_verb(word, surface)):
            break  # 哲觉|光伏电站: a town the tagger took for a verb opens the name; so does a company's (亘富|200万吨…)
        cut = word.end
    return cut


# The tagger's name classes that make a modifier specific (nz, "other proper noun",
# covers technical terms such as 抽水蓄能, so it does not count).
_SPECIFIC_TAGS = frozenset({"LOC", "ORG", "PER", "nw"})


def is_specific(sent: SentenceText, start: int, end: int) -> bool:
    """True when a modifier names one thing: it holds a proper name (a division, or a
    place, company or person the tagger marks, even run into the head), a quoted name or
    Latin letters (G60).  A count or ordinal (6大, 二期, 5A级) is not enough.

    ``某某县综合物流园`` is specific; ``综治中心``, ``国家区域医疗中心``, ``7大产业集群`` are not.
    """
    text = sent.text[start:end]
    if _OPEN_QUOTE in text or re.search(r"[A-Za-z]", text) or _NUMBER_NAME.search(text) or _paired_city_initials(sent, text):
        return True
    return _holds_name(sent, start, end, _SPECIFIC_TAGS, run_into_head=2)


def _paired_city_initials(sent: SentenceText, modifier: str) -> bool:
    """True for a modifier that is the initials of two cities, one of the home province, and no
    word of the language (深哈产业园: 深圳 and 哈尔滨 in 黑龙江's report): what they build together."""
    if len(modifier) != 2 or modifier[0] == modifier[1] or _dictionary_word(modifier) or is_common_word(modifier):
        return False
    cities = [abbreviation_candidates(c) for c in modifier]
    return all(cities) and any(d.code[:2] in sent.home_provinces for ds in cities for d in ds)


# A number read digit by digit that names a thing (六二六建材市场, 12319热线): three digits or more,
# no place value (十, 百, 万) and no unit or measure after them, so no count, year or amount.
_NUMBER_NAME = re.compile(r"(?<![\d.])(?:\d{3,}|[〇零一二三四五六七八九]{3,})(?![\d.万亿千百十年月日号个项家座条吨元亩米平方公里千瓦%％届期批多余场所次人户台套辆栋间处种类件名位])")


def _holds_name(sent: SentenceText, start: int, end: int, tags: frozenset[str], run_into_head: int = 0,
                common_divisions: bool = True) -> bool:
    """True when [start, end) holds a division's name or a word the tagger marks with one
    of ``tags`` (which may run ``run_into_head`` characters past ``end``), unless the tagger
    cut that word out of a word of the dictionary (制造|业园区), it names a kind (国家实验室) or
    a level (自治区|级物流园区).
    A division's name that is a common word (安居 of 城乡安居, 港口) counts only for a
    division of the home province, and not at all without ``common_divisions``."""
    if any(w.tag in tags and start <= w.start and w.end <= end + run_into_head
           and (w.end <= end or end - w.start >= 2)  # 综合运输|大通道: a word of the head and one character names nothing
           and not _opens_inside_token(sent, w.start) and not _only_a_kind(sent.text[w.start:w.end])
           and not sent.text.startswith("级", w.end)  # 自治区|级: a level, no place
           for w in sent.words):
        return True
    return any((sent.text[i:j] in division_names() and not _read_as_a_predicate(sent, i, j) and (
                    not is_common_word(sent.text[i:j]) or (common_divisions and _named_at_home(sent, sent.text[i:j]))))
               or sent.text[i:j] in region_names() or _a_town_s_short_name(sent, i, j)
               for i, j in _word_aligned_spans(sent, start, end)) or _opens_with_city_initials(sent, start, end)


def _a_town_s_short_name(sent: SentenceText, start: int, end: int) -> bool:
    """True for a town of the home province by its name without its level (二堡 of 二堡镇):
    a word jieba's dictionary does not hold, or one inside a place the tagger reads; never a
    frequent word of the dictionary (新华, 东风)."""
    name = sent.text[start:end]
    if len(name) < 2 or name.endswith(_TOWN_ENDINGS) or not _town_at_home(name, sent.home_provinces):
        return False  # the town data first: most spans asked about are no town's name
    import jieba

    return not _dictionary_word(name) and (
        not jieba.get_FREQ(name) or any(w.tag == "LOC" and w.start <= start and end <= w.end for w in sent.words))


def _named_at_home(sent: SentenceText, name: str) -> bool:
    """True when a division of the home province has the name (港口 is a word, and a district
    of 防城港: a name only in 广西's reports)."""
    return any(d.code[:2] in sent.home_provinces for d in divisions_named(name))


def _read_as_a_predicate(sent: SentenceText, start: int, end: int) -> bool:
    """True when the tagger reads [start, end) as one verb, verbal noun or adjective: a
    division's name that is a word of the language there (文化|惠民|工程, 新兴|产业), no place."""
    return any(w.start == start and w.end == end and w.tag in _PREDICATE_TAGS for w in sent.words)


_PREDICATE_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "an"})


def _opens_with_city_initials(sent: SentenceText, start: int, end: int, whole: bool = False) -> bool:
    """True when ``[start, end)`` opens with (or, ``whole``, is) a region named by the initials
    of three to five cities of the home province (甲乙丙|低空经济产业集群): see :func:`city_initials`."""
    pattern = _city_initials_pattern(sent.home_provinces)
    run = (pattern.fullmatch if whole else pattern.match)(sent.text, start, end) if pattern else None
    return run is not None and _a_run_of_initials(sent, run)


# The tagger's nouns, which a name never runs straight into.
NOUN_TAGS = frozenset({"n", "vn", "nz"})
# Its nouns but the verbal ones (建设 of 某某实验室建设 speaks of the laboratory, 体系 is another thing).
_PLAIN_NOUN_TAGS = frozenset({"n", "nz"})


def _modifies_a_noun(sent: SentenceText, offset: int, tags: frozenset[str] = NOUN_TAGS) -> bool:
    """True when a noun of the tagger (of ``tags``) starts at ``offset``: what ends there
    modifies it."""
    return any(w.start == offset and w.tag in tags for w in sent.words)


def _holds_a_site(modifier: str, sites: dict[str, str]) -> bool:
    """True when a 工程's modifier names the site it is built at (污水处理厂二期工程); a digital
    platform is none (工业互联网创新工程 is a programme)."""
    return any(len(head) >= 2 and head in modifier and cls != _DIGITAL for head, cls in sites.items())


_DIGITAL = "DigitalPlatform"


def _names_an_owner(sent: SentenceText, start: int, end: int) -> bool:
    """True when a modifier names whose or where a thing is: a place or a company the
    tagger marks, or a division (某某公司褐煤提质项目, not “某某”重大项目)."""
    return _holds_name(sent, start, end, _OWNER_TAGS)


def _names_a_place(sent: SentenceText, start: int, end: int) -> bool:
    """True when a modifier holds a place (a division, or a place the tagger marks): what
    makes a 工程 one site (某河两岸亮化工程) rather than a programme, which a quoted
    code or a slogan names (“415X”某某培育工程, 新时代某某协作工程)."""
    return _holds_name(sent, start, end, _PLACE_TAGS, common_divisions=False)


def _names_a_feature(sent: SentenceText, start: int, end: int) -> bool:
    """True when a modifier holds a natural feature or a site the tagger marks (某河, 某湖, 某山,
    某某景区, 某某湿地): what a works' aim (提升, 综合整治) is done to on the ground, not the
    places a programme covers (某省, 北疆)."""
    modifier = sent.text[start:end]
    return any(is_specific(sent, start, start + at) and not _A_RATING.search(modifier, 0, at)
               for head, cls in name_heads() if cls in _FEATURE_CLASSES and len(head) >= 2
               and (at := modifier.find(head)) > 0) or any(
        w.tag == "LOC" and start <= w.start and w.end <= end
        and (ending_class(sent.text[w.start:w.end], "place_suffixes") in _FEATURE_CLASSES
             or ending_class(_DIRECTION_SECTION.sub("", sent.text[w.start:w.end]), "tagged_site_endings") == "Road")
        # 某某大道(南段)|提升工程: works on one road
        for w in sent.words)


_FEATURE_CLASSES = frozenset({"River", "Lake", "SaltLake", "Mountain", "ProtectedArea", "ScenicArea", "Road"})


def _names_one_site(sent: SentenceText, start: int, end: int) -> bool:
    """True when a works' modifier names one built site or one town, what its aim (提升, 保护提升)
    is done to (某某纪念馆提升工程, 某某体育中心改造提升工程, 某某古城保护提升工程, 某县某某镇
    饮水安全巩固提升工程), not the places a programme covers (某省, 某市) nor the field it grows
    (某某产业集群培育工程)."""
    modifier = sent.text[start:end]
    return any(is_specific(sent, start, start + at) for head, cls in name_heads()
               if cls in _BUILT_SITE_CLASSES and len(head) >= 2 and (at := modifier.find(head)) > 0) or any(
        modifier.endswith(_TOWN_ENDINGS, 0, town_end) and _town_at_home(modifier[town_start:town_end], sent.home_provinces)
        for town_end in range(3, len(modifier) + 1) for town_start in range(max(0, town_end - 5), town_end - 2))


_BUILT_SITE_CLASSES = frozenset({"PublicServiceFacility", "Locality", "Port", "Railway", "Airport", "EnergyProject",
                                 "EcologicalProject", "IndustrialProject"})
_PLACE_TAGS = frozenset({"LOC"})
_OWNER_TAGS = frozenset({"LOC", "ORG"})


def _word_aligned_spans(sent: SentenceText, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of two to eight characters inside [start, end) that begin where a word of
    the tagger does, so a division's name is not read inside a word (新和 in 更新|和)."""
    starts = {w.start for w in sent.words} or set(range(start, end))
    for i in range(start, end):
        if i in starts:
            yield from ((i, j) for j in range(i + 2, min(end, i + 8) + 1))


def refine_class(name: str, cls: str) -> str:
    """Refine a generic project class by keywords in the name.

    >>> refine_class("祁连山生态综合治理工程", "Project")
    'EcologicalProject'
    >>> refine_class("海西千万吨煤炭储运保障基地", "Project")
    'LogisticsPark'
    """
    if cls not in ("Project", "PublicServiceFacility"):
        return cls
    for keyword, refined in project_keywords():
        if keyword in name:
            return refined
    return cls


@lru_cache(maxsize=None)
def _alternation(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=lambda w: (-len(w), w)))


# ---------------------------------------------------------------- rules


def _named_on_its_own(sent: SentenceText, start: int, end: int) -> bool:
    """True for what a conjunction joins to a name after it when it is a name of its own: one by
    its head (甲市中心医院|与乙大学附属医院), a division (甲市|与乙城市圈), a division's port
    (甲港|与乙港区) or a place the tagger reads whole up to the conjunction (某某快速路|与乙高速公路,
    某县某某镇|与乙新区); not the first of two aims of one work (某湿地保护|与修复工程)."""
    left = sent.text[start:end]
    return ((bool(name_head_ending(left)) and not _only_a_head(left)) or left in division_names()
            or (left.endswith(_PORT_WORD) and left[:-len(_PORT_WORD)] in division_names())
            or any(w.end == end and start <= w.start and w.tag == "LOC" and w.end - w.start >= _SHORTEST_WHOLE_PLACE
                   for w in sent.words))


# The fewest characters of a place the tagger reads whole before a conjunction (某某路|与…): two may be
# a word it cut out of a longer name.
_SHORTEST_WHOLE_PLACE = 3


_PORT_WORD = "港"


def _after_a_company_s_verb(sent: SentenceText, start: int, head_start: int) -> int:
    """Where a site's name begins after a company the tagger names and a verb it is the subject
    of (某某集团有限公司|整合|国有景区资源): what the company does to the site is no part of its name."""
    forms = tuple(words("company_forms"))
    for company in sent.words:
        if company.tag == "ORG" and start <= company.start and company.end < head_start and sent.text.endswith(
                forms, company.start, company.end):
            verb = next((w for w in sent.words if w.start == company.end and w.tag in _VERB_TAGS
                         and sent.text[w.start:w.end] in words("boundary_verbs") | words("building_verbs")), None)
            if verb is not None and verb.end <= head_start:
                start = verb.end
    return start


def _after_the_line_of_a_station(text: str, start: int, end: int) -> int:
    """Where the name of a station ending at ``end`` begins when the text names it after the line
    it is on (甲乙高铁|丙西站): the station, by its town; the line is a name of its own.  A site of
    the station keeps the line in its name, as the genre writes it (甲乙高铁丙南站综合交通枢纽)."""
    line = _LINE_BEFORE_A_STATION.search(text, start, end)
    return line.end() if line else start


# A line's head (and the phase of it built) before the name of a station on it, which ends the
# name (甲乙高铁|丙西站, 甲乙铁路二期|丙南站).
_LINE_BEFORE_A_STATION = re.compile(rf"(?:城际铁路|高速铁路|铁路|高铁|城际)(?:[一二三四五]期)?(?=[{HAN}]{{2,5}}站$)")


def _a_phase_of_works(text: str) -> bool:
    """True when ``text`` closes with a head of a name and the phase built (某某提升工程二期): the
    works named before a conjunction, a name of their own (…工程二期和|某某修复工程)."""
    phase = _PHASE.search(text)
    return phase is not None and bool(name_head_ending(text[:phase.start()]))


def _a_joint_name(rest: str) -> bool:
    """True when a name and what follows its conjunction name one thing of both: a zone of their
    joining (甲区与乙县一体化高质量发展示范区) or a work that joins them (甲运河与乙航道连通工程;
    lexicon ``joint_words``), not a name of the second alone (甲市|与乙城市圈) nor one the joint
    word opens (甲片区|与协同发展先导区). ``rest`` opens with the conjunction."""
    return any(rest.find(word, _SHORTEST_JOINED + 1) > 0 for word in words("joint_words"))


# The fewest characters that name the second of two places a joint word joins (甲市与|乙县|一体化).
_SHORTEST_JOINED = 2


def _names_an_aim(modifier: str) -> bool:
    """True when a 工程's modifier alone names a programme: four characters or more
    (城乡居民增收), or a coinage that is no word of the language (探月, 种芯)."""
    return len(modifier) >= MIN_PROGRAM_AIM or not _dictionary_word(modifier)


@lru_cache(maxsize=1)
def _heads_by_reading() -> tuple[dict[str, str], dict[str, str]]:
    """The heads of names (head → class): those of sites alone, and those that may name a
    programme too (工程), whose names keep the verbs inside them."""
    either = words("program_project_heads")
    heads = dict(name_heads())
    return {h: c for h, c in heads.items() if h not in either}, {h: heads[h] for h in either}


@name_rule("head_nouns", 6)
def head_nouns(sent: SentenceText) -> Iterator[Candidate]:
    """Names ending in a head noun of the genre, typed by the head.

    ``加快推进格尔木工业园污水处理厂、德令哈工业园铁路专用线等基础设施项目`` yields
    格尔木工业园污水处理厂 (PublicServiceFacility), 德令哈工业园铁路专用线 (Railway)
    and the parks inside them (IndustrialPark).  A head that may name a programme
    (工程) keeps the verbs inside its name, as programmes do (某某质量提升工程).
    """
    heads = dict(name_heads())
    either = words("program_project_heads")
    sites, programme_or_site = _heads_by_reading()
    found = [*_headed_names(sent, sites), *_headed_names(sent, programme_or_site, keep_verbs=True)]
    for start, match in sorted(found, key=lambda f: (f[1].start(), f[0])):
        after_predicate = _after_last_predicate(sent, start, match.start(), words("inner_predicates"))
        if match.group(0) not in either and any(w.end == match.start() and w.tag in _VERB_TAGS
                                                and sent.text[w.start:w.end] in words("inner_predicates") for w in sent.words):
            continue  # 某片区建设|陆港: the site is the verb's object, named by no modifier
        if match.group(0) not in either or not _only_verbs(sent, after_predicate, match.start()):
            start = after_predicate  # 某某培育壮大工程: the aim's verbs (培育壮大) stay in a programme's name
        if match.group(0) in either:
            if _rejected(sent.text, start) or _rejecting_verb_inside(sent, start, match.start()):
                continue  # 坚决反对某某工程: a kind of work to avoid, no programme
            start = _after_campaign_verb(sent, start, match.start(), match.group(0))  # 联动实施某某工程
            start = _after_last_predicate(sent, start, match.start(), words("admission_verbs"))  # 入选某某工程
            aim = _aim_verb_after_campaign(sent, start, match.end())
            if (aim < start and sent.text.endswith(tuple(words("campaign_verbs")), 0, aim)
                    and match.start() - start >= MIN_PROGRAM_AIM and not is_generic(sent.text[start:match.start()])):
                start = aim  # 实施|提升某某质量工程: the aim's verb opens the programme's name (not 落实|落细民生工程)
        amount = _AMOUNT_BEFORE_NAME.match(sent.text, start)
        if amount:
            start = amount.end()  # 550万元某某文体馆项目, 5万平方米某某小区: the amount is no part of the name
        year = _OPENING_YEAR.match(sent.text, start)
        if year and year.end() < match.start():
            start = year.end()  # 2031|某某古城国际灯光节: the year is an event's edition, no part of a site
        if match.group(0) not in either:
            start = _after_a_river_reach(sent.text, start, match.end())  # 某江下游|某某水电站
        if heads[match.group(0)] == "Locality":
            start = _after_its_subdistrict(sent.text, start, match.start())  # 甲街道|乙社区
        if match.group(0) not in either and sent.text.startswith(_NEW_ROUND, start):
            start += len(_NEW_ROUND)  # 新一轮|某某港区…规划: a round of a programme or plan, no part of a site
        if _SUPERLATIVE.search(sent.text, start, match.start()):
            inner_head = sent.text.rfind(match.group(0), start, match.start())
            if inner_head < 0:
                continue  # 全球最大某某生产基地: a description of one site, not its name
            start = inner_head + len(match.group(0))  # 亚洲最大专业货运机场|某某国际机场: the name after it
        joined = max((s for s, e in sent.tokens if start < s < match.start() and sent.text[s:e] in words("conjunctions")),
                     default=-1)  # the conjunction as a word of its own (not 协和医院, 和林格尔)
        if (joined > start and (_named_on_its_own(sent, start, joined) or _a_phase_of_works(sent.text[start:joined]))
                and not _a_joint_name(sent.text[joined:match.start()])):
            start = joined + 1  # 甲市中心医院与|乙大学附属医院, 甲路跨线桥和|乙大道改造工程: two names, each by its head
        start = _after_a_company_s_verb(sent, start, match.start())  # 某某有限公司整合|某某景区
        station = _after_the_line_of_a_station(sent.text, start, match.end())  # 甲乙高铁|丙西站
        at_a_station, start = station != start, station
        if sent.text.startswith(_ROUTE_HEADS, match.end()):
            if heads[match.group(0)] in _LINE_CLASSES:
                continue  # 甲至乙旅游环线|公路: the kind of the road, read with it
            start = max(start, sent.text.rfind(_TO, start, match.start()) + 1)  # 甲至|乙机场快速路: the site a route runs to
        apposed = _after_apposed_works(sent.text, start, match.start())  # 某某骨干工程|甲港东航道扩建工程
        if apposed != start and is_generic(sent.text[apposed:match.start()]):
            continue  # 某某工程完成|路基工程: a part of the works named before, of a kind
        start = apposed
        introduced = [m for m in INTRODUCTION.finditer(sent.text, start, match.start())
                      if m.group(1) or introduces_short_form(sent.text, start, m)]  # 某某公司（某某）|年产…生产线
        if introduced:
            start = introduced[-1].end()  # 某某合作区（以下简称某区）|主平台: the name after the short form's bracket
        if _QUOTE_RUN.fullmatch(sent.text, start, match.start()):
            continue  # “甲”“乙”工程: two programmes, each named by its quote (quoted_names)
        if start == match.start() or _AFTER_ENUMERATION.search(sent.text, 0, start):
            continue  # 甲、乙等新兴产业集群: the kind the listed names share, no name
        if counted_before(sent.text, start):
            continue  # 推进32个城中村改造项目: works counted, none of them named
        if _ORDINAL_EVENT.match(sent.text, start):
            continue  # 第十届环某湖国际公路|自行车赛: an edition of an event, no site
        if _title_of_a_city(sent.text, match.end()):
            continue  # 某市国家中心|城市, 某某区域消费中心城市: a title of a city, no centre
        if sent.text.startswith(tuple(words("event_heads")), match.end()):
            continue  # 2025全球工业互联网|大会: a meeting's theme, no site
        if match.group(0) == _MARKET and _a_market_to_sell_in(sent.text[start:match.start()]):
            continue  # 某某产品国际市场, 新兴市场, 拉美市场: a market to sell in, no marketplace built
        if sent.text.startswith(_new_building_heads(), match.end()):
            continue  # 某市图书馆|新馆: the new building is named, with its own head
        if match.group(0) == _FLIGHTS and not any(mark in sent.text[start:match.start()] for mark in _BETWEEN):
            continue  # 俄蒙航线, 东南亚航线: flights to a region, no route between two named ends
        end = match.end()
        section = _ROUTE_SECTION.match(sent.text, end)
        if section and (heads[match.group(0)] in _LINE_CLASSES or _power_transfer(sent.text[start:end])):
            end = section.end()  # 某某铁路青海段, 甲电入乙特高压工程乙段: the stretch in one province
        elif heads[match.group(0)] in _LINE_CLASSES and _DIRECTION_SECTION.match(sent.text, end):
            end += 2  # 某某绕城高速公路东段: the stretch built
        if _a_site_class(heads[match.group(0)]):
            end = _past_division_section(sent.text, end)  # 某某国家文化公园某省段: the stretch built
        end = _past_bracketed_section(sent, end)
        phase = (_phase_built(sent.text, end, _PHASE_AFTER_HEAD)
                 if match.group(0) not in either and CORE_CLASS_OF.get(heads[match.group(0)]) == "Place" else None)
        end = phase.end() if phase else end  # 某某植物园|二期建成: the phase built, a project of the site
        # 国家某某中心（某省）: the centre a province hosts is one centre
        hosted = sent.text.endswith("）", 0, end) and not sent.text.endswith("段）", 0, end)
        rating = _RATING.search(sent.text, start, match.start())
        if rating:
            if _verb_between(sent, start, rating.start()):
                continue  # 某某景区晋升为国家5A级景区: the site rated is named on its own
            if not is_specific(sent, start, rating.start()):
                continue  # 国家5A级景区: a rating, not a site
            end = rating.start()  # 某某大峡谷5A级景区 names 某某大峡谷, rated
        stage = match.group(0) in either and next(
            (w for w in ordered_words("work_stages") if sent.text.endswith(w, start, match.start())), "")
        if stage:
            building = _building_of_stage(sent, start, match.start() - len(stage), sites)
            if building:
                yield building
            continue
        name = sent.text[start:end]
        if _a_kind_of_park(sent, start, end):
            continue  # 开展化工园区…整治: a kind of park, though the tagger reads one place in it
        cls = refine_class(name, heads[match.group(0)])
        if match.group(0) in either:
            specific = ((_names_a_place(sent, start, match.start()) or _holds_a_site(sent.text[start:match.start()], sites))
                        and (not sent.text[start:match.start()].endswith(tuple(words("programme_aims")))
                             or _names_a_feature(sent, start, match.start())  # 某河某段堤防提升工程: works on one river
                             or _names_one_site(sent, start, match.start())))
            specific = specific or bool(_WATER_TRANSFER.match(name)) or _power_transfer(name)  # 引甲济乙工程, 甲电入乙…工程
            specific = specific or _works_on_a_named_water(sent.text[start:match.start()])  # 甲乙溪|综合整治工程
            specific = specific or bool(_ROUTE_STRETCH.search(sent.text, start, match.start()))  # 某某高速甲乙段扩容工程
            rated = _RATED_GRID_WORKS.match(sent.text, start, match.start())
            if rated and not rated.group(1):
                continue  # 500千伏输变电工程: works of a grade, none named
            specific = specific or bool(rated)  # 220千伏某某输变电工程: one substation and its lines
        elif match.group(0) in words("owned_heads"):
            specific = (_names_an_owner(sent, start, match.start()) or _one_site_at_home(sent, start, match.start(), sites)
                        or _phase_of_one(sent, start, match.start()))
        else:
            specific = is_specific(sent, start, match.start()) or hosted or at_a_station or (
                (heads[match.group(0)] in INSTITUTION_CLASSES or match.group(0).startswith(_NEW_BUILDING))
                and _home_level_word(sent, start, match.start())) or (  # 区图书馆|新馆: the body's new building
                match.group(0) not in words("designated_zone_heads") and _state_facility(sent, start, match.start(), end)) or (
                heads[match.group(0)] == _DIGITAL and _jurisdiction_s_own(sent, start, match.start(), end))
        urban = None if specific or not (match.group(0) in either or match.group(0) in words("owned_heads")) else (
            _urban_area_before(sent, start))
        if urban is not None:
            start, specific, name = urban, True, sent.text[urban:end]  # 中心城区|某某项目: one site of the town
        if specific and match.group(0) in words("designated_zone_heads") and (
                not _names_a_place(sent, start, match.start()) or _names_the_country(sent.text[start:match.start()])
                or any(w in sent.text[start:match.start()] for w in words("whole_jurisdiction"))):
            cls = "Program"  # 某某制度改革先行区, 美丽中国(省域)先行区: a title named by no place but the country
            # or the whole province, not a place
        elif not specific and _designated_zone(name, match.group(0)):
            if _counted_title(sent.text, start, end):
                continue  # 新增5个国家某某示范区: places that hold the title, no one name
            cls = "Program"  # 国家某某示范区 with no place in it: a title the state awards, not one place
        elif not specific:
            if match.group(0) not in either or not _names_an_aim(sent.text[start:match.start()]):
                continue
            if counted_before(sent.text, start):
                continue  # 建成20个某某工程: works counted, none named
            measure = _MEASURE.match(sent.text, start)
            if measure and _names_an_aim(sent.text[measure.end():match.start()]):
                start = measure.end()  # 完成3万亩某某工程: the area done, no part of the programme's name
            cls = "Program"  # 某某提质工程 with nothing specific in it is a programme, not a site
            if _works_on_the_ground(sent, start, match.start(), end):
                cls = refine_class(name, heads[match.group(0)])  # 某某管网改造一期工程完工: a site
        if match.group(0) == _MARKET and _a_state_title(sent.text[start:end]):
            cls = "Program"  # 全国统一大市场: the country's market to build, a programme, no marketplace
        if cls == _FACILITY and sent.text.endswith(tuple(words("founding_verbs")), 0, start):
            cls = "Organization"  # 成立|某某服务中心: the body founded, not a building
        cls = _institution_or_building(sent, start, end, cls)
        if phase and CORE_CLASS_OF.get(cls) == "Place":
            cls = "Project"  # a place has no phases: what is built in phases is a project
        yield sent.candidate(start, end, cls, "head_nouns")
        owner = _owning_company(sent.text[start:match.start()])
        if owner and cls != "Program":
            yield sent.candidate(start, start + len(owner), "Enterprise", "head_nouns")  # 某某银行|培训中心
        if (match.group(0).startswith(_NEW_BUILDING) and name_head_class(sent.text[start:match.start()]) == "Organization"
                and not sent.text.endswith(tuple(words("institution_buildings")), start, match.start())):
            yield sent.candidate(start, match.start(), "Organization", "head_nouns")  # 某市疾控中心|新址: the body too
            # (not 某市图书馆|新馆: the library's new building is what the text speaks of)


_FACILITY = "PublicServiceFacility"


def _institution_or_building(sent: SentenceText, start: int, end: int, cls: str) -> str:
    """The class of a museum or library (lexicon ``institution_buildings``) at ``[start, end)``:
    the institution (某某博物馆|接待观众), or its building where the text builds it
    (建设|某某博物馆, 某某博物馆|建成开放)."""
    if cls == "Organization" and sent.text.endswith(tuple(words("institution_buildings")), start, end) and (
            sent.text.endswith(tuple(words("building_verbs")), 0, start)
            or sent.text.startswith(tuple(words("works_statuses")), end) or _built_with_its_list(sent.text, end)):
        return _FACILITY
    return cls


def _built_with_its_list(text: str, end: int) -> bool:
    """True when the list an item closes at ``end`` is said to be built (甲馆、乙博物馆|、丙馆等
    文化新地标建成开放)."""
    listed = _REST_OF_LIST.match(text, end)
    return bool(listed) and any(text.startswith(tuple(words("works_statuses")), i)
                                for i in range(listed.end(), min(listed.end() + _KIND_CHARS, len(text))))


# The rest of a list after an item, to its 等 (、丙馆等|文化新地标建成开放).
_REST_OF_LIST = re.compile(r"(?:、[^，。；、]{2,20})*等")
_KIND_CHARS = 8


# Grid works by their voltage, with the name of their substation or without (220千伏某某输变电).
_RATED_GRID_WORKS = re.compile(rf"\d+千伏([{HAN}]*?)(?:输变电|变电站|输电线路|送出)$")
# A stretch of a named route inside a works' name (某某高速甲乙段, 某某铁路甲至乙段): one site.
_ROUTE_STRETCH = re.compile(r"(?:铁路|高速|公路|国道|省道|航道|运河|[A-Z0-9]线)[^，。、；]{0,10}(?<![阶手地])段")


@lru_cache(maxsize=1)
def _new_building_heads() -> tuple[str, ...]:
    """The heads of a body's new building (新馆, 新址, 新院区)."""
    return tuple(h for h, cls in name_heads() if h.startswith(_NEW_BUILDING) and cls == _FACILITY)


def _urban_area_before(sent: SentenceText, start: int) -> int | None:
    """Where the urban area of the report's own county or city that ends at ``start`` begins
    (中心城区|某某项目 in a county's or a district's report), if one does."""
    if not _below_a_province(sent):
        return None
    return next((start - len(a) for a in ordered_words("urban_areas") if sent.text.endswith(a, 0, start)), None)


def _works_on_the_ground(sent: SentenceText, start: int, head_start: int, end: int) -> bool:
    """True when a 工程 with no place in its name is a site all the same: a phase of it is
    named (某某改造一期工程), a road by its number (G30线某某互通立交工程), or what follows
    it is said only of works being built (某某处置工程开工建设, 某某道路工程进展顺利)."""
    if (_PHASE.search(sent.text, start, head_start) or _ROAD_CODE.search(sent.text, start, head_start)
            or _PHASE_AFTER.match(sent.text, end) or _a_rated_output(sent.text, start, head_start)):
        return True  # 某某改造一期工程, 某某调水工程|二期, 某某年产800吨某某扩建工程: works built
    return sent.text.startswith(tuple(words("works_statuses")), end)


def _a_rated_output(text: str, start: int, end: int) -> bool:
    """True when a rate of output and a number lie inside ``[start, end)`` (年产800吨, 日处理5万吨):
    the capacity of one plant."""
    return _rated_output_pattern().search(text, start, end) is not None


@lru_cache(maxsize=1)
def _rated_output_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(tuple(words('capacity_rates')))})\d")


# A superlative describing a site (全球最大, 首座): what it is, not what it is called.
_SUPERLATIVE = re.compile(r"最大|最长|最高|最先进|首个|首座|首家")


def _after_a_river_reach(text: str, start: int, end: int) -> int:
    """Where a site's name begins after the reach of a river that places it (金沙江下游|某某水电站):
    after the reach when a name of its own follows, more than a head and not made of words of the
    language (长江中游航运中心, 长江中游城市群 are names of their own); else ``start``."""
    reach = _REACH_OF_A_RIVER.match(text, start, end)
    rest = text[reach.end():end] if reach else ""
    if len(rest) >= 3 and has_name_ending(rest) and not _only_a_head(rest) and not _only_common_words(rest):
        return reach.end()
    return start


def _after_its_subdistrict(text: str, start: int, head_start: int) -> int:
    """Where a community's name begins after the subdistrict or town it lies in (甲街道|乙北路社区,
    甲镇|乙社区): the community is named alone, its subdistrict by the towns rule; else ``start``."""
    inside = _SUBDISTRICT_BEFORE.match(text, start, head_start)
    return inside.end() if inside and head_start - inside.end() >= 2 else start


# A subdistrict or town opening a community's name (甲街道, 甲镇).
_SUBDISTRICT_BEFORE = re.compile(rf"[{HAN}]{{2,6}}?街道|[{HAN}]{{2,3}}(?:镇|乡)(?!村|镇)")


# A reach of a river before a site's name (某江下游|某某水电站).
_REACH_OF_A_RIVER = re.compile(rf"(?:[{HAN}]{{1,5}}[江河])?(?:上游|中游|下游)")
# What opens the head of a body's new building (新馆, 新院区, 新址).
_NEW_BUILDING = "新"
# A phase of the works (一期, 二期) closing a modifier.
_PHASE = re.compile(r"[一二三四五六七八九]期$")
# A phase right after a place's head, not one that opens the works' own head (某某园二期|工程).
_PHASE_AFTER_HEAD = re.compile(r"[一二三四五六七八九]期(?![工项])")
# What closes a listed item or a clause after it (、, 等, 和).
_ITEM_CLOSE = re.compile(rf"[{_ITEM_ENDS}和及等]|$")
# A phase after a company's short form, its trade between (某某|石化|一期, 某某|四期).
_COMPANY_S_PHASE = re.compile(rf"[{HAN}]{{0,3}}?[一二三四五六七八九]期(?![工项])")


def _phase_built(text: str, at: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The phase ``pattern`` matches at ``at`` when it closes an item or comes before a status
    of the works (某某植物园|二期建成), else None: the works it belongs to go on after it
    (某某机场三期|扩建进度加快)."""
    phase = pattern.match(text, at)
    if phase and (text.startswith(tuple(words("works_statuses")), phase.end()) or _ITEM_CLOSE.match(text, phase.end())):
        return phase
    return None


def _company_s_phase(sent: SentenceText, end: int) -> int | None:
    """The end of the phase of a company's works after its short form ends at ``end``
    (``建成投产甲乙、丙丁四期等煤电项目``: 丙丁四期 is the works of the company 丙丁), the trade
    between holding no verb (某某石化|一期), or None."""
    phase = _phase_built(sent.text, end, _COMPANY_S_PHASE)
    if phase is None or any(end <= w.start < phase.end() and w.tag in _VERB_TAGS for w in sent.words):
        return None
    return phase.end()


def _owning_company(modifier: str) -> str:
    """The company that opens a site's modifier, when one does (某某银行 of 某某银行培训中心):
    a company's head with a modifier of its own that names no kind of company."""
    heads = [(modifier.find(h), h) for h in words("enterprise_heads") if modifier.find(h) >= 2]
    if not heads:
        return ""
    at, head = min(heads, key=lambda found: found[0] + len(found[1]))
    before = modifier[:at]
    end = at + len(head)
    end += next((len(form) for form in ordered_words("company_forms") if modifier.startswith(form, end)), 0)  # 某某集团|有限公司
    return modifier[:end] if not is_generic(before) and not _kind_of_company(before) else ""


# A centre that describes the city after it (国家中心|城市): the city's title.
_CENTRE, _CITY = "中心", "城市"


def _title_of_a_city(text: str, end: int) -> bool:
    """True when a name ending at ``end`` in 中心 goes on with 城市 (某市国家中心城市)."""
    return text.endswith(_CENTRE, 0, end) and text.startswith(_CITY, end)


# A government: a body when a division or a level names whose (某市人民政府, 省政府).
_GOVERNMENT = "政府"
# A marketplace's head, which also names a market to sell in (国际市场).
_MARKET = "市场"
# A flight route is one thing between two named ends (甲至乙航线, 甲—乙航线), not flights to a region.
_FLIGHTS = "航线"
_BETWEEN = ("至", "—", "-", "到")

# A measure that opens a span (3万亩, 120公里): how much of a programme was done.
_MEASURE = re.compile(r"[\d.]+万?(?:亩|公里|平方米|平方公里|千米|米|户|人|吨)")


# Water transfer works, named by where the water goes (南水北调, 引甲济乙, 引甲入乙, 甲乙引水):
# built works, sites, even with no place or site in their names.
def _works_on_a_named_water(modifier: str) -> bool:
    """True when a 工程's modifier names a river, lake or canal by its ending and the works done on it
    right after (甲乙溪|综合整治, 丙丁塘|航道整治, 戊己江西溪|防洪提升; lexicons ``water_name_endings``
    and ``water_works``):
    works on one water, whatever the tagger reads its name as; not a kind of water (农村河|道,
    城市内河)."""
    works = tuple(words("water_works"))
    endings = words("water_name_endings")
    return any(modifier[end] in endings and modifier.startswith(works, end + 1)
               and not is_common_word(modifier[:end]) and not _only_common_words(modifier[:end])
               and not is_generic(modifier[:end])
               for end in range(_SHORTEST_WATER_STEM, min(len(modifier) - 1, _LONGEST_WATER_STEM + 1)))


# How long the name of a river, lake or canal is before its last character (抱坡|溪, 九龙江西|溪).
_SHORTEST_WATER_STEM, _LONGEST_WATER_STEM = 2, 5


_WATER_TRANSFER = re.compile(rf"(?:[东南西北]水[东南西北]调|引[{HAN}]{{1,2}}[济入补][{HAN}]{{1,2}}|[{HAN}]{{1,3}}引水)")


def _power_transfer(name: str) -> bool:
    """True for works named after the power one province sends another (甲电入乙, 甲电送乙,
    by their one-character abbreviations): one transmission line, however common its head."""
    return _power_transfer_pattern().match(name) is not None


@lru_cache(maxsize=1)
def _power_transfer_pattern() -> re.Pattern[str]:
    abbreviations = "".join(sorted(province_abbreviations()))
    return re.compile(rf"[{abbreviations}]电[入送][{abbreviations}]")


def _names_the_country(modifier: str) -> bool:
    """True when the only place a modifier names is the whole country (美丽中国): a title of
    the state's, named after its aim for the country, lies nowhere in particular."""
    return any(modifier.endswith(c) for c in words("country_names")) and not any(
        n in modifier for n in division_names() if len(n) >= 2)


def _phase_of_one(sent: SentenceText, start: int, end: int) -> bool:
    """True when a modifier ends in a phase of what it names (某某城市一期|项目): works built
    in phases are one project, however common the words that name them."""
    phase = _PHASE.search(sent.text, start, end)
    return phase is not None and phase.start() - start >= 2 and not counted_before(sent.text, start)


def _one_site_at_home(sent: SentenceText, start: int, end: int, sites: dict[str, str]) -> bool:
    """True when a county's or district's own report names a project by the site it builds
    (某某中心基础设施项目, 某某填埋场某某项目): in a report of one county there is one such
    site, so the project is one thing; a province's report names a kind."""
    modifier = sent.text[start:end]
    return (any(not c.endswith("00") for c in sent.home_codes) and len(modifier) >= 4
            and _holds_a_site(modifier, sites) and not is_generic(modifier)
            and not counted_before(sent.text, start))


def _building_of_stage(sent: SentenceText, start: int, end: int, sites: dict[str, str]) -> Candidate | None:
    """The building whose stage of works a 工程 names (某某写字楼 of 某某写字楼土建工程),
    typed by its own head, when it ends in a site's head or names something specific; none
    after what the works did (某某公路|完成|路基工程: the road, named on its own)."""
    name = sent.text[start:end]
    if name.endswith(tuple(words("works_progress_verbs"))):
        return None
    head = next((h for h in sorted(sites, key=len, reverse=True) if name.endswith(h) and len(name) > len(h)), None)
    if len(name) < 2 or not (head or is_specific(sent, start, end)):
        return None
    return sent.candidate(start, end, refine_class(name, sites[head]) if head else "Project", "head_nouns")


def _inside_word(sent: SentenceText, start: int, end: int) -> bool:
    """True when a common word of the tagger holds ``[start, end)`` and goes on past it
    (赛 in 新赛道), not when it only begins at the end of it (大和 after 二十大)."""
    return any(w.start <= start and w.end > end and not w.is_name for w in sent.words)


def _after_last_verb(sent: SentenceText, start: int, end: int) -> int:
    """Where a name begins after the last verb of the tagger inside ``[start, end)``."""
    return max((w.end for w in sent.words if w.tag in _VERB_TAGS and start <= w.start and w.end <= end), default=start)


def _verb_between(sent: SentenceText, start: int, end: int) -> bool:
    """True when a verb of the tagger lies inside ``[start, end)``."""
    return any(w.tag in _VERB_TAGS and start <= w.start and w.end <= end for w in sent.words)


# A site's rating before its head (5A级, 国家4A级旅游): the name is what comes before it.
_RATING = re.compile(r"(?:国家)?(?:[1-5]?A|S{1,5})级(?:旅游)?$")
# A rating alone, named by its level (国家4A级旅游景区, 5A级景区): no site.
_A_RATING = re.compile(r"(?:国家)?(?:[1-5]?A|S{1,5})级")

_ROUTE_HEADS = ("高速公路", "高速", "一级公路", "二级公路", "公路", "快速路", "快速通道", "铁路", "铁路联络线")


_ROUTE_HEADS_LONGEST_FIRST = tuple(sorted(_ROUTE_HEADS, key=len, reverse=True))
_RAILWAY = "铁路"
_TO = "至"
declare_rule("route_ends", 4)  # the ends a route is named from (甲 and 乙 of 甲至乙公路)


@name_rule("routes", 8)
def routes(sent: SentenceText) -> Iterator[Candidate]:
    """Roads and railways named from their ends, 甲至乙公路, alone or enumerated.

    ``西海至察汗诺、涩北至察尔汗等公路加快建设`` yields the roads 西海至察汗诺公路 and
    涩北至察尔汗公路 and their ends 西海, 察汗诺, 涩北, 察尔汗;
    ``格尔木至老茫崖、茶卡镇北过境等公路`` yields 格尔木至老茫崖公路 and 茶卡镇北过境公路;
    ``推动甲乙、丙丁至戊己、庚辛铁路纳规`` the railway 丙丁至戊己铁路 too.
    """
    for match in re.finditer(rf"(等)?({_alternation(_ROUTE_HEADS)})", sent.text):
        if _head_blocked(sent.text, match.start(2), match.end(2)) or sent.text.startswith(_ROUTE_HEADS, match.end(2)):
            continue  # 甲至乙高速|铁路: the kind of a railway, no road
        head = match.group(2)
        label = _route_class(head)
        shared = match.group(1) is not None
        body_end = match.start()
        clause_start = _clause_start(sent.text, body_end)
        segment = sent.text[clause_start:body_end]
        if shared and "、" in segment:
            first_sep = clause_start + segment.index("、")
            qualifier = _EVENT_QUALIFIER.search(sent.text, clause_start, first_sep)  # 甲乙（扩建）、丙丁等高速公路
            name_end = qualifier.start() if qualifier and qualifier.end() == first_sep else first_sep
            body_start = left_extent(sent, name_end, clause_start)
        else:
            zhi = segment.rfind("至")
            if shared or zhi < 0:
                continue
            body_start = left_extent(sent, clause_start + zhi, clause_start)
        # 甲乙、丙至丁、戊己铁路: a list without 等 whose last item bears the head for all
        listed = not shared and "、" in sent.text[body_start:body_end]
        items = _items_between(sent, body_start, body_end) if shared or listed else [(body_start, body_end)]
        for k, (item_start, item_end) in enumerate(items):
            item = sent.text[item_start:item_end]
            if len(item) < 2 or is_generic(item) or not all(_NAME_CHAR.match(c) for c in item):
                continue
            if listed and k < len(items) - 1 and "至" not in item:
                continue  # named by its initials: abbreviations and list_siblings read it
            if _ROAD_CODE.fullmatch(item.split("至")[0]):
                continue  # G109至某地高速: a road's number and where it goes, no route named from two ends
            if any(item_start <= w.start and w.end <= item_end and _a_progress_verb(sent, w) for w in sent.words):
                continue  # 甲至乙段完成|一级公路改造: a clause, the road's grade after its verb, no route
            own_head = next((h for h in _ROUTE_HEADS_LONGEST_FIRST if item.endswith(h)), "")
            owns_head = k == len(items) - 1 and not shared
            if own_head and not owns_head:  # 甲至乙铁路、丙丁高速: the first route bears its own head
                item_label, item_head, item = _route_class(own_head), "", item[:-len(own_head)]
            elif item.endswith(SECTION_ENDING) and not owns_head:
                continue  # 某某高铁甲至乙段、丙丁铁路: a section of a line, read by section_ends
            else:
                item_label, item_head = label, head
            yield sent.candidate(item_start, item_end + (len(head) if owns_head else 0), item_label,
                                 "routes", name=item + (item_head or own_head))
            ends = item.split("至")
            kind = next((w for w in ordered_words("road_kinds") if ends[-1].endswith(w)), "") if owns_head or own_head else ""
            ends[-1] = ends[-1][:len(ends[-1]) - len(kind)]  # 甲至乙旅游|公路: 乙 is where it runs to
            ends[-1] = ends[-1].removesuffix(_OF)  # 甲至乙的旅游公路
            if len(ends) == 2 and all(len(e) >= 2 for e in ends):
                for end_start, end_text in ((item_start, ends[0]), (item_start + len(ends[0]) + 1, ends[1])):
                    yield from _route_end(sent, end_start, end_start + len(end_text))


def _route_class(head: str) -> str:
    return "Railway" if head.startswith(_RAILWAY) else "Road"


def _route_end(sent: SentenceText, start: int, end: int) -> Iterator[Candidate]:
    """The place a route is named from at one end, past the number of a road or the country before
    it (G3012线|甲, 某国|甲) and without the part of a town after it (甲|城区); a site typed by its head (甲机场);
    none for a part of a town alone (县城) or a kind of site (会展中心)."""
    start = _after_a_road_code(sent.text, start, end)
    start += len(_country_opening(sent.text[start:end]))  # 某国|甲: the country is the gazetteer's
    town_part = next((p for p in _PARTS_OF_A_TOWN if sent.text.endswith(p, start, end)), "")
    end -= len(town_part)
    if sent.text.endswith(SECTION_ENDING, start, end) and end - start > len(SECTION_ENDING) + 1:
        end -= len(SECTION_ENDING)  # 甲至乙段|公路: the section runs to 乙
    name = sent.text[start:end]
    if len(name) < 2 or is_generic(name):
        return
    head = name_head_class(name)
    if head is not None and (_only_a_head(name) or _generic_before_ending(name)):
        return
    cls = refine_class(name, head) if head else "Town" if name.endswith(TOWN_LEVELS) else "Locality"
    yield sent.candidate(start, end, cls, "route_ends")


# A part of a town a route runs to (甲县城至乙镇公路, 甲至乙城区快速通道): the town is the end.
_PARTS_OF_A_TOWN = ("县城", "城区", "市区")


@name_rule("section_ends", 4)
def section_ends(sent: SentenceText) -> Iterator[Candidate]:
    """The places a section of a line or river runs between (甲至乙段): ``京沪高速新沂至江都段``
    yields 新沂 and 江都, ``中央桥至哈萨尔桥段`` both bridges' sites; the first end is a place
    of the tagger's that ends at 至, the second the name characters up to 段."""
    for match in _SECTION_BETWEEN.finditer(sent.text):
        first = next(((w.start, w.end) for w in sent.words
                      if w.end == match.start() and w.tag == "LOC" and w.end - w.start >= 2), None) or next(
            ((match.start() - n, match.start()) for n in (4, 3, 2) if n <= match.start() and any(
                _town_at_home(sent.text[match.start() - n:match.start()] + level, sent.home_provinces)
                for level in ("", _SUBDISTRICT_LEVEL))), None)
        if first is None or is_generic(match.group(1)):
            continue  # (G319线|甲市至乙段: 甲市 a town or subdistrict of the home province, by its short name)
        first = (_after_a_road_code(sent.text, *first), first[1])  # G219线甲|至乙段: the road's number is no end
        for start, end in (first, (match.start(1), match.end(1))):
            yield sent.candidate(start, end, ending_class(sent.text[start:end], "place_suffixes", "Locality"),
                                 "section_ends")  # 贺兰山至阴山段: mountains; a road's ends are settlements


_OF = "的"


def _after_a_road_code(text: str, start: int, end: int) -> int:
    """Where a place's name begins after the number of a road the tagger ran into it (G219线|叶城):
    past the number, when two characters or more remain; else ``start``."""
    code = _ROAD_CODE.match(text, start, end)
    return code.end() if code and end - code.end() >= 2 else start


def _items_between(sent: SentenceText, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list in ``[start, end)``, parted by 、 and by a conjunction the tagger
    reads as one (甲、乙和丙; not the 和 of 和龙)."""
    cuts = [i for i in range(start, end) if sent.text[i] == "、"]
    cuts += [w.start for w in sent.words
             if w.tag == "c" and start < w.start < end and sent.text[w.start:w.end] in words("conjunctions")]
    bounds = [start - 1] + sorted(cuts) + [end]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:])]


# A count between 等 and the shared head (等一批龙头企业, 等3家企业).
_ENUMERATION_COUNT = r"(?:一批|一些|一系列|多家|[\d一二三四五六七八九十两百]+(?:\.\d+)?[千万]?多?[家个所批条处户项])?"
_AFTER_ENUMERATION = re.compile(rf"等{_ENUMERATION_COUNT}$")
# Endings of a road's name (某某路, 某某大街, 某某大道).
_ROAD_ENDINGS = ("路", "街", "大道")
# A description of what the listed things are, between the count and the head
# (等一批“某某”标志性项目, 等一批引领性工程, 等58条重要道路, 等骨干道路, 等新项目, 等1.2万个亿元以上项目).
_DESCRIBED_AS = rf"(?:“[^“”]{{1,10}}”)?[{HAN}]{{1,3}}性|重要|重点|主要|骨干|新|[\d.]*[千百]?[万亿]元以上"


def _is_clause(sent: SentenceText, start: int, item: str) -> bool:
    """True when a listed item is a clause, not a name: it holds 的, a conjunction before a
    verb (保障和改善…), or opens with a verb of the tagger in four characters or more (具有…)."""
    if "的" in item:
        return True
    verbs_at = {w.start for w in sent.words if w.tag == "v"}
    if any(c in words("conjunctions") and start + k + 1 in verbs_at for k, c in enumerate(item)):
        return True
    return len(item) >= 4 and start in verbs_at


def _describes_a_kind(sent: SentenceText, start: int, end: int, attribute_after: bool = False) -> bool:
    """True when [start, end) is a kind of thing (世界一流企业): it ends the phrase (no
    的 or noun after it, but for the work done on them: 等酒店的开工, 等郊野公园建设。; with ``attribute_after``,
    a noun that says what the things have: 等平台经济企业|营收) and holds no verb (面向企业 is
    a clause)."""
    if sent.text[end:end + 1] == "的":
        if not any(w.start == end + 1 and w.tag == "vn" for w in sent.words):
            return False
    elif (_modifies_a_noun(sent, end) and not attribute_after and not sent.text.startswith(_PROJECTS_OF, end)
          and not _work_closing_the_clause(sent, end)):
        return False  # 等城市商贸综合体|项目 are projects of the kind, still named by the list
    return not any(w.tag in _VERB_TAGS and start <= w.start < end for w in sent.words)


_PROJECTS_OF = "项目"


def _work_closing_the_clause(sent: SentenceText, offset: int) -> bool:
    """True when a verbal noun at ``offset`` ends the clause: the work done on what the list
    names (推进甲、乙等郊野公园|建设。), not a noun it modifies (等平台|科研工作)."""
    word = next((w for w in sent.words if w.start == offset and w.tag == "vn"), None)
    return word is not None and (word.end == len(sent.text) or sent.text[word.end] in _CLAUSE_ENDS)


@lru_cache(maxsize=1)
def _enumeration_reading() -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]],
                                    tuple[re.Pattern[str], re.Pattern[str]]]:
    """The heads and kinds that close an enumeration (word → class, shared), and the patterns
    of 等 before one of them: a head or a kind that closes a list alone first, then a kind
    that needs words of what the things are before it (等防洪工程, not 等工程)."""
    heads = {row[0]: (row[1], row[2] == "yes") for row in table("enumeration_heads")}
    kind_rows = table("enumeration_kinds")
    kinds = {row[0]: (row[1], row[2] == "yes") for row in kind_rows}
    alone = tuple(row[0] for row in kind_rows if row[3] == "yes")
    worded = tuple(row[0] for row in kind_rows if row[3] != "yes")
    return heads, kinds, (
        re.compile(rf"等{_ENUMERATION_COUNT}((?:{_DESCRIBED_AS})??)"
                   rf"((?:{_alternation(tuple(heads))})|[{HAN}]{{0,6}}(?:{_alternation(alone)}))"),
        re.compile(rf"等{_ENUMERATION_COUNT}()([{HAN}]{{1,6}}(?:{_alternation(worded)}))"))


def _enumeration_closings(sent: SentenceText) -> Iterator[re.Match[str]]:
    """Each 等 that closes an enumeration, matched by the first pattern that reads it; a kind
    whose phrase holds another head of a list is none (等国家重大工程 is read by the head)."""
    heads, kinds, patterns = _enumeration_reading()
    for closing in re.finditer("等", sent.text):
        if (any(s < closing.start() < e and _dictionary_tag(sent.text[s:closing.end()]) for s, e in sent.tokens)
                and not any(w.end == closing.start() for w in sent.words)):
            continue  # 某某师范|高等|专科学校: 等 ending a word of the language (高等) closes no list, unless
            # the tagger ends a word before it (许继、平高|等领军企业)
        for k, pattern in enumerate(patterns):
            match = pattern.match(sent.text, closing.start())
            if match and (k == 0 or not _holds_a_head(match.group(2), heads, kinds)):
                yield match
                break


def _holds_a_head(kind_phrase: str, heads, kinds) -> bool:
    """True when a kind's phrase holds a head of a list other than its ending (国家|重大工程):
    the head tells what the list names."""
    kind = next(k for k in kinds if kind_phrase.endswith(k))
    return any(head in kind_phrase for head in heads if head != kind)


@name_rule("enumerations", 5)
def enumerations(sent: SentenceText) -> Iterator[Candidate]:
    """Items of an enumeration that ends in a shared head: 甲、乙等<head>.

    ``扎实推进三北防护林、祁连山生态综合治理等重点生态工程`` yields 三北防护林 and
    祁连山生态综合治理 (EcologicalProject); ``天空壹号、金子海等景区`` two scenic areas;
    ``甲乙、丙丁等一批龙头企业`` two enterprises, and so does any kind of company
    (``甲乙、丙丁等一批世界一流企业``) or hotel (``等一批星级酒店``).
    """
    heads, kinds, _ = _enumeration_reading()
    for match in _enumeration_closings(sent):
        if match.group(1) and match.group(2) not in heads:
            continue  # a description (标志性) goes before a head of the list only
        kind = next(k for k in kinds if match.group(2).endswith(k)) if match.group(2) not in heads else None
        cls, shared = heads[match.group(2)] if kind is None else kinds[kind]
        if cls == "Event" and _modifies_a_noun(sent, match.end(2)):
            continue  # 甲、乙等赛事活动: the list holds kinds of activity, not named events
        if kind is not None and not _describes_a_kind(sent, match.start(2), match.end(2),
                                                       attribute_after=cls == "Enterprise"):
            continue  # 甲、乙等面向企业的政策链: 企业 is not what the list names
        if match.group(2) in _ROUTE_HEADS:
            continue  # routes() reads these with their ends
        list_end = match.start()
        clause_start = _clause_start(sent.text, list_end)
        segment = sent.text[clause_start:list_end]
        if "、" not in segment and not (cls == "Enterprise" or (cls == "Road" and segment.endswith(_ROAD_ENDINGS))
                                        or CORE_CLASS_OF.get(cls) == "Project"):
            continue  # one item listed only of companies, roads and projects (引进某某等知名物流企业, 改造某某路等道路)
        first_start = _first_item_start(sent, clause_start, list_end)
        items = list(_enumerated_items(sent, first_start, list_end, cls))
        # 国有、民营等企业 lists kinds of company; in 甲乙、联想、丙丁等企业 the word of the
        # language is a company too, as the names around it are
        named_items = sum(len(core) <= _SHORT_FORM_CHARS and not _dictionary_word(core) and not _only_common_words(core)
                          for _, _, _, core in items)
        for item_start, item_end, item, core in items:
            if (len(core) < 2 or len(core) > 16 or is_generic(core) or _only_a_head(core)
                    or not all(_NAME_CHAR.match(c) for c in core)):
                continue
            if _is_clause(sent, item_start, core):
                continue  # 保障和改善民生、具有全局性的…等重大项目: what the projects do, not names
            if cls in ("Enterprise", "Organization") and _dictionary_word(core) and named_items < _NAMES_AROUND:
                continue
            if _kind_of_work(sent, item_start, item_end, cls):
                continue  # 化工新材料、专用化学品等项目: industries the projects are in
            if _AMOUNT_OF_WORK.match(core) or re.match(r"[\d.]", sent.text[item_start - 1:item_start]):
                continue  # 12公里热力主管网、2台热水锅炉等项目, 甲镇1.6|万吨仓储: amounts of work, no project named
            if item.startswith(_OPEN_QUOTE):
                item_start += 1
                item_end -= 1 if item.endswith(_CLOSE_QUOTE) else 0
            if CORE_CLASS_OF.get(cls) == "Place" or cls == _PORT_CLASS:
                item_start += len(_country_opening(core))  # 韩国|某某、日本|某某等港口城市: the city (the country is
                # the gazetteer's); a body keeps it (俄罗斯某某大学)
            if cls == "Enterprise":
                company_head = _enterprise_head_at_end().search(sent.text, item_start, item_end)
                item_start = _after_a_home_town(sent, item_start, company_head.start() if company_head else item_end)
                # 某某镇|某某有限公司: the company, after the town it is in
            if CORE_CLASS_OF.get(cls) == "Project" and _a_body_by_its_ending(core):
                yield sent.candidate(item_start, item_end, "Organization", "enumerations")
                continue  # 甲港、甲海关等口岸平台: a body listed among sites keeps its own kind and name
            # a shared head belongs to each item's name: 甲、乙等灌区 names 甲灌区 and 乙灌区
            head = kind or match.group(2)
            name = core + head if shared and not core.endswith(head) else ""
            yield sent.candidate(item_start, item_end, _listed_work_class(sent, item_start, item_end, cls),
                                 "enumerations", name=name)


_PORT_CLASS = "Port"


def _a_body_by_its_ending(name: str) -> bool:
    """True for a name that ends in a government agency's ending after a name of two characters or
    more (某某出入境检验检疫局, 某某海关)."""
    return any(name.endswith(e) and len(name) - len(e) >= 2 for e in words("agency_endings"))


# How many names of companies make the words of the language listed with them names too, and
# the longest short form counted as one (甲乙丙丁; 危化品重大危险源 is a kind of site).
_NAMES_AROUND = 1
_SHORT_FORM_CHARS = 6


def _enumerated_items(sent: SentenceText, first_start: int, list_end: int,
                      cls: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, item, item without quotes) of each item of 甲、乙等<head>, leading
    verbs dropped (新建、改造甲大街), and the tagger's too before a road (更新改造|甲路等道路)."""
    for listed_start, listed_end in _listed_items(sent, first_start, list_end):
        if listed_start == first_start and cls == "Road":
            listed_start = trim_by_words(sent, listed_start, listed_end)
        for item_start, item_end in _joined_names(sent, listed_start, listed_end):
            item = sent.text[item_start:item_end]
            yield item_start, item_end, item, item.strip(_OPEN_QUOTE + _CLOSE_QUOTE)


def _joined_names(sent: SentenceText, start: int, end: int) -> list[tuple[int, int]]:
    """An item of a list as the names a conjunction joins in it when both end as names do
    (甲路和乙大街, 甲商贸街及酒店), else whole (湿地保护与修复 is one work)."""
    joint = next((w for w in sent.words if w.tag in ("c", "p") and start < w.start and w.end < end
                  and sent.text[w.start:w.end] in words("conjunctions")), None)  # 与 the tagger reads as a preposition too
    if joint is None or not all(has_name_ending(part) or part.endswith(_ROAD_ENDINGS)
                                for part in (sent.text[start:joint.start], sent.text[joint.end:end])):
        return [(start, end)]
    return [(start, joint.start), (joint.end, end)]


def _listed_work_class(sent: SentenceText, start: int, end: int, cls: str) -> str:
    """The class of a listed project: a programme when it ends in a noun of work and names
    no place (甲乙治理, 丙丁保护与修复), else the list's class refined by its keywords."""
    core = sent.text[start:end]
    if (CORE_CLASS_OF.get(cls) == "Project" and core.endswith(tuple(words("work_actions")))
            and not _names_a_place(sent, start, end)):
        return "Program"
    if (CORE_CLASS_OF.get(cls) == "Project" and ending_class(core, "place_suffixes") == _RIVER
            and any(w.start == start and w.end == end and w.tag == "LOC" for w in sent.words)):
        return _RIVER  # 甲河、乙新河等骨干河道治理工程: the works are on the rivers, each a river (某某海 may be a company)
    return refine_class(core, cls)


_RIVER = "River"


def _kind_of_work(sent: SentenceText, start: int, end: int, cls: str) -> bool:
    """True for a listed project that holds no name of the tagger, ends in no head of a
    site (某某广场 is one) and that jieba cuts into common words only (量子通信, 化工新材料,
    中央预算内投资): a kind of work or industry, not one project."""
    core = sent.text[start:end]
    return (CORE_CLASS_OF.get(cls) == "Project" and not _holds_name(sent, start, end, _SPECIFIC_TAGS)
            and not core.endswith(_every_head()) and not (cls == "Road" and core.endswith(_ROAD_ENDINGS))
            and (_only_common_words(core) or _dictionary_word(core)))  # 胜利三路 in a list of roads is one


@lru_cache(maxsize=1)
def _shared_head_reading() -> tuple[dict[str, str], tuple[str, ...]]:
    """The heads a list of names may share (head → class), and every head of a name."""
    heads = {row[0]: row[1] for row in table("enumeration_heads") if row[2] == "yes" and row[0] not in _ROUTE_HEADS}
    return heads, tuple(h for h, _ in name_heads())


@lru_cache(maxsize=1)
def _rating_pattern() -> re.Pattern[str]:
    return re.compile(rf"等?(?:成功)?(?:{_alternation(tuple(words('rating_verbs')))})(?:国家)?[1-5]A级(?:旅游)?景区")


@name_rule("rated_sites", 6)
def rated_sites(sent: SentenceText) -> Iterator[Candidate]:
    """Sites listed before the rating they reach are scenic areas: ``甲府城、乙梯田、丙双龙
    成功创建国家5A级旅游景区`` yields three; ``推动甲部落创建国家5A级景区`` one."""
    for match in _rating_pattern().finditer(sent.text):
        clause_start = _clause_start(sent.text, match.start())
        first_start = _first_item_start(sent, clause_start, match.start())
        for start, end in _listed_items(sent, first_start, match.start()):
            item = sent.text[start:end]
            if (2 <= len(item) <= 12 and all(_NAME_CHAR.match(c) for c in item) and not is_generic(item)
                    and (start > first_start or not _verb_between(sent, start, end))):
                yield sent.candidate(start, end, "ScenicArea", "rated_sites")  # a verb inside a later item: 甲使鹿部落


@name_rule("shared_heads", 5)
def shared_heads(sent: SentenceText) -> Iterator[Candidate]:
    """A head written once after a list of short names belongs to each of them:
    ``甲、乙、丙遗址入选…`` yields 甲 (named 甲遗址) and 乙 (乙遗址); 丙遗址 is read whole
    by :func:`head_nouns`.  Only heads the lexicon marks as shared (遗址, 灌区, 机场 …).
    """
    heads, name_head_words = _shared_head_reading()
    for match in re.finditer(_alternation(tuple(heads)), sent.text):
        if sent.text.startswith(name_head_words, match.end()):
            continue  # 甲、乙口岸互贸区: the shared head is 互贸区, of another kind
        clause_start = _clause_start(sent.text, match.start())
        segment = sent.text[clause_start:match.start()]
        if "、" not in segment or segment.endswith("等"):
            continue  # 甲、乙等遗址: enumerations() reads it
        if sent.text.startswith("、", match.end()):
            continue  # 甲山、乙湖、丙丁水库、戊己…: the list goes on, the head is its item's own
        first_start = _first_item_start(sent, clause_start, match.start())
        if not _short_names_listed(sent.text[first_start:match.start()]):
            # 2027年、2028年分别建成|甲乙、丙丁高铁: the list the head closes opens after the last verb
            verb_end = max((w.end for w in sent.words if w.tag in _VERB_TAGS and clause_start <= w.start
                            and w.end <= sent.text.rfind("、", clause_start, match.start())), default=None)
            first_start = _first_item_start(sent, verb_end, match.start()) if verb_end is not None else match.start()
            if not _short_names_listed(sent.text[first_start:match.start()]):
                continue  # a list of names, not of clauses nor of things counted (运输机场3座、通用机场8座)
        items = sent.text[first_start:match.start()].split("、")
        last_start = match.start() - len(items[-1])
        if any(last_start <= w.start < match.start() and w.tag in _VERB_TAGS for w in sent.words):
            continue  # 甲、乙结束不通高铁: the last item is a clause, and the list no list of names
        head_end = _past_division_section(sent.text, match.end())
        pos = first_start
        for item in items[:-1]:
            if not is_generic(item) and not _only_a_head(item) and not _a_word_of_two(item):
                # 甲高铁、乙高铁: an item with an ending of its own is named whole
                own_route = len(item) >= 4 and _route_of_its_own(item)
                name = ("" if own_route or (len(item) >= 4 and has_name_ending(item))
                        else item + sent.text[match.start():head_end])
                cls = _tagged_class(item, "LOC") if name == "" and not own_route else heads[match.group(0)]
                yield sent.candidate(pos, pos + len(item), cls, "shared_heads", name=name)
            pos += len(item) + 1
        if not is_generic(items[-1]) and not _a_word_of_two(items[-1]):
            # 甲、乙、丙保护区: the last item and the head, one of the same kind as the others
            # (综合保税区、航空口岸: kinds, 航空 a word of the language, name none)
            yield sent.candidate(pos, head_end, heads[match.group(0)], "shared_heads")


def _a_word_of_two(item: str) -> bool:
    """True for a listed item of two characters that is a word of the language (航空 of 航空口岸)
    and no division's name (合肥, 大连 are words too): a kind of the head, not a name (longer
    items, 土城子, may be both)."""
    return len(item) == 2 and is_common_word(item) and item not in division_names()


def _short_names_listed(run: str) -> bool:
    """True for 甲、乙… of two or more short names, none of them counted (运输机场3座)."""
    items = run.split("、")
    return len(items) >= 2 and all(2 <= len(item) <= _SHARED_ITEM_CHARS and all(_NAME_CHAR.match(c) for c in item)
                                   and not _COUNT_INSIDE.search(item) for item in items)


# The longest name a head written once is shared by (辽上京, 土城子, 萨拉乌苏).
_SHARED_ITEM_CHARS = 6


def _route_of_its_own(item: str) -> bool:
    """True for a listed line named whole, by its own kind or a stretch of it (甲乙城际南段 in
    甲乙城际南段、丙丁高铁: no 高铁 of its own)."""
    return item.endswith(tuple(_ABBREVIATED_ROUTES)) or item.endswith(SECTION_ENDING)


# A count of the items just listed, before the kind they share (甲、乙两个市民广场, 甲和乙2个办事处).
_LIST_COUNT = re.compile(r"([两二三四五六七八九十]|\d+)([个座处家条所大])")
# The counting word of a group of programmes (三大战略), and the shortest and longest name of a
# programme counted so: a slogan of four characters (工业强市, 城乡统筹) is no programme's name.
_GREAT = "大"
_PROGRAMME_ITEM_CHARS = (5, 12)
# The tagger's parts of speech that end the phrase of a kind after a count (a verb, a mark).
_PHRASE_ENDS = frozenset({"v", "vd", "w", "p", "c", "u", "d", "ad"})


@name_rule("counted_lists", 5)
def counted_lists(sent: SentenceText) -> Iterator[Candidate]:
    """Items listed and counted before the kind they share: ``甲、乙两个市民广场投入使用``
    yields 甲 and 乙, each a thing of that kind (a square, by the head 广场), when the count
    is the number of items; ``甲、乙两个方面`` (no head of a name) yields none."""
    for match in _LIST_COUNT.finditer(sent.text):
        count = int(match.group(1)) if match.group(1).isdigit() else NUMERAL_VALUES[match.group(1)]
        clause_start = _clause_start(sent.text, match.start())
        items = list(_listed_items(sent, clause_start, match.start(), "、和"))
        if len(items) != count or count < 2 or sent.text.endswith("等", 0, match.start()):
            continue  # 甲、乙等三处遗址: enumerations() reads it
        phrase_end = next((w.start for w in sent.words if w.start >= match.end() and w.tag in _PHRASE_ENDS), None)
        phrase = sent.text[match.end():phrase_end] if phrase_end else ""
        cls = ending_class(phrase, "name_heads") or (  # 市民广场, 地下商城: one kind
            _enumeration_reading()[0].get(phrase, (None,))[0])  # 主干道路: a head of a list
        if match.group(2) == _GREAT:
            cls = "Program" if phrase in dict(table("program_heads")) else None  # 甲、乙和丙三大战略: three programmes
        if cls is None or len(phrase) > _SHARED_ITEM_CHARS:
            continue  # 甲和乙2个办事处文体活动中心项目: what is built for them, no kind they share
        if match.group(2) == _GREAT and sent.text.endswith(_OPEN_QUOTE, 0, match.start()):
            continue  # 甲、乙、丙“三大基金”: the parts of a group the report names, no programmes of their own
        first_start, first_end = items[0]
        items[0] = (_past_a_complement(sent, trim_by_words(sent, first_start, first_end)), first_end)
        # 完成|甲: the clause's verbs; 打|好|甲: the verb's complement too
        shortest, longest = (_PROGRAMME_ITEM_CHARS if cls == "Program" else (2, _SHARED_ITEM_CHARS))
        for start, end in items:
            name = sent.text[start:end]
            if (shortest <= len(name) <= longest and all(_NAME_CHAR.match(c) for c in name) and not is_generic(name)
                    and (not is_common_word(name) or (cls == "Road" and name.endswith(_ROAD_ENDINGS)))):
                yield sent.candidate(start, end, cls, "counted_lists")  # 学府路 is a word, and a street


@name_rule("enterprises", 7)
def enterprises(sent: SentenceText) -> Iterator[Candidate]:
    """Enterprises named by their trade word: 锂业, 镁业, 集团, 公司, 油田.

    ``主动做好盐湖集团司法重整后续工作`` yields 盐湖集团; ``青海油田微生物污油处理``
    yields 青海油田; ``推进国有融资平台公司转型`` a kind of company, none.
    """
    for start, match in _headed_names(sent, words("enterprise_heads")):
        if _inside_quote(sent.text, match.start()) or sent.text.startswith(tuple(words("event_heads")), match.end()):
            continue  # “好品某某 商行天下”: a slogan's word; 国际矿业大会: a meeting's theme, no company
        start = _after_last_conjunction(sent.text, start, match.start())
        start = _after_last_verb(sent, start, match.start())  # 多渠道补充|某某银行: the clause before the name
        start = _after_kind_of_company(sent.text, start, match.start())
        start = _after_a_home_town(sent, start, match.start())  # 某某镇|某某电石有限公司
        modifier = sent.text[start:match.start()]
        if (len(modifier) >= 2 and not is_generic(modifier) and not _kind_of_company(modifier)
                and not _COUNT_INSIDE.search(modifier)):  # 80余家央企二三级公司: companies counted
            yield sent.candidate(start, match.end(), "Enterprise", "enterprises")


def _after_a_home_town(sent: SentenceText, start: int, head_start: int) -> int:
    """Where a company's name begins after the town of the home province it is written in
    (蒙西镇|北方宏达电石有限公司): a company's registered name holds no town."""
    for end in range(start + 3, head_start - 1):
        if sent.text.endswith(_TOWN_ENDINGS, start, end) and _town_at_home(sent.text[start:end], sent.home_provinces):
            return end
    return start


def _after_kind_of_company(text: str, start: int, head_start: int) -> int:
    """Where a company's name begins after the kind of company it is said to be, written
    before it (某某产业化龙头企业|某某牧业有限公司): after the last kind of enterprise of the
    lexicon (龙头企业, 链主企业) inside its modifier; 某某企业管理有限公司 is one name."""
    kind_end = max((m.end() for m in _enterprise_kinds().finditer(text, start, head_start)), default=start)
    return kind_end if head_start - kind_end >= 2 else start


@lru_cache(maxsize=1)
def _enterprise_kinds() -> re.Pattern[str]:
    """The kinds of enterprise a list closes with (龙头企业, 链主企业), of the lexicon."""
    return re.compile(_alternation(tuple(row[0] for row in table("enumeration_heads")
                                         if row[1] == "Enterprise" and row[0].endswith(_ENTERPRISE)
                                         and row[0] != _ENTERPRISE)))


_ENTERPRISE = "企业"


@lru_cache(maxsize=1)
def _enterprise_head_at_end() -> re.Pattern[str]:
    return re.compile(f"(?:{_alternation(tuple(words('enterprise_heads')))})$")


@name_rule("listed_companies", 5)
def listed_companies(sent: SentenceText) -> Iterator[Candidate]:
    """Companies listed as the subject of what they do, when the tagger knows one of them:
    ``华海清科、海光信息、安擎信息等快速成长`` yields the three (the tagger names 华海清科 a
    company); ``甲、乙等加快发展`` with no company known, or a list of places, yields none."""
    for match in re.finditer("等", sent.text):
        if not any(w.start == match.end() and w.tag in _VERB_TAGS | _ADVERB_TAGS for w in sent.words):
            continue  # 甲、乙等企业: a head follows, the enumerations read it
        clause_start = _clause_start(sent.text, match.start())
        segment = sent.text[clause_start:match.start()]
        if "、" not in segment:
            continue
        first_start = _first_item_start(sent, clause_start, match.start())
        items = list(_listed_items(sent, first_start, match.start()))
        if not any(_a_known_company(sent, start, end) for start, end in items) or any(
                _opens_with_city_initials(sent, start, end, whole=True) for start, end in items):
            continue  # 甲乙丙、丁戊己等融合发展: cities named by their initials, no companies
        for start, end in items:
            if _a_company_s_short_form(sent.text[start:end]):
                yield sent.candidate(start, end, "Enterprise", "listed_companies")


@name_rule("company_subjects", 5)
def company_subjects(sent: SentenceText) -> Iterator[Candidate]:
    """The subjects of a predicate said only of companies (``company_predicates``):
    ``甲乙、丙丁工业成功上市`` and ``某钢、某某钢实现重组`` yield each listed company,
    ``12家企业成功上市`` and ``推动优质企业上市`` none (a count, a kind)."""
    for match in re.finditer(rf"{_alternation(tuple(words('company_predicates')))}|{_LISTING.pattern}", sent.text):
        clause_start = _clause_start(sent.text, match.start())
        first_start = _first_item_start(sent, clause_start, match.start(), boundaries=words("function_words"))
        if sent.text.endswith(_AT, 0, first_start):
            continue  # 某某股份有限公司在|某某证券交易所成功上市: where it lists, not what lists
        for start, end in _listed_items(sent, first_start, match.start()):
            end = min((w.start for w in sent.words if start < w.start < end and _a_progress_verb(sent, w)), default=end)
            if _a_company_s_short_form(sent.text[start:end]):  # 某某港|完成破产重整: the subject, before its verb
                yield sent.candidate(start, end, "Enterprise", "company_subjects")


_AT = "在"
# Listing on a bourse (登陆某交所, 登陆某某板): said only of companies.
_LISTING = re.compile(rf"登陆[{HAN}]{{0,3}}(?:交所|板)")


def _a_progress_verb(sent: SentenceText, word: Word) -> bool:
    """True for a verb of the tagger that says how works or a company got on (完成, 实现, 开工):
    a clause's predicate, no part of a name."""
    return word.tag in _VERB_TAGS and sent.text[word.start:word.end] in words("works_progress_verbs")


def _a_company_s_short_form(item: str) -> bool:
    """True for a listed item that may be a company's short form: two to eight name characters,
    no word of the language or phrase of common words (优质企业), no division's name."""
    return (2 <= len(item) <= 8 and all(_NAME_CHAR.match(c) for c in item) and not is_generic(item)
            and not _dictionary_word(item) and not _only_common_words(item) and item not in division_names())


# The core classes a list's known items may lend to the others: a place is found by the
# gazetteer or not at all, a list of programmes is one of aims, and one of bodies (工会、
# 共青团、妇女儿童、慈善等事业) is one of spheres of work.
_LENT_CLASSES = ("Project", "Enterprise", "Event")
declare_rule("list_siblings", 2)


# A phase of works right after their name (某某基地|二期、, 某某厂|二期（日处理5万吨）, 某某小区|一期
# 建设顺利推进); not a phase that opens a longer name (某某机场|三期改扩建工程) or a time (二期间, 一期末).
_PHASE_AFTER = re.compile(r"[一二三四五六七八九十]期(?![间限末中初货权]|改|扩|续|工程|项目)")


# Places that are built in phases (某某科技城一期, 某某片区二期); no division is.
_AREAS_BUILT_IN_PHASES = frozenset({"Region", "Locality"})


def with_phases(sent: SentenceText, found: list[Candidate]) -> list[Candidate]:
    """The candidates, each project's run on to the phase after it: ``提速某某基地二期、某某一体化
    等重大项目`` names the works 某某基地二期, as ``西宁机场三期`` and ``某某项目二期开工`` are
    projects of their own (also known by the name without the phase: :mod:`kg.resolve`).  A body
    with a phase after it (某市社会福利院|二期, 某某管理中心|二期) stays a body, and the phase is
    a building of it: a project; an area so (某某大学城|一期) stays an area, the phase its works."""
    phased = []
    for c in found:
        if c.name or not _PHASE_AFTER.match(sent.text, c.end - sent.offset):
            phased.append(c)
        elif CORE_CLASS_OF.get(c.label) == "Project":
            phased.append(replace(c, end=c.end + 2))
        elif c.label == "Organization" and c.rule == "head_nouns":
            phased += [c, replace(c, end=c.end + 2, label=_FACILITY)]
        elif c.label in _AREAS_BUILT_IN_PHASES:
            phased += [c, replace(c, end=c.end + 2, label="Project")]  # 某某大学城|一期: the area, and works in it
        else:
            phased.append(c)
    return phased


def with_wholes_of_parts(sent: SentenceText, found: list[Candidate]) -> list[Candidate]:
    """The candidates, and the whole a site is a part of: the body whose campus it is (某某学院|
    新蒲校区一期, 某某医院|新城院区), the scenic area, airport or station whose service building
    it is (某某景区|游客服务中心, 某某机场|航站楼; a station, :func:`stations`): the whole is named too; the
    name before 校区 or 院区 is no place of its own (某某医院新城, by its head 新城)."""
    kept = [c for c in found if not (CORE_CLASS_OF.get(c.label) == "Place"
                                     and sent.text.startswith(_CAMPUSES, c.end - sent.offset))]
    wholes = []
    for c in kept:
        if CORE_CLASS_OF.get(c.label) != "Project" or c.name:
            continue
        body = _BODY_OF_A_CAMPUS.match(sent.text, c.start - sent.offset, c.end - sent.offset)
        site = _SITE_OF_A_PART.match(sent.text, c.start - sent.offset, c.end - sent.offset)
        if body:
            wholes.append(replace(c, end=c.start + len(body.group(1)), label="Organization", rule="organizations"))
        elif site:
            name = site.group(1)
            wholes.append(replace(c, end=c.start + len(name), label=refine_class(name, name_head_class(name) or "Project"),
                                  rule="head_nouns"))
    return kept + wholes


_CAMPUSES = ("校区", "院区")
_BODY_OF_A_CAMPUS = re.compile(rf"([{HAN}]{{2,20}}?(?:大学|学院|学校|中学|小学|医院|幼儿园))[{HAN}]{{1,4}}?(?:{'|'.join(_CAMPUSES)})")
_SITE_OF_A_PART = re.compile(rf"([{HAN}]{{2,20}}?(?:景区|机场))(?:游客服务中心|游客中心|航站楼)")


def with_whole_divisions(sent: SentenceText, found: list[Candidate]) -> list[Candidate]:
    """The candidates, each one whose start cuts a division's name run back to that name's
    start: in ``做大做强雄安中关村科技园`` both segmenters glue 雄 to the verb (强雄安, 做强雄),
    and the park is 雄安中关村科技园."""
    return [replace(c, start=_division_start(sent, c.start - sent.offset) + sent.offset) if not c.name else c
            for c in found]


def _division_start(sent: SentenceText, start: int) -> int:
    """The start of a division's name that runs across ``start`` (one or two characters
    before it) where jieba's word does too, else ``start`` (完成|安全: no word runs across the
    start, and 成安 is no county there)."""
    if not any(s < start < e for s, e in sent.tokens):
        return start
    names = division_names()
    for back in (1, 2):
        for length in range(back + 1, back + 5):
            name = sent.text[start - back:start - back + length]
            if start - back >= 0 and name in names and not _a_conjunction_and_level(name):
                return start - back
    return start


def list_siblings(sent: SentenceText, found: list[Candidate]) -> Iterator[Candidate]:
    """Items of a list 甲、乙、丙等… that no rule names, when the others named are of one
    class: in ``推动甲乙风电整机、丙丁智慧产业园、戊己产业园等投运增效`` the two parks make
    甲乙风电整机 a project too.  With one name known, an item of common words only
    (主题酒店) stays a kind.  Runs after the naming rules, on what they found in the sentence."""
    if "、" not in sent.text:
        return  # every list it reads has two items or more
    classes: dict[tuple[int, int], str | None] = {}
    for c in sorted(found, key=lambda c: c.rule == "tagged_names"):
        # the tagger's class of a name but a company is a guess (中汽中心智能网联 an organisation):
        # it names, but lends nothing
        cls = CORE_CLASS_OF.get(c.label)
        classes.setdefault((c.start - sent.offset, c.end - sent.offset),
                           None if c.rule == "tagged_names" and cls != "Enterprise" else cls)
    for clause_start, list_end, lent_classes, needed in _list_ends(sent, classes):
        segment = sent.text[clause_start:list_end]
        first_end = clause_start + segment.index("、")
        first_start = min((s for s, e in classes if e == first_end and s >= clause_start),
                          default=left_extent(sent, first_end, clause_start))
        items = _after_times_listed(sent, [part for item in _listed_items(sent, first_start, list_end)
                                     for part in _joined_names(sent, *item)])
        named = [item for item in items if classes.get(item)]
        known = {classes[item] for item in named}
        if not named and sent.text[list_end:list_end + 1] == "等" and "Project" in lent_classes and (
                sent.text.startswith(tuple(words("works_statuses")), list_end + 1)):
            known = {"Project"}  # 甲二线、乙宇航电源等投产增效: what starts production is works
        elif len(known) != 1 or len(named) < needed:
            continue
        cls = known.pop()
        if cls not in lent_classes:
            continue
        lone = len(named) < 2
        for start, end in items:
            if not _ITEM_CLOSE.match(sent.text, end) and any(w.start == end and w.tag in _VERB_TAGS for w in sent.words):
                end = next((w.start for w in sent.words if w.end == end and w.start > start and w.tag in _ADVERB_TAGS), end)
                # 甲产业园|新|引进…: the adverb of the verb after the list, no part of its last item (not 某某会都|等)
            item = sent.text[start:end]
            if ((start, end) in classes or any(e == end and s > start and classes[s, e] for s, e in classes)
                    or not 2 <= len(item) <= 16 or not all(_NAME_CHAR.match(c) for c in item)
                    or is_generic(item) or _is_clause(sent, start, item) or _dictionary_word(item)
                    or _verb_between(sent, start, end) or _COUNT_INSIDE.search(item)
                    or any(w.start == start and w.tag in ("p", "c") for w in sent.words)
                    or any(w.end == end and w.tag in ("v", "vn") for w in sent.words)
                    or item.endswith(tuple(words("headquarters")))):
                continue  # 与甲, work (棚户区改造), a seat (甲集团总部), an item whose end a rule named
                # (某某镇|某某有限公司): no name of the kind
            if lone and (_only_common_words(item) and not _holds_name(sent, start, end, _SPECIFIC_TAGS)
                         or any(w.start == start and w.end == end and w.tag == "LOC" for w in sent.words)):
                continue  # 主题酒店、文化交流中心等工程, 甲地: one known name does not make a kind or a place one
            yield sent.candidate(start, end, refine_class(item, cls), "list_siblings")


declare_rule("listed_features", 3)


def listed_features(sent: SentenceText, found: list[Candidate]) -> Iterator[Candidate]:
    """Rivers, lakes and mountains listed beside ones already found, whole where the tagger cut
    or missed them: in ``加强甲乙河、丙丁河、戊己河流域综合治理`` the tagger's 乙河 and 丁河 make
    the list one of rivers, and each item up to its river's ending is one (甲乙河, 丙丁河, 戊己河).
    An item of common words (城市内河), one that opens with a division (某县|某河), and a place
    found inside an item (第九届|某江…节, 是|上海) name no river of their own here.  Runs after
    the naming rules, on what they found in the sentence."""
    if "、" not in sent.text:
        return
    spans = {(c.start - sent.offset, c.end - sent.offset): c.label for c in found}
    features = {span for span, label in spans.items() if label in _LISTED_FEATURES}
    if not features:
        return  # every item it reads is vouched for by a feature found
    for clause in _CLAUSE.finditer(sent.text):
        if "、" not in clause.group():
            continue
        items = [(_after_a_function_word(sent, start), end) for start, end in _listed_items(sent, clause.start(), clause.end())]
        known = sum(any(s == _after_a_function_word(sent, start) for s, _ in features) for start, _ in items)
        for start, end in filter(None, (_feature_of_item(sent, start, end) for start, end in items)):
            if (start, end) in spans:
                continue
            if any(sent.text[at:end] in division_names() for at in range(start, end - 1)):
                continue  # 是|上海, 和谐的|滨海: a division the gazetteer reads, whose name ends like a sea's
            inner = [(s, label) for (s, e), label in spans.items() if e == end and s > start]
            if inner:  # 可|渡河, 乌斯|浑河: the name the segmenters cut, whole
                if not all(label in _LISTED_FEATURES and _cut_off_a_feature(sent, start, s) for s, label in inner):
                    continue
            elif known < 2 or _only_common_words(sent.text[start:end - 1]) or _dictionary_word(sent.text[start:end - 1]):
                continue  # one river found lends its kind to no other item; 城市内河 is a kind of river
            yield sent.candidate(start, end, ending_class(sent.text[start:end], "place_suffixes"), "listed_features")


_LISTED_FEATURES = frozenset({"River", "Lake", "Mountain"})


def _feature_of_item(sent: SentenceText, start: int, end: int) -> tuple[int, int] | None:
    """The river, lake or mountain a listed item opens with (甲乙河 of 甲乙河流域综合治理): up to the
    first ending of a feature that closes a word of jieba's, of two to six Chinese characters
    that are no word of the language and open with no division; else None."""
    start = _after_a_function_word(sent, start)
    for at in range(start + 1, min(end, start + _LONGEST_LISTED_FEATURE)):
        name = sent.text[start:at + 1]
        if ending_class(name, "place_suffixes") not in _LISTED_FEATURES:
            continue
        if not any(e == at + 1 for _, e in sent.tokens) or not _HAN_ONLY.fullmatch(name):
            return None
        if _dictionary_word(name) or is_generic(name) or _past_divisions(name):
            return None
        return start, at + 1
    return None


_LONGEST_LISTED_FEATURE = 6


def _after_a_function_word(sent: SentenceText, start: int) -> int:
    """Where an item opens after the preposition or conjunction the tagger reads at ``start`` (与|某湖),
    or another word of the lexicon's function words it reads alone there (让|某某河、乙河长流常清)."""
    return next((w.end for w in sent.words if w.start == start and (
        w.tag in ("p", "c") or sent.text[w.start:w.end] in words("function_words"))), start)


def _cut_off_a_feature(sent: SentenceText, start: int, feature_start: int) -> bool:
    """True when the one to three characters before a river or mountain found, from where its item
    opens, are the start of its name the segmenters cut off (可|渡河, 乌斯|浑河): no word of the
    language (推动|某江, 首届|某山, 弘扬|某山精神), no conjunction in them (央企及|某江), no town
    (某某镇|某湖) nor country (某国|某山), not 环 nor 好 (环|某湖, 保护好|某山)."""
    prefix = sent.text[start:feature_start]
    if len(prefix) == 1:
        return prefix not in (_AROUND, _COMPLEMENT_GOOD)  # 环|某湖, 保护好|某山
    return (len(prefix) <= 3 and not _dictionary_word(prefix) and not _only_common_words(prefix)
            and not any(c in words("conjunctions") for c in prefix)
            and not prefix.endswith(_TOWN_ENDINGS) and prefix not in _country_names()
            and not any(w.start == start and w.end == feature_start and w.tag in _VERB_TAGS for w in sent.words))


_HAN_ONLY = re.compile(f"[{HAN}]+")


def _list_ends(sent: SentenceText, classes: dict[tuple[int, int], str | None]
               ) -> Iterator[tuple[int, int, tuple[str, ...], int]]:
    """(clause start, list end, the classes it may lend, the names of one class it needs) of
    each list of a sentence: one closed by 等 (甲、乙等项目), one whose last item is a name
    found (甲、乙、丙广场全面竣工), or else one whose last item ends at a verb, lending only
    from two names."""
    text = sent.text
    for match in re.finditer("等", text):
        clause_start = _clause_start(text, match.start())
        if ("、" in text[clause_start:match.start()] and not _LIST_COUNT_AFTER.match(text, match.end())
                and not text.startswith(tuple(words("field_words")), match.end())):
            yield clause_start, match.start(), _LENT_CLASSES, 1  # 甲、乙等1100余处, 甲、乙等领域: kinds, not names
    for clause in _CLAUSE.finditer(text):
        last_item = clause.group().rfind("、") + clause.start() + 1
        if last_item > clause.start() and "等" not in clause.group():
            ends = [e for s, e in classes if s == last_item]
            if ends:  # a list of sites: one of companies without 等 is too often one of kinds (雏鹰企业)
                yield clause.start(), max(ends), ("Project",), 1
                continue
            verb = next((w.start for w in sent.words if w.start > last_item and w.tag == "v"), clause.end())
            if verb < clause.end() and all(_NAME_CHAR.match(c) for c in text[last_item:verb]):
                yield clause.start(), verb, ("Project",), 2  # 甲园区、乙高新区、丙新开区入选…: ends at its verb


def _after_times_listed(sent: SentenceText, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list after the last that tells a time: in ``2027年、2028年建成甲乙高铁、
    丙丁高铁`` the years are no part of the list."""
    run = len(items)
    while run > 0 and not any(w.start <= items[run - 1][0] < w.end and w.tag in _TIME_TAGS for w in sent.words):
        run -= 1
    return items[run:]


_TIME_TAGS = frozenset({"TIME", "t"})


# A count after the 等 of a list (等1100余处, 等3个): the items are kinds of what is counted.
_LIST_COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十两百千万]+[余多]?[个家处所座条项]")


def _first_item_start(sent: SentenceText, clause_start: int, list_end: int,
                      boundaries: frozenset[str] | None = None) -> int:
    """Where the first item of the list 甲、乙… ending at ``list_end`` begins: its name before
    the first 、 (the whole clause before ``list_end`` when it lists one thing), and after a list
    that 等 closed before it (支持甲、乙等市推进|丙、丁等项目); ``boundaries`` as in
    :func:`left_extent`."""
    closed = [m.end() for m in _LIST_MARK.finditer(sent.text, clause_start, list_end) if m.group(0) == "等"]
    floor = closed[-1] if closed else clause_start
    first_end = sent.text.find("、", floor, list_end)
    start = left_extent(sent, list_end if first_end < 0 else first_end, floor, boundaries)
    preposition = next((w for w in sent.words if w.start == start and w.tag == "p"
                        and sent.text[w.start:w.end] in words("conjunctions")), None)
    if preposition:
        return preposition.end  # 加强与|甲湖、乙湖等景区: 与 is the verb's preposition
    item_end = list_end if first_end < 0 else first_end
    partner = next((w.start for w in sent.words if w.end == item_end and w.tag in ("ORG", "LOC") and w.start - 1 > start
                    and sent.text[w.start - 1] in words("conjunctions")), None)
    return partner if partner is not None else start  # 鼓励企业与|甲大学、乙大学等高校: the partner the tagger names


def _listed_items(sent: SentenceText, start: int, end: int, separators: str = "、") -> Iterator[tuple[int, int]]:
    """The items of ``甲、乙、丙`` (or ``甲和乙`` with ``separators`` 、和) in ``[start, end)``,
    each without the verbs that open it."""
    pos = start
    for item in re.split(f"[{separators}]", sent.text[start:end]):
        item_start, item_end = pos, pos + len(item)
        pos = item_end + 1
        yield drop_leading_verbs(sent.text, item_start, item_end), item_end


def _a_known_company(sent: SentenceText, start: int, end: int) -> bool:
    """True when the tagger reads ``[start, end)`` as one organisation's name that is a company's,
    or it ends in a company's head (某某集团)."""
    name = sent.text[start:end]
    if name.endswith(tuple(words("enterprise_heads"))) and len(name) > 3:
        return True
    return any(w.start == start and w.end == end and w.tag == "ORG" for w in sent.words) and (
        _tagged_class(name, "ORG") == "Enterprise")


def _kind_of_company(modifier: str) -> bool:
    """True when a company's modifier opens with a kind of company (国有…公司) or ends with
    one that only names kinds (北交所上市公司, 更多跨国公司): companies of a kind, not one."""
    return modifier.startswith(tuple(words("company_kinds"))) or modifier.endswith(tuple(words("company_kinds_before_head")))


def _after_last_conjunction(text: str, start: int, head_start: int) -> int:
    """Where a company's name begins after a conjunction before it (甲公司与乙集团 -> 乙集团):
    a company's name joins no two things."""
    for i in range(head_start - 1, start - 1, -1):
        if text[i] in words("conjunctions"):
            return i + 1
    return start


# Heads of bodies that members form (某某联盟, 某某协会): after a word or two of the language
# (科技创新联盟), a kind of body.
_ASSOCIATIONS = frozenset({"联盟", "协会", "学会"})
# A middle school by its number after its place (某市一中, 某县二中), not a plenum (四中全会).
_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,2}中(?![全央国华心部医学间原])")
# A school's number: 第五, 第一职业 (before 学校), 七 (七中).
_ORDINAL_NAME = re.compile(r"^第[一二三四五六七八九十\d]+$")


@name_rule("organizations", 7)
def organizations(sent: SentenceText) -> Iterator[Candidate]:
    """Government bodies, associations and schools: ``挂牌成立格尔木海关`` yields 格尔木海关;
    ``新建第五中学`` the school 第五中学 (a number names a school)."""
    for start, match in _headed_names(sent, words("organization_heads")):
        modifier = sent.text[start:match.start()]
        if (match.group(0) in _ASSOCIATIONS and len(modifier) <= 4 and not _opening_division(modifier)
                and (is_common_word(modifier) or _only_common_words(modifier))):
            continue  # 推动创新联盟扩面提质增效: associations of a kind, none named (大连科技联盟 is one)
        yield sent.candidate(start, match.end(), "Organization", "organizations")
    for match in re.finditer(_alternation(tuple(words("school_heads"))), sent.text):
        start = trim_by_words(sent, left_extent(sent, match.start()), match.start())
        modifier = sent.text[start:match.start()]
        if (_ORDINAL_NAME.match(modifier) or (_modifier_ok(modifier) and is_specific(sent, start, match.start()))
                or _home_level_word(sent, start, match.start())):
            yield sent.candidate(start, match.end(), "Organization", "organizations")
    for match in _NUMBERED_SCHOOL.finditer(sent.text):
        place = _division_before(sent.text, match.start(), division_names())
        if place is not None:  # 某市一中: a school named by its place and number
            yield sent.candidate(place, match.end(), "Organization", "organizations")
    for match in re.finditer(_LABORATORY, sent.text):
        head = match.start()  # its level (全国重点) or its head
        start = trim_by_words(sent, left_extent(sent, head), head)
        start = _after_last_predicate(sent, start, head, boundary_words() | words("inner_predicates"))  # 高标准建设|某某实验室
        modifier = sent.text[start:head]
        if ((_lab_field(modifier) or _named_after_a_place(sent, start, head))
                and not counted_before(sent.text, start) and not _COUNT_INSIDE.search(modifier)
                and not any(w.end == head and w.tag in _VERB_TAGS for w in sent.words)  # 某大学牵头建设|全国重点实验室
                and not _modifies_a_noun(sent, match.end(), _PLAIN_NOUN_TAGS)):  # 某某实验室体系
            yield sent.candidate(start, match.end(), "Organization", "organizations")


def _named_after_a_place(sent: SentenceText, start: int, end: int) -> bool:
    """True when ``[start, end)`` is a place's name and nothing else: a known place's (a division
    or a feature), or a word the tagger marks as a place (苏州|实验室, 某山|实验室)."""
    return end - start >= 2 and (_known_place(sent.text[start:end]) or any(
        w.start == start and w.end == end and w.tag == "LOC" for w in sent.words))


# A laboratory, named by its field and perhaps its level (某某全国重点实验室, 某某省实验室).
_LABORATORY = re.compile(r"(?:(?:全国|国家|省)?重点)?实验室")
_LAB_LEVEL_BEFORE = re.compile(r"^(?:省|国家)")
# The shortest field that names a laboratory (深空探测, 现代农业); 企业 names none.
_LAB_FIELD_CHARS = 4


def _lab_field(modifier: str) -> bool:
    """True when a laboratory's modifier, its level words aside (省, 某省), is a field of its
    own (陆相页岩油 of 陆相页岩油全国重点实验室, 现代农业 of 省现代农业实验室, 生物育种 of
    生物育种某某省实验室): a named laboratory."""
    field = _LAB_LEVEL_BEFORE.sub("", modifier)
    if field.endswith("省"):
        field = _without_trailing_division(field[:-1])
    return (len(field) >= _LAB_FIELD_CHARS and _modifier_ok(field) and all(_NAME_CHAR.match(c) for c in field)
            and not any(c in field for c in words("conjunctions")))  # 产业集群与|实验室群: two things joined


def _without_trailing_division(text: str) -> str:
    """``text`` without the division's name it ends in (生物育种安徽 → 生物育种), if any."""
    names = division_names()
    return next((text[:-k] for k in range(min(len(text), 8), 1, -1) if text[-k:] in names), text)


def _after_campaign_verb(sent: SentenceText, start: int, head_start: int, head: str = "", shortest: int = 2) -> int:
    """Where a programme's name begins after a campaign verb inside its span, when a
    modifier of ``shortest`` characters or more remains: 某市开展某某试点 -> 某某试点, 率先试点林长制
    -> 林长制 (a head that takes one character); not 某某建设三年行动 -> 三年行动; at the head
    when the verb takes a one-word head itself (某地开展试点: no name)."""
    taking = (words("campaign_verbs") | words("programme_verbs")) - words("programme_aims")
    if len(head) <= 2 and any(w.end == head_start and w.start >= start and sent.text[w.start:w.end] in taking
                              and w.tag in _VERB_TAGS for w in sent.words):
        return head_start  # 某地开展试点: the verb takes the head itself, no name (消费拓展|行动: a noun's)
    after_verb = _after_last_predicate(sent, start, head_start, words("campaign_verbs") | words("programme_verbs"),
                                       _VERB_TAGS)
    return after_verb if _modifier_ok(sent.text[after_verb:head_start], shortest) else start


@name_rule("jurisdiction_bodies", 7)
def jurisdiction_bodies(sent: SentenceText) -> Iterator[Candidate]:
    """A jurisdiction's congress, political consultative conference or government named by
    its level word or its division: ``在省人大、省政协监督支持下`` yields 省人大 and 省政协,
    ``省政府出台`` 省政府 (whose they are is settled by :func:`kg.resolve.jurisdiction_scope`);
    ``省人大代表`` names the deputies and ``省政府工作报告`` the report, not the body.
    """
    levels = tuple(w for w, _ in level_words())
    pattern = re.compile(rf"({_alternation(tuple(words('congress_bodies')))})(?!{_alternation(tuple(words('body_parts')))})")
    for match in pattern.finditer(sent.text):
        start = left_extent(sent, match.start())
        modifier = sent.text[start:match.start()]
        if modifier in levels or modifier == _NATIONWIDE or modifier in division_names():
            yield sent.candidate(start, match.end(), "Organization", "jurisdiction_bodies")


@name_rule("departments", 7)
def departments(sent: SentenceText) -> Iterator[Candidate]:
    """A department of a government named by its level word and its field, where the tagger
    cuts or misses it: ``省|农业|农村|厅加强监管`` yields 省农业农村厅, ``组建市数据资源管理局``
    (one word of the dictionary) 市数据资源管理局, ``市营商环境建设|局`` 市营商环境建设局; not 市场|监管局 (市场 is a word of its own) nor
    全省|公安局 (the level word inside another)."""
    found = sent.words
    for k, word in enumerate(found):
        surface = sent.text[word.start:word.end]
        if surface[0] not in LEVEL_CHARACTERS:
            continue
        if (len(surface) >= 4 and word.tag != "ORG" and surface.endswith(_DEPARTMENT_ENDINGS)
                and not is_common_word(surface[:2])):
            yield sent.candidate(word.start, word.end, "Organization", "departments")  # the tagger's own ORG are its
        elif (len(surface) >= 3 and k + 1 < len(found) and not is_common_word(surface[:2])
              and sent.text[found[k + 1].start:found[k + 1].end] in _DEPARTMENT_ENDINGS):
            yield sent.candidate(word.start, found[k + 1].end, "Organization", "departments")  # 市某某建设|局
        elif len(surface) == 1 and word.tag in (*NOUN_TAGS, "ORG"):
            end = _department_s_end(sent, found, k + 1)
            if end and end - word.end >= 3:
                yield sent.candidate(word.start, end, "Organization", "departments")


def _department_s_end(sent: SentenceText, found: tuple[Word, ...], k: int) -> int:
    """Where nouns after a level word end in a department's ending (农业|农村|厅), or a body the
    tagger names (市|市场监督管理局), or 0."""
    for word in found[k:k + 4]:
        surface = sent.text[word.start:word.end]
        if word.tag not in NOUN_TAGS and word.tag != "ORG":
            return 0
        if surface.endswith(_DEPARTMENT_ENDINGS):
            return word.end
    return 0


# The endings of a government department's name (厅 of a province, 局 of a city or county).
_DEPARTMENT_ENDINGS = ("局", "厅")


# The country's own bodies are named so (全国人大, 全国工商联).
_NATIONWIDE = "全国"
# A programme's code in quotes, which opens its name (“8+4”, “141”).
_QUOTED_CODE = re.compile(r"“[\d+]{2,8}”")


@name_rule("program_names", 6)
def program_names(sent: SentenceText) -> Iterator[Candidate]:
    """Unquoted programs named by their kind: 战略, 改革, 专项行动, 专项斗争.

    ``乡村振兴战略深入实施`` yields 乡村振兴战略; ``扫黑除恶专项斗争深入开展``
    yields 扫黑除恶专项斗争.
    """
    needs = dict(table("program_heads"))
    one_character = frozenset(head for head, need in needs.items() if need == "one")
    for start, match in _headed_names(sent, needs, keep_verbs=True, one_character=one_character):
        start = _after_campaign_verb(sent, start, match.start(), match.group(0),
                                     shortest=1 if match.group(0) in one_character else 2)
        start = _after_last_predicate(sent, start, match.start(), words("admission_verbs"))  # 某市入选某某试点
        start = _aim_verb_after_campaign(sent, start, match.end())  # 开展规范某某执法专项行动
        start = _past_verbs_before_a_name(sent, start, match.start())  # 优化升级|某某英才计划
        need, modifier = needs[match.group(0)], sent.text[start:match.start()]
        if _only_verbs(sent, start, match.start()) and not _programme_follower(sent, match.end()) and (
                _modifies_a_noun(sent, match.end()) or any(w.start == match.end() and w.tag in _VERB_TAGS
                                                            for w in sent.words)):
            continue  # 注重强化|战略引领: verbs before a head that goes on into a phrase, no programme
        if _AS_FOCUS.search(modifier):
            continue  # 以某某为重点完善某某战略: a clause, the programme's name unread
        if _QUOTE_RUN.fullmatch(modifier):
            continue  # “甲”“乙”战略: two programmes, each named by its quote (quoted_names)
        if any(w.end == match.start() and w.tag == "f" for w in sent.words):
            continue  # 在学习中行动, 政治上行动上: after a word of place the head is a verb
        if counted_before(sent.text, start):
            continue  # 增加5000个某某招生计划: places counted, no programme named
        if not modifier or _AFTER_ENUMERATION.search(sent.text, 0, start) or _counts_a_list(sent, start, match.start()):
            continue  # 甲、乙等国家级某某改革试点, 甲、乙、丙、丁四大专项行动: the kind the listed programmes share
        if (_modifies_a_noun(sent, match.end()) and not _programme_follower(sent, match.end())
                or sent.text.startswith(tuple(words("head_compounds")), match.start())):
            continue  # 某地改革发展历程, 某某试点城市: the head describes what follows it; 改革|发展新画卷
        state_title = (match.group(0) in words("designated_zone_heads") and _a_state_title(modifier)
                       and not _counted_title(sent.text, start, match.end()))
        whole_jurisdiction = modifier.endswith(tuple(words("whole_jurisdiction")))  # 某某延包整省|试点
        if need == "specific" and not (is_specific(sent, start, match.start()) or state_title or whole_jurisdiction
                                       or _long_campaign(sent, start, match.start())):
            continue  # 国家某某试点 is one; 一批国家某某试点 are many
        if need == "long" and (len(modifier) < 4 or modifier[0] in _NUMERALS):
            continue
        if need == "title":
            start = _title_start(sent, start, match.start())
            if start is None:
                continue
        if need == "place" and not _names_a_place(sent, start, match.start()):
            continue
        if need == "central":
            centre = modifier.find(_STATE_CENTRE)
            if centre < 0:
                continue  # 省级生态环保督察, 督察专员: an inspection of a level, or its staff, no programme
            start += centre  # 抓好两轮|中央生态环保督察…整改: the centre's inspection, the round no part of it
        if match.group(0) == _PILOT and _only_places(modifier, sent.home_provinces):
            continue  # 在甲区乙乡、丙县丁乡试点推进: where the reform is tried, no pilot named
        if modifier.endswith(tuple(words("entering_verbs"))):
            continue  # 将甲乡列入|试点: what enters the programme, which is not named
        if match.group(0) == _ACTION and len(modifier) <= 2 and _dictionary_word(modifier):
            continue  # 参保行动, 攻坚行动: an action named by a word of the language only (not 暖企行动)
        if need == "joint":
            start = _joint_list_start(sent, start, match.group(0))  # 打好|蓝天、碧水、净土保卫战: one campaign
        if need == "code":
            code = _QUOTED_CODE.search(modifier) or _QUOTED.search(modifier)
            if code is None or modifier.endswith(tuple(_WORK_WORDS)) or (code.re is _QUOTED and modifier.endswith("规划")):
                continue  # “8+4”经济政策体系, “某某”公共文化服务体系 are one; 国土空间规划体系 is a kind,
                # “某某”工作体系 the work done under a slogan, “多规合一”国土空间规划体系 the planning system
            start += code.start()  # 迭代完善“141”基层治理体系: the name opens at its code or quoted name
        yield sent.candidate(start, match.end(), "Program", "program_names")


_PILOT = "试点"
# The state's centre, which holds the inspections of the provinces (中央环保督察).
_STATE_CENTRE = "中央"


# The longest item of a list of a campaign's fronts (蓝天、碧水、净土保卫战).
_LONGEST_FRONT = 4


def _joint_list_start(sent: SentenceText, start: int, head: str) -> int:
    """Where a campaign's name opens when its modifier closes a list of short fronts, each a
    word of its own that no verb opens (蓝天、碧水、|净土保卫战): the list and the head name one
    campaign the texts of the genre name so, not its last front alone.  Fronts that bear the
    head each (蓝天保卫战、|碧水保卫战) are campaigns of their own."""
    while start >= 2 and sent.text[start - 1] == "、":
        item = next((s for s, e in sent.tokens if e == start - 1 and start - 1 - s <= _LONGEST_FRONT), None)
        if (item is None or any(w.start == item and w.tag in _VERB_TAGS for w in sent.words)
                or sent.text.endswith(head, 0, start - 1)):
            break
        start = item
    return start


def _only_places(text: str, home_provinces: frozenset[str]) -> bool:
    """True when ``text`` is divisions and a town of the home province, one after another
    (伊州区花园乡; 巴里坤县石人子乡, a county's short form with its level), and nothing else."""
    rest = text[_past_divisions(text):]
    return not rest or _town_at_home(rest, home_provinces)


def _past_divisions(text: str) -> int:
    """The length of the divisions' names ``text`` opens with, each perhaps with its level
    character (开平市, 巴里坤|县, 新会)."""
    end = 0
    while division := next((n for n in range(min(len(text) - end, 8), 1, -1)
                            if text[end:end + n] in division_names()), 0):
        end += division
        if text[end:end + 1] in LEVEL_CHARACTERS:
            end += 1
    return end


# The characters that close a division's name by its level (巴里坤|县, 某某|区).
LEVEL_CHARACTERS = frozenset("省市州盟县区旗")


def _past_verbs_before_a_name(sent: SentenceText, start: int, head_start: int) -> int:
    """Where a programme's name begins when verbs open its modifier and a place or body follows
    them (优化升级|某某英才计划): the verbs take the programme as their object, the name opens
    at the place.  Verbs before a word of the language name what the programme does
    (提振|消费专项行动), and before another proper name open an official title (深入贯彻某某
    规定精神学习教育); they stay."""
    words_from = [w for w in sent.words if start <= w.start < head_start]
    k = 0
    while k < len(words_from) and words_from[k].tag in _LEADING_VERB_TAGS:
        k += 1
    if 0 < k < len(words_from) and words_from[k].tag in ("LOC", "ORG") and words_from[0].start == start:
        return words_from[k].start
    return start


_LEADING_VERB_TAGS = _VERB_TAGS | _ADVERB_TAGS


def _counts_a_list(sent: SentenceText, start: int, head_start: int) -> bool:
    """True when a modifier ends in a count (四大, 三项) after a list in its clause (清洁降碳、安全
    可靠、智能运行四大专项行动): the count is of the listed items, the head their kind, no name."""
    return bool(_COUNT_CLOSING.search(sent.text, start, head_start)) and "、" in sent.text[
        _clause_start(sent.text, start):head_start]


# A count closing a modifier (四大, 三项, 5个).
_COUNT_CLOSING = re.compile(r"[\d一二三四五六七八九十两]+[大项个类条]$")


def _title_start(sent: SentenceText, start: int, head_start: int) -> int | None:
    """Where the name of a city's title begins once the verbs and the cities holding it are
    dropped (做大做强|区域中心城市, 长春、松原|国家碳达峰试点城市), from the state's designation
    on (某某获评|全国禁毒示范城市), and after a conjunction (农业中关村和|种业之都),
    or None when no title of two words is left (区域中心城市 is any region's centre)."""
    start = trim_by_words(sent, _after_last_conjunction(sent.text, start, head_start), head_start)
    while True:
        held = next((start + n for n in range(6, 1, -1) if sent.text[start:start + n] in division_names()
                     and start + n < head_start), None)
        if held is None:
            break
        start = drop_leading_verbs(sent.text, trim_by_words(sent, held, head_start), head_start)  # 某市|建设|…城市
    designation = next((s for s, _ in sent.tokens if start < s < head_start
                        and sent.text.startswith(tuple(words("designation_prefixes")), s)), None)
    start = designation if designation is not None else start  # 某某|全国禁毒示范城市: the state's title
    modifier = sent.text[start:head_start]
    if len(modifier) < 2 or is_generic(modifier) or _verb_between(sent, start, head_start):
        return None
    return start


# 为 and the role the thing before it plays (以某某为重点, 为主线): the clause of 以…为….
_AS_FOCUS = re.compile(r"为(?:重点|主线|核心|抓手|引领|牵引|目标|导向|重要支撑)")

_ACTION = "行动"
# A new round: of a programme's name (新一轮某某专项行动), not of a site's.
_NEW_ROUND = "新一轮"

# An amount of work that opens a listed item or a plant's span (12公里…管网, 2台…锅炉, 200套…房):
# a length, an area or a count of units, not the capacity of a plant (万吨, 万千瓦).
# The units a capacity has only after its rate (年产30万平方米…, 年产3000万件…).
_UNITS_OF_A_RATE_ONLY = frozenset({"平方米", "件", "只", "片", "部", "箱", "架"})
_AMOUNT_OF_WORK = re.compile(r"[\d.]+[万亿]?(?:公里|千米|米|平方米|亩|台|套|辆|座|条|个|户|处|所|栋|株|只|头)")

# An amount of money or area before a site's name (550万元, 5万平方米).
_AMOUNT_BEFORE_NAME = re.compile(r"[\d.]+[万亿]?(?:元|平方米|亩)")

_CAPACITY = re.compile(  # units times capacity (2×35万千瓦) or a capacity
    rf"(?:\d+[×xX*])?(\d+(?:\.\d+)?)(万|亿)?(吨|千瓦|兆瓦|台|套|辆|平方米|件|只|片|部|箱|架)(?:/[年日天])?([{HAN}]{{2,10}}?)(一期|二期|三期|四期)?(?=[、，。；等和及在]|项目|正式|建成|完成|技改(?!项目|工程)|投产|开工|竣工|达产|持续|前期|$)"
)


@name_rule("capacity_plants", 8)
def capacity_plants(sent: SentenceText) -> Iterator[Candidate]:
    """Plants named by operator, capacity and product, and their operators.

    ``锦泰锂业7000吨碳酸锂二期正式投产`` yields the plant 锦泰锂业7000吨碳酸锂二期
    (IndustrialProject) and its operator 锦泰锂业 (Enterprise); ``120万吨优质纯碱``
    a plant with no operator named.
    """
    for match in _CAPACITY.finditer(sent.text):
        product = match.group(4)
        rate = next((r for r in ordered_words("capacity_rates") if sent.text.endswith(r, 0, match.start())), "")
        per_period = "/" in sent.text[match.end(3):match.start(4)]  # 120万吨/年: a plant's output, as 年产 says
        if (is_generic(product) or any(product.startswith(w) or product.endswith(w) for w in words("quantity_words"))
                or (_ends_in_action(sent, match.end(4)) and not (
                    sent.text.startswith(_PROJECTS_OF, match.end())
                    and (_ends_in_a_nominal_action(sent, match.end(4)) or per_period)))):
            continue  # 395台燃煤锅炉超低排放改造: work counted; 年产10万吨稻米加工|项目 and 120万吨/年加氢裂化|项目
            # are plants (not 某矿完成|项目核准)
        # the rate opens a plant no operator runs (启动|年产20万吨某某项目), ends an operator's name
        start = min(trim_by_words(sent, left_extent(sent, match.start()), match.start()), match.start() - len(rate))
        if match.group(3) in _UNITS_OF_A_RATE_ONLY and not rate:
            continue  # 5.7万平方米主力店, 15件民生实事: an area or a count, a capacity only after 年产
        operator_end = match.start() - len(rate)
        introduction = next((m for m in INTRODUCTION.finditer(sent.text, start, operator_end)
                             if _only_places(sent.text[m.end():operator_end], sent.home_provinces)
                             and introduces_short_form(sent.text, start, m)), None)
        if introduction:  # 某某有限公司（以下简称某某）|20万吨…, 某某有限公司（某某）|年产…
            yield from _an_operator(sent, start, introduction.start())
            start = introduction.end()  # 某某有限公司（以下简称某某）|某县40万吨…: the plant by its place
        verb = next((s for s, e in sent.tokens if e == operator_end and start + 2 <= s
                     and _dictionary_tag(sent.text[s:e]) in _VERB_TAGS | {"vn"}), None)
        if verb is not None:  # 支持某某新材|建设|年产10万吨…项目: the company builds the plant, named by its capacity
            if is_specific(sent, start, verb):
                yield from _an_operator(sent, start, verb)
            start = operator_end
        operator = sent.text[start:operator_end]
        if operator and not is_specific(sent, start, operator_end) and not _company_short_form(operator):
            continue  # 关停淘汰10万千瓦…, 全球首台25兆瓦…: a count, not a plant
        if not operator and not rate and _AMOUNT_OF_WORK.match(match.group(0)):
            continue  # 2台热水锅炉, 200套公租房: units counted with no operator, no plant
        end = match.end() + (len(_PROJECTS_OF) if sent.text.startswith(_PROJECTS_OF, match.end()) else 0)
        joined = _JOINED_PRODUCT.match(sent.text, end) if rate and not match.group(5) else None
        end = joined.end() if joined else end  # 年产60万吨面粉及挂面项目: one plant of two products
        stage = min((k for k in (sent.text.find(w, match.start(4) + 2, end) for w in words("work_stages")) if k >= 0),
                    default=end)
        end = stage  # 日处理80吨污泥焚烧厂|土建工程开工: the stage of the works, no part of the plant
        end = next((w.start for w in sent.words if match.start(4) + 2 <= w.start < end and w.tag in _TIME_TAGS), end)
        # 某某700万吨露天矿|一季度完成核准: when the plant's step is due, no part of it
        yield sent.candidate(start, end, "IndustrialProject", "capacity_plants")  # 某某200万吨褐煤提质项目
        yield from _an_operator(sent, start, operator_end)


# A second product after a plant's first, up to the project or line that makes both (及挂面项目).
_JOINED_PRODUCT = re.compile(rf"[及和][{HAN}]{{1,10}}?(?:{_PROJECTS_OF}|生产线)")


# A short form in brackets after a full name, introduced as one (某某集团有限公司（以下简称某某）)
# or not (某某投资控股集团有限公司（某投集团）).
INTRODUCTION = re.compile(r"（((?:以下)?简称)?“?([^“”（）、，。；：]{2,10}?)”?）")


def introduces_short_form(text: str, name_start: int, bracket: re.Match[str]) -> bool:
    """True when ``bracket`` (an :data:`INTRODUCTION`) gives a short form of the name that runs
    from ``name_start`` to it: one it calls so (简称), or one made of the name's characters in
    their order, as Chinese short forms are (宝投集团 of 宝鸡投资控股集团有限公司), not a note on
    it (（日处理8万吨）, （洞阳）).

    >>> text = "雪峰投资控股集团有限公司（雪投集团）和雪峰大厦（一期）"
    >>> [introduces_short_form(text, 0 if m.start() < 13 else 19, m) for m in INTRODUCTION.finditer(text)]
    [True, False]
    """
    short = bracket.group(2)
    if bracket.group(1):
        return True
    rest = iter(text[name_start:bracket.start()])
    return len(short) < bracket.start() - name_start and all(c in rest for c in short)


def _an_operator(sent: SentenceText, start: int, end: int) -> Iterator[Candidate]:
    """The company that runs a plant named by its capacity: 某某公司 of 某某公司年产…; none for
    某某发电厂2×35万千瓦…, which names a plant; a phase after the company is the plant's (某某硅业|二期|年产…)."""
    phase = _PHASE.search(sent.text, start, end)
    end = phase.start() if phase else end
    heads = tuple(words("enterprise_heads"))
    end = next((k for k in range(end - 1, start, -1) if sent.text.endswith(heads, start, k)
                and _only_places(sent.text[k:end], sent.home_provinces)), end)
    # 某某股份有限公司|开鲁30万千瓦…: the company, and after it the county its plant is in
    operator = sent.text[start:end]
    if operator and _modifier_ok(operator) and not name_head_ending(operator) and not _a_division_s_place(operator):
        yield sent.candidate(start, end, "Enterprise", "capacity_plants")


def _a_division_s_place(name: str) -> bool:
    """True when ``name`` opens with a division's official name and no company's head closes it
    (某某县罗城, 某某县某某镇): the place of a plant, no company running it."""
    opened = _past_divisions(name)
    return (0 < opened < len(name) and name[opened - 1] in LEVEL_CHARACTERS
            and not name.endswith(tuple(words("enterprise_heads"))))


@name_rule("power_units", 8)
def power_units(sent: SentenceText) -> Iterator[Candidate]:
    """A phase or unit of a power plant named by its site: ``某某核电一期投入商业运行``,
    ``某某核电6号机组开工建设``, ``加快某某湾核电扩建一期`` yield the works; ``发展核电``
    and ``沿海核电二期`` (no name before the kind of power) nothing."""
    for match in _POWER_UNIT.finditer(sent.text):
        start = trim_by_words(sent, left_extent(sent, match.start()), match.start())
        if start < match.start() and is_specific(sent, start, match.start()):
            yield sent.candidate(start, match.end(), "EnergyProject", "power_units")


# The kind of power of a plant and its phase or unit (核电一期, 煤电扩建二期, 核电3号机组).
_POWER_UNIT = re.compile(r"(?:核电|煤电|气电|水电|抽水蓄能|海上风电)(?:扩建)?(?:[一二三四五六七八九十]期|\d+号机组)")


def _company_short_form(operator: str) -> bool:
    """True for two characters that are no word of the language before a plant's capacity
    (东电|2×35万千瓦…, 华能|…): a company's short form."""
    return len(operator) == 2 and not _dictionary_word(operator) and not is_generic(operator)


def _ends_in_a_nominal_action(sent: SentenceText, offset: int) -> bool:
    """True when the tagger's word ending at ``offset`` is an action used as a noun (稻米加工,
    并网发电), which a 项目 after it may name; a verb (某矿完成|项目核准) opens a clause."""
    return any(w.end == offset and w.tag == "vn" for w in sent.words)


def _ends_in_action(sent: SentenceText, offset: int) -> bool:
    """True when the tagger's word ending at ``offset`` is a verb: 395台燃煤锅炉超低排放改造
    counts work done, not a plant."""
    return any(w.end == offset and w.tag in _VERB_TAGS | {"vn"} for w in sent.words)


_QUOTED = re.compile(r"“([^“”]{1,16})”")
# A numbered slogan (“一优两高”, “四种经济形态”); five-year periods (“十四五”) are no program.
_NUMBERED_SLOGAN = re.compile(r"^[一二三四五六七八九十两百千][^、，。]{2,7}$")
_FIVE_YEAR_PERIOD = re.compile(r"^十[一二三四五六七八九]五$")
# A craft, reactor or train of a numbered line (“某某一号”, “某某1号”): one thing built.
_NUMBERED_CRAFT = re.compile(rf"^[{HAN}]{{2,4}}(?:[一二三四五六七八九十]|\d{{1,2}})号$")


# A numeral and a measure word before the rest (两个基地, 三大差距): a count of things.
_COUNTED_THINGS = re.compile(r"^[一二三四五六七八九十两百千][个大项张篇种条本件]")
_FORMULA_MEASURES = "个张篇本件项"


def _campaign_object(text: str, match: re.Match[str]) -> bool:
    """A quoted phrase that a campaign verb takes and that ends the clause is the name
    of a campaign: ``推进“某某助某企”，…``, not ``推动“某某”向…``; so is one of four characters or
    more that a noun phrase follows (推进“某某物业”小区治理新模式)."""
    verb_before = any(text.endswith(v, 0, match.start()) for v in words("campaign_verbs"))
    after = text[match.end():match.end() + 1]
    return verb_before and 2 <= len(match.group(1)) <= 10 and (
        after in ("，", "。", "、", "；", "")
        or (len(match.group(1)) >= 4 and after not in _PREPOSITIONS and "+" not in match.group(1)))
    # “文化+科技”融合: a pairing of fields, no campaign


# Prepositions after a quoted phrase: what follows says where it goes (推动“某某”向…).
_PREPOSITIONS = "向在到于为给从对与和及"


def _rejected(text: str, offset: int) -> bool:
    """True when the clause before ``offset``, or before the quotes listed ahead of it, holds a
    verb that rejects what follows (坚决防止“某某工程”“某某工程”, 不搞“甲工程”、“乙工程”): what
    it names is to be avoided, no programme."""
    clause_start = _clause_start(text, offset, _ITEM_ENDS)
    if any(verb in text[clause_start:offset] for verb in words("rejecting_verbs")):
        return True
    previous_quote = text.rfind(_OPEN_QUOTE, 0, clause_start - 2)
    if text.endswith(_CLOSE_QUOTE + "、", 0, clause_start) and previous_quote >= 0:
        return _rejected(text, previous_quote)  # 不搞“甲工程”、“乙工程”: the verb takes both
    return False


def _field_before_count(sent: SentenceText, match: re.Match[str]) -> int | None:
    """Where the field of work that owns a quoted count of programmes begins (推进|数字产业化
    “十大工程”, 实施|提振消费“五大工程”), or None when only verbs come before it (实施“十大工程”)."""
    start = trim_by_words(sent, left_extent(sent, match.start()), match.start(), keep_verbs=True)
    field = sent.text[start:match.start()]
    if (len(field) < 2 or not all(_NAME_CHAR.match(c) for c in field) or _only_verbs(sent, start, match.start())
            or field in _JURISDICTION_WORDS):
        return None  # 自治区“四大行动”: the region's own programmes, named by the count alone
    return start


# The scopes a report speaks for (全国, 全省, 全县): 全 and the country or a level word.
_SCOPE_WORDS = frozenset({"全国", *("全" + word for word, _ in level_words())})
_JURISDICTION_WORDS = frozenset({*(word for word, _ in level_words()), "国家", "中央", *_SCOPE_WORDS})


# A quoted count of programmes (“十大工程”, “八大行动”): one field's, named with it.
_COUNTED_PROGRAMMES = re.compile(r"[一二三四五六七八九十]+大(?:工程|行动)")


def _counted_generic(inner: str) -> bool:
    """A quoted count of generic things (“两个基地”, “三大差距”, “五张榜单”) is a slogan;
    a count of programmes or named places (“三大攻坚战”, “五个示范省”) is not."""
    counted = _COUNTED_THINGS.match(inner)
    if not counted:
        return False
    rest = inner[counted.end():]
    if any(rest.endswith(e) for e, _ in quote_endings()) or any(
            rest.endswith(h) and len(rest) > len(h) for h in _every_head()):
        return False  # “两个稀土基地”, “五个示范省”: counted things with names
    # 两个…, 五张…, 两篇…: counted pieces of a formula whatever follows; 四种…, 三大… only before a common word
    return (inner[1] in _FORMULA_MEASURES and inner[0] not in "百千") or is_common_word(rest)


# The counts of a quoted layout (“三基地两中心”, “一湖两海”), with their measure words.
_PART_COUNT = re.compile(r"[一二三四五六七八九十两百千]+[个大座条处]?")
# The lines of a network's layout (“四纵三横”, “七横一纵”, “九纵五横四环”).
_LAYOUT = re.compile(r"(?:[一二三四五六七八九十两]+[横纵环])+")


def _counted_parts_class(inner: str) -> str:
    """The class of a quoted count of things: a network's layout (“四纵三横”, “九纵五横四环”) or
    counted sites (“三基地两中心”, “两个某某基地”, “三校一院”) are built works, counted lakes or
    rivers (“一湖两海”) a place; any other count (“三大攻坚战”, “六个园区”) names a programme."""
    if _LAYOUT.fullmatch(inner):
        return "Project"
    parts = [p for p in _PART_COUNT.split(inner) if p]
    if not parts or _PART_COUNT.match(inner) is None or (len(parts) == 1 and parts[0] in dict(name_heads())):
        return "Program"  # “六个园区”: one kind counted, a programme's target
    sites = dict(table("counted_site_words"))
    classes = {CORE_CLASS_OF.get(sites.get(p) or ending_class(p, "place_suffixes") or ending_class(p, "name_heads"))
               for p in parts}
    if classes == {"Project", "Place"}:
        return "Project"  # “两园一河”: parks and the river they are built along, works
    return classes.pop() if len(classes) == 1 and None not in classes else "Program"


@name_rule("quoted_names", 9)
def quoted_names(sent: SentenceText) -> Iterator[Candidate]:
    """Quoted names, typed by the word that follows the quote or ends it.

    ``持续深化“放管服”改革`` yields the program 放管服; ``深入开展“暖企行动”`` the
    program 暖企行动; ``正在编制“十四五”规划`` the plan “十四五”规划, and so does
    ``“十四五”时期`` (the plan's period);
    ``大力发展“四种经济形态”`` the program 四种经济形态 (a numbered slogan).
    """
    following = quote_types()
    for match in _QUOTED.finditer(sent.text):
        inner = match.group(1)
        code = _QUOTED_CODE.fullmatch(match.group(0)) is not None
        if (not (code or re.search(rf"[{HAN}]", inner)) or "，" in inner or _rejected(sent.text, match.start())
                or (len(inner) < 2 and not code)):
            continue  # “特”“优”战略: one character quoted is a word, no name
        run_end = _end_of_quote_run(sent.text, match.end())
        after = sent.text[run_end:]
        if after.startswith(tuple(words("formula_followers"))):
            continue  # “某某”原则, “某某”责任: a formula of conduct, no programme
        typed = next(((w, c, n) for w, c, n in following
                      if after.startswith(w) or after.startswith("等" + w) or (n == "kind" and _after_a_kind(after, w))), None)
        if code:
            if typed and run_end == match.end() and after.startswith(typed[0]) and typed[0] not in _WORK_WORDS:
                yield sent.candidate(match.start(), match.end() + len(typed[0]), typed[1], "quoted_names")
            continue  # “1269”行动计划: a code names its programme with the word after it
        if typed and typed[2] == "kind" and "、" in inner:
            continue  # “甲主导、乙拉动”的增长模式: aims listed, no one model named
        if typed:
            word, cls, naming = typed
            if word == _WORK and not any(c in _CHINESE_NUMERALS for c in inner) and not _ends_in_a_kind(inner):
                continue  # “立改废”工作, “天罗地网”工作体系: the work done under a phrase; “六稳”工作 counts its aims
            if naming == "whole" and run_end == match.end() and after.startswith(word):  # not “某某”等工程
                end = match.end() + len(word)
                if cls == "Event":
                    yield sent.candidate(left_extent(sent, match.start()), end, cls, "quoted_names")
                else:  # 特色现代农业“百亿提升”行动: written in full with what it is for, named by its quote
                    start = _quote_prefix(sent, match.start())
                    yield sent.candidate(start, end, cls, "quoted_names",
                                         name=sent.text[match.start():end] if start < match.start() else "")
            else:
                if cls == "Project" and word == _PROJECTS_OF and ((inner[0] in _NUMERALS and len(inner) <= 4)
                                         or _ITEMS_COUNTED.match(sent.text, run_end + len(word))):
                    cls = "Program"  # “两重”项目, “某某”项目400项: the projects of the programme the quote names
                elif cls == "Program" and _NUMBERED_SLOGAN.match(inner):
                    cls = _counted_parts_class(inner)  # “三基地两中心”建设: counted sites, built
                elif cls == "Program" and inner.endswith(tuple(words("event_heads"))):
                    cls = "Event"  # “某某圆桌会”等品牌, “某某文化节”活动: a meeting or festival
                yield sent.candidate(match.start(1), match.end(1), cls, "quoted_names")
            continue
        if "、" in inner or _counted_outcome(inner):
            continue  # a quoted list of words (“政策、资金、行动”) names no one thing, nor results counted (“三提升”)
        if _FIVE_YEAR_PERIOD.match(inner) and run_end == match.end():
            # 奋进“十五五”, “十五五”时期: the period of the five-year plan, which it names
            yield sent.candidate(match.start(), match.end(), "Plan", "quoted_names", name=f"“{inner}”规划")
            continue
        if _NUMBERED_CONGRESS.fullmatch(inner) or _NUMBERED_GAMES.fullmatch(inner):
            yield sent.candidate(match.start(1), match.end(1), "Event", "quoted_names")  # 为“十八大”召开营造氛围, “十五冬”
            continue
        if _NUMBERED_CRAFT.match(inner):
            yield sent.candidate(match.start(1), match.end(1), "Project", "quoted_names")  # “某某一号”组网卫星
            continue
        field = _field_before_count(sent, match) if _COUNTED_PROGRAMMES.fullmatch(inner) else None
        if field is not None:  # 数字产业化“十大工程”: the field's ten programmes, not another's
            yield sent.candidate(field, match.end(), "Program", "quoted_names")
            continue
        ending = next((c for e, c in quote_endings() if inner.endswith(e)), None)
        if ending:
            yield sent.candidate(match.start(1), match.end(1), ending, "quoted_names")
            locality = _LOCALITY_OPENING.match(inner)
            if locality and ending == "Program":  # “某某社区工作法”: the community it is named after
                yield sent.candidate(match.start(1), match.start(1) + locality.end(), "Locality", "quoted_names")
        elif (_NUMBERED_SLOGAN.match(inner) and not _FIVE_YEAR_PERIOD.match(inner) and not _counted_generic(inner)
              and not _dictionary_word(inner)  # “一站式”, “一对一”: words of the language, no count
              and not inner.endswith(tuple(words("formula_followers")))):  # “三公经费”: a budget line
            # “六个某江”: what the home place is to become, a programme, not places counted
            cls = "Program" if _names_home(inner, sent.home_codes) else _counted_parts_class(inner)
            yield sent.candidate(match.start(1), match.end(1), cls, "quoted_names")
        elif _campaign_object(sent.text, match) and not _counted_generic(inner):
            yield sent.candidate(match.start(1), match.end(1), "Program", "quoted_names")
        elif _names_home(inner, sent.home_codes) and not _counted_generic(inner):
            yield sent.candidate(match.start(1), match.end(1), "Program", "quoted_names")
        elif _quoted_subject(sent, match) and not _counted_generic(inner) and not _dictionary_word(inner):
            yield sent.candidate(match.start(1), match.end(1), "Program", "quoted_names")


declare_rule("repeated_quotes", 1)


def repeated_quotes(text: str, in_annex: Callable[[int], bool], taken: set[str]) -> list[Candidate]:
    """Short phrases a report quotes two times or more and no rule reads: a programme or brand
    it names, each quoted occurrence a mention.  ``推出“某某通办”重点事项…扩大“某某通办”覆盖面``
    yields 某某通办 twice; not a numbered slogan (“三个某某”), a phrase (“某某的某某”), a word of
    the language, nor what qualifies a noun each time it is quoted (“某某式”, “某某”企业)."""
    occurrences: dict[str, list[int]] = defaultdict(list)
    for match in _QUOTED.finditer(text):
        if not in_annex(match.start()):
            occurrences[match.group(1)].append(match.start(1))
    result = []
    for inner, starts in sorted(occurrences.items()):
        if (len(starts) < 2 or not _REPEATED_QUOTE_CHARS[0] <= len(inner) <= _REPEATED_QUOTE_CHARS[1]
                or inner in taken or not _ALL_HAN.fullmatch(inner) or _counted_outcome(inner)
                or _dictionary_word(inner) or _NUMBERED_SLOGAN.match(inner) or "的" in inner or inner.endswith("式")
                or all(text.startswith(_QUOTE_QUALIFIES, start + len(inner) + 1) for start in starts)
                or any(_names_a_storm(text, start, start + len(inner)) for start in starts)):
            continue
        result += [Candidate(start, start + len(inner), "Program", "repeated_quotes") for start in starts]
    return result


def _names_a_storm(text: str, start: int, end: int) -> bool:
    """True when the quoted words at ``[start, end)`` name a storm: a word for one before the
    quote (台风“某某”) or after it and the quotes that follow (“甲”“乙”强台风)."""
    storms = tuple(words("storm_words"))
    after = _QUOTES_AFTER.match(text, end + 1)
    return text.endswith(storms, 0, start - 1) or text.startswith(storms, after.end() if after else end + 1)


# Quoted words that follow a closing quote (“甲”|“乙”“丙”强台风).
_QUOTES_AFTER = re.compile(r"(?:“[^“”]{1,10}”)+")
_REPEATED_QUOTE_CHARS = (3, 10)
_ALL_HAN = re.compile(rf"[{HAN}]+")
# What follows a quoted phrase that qualifies the noun after it (“某某”的责任, “某某”企业).
_QUOTE_QUALIFIES = ("的", "企业")


def _quote_prefix(sent: SentenceText, quote_start: int) -> int:
    """Where a programme's name written in full begins before its quote: the nouns saying what
    it is for (实施特色现代农业|“百亿提升”行动), up to ten characters with no place among them
    and no verb of the tagger's, unless a campaign verb opens them (实施|放心消费“百千万”工程:
    what the campaign is for); else at the quote."""
    start = left_extent(sent, quote_start)
    prefix = sent.text[start:quote_start]
    if (not 2 <= len(prefix) <= 10 or not _modifier_ok(prefix) or _CLOSE_QUOTE in prefix
            or (_verb_between(sent, start, quote_start) and not _campaign_verb_before(sent, start))
            or _names_a_place(sent, start, quote_start)):  # 某地区清洁供暖“一张网”工程: the place is its own mention
        return quote_start
    return start


def _quoted_subject(sent: SentenceText, match: re.Match[str]) -> bool:
    """True for a short quoted name that opens its clause and is what the verb right after it
    says something of (“某某之夜”焕新靓丽, “某某通办”全面推行): a programme or brand named."""
    inner = match.group(1)
    return (3 <= len(inner) <= 8 and _clause_start(sent.text, match.start()) == match.start()
            and not _FIVE_YEAR_PERIOD.match(inner)
            and any(w.start == match.end() and w.tag in _VERB_TAGS | {"ad", "d"} for w in sent.words))


def _names_home(inner: str, home_codes: frozenset[str]) -> bool:
    """True when a short quoted phrase holds the name or the abbreviation of the report's own
    jurisdiction or a division above it (“某农精品” in a report of the province 某, “戏聚某市”):
    a programme or brand of the place, not a formula (“两个维护” names no place)."""
    return (3 <= len(inner) <= 6 and not inner.endswith(tuple(words("formula_followers")))  # “某某精神”
            and any(name in inner for name in _home_names(home_codes)))


@lru_cache(maxsize=64)
def _home_names(home_codes: frozenset[str]) -> frozenset[str]:
    """The names, short forms and one-character abbreviations of the home divisions."""
    divisions = [d for code in home_codes if (d := division_by_code().get(code)) is not None]
    provinces = frozenset(code[:2] for code in home_codes)
    return (frozenset(n for d in divisions for n in (d.name, *d.short_names))
            | province_abbreviations(provinces) | province_customary_names(provinces))


# A community, village or town opening a quoted programme (“某某社区工作法”, “三河镇调解工作法”);
# not counted ones (“百县千镇万村…”: numbers of counties and towns).
_LOCALITY_OPENING = re.compile(rf"(?![一二三四五六七八九十两百千万][县乡镇村])[{HAN}]{{2,4}}(?:社区|村|镇|街道)(?=[{HAN}]{{2}})")


def _ends_in_a_kind(inner: str) -> bool:
    """True when a quoted phrase ends in a kind of programme (“某某试点”, “服务规范年”)."""
    return inner.endswith(_kind_endings())


@lru_cache(maxsize=1)
def _kind_endings() -> tuple[str, ...]:
    """The heads of programmes, the endings of quoted names, and 年 (某某规范年)."""
    return (*(head for head, _ in table("program_heads")), *(e for e, _ in quote_endings()), "年")


def _counted_outcome(inner: str) -> bool:
    """True for a quoted count of results (“三提升”, “二十二连丰”): numerals, then a result."""
    rest = inner.lstrip(_NUMERALS)
    return rest != inner and rest in words("outcome_words")


def _after_a_kind(after: str, word: str) -> bool:
    """True when ``after`` opens with ``word`` after a short kind of it (文旅品牌, 等旅游品牌)."""
    return re.match(rf"等?[{HAN}]{{1,6}}{re.escape(word)}", after) is not None


# Words after a quote that speak of work done under it, not of one programme (“1571”工作).
_WORK = "工作"
_WORK_WORDS = frozenset({_WORK, "建设"})
# A count of the items a quoted scheme holds (“某某”项目2146个, 400项以上).
_ITEMS_COUNTED = re.compile(r"[\d.]+[个项]")
# The quotes after the first of a run (“甲”“乙”, “甲”、“乙”): the word after the last types them all.
_NEXT_QUOTE = re.compile(r"、?“[^“”]{1,16}”")


# Two quotes or more, one after another (“甲”“乙”, “甲”、“乙”).
_QUOTE_RUN = re.compile(r"(?:“[^“”]+”[、和]?){2,}")


def _end_of_quote_run(text: str, end: int) -> int:
    """Where a run of quotes that starts with the quote ending at ``end`` ends: in
    ``深化“甲乙”“丙丁”等改革`` the word after the run (改革) types both quotes."""
    while (following := _NEXT_QUOTE.match(text, end)):
        end = following.end()
    return end


_BOOK_TITLE = re.compile(r"《([^《》]{2,60})》")  # 《中共某市委关于制定…规划和二〇三五年远景目标的建议》: 50 characters


@name_rule("book_titles", 9)
def book_titles(sent: SentenceText) -> Iterator[Candidate]:
    """Titles in 《》 that name a plan or policy document.

    ``出台《海西州乡村振兴战略规划》`` yields a Plan; ``《魅力中国城》海西专辑``
    (a television programme) yields nothing.
    """
    plan_words = words("plan_heads")
    for match in _BOOK_TITLE.finditer(sent.text):
        core = re.sub(r"[（(][^（）()]*[）)]$", "", match.group(1))
        if any(core.endswith(w) for w in plan_words) or any(w in core for w in words("plan_title_words")):
            yield sent.candidate(match.start(1), match.end(1), "Plan", "book_titles")


# A package of measures named by its count of articles (某某21条升级举措, “某某32条”).
_ARTICLES = re.compile(rf"(?:“([{HAN}]{{2,10}}\d{{1,3}}条)”|\d{{1,3}}条(?:升级|配套)?(?:政策措施|举措|措施|政策|规定))")


@name_rule("article_packages", 6)
def article_packages(sent: SentenceText) -> Iterator[Candidate]:
    """A package of measures named by its count of articles is a plan: ``实施优化营商环境21条升级
    举措`` yields 优化营商环境21条升级举措 (its aim keeps its verbs), ``迭代升级我省“民营经济32条”``
    民营经济32条; ``出台20条措施`` names no aim, and no package."""
    for match in _ARTICLES.finditer(sent.text):
        if match.group(1):
            yield sent.candidate(match.start(1), match.end(1), "Plan", "article_packages")
            continue
        clause_start = _clause_start(sent.text, match.start(), _ITEM_ENDS)
        start = _after_last_predicate(sent, clause_start, match.start(), words("plan_verbs") | words("function_words"))
        start = trim_by_words(sent, start, match.start(), keep_verbs=True)
        aim = sent.text[start:match.start()]
        if len(aim) >= MIN_PROGRAM_AIM and all(_NAME_CHAR.match(c) for c in aim) and not is_generic(aim):
            yield sent.candidate(start, match.end(), "Plan", "article_packages")


@name_rule("plan_names", 6)
def plan_names(sent: SentenceText) -> Iterator[Candidate]:
    """Unbracketed plans: names ending in 规划 or 行动计划.

    ``实施土壤污染治理与修复规划`` yields 土壤污染治理与修复规划;
    ``编制“十四五”对口支援规划`` yields “十四五”对口支援规划.
    """
    for match in re.finditer(_alternation(tuple(words("plan_name_heads"))), sent.text):
        if sent.text[match.end():match.end() + 1] in ("》", "”") or _in_title(sent.text, match.start()):
            continue
        action_plan = match.group(0) in words("action_plan_heads") or (
            left_extent(sent, match.start()) == match.start()
            and any(w.end == match.start() and w.tag == "vn" for w in sent.words))
        # 某某保护利用|规划: a plan whose aim ends in a verbal noun keeps it, as an action plan does
        clause_start = _clause_start(sent.text, match.start(), _ITEM_ENDS)
        after_plan_verb = _after_last_predicate(sent, clause_start, match.start(), words("plan_verbs"))
        if not action_plan and after_plan_verb > clause_start and _only_aim_between(sent, after_plan_verb, match.start()):
            action_plan = True  # 制定|优化营商环境中长期规划, 出台|高质量充分就业促进条例: the plan's aim, verbs and all
        if action_plan:  # 制定我省率先全面建成某某行动方案: its name keeps the verbs of its aim
            start = _after_last_predicate(sent, clause_start, match.start(), words("plan_verbs") | words("function_words"))
            start = next((start + len(w) for w in ordered_words("area_qualifiers") if sent.text.startswith(w, start)), start)
        else:
            start = left_extent(sent, match.start())
        start = _after_last_predicate(sent, start, match.start(), words("entering_verbs"))  # 某某铁路纳入|国家规划
        start = trim_by_words(sent, start, match.start(), keep_verbs=action_plan)
        start = _whole_quote(sent.text, start, match.start())
        target = _TARGET_YEAR.search(sent.text, max(0, start - 8), match.start())
        if target and target.start() <= start < target.end() + 1 and target.end() < match.start():
            start = target.start()  # 制定|2030年前碳达峰行动方案: the year it aims at is part of its title
        modifier = sent.text[start:match.start()]
        if not _modifier_ok(modifier) or modifier.endswith("”") or "《" in modifier:
            continue
        if _modifies_a_noun(sent, match.end()) and not sent.text.startswith(tuple(words("plan_verbs")), match.end()):
            continue  # 国土空间规划体系, 城乡规划布局: the plan's kind describes something else (not 某某规划编制)
        if any(w.start == match.end() and w.tag in _VERB_TAGS and sent.text[w.start:w.end] in words("building_verbs")
               for w in sent.words):
            continue  # 在某某园区规划|建设某某园: to plan and build, no plan
        if (len(modifier) < MIN_PROGRAM_AIM and not is_specific(sent, start, match.start())
                and not (match.group(0) == _REGULATION and clause_start < after_plan_verb == start)):
            continue  # 空间规划, 专项规划: a kind of plan, not one plan (出台|数据条例 is one regulation)
        edition = _EDITION.match(sent.text, match.end())
        yield sent.candidate(start, edition.end() if edition else match.end(), "Plan", "plan_names")


# The year a plan aims at, opening its title (2030年前碳达峰行动方案).
_TARGET_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年前")
# The edition of a plan after its name (某某行动方案（2026版）): part of the document's title.
_EDITION = re.compile(r"（(?:\d{4}年?|修订|试行)版?）")


_REGULATION = "条例"


def _only_aim_between(sent: SentenceText, start: int, head_start: int) -> bool:
    """True when what lies between a verb taking a plan and the plan's head could be its aim:
    name characters only, no longer than a name's modifier, no function word (an adverb after
    its first word is none)."""
    aim = sent.text[start:head_start]
    return (0 < len(aim) <= _PLAN_AIM_CHARS and all(_NAME_CHAR.match(c) for c in aim)
            and not any(w.tag in _OPENING_TAGS and start <= w.start < head_start
                        and not (w.tag in _ADVERB_TAGS and w.start > start) for w in sent.words))


# The longest aim a plan is named by after the verb that takes it (制定|…中长期规划).
_PLAN_AIM_CHARS = 14


@lru_cache(maxsize=1)
def _law_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(tuple(words('law_verbs')))})((?:(?!的)[{HAN}]){{1,14}}法)(?=[，。；、和及]|实施|$)")


@name_rule("laws", 6)
def laws(sent: SentenceText) -> Iterator[Candidate]:
    """A law named unbracketed right after a verb that takes one is a plan: ``认真执行预算法``
    yields 预算法, ``贯彻新修订的国家通用语言文字法`` 国家通用语言文字法; a way of working
    ending in 法 (工作方法, 严格执法) is none."""
    for match in _law_pattern().finditer(sent.text):
        name = match.group(1)
        if (name.endswith(tuple(words("law_endings_not_laws"))) or is_generic(name)
                or _cuts_word(sent, match.start(1)) or _verb_between(sent, match.start(1), match.end(1))):
            continue
        yield sent.candidate(match.start(1), match.end(1), "Plan", "laws")


# The year an edition of an event is held in, right before its name (2026年, 2025, 2021年（辛丑年）
# with the year of the sexagenary cycle that ceremonies are dated by).
_EVENT_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d年?(?:（[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年）)?$")
# Plenums of one party committee listed under one term (十八届三中、四中、五中全会, 十一届九次、十次全会).
_PLENUM_LIST = re.compile(r"[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+[中次]、)+[一二三四五六七八九十]+[中次]$")
_ORDINAL_EVENT = re.compile(r"(?:第[0-9一二三四五六七八九十百]+|首)届")
# Editions counted after a verb of holding (连续举办五届某某大赛): how often, no part of the name.
_EDITIONS_HELD = re.compile(r"(?<=举办)[0-9一二三四五六七八九十两]+届")
# A short qualifier in brackets right after a name (（女子）, （青年组）, （扩建）).
_EVENT_QUALIFIER = re.compile(rf"（[{HAN}]{{1,4}}）")


def _an_event_head(sent: SentenceText, match: re.Match[str], heads: tuple[str, ...]) -> bool:
    """True when an event head the pattern found heads an event: not 赛 of 新赛道 (inside a word
    of the language), nor 赛 of 某某国际赛马节 (one word of the tagger's that ends in a head of
    its own), nor 赛 of 某某赛汗能源公司 (inside a name the tagger reads on past it), nor 节 of
    拔节 (the end of a verb)."""
    start, end = match.start(), match.end()
    return not (_head_blocked(sent.text, start, end) or _inside_word(sent, start, end)
                or any(w.start <= start and w.end > end and (w.tag in ("ORG", "LOC") or sent.text.endswith(heads, 0, w.end))
                       for w in sent.words)
                or any(w.start < start and w.end == end and w.tag in _VERB_TAGS for w in sent.words))


@name_rule("events", 7)
def events(sent: SentenceText) -> Iterator[Candidate]:
    """Conferences, fairs and festivals: 第N届…, …博览会, …年会, …节, …会议.

    ``成功举办第20届“青洽会”海西分会、中国天文学会2019年度学术年会`` yields both
    events; ``办好第二届柴达木文化旅游节`` yields 第二届柴达木文化旅游节.
    """
    heads = tuple(words("event_heads"))
    pattern = re.compile(_alternation(heads))
    joint_meeting = re.compile(rf"暨[^，。；、：第]{{2,20}}?(?:{pattern.pattern})")
    for match in pattern.finditer(sent.text):
        if not _an_event_head(sent, match, heads):
            continue
        if sent.text.startswith(tuple(words("event_stages")), match.end()):
            continue  # 某某世界杯|预选赛: the head goes on into the event's stage, read with it
        plenums = _PLENUM_LIST.search(sent.text, max(0, match.start() - 30), match.start())
        list_start = plenums.start() if plenums else match.start()  # 某届三中、四中全会 is one event
        clause_start = _clause_start(sent.text, list_start, _ITEM_ENDS)
        ordinal = None
        for o in _ORDINAL_EVENT.finditer(sent.text, clause_start, match.start()):
            ordinal = o
        if ordinal and any(other.end() < match.start() and _an_event_head(sent, other, heads)
                           for other in pattern.finditer(sent.text, ordinal.end(), match.start())):
            ordinal = None  # 第N届甲节和乙联赛: the edition is the festival's, another event comes after it
        if ordinal and _NEXT_EDITION.search(sent.text, ordinal.end(), match.start()):
            ordinal = None  # 首届甲季和2021乙节: the edition is the season's, another edition comes after it
        start = ordinal.start() if ordinal else left_extent(
            sent, list_start, clause_start, boundaries=words("function_words"))
        if ordinal is None:
            start = trim_by_words(sent, _after_last_predicate(sent, start, list_start), list_start)
            counted = _EDITIONS_HELD.match(sent.text, start)
            start = counted.end() if counted and counted.end() < list_start else start  # 连续举办|五届|某某大赛
            start = _across_conjunction(sent, start, list_start)  # 某某经贸和文化论坛
            if match.group(0).endswith(_CONFERENCE):
                start = _scope_of_meeting(sent, clause_start, start)
        else:
            start = _host_before(sent, start)  # 某市第19届亚运会
        start = next((start - len(p) for p in ordered_words("event_prefixes") if sent.text.endswith(p, 0, start)), start)
        if ordinal and start == ordinal.start() and ordinal.end() == match.start() and is_common_word(match.group(0)):
            continue  # 第五届大赛吸引…: the edition of an event named before, by a word of the language
        year = _EVENT_YEAR.search(sent.text, 0, start)
        start = year.start() if year else _after_verb_before_year(sent, start, match.start())
        # 2026年全国某某日主场活动: the year is the edition's; 某队勇夺|2025某某杯: a clause before it
        joint = joint_meeting.match(sent.text, match.end())
        end = joint.end() if joint else match.end()  # 某某全会暨某某工作会议: one joint meeting, not 第N届甲暨第N届乙
        qualifier = _EVENT_QUALIFIER.match(sent.text, end)
        end = qualifier.end() if qualifier else end  # 2025某某杯（女子）: the event's division is part of its name
        name = sent.text[start:end]
        modifier = sent.text[start:match.start()]
        abbreviated = match.group(0) in words("abbreviated_event_heads") and 1 <= len(modifier) <= 2
        if ordinal is None and not abbreviated and not plenums and (
                not _modifier_ok(modifier) or len(modifier) < 3 and match.group(0) == "赛"):
            continue
        if (match.group(0) in words("plain_event_heads") and ordinal is None and not year
                and not is_specific(sent, start, match.start())):
            continue  # 商品大集, 政商沙龙: a kind of gathering, no event named
        if ordinal is None and not year and _a_word_of_two(modifier):
            continue  # 清理规范节庆|论坛: a kind of forum, named by a word of the language
        if len(name) > 30 or "，" in name or any(b in name for b in words("event_blockers")):
            continue
        if name.count(_OPEN_QUOTE) > name.count(_CLOSE_QUOTE):
            continue  # 第20届“某洽会”分会: a head inside a quote, read with the quote
        yield sent.candidate(start, end, "Event", "events")


@name_rule("ordinal_events", 7)
def ordinal_events(sent: SentenceText) -> Iterator[Candidate]:
    """An edition names an event whatever the word it ends in, when that word ends in a
    gathering (lexicon ``edition_endings``: 会, 节, 周, 展 …) and the item ends there:
    ``办好第五届中国（雪峰）女鞋时尚周、第二届某某论坛`` yields the first too, and
    ``第十三届雪岭国际影会和首届某某马拉松`` 第十三届雪岭国际影会; not two events joined (某某周和某某节),
    a clause (首届某某大会吸引…参会), nor the report's own congress (第十四届人民代表大会)."""
    for match in _edition_pattern().finditer(sent.text):
        if not (any(blocker in match.group(0) for blocker in words("event_blockers"))
                or any(match.start() <= w.start and w.end < match.end() - 1 and w.tag in _VERB_TAGS
                       for w in sent.words)):  # 某某博览|周: a verb right before the last word is its kind
            yield sent.candidate(match.start(), match.end(), "Event", "ordinal_events")


@lru_cache(maxsize=1)
def _edition_pattern() -> re.Pattern[str]:
    """第N届 or 首届, then name characters (no conjunction), a short bracket or a quote, up to a
    gathering's last character, its quote closed (第二届“某某丰收节”), where the item ends (a mark,
    a conjunction, 等)."""
    endings = "".join(sorted(words("edition_endings")))
    return re.compile(rf"{_ORDINAL_EVENT.pattern}“?(?:(?![和及与暨])[{HAN}A-Za-z0-9·]|（[{HAN}]{{1,6}}）|“[^”]{{1,10}}”){{2,24}}?"
                      rf"[{endings}]”?(?=[{_ITEM_ENDS}和及与]|等|$)")


# A conjunction before another edition (和2021某某节, 及第二届某某会): a second event opens there.
_NEXT_EDITION = re.compile(r"[和及与](?=\d{4}|第[一二三四五六七八九十百\d]+届|首届)")


def _scope_of_meeting(sent: SentenceText, clause_start: int, start: int) -> int:
    """Where a meeting's name begins when the scope it is held for opens it before a verb of its
    theme (召开|全市推进某某工作会议, 落实|全省“某某”助推某某工作会议): at the scope, the verb
    inside the name, when only name characters and quotes lie between; else ``start``."""
    for scope in reversed(list(_MEETING_SCOPE.finditer(sent.text, clause_start, start))):
        if all(_NAME_CHAR.match(c) or c in (_OPEN_QUOTE, _CLOSE_QUOTE) for c in sent.text[scope.start():start]) and not any(
                w.tag in _OPENING_TAGS and sent.text[w.start] not in (_OPEN_QUOTE, _CLOSE_QUOTE)
                for w in sent.words if scope.end() <= w.start < start):
            return scope.start()
    return start


# The scope a meeting is held for (全省, 全州, 全国): it opens the meeting's name.
_MEETING_SCOPE = re.compile(_alternation(tuple(_SCOPE_WORDS)))
_CONFERENCE = "会议"


def _after_verb_before_year(sent: SentenceText, start: int, head_start: int) -> int:
    """Where an event's name begins when a verb of the tagger comes right before a bare year
    inside its span (某某女足勇夺|2025某某杯): at the year; not before 2019年度 (某学会2019年度年会)."""
    for year in re.finditer(r"(?:19|20)\d\d(?![\d年])", sent.text[start:head_start]):
        at = start + year.start()
        if any(w.end == at and w.tag in _VERB_TAGS for w in sent.words):
            return at
    return start


def _host_before(sent: SentenceText, start: int) -> int:
    """Where an event's name begins when the place hosting it comes right before its
    ordinal (某市第19届亚运会): at the place, when the tagger or the division data name it."""
    for word in sent.words:
        if word.end == start and (word.tag == "LOC" or sent.text[word.start:word.end] in division_names()):
            return word.start
    return start


_TOWN = re.compile(rf"([{HAN}]{{2,3}})(镇|乡|苏木)(?!村|镇|土|亲|间)")
# The words a town's own name ends in (崖门镇, 花园乡, 东河街道).
_TOWN_ENDINGS = (*TOWN_LEVELS, "街道")


def _common_word(word: str) -> bool:
    """True for a word of jieba's dictionary (城镇, 乡镇, 返乡): no town ends so."""
    import jieba

    return (jieba.get_FREQ(word) or 0) > 0


@name_rule("towns", 4)
def towns(sent: SentenceText) -> Iterator[Candidate]:
    """Towns, townships and subdistricts: ``怀头他拉至宗加镇公路`` yields 宗加镇, ``茶卡镇北过境``
    茶卡镇, ``某某街道完成改造`` the subdistrict where the home province has one so named.

    ``美丽城镇`` and ``工业品下乡`` yield nothing: 城镇 and 下乡 are words of the dictionary;
    nor does ``产业强镇`` (common words before 镇, and no town of the province so named).
    """
    for match in _TOWN.finditer(sent.text):
        start = left_extent(sent, match.start(2))
        common_ending = _common_word(sent.text[match.start(2) - 1:match.end()])  # 城镇 of 美丽城镇, 下乡
        at_home = next((s for s in range(start, match.start(2) - 1)
                        if _town_at_home(sent.text[s:match.end()], sent.home_provinces)), None)
        if at_home is not None and not is_generic(sent.text[at_home:match.start(2)]) and (
                not common_ending or any(w.end == match.end() and w.tag == "LOC" for w in sent.words)):
            yield sent.candidate(at_home, match.end(), "Town", "towns")  # 伊州区花园乡: the town after its county;
            continue  # 水口镇, a town the tagger reads as one, whatever word 口镇 is
        if common_ending:
            continue
        base = sent.text[start:match.start(2)]
        if len(base) < 2 or len(base) > 4 or is_generic(base):
            continue
        if ((_common_word(base) or _only_common_words(base)) and not _listed_beside_a_town(sent, start, match.end())
                or _phrase_not_town(sent, start, match.end()) or _inside_quote(sent.text, start)
                or _cuts_word(sent, match.end()) or _route_initials(sent.text, start, match.end())):
            continue  # 文明乡风, 产业强镇, 以城带乡: common words before 乡 or 镇, or 乡 opening a word (乡风),
            # and no town so named at home nor listed with one; “村收镇运区处理”: a formula's words;
            # 甲乙丙镇|铁路: the initials of the cities a line joins, 镇 of a city's name
        yield sent.candidate(start, match.end(), "Town", "towns")
    for match in _SUBDISTRICT.finditer(sent.text):
        start = next((match.start() - n for n in (4, 3, 2) if match.start() >= n
                      and _town_at_home(sent.text[match.start() - n:match.start() + 2], sent.home_provinces)), None)
        if start is not None:  # 某某街道(办事处): a subdistrict of the home province, by the town data
            yield sent.candidate(start, match.end(), "Town", "towns")
    token_starts = {s for s, _ in sent.tokens}
    for office in _SUBDISTRICT_OFFICE.finditer(sent.text):
        start = next((office.start() - n for n in (4, 3, 2) if office.start() - n in token_starts
                      and _opens_a_subdistrict_office(sent, office.start() - n, office.start())), None)
        if start is not None:  # 某某办(事处): the subdistrict by its office's short name, 某某街道 of the home
            # prefecture in the town data (农场办社会 elsewhere: 办 runs the farm's services)
            yield sent.candidate(start, office.end(), "Town", "towns")


def _route_initials(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` are the initials of cities a line joins, its head after them
    (甲乙丙镇|铁路, as in 连淮扬镇铁路)."""
    return (text.startswith(tuple(_ABBREVIATED_ROUTES), end) and 2 <= end - start <= _MOST_INITIALS
            and route_ends(text[start:end]) is not None)


def _listed_beside_a_town(sent: SentenceText, start: int, end: int) -> bool:
    """True when the town-like name ``[start, end)`` stands in a list 甲镇、乙镇、丙镇 next to a town
    of the home province by the town data: ``甲台镇、二合镇、丙城镇`` makes 二合镇 a town,
    whatever words 二|合 are."""
    text = sent.text
    if not (text[start - 1:start] in _LIST_SEPARATORS and text[end:end + 1] in _LIST_SEPARATORS + "等，。；"):
        return False  # 西夏区镇|北堡镇: an item runs from one separator to the next
    before = _LAST_TOWN_LIKE.search(text, 0, start - 1) if text[start - 1:start] == "、" else None
    after = _FIRST_TOWN_LIKE.match(text, end + 1) if text[end:end + 1] == "、" else None
    return any(_town_at_home(m.group(0)[k:], sent.home_provinces)
               for m in (before, after) if m is not None for k in range(len(m.group(0)) - 2))


_LIST_SEPARATORS = "、，"
# A town-like name that ends a text, or opens it: an item of a list of towns (某某镇、).
_LAST_TOWN_LIKE = re.compile(rf"[{HAN}]{{2,4}}(?:镇|乡)$")
_FIRST_TOWN_LIKE = re.compile(rf"[{HAN}]{{2,3}}?(?:镇|乡)")


@name_rule("stations", 6)
def stations(sent: SentenceText) -> Iterator[Candidate]:
    """Railway stations named by a division of the home province and 站: ``江油站、绵阳站改造完成``
    yields both stations, ``温福铁路霞浦站站前广场`` the station, ``北京通州站`` the city's
    station with the city; not a word of the language before
    站 (服务站), a division elsewhere, nor the rank of a stop (第一站)."""
    for match in _STATION.finditer(sent.text):
        for start in range(max(match.start(), match.end() - 1 - _MAX_DIVISION_CHARS), match.end() - 2):
            name = _COMPASS_CLOSE.sub("", sent.text[start:match.end() - 1])  # 某市|西站: the city's west station
            if (name in division_names() and _named_at_home(sent, name) and not _cuts_word(sent, start)
                    and not _read_as_a_predicate(sent, start, match.end() - 1)):
                city = next((start - n for n in (4, 3, 2) if start - n >= match.start()
                             and sent.text[start - n:start] in division_names()), start)
                yield sent.candidate(city, match.end(), "Railway", "stations")  # 北京|通州站: the city's station
                break


# A compass point closing a station's town (某市|西站).
_COMPASS_CLOSE = re.compile(rf"(?<=[{HAN}]{{2}})[东西南北]$")
# 站 after a name, not opening a word of its own (站长, 站点, 站所, 站位).
_STATION = re.compile(rf"(?:(?!站)[{HAN}]){{2,8}}站(?![长点所位])")
_MAX_DIVISION_CHARS = 6


@name_rule("listed_towns", 4)
def listed_towns(sent: SentenceText) -> Iterator[Candidate]:
    """Towns listed by their names without their level, the level said once after the list:
    ``推进甲瑶、乙安、丙盛等重点镇建设`` and ``甲川、乙里、丙花四个街道`` yield each town whose
    name and level name a town of the home province in the town data (two at least), as a
    mention of that town."""
    for match in _LISTED_TOWNS.finditer(sent.text):
        levels = _LEVELS_OF.get(match.group(2), (match.group(2),))
        items = list(_LIST_ITEM.finditer(sent.text, match.start(1), match.end(1)))
        found = []
        for k, item in enumerate(items):
            counted = _COUNTED_KIND.search(sent.text, item.start(), item.end()) if k == len(items) - 1 else None
            end = counted.start() if counted else item.end()  # 丙花|四个街道, 丙盛|等重点镇
            # the first item may run into the words before the list (推进|甲瑶)
            for start in range(item.start(), end - 1) if k == 0 else (item.start(),):
                town = next((sent.text[start:end] + level for level in levels
                             if _town_at_home(sent.text[start:end] + level, sent.home_provinces)), None)
                if town:
                    found.append(sent.candidate(start, end, "Town", "listed_towns", name=town))
                    break
        if len(found) >= 2:
            yield from found


# A list of names before a level said once (甲、乙、丙等重点镇, 甲、乙四个街道).
_LISTED_TOWNS = re.compile(rf"((?:[{HAN}]{{2,4}}、)+[{HAN}]{{2,8}}?)(乡镇|镇|乡|街道|苏木)")
_LIST_ITEM = re.compile(rf"[{HAN}]+")
_LEVELS_OF = {"乡镇": ("镇", "乡")}
# What closes a list before its level: 等, a count (四个), a grade (重点).
_COUNTED_KIND = re.compile(r"(?:等|[一二三四五六七八九十两\d]+个|重点|中心|特色|建制)+$")
_SUBDISTRICT_LEVEL = "街道"
# A subdistrict (街道, its office 街道办事处 often standing for it), read only where the town data
# of the home province name one: the word also means a street, after any word.
_SUBDISTRICT = re.compile("街道(?:办事处)?")
# A subdistrict's office without 街道, in a district's own report (某某办, 某某办事处).
_SUBDISTRICT_OFFICE = re.compile("办(?:事处)?")


def _phrase_not_town(sent: SentenceText, start: int, end: int) -> bool:
    """True when a preposition or conjunction of the tagger opens [start, end), or a
    common word that starts inside it ends it (以|城带乡): a phrase, not a town's name."""
    return any((w.start == start and w.tag in ("p", "c")) or (start < w.start and w.end == end and not w.is_name)
               for w in sent.words)


# 村 that closes a village's name, not a word it begins (村民, 村委, 村庄, 村级), and 嘎查, a village
# of the pastoral areas (not 嘎查村, the villages and gachas of a banner).
VILLAGE_ENDING = re.compile(r"(?<!嘎查)村(?![民委庄落级务集])|嘎查(?!村)")


@name_rule("villages", 4)
def villages(sent: SentenceText) -> Iterator[Candidate]:
    """Villages of the home county or prefecture, by the village data: ``金星村人居环境改善``
    in a district's report yields 金星村 when the district has a village so named, and so
    does a gacha of the pastoral areas (某某嘎查).  Only in
    the report of a prefecture or county: a province has too many villages to read them safely."""
    below_province = {c for c in sent.home_codes if not c.endswith("0000")}
    if not below_province:
        return
    for match in VILLAGE_ENDING.finditer(sent.text):
        for length in (7, 6, 5, 4, 3):  # 乌兰柴达木嘎查
            start = match.end() - length
            if start < 0 or _cuts_word(sent, start):
                continue
            name = sent.text[start:match.end()]
            if (_common_word(name) or _only_common_words(name)) and not any(
                    t[:6] in below_province for p in sent.home_provinces for t in village_towns(name, p)):
                continue  # 新农村 is words before it is any village's name; 团结村 so written in the county is one
            towns = (t for p in sent.home_provinces for t in village_towns(name, p) + village_towns(
                name[:-len(match.group(0))], p))  # 甲, 甲村 or 甲嘎查
            if any(t[:6] in below_province or t[:4] + "00" in below_province for t in towns):
                yield sent.candidate(start, match.end(), "Locality", "villages")
                break


@name_rule("abbreviations", 5)
def abbreviations(sent: SentenceText) -> Iterator[Candidate]:
    """Railways and expressways named by the first characters of the cities they join
    (格敦铁路: 格尔木市 and 敦煌市), the cities derived from the division data by
    :func:`kg.reference.route_ends`.

    ``甲乙铁路实现全线运营`` or ``开工建设甲乙丙高铁`` yield the route when each
    character starts the name of a city and one of them lies in the report's home
    province; the cities too when the name has two characters (a third character
    often stands for a town, which the division data do not hold): both when one lies in
    the report's own prefecture, else only those of its province.
    """
    for match in re.finditer(_alternation(tuple(_ABBREVIATED_ROUTES)), sent.text):
        start = left_extent(sent, match.start())
        if not 2 <= match.start() - start <= _MOST_INITIALS:
            continue
        initials = sent.text[start:match.start()]
        ends = route_ends(initials)
        if ends is None or all(c in _COMPASS for c in initials):
            continue  # 东中西高速公路: the parts of a region, no cities
        section = _COMPASS_SECTION.match(sent.text, match.end()) or _ROUTE_SECTION.match(sent.text, match.end())
        end = section.end() if section else match.end()  # 甲乙城际南段, 甲乙铁路丙丁段: the stretch named
        yield sent.candidate(start, end, _ABBREVIATED_ROUTES[match.group(0)], "abbreviations")
        # the cities are read only for a report's own routes, one end in its home province: a far
        # route's initials are no sure pair of cities (京广 is no 广元, 集通 in another province's report)
        if not any(d.code[:2] in sent.home_provinces for d in ends) or match.group(0) in _LOCAL_LINES:
            continue
        home_prefectures = {c[:4] for c in sent.home_codes if not c.endswith("0000")}
        local = any(d.code[:4] in home_prefectures for d in ends)
        for k, division in enumerate(ends if len(ends) == 2 else ()):
            if not local and division.code[:2] not in sent.home_provinces:
                continue  # a province's road out of it: the far city is a guess, often wrong (甲乙 read as a far 乙某市)
            yield sent.candidate(start + k, start + k + 1, LEVEL_CLASS[division.level],
                                 "abbreviations", code=division.code)


# The most cities a route's name joins by their initials (甲乙丙丁铁路: four cities on one line).
_MOST_INITIALS = 4


@name_rule("city_initials", 5)
def city_initials(sent: SentenceText) -> Iterator[Candidate]:
    """A region named by the first characters of three or four cities of the report's home
    province (甲乙丙一体化, 甲乙丙乌低空经济产业集群 where 甲, 乙, 丙 and 乌 start the names
    of four prefecture-level cities of the province) is one region; before a route's head
    (甲乙丙铁路, 甲乙丙开放大通道) the initials name the route.
    """
    pattern = _city_initials_pattern(sent.home_provinces)
    for match in pattern.finditer(sent.text) if pattern else ():
        if _a_run_of_initials(sent, match) and not _ROUTE_AFTER_INITIALS.match(sent.text, match.end()):
            yield sent.candidate(match.start(), match.end(), "Region", "city_initials")


# A route named by the cities it links (甲乙丙铁路, 甲乙丙R1线, 甲乙丙铁水联运通道): the
# initials name the line, not a region.
_ROUTE_AFTER_INITIALS = re.compile(rf"(?:铁路|高铁|城际|轻轨|高速|[A-Z]+\d*线|[{HAN}]{{0,6}}?通道)")


@lru_cache(maxsize=64)
def _city_initials_pattern(provinces: frozenset[str]) -> re.Pattern[str] | None:
    """Three to five initials of the cities of the given provinces, or None."""
    initials = home_city_initials(provinces)
    return re.compile(rf"[{''.join(sorted(initials))}]{{3,5}}") if initials else None


def _a_run_of_initials(sent: SentenceText, match: re.Match[str]) -> bool:
    """True when a run of city characters names a region: each character stands for a city
    of its own (甲乙乙丙 where two cities open with 乙; 无锡 is one city, not two), the run is
    no division's or word's name, and cuts no word."""
    run = match.group(0)
    text, start, end = sent.text, match.start(), match.end()
    opens_quote, closes_quote = text[start - 1:start] == _OPEN_QUOTE, text[end:end + 1] == _CLOSE_QUOTE
    if opens_quote != closes_quote:
        return False  # “甲乙丙丁”: part of a quoted run, whose first initial is no city's
    return (_distinct_cities(run, home_city_initials(sent.home_provinces)) and not _dictionary_word(run)
            and not any(run[i:j] in division_names() for i in range(len(run)) for j in range(i + 2, len(run) + 1))
            and not _cuts_word(sent, start) and not _cuts_word(sent, end)
            and not any(s < end < e for s, e in sent.tokens))  # 赣江|新|区: jieba's 新区 goes on past the run


def _distinct_cities(run: str, cities: dict[str, frozenset[str]], taken: frozenset[str] = frozenset()) -> bool:
    """True when each character of ``run`` can stand for a city no other character of it stands for."""
    if not run:
        return True
    return any(_distinct_cities(run[1:], cities, taken | {code}) for code in cities.get(run[0], ()) if code not in taken)


# The kind of land after a part of a province (某东平原).
_LAND_KINDS = "平原|地区|片区|山区|丘陵|盆地"


@name_rule("province_parts", 5)
def province_parts(sent: SentenceText) -> Iterator[Candidate]:
    """A part of the report's province named by the province's abbreviation and compass
    points: ``推动甲东、甲西协调发展`` (甲 the one-character abbreviation of the home
    province) yields the regions 甲东 and 甲西, ``甲东平原`` a plain.  In a word of the
    tagger that goes on past it (新西|兰, 新中|国) it names nothing."""
    abbreviations = province_abbreviations(sent.home_provinces)
    if not abbreviations:
        return
    for match in re.finditer(rf"[{''.join(sorted(abbreviations))}][东西南北中]{{1,3}}(?:{_LAND_KINDS})?", sent.text):
        if not _cut_by_a_word(sent, *match.span()):
            yield sent.candidate(match.start(), match.end(), "Region", "province_parts")


@name_rule("paired_cooperation", 7)
def paired_cooperation(sent: SentenceText) -> Iterator[Candidate]:
    """The cooperation of two provinces named by their abbreviations is a programme:
    ``深化甲乙协作`` (甲, 乙 two provinces' one-character abbreviations) yields 甲乙协作."""
    abbreviations = "".join(sorted(province_abbreviations()))
    for match in re.finditer(rf"([{abbreviations}])([{abbreviations}])(?:协作|合作)", sent.text):
        if match.group(1) != match.group(2) and not _cut_by_a_word(sent, *match.span()):
            yield sent.candidate(match.start(), match.end(), "Program", "paired_cooperation")


def _cut_by_a_word(sent: SentenceText, start: int, end: int) -> bool:
    """True when a word of the tagger, name or not, goes on past either end of [start, end)
    (新西|兰, 新中|国): the characters are a piece of that word."""
    return any(w.start < start < w.end or w.start < end < w.end for w in sent.words)


@name_rule("region_strategies", 7)
def region_strategies(sent: SentenceText) -> Iterator[Candidate]:
    """A named region followed by the strategy for it is a programme: ``推动某某流域生态保护和
    高质量发展`` or ``甲乙丙一体化`` (甲, 乙, 丙 starting cities of the home province) name the
    strategy; the region alone (``某某流域水质``) does not.
    """
    initials = "".join(sorted(home_city_initials(sent.home_provinces)))
    regions = _alternation(region_names())
    runs = rf"|[{initials}]{{3,5}}" if initials else ""
    endings = _alternation(tuple(words("region_strategy_endings")))
    for match in re.finditer(rf"(?:{regions}{runs}|(?P<belt>{_ECONOMIC_BELT}))(?:{endings})", sent.text):
        if match.group("belt") and any(w.start < match.start() < w.end or (
                w.end == match.start() and (w.tag in NOUN_TAGS or w.is_name)
                and sent.text[w.start:w.end] not in _THE_COUNTRY) for w in sent.words):
            continue  # 某市西部|振兴, 城市东部|一体化: a part of a place, no belt of the country (国家|西部大开发 is)
        if not _cuts_word(sent, match.start()) and not _cuts_word(sent, match.end()):
            yield sent.candidate(match.start(), match.end(), "Program", "region_strategies")


# The country's economic belts by compass (东部, 中部地区, 西部): named regions only before the
# strategy for them (西部大开发, 中部地区加快崛起); alone they are as often parts of a province.
_ECONOMIC_BELT = r"[东中西]部(?:地区)?"
_THE_COUNTRY = frozenset({"国家", "我国", "全国"})


# 港 that closes a port's name, not a word it begins (港澳, 港口, 港区, 港城).
_PORT = re.compile(r"港(?![澳口区城湾务股航])")


@name_rule("city_ports", 6)
def city_ports(sent: SentenceText) -> Iterator[Candidate]:
    """A port named by its city or cities: ``加快甲市港、乙丙港建设`` where 甲市, 乙 and 丙
    are divisions yields the ports 甲市港 and 乙丙港; ``临港产业`` or ``高端港`` (no
    division before 港) name none."""
    names = division_names()
    for match in _PORT.finditer(sent.text):
        start = _division_before(sent.text, match.start(), names)
        if start is None:
            continue
        first = _division_before(sent.text, start, names)
        start = start if first is None else first  # 甲乙港: a port of two cities
        if not _cuts_word(sent, start):
            yield sent.candidate(start, match.end(), "Port", "city_ports")


# 路 that closes a street's name, not a word it begins (路线, 路径, 路网, 路子, 路口).
_STREET = re.compile(r"(?<![公铁道])路(?![线径网子口段面况费演上]|街道)")  # 某某路街道: a subdistrict named after it


@name_rule("place_streets", 6)
def place_streets(sent: SentenceText) -> Iterator[Candidate]:
    """A street named after a place, as a city's streets are: ``新建甲市路、乙河路`` where 甲市
    is a division and the tagger marks 乙河 as a place yields the roads 甲市路 and 乙河路;
    ``一带一路`` or ``新路子`` name none."""
    names = division_names()
    for match in _STREET.finditer(sent.text):
        start = _division_before(sent.text, match.start(), names)
        if start is None:
            start = next((w.start for w in sent.words if w.end == match.start() and w.tag == "LOC"), None)
        if start is None and _below_a_province(sent):
            ring = _COMPASS_ROAD.search(sent.text[:match.start()], max(0, match.start() - 3))
            floor = sent.text.rfind("—", 0, ring.start()) + 1 if ring else 0  # 甲路—乙路: one road each
            start = trim_by_words(sent, left_extent(sent, ring.start(), floor), ring.start()) if ring else None
            # 东外环路, 新北出口路: one road of the city the report is of
        if (start is not None and not _cuts_word(sent, start) and sent.text[start] not in _NUMERALS
                and not any(w.start < start < w.end for w in sent.words)  # 千|山西路: a longer street's name
                and not any(w.start == match.end() - 1 and w.end > match.end() and w.tag == "LOC" for w in sent.words)):
            yield sent.candidate(start, match.end(), "Road", "place_streets")  # (not 甲区|路南镇: a town 路 opens)


@name_rule("road_extensions", 6)
def road_extensions(sent: SentenceText) -> Iterator[Candidate]:
    """A street's extension, by its direction, or works on it (lexicon ``road_works``):
    ``甲乙大道北延线建成通车``, ``丙丁街西延段``, ``戊己路东延工程``, ``庚辛大道快速化改造、壬癸路
    延伸段建成通车`` yield the works on the road, whatever words name the street
    (迎宾|大道); no extension of a kind of road (城市道路|东延), no works on a kind of street
    (骨干道路改造)."""
    for match in _road_extension().finditer(sent.text):
        start = trim_by_words(sent, left_extent(sent, match.start(2)), match.start(2))
        street = sent.text[start:match.start(2)]
        if (len(street) >= 3 and not is_generic(street) and not street.endswith(_ROAD_OF_A_KIND)
                and not _a_kind_of_road(street) and not _cuts_word(sent, start)):
            yield sent.candidate(start, match.end(), "Road", "road_extensions")


def _a_kind_of_road(street: str) -> bool:
    """True when what ends in 路 is no street: a line (高低压线路), a grade of road (一级公路,
    干线公路: common words only) or a quoted programme's roads (“某某”干线公路)."""
    return (street.endswith(_POWER_LINE) or any(mark in street for mark in "“”")
            or (street.endswith(_HIGHWAY) and _only_common_words(street)))


_POWER_LINE, _HIGHWAY = "线路", "公路"


# A street's extension: its direction and 延, with 线, 段 or 工程 after it (甲大道|北延线); 道路 ends
# a kind of road (城市道路), not a street's name.
_ROAD_OF_A_KIND = "道路"


@lru_cache(maxsize=1)
def _road_extension() -> re.Pattern[str]:
    """A street's head and its extension (甲大道|北延线) or the works on it, where the works' name
    ends (甲路|快速化改造、, 甲路|改造|建成通车; not 甲路|改造工程, which head_nouns names)."""
    works = "|".join(map(re.escape, ordered_words("road_works")))
    return re.compile(rf"(大道|大街|路|街)([东西南北]延(?:伸)?(?:线|段)?(?:工程)?"
                      rf"|(?:[东西南北]段)?(?:{works})(?=[、，。；和及等]|建成|完成|开工|竣工|通车|$))")


# A city's metro line by its number, with its phase and section (地铁4号线北段, 7号线一期南段,
# Z4线一期北段, 8号线一期及延伸线); a lettered line without 号 is no national (G) or provincial
# (S) road.
# The kinds of line a number names (地铁4号线, 城市快速公交1号线), with 城市 before them; S and a
# number is a provincial road (S215线) but after 轨道交通 or 地铁 (某市轨道交通S1线).
_METRO_KINDS = ("城市", "地铁", "轨道交通", "轻轨", "有轨电车", "快速公交", "BRT")
_METRO_LINE = re.compile(
    rf"(?<![A-Za-z0-9])(?:城市)?(?:{'|'.join(_METRO_KINDS[1:])})?"
    r"(?:[A-Z]?\d{1,2}号线|[A-FH-RT-Z]\d{1,3}线|(?<=轨道交通)S\d{1,2}线|(?<=地铁)S\d{1,2}线)(?:[一二三四]期)?"
    r"(?:[东南西北]段|[东南西北]延(?:伸)?[线段]|延伸线|支线)?(?:及延伸线)?(?:工程)?")


# An investment stated before what it is spent on (投资3.3亿元的, 、550万元): one project's budget.
_FUNDING = re.compile(r"(?:(?:总)?投资|、)[\d.]+[万亿]*元的?")


@name_rule("funded_works", 7)
def funded_works(sent: SentenceText) -> Iterator[Candidate]:
    """Works with their budget stated before them are one project, however common their name:
    ``投资3.3亿元的机场快速路建成通车`` yields 机场快速路, ``投资836万元的甲养老院、550万元
    乙文体馆项目基本完工`` both.  The name runs to the first verb and must end in a head
    of a site (快速路, 客运总站, 某某工程)."""
    for match in _FUNDING.finditer(sent.text):
        if match.group(0).startswith("、") and not re.search(r"投资[\d.]", sent.text[_clause_start(sent.text, match.start()):match.start()]):
            continue  # 、550万元 lists a second budget only after a first
        start = match.end()
        end = next((w.start for w in sent.words if w.start >= start and (w.tag in _VERB_TAGS or w.tag in _NAME_STOPS)
                    and sent.text[w.start:w.end] not in _JOINING_MARKS), len(sent.text))
        name = sent.text[start:end]
        if (2 <= len(name) <= MAX_NAME_CHARS and all(_NAME_CHAR.match(c) for c in name) and not is_generic(name)
                and name.endswith(_funded_endings())):
            yield sent.candidate(start, end, refine_class(name, ending_class(name, "name_heads", "Project")), "funded_works")


# The tagger's marks, particles (等) and conjunctions, which end a funded name as a verb does;
# but a dash or a dot joins the parts of one (甲—乙农村公路).
_NAME_STOPS = frozenset({"w", "u", "c"})
_JOINING_MARKS = frozenset({"—", "-", "·"})


@lru_cache(maxsize=1)
def _funded_endings() -> tuple[str, ...]:
    return tuple(h for h, _ in name_heads()) + _ROAD_ENDINGS + ("道路", "快速路")


@lru_cache(maxsize=1)
def _numbered_place_pattern() -> re.Pattern[str]:
    suffixes = _alternation(tuple(w for w, _ in table("place_suffixes") if len(w) == 1))
    return re.compile(rf"{_NUMBER_NAME.pattern}[{HAN}]?(?:{suffixes})")


@name_rule("numbered_places", 6)
def numbered_places(sent: SentenceText) -> Iterator[Candidate]:
    """A stream or lake named by a number read digit by digit: ``实施626小河改造`` yields the
    river 626小河; the name must end where a word does, a name's too (not 626小河|道, nor
    2026|湖南 of 办好2026湖南某某大会); a year before a place is no number of its name (2019西山|科技
    金融峰会: the year's edition of an event)."""
    for match in _numbered_place_pattern().finditer(sent.text):
        if _OPENING_YEAR.match(match.group(0)) or _inside_a_code(sent.text, match.start()):
            continue
        if not any(w.start < match.end() < w.end for w in sent.words):
            name = match.group(0)
            yield sent.candidate(match.start(), match.end(), ending_class(name, "place_suffixes", "Place"), "numbered_places")


# Streets joined by dashes into one line (甲大街—乙路—丙路一线).
_STREET_CHAIN = re.compile(rf"[{HAN}]{{2,10}}?(?:大街|大道|路|街)(?:[—-][{HAN}]{{2,8}}?(?:大街|大道|路|街))+")
_CHAINED_STREET = re.compile(rf"[{HAN}]{{2,10}}?(?:大街|大道|路|街)")
_WAY_OF = "之路"


@name_rule("street_chains", 6)
def street_chains(sent: SentenceText) -> Iterator[Candidate]:
    """Streets joined by dashes into one line are each a road, in a city's or county's own
    report: ``重点打造甲大街—乙路—丙路一线`` yields 甲大街, 乙路 and 丙路 (the first without the
    verbs before it); a province's report names no street so."""
    if not _below_a_province(sent):
        return
    for chain in _STREET_CHAIN.finditer(sent.text):
        for k, street in enumerate(_CHAINED_STREET.finditer(sent.text, chain.start(), chain.end())):
            start = street.start()
            if k == 0:
                start = trim_by_words(sent, left_extent(sent, street.end(), street.start()), street.end())
            name = sent.text[start:street.end()]
            if (len(name) >= 3 and not is_generic(name) and not name.endswith(_WAY_OF)
                    and not _verb_between(sent, start, street.end())):
                yield sent.candidate(start, street.end(), "Road", "street_chains")  # not 某某发展之路: a way


# A national (G) or provincial (S) road by its number: three or four digits alone (G331), one or
# two before the word of an expressway (G15高速; G20 alone is a summit) or a national expressway's
# 线 (G30线), with that word; and a national or provincial road with its number either way round
# (国道219线, 228国道).
# The short name of an expressway after its number (G8511|昆磨高速), not a phrase of where it
# goes (G109至西宁高速, S101连接高速).
_ROUTE_AFTER_CODE = re.compile(rf"(?![{HAN}]*?(?:至|到|连接|通往))[{HAN}]{{2,4}}(?:高速公路|高速)")
_ROAD_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[GS](?:\d{3,4}(?:国道|省道|高速公路|高速|公路|线)?|\d{1,2}(?:高速公路|高速))"
                        r"|G\d{1,2}线|(?:国道|省道)[GS]?\d{3}线?|(?<![\d.])\d{3}(?:国道|省道))(?![A-Za-z0-9])")


# The works a stretch of a road is named in (某某段|改线工程, 某某段|改扩建项目).
_WORKS_ON_A_STRETCH = re.compile(rf"[{HAN}]{{0,6}}?(?:工程|项目)")


@name_rule("road_codes", 6)
def road_codes(sent: SentenceText) -> Iterator[Candidate]:
    """Roads named by their number: ``甲乙高铁、G331通车`` yields the road G331, ``G227线某县段``
    its stretch in a county; a number that opens a longer name (G334文旅大通道, G60科创走廊) is
    read with that name, not alone."""
    for match in _ROAD_CODE.finditer(sent.text):
        section = _ROUTE_SECTION.match(sent.text, match.end())
        if section and (_SECTION_BETWEEN.search(section.group(0))
                        or _past_division_section(sent.text, match.end()) == section.end()):
            # G227线某县段, S217线甲至乙段: the stretch of the road (not G6高速拥堵路段); inside the
            # name of the works on it (G316线某某段改线工程, read by its head) the road itself
            works = _WORKS_ON_A_STRETCH.match(sent.text, section.end())
            yield sent.candidate(match.start(), match.end() if works else section.end(), "Road", "road_codes")
            continue
        named = _ROUTE_AFTER_CODE.match(sent.text, match.end())
        if named and not match.group(0).endswith(("高速", "公路", "国道", "省道", "线")):
            yield sent.candidate(match.start(), named.end(), "Road", "road_codes")  # G8511某磨高速: the number and the name
            continue
        if re.match(rf"[{HAN}]", sent.text[match.end():match.end() + 1]) and not any(
                w.start == match.end() and w.tag in _VERB_TAGS for w in sent.words):
            continue  # G334文旅大通道: the number opens another name
        yield sent.candidate(match.start(), match.end(), "Road", "road_codes")


@name_rule("metro_lines", 6)
def metro_lines(sent: SentenceText) -> Iterator[Candidate]:
    """Metro lines named by their number: ``地铁4号线北段、7号线一期南段建成通车`` yields
    both lines, and ``太原地铁1号线开通运营`` the line with its city; ``5条生产线`` names none."""
    names = division_names()
    for match in _METRO_LINE.finditer(sent.text):
        start = match.start()
        if sent.text.startswith(_METRO_KINDS, start):
            city = _division_before(sent.text, start, names)
            start = start if city is None else city  # 某市地铁1号线
        yield sent.candidate(start, match.end(), "Railway", "metro_lines")


# A road named by its compass point and its kind: ring roads and exit roads (东外环, 西出口, 北环).
_COMPASS_ROAD = re.compile(r"[东西南北](?:外环|内环|环城|环|出口)$")


def _below_a_province(sent: SentenceText) -> bool:
    """True in the report of a prefecture, a city or a county (its home codes below a province's)."""
    return any(not c.endswith("0000") for c in sent.home_codes)


def _division_before(text: str, end: int, names: frozenset[str]) -> int | None:
    """Where the longest division name that ends at ``end`` begins, if one does."""
    return next((end - n for n in range(5, 1, -1) if end - n >= 0 and text[end - n:end] in names), None)


_ABBREVIATED_ROUTES = {"铁路": "Railway", "高铁": "Railway", "城际铁路": "Railway", "城际": "Railway", "轻轨": "Railway",
                       "高速公路": "Road", "高速": "Road"}
_COMPASS_SECTION = re.compile(r"[东西南北中]段")
# Lines between a city and its own districts or towns as often as between two cities (津滨轻轨:
# 滨 is 滨海, no 滨州): their initials name the line, not its ends.
_LOCAL_LINES = ("城际", "轻轨")


_NUMERALS = "一二三四五六七八九十两百千万0123456789"
_CHINESE_NUMERALS = "一二三四五六七八九十两百千万"
_COMPASS = "东南西北中"
# Parts of speech of jieba's dictionary that a proper name does not have.
_COMMON_TAGS = frozenset({"n", "v", "vn", "vd", "a", "ad", "an", "d", "f", "l", "i", "m", "q", "r", "p", "c", "u", "t", "s"})


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """True for a word jieba's dictionary holds as a common word (集体, 平安, 中部), not a name.

    >>> is_common_word("集体"), is_common_word("淮河")
    (True, False)
    """
    return _dictionary_reading(word) in _COMMON_TAGS


@lru_cache(maxsize=8192)
def is_modifying_word(word: str) -> bool:
    """True for a word jieba's dictionary holds as a distinguishing word (区别词, tag ``b``), one
    that stands before a noun to sort it (大兴 of 大兴调查研究之风, 新兴 of 新兴产业).

    >>> is_modifying_word("新兴"), is_modifying_word("集体")
    (True, False)
    """
    return _dictionary_reading(word) == _MODIFYING_TAG


_MODIFYING_TAG = "b"


def _dictionary_reading(word: str) -> str | None:
    """jieba's part of speech for a word its dictionary holds often enough to be a word of the
    language (a frequency of 20 or more), else None."""
    import jieba
    import jieba.posseg

    jieba.initialize()  # the frequencies load lazily: without this a first call would read none
    return jieba.posseg.dt.word_tag_tab.get(word) if (jieba.get_FREQ(word) or 0) >= 20 else None


def _company_named_after_a_place(sent: SentenceText, word: Word) -> bool:
    """True for an organisation of the tagger named by a division and one word of the language,
    the subject or object of a verb or an item of a list (宁德时代|获奖): a company of that
    name; not when more goes on after it (某省文旅|新形象, 某省社保|科创基金) or jieba's word
    runs past it (某市大视|听)."""
    import jieba

    name = sent.text[word.start:word.end]
    place = _division_opening(name)
    after = next((w.tag for w in sent.words if w.start == word.end), "w")
    return (word.tag == "ORG" and place > 0 and len(jieba.lcut(name[place:])) == 1
            and after in _CLOSING_TAGS and not any(s < word.end < e for s, e in sent.tokens))


# Tags of the tagger's word after a name that close its phrase: a verb, a punctuation mark, a conjunction.
_CLOSING_TAGS = frozenset({"v", "vd", "w", "c"})


def _place_and_common_word(name: str) -> bool:
    """A division's name run into a following word that is no part of a name
    (某某飞地, 某某城市, 某某段): the tagger's span is too long; not a street named after the
    division (某某大道, 某某东路)."""
    place = _division_opening(name)
    if not place:
        return False
    rest = name[place:]
    return not (has_name_ending(rest) or (len(rest) >= 3 and rest.endswith(tuple(words("division_endings")))
                                          and not is_common_word(rest))  # 乌兰|巴托市: another place
                or (len(rest) <= _STREET_AFTER_A_PLACE and rest.endswith(_ROAD_ENDINGS)))


# The longest ending of a street named after a division (某某|快速路, 某某|大道).
_STREET_AFTER_A_PLACE = 3


def _division_opening(name: str) -> int:
    """The length of the longest division's name that opens ``name`` and leaves something after
    it (宁德 of 宁德时代), or 0."""
    return next((k for k in range(len(name) - 1, 1, -1) if name[:k] in division_names()), 0)


def _a_kind_of_park(sent: SentenceText, start: int, end: int) -> bool:
    """True for a park's head after one frequent word of the language (化工|园区, 物流|园区):
    the kind of park an industry makes, not one park.  A rarer word names one (空港|物流园), as
    does a division (大同|经开区) or a company the tagger reads (联想|创新园); other heads keep
    such a word, which names one road or building (解放路, 人民公园)."""
    import jieba

    name = sent.text[start:end]
    ending = name_head_ending(name)
    kind = name[: -len(ending)] if ending else ""
    return (ending_class(ending, "name_heads") in _PARK_CLASSES and len(kind) >= 2 and _dictionary_word(kind)
            and jieba.get_FREQ(kind) >= _FREQUENT_WORD and kind not in division_names()
            and not any(w.tag == "ORG" and w.start == start and w.end == start + len(kind) for w in sent.words))


_PARK_CLASSES = frozenset({"IndustrialPark", "LogisticsPark"})
# How often jieba's dictionary counts a word of the language that names a kind on its own (化工 4,022).
_FREQUENT_WORD = 100


def _only_a_kind(name: str) -> bool:
    """True for an institution's ending after generic words only (国家实验室)."""
    ending = next((e for e in ordered_words("institution_kinds") if name.endswith(e)), None)
    return ending is not None and is_generic(name[: -len(ending)])


def _generic_before_ending(name: str) -> bool:
    """True when an institution's name (大学, 幼儿园 …) has a common word of the
    language before its ending (公办|幼儿园, 老年|大学): a kind, not one institution."""
    ending = next((e for e in ordered_words("institution_kinds") if name.endswith(e)), None)
    if ending is None:
        return False
    rest = name[: -len(ending)]
    return not rest or is_generic(rest) or _dictionary_word(rest)


@lru_cache(maxsize=1)
def _name_endings() -> tuple[str, ...]:
    """Every ending that tells what a name names: project heads, place suffixes, bodies, companies."""
    return _head_and_place_endings() + tuple(sorted(words("body_endings") | words("enterprise_heads")))


@lru_cache(maxsize=1)
def _head_and_place_endings() -> tuple[str, ...]:
    return tuple(h for h, _ in name_heads()) + tuple(w for w, _ in table("place_suffixes"))


def has_name_ending(text: str) -> bool:
    """True when ``text`` ends as a name does: a head, a place suffix, a body or a company."""
    return text.endswith(_name_endings())


def _two_names_joined(name: str) -> bool:
    """True when a tagged name holds a conjunction that joins two names (甲和乙, 甲医院与乙大学
    附属医院); not one inside a body's field (某某科学与工程研究所, 某某研究与发展中心)."""
    joints = [i for i, c in enumerate(name) if c in words("conjunctions")]
    if not joints or not name.endswith(tuple(words("body_endings"))):
        return bool(joints)
    return any(has_name_ending(name[:i]) for i in joints)


def _jurisdiction_s_body(sent: SentenceText, start: int, end: int) -> bool:
    """True for the one body the report's own jurisdiction runs, named by its level word and a
    field of four characters or more before a body's head (省产业技术研究院 in a province's
    report), not counted."""
    ending = name_head_ending(sent.text[start:end])
    level = next((w for w in _own_level_words(sent.jurisdiction) if sent.text.startswith(w, start)), "")
    return (bool(ending and level) and name_head_class(sent.text[start:end]) == "Organization"
            and end - len(ending) - start - len(level) >= MIN_PROGRAM_AIM and not counted_before(sent.text, start))


def _only_a_head(name: str) -> bool:
    """A head word with nothing specific before it (工业园区, 国家公园, 某某地区 with a generic part)."""
    ending = name_head_ending(name) or longest_ending(name, "place_suffixes")
    if not ending:
        return False
    return is_generic(name[: -len(ending)]) if len(name) > len(ending) else True


_PROPER_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg"})


def _dictionary_word(word: str) -> bool:
    """True for a frequent word of jieba's dictionary that is not a proper noun
    (国有, 民营, 外资): a word of the language, not a company's short form."""
    import jieba

    tag = _dictionary_tag(word)
    return tag is not None and tag not in _PROPER_TAGS and (jieba.get_FREQ(word) or 0) >= 20


def _confirmed_short_name(sent: SentenceText, word: Word) -> bool:
    """A tagged name with no telling ending (a company's or a place's short form) is
    taken when it is long (four characters, or three that jieba's dictionary knows as
    a proper noun), or when the sentence lists it beside another name the tagger marks
    (甲、乙 or 甲和乙), or a company the phase of whose works follows (某某|石化一期):
    two characters alone are too often a piece of a phrase (某藏, 固沙)."""
    import jieba.posseg

    name = sent.text[word.start:word.end]
    if len(name) >= 4 or (len(name) == 3 and jieba.posseg.dt.word_tag_tab.get(name) in _PROPER_TAGS):
        return True
    if word.tag == "ORG" and _company_s_phase(sent, word.end) is not None:
        return True
    joins = "、和与及"
    neighbours = [w for w in sent.words
                  if (w.end == word.start - 1 and sent.text[w.end] in joins)
                  or (w.start == word.end + 1 and sent.text[word.end] in joins)]
    return any(w.end - w.start >= 2 and (w.tag in ("LOC", "ORG") or has_name_ending(sent.text[w.start:w.end])
                                         or sent.text[w.start:w.end] in division_names())
               for w in neighbours)


def _listed_before_a_field(sent: SentenceText, end: int) -> bool:
    """True when the list an item ends at ``end`` closes with 等 and a field of activity (甲纺织、
    乙食品饮料等产业集群, 甲、乙等领域): its items are fields, not names."""
    rest = _REST_OF_LIST.match(sent.text, end)
    return rest is not None and sent.text.startswith(tuple(words("field_words")), rest.end())


def _listed_among_fields(sent: SentenceText, word: Word) -> bool:
    """True when a tagged name stands in a list of four or more items joined by 、 whose other
    items are mostly words of the language (工会、老龄、残疾人、红十字、慈善): the list names
    fields of work, and the tagged item is one more field."""
    items = sent.text[_clause_start(sent.text, word.start):_clause_end(sent.text, word.end)].split("、")
    items[0] = _LIST_OPENER.sub("", items[0])
    items[-1] = items[-1][:items[-1].rfind("等")] if "等" in items[-1] else items[-1]  # …、慈善等事业
    name = sent.text[word.start:word.end]
    others = [item for item in items if item != name]
    if len(items) < 4 or len(others) == len(items):
        return False
    return sum(is_common_word(item) or _only_common_words(item) for item in others) * 3 >= len(others) * 2


# What opens a list's first item (向工会、…): not part of the item.
_LIST_OPENER = re.compile(r"^(?:向|在|对|和|及|以及)")


def _ends_in_an_activity(sent: SentenceText, word: Word) -> bool:
    """True when the last word of jieba's segmentation inside a tagged name is a verb of its
    dictionary (联运 of 河海联运, 登陆 of 某某汽车登陆): an activity, not a body's short form; a verbal
    noun may name an industry (建工, 重工) and is no sign."""
    start, end = _last_token_in(sent, word)
    return end - start < word.end - word.start and _dictionary_tag(sent.text[start:end]) in _VERB_TAGS


def _last_token_in(sent: SentenceText, word: Word) -> tuple[int, int]:
    """The last of jieba's tokens that lies inside a tagged word (an empty span if none does)."""
    return next(((s, e) for s, e in reversed(sent.tokens) if word.start <= s and e <= word.end), (word.end, word.end))


def _inside_quote(text: str, offset: int) -> bool:
    """True inside “…” (the last quote opened before ``offset`` is not closed before it)."""
    return text.rfind(_OPEN_QUOTE, 0, offset) > text.rfind(_CLOSE_QUOTE, 0, offset)


def _in_title(text: str, offset: int) -> bool:
    """True inside 《…》: a title is read whole by :func:`book_titles`."""
    return text.rfind("《", 0, offset) > text.rfind("》", 0, offset)


def _before_a_trailing_verb(sent: SentenceText, word: Word) -> int:
    """Where a tagged name ends when the tagger ran it on into the verb after it (与某某医院|合作,
    某某开发区|建设), or into the one-character adverb before that verb (某某度假区|新|引进): before
    it, when what comes before ends as a name does."""
    start, end = _last_token_in(sent, word)
    tag = _dictionary_tag(sent.text[start:end])
    if end != word.end or start - word.start < 3 or (
            tag not in _VERB_TAGS | {"vn"} and not (end - start == 1 and tag in _ADVERB_CHARACTER_TAGS
                                                     and _verb_token_at(sent, end))):
        return word.end
    return start if has_name_ending(sent.text[word.start:start]) else word.end


# jieba's tags of a one-character adverb, and of an adjective used as one (新 of 新引进).
_ADVERB_CHARACTER_TAGS = frozenset({"d", "a"})


def _verb_token_at(sent: SentenceText, offset: int) -> bool:
    """True when jieba's token at ``offset`` is a verb of its dictionary (引进 of 新|引进)."""
    return any(s == offset and _dictionary_tag(sent.text[s:e]) in _VERB_TAGS for s, e in sent.tokens)


def _before_an_inner_verb(sent: SentenceText, word: Word) -> int:
    """Where a tagged body ends when the tagger ran it on over a verb and its object
    (支持某某大学|建设高水平理工科大学): at the verb after the first body's ending of two
    characters or more, else where the tagger ends it."""
    for start, end in sent.tokens:
        if (word.start < start < word.end and sent.text.endswith(_long_body_endings(), word.start, start)
                and _dictionary_tag(sent.text[start:end]) in _VERB_TAGS | {"vn"}):
            return start
    return word.end


def _before_a_predicate_inside(sent: SentenceText, word: Word) -> int:
    """Where a tagged name ends when the tagger ran it on over a predicate of the genre (lexicon
    boundary_verbs) and the name of what that predicate takes (支持某市|申建保税物流中心,
    某某物流园|申建…): before the predicate, when a name or a division comes before it."""
    for start, end in sent.tokens:
        if (word.start < start < word.end and sent.text[start:end] in boundary_words()
                and (has_name_ending(sent.text[word.start:start]) or sent.text[word.start:start] in division_names())):
            return start
    return word.end


def _a_home_town_at_the_end(sent: SentenceText, word: Word) -> int:
    """Where a tagged place starts when it is no town of the home province but ends in one after
    a piece of at most three characters that names no division (科左|中旗舍伯吐镇: the tagger ran a
    piece of the county's short form into the town): at the town."""
    if not sent.text.endswith(_TOWN_ENDINGS, word.start, word.end) or _town_at_home(
            sent.text[word.start:word.end], sent.home_provinces):
        return word.start
    return next((k for k in range(word.start + 1, min(word.start + _PIECE_BEFORE_A_TOWN, word.end - 2) + 1)
                 if _town_at_home(sent.text[k:word.end], sent.home_provinces)
                 and sent.text[word.start:k] not in division_names()), word.start)


# The longest piece the tagger runs into a town's name before it (中旗 of 科左中旗).
_PIECE_BEFORE_A_TOWN = 3


def _only_common_words(name: str) -> bool:
    """True when jieba cuts a name into common words of its dictionary only
    (新能源|汽车, 海绵|城市, 街道|办事处): a generic phrase the tagger took for a name."""
    import jieba

    pieces = jieba.lcut(name)
    if len(pieces) == 1 and len(name) == 4:
        pieces = [name[:2], name[2:]]  # 食品药品, 国际航空: jieba keeps the pair as one word
    return len(pieces) > 1 and all(is_common_word(p) or is_generic(p) for p in pieces)


def _tagged_class(name: str, tag: str) -> str:
    """The class of a name the tagger found: by a project head, else by the tag and its ending."""
    head = name_head_class(name)
    if head is not None:
        return refine_class(name, head)
    if any(name.endswith(e) and (tag == "ORG" or len(name) - len(e) >= 2)
           for e in words("body_endings") | words("organization_heads")):
        return "Organization"
    if any(name.endswith(h) for h in words("enterprise_heads")):
        return "Enterprise"
    if tag == "ORG" and (_dictionary_tag(name) == _ORGANISATION_TAG or _common_word(name + "会")):
        return "Organization"  # 联合国, 共青团: jieba's dictionary holds them as bodies; 红十字 of 红十字会
    if tag != "LOC":
        return "Enterprise"
    return ending_class(name, "tagged_site_endings") or ending_class(name, "place_suffixes", "Place")


# jieba's part of speech for the name of an organisation (机构团体名).
_ORGANISATION_TAG = "nt"


def _an_unknown_verb(word: Word, surface: str) -> bool:
    """True for a word of two characters the tagger reads as a verb but jieba's dictionary does
    not hold, and whose first character is no verb or preposition: a short name (亘富 of
    亘富200万吨褐煤提质项目), not a verb and its complement (做强, 对标)."""
    return (word.tag in _VERB_TAGS and len(surface) == 2 and _dictionary_tag(surface) is None
            and _dictionary_tag(surface[0]) not in _VERB_OR_PREPOSITION)


_VERB_OR_PREPOSITION = frozenset({"v", "vn", "vd", "p", "d"})


def _dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives a word, if it holds it."""
    import jieba
    import jieba.posseg

    jieba.initialize()
    return jieba.posseg.dt.word_tag_tab.get(word)


def _opens_inside_token(sent: SentenceText, offset: int) -> bool:
    """True when ``offset`` falls inside a word of jieba's dictionary (理顺 of 理顺盟市)."""
    return any(s < offset < e and _common_word(sent.text[s:e]) for s, e in sent.tokens)


def _kind_of_division(name: str, home_provinces: frozenset[str]) -> bool:
    """True for a division's ending after a common word (旗|县, 中心|镇) where no
    division, nor town of the home province, bears the name: a kind of division, not one."""
    stem, ending = name[:-1], name[-1]
    return (ending in words("division_endings") and _dictionary_word(stem) and name not in division_names()
            and not _town_at_home(name, home_provinces))


# The section of a river or a line a place names (长江池州段, 某铁路青海段).
# The ending of a section of a route or a river (长江池州|段, 某某至牙克石|段).
SECTION_ENDING = "段"
# 环 before a place: around it (环巢湖, 环渤海).
_AROUND = "环"
# The complement of result after a verb (规划好, 建设好), which the tagger may run into a name.
_COMPLEMENT_GOOD = "好"


@lru_cache(maxsize=1)
def _place_suffixes() -> frozenset[str]:
    """The endings of place names (湿地, 河, 草原 …), as words."""
    return frozenset(w for w, _ in table("place_suffixes"))


def _place_before(sent: SentenceText, offset: int) -> bool:
    """True when a known place or a place the tagger marks ends right at ``offset``."""
    return any(w.end == offset and w.end - w.start >= 2 and (w.tag == "LOC" or _known_place(sent.text[w.start:w.end]))
               for w in sent.words)


def _a_market_to_sell_in(modifier: str) -> bool:
    """True when the words before 市场 say where goods are sold, not which marketplace is built:
    a scope (国际, 新兴), a country or a region of the reference data (东盟市场, 拉美市场)."""
    return modifier.endswith(tuple(words("market_scopes"))) or any(
        modifier.endswith(name) for name in (*region_names(), *_country_names(), *international_names()))


def _known_place(name: str) -> bool:
    """True for a name of the division tables or of the geographic features."""
    return name in division_names() or name in _feature_names()


def _made_of_common_words(name: str) -> bool:
    """True when a place the tagger marks is made of words it reads, each alone, as no name
    (美丽|乡村, 海岛|县, 名城|名镇): a kind of place that the sentence's context made look like
    one.  A name of the division tables or the features is one place (东山, 西湖 stay names).
    Only for a plain place: a river or a park is often named with common words (饮马|河)."""
    import jieba

    if _known_place(name):
        return False
    parts = [p for piece in jieba.lcut(name) for p in _split_division_ending(piece)]
    return all(not any(tag in NAME_TAGS for _, tag in tagged) for tagged in _tagged_alone(tuple(parts)))


def _split_division_ending(piece: str) -> list[str]:
    """海岛县 → 海岛, 县: a division's ending cut off a word jieba keeps whole."""
    if len(piece) > 2 and piece[-1] in words("division_endings"):
        return [piece[:-1], piece[-1]]
    return [piece]


@lru_cache(maxsize=1)
def _feature_names() -> frozenset[str]:
    return frozenset(n for f in features() for n in (f.name, *f.aliases))


@lru_cache(maxsize=4096)
def _tagged_alone(parts: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    from .tagger import lac_pieces

    return lac_pieces(list(parts))


def _town_at_home(name: str, home_provinces: frozenset[str]) -> bool:
    return any(t.code[:2] in home_provinces for t in towns_named(name))


def _opens_a_subdistrict_office(sent: SentenceText, start: int, end: int) -> bool:
    """True when ``[start, end)`` and the office after it (办, 办事处, a token of its own: not 办公,
    办理) name a subdistrict of the home prefecture (建设|办: 建设街道), though 建设 is a verb too."""
    office = _SUBDISTRICT_OFFICE.match(sent.text, end)
    return bool(office) and (end, office.end()) in sent.tokens and _town_in_prefecture(
        sent.text[start:end] + _SUBDISTRICT_LEVEL, sent.home_codes)


def _town_in_prefecture(name: str, home_codes: frozenset[str]) -> bool:
    """True for a town of the data so named in the report's own prefecture."""
    return any(t.code[:4] + "00" in home_codes for t in towns_named(name))


_STATIONED = "驻"
_REGION, _OUTPUT = "地区", "生产总值"
_NATIONALITY = "族"


@name_rule("dictionary_features", 2)
def dictionary_features(sent: SentenceText) -> Iterator[Candidate]:
    """Natural features and regions that jieba's dictionary holds as place names (ns), of three
    characters or more, where the tagger reads none: ``推动雷州半岛南亚热带农业发展`` yields the
    peninsula 雷州半岛, ``建设东海岛疏港大道`` the island 东海岛 (their classes by ending,
    lexicon ``dictionary_feature_endings``).  A division's name is the gazetteer's."""
    for start, end in sent.tokens:
        name = sent.text[start:end]
        if len(name) < 3 or _dictionary_tag(name) != _PLACE_NAME_TAG or name in division_names() or is_generic(name):
            continue
        cls = ending_class(name, "dictionary_feature_endings")
        if cls and name not in dict(table("dictionary_feature_endings")):  # 三角洲: the kind alone
            yield sent.candidate(start, end, cls, "dictionary_features")


_PLACE_NAME_TAG = "ns"


@name_rule("tagged_names", 2)
def tagged_names(sent: SentenceText) -> Iterator[Candidate]:
    """Places and organisations the learned tagger names, typed by their ending.

    ``支持甲乙集团、丙丁做大做强，治理戊己河`` yields the enterprises 甲乙集团 and
    丙丁 (a company's short form) and the river 戊己河, wherever the tagger marks
    them ``ORG`` and ``LOC``; ``某某大学`` is an organisation.
    """
    word_ending_at = {w.end: w for w in sent.words}
    for tagged in sent.words:
        if tagged.tag not in ("LOC", "ORG"):
            continue
        # the tagger sometimes runs a verb into the name (新建某某中学): the name starts after it,
        # and a company's seat after it (某某集团总部): the company is what it names
        seat = next((len(s) for s in ordered_words("headquarters") if sent.text.endswith(s, 0, tagged.end)), 0)
        word = Word(_with_a_division_s_first_character(sent, tagged, word_ending_at.get(tagged.start)),  # 和|龙…
                    tagged.end - seat, tagged.tag)
        word = Word(_whole_list_item(sent, word, word_ending_at.get(word.start)), word.end, word.tag)  # 、始|丰溪、
        word = Word(_after_the_line_of_a_station(sent.text, word.start, word.end), word.end, word.tag)  # 甲乙高铁|丙站
        word = Word(drop_leading_verbs(sent.text, word.start, tagged.end - 1), word.end, word.tag)
        if (word.start >= 1 and _a_partner_opening(sent, word.start - 1)
                and word.end - word.start >= 4 and has_name_ending(sent.text[word.start:word.end])):
            word = Word(_partner_s_place(sent, word.start - 1), word.end, word.tag)  # 某市对|俄贸易加工区
        word = Word(_after_a_river_reach(sent.text, word.start, word.end), word.end, word.tag)  # 下游|某某水电站
        word = Word(word.start, _before_a_trailing_verb(sent, word), word.tag)  # 某某医院|合作
        if word.tag == "ORG":
            word = Word(word.start, _before_an_inner_verb(sent, word), word.tag)  # 某某大学|建设…大学
            if _ends_in_a_predicate(sent, word, words("inner_predicates")) and sent.text.startswith(
                    tuple(words("capacity_rates")), word.end):
                word = Word(word.start, word.end - 2, word.tag)  # 支持某某新材建设|年产…: the company
        word = Word(word.start, _before_a_predicate_inside(sent, word), word.tag)  # 某某物流园|申建保税物流中心
        country = _country_opening(sent.text[word.start:word.end])
        word = Word(word.start + len(country), word.end, word.tag)  # 某国|某某市: the city (the country is the gazetteer's)
        company_head = _enterprise_head_at_end().search(sent.text, word.start, word.end) if word.tag == "ORG" else None
        if company_head:  # 某某龙头企业|某某公司: the company after the kind it is, or the town it is in
            word = Word(_after_kind_of_company(sent.text, word.start, company_head.start()), word.end, word.tag)
            word = Word(_after_a_home_town(sent, word.start, company_head.start()), word.end, word.tag)
        if word.tag == "LOC":
            word = Word(_after_a_road_code(sent.text, word.start, word.end), word.end, word.tag)  # G219线|甲
        if sent.text.startswith(_AROUND, word.start) and _known_place(sent.text[word.start + 1:word.end]):
            word = Word(word.start + 1, word.end, word.tag)  # 环|巢湖: around the lake, the lake is the place
        if word.tag == "LOC":
            side = next((s for s in ordered_words("place_sides") if sent.text.endswith(s, word.start, word.end)
                         and word.end - len(s) - word.start >= 2), "")
            word = Word(word.start, word.end - len(side), word.tag)  # 某某山|北麓, 某某沙漠|西缘: the place
        if sent.text.startswith(_COMPLEMENT_GOOD, word.start) and any(
                w.end == word.start and w.tag in _VERB_TAGS for w in sent.words):
            word = Word(word.start + 1, word.end, word.tag)  # 规划|好|某某: the verb's complement, run into the name
        suffix = next((w for w in sent.words if w.start == word.end and sent.text[w.start:w.end] in _place_suffixes()),
                      None) if word.tag == "LOC" and not _place_before(sent, word.start) else None
        if suffix is not None:
            word = Word(word.start, suffix.end, word.tag)  # 某某|湿地: the place's own ending, cut off by the tagger
            # (not after another place: 黄河|青海|流域 is a part of the river's basin)
        town = word.start + _past_divisions(sent.text[word.start:word.end]) if word.tag == "LOC" else word.start
        if (word.start < town < word.end and sent.text.endswith(_TOWN_ENDINGS, town, word.end)
                and _town_at_home(sent.text[town:word.end], sent.home_provinces)):
            word = Word(town, word.end, word.tag)  # 新会|崖门镇: the town after its county (the gazetteer's)
        elif word.tag == "LOC":
            word = Word(_a_home_town_at_the_end(sent, word), word.end, word.tag)  # 科左|中旗|舍伯吐镇
        if word.tag == "LOC" and sent.text.endswith(_REGION, word.start, word.end) and sent.text.startswith(
                _OUTPUT, word.end) and word.end - word.start > len(_REGION) + 1:
            word = Word(word.start, word.end - len(_REGION), word.tag)  # 某县|地区生产总值: the county's GDP
        if word.tag == "LOC" and _WATER_OF_A_RIVER.search(sent.text, word.start, word.end):
            word = Word(word.start, word.end - 1, word.tag)  # 某某江|水污染: the river, and its water's pollution
        if word.tag == "LOC":
            word = Word(word.start, _without_its_basin_or_area(sent.text, word.start, word.end), word.tag)
        name = sent.text[word.start:word.end]
        bare = _PHASE.sub("", name)  # 某某大道|二期: a phase of the site, read as the site is
        abroad = word.tag == "LOC" and _after_a_country(sent, word.start)  # 蒙古国|乌兰巴托: a place of that country
        if (len(name) < 2 or is_generic(name) or not all(_NAME_CHAR.match(c) for c in name)
                or (name.endswith(_NATIONALITY) and name in ethnic_names())  # 珞巴族: a people, no body
                or (name[0] in _NUMERALS and not _numbered_feature(name, word.tag))
                or _inside_a_code(sent.text, word.start) or a_conjunction_and_body(sent.text, word.start)
                or (word.tag == "ORG" and is_common_word(name) and not _a_ministry(name))
                or (word.tag == "LOC" and is_common_word(name) and name not in division_names())
                or (_place_and_common_word(bare) and not abroad and not _company_named_after_a_place(sent, word))
                or (_only_a_head(name) and not _jurisdiction_s_body(sent, word.start, word.end))
                or _in_title(sent.text, word.start)
                or _two_names_joined(name[len(_opening_division(name)):])):
            continue
        site_ending = (word.tag == "LOC" and len(name) >= 3  # 某某桥, 某某路, 某某大道二期; not 虹桥
                       and bool(ending_class(bare, "tagged_site_endings")))
        if not (has_name_ending(name) or site_ending or abroad) and (
                not _confirmed_short_name(sent, word) or _only_common_words(name)):
            continue
        if not has_name_ending(name) and (_listed_among_fields(sent, word) or _listed_before_a_field(sent, word.end)):
            continue  # 民族、宗教、港澳台、广电、红十字等工作: fields of work, not bodies or places;
            # 甲纺织、乙有色金属等产业集群: industries
        if word.tag == "ORG" and not has_name_ending(name) and _ends_in_an_activity(sent, word):
            continue  # 发展普惠|托育, 大力发展河海|联运: a kind of work the tagger ran into a name
        if has_name_ending(name) and _generic_before_ending(name):
            continue  # 公办幼儿园, 老年大学, 国家实验室: a kind, not one
        if _a_kind_of_park(sent, word.start, word.end):
            continue  # 化工园区 tagged a place: a kind of park, none named
        if _opens_inside_token(sent, word.start):
            continue  # 理顺|盟市 cut as 顺盟市: the name opens inside a word of the dictionary
        if _title_of_a_city(sent.text, word.end):
            continue  # 某市国家中心|城市: a title of a city, no centre
        if name.endswith(_GOVERNMENT) and is_common_word(name[:-len(_GOVERNMENT)]):
            continue  # 清廉政府, 法治政府: a kind of government to build, no body
        if word.tag == "LOC" and sent.text.startswith(SECTION_ENDING, word.end):
            continue  # 长江池州|段: a section of a river or line, named by the place it runs through
        if name.endswith(SECTION_ENDING) and sent.text.endswith(tuple(_ABBREVIATED_ROUTES), 0, word.start):
            continue  # 甲乙高速|丙丁段: the stretch of the line before it, read with it
        if word.tag == "LOC" and (_kind_of_division(name, sent.home_provinces) or (
                _tagged_class(bare, word.tag) == "Place" and _made_of_common_words(name))):
            continue  # 山区海岛县, 中心镇, 美丽乡村: a kind of county, town or place
        if name.startswith(tuple(words("company_kinds"))) and name.endswith(tuple(words("enterprise_heads"))):
            continue  # 中小银行, 金融控股公司: a kind of company (a kind before the head may be one bank's: 某某农村商业银行)
        if _LEVEL_OF_KIND.match(name) or _A_RATING.match(name):
            continue  # 省级政府, 国家级新区: the bodies or places of a level, not one; 国家4A级景区: a rating
        if _PART_OF_PLACE.search(name) or (word.tag == "ORG" and sent.text.startswith("工作", word.end)):
            continue  # 某省西南部, 西部: a part of a place; 某省政府工作: the work, not the body
        if word.tag == "LOC" and a_direction(sent.text, word.start, word.end):
            continue  # 东北、西北、西南四个片区, 西北四环: directions, not the country's regions
        if word.tag == "LOC" and _home_and_partner(name, sent.home_provinces):
            continue  # 促进某台交流, 深化某港合作: the home province's ties with another, no place
        if _STATIONED in sent.text[max(0, tagged.start - 2):tagged.start] or (
                name[0] == _STATIONED and name not in division_names()):
            continue  # 驻某地部队, 驻皖人民解放军: the troops stationed in a place, thanked, not one body
        cls = _tagged_class(bare, word.tag)  # 某某机场二期: the phase of an airport
        cls = _institution_or_building(sent, word.start, word.end, cls)
        if _PHASE.search(name) and CORE_CLASS_OF.get(cls) == "Place":
            cls = "Project"  # 某某二期: a place has no phases, what is built in phases is a project
        if cls == "Road" and (_common_word_before_road(name) or _inside_quote(sent.text, word.start)):
            continue  # 长征|路, 主干|道路: a word of the language before 路, no street; “四好农村路”: a programme
        end = _past_bracketed_section(sent, word.end)
        start = word.start
        if _a_site_class(cls):
            end = _past_division_section(sent.text, end)  # 某某国家文化公园某省段: the stretch built
            start = _home_division_run_in(sent, word.start)  # 某市|某某国际陆港区: the site of that city
        if cls in _LINE_CLASSES and end == word.end:
            end = _past_stretch_by_initials(sent.text, end)  # 甲乙高速|丙丁段, 甲乙高速|南段
        yield sent.candidate(start, end, cls, "tagged_names")
        phase_end = _company_s_phase(sent, end) if cls == "Enterprise" else None
        if phase_end is not None:
            yield sent.candidate(start, phase_end, "Project", "tagged_names")  # 某某石化一期: the works of its plant


_LINE_CLASSES = ("Road", "Railway")


def _past_stretch_by_initials(text: str, end: int) -> int:
    """The end of a line's name with the stretch after it named by its compass point (南段) or
    by the initials of its two ends (保宜段: 保康 to 宜昌), two characters that are no word of
    the language (not 拥堵|路段); else ``end``."""
    section = _COMPASS_SECTION.match(text, end) or _STRETCH_BY_INITIALS.match(text, end)
    if section and (section.re is _COMPASS_SECTION or not is_common_word(section.group(1))):
        return section.end()
    return end


_STRETCH_BY_INITIALS = re.compile(rf"([{HAN}]{{2}})段")


# A river's or lake's name run into the water it holds (某某江水, 某某河水): 水 opens what follows.
_WATER_OF_A_RIVER = re.compile(rf"[{HAN}]{{2,}}[江河湖]水$")


def _without_its_basin_or_area(text: str, start: int, end: int) -> int:
    """Where a tagged place ends without its basin or area: a river's basin is the river
    (治理某某河|流域), a known region's area the region (对接珠三角|地区); a basin the feature
    tables name as one stays whole (黄河流域)."""
    name = text[start:end]
    stem = name[:-len(_BASIN)] if name.endswith(_BASIN) else name[:-len(_REGION)] if name.endswith(_REGION) else ""
    if len(stem) < 2 or _known_place(name):
        return end
    if (name.endswith(_BASIN) and ending_class(stem, "place_suffixes") == _RIVER) or _known_place(stem):
        return start + len(stem)
    return end


_BASIN = "流域"


def _a_partner_opening(sent: SentenceText, start: int) -> bool:
    """True when a preposition and a partner's one-character name open a name at ``start``
    (牡丹江对|俄…产业园), the partner a word of its own (not 对|澳门科技大学, 对|日本…)."""
    return sent.text.startswith(tuple(words("partner_openings")), start) and (start + 1, start + 2) in sent.tokens


def _partner_s_place(sent: SentenceText, start: int) -> int:
    """Where a name that opens with a partner (对俄…) begins: at the place the tagger reads
    right before it (牡丹江|对俄…, 哈牡绥东|对俄…), else at the preposition."""
    place = _tagged_place_ending_at(sent, start)
    if place is not None:
        return place.start
    return next((start - n for n in (5, 4, 3) if n <= start and _opens_with_city_initials(sent, start - n, start, whole=True)),
                start)


def _tagged_place_ending_at(sent: SentenceText, offset: int) -> Word | None:
    """The place the tagger reads right before ``offset``, if one ends there."""
    return next((w for w in sent.words if w.end == offset and w.tag == "LOC"), None)


def _home_division_run_in(sent: SentenceText, start: int) -> int:
    """Where a site the tagger names begins when a division of the home province comes right
    before it, as a word of its own (哈密|东疆国际陆港区): at the division, which names the
    site with it; else ``start``."""
    division = _tagged_place_ending_at(sent, start)
    if division is None or division.start > 0 and _NAME_CHAR.match(sent.text[division.start - 1]):
        return start
    found = divisions_named(sent.text[division.start:start])
    return division.start if any(d.code[:2] in sent.home_provinces for d in found) else start


def _opening_division(name: str) -> str:
    """The division's name a name opens with (和龙 of 和龙边境经济合作区), or ""."""
    return next((name[:n] for n in (3, 2) if name[:n] in division_names()), "")


def _whole_list_item(sent: SentenceText, tagged: Word, before: Word | None) -> int:
    """Where a tagged name begins when it is an item of a list and the tagger took the item's
    first character for a word of its own (甲江、始|丰溪、乙溪等主要河流: 始 read as an adverb):
    between the list's marks a noun stands whole, so the item opens at the mark."""
    if (before is None or before.end - before.start != 1 or before.tag != _ADVERB_TAG
            or not sent.text.endswith(_COMMA_OF_A_LIST, 0, before.start) or not _ITEM_CLOSE.match(sent.text, tagged.end)):
        return tagged.start
    return before.start


_COMMA_OF_A_LIST = "、"
# The tagger's tag of an adverb (始 of 始|丰溪, read alone).
_ADVERB_TAG = "d"


def _with_a_division_s_first_character(sent: SentenceText, tagged: Word, before: Word | None) -> int:
    """Where a tagged name begins when the tagger took the first character of the name of a
    division of the home province for a word of its own (和|龙边境经济合作区 of 和龙): one
    character earlier, where the division's name ends at a word of jieba's (not 和|政协: 政协 is
    one word, whatever county 和政 may be)."""
    if before is None or before.end - before.start != 1 or before.tag not in ("c", "p", "LOC"):
        return tagged.start
    token_starts = {start for start, _ in sent.tokens}
    if any(before.start + n in token_starts and any(d.code[:2] in sent.home_provinces for d in divisions_named(
            sent.text[before.start:before.start + n])) for n in (2, 3)):
        return before.start
    return tagged.start


def a_direction(text: str, start: int, end: int) -> bool:
    """True when a region named by compass points (东北, 西南) is a direction of another
    place: 某省东北部, 东北方向; a province's part after its abbreviation (闽西南); one of a
    list of directions (东北、西北、西南、东南四个片区); a stretch of a ring road (西北四环); a
    quarter of the country that qualifies the name after it (西南|生态安全屏障, 华东|国际快递分拨中心,
    华中|（黄石）矿冶文化节), not one named on its own (西南地区, 华东和华南)."""
    if _A_QUARTER.fullmatch(text, start, end) and _QUALIFIES_A_NAME.match(text, end):
        return True
    if not all(c in _COMPASS for c in text[start:end]):
        return False
    listed = bool(_NEXT_DIRECTION.match(text, end)) or (
        start >= 3 and text[start - 1] == "、" and all(c in _COMPASS for c in text[start - 3:start - 1]))
    return (text[end:end + 1] in ("部", "方", "侧", "面", "边", "向") or listed or bool(_RING.match(text, end))
            or (start > 0 and text[start - 1] in province_abbreviations()))


# A quarter of the country by its compass points (东北, 西南, 华东), and what it qualifies when a
# name goes on after it: a character of a name or a bracket, not 地区 nor a conjunction.
_A_QUARTER = re.compile(rf"[华{_COMPASS}][{_COMPASS}]")
_QUALIFIES_A_NAME = re.compile(rf"（|(?!地区|[和与及等的])[{HAN}]")
# The next of a list of directions (东北、西北): two compass points that no continent's
# name goes on from (东南亚, 中东欧 are regions of the world).
_NEXT_DIRECTION = re.compile(rf"、[{_COMPASS}]{{2}}(?![亚欧非美洋])")
# A ring road counted from the centre (四环, 五环路): what a compass point before it is a stretch of.
_RING = re.compile(r"[一二三四五六七八九十\d]+环")


def _home_and_partner(name: str, home_provinces: frozenset[str]) -> bool:
    """True for the abbreviation of the report's own province followed by another's (闽台 in
    a report of 福建, 京港 in one of 北京): the pair whose ties the sentence speaks of
    (优化京港、京澳全方位合作机制), no place; a division's own name (贵港) is one."""
    return (len(name) == 2 and name[0] in province_abbreviations(home_provinces) and name[1] != name[0]
            and name[1] in province_abbreviations() and name not in division_names())


def _inside_a_code(text: str, start: int) -> bool:
    """True when a Latin letter or the word of a national or provincial road comes right before
    ``start``: the digits after it are a road's or a line's code (G205|某某段, S101, 国道|344某某段),
    no number of a stream's or lake's name."""
    return start > 0 and ((text[start - 1].isascii() and text[start - 1].isalpha())
                          or text.endswith(_ROAD_GRADES, 0, start))


_ROAD_GRADES = ("国道", "省道")


def _numbered_feature(name: str, tag: str) -> bool:
    """True for a place of the tagger that opens with a numeral and ends as a natural feature
    does (九龙江, 五指山), or a body that ends as a university does (五邑大学): a name, where a
    count (三大湖, 两条河) or a grade (三甲医院) is none."""
    ends = (bool(ending_class(name, "place_suffixes")) if tag == "LOC"
            else tag == "ORG" and len(name) >= 4 and name.endswith(_long_body_endings()))
    return (ends and len(name) >= 3 and not LEADING_COUNT.match(name)
            and not re.match(rf"[{_NUMERALS}]+[大条座个片处甲级]", name))


@lru_cache(maxsize=1)
def _long_body_endings() -> tuple[str, ...]:
    """The endings of bodies two characters long or more (大学, 实验室; not 院, 局)."""
    return tuple(e for e in words("body_endings") if len(e) >= 2)


def _common_word_before_road(name: str) -> bool:
    """True when a word of the language comes before 路 or 道路 (长征|路, 城乡|路网, 主干|道路)."""
    stem = name[:-2] if name.endswith("道路") else name[:-1] if name.endswith("路") else ""
    return bool(stem) and is_common_word(stem)


def _a_ministry(name: str) -> bool:
    """True for a body of the state that jieba's dictionary holds as a common word (教育部,
    科技部): three characters or more ending in 部."""
    return len(name) >= 3 and name.endswith(_MINISTRY)


_MINISTRY = "部"
# A level that makes a name a kind (省级政府, 国家级新区).
_LEVEL_OF_KIND = re.compile(r"^(?:(?:国家|省|市|县|区|州|地市|自治区)级|全国性)")
# A part of a place named by compass points (西部, 某省东北部).
_PART_OF_PLACE = re.compile(r"[东南西北中]部$")


@name_rule("foreign_districts", 5)
def foreign_districts(sent: SentenceText) -> Iterator[Candidate]:
    """A district of a foreign city, named right after it: ``与某国甲乙市丙丁戊己区缔结友城
    关系`` yields 丙丁戊己区 whole, where the tagger cuts it into two places (丙丁|戊己区)."""
    words_ = sent.words
    for k, city in enumerate(words_):
        if city.tag != "LOC" or not _after_a_country(sent, city.start):
            continue
        run_end = None
        for word in words_[k + 1:]:
            if word.tag != "LOC" or word.start != (run_end or city.end):
                break
            run_end = word.end
        name = sent.text[city.end:run_end] if run_end else ""
        if len(name) >= 3 and name.endswith(tuple(words("division_endings"))):
            yield sent.candidate(city.end, run_end, "Place", "foreign_districts")


def _country_opening(name: str) -> str:
    """The name of a country that opens a longer tagged place name (蒙古国 of 蒙古国某某市), or ``""``."""
    return next((c for c in _country_names_by_first_char().get(name[:1], ()) if name.startswith(c) and len(name) - len(c) >= 2), "")


def _after_a_country(sent: SentenceText, offset: int) -> bool:
    """True when a country's name the tagger reads as a place ends at ``offset`` (蒙古国|某某)."""
    return any(w.end == offset and w.tag == "LOC" and sent.text[w.start:w.end] in _country_names()
               for w in sent.words)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every name of every country (蒙古国, 蒙古 …)."""
    return frozenset(n for c in countries() for n in c.names)


@lru_cache(maxsize=1)
def _country_names_by_first_char() -> dict[str, tuple[str, ...]]:
    """The countries' names by their first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for n in sorted(_country_names(), key=lambda n: (-len(n), n)):
        by_first.setdefault(n[:1], []).append(n)
    return {first: tuple(names) for first, names in by_first.items()}


@lru_cache(maxsize=1)
def _brand_places() -> frozenset[str]:
    """The places a place brand ends in: the divisions' names and the country's (one set for
    every sentence, not a union of thousands of names built again for each)."""
    return division_names() | words("country_names")


@name_rule("place_brands", 6)
def place_brands(sent: SentenceText) -> Iterator[Candidate]:
    """Programmes named as a quality of a place: 美丽中国, 平安某省, 法治某市.

    ``建设平安雪岭、法治雪岭`` names nothing unless 雪岭 is a division; ``深化平安海西建设``
    yields the programme 平安海西 (海西 a division's short form).  The place is the one
    the name ends in: a division of China or the country.
    """
    pattern = re.compile(_alternation(tuple(words("place_brand_prefixes"))))
    places = _brand_places()
    for match in pattern.finditer(sent.text):
        for length in (4, 3, 2):
            place = sent.text[match.end():match.end() + length]
            if len(place) == length and place in places and not _cuts_word(sent, match.end() + length):
                yield sent.candidate(match.start(), match.end() + length, "Program", "place_brands")
                break
