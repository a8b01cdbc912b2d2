"""The rules are patterns of the genre: invented names in report-like sentences
come out with the right class, and generic phrases do not come out at all."""

import pytest

from kg.pipeline import SPAN_KEY, parse_text

from conftest import GENRE_HEADER, extract_invented




def spans(text: str) -> dict[str, str]:
    doc = parse_text(GENRE_HEADER + text)
    return {span.text: span.label_ for span in doc.spans[SPAN_KEY]}


def entities(text: str) -> dict[str, object]:
    return {e.label: e for e in extract_invented(text).entities}


@pytest.mark.parametrize(
    "sentence, surface, label",
    [
        ("加快推进云杉至雪莲湾公路建设。", "云杉至雪莲湾公路", "Road"),
        ("云杉至雪莲湾铁路全线贯通。", "云杉至雪莲湾铁路", "Railway"),
        ("扎实推进青禾综合物流园建设。", "青禾综合物流园", "LogisticsPark"),
        ("星河锂业5000吨碳酸锂项目建成投产。", "星河锂业5000吨碳酸锂项目", "IndustrialProject"),
        ("星河锂业5000吨碳酸锂项目建成投产。", "星河锂业", "Enterprise"),
        ("主动做好云杉集团债务重组工作。", "云杉集团", "Enterprise"),
        ("深入开展“护林清风”专项行动。", "“护林清风”专项行动", "Program"),
        ("持续深化“一网畅办”改革。", "一网畅办", "Program"),
        ("大力发展“草原经济”。", "草原经济", "Program"),
        ("出台《雪岭州全域旅游发展规划》。", "雪岭州全域旅游发展规划", "Plan"),
        ("成功举办第三届雪莲文化旅游节。", "第三届雪莲文化旅游节", "Event"),
        ("挂牌成立雪岭海关。", "雪岭海关", "Organization"),
        ("加快建设雪岭州大数据中心。", "雪岭州大数据中心", "DigitalPlatform"),
        ("支线机场：新建云杉机场。", "云杉机场", "Airport"),
        ("实施冰川湾生态综合治理工程。", "冰川湾生态综合治理工程", "EcologicalProject"),
        ("落地云杉飞地经济产业园。", "云杉飞地经济产业园", "IndustrialPark"),
        ("争取云杉至雪莲镇公路改造。", "雪莲镇", "Town"),
        ("申请开放雪岭铁路口岸。", "雪岭铁路口岸", "Port"),
    ],
)
def test_invented_names_get_their_class(sentence, surface, label):
    assert spans(sentence).get(surface) == label


def test_enumerated_roads_share_their_head():
    found = entities("松岭至白河、青石至红柳等公路加快建设。")
    assert found["松岭至白河公路"].cls == "Road"
    assert found["青石至红柳公路"].cls == "Road"
    assert {"松岭", "白河", "青石", "红柳"} <= set(found)
    assert found["白河"].cls == "Locality"


@pytest.mark.parametrize(
    "sentence",
    [
        "加强重点项目建设。",
        "完善基础设施，发展新能源产业。",
        "全面做好各项工作。",
        "建设美丽城镇。",
        "推动工业品下乡。",
        "加快通用机场建设。",
        "农村宅基地确权登记全面完成。",
        "“只争朝夕，不负韶华”。",
    ],
)
def test_generic_phrases_are_no_entities(sentence):
    assert spans(sentence) == {}


def test_numbered_program_gets_its_parts_from_the_leads():
    text = (
        "二、2022年工作安排\n"
        "（一）聚焦“两大行动”，推进高质量发展。\n"
        "巩固提升护林成果。护林工作扎实开展。\n"
        "持续强化草原修复。草原修复有序推进。\n"
    )
    found = spans(text)
    assert found["两大行动"] == "Program"
    assert found["护林"] == "Program"
    assert found["草原修复"] == "Program"


def test_a_former_division_keeps_its_code_and_a_renamed_one_is_today_s():
    """Divisions of earlier GB/T 2260 revisions (former_divisions.csv, from the GB2260 package):
    九江县, merged away in 2017, is a county with its code, in 九江市; 襄樊市 is 襄阳市 renamed
    (one code), and so is its short form; a merged-away county's short form reads as no place
    (新建县: 新建 is a verb)."""
    header = "2014年九江市政府工作报告\n各位代表：\n一、2013年工作回顾\n"
    found = {e.label: e for e in extract_invented("九江县、星子县与襄樊市、襄樊签署合作协议，新建学校3所。", header).entities}
    assert (found["九江县"].cls, found["九江县"].code) == ("CountyLevelDivision", "360421")
    assert found["星子县"].code == "360427"
    assert {e.code for e in found.values() if "襄樊" in (e.label, *e.aliases) or "襄樊市" in (e.label, *e.aliases)} == {"420600"}
    assert not any(e.label.startswith("新建") for e in found.values())


def test_leads_are_not_parts_when_their_count_differs():
    text = (
        "二、2022年工作安排\n"
        "（一）聚焦“三大行动”，推进高质量发展。\n"
        "巩固提升护林成果。护林工作扎实开展。\n"
    )
    assert "护林" not in spans(text)


def test_surface_forms_resolve_to_one_node():
    found = entities("大柴旦行委和大柴旦、格尔木与格尔木市共同推进“放管服”改革，深化放管服改革。")
    assert found["大柴旦行政区"].code == "632857"
    assert found["大柴旦行政区"].aliases == {"大柴旦行委", "大柴旦"}
    assert found["格尔木市"].aliases == {"格尔木"}
    assert found["放管服"].cls == "Program"
    # “放管服”改革 and 放管服改革 both mention the one program; no second node holds the name.
    assert len(found["放管服"].mentions) == 2
    assert [label for label in found if "放管服" in label] == ["放管服"]


def test_spans_are_token_aligned_and_exact():
    doc = parse_text(GENRE_HEADER + "争取怀头他拉至宗加镇公路改造工程开工建设。")
    for span in doc.spans[SPAN_KEY]:
        assert doc.text[span.start_char:span.end_char] == span.text
    assert {s.text for s in doc.spans[SPAN_KEY]} >= {"怀头他拉至宗加镇公路", "怀头他拉", "宗加镇"}


def test_works_named_after_their_site_stay_works():
    """A 工程 named by the site it is built at (某某保护区工程) and that site, found inside it,
    are one node by name; the node is the works the name says, not the site."""
    found = entities("完成德令哈水源地一二级保护区工程建设，德令哈水厂实现水源切换。")
    works = found["德令哈水源地一二级保护区工程"]
    assert works.cls == "Project"
    assert works.aliases == {"德令哈水源地一二级保护区"}
