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
