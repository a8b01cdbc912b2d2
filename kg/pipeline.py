"""The spaCy pipeline: a report's text becomes a ``Doc`` with typed entity spans.

``spacy.blank("zh")`` segments with jieba; the components are spaCy factories,
assembled from ``kg/config.cfg``:

1. ``haixi_sentences``  sentence boundaries and the report's structure,
2. ``haixi_tagger``     the learned tagger's words (:mod:`kg.tagger`),
3. ``haixi_gazetteer``  divisions and geographic features (:mod:`kg.gazetteer`),
4. ``haixi_name_rules`` the naming rules of the genre (:mod:`kg.rules`), then the items
                        of lists that the others named lend their class to,
5. ``haixi_propagate``  every other occurrence of the names found so far, and the
                        phrases the report quotes again and again,
6. ``haixi_leads``      the paragraph leads under a heading that names a program,
7. ``haixi_spans``      one label per interval, no crossing spans, by a registered
                        spans filter; writes ``doc.spans["haixi"]`` and ``doc.ents``.

Each finder (3–6) writes its own span group (:mod:`kg.spans`) and reads only the
groups its config names; ``haixi_spans`` alone decides.
"""

from __future__ import annotations

import gc
import logging
import re
from collections import defaultdict
from dataclasses import replace
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .facts import CORE_CLASS_OF, Candidate
from .gazetteer import home_prefectures, inside_longer_word
from .lexicon import words
from .reading import Report, report_from_text
from .phrases import lead_topic
from .rules import (INTRODUCTION, NAME_RULES, RULE_PRIORITY, SentenceText, counted_before, declare_rule, introduces_short_form,
                    list_siblings, listed_features, repeated_quotes, with_phases, with_whole_divisions, with_wholes_of_parts)
from .spans import annex_test, candidates_of, doc_text, sentence_finder, split_tokens_at, write_candidates
from .structure import NUMERAL_VALUES, Sentence, segment_report
from .tagger import Word, tagger_model, words_in

__all__ = ["SPAN_KEY", "PIECE_CHARS", "RULE_PRIORITY", "make_nlp", "parse", "parse_pieces", "parse_text", "lead_topic", "select_candidates"]

SPAN_KEY = "haixi"
# A report longer than this is parsed in pieces: spaCy refuses a text of more than
# ``nlp.max_length`` (a million) characters, and a Doc's memory grows with its text.  Every
# report of the shared corpus (at most 24,000 characters) is one piece.
PIECE_CHARS = 100_000
FINDER_KEYS = ["gazetteer", "rules", "propagated", "leads"]

declare_rule("propagated", 1)
declare_rule("leads", 3)


def _sentence_texts(doc: Doc) -> list[tuple[Sentence, SentenceText]]:
    """Each body sentence (not the annexes) with its jieba tokens and tagged words."""
    by_start = {s.start: s for s in doc._.sentences}
    home_codes = home_prefectures(doc._.report) if doc._.report else frozenset()
    home = frozenset(code[:2] for code in home_codes)
    jurisdiction = (doc._.report.jurisdiction_code or "") if doc._.report else ""
    starts, lengths, opens = doc.to_array([IDX, LENGTH, SENT_START]).astype("int64").reshape(-1, 3).T
    result = []
    for first, last in _sentence_spans(opens):
        sentence = by_start.get(int(starts[first]))
        if sentence is None or sentence.in_annex:
            continue
        tokens = tuple((idx - sentence.start, idx + length - sentence.start)
                       for idx, length in zip(starts[first:last].tolist(), lengths[first:last].tolist())
                       if idx < sentence.end)
        words_ = tuple(Word(w.start - sentence.start, w.end - sentence.start, w.tag)
                       for w in words_in(doc._.words or [], sentence.start, sentence.end))
        result.append((sentence, SentenceText(sentence.text, sentence.start, tokens, words_, home, home_codes,
                                                    jurisdiction)))
    return result


def _sentence_spans(opens: numpy.ndarray) -> list[tuple[int, int]]:
    """The token intervals of ``doc.sents``, from the tokens' SENT_START values: a sentence
    runs from one token marked 1 to the next (without making a Span and Tokens for each)."""
    bounds = [0, *(numpy.flatnonzero(opens[1:] == 1) + 1).tolist(), len(opens)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


@Language.factory("haixi_sentences")
def make_sentences(nlp: Language, name: str):
    """Sentence boundaries and structure from :func:`kg.structure.segment_report`."""

    def haixi_sentences(doc: Doc) -> Doc:
        """Splits on 。！？； and line breaks; stores the :class:`~kg.structure.Sentence`
        list in ``doc._.sentences`` and marks the sentence starts on the tokens."""
        report = doc._.report or report_from_text("text", "<text>", doc.text)
        doc._.report = report
        # a piece of a long report comes with its sentences, read from the whole report
        sentences = doc._.sentences if doc._.sentences is not None else segment_report(report)
        split_tokens_at(doc, (b for s in sentences for b in (s.start, s.end)))
        # one array for all tokens: setting is_sent_start token by token rescans the doc each time
        opens = numpy.isin(doc.to_array([IDX]).astype("int64"), [s.start for s in sentences])
        opens[:1] = True
        flags = numpy.where(opens, 1, -1).astype("int64").reshape(-1, 1)
        doc.from_array([SENT_START], flags.astype("uint64"))
        by_start = {s.start: s for s in sentences}
        doc._.sentences = [by_start[span.start_char] for span in doc.sents if span.start_char in by_start]
        return doc

    return haixi_sentences


@Language.factory("haixi_name_rules", default_config={"span_key": "rules", "rules": None})
def make_name_rules(nlp: Language, name: str, span_key: str, rules: list[str] | None):
    """The naming rules of :data:`kg.rules.NAME_RULES` (all of them, or those ``rules`` names),
    then, in each sentence, :func:`kg.rules.list_siblings` and :func:`kg.rules.listed_features` on
    what they found."""
    chosen = [NAME_RULES[r] for r in (rules or sorted(NAME_RULES))]

    def haixi_name_rules(doc: Doc) -> Doc:
        found = []
        for _, sentence_text in _sentence_texts(doc):
            in_sentence = with_whole_divisions(sentence_text, with_wholes_of_parts(sentence_text, with_phases(
                sentence_text, [c for rule in chosen for c in rule(sentence_text)])))
            found += in_sentence
            found += list_siblings(sentence_text, in_sentence)
            found += listed_features(sentence_text, in_sentence)
        write_candidates(doc, span_key, found)
        return doc

    return haixi_name_rules


@Language.factory("haixi_propagate",
                  default_config={"span_key": "propagated", "source_keys": ["gazetteer", "rules"]})
def make_propagate(nlp: Language, name: str, span_key: str, source_keys: list[str]):
    """Every other occurrence of a name already found, with that name's class.

    “三大攻坚战” is quoted once (坚决打赢“三大攻坚战”); the heading
    ``打好打赢三大攻坚战`` mentions it unquoted.  Occurrences inside longer names
    count too (飞地经济 in 德令哈飞地经济产业园).  A phrase no finder read that the
    report quotes two times or more is a name too (:func:`~kg.rules.repeated_quotes`).
    """

    def haixi_propagate(doc: Doc) -> Doc:
        found, text = candidates_of(doc, source_keys), doc_text(doc)
        taken = {text[c.start:c.end].strip("“”") for c in found}
        write_candidates(doc, span_key, propagated(doc, found) + repeated_quotes(text, annex_test(doc), taken)
                         + introduced_short_forms(text, found, annex_test(doc)))
        return doc

    return haixi_propagate


def introduced_short_forms(text: str, found: list[Candidate], in_annex) -> list[Candidate]:
    """Every occurrence of a short form the report introduces after a name it found
    (某某化工集团有限公司（以下简称某某化工）), as a mention of that name: one node."""
    longest: dict[int, Candidate] = {}
    for c in found:
        if c.rule != "gazetteer" and (c.end not in longest or c.start < longest[c.end].start):
            longest[c.end] = c
    result = []
    for match in INTRODUCTION.finditer(text):
        named = longest.get(match.start())
        if named is None or not introduces_short_form(text, named.start, match):
            continue
        full, short = named.name or text[named.start:named.end], match.group(2)
        start = text.find(short)
        while start >= 0:
            if not in_annex(start):
                result.append(Candidate(start, start + len(short), named.label, "propagated", name=full))
            start = text.find(short, start + 1)
    return result


def propagated(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """The other occurrences of the names in ``found`` (three characters or more;
    the tagger's and the dictionary's names are left out: they see every occurrence themselves), unless
    counted there (改扩建15个某某中心: many of a kind, not the one named before)."""
    text = doc_text(doc)
    known: dict[str, Candidate] = {}
    for c in sorted(found, key=lambda c: -RULE_PRIORITY[c.rule]):
        surface = text[c.start:c.end]
        if len(surface) >= 3 and c.rule not in _WORD_BY_WORD and not c.name:
            known.setdefault(surface, c)
    taken = {(c.start, c.end) for c in found}
    words_, in_annex = doc._.words or [], annex_test(doc)
    result = []
    for surface, source in sorted(known.items()):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if ((start, end) not in taken and not inside_longer_word(words_, text, start, end) and not in_annex(start)
                    and not counted_before(text, start)):
                result.append(Candidate(start, end, source.label, "propagated", code=source.code))
            start = text.find(surface, start + 1)
    return result


@Language.factory("haixi_leads", default_config={"span_key": "leads", "source_keys": ["gazetteer", "rules"]})
def make_leads(nlp: Language, name: str, span_key: str, source_keys: list[str]):
    """Paragraph leads under a heading that names a numbered program are its parts.

    The leads are taken only when there are as many as the number says.

    Under ``（四）以“四种经济形态”为导向，加快经济高质量发展。`` the leads
    ``培育壮大生态经济。`` and ``持续推进循环经济。`` name the programs 生态经济 and
    循环经济; under ``（一）…三大攻坚战取得关键进展。`` the lead
    ``脱贫攻坚巩固提升扎实推进。`` names 脱贫攻坚.
    """

    def haixi_leads(doc: Doc) -> Doc:
        write_candidates(doc, span_key, lead_programs(doc, candidates_of(doc, source_keys)))
        return doc

    return haixi_leads


def lead_programs(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """The programs the leads of an enumerated sub-section name (see :func:`make_leads`)."""
    sentence_at, text = sentence_finder(doc), doc_text(doc)
    programs_in: dict[int, list[Candidate]] = defaultdict(list)
    for c in found:
        if c.label == "Program":
            programs_in[sentence_at(c.start).index].append(c)
    enumerated: dict[str, int] = {}
    for sentence in doc._.sentences:
        if sentence.is_heading and sentence.subsection is not None:
            counts = [NUMERAL_VALUES[text[c.start]] for c in programs_in.get(sentence.index, [])
                      if text[c.start] in NUMERAL_VALUES]
            if counts:
                enumerated[sentence.subsection.section_id] = counts[0]
    leads: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sentence in doc._.sentences:
        if sentence.is_lead and sentence.subsection is not None and sentence.subsection.section_id in enumerated:
            topic = lead_topic(sentence.text)
            if topic is not None:
                leads[sentence.subsection.section_id].append((sentence.start + topic[0], sentence.start + topic[1]))
    return [Candidate(s, e, "Program", "leads") for section_id, topics in leads.items()
            if len(topics) == enumerated[section_id] for s, e in topics]


@spacy.registry.misc("haixi.select_spans.v1")
def make_spans_filter() -> Callable[[list[Candidate], str], list[Candidate]]:
    """The spans filter of ``haixi_spans``: :func:`select_candidates` without formulas,
    without names whose brackets do not close (老年大学（学校), and without kinds tallied
    (:func:`is_tallied`; a division, with its code, is never a kind)."""

    def spans_filter(candidates: list[Candidate], text: str) -> list[Candidate]:
        return select_candidates([c for c in candidates
                                  if not is_formula(text[c.start:c.end]) and brackets_close(text[c.start:c.end])
                                  and not (is_tallied(text, c.end) and not c.code)])

    return spans_filter


@Language.factory("haixi_spans", default_config={
    "source_keys": FINDER_KEYS, "output_key": SPAN_KEY, "spans_filter": {"@misc": "haixi.select_spans.v1"}})
def make_spans(nlp: Language, name: str, source_keys: list[str], output_key: str, spans_filter):
    """Resolve the finders' candidates into spans: one label per interval, no crossing spans.

    Writes every kept span to ``doc.spans[output_key]`` (nested spans included:
    格尔木 inside 格尔木综合物流园) and the outermost ones to ``doc.ents``.
    """

    def haixi_spans(doc: Doc) -> Doc:
        kept = spans_filter(candidates_of(doc, source_keys), doc_text(doc))
        write_candidates(doc, output_key, kept)
        doc.ents = filter_spans(list(doc.spans[output_key]))
        return doc

    return haixi_spans


def brackets_close(surface: str) -> bool:
    """True when every （ of a name closes inside it, and no ） comes before its （."""
    depth = 0
    for char in surface:
        depth += {"（": 1, "）": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def is_formula(surface: str) -> bool:
    """A political formula of the genre (lexicon ``political_formulas``) is no entity."""
    return surface.strip("“”") in words("political_formulas")


def is_tallied(text: str, end: int) -> bool:
    """True when a count closes the clause right after a name (新建改造农村供水工程100处。,
    创建幸福河湖35条（段）, 100余处): the name is a kind of which the report tallies how many,
    not one thing."""
    return _TALLY.match(text, end) is not None


_TALLY = re.compile(r"(?:[0-9.]+|[一二三四五六七八九十两百千]+)[万千百]?[余多]?(?:个|处|家|座|条|项|所|批)(?:以上)?(?:[，。；（]|$)")


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per interval (one that stands for a longer name, such as 甲 of 甲、乙都市圈,
    before one that does not; then the highest-priority rule), no crossing intervals,
    and no name cut short at the end of a longer one of its class: 茫崖 in 老茫崖,
    绿色回收中心 in 飞机集中收储和绿色回收中心."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in candidates:
        key = (c.start, c.end)
        if key not in best or (bool(c.name), RULE_PRIORITY[c.rule]) > (bool(best[key].name), RULE_PRIORITY[best[key].rule]):
            best[key] = c
    return sorted(k for group in _overlapping_groups(best.values()) for k in _select_in(group))


def _overlapping_groups(candidates) -> Iterator[list[Candidate]]:
    """The candidates in groups linked by overlap, in text order.

    Every test of :func:`_select_in` compares two overlapping intervals, so a choice in one
    group never depends on another: each group is resolved alone, and the work grows with
    the report, not with its square."""
    group: list[Candidate] = []
    end = 0
    for c in sorted(candidates, key=lambda c: (c.start, c.end)):
        if group and c.start >= end:
            yield group
            group = []
        end = max(end, c.end) if group else c.end
        group.append(c)
    if group:
        yield group


def _select_in(group: list[Candidate]) -> list[Candidate]:
    """:func:`select_candidates` within one group of overlapping candidates."""
    ranked = sorted(group, key=lambda c: (-RULE_PRIORITY[c.rule], -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for c in ranked:
        if any(_crossing(c, k) or _cut_short(c, k) or _tagged_inside(c, k) or _namesake_route(c, k)
               or _site_inside_company(c, k) for k in kept):
            continue
        kept = [k for k in kept if not (_cut_short(k, c) or _namesake_route(k, c) or _tagged_inside(k, c)
                                        or _site_inside_company(k, c))]
        kept.append(c)
    return kept


def _site_inside_company(inner: Candidate, outer: Candidate) -> bool:
    """A site's name inside a company's name is a piece of that name (某省港|屿特钢有限公司: no
    port); a place inside it stays (某省 of 某省某某有限公司)."""
    return (outer.label == "Enterprise" and CORE_CLASS_OF.get(inner.label) == "Project"
            and outer.start <= inner.start and inner.end < outer.end)


# The rules that read names word by word, each occurrence where the tagger or jieba's dictionary
# sees one: what they find is not propagated, and inside a rule's name it is a piece of that name.
_WORD_BY_WORD = frozenset({"tagged_names", "dictionary_features"})


def _tagged_inside(inner: Candidate, outer: Candidate) -> bool:
    """A name only the tagger (or jieba's dictionary) found, inside a name a rule found, is a piece of that name
    (某某 in 某某铁路, 某某分会 in 第N届某某会某某分会), not a mention of its own; but a plan
    names what it plans for (某某国家公园 in 某某国家公园规划 stays), and works name the lake or
    river they are done on (某某湖 in 某某湖生态保护修复工程).  A short form the report
    introduces for a name (某某有限公司（畲山茶业）) holds pieces of it as that name does."""
    ruled = outer.rule not in ("gazetteer", *_WORD_BY_WORD, "propagated") or (outer.rule == "propagated" and outer.name)
    works_on_water = inner.label in _WATERS and outer.label in _WORKS_ON_WATER and inner.start == outer.start
    return (inner.rule in _WORD_BY_WORD and ruled and not works_on_water
            and outer.label != "Plan" and outer.start <= inner.start and inner.end <= outer.end and inner != outer)


# A lake or river the tagger names inside the works done on it is a mention of it
# (某某湖|生态保护修复工程), as a plan names what it plans for.
_WATERS = frozenset({"Lake", "River"})
_WORKS_ON_WATER = frozenset({"EcologicalProject"})  # not a plant or park named after one (某某江|光伏三期)


def _namesake_route(inner: Candidate, outer: Candidate) -> bool:
    """A road or a rail service that opens the name of a school or a public facility (某某路|中学,
    某某公路|客运总站, 某某中欧班列|集结中心) gives it its name; it is no mention of the route (a
    road inside a 工程 is what is built)."""
    return (inner.label in _ROUTES and outer.label in _NAMED_AFTER_A_ROUTE and inner.start == outer.start
            and inner.end < outer.end)


_ROUTES = frozenset({"Road", "Railway"})
_NAMED_AFTER_A_ROUTE = frozenset({"Organization", "PublicServiceFacility"})


def _crossing(a: Candidate, b: Candidate) -> bool:
    overlap = a.start < b.end and b.start < a.end
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not nested


def _cut_short(inner: Candidate, outer: Candidate) -> bool:
    """``inner`` is a shorter form of the name ``outer``: same core class, inside it,
    ending where it ends (茫崖 in 老茫崖; 昆仑山 in 昆仑山景区 is a place of its own),
    or only found again inside it (格库铁路 in 格库铁路青海段)."""
    core = CORE_CLASS_OF[inner.label]
    if core != CORE_CLASS_OF[outer.label] or (inner.start, inner.end) == (outer.start, outer.end):
        return False
    inside = outer.start <= inner.start and inner.end <= outer.end
    return inside and (inner.end == outer.end or inner.rule == "propagated")


# ---------------------------------------------------------------- entry points


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """The pipeline assembled from ``kg/config.cfg``."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict …" lines on every run
    config_text = resources.files("kg").joinpath("config.cfg").read_text(encoding="utf-8")
    config = spacy.util.load_config_from_str(config_text)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    tagger_model()
    # The pipeline, jieba's dictionary (loaded with the pipeline) and the tagger's model last as
    # long as the process: frozen, the collector's full passes no longer walk them (one such
    # pass during a report's extraction took 50 ms).
    gc.freeze()
    return nlp


def parse(report: Report) -> Doc:
    """Run the pipeline over one report, as one Doc (see :func:`parse_pieces` for any length)."""
    nlp = make_nlp()
    doc = nlp.make_doc(report.text)
    doc._.report = report
    return nlp(doc)


def parse_pieces(report: Report, max_chars: int = PIECE_CHARS) -> Iterator[tuple[int, Doc]]:
    """Run the pipeline over a report of any length: one Doc for a report of at most
    ``max_chars`` characters, else one per piece of whole paragraphs, each with the offset
    of its first character in the report.

    The report's structure (parts, years, sub-sections) is read once from the whole text;
    each piece gets its sentences, shifted to its own offsets.  Names are propagated within
    a piece (a name found in one piece of a very long report is not looked for in the others).
    """
    nlp = make_nlp()
    for start, end, sentences in _pieces(report.text, segment_report(report), max_chars):
        doc = nlp.make_doc(report.text[start:end])
        doc._.report = report
        doc._.sentences = [replace(s, start=s.start - start, end=s.end - start) for s in sentences]
        yield start, nlp(doc)


def _pieces(text: str, sentences: list[Sentence], max_chars: int) -> Iterator[tuple[int, int, list[Sentence]]]:
    """The text in pieces of at most ``max_chars`` characters (start, end, sentences), cut
    where a paragraph starts, or between sentences inside a paragraph longer than a piece."""
    start, piece = 0, []
    for sentence in sentences:
        while piece and sentence.end - start > max_chars:
            k = max((i for i in range(1, len(piece)) if piece[i].paragraph != piece[i - 1].paragraph),
                    default=len(piece))
            cut = piece[k].start if k < len(piece) else sentence.start
            yield start, cut, piece[:k]
            start, piece = cut, piece[k:]
        piece.append(sentence)
    yield start, len(text), piece


def parse_text(text: str, report_id: str = "text") -> Doc:
    """Run the pipeline over a text (for tests and short examples)."""
    return parse(report_from_text(report_id, f"<{report_id}>", text))
