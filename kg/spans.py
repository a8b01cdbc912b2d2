"""Typed candidates as spaCy span groups: how the pipeline's components talk.

Every finder writes its candidates to a span group of its own
(``doc.spans["gazetteer"]``, ``doc.spans["rules"]`` …).  A span carries its
class as ``label_``, the rule that found it as ``id_``, a division's GB/T 2260
code as ``kb_id_`` and, where the span stands for a longer name (the first
item of 甲至乙、丙至丁等公路), that name in ``doc._.span_names`` (:func:`span_name`).
Spans must align with tokens, so writing a group first splits the tokens its spans
cut, keeping every group already written where it was.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from .facts import Candidate

__all__ = ["write_candidates", "candidates_of", "span_name", "split_tokens_at", "annex_test", "sentence_finder", "doc_text"]

for _name in ("report", "sentences", "words", "text", "span_names"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def split_tokens_at(doc: Doc, boundaries: Iterable[int]) -> None:
    """Split every token that a boundary falls inside; span groups keep their characters.

    Linear in the tokens plus the boundaries: the boundaries inside each token are found by
    bisection, on the token offsets as one array (no Token object made per token).
    """
    cuts_at = numpy.unique(numpy.fromiter(boundaries, dtype=numpy.int64))
    starts, lengths = doc.to_array([IDX, LENGTH]).astype(numpy.int64).reshape(-1, 2).T
    first = numpy.searchsorted(cuts_at, starts, side="right")
    last = numpy.searchsorted(cuts_at, starts + lengths, side="left")
    splits = [(int(i), [int(c - starts[i]) for c in cuts_at[first[i]:last[i]]]) for i in numpy.flatnonzero(first < last)]
    if not splits:
        return
    saved = {key: [_span_record(s) for s in group] for key, group in doc.spans.items()}
    with doc.retokenize() as retokenizer:
        for i, cuts in splits:
            token = doc[i]
            pieces = [token.text[a:b] for a, b in zip([0, *cuts], [*cuts, len(token)])]
            retokenizer.split(token, pieces, heads=[(token, k) for k in range(len(pieces))])
    for key, records in saved.items():
        doc.spans[key] = [_span_from_record(doc, r) for r in records]


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc: spaCy joins the tokens anew on each access, and the
    splits of :func:`split_tokens_at` keep the characters, so the first reading stays true."""
    if doc._.text is None:
        doc._.text = doc.text
    return doc._.text


def span_name(span: Span) -> str:
    """The longer name a span stands for, or ""."""
    return (span.doc._.span_names or {}).get(_name_key(span.start_char, span.end_char, span.label_, span.id_), "")


def _name_key(start: int, end: int, label: str, rule: str) -> tuple[int, int, str, str]:
    # Not a Span extension: spaCy keys those by the offsets alone, so spans of two rules over
    # the same characters would share one name (甲 of 甲、乙某某公园 and the place 甲).
    return start, end, label, rule


def _span_record(span: Span) -> tuple[int, int, str, str, str, str]:
    return span.start_char, span.end_char, span.label_, span.id_, span.kb_id_, span_name(span)


def _span_from_record(doc: Doc, record: tuple[int, int, str, str, str, str]) -> Span:
    start, end, label, rule, code, name = record
    span = doc.char_span(start, end, label=label, kb_id=code, span_id=rule, alignment_mode="strict")
    if name:
        if doc._.span_names is None:
            doc._.span_names = {}
        doc._.span_names[_name_key(start, end, label, rule)] = name
    return span


def write_candidates(doc: Doc, key: str, candidates: Iterable[Candidate]) -> None:
    """Add candidates to the span group ``key``: one span per candidate, token-aligned."""
    candidates = sorted(set(candidates))
    split_tokens_at(doc, (b for c in candidates for b in (c.start, c.end)))
    group = list(doc.spans[key]) if key in doc.spans else []
    for c in candidates:
        group.append(_span_from_record(doc, (c.start, c.end, c.label, c.rule, c.code, c.name)))
    doc.spans[key] = group


def candidates_of(doc: Doc, keys: Iterable[str]) -> list[Candidate]:
    """The candidates held in the span groups ``keys`` (those that exist), in text order."""
    found = [Candidate(s.start_char, s.end_char, s.label_, s.id_, span_name(s), s.kb_id_)
             for key in keys if key in doc.spans for s in doc.spans[key]]
    return sorted(found)


def sentence_finder(doc: Doc) -> Callable[[int], object]:
    """A function from a character offset to its sentence (``doc._.sentences``), by bisection."""
    sentences = doc._.sentences or []
    starts = [s.start for s in sentences]

    def sentence_at(offset: int):
        return sentences[max(bisect.bisect_right(starts, offset) - 1, 0)]

    return sentence_at


def annex_test(doc: Doc) -> Callable[[int], bool]:
    """A function telling whether a character offset lies in an annex or glossary."""
    sentence_at = sentence_finder(doc)
    has_annex = any(s.in_annex for s in doc._.sentences or [])
    return (lambda offset: sentence_at(offset).in_annex) if has_annex else (lambda offset: False)
