"""Read report files: detect the encoding, normalise line ends, find title and year.

Chinese government files arrive as UTF-8 (with or without BOM) or GB18030/GBK,
often with CRLF line ends.  Character offsets everywhere in the graph refer to
``Report.text``: the decoded text with line ends normalised to ``\\n``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import ReportError

__all__ = ["Report", "decode_report", "read_report", "MAX_REPORT_BYTES"]

MAX_REPORT_BYTES = 20 * 1024 * 1024
_YEAR = re.compile(r"((?:19|20)\d{2})年")


@dataclass(frozen=True)
class Report:
    """One decoded report.

    ``report_id`` is the file stem (``haixi-2020``); ``year`` is the year the
    report is delivered in, read from its own title or date line.
    """

    report_id: str
    path: str
    text: str
    encoding: str
    title: str
    year: int | None


def decode_report(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)``.

    Tries UTF-8 with BOM, UTF-8, then GB18030 (a superset of GBK and GB2312).
    Raises ReportError for empty, binary or undecodable input.
    """
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = find_title(text)
    return Report(
        report_id=report_id_for(path),
        path=str(path),
        text=text,
        encoding=encoding,
        title=title,
        year=find_report_year(text),
    )


def report_id_for(path: Path) -> str:
    """The report's identifier: its file name without encoding and text suffixes."""
    stem = path.name
    for suffix in (".txt", ".gb18030", ".gbk", ".utf8", ".utf-8"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "report"


def find_title(text: str) -> str:
    """The title: the first non-empty lines before the salutation, joined.

    >>> find_title("2020年某某州政府工作报告\\n各位代表：\\n")
    '2020年某某州政府工作报告'
    """
    parts: list[str] = []
    for line in text.split("\n"):
        stripped = "".join(line.split())
        if not stripped:
            continue
        if stripped.startswith("——") or stripped.endswith("：") or len(parts) >= 3:
            break
        parts.append(stripped)
        if "报告" in "".join(parts):
            break
    return "".join(parts)


def find_report_year(text: str) -> int | None:
    """The year the report is delivered in: from the title, else the date line.

    >>> find_report_year("2020年某某州政府工作报告\\n")
    2020
    >>> find_report_year("政府工作报告\\n——2019年3月4日在某区人民代表大会上\\n")
    2019
    """
    head = text[:600]
    for line in head.split("\n"):
        if "报告" in line or line.strip().startswith("——"):
            match = _YEAR.search(line)
            if match:
                return int(match.group(1))
    return None
