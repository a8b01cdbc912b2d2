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
