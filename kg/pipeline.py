"""The spaCy pipeline: a report's text becomes a ``Doc`` with typed entity spans.

``spacy.blank("zh")`` segments with jieba; the components, registered here by
name, then

1. ``haixi_sentences``  place sentence boundaries and the report's structure,
2. ``haixi_gazetteer``  find divisions and geographic features (reference data),
3. ``haixi_name_rules`` run the naming rules of the genre (:mod:`kg.rules`),
4. ``haixi_propagate``  find every other occurrence of the names found so far,
5. ``haixi_leads``      read the paragraph leads under a heading that names a program,
6. ``haixi_spans``      resolve overlaps, align tokens and write ``doc.spans["haixi"]``
                        and ``doc.ents``.

Components 2–5 only *find*: they add :class:`~kg.facts.Candidate` objects to
``doc._.candidates``; ``haixi_spans`` alone *writes* spans.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .facts import CORE_CLASS_OF, Candidate
from .lexicon import ordered_words, words
from .reading import Report, report_from_text
from .reference import LEVEL_CLASS, Division, division_aliases, division_by_code, divisions, features
from .rules import NAME_RULES, SentenceText, drop_leading_verbs, is_common_word, is_generic
from .tagger import Word, words_in
from .structure import NUMERAL_VALUES, Sentence, segment_report, sentence_at

__all__ = ["SPAN_KEY", "RULE_PRIORITY", "make_nlp", "parse", "parse_text"]

SPAN_KEY = "haixi"
PIPE_NAMES = ("haixi_sentences", "haixi_tagger", "haixi_gazetteer", "haixi_name_rules", "haixi_propagate",
              "haixi_leads", "haixi_spans")

# Which rule wins when two rules type the same characters differently.
RULE_PRIORITY = {
    "gazetteer": 10, "quoted_names": 9, "book_titles": 9, "capacity_plants": 8, "routes": 8,
    "enterprises": 7, "organizations": 7, "events": 7, "program_names": 6, "head_nouns": 6, "plan_names": 6,
    "enumerations": 5, "abbreviations": 5, "towns": 4, "route_ends": 4, "leads": 3, "tagged_names": 2, "propagated": 1,
}

for _name, _default in (("report", None), ("sentences", None), ("candidates", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("rule"):
    Span.set_extension("rule", default="")


def _sentence_texts(doc: Doc) -> list[tuple[Sentence, SentenceText]]:
    by_start = {s.start: s for s in doc._.sentences}
    result = []
    for span in doc.sents:
        sentence = by_start.get(span.start_char)
        if sentence is None or sentence.in_annex:
            continue
        tokens = tuple((t.idx - sentence.start, t.idx + len(t) - sentence.start)
                       for t in span if t.idx < sentence.end)
        words = tuple(Word(w.start - sentence.start, w.end - sentence.start, w.tag)
                      for w in words_in(doc._.words or [], sentence.start, sentence.end))
        result.append((sentence, SentenceText(sentence.text, sentence.start, tokens, words)))
    return result


@Language.component("haixi_sentences")
def haixi_sentences(doc: Doc) -> Doc:
    """Sentence boundaries and structure from :func:`kg.structure.segment_report`.

    Splits on 。！？； and line breaks; stores the :class:`~kg.structure.Sentence`
    list in ``doc._.sentences``.
    """
    report = doc._.report or report_from_text("text", "<text>", doc.text)
    doc._.report = report
    sentences = segment_report(report)
    _split_tokens_at(doc, {b for s in sentences for b in (s.start, s.end)})
    starts = {s.start for s in sentences}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts
    doc._.sentences = _keep_spanned(doc, sentences)
    doc._.candidates = []
    return doc


def _keep_spanned(doc: Doc, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that ``doc.sents`` yields, in the same order (white space is no sentence)."""
    by_start = {s.start: s for s in sentences}
    return [by_start[span.start_char] for span in doc.sents if span.start_char in by_start]


def _split_tokens_at(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that a boundary falls inside, so spans align with tokens."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            cuts = sorted(b - token.idx for b in boundaries if token.idx < b < token.idx + len(token))
            if not cuts:
                continue
            pieces = [token.text[i:j] for i, j in zip([0, *cuts], [*cuts, len(token)])]
            retokenizer.split(token, pieces, heads=[(token, k) for k in range(len(pieces))])


# ---------------------------------------------------------------- gazetteer


@lru_cache(maxsize=64)
def gazetteer_entries(home: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Surface -> (class, code) for every division name and feature name usable in a report.

    Official names are always usable; short forms of provinces and prefectures
    when one province or prefecture has them (安阳 is 安阳市, not 安阳县); short
    forms of county-level units only inside the report's home province or
    prefecture (``home`` holds their codes), and never when the short form is a
    common word (乌兰 is a county of 海西 in a Haixi report, but only a word
    elsewhere).
    """
    entries: dict[str, tuple[str, str]] = {}
    by_short: dict[str, list[Division]] = defaultdict(list)
    for division in divisions():
        for short in division.short_names:
            by_short[short].append(division)
    full_names = defaultdict(list)
    for division in divisions():
        full_names[division.name].append(division)
    for name, found in full_names.items():
        at_home = [d for d in found if _at_home(d, home)]
        if len(found) == 1 or at_home:
            chosen = (at_home or found)[0]
            if len(name) >= 3 or at_home:
                entries[name] = (LEVEL_CLASS[chosen.level], chosen.code)
    for short, found in by_short.items():
        if short in entries:
            continue
        wide = [d for d in found if d.level in ("province", "prefecture")]
        if not wide and (is_generic(short) or is_common_word(short)):
            continue
        at_home = [d for d in found if _at_home(d, home)]
        chosen = wide[0] if len(wide) == 1 else at_home[0] if len(at_home) == 1 and not wide else None
        if chosen is not None:
            entries[short] = (LEVEL_CLASS[chosen.level], chosen.code)
    for alias, code in division_aliases().items():
        division = division_by_code()[code]
        entries[alias] = (LEVEL_CLASS[division.level], code)
    for feature in features():
        for name in (feature.name, *feature.aliases):
            entries.setdefault(name, (feature.kind, ""))
    return entries


def _at_home(division: Division, home: frozenset[str]) -> bool:
    return division.prefecture_code in home or division.code[:2] + "0000" in home or division.code in home


def home_prefectures(report: Report) -> frozenset[str]:
    """Codes of the report's home: its jurisdiction and the divisions above it, and the
    province and prefectures named in its opening lines."""
    found = set()
    code = report.jurisdiction_code
    if code:
        found.update(c for c in (code, code[:4] + "00", code[:2] + "0000") if c in division_by_code())
    head = report.text[:300]
    for division in divisions():
        if division.level in ("prefecture", "province") and any(
            n in head for n in (division.name, *(s for s in division.short_names if len(s) >= 3))
        ):
            found.add(division.code)
        elif division.level == "county" and division.name in head and len(division.name) >= 3:
            found.add(division.prefecture_code)
    return frozenset(found)


@lru_cache(maxsize=64)
def _gazetteer_pattern(home: frozenset[str]) -> re.Pattern[str]:
    names = sorted(gazetteer_entries(home), key=lambda n: (-len(n), n))
    return re.compile("|".join(re.escape(n) for n in names))


@Language.component("haixi_gazetteer")
def haixi_gazetteer(doc: Doc) -> Doc:
    """Divisions (with their GB/T 2260 codes) and geographic features, by name.

    ``格尔木、德令哈两市CPI涨幅`` yields 格尔木 and 德令哈 (county-level cities of
    the report's home prefecture, 632801 and 632802).  A name inside a longer
    word of the tagger is no mention (长治 in 长治久安, 苏州 in the river 苏州河).
    """
    home = home_prefectures(doc._.report)
    entries = gazetteer_entries(home)
    words = doc._.words or []
    sentences = doc._.sentences
    for match in _gazetteer_pattern(home).finditer(doc.text):
        if inside_longer_word(words, match.start(), match.end()) or sentence_at(sentences, match.start()).in_annex:
            continue
        cls, code = entries[match.group(0)]
        doc._.candidates.append(Candidate(match.start(), match.end(), cls, "gazetteer", code=code))
    return doc


def inside_longer_word(words: list[Word], start: int, end: int) -> bool:
    """True when ``[start, end)`` cuts a tagged word that is no name (长治|久安), or is a
    place name that a one-character ending turns into another place (苏州|河)."""
    import bisect

    k = max(bisect.bisect_right(words, Word(start, 10**9, "")) - 1, 0)
    while k < len(words) and words[k].start < end:
        word = words[k]
        k += 1
        cut = word.start < start < word.end or word.start < end < word.end
        if not cut:
            continue
        if not word.is_name or (word.tag == "LOC" and word.start == start and word.end - end == 1):
            return True
    return False


@Language.component("haixi_name_rules")
def haixi_name_rules(doc: Doc) -> Doc:
    """Every rule of :data:`kg.rules.NAME_RULES` over every sentence."""
    for _, sentence_text in _sentence_texts(doc):
        for rule in NAME_RULES.values():
            doc._.candidates.extend(rule(sentence_text))
    return doc


@Language.component("haixi_propagate")
def haixi_propagate(doc: Doc) -> Doc:
    """Every other occurrence of a name already found, with that name's class.

    “三大攻坚战” is quoted once (坚决打赢“三大攻坚战”); the heading
    ``打好打赢三大攻坚战`` mentions it unquoted.  Occurrences inside longer names
    count too (飞地经济 in 德令哈飞地经济产业园).
    """
    known: dict[str, Candidate] = {}
    for c in sorted(doc._.candidates, key=lambda c: -RULE_PRIORITY[c.rule]):
        surface = doc.text[c.start:c.end]
        if len(surface) >= 3 and c.rule not in ("propagated", "tagged_names") and not c.name:
            known.setdefault(surface, c)
    if not known:
        return doc
    taken = {(c.start, c.end) for c in doc._.candidates}
    text, words, sentences = doc.text, doc._.words or [], doc._.sentences
    for surface, source in sorted(known.items()):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if ((start, end) not in taken and not inside_longer_word(words, start, end)
                    and not sentence_at(sentences, start).in_annex):
                doc._.candidates.append(Candidate(start, end, source.label, "propagated", code=source.code))
            start = text.find(surface, start + 1)
    return doc


@Language.component("haixi_leads")
def haixi_leads(doc: Doc) -> Doc:
    """Paragraph leads under a heading that names a numbered program are its parts.

    The leads are taken only when there are as many as the number says.

    Under ``（四）以“四种经济形态”为导向，加快经济高质量发展。`` the leads
    ``培育壮大生态经济。`` and ``持续推进循环经济。`` name the programs 生态经济 and
    循环经济; under ``（一）…三大攻坚战取得关键进展。`` the lead
    ``脱贫攻坚巩固提升扎实推进。`` names 脱贫攻坚.
    """
    programs_in = _programs_by_sentence(doc)
    enumerated: dict[str, int] = {}
    for sentence in doc._.sentences:
        if sentence.is_heading and sentence.subsection is not None:
            counts = [NUMERAL_VALUES[doc.text[c.start]] for c in programs_in.get(sentence.index, [])
                      if doc.text[c.start] in NUMERAL_VALUES]
            if counts:
                enumerated[sentence.subsection.section_id] = counts[0]
    leads: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sentence in doc._.sentences:
        if sentence.is_lead and sentence.subsection is not None and sentence.subsection.section_id in enumerated:
            topic = lead_topic(sentence.text)
            if topic is not None:
                leads[sentence.subsection.section_id].append((sentence.start + topic[0], sentence.start + topic[1]))
    for section_id, topics in leads.items():
        if len(topics) == enumerated[section_id]:
            doc._.candidates.extend(Candidate(s, e, "Program", "leads") for s, e in topics)
    return doc


def _programs_by_sentence(doc: Doc) -> dict[int, list[Candidate]]:
    result: dict[int, list[Candidate]] = defaultdict(list)
    for c in doc._.candidates:
        if c.label == "Program":
            result[sentence_at(doc._.sentences, c.start).index].append(c)
    return result


def lead_topic(lead: str) -> tuple[int, int] | None:
    """The topic of a paragraph lead, as an interval of the lead.

    >>> lead = "巩固提升脱贫攻坚成果。"
    >>> s, e = lead_topic(lead); lead[s:e]
    '脱贫攻坚'
    >>> lead = "污染防治攻坚战成效初显。"
    >>> s, e = lead_topic(lead); lead[s:e]
    '污染防治攻坚战'
    """
    start, end = 0, len(lead)
    while end > start and lead[end - 1] in "。！；—":
        end -= 1
    match = re.match(r"^(——|[一二三四五六七八九十]+是)", lead)
    if match:
        start = match.end()
    changed = True
    while changed:
        # verbs are dropped while at least two characters remain (end - 1 as the head start)
        stripped = drop_leading_verbs(lead, start, end - 1)
        changed = stripped != start
        start = stripped
        for tail in ordered_words("lead_predicates") + ordered_words("lead_objects"):
            if lead.endswith(tail, start, end) and end - start - len(tail) >= 2:
                end -= len(tail)
                changed = True
                break
    if lead[start] == "“" and lead[end - 1] == "”":
        start, end = start + 1, end - 1
    topic = lead[start:end]
    if len(topic) < 2 or is_generic(topic) or re.search(r"[，、\d]", topic):
        return None
    return start, end


@Language.component("haixi_spans")
def haixi_spans(doc: Doc) -> Doc:
    """Resolve the candidates into spans: one label per interval, no crossing spans.

    Writes every kept span to ``doc.spans["haixi"]`` (nested spans included:
    格尔木 inside 格尔木综合物流园) and the outermost ones to ``doc.ents``.
    """
    kept = select_candidates([c for c in doc._.candidates if not is_formula(doc.text[c.start:c.end])])
    doc._.candidates = kept
    _split_tokens_at(doc, {b for c in kept for b in (c.start, c.end)})
    spans = []
    for c in kept:
        span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="strict")
        if span is not None:
            span._.rule = c.rule
            spans.append(span)
    doc.spans[SPAN_KEY] = spans
    doc.ents = filter_spans(spans)
    return doc


def is_formula(surface: str) -> bool:
    """A political formula of the genre (lexicon ``political_formulas``) is no entity."""
    return surface.strip("“”") in words("political_formulas")


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per interval (the highest-priority rule), no crossing intervals,
    and no name cut short at the end of a longer one of its class: 茫崖 in 老茫崖,
    绿色回收中心 in 飞机集中收储和绿色回收中心."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in candidates:
        key = (c.start, c.end)
        if key not in best or (RULE_PRIORITY[c.rule], bool(c.name)) > (RULE_PRIORITY[best[key].rule], bool(best[key].name)):
            best[key] = c
    ranked = sorted(best.values(), key=lambda c: (-RULE_PRIORITY[c.rule], -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for c in ranked:
        if any(_crossing(c, k) or _cut_short(c, k) or _tagged_inside(c, k) for k in kept):
            continue
        kept = [k for k in kept if not _cut_short(k, c)]
        kept.append(c)
    return sorted(kept)


def _tagged_inside(inner: Candidate, outer: Candidate) -> bool:
    """A name only the tagger found, inside a name a rule found, is a piece of that name
    (某某 in 某某铁路, 某某分会 in 第N届某某会某某分会), not a mention of its own."""
    return (inner.rule == "tagged_names" and outer.rule not in ("gazetteer", "tagged_names", "propagated")
            and outer.start <= inner.start and inner.end <= outer.end and inner != outer)


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
    """The pipeline: ``spacy.blank("zh")`` with jieba and the components above."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp


def parse(report: Report) -> Doc:
    """Run the pipeline over one report."""
    nlp = make_nlp()
    doc = nlp.make_doc(report.text)
    doc._.report = report
    return nlp(doc)


def parse_text(text: str, report_id: str = "text") -> Doc:
    """Run the pipeline over a text (for tests and short examples)."""
    return parse(report_from_text(report_id, f"<{report_id}>", text))
