import pytest

from kg.errors import ReportError
from kg.reading import decode_report, find_report_year, find_title, read_report

from conftest import HAIXI, TEST_DATA

SAMPLE = "2020年某某州政府工作报告\n各位代表：\n一、2019年工作回顾\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
    ],
)
def test_decode_detects_the_encoding(data, encoding):
    text, found = decode_report(data, "x.txt")
    assert (text, found) == (SAMPLE, encoding)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "x.txt: the file is empty"),
        (b"  \n\n", "x.txt: the file is empty"),
        (b"\x00\x01\x02PK\x03\x04", "x.txt: the file is binary"),
        (bytes(range(0x80, 0xFF)) * 20, "x.txt: cannot decode the file"),
    ],
)
def test_bad_bytes_raise_a_clear_error(data, message):
    with pytest.raises(ReportError, match=message.replace(".", r"\.")):
        decode_report(data, "x.txt")


def test_a_utf16_file_from_notepad_is_read_not_called_binary(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(b"\xff\xfe" + SAMPLE.replace("\n", "\r\n").encode("utf-16-le"))
    report = read_report(path)
    assert (report.encoding, report.text, report.year) == ("utf-16", SAMPLE, 2020)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ReportError, match="no such file") as info:
        read_report(tmp_path / "nope.txt")
    assert "nope.txt" in str(info.value)


def test_haixi_report_title_and_year(haixi_report):
    assert haixi_report.report_id == "haixi-2020"
    assert haixi_report.encoding == "utf-8"
    assert haixi_report.title == "2020年海西州政府工作报告"
    assert haixi_report.year == 2020


def test_hailar_report_is_gb18030_with_crlf():
    report = read_report(TEST_DATA / "hailar-2019.gb18030.txt")
    assert report.encoding == "gb18030"
    assert report.report_id == "hailar-2019"
    assert "\r" not in report.text
    assert report.title == "政府工作报告"
    assert report.year == 2019


def test_title_spread_over_lines_is_joined():
    assert find_title("政府工作报\n告\n\n——2021年3月5日在大会上\n") == "政府工作报告"
    assert find_report_year("政府工作报\n告\n\n——2021年3月5日在大会上\n") == 2021


def test_project_copy_is_verbatim():
    shared = HAIXI.parent.parent.parent.parent / "shared" / "corpus" / "haixi-2020-government-work-report.txt"
    if not shared.exists():
        pytest.skip("the shared corpus is not beside this checkout")
    assert HAIXI.read_bytes() == shared.read_bytes()


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    import kg.reading

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(kg.reading, "MAX_REPORT_BYTES", 1024)
    with pytest.raises(ReportError, match="big.txt: the file is 2048 bytes, over the limit of 1024"):
        read_report(big)


def test_directory_is_not_a_report(tmp_path):
    with pytest.raises(ReportError, match="is a directory"):
        read_report(tmp_path)


# ---------------------------------------------------------------- title, year and identity past web boilerplate
# Invented texts in the genre; divisions are real GB/T 2260 names, places and people are invented.

from pathlib import Path  # noqa: E402

from kg.reading import (  # noqa: E402
    body_range, find_date_line, find_report_jurisdiction, is_boilerplate_line, report_from_text, report_id_for,
)

PORTAL_HEAD = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"
PORTAL_REPORT = (
    PORTAL_HEAD
    + "2031年云南省政府工作报告\n"
    + "——2031年1月20日在云南省第十五届人民代表大会第六次会议上\n"
    + "来源：雪岭日报\n时间：2031-01-25\n"
    + "省长 某某\n"
    + "省长某某作政府工作报告。本报记者 某某 摄\n"
    + "各位代表：\n一、2030年工作回顾\n雪岭新区建成投运。\n相关报道：\n别处的政府工作报告发布\n"
)


def test_title_is_read_past_the_portal_head():
    assert find_title(PORTAL_REPORT) == "2031年云南省政府工作报告"
    assert find_report_year(PORTAL_REPORT) == 2031


def test_title_without_a_year_takes_the_year_of_the_date_line():
    text = PORTAL_HEAD + "政 府 工 作 报 告\n——2029年2月3日在雪岭州第三届人民代表大会上\n各位代表：\n"
    assert find_title(text) == "政府工作报告"
    assert find_date_line(text) == "——2029年2月3日在雪岭州第三届人民代表大会上"
    assert find_report_year(text) == 2029


def test_date_line_without_a_dash_is_found_by_the_congress():
    text = "2029年雪岭州政府工作报告\n2029年1月9日在雪岭州第三届人民代表大会第二次会议上\n各位代表：\n"
    assert find_date_line(text) == "2029年1月9日在雪岭州第三届人民代表大会第二次会议上"


def test_no_title_line_falls_back_to_the_first_lines():
    text = "雪岭州人民政府\n各位代表：\n"
    assert find_title(text) == "雪岭州人民政府"
    assert find_report_year(text) is None
    assert find_date_line(text) is None


def test_a_sentence_speaking_of_the_report_is_not_its_title_line():
    from kg.reading import locate_title

    assert locate_title("会议审议了雪岭州政府工作报告。\n一、2030年工作回顾\n") is None
    assert locate_title("政府工作报\n告\n——2031年3月5日在大会上\n")[1:] == (2, "政府工作报告")


def test_caption_naming_the_report_is_not_the_title():
    text = "州长作政府工作报告。本报记者 某某 摄\n2031年雪岭州政府工作报告\n各位代表：\n"
    assert find_title(text) == "2031年雪岭州政府工作报告"


@pytest.mark.parametrize("line, boilerplate", [
    ("打印", True), ("【字号：", True), ("来源：雪岭日报", True), ("时间：2031-01-25", True),
    ("相关报道：", True), ("州长作报告。本报记者 某某 摄", True),
    ("各位代表：", False), ("打印机产业园建成投产。", False), ("省长 某某", False),
    ("来年要加快雪岭新区建设。", False),
])
def test_boilerplate_lines(line, boilerplate):
    assert is_boilerplate_line(line) is boilerplate


def test_body_runs_from_the_title_to_the_portal_trailer():
    start, end = body_range(PORTAL_REPORT)
    body = PORTAL_REPORT[start:end]
    assert body.startswith("2031年云南省政府工作报告\n")
    assert body.endswith("雪岭新区建成投运。\n")
    assert "别处" not in body and "下载" not in body


@pytest.mark.parametrize("text, name, code, level", [
    ("2031年云南省政府工作报告\n", "云南省", "530000", "province"),
    ("2031年大理州政府工作报告\n", "大理白族自治州", "532900", "prefecture"),
    ("政府工作报告\n——2031年2月1日在昆明市五华区第九届人民代表大会第三次会议上\n", "五华区", "530102", "county"),
    ("2031年重庆市政府工作报告\n", "重庆市", "500000", "province"),
    ("政府工作报告\n——2031年2月1日在长春市朝阳区第九届人民代表大会上\n", "朝阳区", "220104", "county"),
    ("政府工作报告\n——2031年3月5日在第十六届全国人民代表大会第四次会议上\n", "全国", None, "national"),
])
def test_jurisdiction_is_read_from_title_or_date_line(text, name, code, level):
    found = find_report_jurisdiction(text)
    assert (found.name, found.code, found.level) == (name, code, level)


@pytest.mark.parametrize("text", [
    "2031年雪岭州政府工作报告\n",                                       # not a division of China
    "政府工作报告\n——2031年2月1日在朝阳区第九届人民代表大会上\n",          # a name several districts share
    "政府工作报告\n各位代表：\n云南省的工作\n",                           # named only in the body
])
def test_no_jurisdiction_without_a_single_division(text):
    assert find_report_jurisdiction(text) is None


def test_report_from_text_records_jurisdiction_and_year():
    report = report_from_text("x", "<x>", PORTAL_REPORT.replace("\n", "\r\n"))
    assert (report.title, report.year) == ("2031年云南省政府工作报告", 2031)
    assert (report.jurisdiction, report.jurisdiction_code, report.jurisdiction_level) == ("云南省", "530000", "province")
    assert "\r" not in report.text


def test_chinese_file_names_of_one_year_get_ids_of_their_own():
    a = report_id_for(Path("云南省2031年政府工作报告.txt"))
    b = report_id_for(Path("贵州省2031年政府工作报告.txt"))
    assert a != b
    assert a.isascii() and b.isascii()
    assert a.startswith("yun-nan-sheng-2031") and b.startswith("gui-zhou-sheng-2031")
    assert a == report_id_for(Path("elsewhere/云南省2031年政府工作报告.txt"))


def test_ascii_file_names_keep_their_ids():
    assert report_id_for(Path("haixi-2020.txt")) == "haixi-2020"
    assert report_id_for(Path("hailar-2019-government-work-report.gb18030.txt")) == "hailar-2019-government-work-report"


def test_haixi_report_jurisdiction(haixi_report):
    assert (haixi_report.jurisdiction_code, haixi_report.jurisdiction_level) == ("632800", "prefecture")


# ---------------------------------------------------------------- every report of the shared corpus

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture(scope="module")
def corpus_reports():
    if not CORPUS_FILES:
        pytest.skip("the shared corpus is not beside this checkout")
    return {p: read_report(p) for p in CORPUS_FILES}


def test_every_corpus_report_has_a_title_a_year_and_an_id_of_its_own(corpus_reports):
    from kg.identifiers import report_iri

    assert len(corpus_reports) >= 24
    for path, report in corpus_reports.items():
        assert "工作报告" in report.title, path.name
        assert report.title.startswith(("政府工作报告", "20")), (path.name, report.title)
        assert report.year is not None and 1990 < report.year < 2100, path.name
        assert str(report_iri(report.report_id)).isascii(), path.name
    iris = {report_iri(r.report_id) for r in corpus_reports.values()}
    assert len(iris) == len(corpus_reports)


def test_corpus_years_agree_with_the_file_names(corpus_reports):
    import re

    for path, report in corpus_reports.items():
        named = re.search(r"(19|20)\d\d", path.name)
        assert named and int(named.group(0)) == report.year, path.name


def test_corpus_jurisdictions_agree_with_the_file_names(corpus_reports):
    for path, report in corpus_reports.items():
        if not path.name.isascii():
            # 某某省2026年政府工作报告.txt: the file name starts with the division the text names
            assert report.jurisdiction and path.name.startswith(report.jurisdiction), (path.name, report.jurisdiction)
            assert report.jurisdiction_level == "province" and report.jurisdiction_code.endswith("0000")
        elif report.jurisdiction_level != "national":
            assert report.jurisdiction_code is not None, path.name
    levels = {r.jurisdiction_level for r in corpus_reports.values()}
    assert {"national", "province", "prefecture", "county"} <= levels
