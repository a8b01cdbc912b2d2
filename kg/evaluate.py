"""Score extracted entities against a hand-annotated list of a report's named things.

An annotated list (``annotations/<report>.tsv``, see ``ANNOTATION.md`` in the corpus)
has one entry a line: the admissible core classes (``Place|Project``), whether the
entry is required (``1``) or only acceptable (``0``), the label and its aliases.

*Required recall* is the share of required entries that some extracted entity of an
admissible class matches by label or alias; *precision* is the share of extracted
entities of the seven core classes that match any entry.  Names are compared after
dropping quotes, brackets and white space, so “放管服” and 放管服 are one name.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import KGError
from .facts import CORE_CLASSES

__all__ = ["AnnotatedEntry", "ExtractedEntity", "Score", "read_annotations", "score",
           "entities_of_graph", "format_score", "normalise"]

_IGNORED = re.compile(r"[\s“”\"'《》「」『』]")


def normalise(name: str) -> str:
    """The form names are compared in: no quotes, title marks or white space.

    >>> normalise("“放管服”改革"), normalise("《浙江省 规划》")
    ('放管服改革', '浙江省规划')
    """
    return _IGNORED.sub("", name)


@dataclass(frozen=True)
class AnnotatedEntry:
    """One line of an annotated list."""

    classes: tuple[str, ...]
    required: bool
    label: str
    aliases: tuple[str, ...] = ()
    line: int = 0

    @property
    def names(self) -> set[str]:
        return {normalise(n) for n in (self.label, *self.aliases) if n}


@dataclass(frozen=True)
class ExtractedEntity:
    """What the evaluation needs of an extracted entity: its names and core class."""

    label: str
    core_class: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> set[str]:
        return {normalise(n) for n in (self.label, *self.aliases) if n}


@dataclass
class Score:
    """Recall on required entries, precision of extracted entities, and their details."""

    required: int
    found: int
    extracted: int
    matched: int
    by_class: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[AnnotatedEntry] = field(default_factory=list)
    unmatched: list[ExtractedEntity] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    def to_json(self) -> str:
        data = {
            "required": self.required, "found": self.found, "recall": round(self.recall, 4),
            "extracted": self.extracted, "matched": self.matched, "precision": round(self.precision, 4),
            "by_class": {c: {"required": r, "found": f, "recall": round(f / r, 4) if r else None}
                         for c, (r, f) in self.by_class.items()},
            "misses": [asdict(e) for e in self.misses],
            "unmatched": [asdict(e) for e in self.unmatched],
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def read_annotations(path: str | Path) -> list[AnnotatedEntry]:
    """Parse an annotated list; raises KGError naming the line of a malformed entry."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(f"{path}: cannot read the annotated list ({e})") from e
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 3:
            raise KGError(f"{path}:{number}: expected types, required, label (tab-separated)")
        classes = tuple(c.strip() for c in cells[0].split("|"))
        unknown = [c for c in classes if c not in CORE_CLASSES]
        if unknown or cells[1].strip() not in ("0", "1"):
            raise KGError(f"{path}:{number}: unknown class {unknown[0]!r}" if unknown
                          else f"{path}:{number}: 'required' must be 0 or 1")
        aliases = tuple(a.strip() for a in cells[3].split("|") if a.strip()) if len(cells) > 3 else ()
        entries.append(AnnotatedEntry(classes, cells[1].strip() == "1", cells[2].strip(), aliases, number))
    return entries


def score(entries: Iterable[AnnotatedEntry], extracted: Iterable[ExtractedEntity]) -> Score:
    """Match extracted entities against entries by normalised name and admissible class."""
    entries, extracted = list(entries), list(extracted)
    by_name: dict[tuple[str, str], list[AnnotatedEntry]] = defaultdict(list)
    for entry in entries:
        for name in entry.names:
            for cls in entry.classes:
                by_name[(name, cls)].append(entry)
    hit: set[int] = set()
    unmatched = []
    for entity in extracted:
        matches = {id(e): e for n in entity.names for e in by_name.get((n, entity.core_class), ())}
        if matches:
            hit.update(matches)
        else:
            unmatched.append(entity)
    required = [e for e in entries if e.required]
    by_class = {}
    for cls in CORE_CLASSES:
        of_class = [e for e in required if e.classes[0] == cls]
        if of_class:
            by_class[cls] = (len(of_class), sum(id(e) in hit for e in of_class))
    return Score(
        required=len(required), found=sum(id(e) in hit for e in required),
        extracted=len(extracted), matched=len(extracted) - len(unmatched), by_class=by_class,
        misses=[e for e in required if id(e) not in hit],
        unmatched=sorted(unmatched, key=lambda e: (e.core_class, e.label)),
    )


def entities_of_graph(graph, report: str | None = None) -> list[ExtractedEntity]:
    """The core-class entities of a built graph (those mentioned in ``report``, an id, if given)."""
    from rdflib import RDF, RDFS, Literal
    from rdflib.namespace import DCTERMS, SKOS

    from .namespace import HX

    sentences_of_report = None
    if report is not None:
        reports = set(graph.subjects(DCTERMS.identifier, Literal(report)))
        sentences_of_report = {s for r in reports for s in graph.subjects(HX.inReport, r)}
    result = []
    for cls in CORE_CLASSES:
        for node in sorted(set(graph.subjects(RDF.type, HX[cls]))):
            if sentences_of_report is not None and not any(
                    s in sentences_of_report for s in graph.objects(node, HX.mentionedIn)):
                continue
            label = str(next(iter(sorted(graph.objects(node, RDFS.label))), ""))
            aliases = tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel)))
            result.append(ExtractedEntity(label, cls, aliases))
    return result


def format_score(name: str, s: Score, details: bool = False) -> str:
    """A text table: recall and precision, recall per class, then misses and unmatched."""
    lines = [f"{name}: required recall {s.recall:.2f} ({s.found}/{s.required}), "
             f"precision {s.precision:.2f} ({s.matched}/{s.extracted})"]
    lines.append("  " + ", ".join(f"{c} {f}/{r}" for c, (r, f) in s.by_class.items()))
    if details:
        lines.append("  missed: " + "、".join(e.label for e in s.misses))
        lines.append("  unmatched: " + "、".join(f"{e.label}[{e.core_class}]" for e in s.unmatched))
    return "\n".join(lines)


_REPORT_FILE = re.compile(r"([^\s()（）—]+\.txt)")


def annotated_report_file(path: str | Path) -> str | None:
    """The report file an annotated list names in its opening comment lines, if any.

    The corpus lists open with a line such as
    ``# 2026年某省政府工作报告 (某省2026年政府工作报告.txt); read by hand from the text``.
    """
    for line in Path(path).read_text(encoding="utf-8").splitlines()[:5]:
        if line.startswith("#"):
            match = _REPORT_FILE.search(line)
            if match:
                return match.group(1)
    return None
