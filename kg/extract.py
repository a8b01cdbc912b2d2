"""From a parsed ``Doc`` to mentions: one per entity span, tied to its sentence."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .facts import Mention
from .pipeline import PIECE_CHARS, SPAN_KEY, parse_pieces
from .reading import Report
from .spans import sentence_finder, span_name
from .structure import Sentence

__all__ = ["mentions", "report_mentions"]


def report_mentions(report: Report, max_chars: int = PIECE_CHARS) -> tuple[list[Sentence], list[Mention]]:
    """A report's sentences and mentions, parsed in pieces when it is long
    (:func:`kg.pipeline.parse_pieces`), with offsets into the whole report."""
    sentences: list[Sentence] = []
    found: list[Mention] = []
    for offset, doc in parse_pieces(report, max_chars):
        sentences.extend(_shifted(doc._.sentences, offset))
        found.extend(_shifted(mentions(doc), offset))
    return sentences, found


def _shifted(items: list, offset: int) -> list:
    """Sentences or mentions moved by ``offset`` characters (from a piece into its report)."""
    return [replace(x, start=x.start + offset, end=x.end + offset) for x in items] if offset else items


def mentions(doc: Doc) -> list[Mention]:
    """Every entity span of the document as a :class:`~kg.facts.Mention`, in text order."""
    sentence_at = sentence_finder(doc)
    result = []
    for span in doc.spans[SPAN_KEY]:
        sentence = sentence_at(span.start_char)
        result.append(Mention(
            report_id=sentence.report_id,
            sentence_index=sentence.index,
            start=span.start_char,
            end=span.end_char,
            surface=span.text,
            label=span.label_,
            rule=span.id_,
            name=span_name(span) or span.text,
            code=span.kb_id_,
        ))
    return sorted(result, key=lambda m: (m.start, m.end))
