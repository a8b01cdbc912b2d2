"""Text helpers of the genre over plain strings: generic phrases, leading verbs and
counts, the topic of a paragraph lead.  They need the lexicons only (no spaCy), so
the steps after extraction may use them too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ordered_words, words

__all__ = ["LEADING_COUNT", "drop_leading_verbs", "is_generic", "lead_topic"]

# A counted quantity (三个, 8座, 首批, 首趟) that may open a phrase but is never part of a name; a
# bare 百, 千 or 万 before the measure counts nothing on its own, it opens a name (万家惠).
LEADING_COUNT = re.compile(r"(?![百千万][个座家项条批种类所户宗处支])[\d.首一二三四五六七八九十两百千万]+[个座家项条批种类所户宗处支趟列]")


def drop_leading_verbs(text: str, start: int, head_start: int) -> int:
    """Where a name begins once a leading count (三个), verbs (加快推进) and words placing
    it in its area (主城区) are dropped, keeping at least one character before ``head_start``."""
    counted = LEADING_COUNT.match(text, start, head_start)
    if counted:
        start = counted.end()
    while start < head_start:
        for length, verbs in _leading_verbs_by_length():  # the longest verb that opens the rest
            if (start + length < head_start and text[start:start + length] in verbs
                    and not _opens_a_word(text, start, length)):
                start += length
                break
        else:
            break
    return start


def _opens_a_word(text: str, start: int, length: int) -> bool:
    """True when the verb at ``start`` and the character after it make a word of the
    dictionary: 开发 of 开发区 opens a noun, it is no verb."""
    import jieba  # its dictionary, loaded on first use: the steps after extraction need none

    return (jieba.get_FREQ(text[start:start + length + 1]) or 0) > 0


@lru_cache(maxsize=1)
def _leading_verbs_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """Soft and predicate verbs, and the words placing a name in its area (主城区), of two
    characters or more, by length, longest first (实施好 before 实施): one lookup per length
    rather than a comparison per verb."""
    leading = words("soft_boundaries") | words("boundary_verbs") | words("area_qualifiers")
    lengths = sorted({len(w) for w in leading if len(w) >= 2}, reverse=True)
    return tuple((n, frozenset(w for w in leading if len(w) == n)) for n in lengths)


@lru_cache(maxsize=4096)
def is_generic(phrase: str) -> bool:
    """True when a phrase is made only of generic words (重点项目, 园区平台, 各类).

    >>> is_generic("重点项目"), is_generic("格尔木综合")
    (True, False)
    """
    generic = words("generic_words")
    if not phrase:
        return True
    reachable = [True] + [False] * len(phrase)
    for i in range(len(phrase)):
        if not reachable[i]:
            continue
        for j in range(i + 1, len(phrase) + 1):
            if phrase[i:j] in generic:
                reachable[j] = True
    return reachable[-1]


def lead_topic(lead: str) -> tuple[int, int] | None:
    """The topic of a paragraph lead, as an interval of the lead.

    >>> lead = "巩固提升脱贫攻坚成果。"
    >>> s, e = lead_topic(lead); lead[s:e]
    '脱贫攻坚'
    >>> lead = "污染防治攻坚战成效初显。"
    >>> s, e = lead_topic(lead); lead[s:e]
    '污染防治攻坚战'
    """
    start, end = 0, len(lead)
    while end > start and lead[end - 1] in "。！；—":
        end -= 1
    match = re.match(r"^(——|[一二三四五六七八九十]+是)", lead)
    if match:
        start = match.end()
    changed = True
    while changed:
        # verbs are dropped while at least two characters remain (end - 1 as the head start)
        stripped = drop_leading_verbs(lead, start, end - 1)
        changed = stripped != start
        start = stripped
        for tail in ordered_words("lead_predicates") + ordered_words("lead_objects"):
            if lead.endswith(tail, start, end) and end - start - len(tail) >= 2:
                end -= len(tail)
                changed = True
                break
    if lead[start] == "“" and lead[end - 1] == "”":
        start, end = start + 1, end - 1
    topic = lead[start:end]
    if len(topic) < 2 or is_generic(topic) or re.search(r"[，、\d]", topic):
        return None
    return start, end
