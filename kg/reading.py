"""Read report files: detect the encoding, normalise line ends, find title and year.

Chinese government files arrive as UTF-8 (with or without BOM) or GB18030/GBK,
often with CRLF line ends.  Character offsets everywhere in the graph refer to
``Report.text``: the decoded text with line ends normalised to ``\\n``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ReportError
from .lexicon import table

if TYPE_CHECKING:
    from .jurisdiction import Jurisdiction

__all__ = ["Report", "decode_report", "read_report", "report_from_text", "report_id_for", "find_title",
           "find_report_year", "find_date_line", "find_report_jurisdiction", "locate_title", "body_range",
           "is_boilerplate_line", "is_trailer_line", "frame_words", "MAX_REPORT_BYTES"]

MAX_REPORT_BYTES = 20 * 1024 * 1024
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_DATE_DASH = re.compile(r"^[—－\-]{2,}")
_TITLE_MAX_CHARS = 40
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Report:
    """One decoded report.

    ``report_id`` is the file stem (``haixi-2020``), or for a stem that is not
    ASCII its pinyin and a hash; ``year`` is the year the report is delivered in,
    read from its own title or date line; ``jurisdiction`` and
    ``jurisdiction_code`` are the division it speaks for (its official name and
    GB/T 2260 code, read from the title or date line), ``jurisdiction_level``
    ``province``, ``prefecture``, ``county`` or ``national``.
    """

    report_id: str
    path: str
    text: str
    encoding: str
    title: str
    year: int | None
    jurisdiction: str | None = None
    jurisdiction_code: str | None = None
    jurisdiction_level: str | None = None


def decode_report(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)``.

    Tries UTF-16 with its byte order mark (what Windows Notepad saves as "Unicode"), UTF-8 with
    BOM, UTF-8, then GB18030 (a superset of GBK and GB2312).
    Raises ReportError for empty, binary or undecodable input.

    >>> decode_report("\\ufeff政府工作报告\\n".encode("utf-16-le"))
    ('政府工作报告\\n', 'utf-16')
    """
    if data.startswith(_UTF16_BOMS) and not data.startswith(codecs.BOM_UTF32_LE):
        return _decode_utf16(data, name)
    if not data.strip():
        raise ReportError(f"{name}: the file is empty")
    if b"\x00" in data:
        raise ReportError(f"{name}: the file is binary (it contains NUL bytes), not a text report")
    for encoding, label in (("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("gb18030", "gb18030")):
        if label == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, label
    raise ReportError(f"{name}: cannot decode the file as UTF-8 or GB18030")


def _decode_utf16(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 text after its byte order mark (either byte order)."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as e:
        raise ReportError(f"{name}: the file starts as UTF-16 but cannot be decoded as UTF-16 ({e.reason})") from e
    if not text.strip():
        raise ReportError(f"{name}: the file is empty")
    if not _looks_like_text(text):
        raise ReportError(f"{name}: the file starts as UTF-16 but is not text")
    return text, "utf-16"


def _looks_like_text(text: str) -> bool:
    """Reject decodings full of control or private-use characters."""
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f")
    )
    return bad <= max(2, len(sample) // 1000)


def read_report(path: str | Path) -> Report:
    """Read and decode one report file.

    Raises ReportError naming the file when it is missing, too large, empty,
    binary or undecodable.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise ReportError(f"{path}: the file is {size} bytes, over the limit of {MAX_REPORT_BYTES}")
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise ReportError(f"{path}: no such file") from e
    except IsADirectoryError as e:
        raise ReportError(f"{path}: is a directory, not a report file") from e
    except OSError as e:
        raise ReportError(f"{path}: cannot read the file ({e.strerror})") from e
    text, encoding = decode_report(data, str(path))
    return report_from_text(report_id_for(path), str(path), text, encoding)


def report_from_text(report_id: str, path: str, text: str, encoding: str = "utf-8") -> Report:
    """A report from decoded text: line ends normalised, title, year and jurisdiction read from it.

    >>> r = report_from_text("x", "<x>", "下载\\r\\n2031年雪岭州政府工作报告\\r\\n各位代表：\\r\\n")
    >>> r.title, r.year, "\\r" in r.text
    ('2031年雪岭州政府工作报告', 2031, False)
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    place = find_report_jurisdiction(text)
    return Report(
        report_id=report_id,
        path=path,
        text=text,
        encoding=encoding,
        title=find_title(text),
        year=find_report_year(text),
        jurisdiction=place.name if place else None,
        jurisdiction_code=place.code if place else None,
        jurisdiction_level=place.level if place else None,
    )


def report_id_for(path: Path) -> str:
    """The report's identifier, ASCII: an ASCII file stem as it is, else its pinyin and a hash.

    ``haixi-2020.txt`` is ``haixi-2020`` (so existing IRIs stay); a Chinese stem such as
    ``某某省2026年政府工作报告`` becomes its pinyin slug plus six hex digits of the stem, so
    that two reports of one year never share an identifier.

    >>> report_id_for(Path("haixi-2020.txt")), report_id_for(Path("hailar-2019.gb18030.txt"))
    ('haixi-2020', 'hailar-2019')
    """
    stem = Path(path).name
    for suffix in (".txt", ".gb18030", ".gbk", ".utf8", ".utf-8"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    if stem.isascii():
        return re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "report"
    from .identifiers import digest, slug

    return f"{slug(stem)}-{digest(stem, 6)}"


# ---------------------------------------------------------------- the frame of a report

def frame_words(kind: str) -> tuple[str, ...]:
    """Words of the report's frame of one kind (``title``, ``salutation``, ``assembly`` …),
    from ``kg/data/lexicon/zh/report_frame.tsv``."""
    return tuple(row[1] for row in table("report_frame") if row[0] == kind)


def _boilerplate(kind: str) -> tuple[tuple[str, ...], ...]:
    return tuple(row[1:] for row in table("web_boilerplate") if row[0] == kind)


def is_boilerplate_line(line: str) -> bool:
    """Whether a line belongs to the web page around a report, not to the report.

    >>> is_boilerplate_line("打印"), is_boilerplate_line("来源：某某日报"), is_boilerplate_line("各位代表：")
    (True, True, False)
    >>> is_boilerplate_line("主任作报告。本报记者 某某 摄")
    True
    """
    stripped = line.strip()
    if not stripped:
        return False
    if any(stripped == row[0] for row in _boilerplate("line")):
        return True
    if any(stripped.startswith(row[0]) for row in _boilerplate("prefix") + _boilerplate("trailer")):
        return True
    return any(word in stripped and stripped.endswith(end) for word, end in _boilerplate("caption"))


def is_trailer_line(line: str) -> bool:
    """Whether a line opens the portal's trailer (相关报道：), after which nothing is the report's."""
    return any(line.strip().startswith(row[0]) for row in _boilerplate("trailer"))


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line) for every line of the text."""
    result, start = [], 0
    for line in text.split("\n"):
        result.append((start, line))
        start += len(line) + 1
    return result


def _squeeze(line: str) -> str:
    """A line without any white space (政 府 工 作 报 告 -> 政府工作报告)."""
    return "".join(line.split())


def _content_lines(text: str, limit: int = 60) -> list[tuple[int, str]]:
    """The first non-empty lines that are not web boilerplate, squeezed, before any trailer."""
    result = []
    for start, line in _lines(text):
        if is_trailer_line(line):
            break
        if line.strip() and not is_boilerplate_line(line):
            result.append((start, _squeeze(line)))
            if len(result) >= limit:
                break
    return result


def _is_salutation(line: str) -> bool:
    return any(line.startswith(word) for word in frame_words("salutation"))


def locate_title(text: str) -> tuple[int, int, str] | None:
    """The title: the first line that names the report, with the line it continues on when a
    line break splits the name (政府工作报 / 告); ``(start, number of lines, title)``.

    Lines of the web page (下载, 打印, 来源：…) are skipped; the search stops at the salutation.

    >>> locate_title("下载\\n打印\\n2031年雪岭州政府工作报告\\n——2031年1月5日在雪岭州人民代表大会上\\n")
    (6, 1, '2031年雪岭州政府工作报告')
    >>> locate_title("正文\\n各位代表：\\n") is None
    True
    """
    lines = _content_lines(text)
    words = frame_words("title")
    for k, (start, line) in enumerate(lines):
        if _is_salutation(line):
            return None
        if len(line) > _TITLE_MAX_CHARS or any(mark in line for mark in "。；！？"):
            continue  # a sentence that speaks of the report is not its title
        joined = line
        for count in range(1, 4):
            hits = [joined.find(w) for w in words if w in joined]
            if hits and min(hits) < len(line):
                return start, count, joined
            if k + count >= len(lines) or _is_salutation(lines[k + count][1]):
                break
            joined += lines[k + count][1]
    return None


def find_title(text: str) -> str:
    """The title: the line naming the report (past web boilerplate), else the first
    non-empty lines before the salutation, joined.

    >>> find_title("2020年某某州政府工作报告\\n各位代表：\\n")
    '2020年某某州政府工作报告'
    >>> find_title("下载\\n全屏\\n【字号：\\n】\\n2031年雪岭州政府工作报告\\n来源：雪岭日报\\n")
    '2031年雪岭州政府工作报告'
    """
    located = locate_title(text)
    if located:
        return located[2]
    parts: list[str] = []
    for _, stripped in _content_lines(text, limit=10):
        if stripped.startswith("——") or stripped.endswith("：") or len(parts) >= 3:
            break
        parts.append(stripped)
        if "报告" in "".join(parts):
            break
    return "".join(parts)


def find_date_line(text: str) -> str | None:
    """The date line under the title: it names the congress (人民代表大会) or opens with a dash.

    >>> find_date_line("雪岭州政府工作报告\\n2031年1月5日在雪岭州第三届人民代表大会第四次会议上\\n")
    '2031年1月5日在雪岭州第三届人民代表大会第四次会议上'
    """
    lines = _content_lines(text)
    located = locate_title(text)
    k = 0
    if located:
        k = next((i for i, (start, _) in enumerate(lines) if start == located[0]), -located[1]) + located[1]
    for _, line in lines[k:k + 4]:
        if _is_salutation(line):
            break
        if _DATE_DASH.match(line) or (any(w in line for w in frame_words("assembly")) and _YEAR.search(line)):
            return line
    return None


def find_report_year(text: str) -> int | None:
    """The year the report is delivered in: from the title, else the date line.

    >>> find_report_year("2020年某某州政府工作报告\\n")
    2020
    >>> find_report_year("政府工作报告\\n——2019年3月4日在某区人民代表大会上\\n")
    2019
    """
    for line in (find_title(text), find_date_line(text)):
        match = _YEAR.search(line or "")
        if match:
            return int(match.group(1))
    return None


def find_report_jurisdiction(text: str) -> Jurisdiction | None:
    """The division the report speaks for, named in its title or, failing that, its date line.

    >>> find_report_jurisdiction("政府工作报告\\n——2019年3月4日在呼伦贝尔市海拉尔区人民代表大会上\\n").code
    '150702'
    """
    from .jurisdiction import find_jurisdiction

    return find_jurisdiction(find_title(text), find_date_line(text) or "")


def body_range(text: str) -> tuple[int, int]:
    """The character interval of the report proper: from its title line (or the first line
    that is not web boilerplate) to the portal's trailer (相关报道：) or the end.

    >>> text = "下载\\n打印\\n雪岭州政府工作报告\\n正文。\\n相关报道：\\n别的新闻\\n"
    >>> s, e = body_range(text); text[s:e]
    '雪岭州政府工作报告\\n正文。\\n'
    """
    located = locate_title(text)
    lines = _content_lines(text, limit=1)
    start = located[0] if located else (lines[0][0] if lines else 0)
    end = len(text)
    for line_start, line in _lines(text):
        if line_start >= start and is_trailer_line(line):
            end = line_start
            break
    return start, end
