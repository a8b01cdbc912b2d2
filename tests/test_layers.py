"""Imports run one way: a module imports only modules of its own layer or of the layers below.

The layers, lowest first, follow the flow of the data (``str → Doc → facts → Graph → views``):
the foundation (errors, data files, the ontology's terms, the fact types), reference data,
reading, tagging, extraction, resolution, relations and numbers, RDF, validation, the uses of
the graph (queries, serving, views, exports, the build), the Python API, the command line.
Language data and reference data sit below reading because reading a report already needs them
(the jurisdiction of its title, its section keywords): data, not steps.

Imports inside functions count too: they run when the function does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("foundation", frozenset({"errors", "resources", "io", "prefixes", "formats", "namespace", "identifiers",
                              "facts", "lexicon", "phrases", "registry"})),
    ("reference data", frozenset({"reference", "jurisdiction"})),
    ("reading", frozenset({"reading", "structure", "corpus"})),
    ("tagging", frozenset({"tagger", "spans"})),
    ("extraction", frozenset({"pipeline", "rules", "gazetteer"})),
    ("extract and resolve", frozenset({"extract", "resolve", "runner"})),
    ("relations and numbers", frozenset({"relations", "numbers"})),
    ("rdf", frozenset({"rdf", "serialize"})),
    ("validate", frozenset({"validate"})),
    ("uses of the graph", frozenset({"query", "serve", "push", "analytics", "timeline", "view", "report_view",
                                     "exports", "cypher", "kuzu_loader", "remote", "evaluate", "parts", "build"})),
    ("python api", frozenset({"api"})),
    ("entry points", frozenset({"cli", "__main__", "__init__"})),
)
LAYER_OF = {module: rank for rank, (_, modules) in enumerate(LAYERS) for module in modules}

# Backward imports known today, in modules whose owners are changing them; each entry must still
# be there (a fixed one is removed from this list), and no other may appear.
KNOWN_BACKWARD: frozenset[tuple[str, str]] = frozenset()

# After extraction, the steps work on facts, not on spaCy documents: a module of the layers from
# relations and numbers up imports no module of tagging or extraction, except the ones that run the
# extraction (the build, the API over it and the entry points).
RUNS_EXTRACTION = frozenset({"build", "api", "cli", "__main__", "__init__"})
SPACY_SIDE = frozenset(LAYERS[3][1] | LAYERS[4][1])
KNOWN_FACTS_ONLY_BREACHES: frozenset[tuple[str, str]] = frozenset()

# Modules that answer questions about a built graph: `kg query`, `kg serve`, `kg push`
# must not load spaCy or the extraction code.
QUERY_SIDE = ("query", "serve", "push", "namespace", "prefixes", "formats", "resources", "io")
EXTRACTION = frozenset(LAYERS[3][1] | LAYERS[4][1] | LAYERS[5][1])


def package_imports(path: Path) -> set[str]:
    """The ``kg`` modules a source file imports (relative or absolute, anywhere in the file).

    >>> sorted(package_imports(KG / "query.py")) == sorted({"errors", "io", "prefixes", "resources"})
    True
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1:
                found.update([module.split(".")[0]] if module else [a.name for a in node.names])
            elif node.level == 0 and (module == "kg" or module.startswith("kg.")):
                found.update([module.split(".")[1]] if "." in module else [a.name for a in node.names])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("kg."))
    return found


def third_party_imports(path: Path) -> set[str]:
    """Top-level names of the absolute imports of a source file (``spacy``, ``rdflib`` …)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
    return found


def modules() -> list[str]:
    return sorted(p.stem for p in KG.glob("*.py"))


def import_graph() -> dict[str, set[str]]:
    return {m: package_imports(KG / f"{m}.py") for m in modules()}


def backward_imports() -> set[tuple[str, str]]:
    """(importer, imported) pairs where a module imports one of a higher layer."""
    return {(m, dep) for m, deps in import_graph().items() for dep in deps
            if dep in LAYER_OF and m in LAYER_OF and LAYER_OF[dep] > LAYER_OF[m]}


def closure(start: str, graph: dict[str, set[str]]) -> set[str]:
    """Every kg module that importing ``start`` (and running its functions) may load."""
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph.get(module, ()))
    return seen


def test_every_module_has_a_layer():
    assert [m for m in modules() if m not in LAYER_OF] == []


def test_every_layered_module_exists():
    assert sorted(set(LAYER_OF) - set(modules()) - {"registry", "api"}) == []


def test_no_import_runs_against_the_layers():
    unexpected = backward_imports() - KNOWN_BACKWARD
    explained = [f"{m} ({LAYERS[LAYER_OF[m]][0]}) imports {d} ({LAYERS[LAYER_OF[d]][0]})" for m, d in sorted(unexpected)]
    assert explained == []


def test_known_backward_imports_are_still_there():
    """A fixed backward import leaves the list, so the list never hides a new one."""
    assert sorted(KNOWN_BACKWARD - backward_imports()) == []


def test_package_imports_reads_relative_absolute_and_late_imports(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text("from .errors import KGError\nfrom kg.rdf import to_graph\nimport kg.query\n"
                      "from . import resources\n\ndef f():\n    from .pipeline import parse\n", encoding="utf-8")
    assert package_imports(source) == {"errors", "rdf", "query", "resources", "pipeline"}


def test_a_backward_import_is_found():
    graph = {"facts": {"rdf"}, "rdf": {"facts"}}
    assert {(m, d) for m, deps in graph.items() for d in deps if LAYER_OF[d] > LAYER_OF[m]} == {("facts", "rdf")}


@pytest.mark.parametrize("module", QUERY_SIDE)
def test_the_query_side_loads_no_extraction(module):
    graph = import_graph()
    reached = closure(module, graph)
    assert sorted(reached & EXTRACTION) == []
    assert sorted(m for m in reached if "spacy" in third_party_imports(KG / f"{m}.py")) == []


def facts_only_breaches() -> set[tuple[str, str]]:
    """(importer, imported) pairs where a step after extraction imports tagging or extraction."""
    after = {m for m, rank in LAYER_OF.items() if rank >= LAYER_OF["relations"]} - RUNS_EXTRACTION
    return {(m, d) for m, deps in import_graph().items() if m in after for d in deps if d in SPACY_SIDE}


def test_steps_after_extraction_import_facts_not_the_pipeline():
    assert sorted(facts_only_breaches() - KNOWN_FACTS_ONLY_BREACHES) == []


def test_known_facts_only_breaches_are_still_there():
    assert sorted(KNOWN_FACTS_ONLY_BREACHES - facts_only_breaches()) == []
