"""From a parsed ``Doc`` to mentions: one per entity span, tied to its sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from .facts import Mention
from .pipeline import SPAN_KEY
from .spans import sentence_finder

__all__ = ["mentions"]


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
            name=span._.name or span.text,
            code=span.kb_id_,
        ))
    return sorted(result, key=lambda m: (m.start, m.end))
