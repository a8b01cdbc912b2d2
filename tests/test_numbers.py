"""Indicators and observations: real values of the report and invented ones of the genre."""

import pytest


from conftest import extract_invented


def obs(corpus, indicator, year, **fields):
    found = [o for o in corpus.observations if o.indicator == indicator and o.year == year
             and all(getattr(o, k) == v for k, v in fields.items())]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "indicator, year, measure, value, unit, status, qualifier",
    [
        ("gross_regional_product", 2019, "GrowthRate", "7.5", "%", "Actual", "Exactly"),
        ("gross_regional_product", 2020, "GrowthRate", "7", "%", "Target", "Approximately"),
        ("industrial_value_added_above_scale", 2019, "GrowthRate", "8", "%", "Actual", "Exactly"),
        ("industrial_value_added_above_scale", 2020, "GrowthRate", "7.5", "%", "Target", "Approximately"),
        ("local_budget_revenue", 2019, "GrowthRate", "-9.1", "%", "Actual", "Exactly"),
        ("local_budget_revenue", 2020, "GrowthRate", "6.5", "%", "Target", "Exactly"),
        ("primary_industry_value_added", 2019, "GrowthRate", "5.6", "%", "Actual", "Exactly"),
        ("primary_industry_value_added", 2020, "GrowthRate", "5.5", "%", "Target", "Exactly"),
        ("urban_registered_unemployment", 2019, "Ratio", "2.5", "%", "Actual", "Exactly"),
        ("urban_registered_unemployment", 2020, "Ratio", "3.5", "%", "Target", "AtMost"),
        ("disposable_income", 2019, "Level", "28732", "元", "Actual", "Exactly"),
        ("surface_water_quality", 2020, "Ratio", "90", "%", "Target", "AtLeast"),
        ("tourism_revenue", 2020, "GrowthRate", "10", "%", "Target", "Exactly"),
        ("new_energy_projects", 2019, "Level", "304", "个", "Actual", "Exactly"),
        ("new_energy_capacity", 2019, "Level", "1255", "万千瓦", "Actual", "Exactly"),
        ("grid_capacity_added", 2020, "Level", "276", "万千瓦", "Target", "Exactly"),
        ("base_stations_5g", 2020, "Level", "150", "个", "Target", "AtLeast"),
        ("signed_investment", 2020, "Level", "375", "亿元", "Target", "Exactly"),
        ("arrived_investment", 2020, "Level", "166", "亿元", "Target", "AtLeast"),
    ],
)
def test_real_observations(haixi_build, indicator, year, measure, value, unit, status, qualifier):
    found = obs(haixi_build.corpus, indicator, year, measure=measure, place="")
    assert (found.value, found.unit, found.status, found.qualifier) == (value, unit, status, qualifier)


def test_different_measures_are_not_compared(haixi_build):
    """The 2019 capacity of the projects built and the 2020 target of new grid capacity are two indicators."""
    years = {o.year for o in haixi_build.corpus.observations if o.indicator == "new_energy_capacity"}
    assert years == {2019}


def test_one_value_per_place(haixi_build):
    corpus = haixi_build.corpus
    label = {e.key: e.label for e in corpus.entities}
    air = {label[o.place]: o.value for o in corpus.observations if o.indicator == "air_quality_good_days"}
    assert air == {"德令哈市": "92.3", "格尔木市": "91.4"}
    cpi = {label[o.place]: (o.value, o.qualifier) for o in corpus.observations if o.indicator == "cpi_increase"}
    assert cpi == {"格尔木市": ("3.5", "Approximately"), "德令哈市": ("3.5", "Approximately")}


def test_observation_source_text_is_exact(haixi_build, haixi_report):
    for o in haixi_build.corpus.observations:
        assert haixi_report.text[o.start:o.end] == o.source_text


invented = extract_invented


def test_invented_growth_lands_with_year_and_kind():
    corpus = invented("全年实现地区生产总值增长8.8%；规上工业增加值下降2.1%。\n二、2022年工作安排\n"
                      "地区生产总值增长6%左右，城镇登记失业率控制在4%以内。\n")
    assert obs(corpus, "gross_regional_product", 2021).value == "8.8"
    assert obs(corpus, "gross_regional_product", 2021).status == "Actual"
    assert obs(corpus, "industrial_value_added_above_scale", 2021).value == "-2.1"
    target = obs(corpus, "gross_regional_product", 2022)
    assert (target.value, target.status, target.qualifier) == ("6", "Target", "Approximately")
    assert obs(corpus, "urban_registered_unemployment", 2022).qualifier == "AtMost"
