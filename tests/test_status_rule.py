"""One status per project and sentence, on invented report sentences."""

from rdflib import RDF

from conftest import extract_invented
from kg.namespace import HX
from kg.rdf import to_graph
from kg.validate import validate

PLAN = "二、2022年工作安排\n"


def _statuses(corpus):
    label = {e.key: e.label for e in corpus.entities}
    return sorted((label[s.subject], s.status, s.year, s.verb) for s in corpus.statuses)


def test_project_named_twice_with_two_status_words_gets_one_status():
    corpus = extract_invented(PLAN + "加快建设3个阿勒泰光伏基地，争取再开工2个阿勒泰光伏基地。\n")
    # 开工 lies nearer to the second mention than 加快建设 to the first.
    assert _statuses(corpus) == [("阿勒泰光伏基地", "Planned", 2022, "开工")]
    graph = to_graph(corpus)
    nodes = list(graph.subjects(RDF.type, HX.StatusStatement))
    assert len(nodes) == 1 and list(graph.objects(nodes[0], HX.status)) == [HX.Planned]
    assert validate(graph)[0] is True


def test_two_projects_in_one_sentence_keep_their_own_status():
    corpus = extract_invented(PLAN + "加快建设白河物流园，争取新建青松物流园。\n")
    assert _statuses(corpus) == [("白河物流园", "UnderConstruction", 2022, "加快建设"),
                                 ("青松物流园", "Planned", 2022, "新建")]


def test_a_longer_status_word_wins_over_the_word_inside_it():
    corpus = extract_invented(PLAN + "开工建设青松物流园。\n")
    # 建设 alone would say UnderConstruction; 开工建设 says the work has yet to start.
    assert _statuses(corpus) == [("青松物流园", "Planned", 2022, "开工建设")]


def test_a_project_without_a_status_word_gets_no_status():
    corpus = extract_invented(PLAN + "白河物流园位于松岭以北。\n")
    assert "白河物流园" in {e.label for e in corpus.entities}
    assert _statuses(corpus) == []
