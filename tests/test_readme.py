"""The README's Python examples run: every ``pycon`` block is a doctest, run from a directory that
holds the repository's reports, as a reader would run it from the repository."""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def pycon_blocks(text: str) -> list[str]:
    """The bodies of the ```pycon blocks of a Markdown text.

    >>> pycon_blocks("a\\n```pycon\\n>>> 1 + 1\\n2\\n```\\nb")
    ['>>> 1 + 1\\n2\\n']
    """
    return re.findall(r"^```pycon\n(.*?)^```", text, flags=re.S | re.M)


def test_the_readme_has_python_examples():
    assert len(pycon_blocks(README.read_text(encoding="utf-8"))) >= 1


@pytest.mark.parametrize("number", range(len(pycon_blocks(README.read_text(encoding="utf-8")))))
def test_readme_python_example_runs(number, tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    shutil.copytree(ROOT / "data" / "reports", tmp_path / "data" / "reports")
    monkeypatch.chdir(tmp_path)
    block = pycon_blocks(README.read_text(encoding="utf-8"))[number]
    test = doctest.DocTestParser().get_doctest(block, {}, f"README.md block {number}", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
