"""Shared fixtures: the real report's build is made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAIXI = ROOT / "data" / "reports" / "haixi-2020.txt"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def haixi_build():
    from kg.build import build

    return build([HAIXI])


@pytest.fixture(scope="session")
def haixi_entities(haixi_build):
    """label -> entity, for the real report."""
    return {e.label: e for e in haixi_build.corpus.entities}


@pytest.fixture(scope="session")
def haixi_report():
    from kg.reading import read_report

    return read_report(HAIXI)


@pytest.fixture(scope="session")
def haixi_graph_file(haixi_build, tmp_path_factory):
    """The real report's graph as a Turtle file, as build_graph.py writes it."""
    from kg.rdf import to_graph

    path = tmp_path_factory.mktemp("graph") / "haixi.ttl"
    path.write_text(to_graph(haixi_build.corpus).serialize(format="turtle"), encoding="utf-8")
    return path


def run_kg(*args, timeout: int = 120):
    """Run the kg command line in a subprocess, as a user would."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)


GENRE_HEADER = "2022年雪岭州政府工作报告\n各位代表：\n一、2021年工作回顾\n"


def extract_invented(text: str, header: str = GENRE_HEADER):
    """Extract a short report-like text with invented names, headed like a real report."""
    from kg.build import extract_corpus
    from kg.reading import report_from_text

    return extract_corpus([report_from_text("genre", "<genre>", header + text)])


def write_invented_reports(folder: Path, bodies: dict[str, str]) -> list[Path]:
    """Invented reports, one file a name (``snowridge-2021.txt``), each headed like a real report
    of the year in its name; the paths in name order."""
    for name, body in bodies.items():
        (folder / name).write_text(GENRE_HEADER.replace("2022", name[10:14]) + body, encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def free_port() -> int:
    """A TCP port free on loopback now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

