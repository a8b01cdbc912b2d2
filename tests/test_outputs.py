"""What a command may replace: only its own files.  A directory given for a file, a device or a
pipe, another build's pages and files that are not the export's are never replaced; each refusal
is one line."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import build_outputs
from kg.errors import OutputError

from conftest import HAIXI, ROOT, run_kg


@pytest.fixture(scope="module")
def graph_file(haixi_graph_file):
    return haixi_graph_file


def one_line_error(result, text: str) -> None:
    assert result.returncode == 1, result.stdout
    assert result.stderr == f"error: {text}\n"


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_directory_given_for_a_file_is_a_one_line_error(graph_file, tmp_path, force):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = run_kg("export", "turtle", "-o", tmp_path, "--graph", graph_file, *force)
    one_line_error(result, f"{tmp_path}: is a directory; give the name of a file")
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_force_never_replaces_a_device_or_a_pipe(graph_file, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = run_kg("export", "ntriples", "-o", pipe, "--force", "--graph", graph_file)
    one_line_error(result, f"{pipe}: is not a regular file; refusing to replace it")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_force_replaces_only_the_exports_own_files_in_a_directory(graph_file, tmp_path):
    directory = tmp_path / "neo4j"
    directory.mkdir()
    (directory / "notes.md").write_text("my notes", encoding="utf-8")
    refused = run_kg("export", "neo4j-csv", "-o", directory, "--graph", graph_file)
    one_line_error(refused, f"{directory}: exists; pass --force to replace it")
    done = run_kg("export", "neo4j-csv", "-o", directory, "--force", "--graph", graph_file)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in directory.iterdir()) == ["import.sh", "nodes.csv", "notes.md", "relationships.csv"]
    assert (directory / "notes.md").read_text(encoding="utf-8") == "my notes"
    assert (directory / "nodes.csv").read_text(encoding="utf-8").startswith("iri:ID,")


def test_a_directory_export_over_a_file_is_refused(graph_file, tmp_path):
    target = tmp_path / "neo4j"
    target.write_text("a file", encoding="utf-8")
    result = run_kg("export", "neo4j-csv", "-o", target, "--force", "--graph", graph_file)
    one_line_error(result, f"{target}: exists and is not a directory; refusing to replace it")
    assert target.read_text(encoding="utf-8") == "a file"


def build(*args):
    return subprocess.run([sys.executable, str(ROOT / "build_graph.py"), "--input", str(HAIXI), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_build_output_that_is_a_directory_is_a_one_line_error(tmp_path):
    one_line_error(build("--output", tmp_path), f"{tmp_path}: is a directory; give the name of a file")


def test_build_output_named_like_a_page_is_refused(tmp_path):
    page = tmp_path / "view.html"
    one_line_error(build("--output", page),
                   f"{page}: the graph ({page}) and the graph view would be one file; choose another --output")


def test_two_builds_in_one_directory_write_different_pages(tmp_path):
    main = build_outputs(tmp_path / "haixi.ttl")
    other = build_outputs(tmp_path / "other.ttl")
    assert [p.name for p in main.values()] == ["haixi.ttl", "haixi.trig", "haixi.html", "report.html",
                                              "build-report.json"]
    assert [p.name for p in other.values()] == ["other.ttl", "other.trig", "other.html", "other-report.html",
                                               "other-build-report.json"]


@pytest.mark.parametrize("output, build_report, message", [
    ("g.trig", None, "the graph (g.trig) and the named graphs would be one file"),
    ("haixi.ttl", "haixi.html", "the graph view (haixi.html) and the build report would be one file"),
    ("haixi.ttl", "report.html", "the annotated reports (report.html) and the build report would be one file"),
])
def test_outputs_that_share_a_file_are_refused(output, build_report, message, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError) as info:
        build_outputs(Path(output), build_report and Path(build_report))
    assert str(info.value) == f"{output}: {message}; choose another --output"
