"""The pipeline's components as spaCy factories: each runs alone on spacy.blank("zh"),
writes its own span group, and the whole pipeline is assembled from kg/config.cfg."""

import pytest
import spacy

from kg.pipeline import make_nlp
from kg.reading import report_from_text
from kg.rules import NAME_RULES, RULE_PRIORITY, declare_rule

HEADER = "2031年雪岭州政府工作报告\n二、2031年工作安排\n"


def _blank_with(*pipes: tuple[str, dict]):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name, config in pipes:
        nlp.add_pipe(name, config=config)
    return nlp


def _run(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.report = report_from_text("t", "<t>", text)
    return nlp(doc)


def test_the_pipeline_is_assembled_from_the_config():
    assert make_nlp().pipe_names == ["haixi_sentences", "haixi_tagger", "haixi_gazetteer", "haixi_name_rules",
                                     "haixi_propagate", "haixi_leads", "haixi_spans"]


def test_the_gazetteer_alone_writes_its_own_group():
    nlp = _blank_with(("haixi_sentences", {}), ("haixi_tagger", {}), ("haixi_gazetteer", {"span_key": "places"}))
    doc = _run(nlp, HEADER + "推进南京、杭州两市合作。")
    assert list(doc.spans) == ["places"]
    found = {(s.text, s.label_, s.kb_id_, s.id_) for s in doc.spans["places"]}
    assert ("南京", "Prefecture", "320100", "gazetteer") in found
    assert ("杭州", "Prefecture", "330100", "gazetteer") in found


def test_name_rules_run_only_the_rules_their_config_names():
    nlp = _blank_with(("haixi_sentences", {}), ("haixi_tagger", {}), ("haixi_name_rules", {"rules": ["routes"]}))
    doc = _run(nlp, HEADER + "加快白石至青溪公路建设，推进雪岭州白河物流园建设。")
    assert {s.id_ for s in doc.spans["rules"]} <= {"routes", "route_ends"}
    assert "白石至青溪公路" in {s.text for s in doc.spans["rules"]}
    assert "雪岭州白河物流园" not in {s.text for s in doc.spans["rules"]}


def test_spans_keep_their_characters_when_a_later_group_splits_tokens():
    doc = _run(make_nlp(), HEADER + "加快白石至青溪公路建设。")
    for key, group in doc.spans.items():
        for span in group:
            assert doc.text[span.start_char:span.end_char] == span.text, key


def test_the_spans_filter_is_a_registered_function():
    spans_filter = spacy.registry.misc.get("haixi.select_spans.v1")()
    from kg.facts import Candidate

    kept = spans_filter([Candidate(0, 4, "Program", "quoted_names"), Candidate(0, 4, "Place", "tagged_names")],
                        "两个确立")
    assert kept == []  # a political formula is no entity, whatever found it
    kept = spans_filter([Candidate(0, 4, "Program", "quoted_names"), Candidate(0, 4, "Place", "tagged_names")],
                        "雪峰行动")
    assert [(c.label, c.rule) for c in kept] == [("Program", "quoted_names")]


def test_every_rule_has_one_priority():
    assert set(NAME_RULES) <= set(RULE_PRIORITY)
    assert {"gazetteer", "propagated", "leads", "route_ends"} <= set(RULE_PRIORITY)
    with pytest.raises(ValueError):
        declare_rule("gazetteer", RULE_PRIORITY["gazetteer"] + 1)
