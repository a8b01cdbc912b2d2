"""Stable ASCII IRIs for entities, reports, sentences and mentions.

Chinese stays in the labels; IRIs are ASCII so that importers (Neo4j's among
them) take them.  An entity's IRI depends only on its own key, never on the
order or number of other sentences: divisions use their code, everything else
the pinyin of its normalised name plus a short hash of that name (homophones
stay apart).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from rdflib import URIRef

from .namespace import ID

__all__ = ["slug", "entity_iri", "report_iri", "section_iri", "sentence_iri", "mention_iri", "period_iri", "digest"]


def digest(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=8192)
def slug(text: str, limit: int = 48) -> str:
    """ASCII slug of a Chinese name, from its pinyin.

    >>> slug("格库铁路")
    'ge-ku-tie-lu'
    >>> slug("“十四五”规划")
    'shi-si-wu-gui-hua'
    """
    from pypinyin import Style, lazy_pinyin  # imported on first use: the package imports nothing heavy

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    ascii_text = "-".join(s for s in syllables)
    ascii_text = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return ascii_text[:limit].rstrip("-") or "x"


def entity_iri(key: str) -> URIRef:
    """IRI of an entity from its resolution key.

    >>> str(entity_iri("division:632801"))
    'https://w3id.org/haixi-kg/id/division/632801'
    >>> str(entity_iri("name:格库铁路"))
    'https://w3id.org/haixi-kg/id/ge-ku-tie-lu-d2c0af'
    """
    kind, _, name = key.partition(":")
    if kind == "division":
        return ID[f"division/{name}"]
    return ID[f"{slug(name)}-{digest(key, 6)}"]


def report_iri(report_id: str) -> URIRef:
    return ID[f"report/{report_id}"]


def section_iri(report_id: str, section_id: str) -> URIRef:
    return ID[f"report/{report_id}/section/{section_id}"]


def period_iri(first_year: int, last_year: int) -> URIRef:
    """A span of years by its first and last year, shared by every report that speaks of it.

    >>> str(period_iri(2021, 2025))
    'https://w3id.org/haixi-kg/id/period/2021-2025'
    """
    return ID[f"period/{first_year}-{last_year}"]


def sentence_iri(report_id: str, text: str, occurrence: int = 1) -> URIRef:
    """A sentence's IRI from its text (and which occurrence of that text it is)."""
    suffix = "" if occurrence == 1 else f"-{occurrence}"
    return ID[f"report/{report_id}/sentence/{digest(text, 10)}{suffix}"]


def mention_iri(sentence: URIRef, local_start: int, local_end: int) -> URIRef:
    return URIRef(f"{sentence}/mention/{local_start}-{local_end}")
