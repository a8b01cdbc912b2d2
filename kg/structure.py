"""Split a report into sentences and place each in the report's structure.

A work report has parts, numbered (``一、2019年工作回顾``) or written as bare short lines
(``“十四五”时期发展成就和2025年工作回顾``), numbered sub-sections
(``（一）抓落实重统筹，三大攻坚战取得关键进展。``), enumerated items (``一是…``),
paragraphs that open with a short lead (``培育壮大生态经济。``) and, at the end of some,
annexes and glossaries (``附件``, ``名词解释``).  Each sentence records the part it lies in,
the year or five-year period that part speaks of and whether it looks back (past) or ahead
(future), all read from the report itself: its headings, the opening sentence of a part
whose heading names no year, and the report's own year.  Lines of the web page around a
scraped report (下载, 来源：…, 相关报道：) are not sentences of the report.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import section_kind_keywords
from .reading import Report, body_range, frame_words, is_boilerplate_line

__all__ = ["Section", "Sentence", "split_sentences", "piece_end", "MAX_SENTENCE_CHARS", "segment_report", "sentence_at", "NUMERAL_VALUES",
           "TENSE_BY_KIND", "classify_part", "part_year", "five_year_period", "periods_named_in",
           "describe_part", "is_bare_part_heading", "is_annex_heading", "period_label",
           "five_year_plan_name"]

SENTENCE_END = "。！？；"
# A longer run of text without a sentence end is cut (at a comma where there is one), so that
# no step meets a sentence of unbounded length; the longest sentence of the shared corpus has 501.
MAX_SENTENCE_CHARS = 2000
_CLOSERS = "”’）》」』\"'"
_PART_HEADING = re.compile(r"^([一二三四五六七八九十]+)、(.{2,40})$")
_SUBSECTION = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+)是")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# Five-year periods: “十四五” (quoted, the plan's ordinal then 五) or 第十四个五年规划.
_PERIOD = re.compile(r"[“\"]([一二三四五六七八九十]{1,2})五[”\"]|第([一二三四五六七八九十]{1,3})个五年")
_OPENING_YEAR = re.compile(r"^((?:19|20)\d{2})年是")
_BARE_HEADING_MAX = 40
_HEADING_STOPS = "。！？；：:!?;"
_LEAD_MAX_CHARS = 20
TENSE_BY_KIND = {"review": "past", "plan": "future", "government": "future", "preamble": "present",
                 "annex": "present"}


@dataclass(frozen=True)
class Section:
    """A part or sub-section of a report.

    ``kind`` is ``preamble``, ``review``, ``plan``, ``government`` or ``annex`` (annexes and
    glossaries at the end: neither review nor plan); ``year`` is the year the part speaks of
    (2019 for ``一、2019年工作回顾``); ``period`` the five-year period as (first year, last
    year), (2021, 2025) for ``一、“十四五”时期工作回顾``.  A part about a period and no single
    year has a period and no year.
    """

    section_id: str
    heading: str
    level: int
    kind: str
    year: int | None
    start: int
    parent_id: str | None = None
    period: tuple[int, int] | None = None

    @property
    def tense(self) -> str:
        return TENSE_BY_KIND[self.kind]


@dataclass(frozen=True)
class Sentence:
    """One sentence with its exact character interval in ``Report.text``."""

    report_id: str
    index: int
    start: int
    end: int
    text: str
    part: Section
    subsection: Section | None
    paragraph: int
    is_heading: bool
    is_lead: bool

    @property
    def sentence_id(self) -> str:
        return f"{self.report_id}/s{self.index:04d}"

    @property
    def section(self) -> Section:
        return self.subsection or self.part

    @property
    def year(self) -> int | None:
        return self.part.year

    @property
    def period(self) -> tuple[int, int] | None:
        return self.part.period

    @property
    def tense(self) -> str:
        return self.part.tense

    @property
    def in_annex(self) -> bool:
        """Whether the sentence lies in an annex or glossary (neither review nor plan)."""
        return self.part.kind == "annex"


def piece_end(text: str, start: int, max_chars: int, end: int | None = None) -> int:
    """Where a piece of ``text[start:end]`` of at most ``max_chars`` characters ends: after
    the last comma or enumeration mark inside it, so that no word is cut; at the limit when
    there is none.

    >>> piece_end("甲乙，丙丁戊己", 0, 5), piece_end("甲乙丙丁戊己", 0, 5), piece_end("甲乙", 0, 5)
    (3, 5, 2)
    """
    end = len(text) if end is None else end
    limit = start + max_chars
    if limit >= end:
        return end
    cut = max(text.rfind(mark, start, limit) for mark in "，、；：,")
    return cut + 1 if cut > start else limit


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The interval ``[start, end)`` in pieces of at most :data:`MAX_SENTENCE_CHARS`."""
    while start < end:
        cut = piece_end(text, start, MAX_SENTENCE_CHARS, end)
        yield start, cut
        start = cut


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence:
    """The sentence that contains a character offset (sentences in text order)."""
    k = bisect.bisect_right([s.start for s in sentences], offset) - 1
    return sentences[max(k, 0)]


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character intervals of the sentences of one line of text.

    Sentences end at 。！？； (with any closing quote or bracket that follows);
    surrounding white space is left out.

    >>> split_sentences("甲乙。丙丁；“戊。”己")
    [(0, 3), (3, 6), (6, 10), (10, 11)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in SENTENCE_END:
            end = i + 1
            while end < n and text[end] in _CLOSERS:
                end += 1
            spans.append((start, end))
            start = end
            i = end
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    result = []
    for s, e in (piece for span in spans for piece in _bounded(text, *span)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s + offset, e + offset))
    return result


def _kind_keywords() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in section_kind_keywords())


def classify_part(heading: str) -> str:
    """The kind of a part from keywords in its heading; ``plan`` when it has none.

    >>> classify_part("2019年工作回顾"), classify_part("2020年工作安排")
    ('review', 'plan')
    """
    return kind_from_keywords(heading) or "plan"


def kind_from_keywords(heading: str) -> str | None:
    """The kind named by the keyword nearest the end of a heading, or None.

    ``“十三五”时期发展成就和“十四五”时期主要目标任务`` names an achievement and, last, the
    targets: a plan part.

    >>> kind_from_keywords("“十三五”时期发展成就和“十四五”时期主要目标任务")
    'plan'
    >>> kind_from_keywords("2025年工作和“十四五”发展回顾"), kind_from_keywords("一张蓝图绘到底") is None
    ('review', True)
    """
    best: tuple[int, int, str] | None = None
    for kind, keyword in _kind_keywords():
        end = heading.rfind(keyword)
        if end < 0:
            continue
        rank = (end + len(keyword), len(keyword))
        if best is None or rank > best[:2]:
            best = (*rank, kind)
    return best[2] if best else None


def part_year(heading: str, kind: str, report_year: int | None) -> int | None:
    """The year a part speaks of: written in its heading, else implied by the report's year."""
    match = _YEAR.search(heading)
    if match:
        return int(match.group(1))
    if report_year is None:
        return None
    return report_year - 1 if kind == "review" else report_year


def five_year_period(ordinal: int) -> tuple[int, int]:
    """The years of the n-th five-year plan (the 3rd began in 1966, after the 1963–1965 gap).

    >>> five_year_period(14), five_year_period(15), five_year_period(1)
    ((2021, 2025), (2026, 2030), (1953, 1957))
    """
    first = 1953 + 5 * (ordinal - 1) if ordinal < 3 else 1966 + 5 * (ordinal - 3)
    return first, first + 4


def five_year_plan_name(period: tuple[int, int]) -> str | None:
    """The Chinese name of a five-year plan's period, or None for another span of years.

    >>> five_year_plan_name((2021, 2025)), five_year_plan_name((2011, 2015)), five_year_plan_name((2020, 2021))
    ('“十四五”时期', '“十二五”时期', None)
    """
    for ordinal in range(1, 40):
        if five_year_period(ordinal) == period:
            return f"“{_chinese_number(ordinal)}五”时期"
    return None


def _chinese_number(value: int) -> str:
    """A number from 1 to 99 in Chinese digits, as plan ordinals are written.

    >>> _chinese_number(14), _chinese_number(10), _chinese_number(9)
    ('十四', '十', '九')
    """
    digits = {v: d for d, v in NUMERAL_VALUES.items() if d != "两"}
    tens, units = divmod(value, 10)
    if tens == 0:
        return digits[units]
    return (digits[tens] if tens > 1 else "") + "十" + (digits[units] if units else "")


def periods_named_in(text: str) -> list[tuple[int, int]]:
    """The five-year periods a text names, in order.

    >>> periods_named_in("“十四五”时期发展成就和“十五五”时期主要目标任务")
    [(2021, 2025), (2026, 2030)]
    >>> periods_named_in("第十五届人民代表大会"), periods_named_in("第十五个五年规划")
    ([], [(2026, 2030)])
    """
    return [five_year_period(_chinese_numeral(m.group(1) or m.group(2))) for m in _PERIOD.finditer(text)]


def period_label(period: tuple[int, int]) -> str:
    """``2021–2025`` (with an en dash), as the graph records a period.

    >>> period_label((2021, 2025))
    '2021–2025'
    """
    return f"{period[0]}–{period[1]}"


def _kind_from_time(years: list[int], periods: list[tuple[int, int]], report_year: int | None) -> str | None:
    """Review or plan from the years and periods a heading or opening sentence names,
    against the report's year: a year before it, or a period that ends before it, looks back.

    >>> _kind_from_time([2025], [], 2026), _kind_from_time([], [(2026, 2030)], 2026)
    ('review', 'plan')
    """
    if report_year is None:
        return None
    if years:
        return "review" if years[-1] < report_year else "plan"
    if periods:
        return "review" if periods[-1][1] < report_year else "plan"
    return None


def _pick_period(periods: list[tuple[int, int]], kind: str, report_year: int | None) -> tuple[int, int] | None:
    """The period a part of this kind speaks of among those named: for a review the one
    holding the year before the report's, for a plan the one holding the report's year."""
    if not periods:
        return None
    if report_year is None:
        return periods[-1]
    target = report_year - 1 if kind == "review" else report_year
    holding = [p for p in periods if p[0] <= target <= p[1]]
    return holding[-1] if holding else None


def _opening_topic(opening: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The year or period a part's first sentence is about: ``2025年是“十四五”收官之年`` is about
    2025, ``“十五五”时期是…关键时期`` about 2026–2030.

    >>> _opening_topic("2026年是开局之年。"), _opening_topic("“十五五”时期是关键时期。")
    (([2026], []), ([], [(2026, 2030)]))
    """
    first = opening[:_first_sentence_end(opening)]
    match = _OPENING_YEAR.match(first)
    if match:
        return [int(match.group(1))], []
    subject = first.partition("是")[0]
    if "是" in first and len(subject) <= 12:
        periods = periods_named_in(subject)
        if periods:
            return [], periods
    return [], []


def _review_opening(opening: str) -> bool:
    """Whether a part's first two sentences look back: ``一年来，我们…``, ``过去一年，…``."""
    head = opening
    for _ in range(2):
        end = _first_sentence_end(head)
        head, rest = head[:end], head[end:]
        if any(word in head for word in frame_words("review_opening")):
            return True
        head = rest
    return False


def describe_part(heading: str, opening: str, report_year: int | None) -> tuple[str, int | None, tuple[int, int] | None]:
    """Kind, year and period of a part from its heading (numbering removed), the opening
    paragraph under it and the report's year.

    The kind comes from the heading's keywords, else from the years or periods it names,
    else from the year or period the opening sentence is about, else from words that look
    back (一年来); a plan otherwise.  The year is the one the heading (or the opening
    sentence) names, else implied by the report's year (the year before it for a review);
    a part about a five-year period and no year has no year.

    >>> describe_part("一年接着一年干，新局面持续展开", "2030年是收官之年。一年来，我们…", 2031)
    ('review', 2030, None)
    >>> describe_part("“十五五”时期主要目标任务", "", 2026)
    ('plan', None, (2026, 2030))
    >>> describe_part("2025年和“十四五”时期工作回顾", "", 2026)
    ('review', 2025, (2021, 2025))
    """
    years = [int(y) for y in _YEAR.findall(heading)]
    periods = periods_named_in(heading)
    topic_years, topic_periods = _opening_topic(opening)
    kind = (kind_from_keywords(heading) or _kind_from_time(years, periods, report_year)
            or _kind_from_time(topic_years, topic_periods, report_year)
            or ("review" if _review_opening(opening) else "plan"))
    if kind == "government":
        return kind, report_year, None
    period = _pick_period(periods, kind, report_year) or _pick_period(topic_periods, kind, report_year)
    named_years = years or topic_years
    if named_years:
        year: int | None = named_years[-1]
    elif period is not None:
        year = None
    elif report_year is None:
        year = None
    else:
        year = report_year - 1 if kind == "review" else report_year
    return kind, year, period


def is_bare_part_heading(line: str, previous: str | None) -> bool:
    """A part heading written as a bare short line, without 一、 numbering: no sentence
    punctuation, a keyword of a part kind, and a clean paragraph break before it.

    >>> is_bare_part_heading("“十四五”时期发展成就和2030年工作回顾", "现在，我代表政府报告工作。")
    True
    >>> is_bare_part_heading("加快推进雪岭新区建设。", "上一段。"), is_bare_part_heading("重点工作", "被断开的")
    (False, False)
    """
    if not (4 <= len(line) <= _BARE_HEADING_MAX) or any(ch in line for ch in _HEADING_STOPS):
        return False
    if _SUBSECTION.match(line) or _ENUMERATED.match(line) or _PART_HEADING.match(line):
        return False
    if line[0] in "，、》）”’" or line[0].isdigit():
        return False
    if previous is not None and not _ends_cleanly(previous):
        return False
    return kind_from_keywords(line) is not None


def _ends_cleanly(line: str) -> bool:
    """Whether a line ends a paragraph: with sentence punctuation or a closing mark, or as a
    heading itself (a line broken inside a sentence does not)."""
    return (line.endswith(tuple(_HEADING_STOPS + "！!") + tuple(_CLOSERS))
            or bool(_PART_HEADING.match(line) or _SUBSECTION.match(line))
            or is_bare_part_heading(line, None))


def is_annex_heading(line: str) -> bool:
    """An annex or glossary heading: a short line without sentence punctuation that starts
    with 附件/附录/名词解释/注释 or ends with 名词解释/名词注释.

    >>> is_annex_heading("附件"), is_annex_heading("附件2 名词解释"), is_annex_heading("《报告》有关内容名词注释")
    (True, True, True)
    >>> is_annex_heading("附件所列事项已印发各位代表。")
    False
    """
    body = line.strip().rstrip("：:")
    if not body or len(body) > _BARE_HEADING_MAX or any(ch in body for ch in _HEADING_STOPS):
        return False
    return (any(body.startswith(w) for w in frame_words("annex_prefix"))
            or any(body.endswith(w) for w in frame_words("annex_suffix")))


@dataclass(frozen=True)
class _Line:
    """One non-empty line of the report proper: where it starts, its text without the
    surrounding white space, and where that text starts."""

    start: int
    line: str
    stripped: str
    lead_offset: int


def _report_lines(report: Report) -> list[_Line]:
    """The non-empty lines of the report proper: past the web page's head, before its
    trailer, without boilerplate lines between."""
    body_start, body_end = body_range(report.text)
    result: list[_Line] = []
    line_start = 0
    for line in report.text.split("\n"):
        stripped = line.strip()
        if body_start <= line_start < body_end and stripped and not is_boilerplate_line(stripped):
            result.append(_Line(line_start, line, stripped, line_start + (len(line) - len(line.lstrip()))))
        line_start += len(line) + 1
    return result


def _part_heading_body(lines: list[_Line], k: int, in_annex: bool) -> tuple[str, str] | None:
    """Whether line ``k`` opens a part: ``("numbered"|"bare"|"annex", heading words)``, or None.

    Inside an annex only another annex heading opens a part, and not when it follows the
    annex's own heading line (附件 / 《…》有关内容名词注释 is one annex with its title).
    """
    stripped = lines[k].stripped
    if k > 0 and is_annex_heading(stripped):
        return None if in_annex and is_annex_heading(lines[k - 1].stripped) else ("annex", stripped)
    if in_annex:
        return None
    match = _PART_HEADING.match(stripped)
    if match and "。" not in stripped[:-1]:
        return "numbered", match.group(2)
    if k > 0 and is_bare_part_heading(stripped, lines[k - 1].stripped):
        return "bare", stripped
    return None


def segment_report(report: Report) -> list[Sentence]:
    """All sentences of a report, in order, each placed in its part and sub-section."""
    text = report.text
    lines = _report_lines(report)
    part = Section("s0", report.title, 0, "preamble", report.year, lines[0].lead_offset if lines else 0)
    subsection: Section | None = None
    part_count = 0
    sentences: list[Sentence] = []
    for paragraph, (k, line) in enumerate(enumerate(lines), start=1):
        stripped = line.stripped
        opened = _part_heading_body(lines, k, part.kind == "annex")
        sub_match = None
        if opened:
            part_count += 1
            form, words = opened
            if form == "annex":
                kind, year, period = "annex", None, None
            else:
                opening = lines[k + 1].stripped if k + 1 < len(lines) else ""
                kind, year, period = describe_part(words, opening, report.year)
            part = Section(f"s{part_count}", stripped, 1, kind, year, line.lead_offset, period=period)
            subsection = None
        else:
            sub_match = _SUBSECTION.match(stripped)
            if sub_match:
                first_end = _first_sentence_end(stripped)
                heading = stripped[:first_end]
                kind = part.kind
                if kind == "plan" and kind_from_keywords(heading) == "government":
                    kind = "government"
                subsection = Section(
                    f"{part.section_id}.{_chinese_numeral(sub_match.group(1))}",
                    heading, 2, kind, part.year, line.lead_offset, part.section_id, part.period,
                )
        spans = split_sentences(line.line, line.start)
        for n, (s, e) in enumerate(spans):
            sentence_text = text[s:e]
            is_heading = n == 0 and (opened is not None or sub_match is not None
                                     or (part.kind == "annex" and is_annex_heading(stripped)))
            sentences.append(Sentence(
                report_id=report.report_id,
                index=len(sentences),
                start=s,
                end=e,
                text=sentence_text,
                part=part,
                subsection=subsection,
                paragraph=paragraph,
                is_heading=is_heading,
                is_lead=not is_heading and _is_lead(sentence_text, n, len(spans)),
            ))
    return sentences


def _is_lead(sentence: str, position: int, count: int) -> bool:
    """A paragraph lead: a short clause without commas that opens a topic.

    ``培育壮大生态经济。`` opens its paragraph; ``脱贫攻坚巩固提升扎实推进。`` opens a
    topic inside a review paragraph; ``——主要经济指标基本完成。`` is a dash lead.
    """
    body = sentence.lstrip("—").rstrip(SENTENCE_END + _CLOSERS)
    body = _ENUMERATED.sub("", body)
    if not body or any(mark in body for mark in "，、：:,%"):
        return False
    if position == count - 1 and count > 1:
        return False
    return len(body) <= _LEAD_MAX_CHARS and sentence.endswith("。")


def _first_sentence_end(line: str) -> int:
    for i, ch in enumerate(line):
        if ch in SENTENCE_END:
            return i + 1
    return len(line)


# Values of the Chinese digits (两 counts: “两个维护”); numbered programs and headings use them.
NUMERAL_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _chinese_numeral(numeral: str) -> int:
    """Value of a Chinese numeral up to 99.

    >>> _chinese_numeral("十二"), _chinese_numeral("二十"), _chinese_numeral("九")
    (12, 20, 9)
    """
    if "十" not in numeral:
        return NUMERAL_VALUES[numeral]
    tens, _, units = numeral.partition("十")
    return (NUMERAL_VALUES[tens] if tens else 1) * 10 + (NUMERAL_VALUES[units] if units else 0)
