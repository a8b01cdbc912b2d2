"""The main job from the command line: output, summary, bad input."""

import json
import os
import subprocess
import sys

import pytest

from conftest import HAIXI, ROOT, TEST_DATA


def run(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, str(ROOT / "build_graph.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300, env=env)


def test_build_writes_turtle_and_prints_a_summary(tmp_path):
    out = tmp_path / "out" / "haixi.ttl"
    result = run("--input", HAIXI, "--output", out)
    assert result.returncode == 0, result.stderr
    assert "haixi-2020: 389 sentences (utf-8)" in result.stdout
    assert "entities: Place" in result.stdout
    assert "shapes: the graph conforms" in result.stdout and "warning" not in result.stderr
    report = json.loads((out.parent / "build-report.json").read_text(encoding="utf-8"))
    assert (report["reports"][0]["id"], report["validated"], report["dropped_count"], report["dropped"]) == (
        "haixi-2020", True, 0, [])
    text = out.read_text(encoding="utf-8")
    assert '"格库铁路"@zh' in text
    assert not list(out.parent.glob(".*.tmp"))
    assert "格库铁路" in (out.parent / "haixi.html").read_text(encoding="utf-8")
    assert 'id="s-haixi-2020-78"' in (out.parent / "report.html").read_text(encoding="utf-8")
    again = tmp_path / "again.ttl"
    assert run("--input", HAIXI, "--output", again, env={**os.environ, "PYTHONHASHSEED": "7"}).returncode == 0
    assert again.read_bytes() == out.read_bytes()
    assert (tmp_path / "again-build-report.json").read_bytes() == (out.parent / "build-report.json").read_bytes()


def test_help_explains_the_options():
    result = run("--help")
    assert result.returncode == 0
    for option in ("--reports", "--input", "--output", "--strict", "--build-report"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "content, message",
    [(b"", "the file is empty"), (b"\x00\x01binary", "the file is binary"),
     (bytes(range(0x80, 0xFF)) * 20, "cannot decode")],
)
def test_bad_input_fails_with_one_line_and_writes_nothing(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "haixi.ttl"
    out.write_text("previous build", encoding="utf-8")
    result = run("--input", bad, "--output", out)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0]
    assert out.read_text(encoding="utf-8") == "previous build"


def test_missing_report_directory(tmp_path):
    result = run("--reports", tmp_path / "none", "--output", tmp_path / "x.ttl")
    assert result.returncode == 1
    assert "no such directory" in result.stderr


def test_other_encodings_build(tmp_path):
    result = run("--input", TEST_DATA / "hailar-2019.gb18030.txt", "--output", tmp_path / "h.ttl")
    assert result.returncode == 0, result.stderr
    assert "hailar-2019: " in result.stdout and "(gb18030)" in result.stdout
