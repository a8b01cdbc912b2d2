"""The gazetteer's matcher finds what a regular expression of all its names finds."""

import re

from kg.gazetteer import gazetteer_entries, home_prefectures, name_matches
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
