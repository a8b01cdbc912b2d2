"""Lexicons of the genre, read once from the data files in ``kg/data/lexicon/<language>``.

The words of the genre live in one directory per language (``zh`` today), so a
second language is a new directory of the same files.  Each function returns one
constant, cached; nothing is read at import time.  Lines starting with ``#`` are
comments.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

LANGUAGE = "zh"

__all__ = [
    "LANGUAGE", "data_lines", "words", "table",
    "section_kind_keywords", "name_heads", "name_head_class", "name_head_ending", "longest_ending", "ending_class",
    "project_keywords", "quote_types", "quote_endings",
]


def data_lines(relative: str) -> list[str]:
    """Non-empty, non-comment lines of a data file under ``kg/data``."""
    text = resources.files("kg").joinpath("data", relative).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-word-a-line lexicon, such as ``words("function_words")``."""
    return frozenset(line.strip() for line in data_lines(f"lexicon/{LANGUAGE}/{name}.txt"))


@lru_cache(maxsize=None)
def boundary_words() -> frozenset[str]:
    """Words that end a name on its left: function words and predicate verbs."""
    return words("function_words") | words("boundary_verbs")


@lru_cache(maxsize=None)
def ordered_words(name: str) -> tuple[str, ...]:
    """A one-word-a-line lexicon, longest word first (for greedy stripping)."""
    return tuple(sorted(words(name), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon, rows in file order."""
    return tuple(tuple(line.split("\t")) for line in data_lines(f"lexicon/{LANGUAGE}/{name}.tsv"))


def section_kind_keywords() -> tuple[tuple[str, ...], ...]:
    return table("section_kinds")


@lru_cache(maxsize=None)
def name_heads() -> tuple[tuple[str, str], ...]:
    """(head, class) pairs, longest head first."""
    return tuple(sorted(((h, c) for h, c in table("name_heads")), key=lambda hc: (-len(hc[0]), hc[0])))


def name_head_class(name: str) -> str | None:
    """The class of the longest head that ends ``name`` with something before it, or None.

    >>> name_head_class("某某铁路专用线"), name_head_class("专用线")
    ('Railway', None)
    """
    return ending_class(name, "name_heads", shorter=True) or None


def name_head_ending(name: str, shorter: bool = False) -> str:
    """The longest head that ends ``name`` (shorter than it, if ``shorter``), or ""."""
    return longest_ending(name, "name_heads", shorter)


def project_keywords() -> tuple[tuple[str, ...], ...]:
    return table("project_keywords")


@lru_cache(maxsize=None)
def quote_types() -> tuple[tuple[str, str, str], ...]:
    """(word after the quote, class, naming) triples, longest word first."""
    return tuple(sorted(table("quote_types"), key=lambda row: (-len(row[0]), row[0])))


def quote_endings() -> tuple[tuple[str, ...], ...]:
    return table("quote_endings")


@lru_cache(maxsize=None)
def longest_first(name: str) -> tuple[tuple[str, str], ...]:
    """(word, class) rows of a two-column lexicon, longest word first."""
    return tuple(sorted(((w, c) for w, c in table(name)), key=lambda wc: (-len(wc[0]), wc[0])))


def ending_class(name: str, lexicon: str, default: str = "", shorter: bool = False) -> str:
    """The class a two-column lexicon of endings gives ``name`` (the longest ending wins; one
    shorter than ``name``, if ``shorter``).

    >>> ending_class("某某河", "place_suffixes", "Place"), ending_class("某某", "place_suffixes", "Place")
    ('River', 'Place')
    """
    ending = longest_ending(name, lexicon, shorter)
    return _endings_by_length(lexicon)[0][ending] if ending else default


def longest_ending(name: str, lexicon: str, shorter: bool = False) -> str:
    """The longest word of a two-column lexicon that ends ``name`` (shorter than it, if
    ``shorter``), or ""."""
    endings, lengths = _endings_by_length(lexicon)
    limit = len(name) - 1 if shorter else len(name)
    return next((name[-n:] for n in lengths if n <= limit and name[-n:] in endings), "")


@lru_cache(maxsize=None)
def _endings_by_length(lexicon: str) -> tuple[dict[str, str], tuple[int, ...]]:
    # One dictionary probe per length of ending, instead of a test of every ending.
    endings = dict(longest_first(lexicon))
    return endings, tuple(sorted({len(w) for w in endings}, reverse=True))
