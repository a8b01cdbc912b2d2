"""Other reports of the genre build a sensible graph with the same rules."""

import pytest

from kg.build import build

from conftest import TEST_DATA


@pytest.fixture(scope="module")
def hailar():
    return {e.label: e for e in build([TEST_DATA / "hailar-2019.gb18030.txt"]).corpus.entities}


@pytest.fixture(scope="module")
def national():
    return {e.label: e for e in build([TEST_DATA / "national-2021.txt"]).corpus.entities}


@pytest.mark.parametrize(
    "label, cls",
    [
        ("海拉尔区", "CountyLevelDivision"),
        ("呼伦贝尔市", "Prefecture"),
        ("奋斗镇", "Town"),
        ("海拉尔河", "River"),
        ("海拉尔大数据中心", "DigitalPlatform"),
        ("呼伦贝尔现代农牧业产业园", "IndustrialPark"),
        ("三大攻坚战", "Program"),
        ("放管服", "Program"),
        ("蒙西煤业", "Enterprise"),
        ("第十四届全国冬运会", "Event"),
    ],
)
def test_hailar(hailar, label, cls):
    assert hailar[label].cls == cls


def test_hailar_short_forms_follow_its_home(hailar):
    assert hailar["海拉尔区"].code == "150702"
    assert "海拉尔" in hailar["海拉尔区"].aliases


@pytest.mark.parametrize(
    "label, cls",
    [
        ("香港特别行政区", "Province"),
        ("长江", "River"),
        ("“十四五”规划", "Plan"),
        ("第三届中国国际进口博览会", "Event"),
        ("探月工程", "Program"),  # a national programme: 工程 with no site named
    ],
)
def test_national(national, label, cls):
    assert national[label].cls == cls
