"""The fast paths of extraction find what the plain searches they replace find: the
gazetteer's matcher (a regular expression of all its names), the leading verbs (a scan over
every verb, longest first)."""

import random
import re

from kg.gazetteer import gazetteer_entries, home_prefectures, name_matches
from kg.lexicon import words
from kg.phrases import LEADING_COUNT, _opens_a_word, drop_leading_verbs
from kg.reading import report_from_text

# Invented text: names inside longer names, names run together, a name at the very end, and
# a piece of a longer name cut by the end of the text.
TEXT = ("北京市朝阳区与天津市滨海新区合作，河北省石家庄市、雄安新区和山西省太原市共建；"
        "内蒙古自治区呼和浩特市至包头市；海淀区中关村；上海浦东新区。江苏南京苏州无锡常州镇江扬州"
        "昆山市、江阴、宜兴和常熟共建；北京")


def _regex_matches(text: str, home: frozenset[str]) -> list[tuple[int, int]]:
    names = sorted(gazetteer_entries(home), key=lambda n: (-len(n), n))
    return [m.span() for m in re.finditer("|".join(re.escape(n) for n in names), text)]


def test_matches_equal_the_alternation():
    home = home_prefectures(report_from_text("t", "<t>", "江苏省政府工作报告\n" + TEXT))
    for place in (home, frozenset()):
        expected = _regex_matches(TEXT, place)
        assert list(name_matches(TEXT, place)) == expected
        assert len(expected) > 20
    assert list(name_matches(TEXT[:-1], home)) == _regex_matches(TEXT[:-1], home)


def _leading_verbs_scanned(text: str, start: int, head_start: int) -> int:
    """drop_leading_verbs by a scan over every verb, longest first (after the leading count), none
    that opens a word of jieba's dictionary with the character after it (晋升|为 of 晋升为)."""
    leading = words("soft_boundaries") | words("boundary_verbs") | words("area_qualifiers")
    verbs = sorted((w for w in leading if len(w) >= 2), key=lambda w: (-len(w), w))
    counted = LEADING_COUNT.match(text, start, head_start)
    start = counted.end() if counted else start
    changed = True
    while changed and start < head_start:
        changed = False
        for verb in verbs:
            if (text.startswith(verb, start) and start + len(verb) < head_start
                    and not _opens_a_word(text, start, len(verb))):
                start += len(verb)
                changed = True
                break
    return start


def test_leading_verbs_equal_the_scan():
    """Random runs of the lexicon's verbs, one-character words and other characters, cut anywhere."""
    leading = sorted(words("soft_boundaries") | words("boundary_verbs") | words("area_qualifiers"))
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice([rng.choice(leading), rng.choice(leading)[:1], "三个", "园", "新区"])
                       for _ in range(rng.randint(1, 8)))
        for start in range(len(text)):
            for head_start in range(start, len(text) + 1):
                assert drop_leading_verbs(text, start, head_start) == _leading_verbs_scanned(text, start, head_start)


def test_sentence_spans_equal_doc_sents():
    """The sentences' token intervals read from the SENT_START array are spaCy's doc.sents."""
    from spacy.attrs import SENT_START

    from kg.pipeline import _sentence_spans, parse_text

    doc = parse_text("一、2020年工作回顾\n推进北京市朝阳区物流园建设。完成上海浦东新区大道改造！\n"
                     "（一）开展文明城市创建活动，建设“数字政府”。\n附件：名词解释\n1.数字政府：一种做法。")
    expected = [(s.start, s.end) for s in doc.sents]
    assert _sentence_spans(doc.to_array([SENT_START]).astype("int64").reshape(-1)) == expected
    assert len(expected) >= 5


def test_rule_helpers_equal_their_scans():
    """A head inside a blocker word, and a token ending in a boundary word: found by lookups,
    as by the scans over every word."""
    from kg.lexicon import boundary_words
    from kg.rules import _head_blocked, _is_hard_boundary

    blockers, hard = sorted(words("head_blockers")), boundary_words()
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice([rng.choice(blockers), rng.choice(blockers)[1:], "园区", "建设"])
                       for _ in range(rng.randint(1, 5)))
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 4) + 1):
                scanned = any(text.startswith(b, i) and (i < start or i + len(b) > end)
                              for b in blockers for i in range(max(0, start - len(b) + 1), end))
                assert _head_blocked(text, start, end) == scanned
        for token in (text, text[-3:], text[-5:]):
            scanned = token in hard or (len(token) >= 3 and any(token.endswith(w) and len(w) >= 2 for w in hard)
                                        and token not in words("soft_boundaries"))
            assert _is_hard_boundary(token, hard) == scanned
