"""Reports of any length: parsed in bounded pieces, in time that grows with the text.

spaCy refuses a text of more than a million characters (E088), and a run of text without a
sentence end was one sentence however long; the pieces and the bounded sentences are checked
here on invented text made long by repetition."""

from __future__ import annotations

import time

from conftest import GENRE_HEADER
from kg.extract import mentions, report_mentions
from kg.pipeline import parse, parse_pieces
from kg.reading import report_from_text
from kg.structure import MAX_SENTENCE_CHARS, segment_report

PARAGRAPH = "加快建设白河物流园，争取新建青松物流园。松岭至白河公路建成通车，实施白河水源地保护工程。\n"


def test_a_long_report_is_parsed_in_pieces_that_find_what_one_doc_finds():
    report = report_from_text("long", "<long>", GENRE_HEADER + PARAGRAPH * 24)
    pieces = [(offset, len(doc.text)) for offset, doc in parse_pieces(report, max_chars=400)]
    assert len(pieces) >= 3 and all(size <= 400 for _, size in pieces)
    assert [offset for offset, _ in pieces] == sorted({offset for offset, _ in pieces})

    sentences, found = report_mentions(report, max_chars=400)
    whole = parse(report)
    assert sentences == whole._.sentences
    assert found == mentions(whole)
    assert {m.surface for m in found} >= {"白河物流园", "青松物流园", "松岭至白河公路"}
    assert all(report.text[m.start:m.end] == m.surface for m in found)


def test_a_long_line_without_punctuation_is_cut_into_bounded_sentences():
    line = "白河青松松岭" * 5000  # 30,000 characters, no sentence end, no comma
    report = report_from_text("line", "<line>", GENRE_HEADER + line + "\n")
    sentences = segment_report(report)
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE_CHARS
    assert "".join(s.text for s in sentences if s.paragraph == sentences[-1].paragraph) == line

    started = time.perf_counter()
    sentences, _ = report_mentions(report, max_chars=8000)
    assert time.perf_counter() - started < 60
    assert sentences[-1].end == len(report.text) - 1
