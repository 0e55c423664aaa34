import datetime as dt
import xml.etree.ElementTree as ET

from core.calendar import SchoolCalendar
from monitoring import charts
from monitoring.charts import Bar, Series
from monitoring.overview import attendance_lines
from tests.monitoring.calendar_data import AUTUMN_2026_CLOSED

NS = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg" and root.get("viewBox") and root.get("role") == "img"
    assert root.find(f"{NS}title").text
    return root


def test_calendar_chart_has_two_sessions_per_day_coloured_by_family():
    cal = SchoolCalendar(closed=AUTUMN_2026_CLOSED)
    marks = {(dt.date(2026, 9, 3), "AM"): "/", (dt.date(2026, 9, 3), "PM"): "I", (dt.date(2026, 9, 4), "AM"): "L",
             (dt.date(2026, 9, 4), "PM"): "O", (dt.date(2026, 9, 7), "AM"): "X"}
    root = _parse(charts.calendar_chart("cal", "Jack's year", dt.date(2026, 9, 1), marks, cal.is_open))
    sessions = root.findall(f"{NS}rect[@class='session']")
    assert len(sessions) == 2 * 365  # every day of Sep 2026 to Aug 2027, AM and PM
    by_tip = {r.find(f"{NS}title").text: r.get("fill") for r in sessions}
    assert by_tip["Thu 03 Sep AM: /"] == charts.FAMILY_FILL[charts.Family.present]
    assert by_tip["Thu 03 Sep PM: I"] == charts.FAMILY_FILL[charts.Family.authorised]
    assert by_tip["Fri 04 Sep AM: L"] == charts.LATE_FILL
    assert by_tip["Fri 04 Sep PM: O"] == charts.FAMILY_FILL[charts.Family.unauthorised]
    assert by_tip["Mon 07 Sep AM: X"] == charts.FAMILY_FILL[charts.Family.not_counted]
    assert by_tip["Sat 05 Sep (closed)"] == charts.CLOSED_FILL and by_tip["Tue 08 Sep"] == charts.EMPTY_FILL


def test_bar_charts_scale_values_and_draw_thresholds():
    bars = [Bar("Year 3", 96.0), Bar("Year 4", 88.0), Bar("Year 5", None)]
    root = _parse(charts.hbar_chart("y", "By year", bars, scale=(80, 100), marks=[90, 95]))
    drawn = root.findall(f"{NS}rect[@class='bar']")
    assert len(drawn) == 2
    widths = [float(r.get("width")) for r in drawn]
    assert widths[0] / widths[1] == (96 - 80) / (88 - 80)
    assert len(root.findall(f"{NS}line[@class='threshold']")) == 2
    cols = _parse(charts.column_chart("w", "By weekday", [Bar("Mon", 95.5), Bar("Fri", 91.0)], scale=(85, 100),
                                      marks=[90]))
    heights = [float(r.get("height")) for r in cols.findall(f"{NS}rect[@class='bar']")]
    assert heights[0] > heights[1]
    assert _parse(charts.hbar_chart("e", "Empty", [])).find(f"{NS}text[last()]").text == "No data yet"


def test_line_chart_and_rolling_lines():
    days = [dt.date(2026, 9, 7) + dt.timedelta(days=i) for i in range(40)]
    marks = [(d, h, "I" if i >= 30 else "/") for i, d in enumerate(days) for h in ("AM", "PM")]
    cumulative, rolling = attendance_lines(marks)
    assert cumulative[29][1] == 100.0 and cumulative[-1][1] == 75.0  # 60 of 80 sessions
    assert rolling[-1][1] == 50.0  # the last 20 days: 10 present, 10 ill
    root = _parse(charts.line_chart("l", "Year", [Series("So far", "#000", cumulative),
                                                  Series("Recent", "#111", rolling, dashed=True)],
                                    days[0], days[-1], scale=charts.percent_scale([50.0]), marks=[90]))
    paths = root.findall(f"{NS}path[@class='series']")
    assert len(paths) == 2 and paths[0].get("d").startswith("M") and paths[0].get("d").count("L") == 39
    assert paths[1].get("stroke-dasharray")
    assert charts.percent_scale([50.0]) == (45.0, 100.0) and charts.percent_scale([]) == (75.0, 100.0)


def test_text_is_escaped():
    root = _parse(charts.hbar_chart("x", "A & B <groups>", [Bar("<script>", 90.0)]))
    assert root.find(f"{NS}title").text == "A & B <groups>"
    assert any(t.text == "<script>" for t in root.iter(f"{NS}text"))
