"""Split a report into sentences and place each in the report's structure.

A work report has numbered parts (``一、2019年工作回顾``), numbered sub-sections
(``（一）抓落实重统筹，三大攻坚战取得关键进展。``), enumerated items (``一是…``)
and paragraphs that open with a short lead (``培育壮大生态经济。``).  Each
sentence records the part it lies in, the year that part speaks of and whether
it looks back (past) or ahead (future), all read from the headings themselves.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import section_kind_keywords
from .reading import Report

__all__ = ["Section", "Sentence", "split_sentences", "segment_report", "sentence_at", "NUMERAL_VALUES"]

SENTENCE_END = "。！？；"
_CLOSERS = "”’）》」』\"'"
_PART_HEADING = re.compile(r"^([一二三四五六七八九十]+)、(.{2,40})$")
_SUBSECTION = re.compile(r"^（([一二三四五六七八九十]+)）")
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+)是")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_LEAD_MAX_CHARS = 20
TENSE_BY_KIND = {"review": "past", "plan": "future", "government": "future", "preamble": "present"}


@dataclass(frozen=True)
class Section:
    """A numbered part or sub-section of a report.

    ``kind`` is ``preamble``, ``review``, ``plan`` or ``government``; ``year``
    is the year the part speaks of (2019 for ``一、2019年工作回顾``).
    """

    section_id: str
    heading: str
    level: int
    kind: str
    year: int | None
    start: int
    parent_id: str | None = None

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
    def tense(self) -> str:
        return self.part.tense


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
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s + offset, e + offset))
    return result


def classify_part(heading: str) -> str:
    """The kind of a numbered part from keywords in its heading.

    >>> classify_part("2019年工作回顾"), classify_part("2020年工作安排")
    ('review', 'plan')
    """
    for kind, keyword in section_kind_keywords():
        if keyword in heading:
            return kind
    return "plan"


def part_year(heading: str, kind: str, report_year: int | None) -> int | None:
    """The year a part speaks of: written in its heading, else implied by the report's year."""
    match = _YEAR.search(heading)
    if match:
        return int(match.group(1))
    if report_year is None:
        return None
    return report_year - 1 if kind == "review" else report_year


def segment_report(report: Report) -> list[Sentence]:
    """All sentences of a report, in order, each placed in its part and sub-section."""
    text = report.text
    part = Section("s0", report.title, 0, "preamble", report.year, 0)
    subsection: Section | None = None
    part_count = 0
    sentences: list[Sentence] = []
    paragraph = 0
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        stripped = line.strip()
        if stripped:
            paragraph += 1
            lead_offset = line_start + (len(line) - len(line.lstrip()))
            part_match = _PART_HEADING.match(stripped)
            if part_match and "。" not in stripped[:-1]:
                part_count += 1
                heading = stripped
                kind = classify_part(part_match.group(2))
                part = Section(
                    f"s{part_count}", heading, 1, kind,
                    part_year(part_match.group(2), kind, report.year), lead_offset,
                )
                subsection = None
            else:
                sub_match = _SUBSECTION.match(stripped)
                if sub_match:
                    first_end = _first_sentence_end(stripped)
                    subsection = Section(
                        f"{part.section_id}.{_chinese_numeral(sub_match.group(1))}",
                        stripped[:first_end], 2, part.kind, part.year, lead_offset, part.section_id,
                    )
            spans = split_sentences(line, line_start)
            for k, (s, e) in enumerate(spans):
                sentence_text = text[s:e]
                is_heading = (k == 0 and (part_match is not None and "。" not in stripped[:-1]
                                          or _SUBSECTION.match(stripped) is not None))
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
                    is_lead=not is_heading and _is_lead(sentence_text, k, len(spans)),
                ))
        line_start = line_end + 1
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
