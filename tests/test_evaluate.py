"""kg evaluate: scoring a graph against a hand-annotated list, as a user runs it."""

import json

import pytest

from conftest import GENRE_HEADER, run_kg
from kg.errors import KGError
from kg.evaluate import AnnotatedEntry, ExtractedEntity, annotated_report_file, normalise, read_annotations, score

REPORT = GENRE_HEADER + "加快阿勒泰物流园建设，推进阿勒泰至青溪公路前期工作，深化“放管服”改革。\n"

ANNOTATIONS = (
    "# 2022年雪岭州政府工作报告 (snow.txt); invented for the test\n"
    "Project\t1\t阿勒泰物流园\n"
    "Project\t1\t阿勒泰至青溪公路\n"
    "Program\t1\t放管服\t“放管服”改革\n"
    "Event\t1\t第一届雪岭论坛\n"
    "Place\t0\t阿勒泰\n"
)


def test_scores_count_required_matches_and_admissible_classes():
    entries = [AnnotatedEntry(("Project",), True, "甲物流园"), AnnotatedEntry(("Place", "Project"), False, "乙湖"),
               AnnotatedEntry(("Program",), True, "丙行动", ("“丙”行动",))]
    extracted = [ExtractedEntity("甲物流园", "Project"), ExtractedEntity("乙湖", "Place"),
                 ExtractedEntity("“丙”行动", "Program"), ExtractedEntity("丁中心", "Project"),
                 ExtractedEntity("甲物流园", "Place")]  # right name, wrong class: unmatched
    s = score(entries, extracted)
    assert (s.found, s.required, s.matched, s.extracted) == (2, 2, 3, 5)
    assert [e.label for e in s.unmatched] == ["甲物流园", "丁中心"]
    assert s.by_class == {"Project": (1, 1), "Program": (1, 1)}


def test_a_malformed_line_is_named(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("Project\t1\t甲\nVillage\t1\t乙\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"bad.tsv:2: unknown class 'Village'"):
        read_annotations(path)


def test_kg_evaluate_scores_a_built_graph(tmp_path):
    report, annotations, graph = tmp_path / "snow.txt", tmp_path / "snow.tsv", tmp_path / "snow.ttl"
    report.write_text(REPORT, encoding="utf-8")
    annotations.write_text(ANNOTATIONS, encoding="utf-8")
    built = run_kg("build", "--input", report, "--output", graph, timeout=300)
    assert built.returncode == 0, built.stderr
    assert annotated_report_file(annotations) == "snow.txt"
    result = run_kg("evaluate", annotations, "--graph", graph, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["required"], data["found"]) == (4, 3)
    assert [m["label"] for m in data["misses"]] == ["第一届雪岭论坛"]
    matched = {e["label"] for e in data["unmatched"]}
    assert data["matched"] == data["extracted"] - len(matched)
    table = run_kg("evaluate", annotations, "--graph", graph)
    assert table.stdout.startswith("snow: required recall 0.75 (3/4)")


def test_every_invented_list_names_only_what_its_report_writes():
    """The invented reports of ``benchmarks/invented`` (written for testing, annotated by hand
    from their own text): each list beside its report, and every label and alias in the text."""
    from pathlib import Path

    invented = Path(__file__).resolve().parent.parent / "benchmarks" / "invented"
    lists = sorted(invented.glob("*.tsv"))
    assert len(lists) == 94
    for tsv in lists:
        text = normalise(tsv.with_suffix(".txt").read_text(encoding="utf-8"))
        missing = [n for entry in read_annotations(tsv) for n in entry.names if normalise(n) not in text]
        assert missing == [], (tsv.name, missing)
