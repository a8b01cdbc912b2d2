"""Time across reports, on the extracted corpus (no RDF needed): an entity's timeline,
a project's status year by year, an indicator's series per place, and each target
paired with the actual a later report gives for the same year.

The same questions are in the query library (``13_entity_timeline``,
``15_project_status_sequence``, ``18_indicator_series``, ``14_targets_met_across_reports``);
these functions answer them in Python, for the views and for scripts.  Every item carries
the report and sentence index it was read from.

A number without a place of its own belongs to the report's jurisdiction (``national`` for
the national report).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .facts import Observation

if TYPE_CHECKING:
    from .rdf import Corpus

__all__ = ["TimelineEntry", "TargetResult", "entity_timeline", "status_sequence", "indicator_series",
           "targets_and_results", "observation_place"]


@dataclass(frozen=True)
class TimelineEntry:
    """One sentence that names an entity: the report's year and jurisdiction, the year the
    sentence speaks of, the status it gives (or ``""``) and the sentence."""

    report_year: int | None
    jurisdiction: str
    report_id: str
    sentence_index: int
    year: int | None
    status: str
    sentence: str


@dataclass(frozen=True)
class TargetResult:
    """A target of one report beside the actual a later report gives for the same year."""

    place: str
    indicator: str
    measure: str
    year: int
    target: Observation
    actual: Observation

    @property
    def met(self) -> bool:
        """A decline (a negative target) or an upper bound is met by staying at or under it,
        anything else by reaching it."""
        target, actual = Decimal(self.target.value), Decimal(self.actual.value)
        if self.target.qualifier == "AtMost" or target < 0:
            return actual <= target
        return actual >= target


def _reports(corpus: Corpus) -> dict:
    return {r.report_id: r for r in corpus.reports}


def _jurisdiction(report) -> str:
    return report.jurisdiction_code or "national"


def entity_timeline(corpus: Corpus, key: str) -> list[TimelineEntry]:
    """Every sentence naming the entity with this key, by report year, report and sentence."""
    entity = next(e for e in corpus.entities if e.key == key)
    reports = _reports(corpus)
    status = {(s.report_id, s.sentence_index): s.status for s in corpus.statuses if s.subject == key}
    seen = sorted({(m.report_id, m.sentence_index) for m in entity.mentions},
                  key=lambda rs: (reports[rs[0]].year or 0, rs[0], rs[1]))
    result = []
    for report_id, index in seen:
        sentence = corpus.sentences[report_id][index]
        report = reports[report_id]
        result.append(TimelineEntry(report.year, _jurisdiction(report), report_id, index, sentence.year,
                                    status.get((report_id, index), ""), sentence.text))
    return result


def status_sequence(corpus: Corpus, key: str) -> list[tuple[int | None, int | None, str, str, int]]:
    """A project's statuses across reports: (report year, year, status, report id, sentence
    index), in report order."""
    reports = _reports(corpus)
    found = [s for s in corpus.statuses if s.subject == key]
    found.sort(key=lambda s: (reports[s.report_id].year or 0, s.report_id, s.sentence_index))
    return [(reports[s.report_id].year, s.year, s.status, s.report_id, s.sentence_index) for s in found]


def observation_place(corpus: Corpus, obs: Observation) -> str:
    """The place a number is about: its own place, else the report's jurisdiction."""
    if obs.place:
        return obs.place
    report = _reports(corpus)[obs.report_id]
    return f"division:{report.jurisdiction_code}" if report.jurisdiction_code else "national"


def indicator_series(corpus: Corpus, indicator: str) -> dict[str, list[Observation]]:
    """Place key -> the indicator's observations about it, by year then report (numbers about
    a named thing, such as a plant's capacity, left out)."""
    reports = _reports(corpus)
    series: dict[str, list[Observation]] = {}
    for obs in corpus.observations:
        if obs.indicator == indicator and not obs.subject and obs.year is not None:
            series.setdefault(observation_place(corpus, obs), []).append(obs)
    for values in series.values():
        values.sort(key=lambda o: (o.year, reports[o.report_id].year or 0, o.report_id, o.start))
    return dict(sorted(series.items()))


def targets_and_results(corpus: Corpus) -> list[TargetResult]:
    """Each target paired with every actual of the same indicator, measure, unit, place and
    year that a later report gives."""
    reports = _reports(corpus)
    actuals: dict[tuple, list[Observation]] = {}
    for obs in corpus.observations:
        if obs.status == "Actual" and not obs.subject and obs.year is not None:
            key = (observation_place(corpus, obs), obs.indicator, obs.measure, obs.unit, obs.year)
            actuals.setdefault(key, []).append(obs)
    pairs = []
    for target in corpus.observations:
        if target.status != "Target" or target.subject or target.year is None:
            continue
        place = observation_place(corpus, target)
        for actual in actuals.get((place, target.indicator, target.measure, target.unit, target.year), []):
            if (reports[actual.report_id].year or 0) > (reports[target.report_id].year or 0):
                pairs.append(TargetResult(place, target.indicator, target.measure, target.year, target, actual))
    return sorted(pairs, key=lambda p: (p.place, p.year, p.indicator, p.measure, p.target.report_id,
                                        p.target.start, p.actual.report_id, p.actual.start))
