"""The facts extraction yields: plain frozen dataclasses, each with its source interval.

Offsets are character offsets into ``Report.text`` (end exclusive), so
``report.text[m.start:m.end] == m.surface`` for every mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Candidate", "Mention", "Entity", "Relation", "Observation", "StatusStatement"]

CORE_CLASSES = ("Place", "Project", "Enterprise", "Organization", "Program", "Plan", "Event")

# The core class of every specific class the extraction assigns.
CORE_CLASS_OF = {
    "Place": "Place", "AdministrativeDivision": "Place", "Province": "Place", "Prefecture": "Place",
    "CountyLevelDivision": "Place", "Town": "Place", "Locality": "Place", "NaturalPlace": "Place",
    "Basin": "Place", "Mountain": "Place", "Lake": "Place", "SaltLake": "Place", "River": "Place",
    "Region": "Place", "ScenicArea": "Place", "ProtectedArea": "Place", "Country": "Place",
    "Project": "Project", "Railway": "Project", "Road": "Project", "Airport": "Project", "Port": "Project",
    "IndustrialPark": "Project", "LogisticsPark": "Project", "IndustrialProject": "Project",
    "EnergyProject": "Project", "DigitalPlatform": "Project", "EcologicalProject": "Project",
    "PublicServiceFacility": "Project",
    "Enterprise": "Enterprise", "Organization": "Organization",
    "Program": "Program", "Plan": "Plan", "Event": "Event",
}

# The classes of an institution a jurisdiction runs, which its level word alone may name
# (区医院, 省博物馆: the district's hospital, the province's museum).
INSTITUTION_CLASSES = frozenset({"Organization", "PublicServiceFacility"})


@dataclass(frozen=True, order=True)
class Candidate:
    """A typed name found by one rule, before resolution.

    ``name`` is the name the span stands for when it differs from the text
    (the first item of 西海至察汗诺、涩北至察尔汗等公路 stands for 西海至察汗诺公路).
    """

    start: int
    end: int
    label: str
    rule: str
    name: str = ""
    code: str = ""


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in a sentence."""

    report_id: str
    sentence_index: int
    start: int
    end: int
    surface: str
    label: str
    rule: str
    name: str
    code: str = ""


@dataclass
class Entity:
    """One real thing: its key, class, preferred label, other labels and mentions."""

    key: str
    label: str
    cls: str
    code: str = ""
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def core_class(self) -> str:
        return CORE_CLASS_OF[self.cls]


@dataclass(frozen=True)
class Relation:
    """A typed link between two entities, stated in one sentence."""

    subject: str
    predicate: str
    object: str
    report_id: str
    sentence_index: int
    rule: str


@dataclass(frozen=True)
class Observation:
    """A number the report gives, with what it measures and where it came from."""

    indicator: str
    indicator_label: str
    year: int | None
    value: str
    unit: str
    measure: str
    status: str
    qualifier: str
    report_id: str
    sentence_index: int
    start: int
    end: int
    source_text: str
    subject: str = ""
    place: str = ""


@dataclass(frozen=True)
class StatusStatement:
    """A project's status in a year (completed in 2019, under construction in 2020)."""

    subject: str
    status: str
    year: int | None
    report_id: str
    sentence_index: int
    verb: str
