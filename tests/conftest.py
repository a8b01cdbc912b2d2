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
