"""From a parsed ``Doc`` to mentions: one per entity span, tied to its sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from .facts import Mention
from .pipeline import SPAN_KEY
from .structure import sentence_at

__all__ = ["mentions"]


def mentions(doc: Doc) -> list[Mention]:
    """Every entity span of the document as a :class:`~kg.facts.Mention`, in text order."""
    names = {(c.start, c.end): c for c in doc._.candidates}
    sentences = doc._.sentences
    result = []
    for span in doc.spans[SPAN_KEY]:
        candidate = names[(span.start_char, span.end_char)]
        sentence = sentence_at(sentences, span.start_char)
        result.append(Mention(
            report_id=sentence.report_id,
            sentence_index=sentence.index,
            start=span.start_char,
            end=span.end_char,
            surface=span.text,
            label=span.label_,
            rule=candidate.rule,
            name=candidate.name or span.text,
            code=candidate.code,
        ))
    return sorted(result, key=lambda m: (m.start, m.end))
