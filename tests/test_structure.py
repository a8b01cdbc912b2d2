from kg.structure import segment_report, split_sentences


def test_sentences_carry_exact_offsets(haixi_report):
    sentences = segment_report(haixi_report)
    assert len(sentences) == 389
    for s in sentences:
        assert haixi_report.text[s.start:s.end] == s.text


def test_parts_take_their_years_from_the_headings(haixi_report):
    by_kind = {}
    for s in segment_report(haixi_report):
        by_kind.setdefault(s.part.kind, s.part)
    assert by_kind["review"].heading == "一、2019年工作回顾"
    assert (by_kind["review"].year, by_kind["review"].tense) == (2019, "past")
    assert (by_kind["plan"].heading, by_kind["plan"].year, by_kind["plan"].tense) == ("二、2020年工作安排", 2020, "future")
    assert by_kind["government"].heading == "三、全面提升政府工作效能和水平"
    assert by_kind["government"].year == 2020


def test_other_years_come_from_the_report_not_constants():
    from kg.reading import Report

    text = "2031年某县政府工作报告\n一、2030年工作回顾\n甲乙丙丁完成。\n二、2031年工作安排\n戊己庚辛。\n"
    sentences = segment_report(Report("r", "r", text, "utf-8", "t", 2031))
    years = {s.text: (s.year, s.tense) for s in sentences}
    assert years["甲乙丙丁完成。"] == (2030, "past")
    assert years["戊己庚辛。"] == (2031, "future")


def test_subsection_heading_and_leads(haixi_report):
    sentences = segment_report(haixi_report)
    lead = next(s for s in sentences if s.text == "培育壮大生态经济。")
    assert lead.is_lead
    assert lead.subsection.heading == "（四）以“四种经济形态”为导向，加快经济高质量发展。"
    assert lead.subsection.section_id == "s2.4"
    review_heading = next(s for s in sentences if s.text.startswith("（一）抓落实重统筹"))
    assert review_heading.is_heading and review_heading.subsection.heading == "（一）抓落实重统筹，三大攻坚战取得关键进展。"
    inline_lead = next(s for s in sentences if s.text == "污染防治攻坚战成效初显。")
    assert inline_lead.is_lead and inline_lead.subsection.section_id == "s1.1"


def test_split_keeps_closing_quotes_with_their_sentence():
    assert split_sentences("甲乙。丙丁；“戊。”己") == [(0, 3), (3, 6), (6, 10), (10, 11)]


# ---------------------------------------------------------------- the genre beyond one report
# Invented texts in the genre with invented names; each rule positive and negative.

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kg.reading import Report, read_report, report_from_text  # noqa: E402
from kg.structure import describe_part, is_annex_heading, is_bare_part_heading, periods_named_in  # noqa: E402


def _segment(text: str, year: int | None = 2031):
    return segment_report(Report("r", "<r>", text, "utf-8", "t", year))


def _parts(sentences):
    """heading -> part, in order."""
    result = {}
    for s in sentences:
        result.setdefault(s.part.heading, s.part)
    return result


def _by_text(sentences):
    return {s.text: s for s in sentences}


def test_bare_lines_with_a_part_keyword_are_part_headings():
    text = ("2031年雪岭州政府工作报告\n各位代表：\n现在，我代表州人民政府报告工作。\n"
            "“十五五”时期发展成就和2030年工作回顾\n雪岭新区建成投运。\n"
            "“十六五”时期主要目标和2031年重点工作\n加快建设冰川物流园。\n")
    sentences = _by_text(_segment(text))
    review, plan = sentences["雪岭新区建成投运。"], sentences["加快建设冰川物流园。"]
    assert (review.part.kind, review.year, review.period, review.tense) == ("review", 2030, (2026, 2030), "past")
    assert (plan.part.kind, plan.year, plan.period, plan.tense) == ("plan", 2031, (2031, 2035), "future")
    assert sentences["“十五五”时期发展成就和2030年工作回顾"].is_heading


def test_bare_lines_without_a_keyword_or_inside_a_broken_sentence_are_not_headings():
    text = ("2031年雪岭州政府工作报告\n一、2030年工作回顾\n冰川新城建设成效明显\n"
            "全年完成投资十亿元，推进\n重点工作\n落地见效。\n")
    parts = _parts(_segment(text))
    assert list(parts) == ["t", "一、2030年工作回顾"]
    assert is_bare_part_heading("重点工作", "全年完成投资十亿元，推进") is False
    assert is_bare_part_heading("重点工作", "全年完成投资十亿元。") is True
    assert is_bare_part_heading("（一）重点工作", "上一段。") is False


def test_part_heading_without_a_year_takes_its_kind_and_year_from_its_opening_sentence():
    text = ("2031年雪岭州政府工作报告\n"
            "一、一年接着一年干，雪岭新篇持续展开\n2030年是收官之年。一年来，我们建成冰川大道。\n"
            "二、一张蓝图绘到底，奋力谱写雪岭新篇章\n“十六五”时期是关键时期。\n"
            "三、一鼓作气勇争先，推动“十六五”开好局\n2031年是开局之年。全年新建学校五所。\n")
    parts = list(_parts(_segment(text)).values())[1:]
    assert [(p.kind, p.year, p.period) for p in parts] == [
        ("review", 2030, None), ("plan", None, (2031, 2035)), ("plan", 2031, (2031, 2035))]


def test_part_heading_without_a_year_looks_back_when_its_opening_does():
    assert describe_part("砥砺奋进，雪岭发展迈上新台阶", "一年来，我们建成冰川大道。", 2031) == ("review", 2030, None)
    assert describe_part("砥砺奋进，雪岭发展迈上新台阶", "我们将建成冰川大道。", 2031) == ("plan", 2031, None)
    assert describe_part("砥砺奋进，雪岭发展迈上新台阶", "我们将建成冰川大道。", None) == ("plan", None, None)


def test_a_year_in_the_heading_decides_review_or_plan_when_no_keyword_does():
    assert describe_part("2030年主要工作", "", 2031)[:2] == ("review", 2030)
    assert describe_part("2031年主要工作", "", 2031)[:2] == ("plan", 2031)


@pytest.mark.parametrize("heading, kind, year, period", [
    ("“十五五”时期工作回顾", "review", None, (2026, 2030)),
    ("“十六五”时期主要目标任务", "plan", None, (2031, 2035)),
    ("2030年和“十五五”时期工作回顾", "review", 2030, (2026, 2030)),
    ("“十五五”时期发展成就和“十六五”时期主要目标任务", "plan", None, (2031, 2035)),
    ("“十六五”时期目标任务和2031年工作安排", "plan", 2031, (2031, 2035)),
    ("2031年重点工作", "plan", 2031, None),
])
def test_period_parts_record_the_period_beside_or_instead_of_a_year(heading, kind, year, period):
    assert describe_part(heading, "", 2031) == (kind, year, period)


def test_periods_are_read_only_from_five_year_plan_names():
    assert periods_named_in("“十二五”以来") == [(2011, 2015)]
    assert periods_named_in("第十四个五年规划纲要") == [(2021, 2025)]
    assert periods_named_in("第十五届人民代表大会第五次会议") == []
    assert periods_named_in("十五五") == []


def test_annexes_are_a_kind_of_their_own_neither_review_nor_plan():
    text = ("2031年雪岭州政府工作报告\n一、2030年工作回顾\n雪岭新区建成投运。\n"
            "二、2031年工作安排\n附件所列冰川工程今年开工。\n"
            "附件\n《政府工作报告》有关内容名词注释\n1.“雪岭三通”：冰川通、雪原通、湖畔通。\n"
            "一、雪岭民生实事\n2.新建冰川学校五所。\n")
    sentences = _by_text(_segment(text))
    in_plan = sentences["附件所列冰川工程今年开工。"]
    assert in_plan.part.kind == "plan" and not in_plan.in_annex
    glossary = sentences["1.“雪岭三通”：冰川通、雪原通、湖畔通。"]
    assert (glossary.part.kind, glossary.tense, glossary.year, glossary.period) == ("annex", "present", None, None)
    assert glossary.in_annex and glossary.part.heading == "附件"
    assert sentences["《政府工作报告》有关内容名词注释"].is_heading
    # a numbered line inside an annex does not open a plan part
    assert sentences["2.新建冰川学校五所。"].part is glossary.part


@pytest.mark.parametrize("line, annex", [
    ("附件", True), ("附件2 名词解释", True), ("名词解释", True), ("注释：", True),
    ("《政府工作报告》有关内容名词注释", True),
    ("附件所列事项已印发各位代表。", False), ("推进雪岭注释系统建设", False),
])
def test_annex_headings(line, annex):
    assert is_annex_heading(line) is annex


def test_the_governments_own_work_as_a_part_or_as_a_plan_sub_section():
    text = ("2031年雪岭州政府工作报告\n一、2030年工作回顾\n（四）政府自身建设取得新成效。雪岭政务中心启用。\n"
            "二、2031年工作安排\n（一）加快冰川新城建设。新建冰川大道。\n"
            "（十）着力加强政府自身建设。建成雪岭政务平台。\n"
            "三、努力建设人民满意的服务型政府\n深化雪岭政务公开。\n")
    sentences = _by_text(_segment(text))
    review_own = sentences["雪岭政务中心启用。"]
    assert (review_own.section.kind, review_own.tense, review_own.year) == ("review", "past", 2030)
    assert sentences["新建冰川大道。"].section.kind == "plan"
    plan_own = sentences["建成雪岭政务平台。"]
    assert (plan_own.section.kind, plan_own.part.kind, plan_own.tense, plan_own.year) == ("government", "plan", "future", 2031)
    part_own = sentences["深化雪岭政务公开。"]
    assert (part_own.part.kind, part_own.year) == ("government", 2031)


def test_ascii_brackets_open_a_sub_section_too():
    sentences = _by_text(_segment("2031年雪岭州政府工作报告\n一、2030年工作回顾\n(二)冰川新城建设取得新进展。雪岭大道通车。\n"))
    assert sentences["雪岭大道通车。"].subsection.section_id == "s1.2"


def test_web_boilerplate_is_not_a_sentence_of_the_report():
    text = ("下载\n打印\n【字号：\n】\n2031年雪岭州政府工作报告\n——2031年1月9日在雪岭州第三届人民代表大会上\n"
            "来源：雪岭日报\n时间：2031-01-12\n州长作政府工作报告。本报记者 某某 摄\n各位代表：\n"
            "一、2030年工作回顾\n雪岭新区建成投运。\n相关报道：\n别的新闻。\n")
    report = report_from_text("r", "<r>", text)
    sentences = segment_report(report)
    texts = [s.text for s in sentences]
    assert texts[0] == "2031年雪岭州政府工作报告"
    assert not any(t in texts for t in ("下载", "打印", "来源：雪岭日报", "相关报道：", "别的新闻。"))
    assert not any("记者" in t for t in texts)
    assert texts[-1] == "雪岭新区建成投运。"
    for s in sentences:
        assert report.text[s.start:s.end] == s.text


# ---------------------------------------------------------------- every report of the shared corpus

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.fixture(scope="module")
def corpus_sentences():
    if not CORPUS_FILES:
        pytest.skip("the shared corpus is not beside this checkout")
    return {p: (r := read_report(p), segment_report(r)) for p in CORPUS_FILES}


def test_every_corpus_report_has_a_review_and_a_plan_with_years_or_periods(corpus_sentences):
    for path, (report, sentences) in corpus_sentences.items():
        parts = _parts(sentences).values()
        kinds = {p.kind for p in parts}
        assert {"preamble", "review", "plan"} <= kinds, (path.name, kinds)
        for part in parts:
            if part.kind in ("review", "plan", "government"):
                assert part.year is not None or part.period is not None, (path.name, part.heading)
            if part.kind == "review":
                assert (part.year or part.period[1]) < report.year, (path.name, part.heading)
            if part.kind == "plan":
                assert (part.year or part.period[1]) >= report.year, (path.name, part.heading)
        for s in sentences:
            assert report.text[s.start:s.end] == s.text


def test_corpus_reports_open_with_their_title_and_keep_the_portal_out(corpus_sentences):
    for path, (report, sentences) in corpus_sentences.items():
        assert sentences[0].text.replace(" ", "").startswith(report.title[:5]), path.name
        assert not any(s.text.startswith(("来源：", "相关报道", "下载")) for s in sentences), path.name


def test_corpus_periods_and_annexes_are_found_where_reports_have_them(corpus_sentences):
    periods, annexes = set(), 0
    for path, (report, sentences) in corpus_sentences.items():
        for part in _parts(sentences).values():
            if part.period:
                periods.add(part.period)
        annex = [s for s in sentences if s.in_annex]
        annexes += bool(annex)
        # an annex, where there is one, runs to the end of the report
        if annex:
            assert sentences[-1].in_annex, path.name
    assert {(2021, 2025), (2026, 2030)} <= periods
    assert annexes >= 2


def test_report_graph_carries_jurisdiction_and_periods():
    from rdflib import Literal, XSD

    from kg.identifiers import entity_iri, report_iri, section_iri
    from kg.namespace import HX, ID
    from kg.rdf import Corpus, to_graph

    text = ("2031年云南省政府工作报告\n一、2030年和“十五五”时期工作回顾\n雪岭新区建成投运。\n"
            "附件\n1.“雪岭三通”：冰川通、雪原通、湖畔通。\n")
    report = report_from_text("r", "<r>", text)
    sentences = segment_report(report)
    g = to_graph(Corpus([report], {"r": sentences}, []))
    r = report_iri("r")
    assert g.value(r, HX.jurisdiction) == entity_iri("division:530000")
    period = g.value(section_iri("r", "s1"), HX.referencePeriod)
    assert period == ID["period/2026-2030"]
    assert g.value(period, HX.startYear) == Literal("2026", datatype=XSD.gYear)
    assert g.value(section_iri("r", "s2"), HX.sectionKind) == HX.Annex
    assert g.value(section_iri("r", "s2"), HX.temporalOrientation) == HX.Present
    from kg.validate import validate

    conforms, report_text = validate(g)
    assert conforms, report_text
