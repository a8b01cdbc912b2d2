"""Hostile and random input to the reading and extraction entry points (hypothesis): bytes in mixed
encodings, control and bidi characters, long lines, huge numbers, nested quotes and brackets.
Nothing but the documented ReportError comes out, and the graph of what comes in always passes
the SHACL shapes.  Each property runs a bounded number of examples (a few seconds each)."""

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kg.build import extract_corpus
from kg.cli import build_main
from kg.errors import ReportError
from kg.pipeline import parse_text
from kg.rdf import to_graph
from kg.reading import decode_report, report_from_text
from kg.validate import validate

from conftest import GENRE_HEADER

# No shrinking: a failure prints its example at once, and the time stays bounded.
BOUNDED = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                   phases=[Phase.explicit, Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of the genre and of trouble, joined at random: words the rules look for, brackets and
# quotes to nest, numbers too large for any float, controls, bidi overrides, other scripts.
GENRE = ["建成", "开工建设", "铁路", "公路", "至", "物流园", "集团", "有限公司", "行动", "规划", "第二届", "论坛",
         "增长", "亿元", "%", "万吨", "2021年", "一、", "（一）", "各位代表：", "格尔木市", "雪岭州"]
TROUBLE = ["“", "”", "「", "」", "《", "》", "（", "）", "(", ")", "\"", "'", "。", "；", "\n", "\r\n", "\t",
           "9" * 60, "1e999", "-0.000", "１２３４５", "\u202e", "\u202d", "\u2066", "\u200b", "\ufeff", "\x00",
           "\x07", "\x1b[31m", "\u0301", "😀", "𠀀", "ﷺ", "Ω", "Дом", "<script>", "&amp;", "\\", "\ud7ff"]
pieces = st.sampled_from(GENRE + TROUBLE) | st.text(max_size=8)
hostile_text = st.one_of(
    st.lists(pieces, max_size=60).map("".join),
    st.text(max_size=300),
    # long lines (up to about 2,000 characters: the time of longer ones is the size benchmark's subject)
    st.tuples(st.sampled_from(GENRE + TROUBLE), st.integers(100, 1000)).map(lambda p: p[0] * p[1]),
)
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "big5", "shift_jis"]


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


mixed_bytes = st.one_of(
    st.binary(max_size=2000),
    st.builds(encoded, hostile_text, st.sampled_from(ENCODINGS)),
    st.lists(st.builds(encoded, hostile_text, st.sampled_from(ENCODINGS)), max_size=4).map(b"".join),
)


@BOUNDED
@given(mixed_bytes)
def test_reading_any_bytes_gives_a_report_or_a_report_error(data):
    try:
        text, encoding = decode_report(data, "fuzz.txt")
    except ReportError as e:
        assert str(e).startswith("fuzz.txt: ") and "\n" not in str(e)
        return
    report = report_from_text("fuzz", "fuzz.txt", text, encoding)
    assert "\r" not in report.text
    assert report.year is None or 1900 <= report.year < 2100


@settings(BOUNDED, max_examples=25)
@given(hostile_text)
def test_extraction_of_any_text_passes_the_shapes(text):
    parse_text(text)
    corpus = extract_corpus([report_from_text("fuzz", "<fuzz>", GENRE_HEADER + text)])
    for entity in corpus.entities:
        for mention in entity.mentions:  # every fact keeps its characters
            report_text = corpus.reports[0].text
            assert report_text[mention.start:mention.end] == mention.surface
    conforms, message = validate(to_graph(corpus))
    assert conforms, message


def test_a_report_without_entities_builds_with_a_warning(tmp_path, capsys):
    english = tmp_path / "english.txt"
    english.write_text("Annual report of the town council\n\nThe weather was fine. Nothing was built.\n",
                       encoding="utf-8")
    assert build_main(["--input", str(english), "--output", str(tmp_path / "english.ttl"), "--no-validate"]) == 0
    err = capsys.readouterr().err
    assert f"warning: {english}: no entities found; is it a Chinese government work report (政府工作报告)?" in err
    assert (tmp_path / "english.ttl").is_file()
