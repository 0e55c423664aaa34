"""Server-side SVG charts for staff pages: they work without JavaScript and print.

Every chart is a complete `<svg>` element with a `<title>` (and `<title>` tooltips on its marks),
built from plain data, so tests can parse it as XML and check its structure."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from monitoring.codes import LATE, Family, family

INK, MUTED, LINE, BRAND = "#1d2433", "#556070", "#d9dee7", "#1f4e8c"
FAMILY_FILL = {Family.present: "#3f9b5f", Family.authorised: "#e0a100", Family.unauthorised: "#c0392b",
               Family.not_counted: "#9aa5b1"}
LATE_FILL = "#9fd3a9"
CLOSED_FILL, EMPTY_FILL = "#eef1f5", "#ffffff"
FONT = 'font-family="DejaVu Sans, Arial, sans-serif"'


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # percentage or count; None draws nothing
    text: str = ""  # shown after the bar (e.g. "94.2% · 12 PA")
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    colour: str
    points: Sequence[tuple[dt.date, float]]
    dashed: bool = False


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _text(x: float, y: float, content: str, *, size: int = 11, anchor: str = "start", fill: str = INK,
          weight: str = "normal") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}" {FONT}>{escape(content)}</text>')


def _svg(chart_id: str, title: str, width: float, height: float, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" id={quoteattr(chart_id)} class="chart" '
            f'viewBox="0 0 {_num(width)} {_num(height)}" width="100%" style="max-width:{_num(width)}px" role="img" '
            f'aria-labelledby="{escape(chart_id)}-title"><title id="{escape(chart_id)}-title">{escape(title)}</title>'
            + "".join(body) + "</svg>")


def percent_scale(values: Sequence[float | None], floor: float = 80.0) -> tuple[float, float]:
    """An axis from a round number at or below the lowest value (never above `floor`) to 100."""
    present = [v for v in values if v is not None]
    low = min([floor, *present]) if present else floor
    return max(0.0, math.floor((low - 1) / 5) * 5), 100.0


def hbar_chart(chart_id: str, title: str, bars: Sequence[Bar], *, scale: tuple[float, float] | None = None,
               marks: Sequence[float] = (), unit: str = "%", colour: str = BRAND) -> str:
    """Horizontal bars (groups, codes) with optional threshold lines."""
    label_w, bar_w, text_w, row_h = 150, 360, 150, 22
    width, top = label_w + bar_w + text_w, 8
    height = top + row_h * max(len(bars), 1) + 22
    lo, hi = scale or (0.0, max([b.value or 0 for b in bars] + [1]))
    span = (hi - lo) or 1

    def x(v: float) -> float:
        return label_w + bar_w * (min(max(v, lo), hi) - lo) / span

    body = [f'<rect x="{label_w}" y="{top}" width="{bar_w}" height="{row_h * len(bars)}" fill="#f7f9fb"/>']
    for i, b in enumerate(bars):
        y = top + i * row_h
        body.append(_text(label_w - 6, y + 15, b.label, anchor="end"))
        if b.value is not None:
            tip = escape(b.tip or f"{b.label}: {_num(b.value)}{unit}")
            body.append(f'<rect class="bar" x="{label_w}" y="{y + 4}" width="{_num(max(x(b.value) - label_w, 1))}" '
                        f'height="{row_h - 8}" fill="{colour}"><title>{tip}</title></rect>')
        body.append(_text(label_w + bar_w + 6, y + 15, b.text or ("" if b.value is None else f"{_num(b.value)}{unit}")))
    for m in marks:
        if lo <= m <= hi:
            body.append(f'<line class="threshold" x1="{_num(x(m))}" x2="{_num(x(m))}" y1="{top}" '
                        f'y2="{top + row_h * len(bars)}" stroke="{MUTED}" stroke-dasharray="3 3"/>')
            body.append(_text(x(m), height - 6, f"{_num(m)}{unit}", size=10, anchor="middle", fill=MUTED))
    body.append(_text(label_w, height - 6, f"{_num(lo)}{unit}", size=10, anchor="start", fill=MUTED))
    if not bars:
        body.append(_text(label_w + 8, top + 15, "No data yet", fill=MUTED))
    return _svg(chart_id, title, width, height, body)


def column_chart(chart_id: str, title: str, bars: Sequence[Bar], *, scale: tuple[float, float],
                 marks: Sequence[float] = (), label_every: int = 1) -> str:
    """Vertical columns (weeks, weekdays) on a percentage axis with threshold lines."""
    left, plot_h, top, bottom = 36, 160, 10, 34
    col_w = max(8, min(60, 640 // max(len(bars), 1)))
    width = left + col_w * max(len(bars), 1) + 10
    height = top + plot_h + bottom
    lo, hi = scale
    span = (hi - lo) or 1

    def y(v: float) -> float:
        return top + plot_h * (1 - (min(max(v, lo), hi) - lo) / span)

    body = []
    for tick in range(int(lo), int(hi) + 1, 5 if hi - lo <= 30 else 10):
        body.append(f'<line x1="{left}" x2="{_num(width - 10)}" y1="{_num(y(tick))}" y2="{_num(y(tick))}" '
                    f'stroke="{LINE}"/>')
        body.append(_text(left - 4, y(tick) + 4, f"{tick}", size=10, anchor="end", fill=MUTED))
    for i, b in enumerate(bars):
        cx = left + i * col_w
        if b.value is not None:
            tip = escape(b.tip or f"{b.label}: {_num(b.value)}%")
            body.append(f'<rect class="bar" x="{cx + 1}" y="{_num(y(b.value))}" width="{col_w - 2}" '
                        f'height="{_num(top + plot_h - y(b.value))}" fill="{BRAND}"><title>{tip}</title></rect>')
        if i % label_every == 0:
            body.append(_text(cx + col_w / 2, top + plot_h + 14, b.label, size=10, anchor="middle", fill=MUTED))
    for m in marks:
        if lo <= m <= hi:
            body.append(f'<line class="threshold" x1="{left}" x2="{_num(width - 10)}" y1="{_num(y(m))}" '
                        f'y2="{_num(y(m))}" stroke="#a4161a" stroke-dasharray="4 3"/>')
    if not bars:
        body.append(_text(left + 8, top + 20, "No data yet", fill=MUTED))
    return _svg(chart_id, title, width, height, body)


def line_chart(chart_id: str, title: str, series: Sequence[Series], first: dt.date, last: dt.date, *,
               scale: tuple[float, float], marks: Sequence[float] = ()) -> str:
    """Lines over dates (a pupil's attendance through the year) with threshold lines and a legend."""
    left, width, top, plot_h = 36, 720, 10, 170
    height = top + plot_h + 44
    lo, hi = scale
    days = max((last - first).days, 1)

    def px(d: dt.date) -> float:
        return left + (width - left - 10) * (d - first).days / days

    def py(v: float) -> float:
        return top + plot_h * (1 - (min(max(v, lo), hi) - lo) / ((hi - lo) or 1))

    body = []
    for tick in range(int(lo), int(hi) + 1, 5 if hi - lo <= 30 else 10):
        ty = _num(py(tick))
        body.append(f'<line x1="{left}" x2="{width - 10}" y1="{ty}" y2="{ty}" stroke="{LINE}"/>')
        body.append(_text(left - 4, py(tick) + 4, f"{tick}", size=10, anchor="end", fill=MUTED))
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        if month >= first:
            body.append(_text(px(month), top + plot_h + 14, month.strftime("%b"), size=10, anchor="middle", fill=MUTED))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    for m in marks:
        if lo <= m <= hi:
            body.append(f'<line class="threshold" x1="{left}" x2="{width - 10}" y1="{_num(py(m))}" y2="{_num(py(m))}" '
                        f'stroke="#a4161a" stroke-dasharray="4 3"><title>{_num(m)}%</title></line>')
    for i, s in enumerate(series):
        dash = ' stroke-dasharray="5 3"' if s.dashed else ""
        if s.points:
            path = " ".join(f"{'M' if j == 0 else 'L'}{_num(px(d))},{_num(py(v))}" for j, (d, v) in enumerate(s.points))
            end_day, end_value = s.points[-1]
            body.append(f'<path class="series" d="{path}" fill="none" stroke="{s.colour}" stroke-width="2"{dash}>'
                        f'<title>{escape(s.name)}: {_num(end_value)}% on {end_day:%d %b}</title></path>')
        lx = left + i * 200
        body.append(f'<line x1="{lx}" x2="{lx + 18}" y1="{height - 10}" y2="{height - 10}" stroke="{s.colour}" '
                    f'stroke-width="2"{dash}/>')
        body.append(_text(lx + 22, height - 6, s.name, size=10))
    return _svg(chart_id, title, width, height, body)


def _fill(code: str | None, is_open: bool) -> str:
    if code is None:
        return EMPTY_FILL if is_open else CLOSED_FILL
    return LATE_FILL if code == LATE else FAMILY_FILL[family(code)]


def calendar_chart(chart_id: str, title: str, first_month: dt.date, marks: Mapping[tuple[dt.date, str], str],
                   is_open: Callable[[dt.date], bool], months: int = 12) -> str:
    """A year of marks: a row per month, a cell per day split into AM (top) and PM (bottom)."""
    label_w, cell, top = 40, 19, 18
    width = label_w + 31 * cell + 4
    height = top + months * (cell + 3) + 30
    body = [_text(label_w + (d - 1) * cell + cell / 2, 12, str(d), size=9, anchor="middle", fill=MUTED)
            for d in range(1, 32)]
    month = dt.date(first_month.year, first_month.month, 1)
    for row in range(months):
        y = top + row * (cell + 3)
        body.append(_text(label_w - 4, y + 13, month.strftime("%b"), size=10, anchor="end"))
        day = month
        while day.month == month.month:
            x = label_w + (day.day - 1) * cell
            open_ = is_open(day)
            cells = []
            for half, dy in (("AM", 0), ("PM", (cell - 2) / 2)):
                code = marks.get((day, half))
                tip = f"{day:%a %d %b} {half}: {code}" if code else f"{day:%a %d %b}{'' if open_ else ' (closed)'}"
                cells.append(f'<rect class="session" x="{x}" y="{_num(y + dy)}" width="{cell - 2}" '
                             f'height="{_num((cell - 2) / 2)}" fill="{_fill(code, open_)}" stroke="{LINE}" '
                             f'stroke-width="0.5"><title>{escape(tip)}</title></rect>')
            body += cells
            day += dt.timedelta(days=1)
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    legend = [("Present", FAMILY_FILL[Family.present]), ("Late (L)", LATE_FILL),
              ("Authorised", FAMILY_FILL[Family.authorised]), ("Unauthorised", FAMILY_FILL[Family.unauthorised]),
              ("Not counted", FAMILY_FILL[Family.not_counted]), ("Closed", CLOSED_FILL)]
    for i, (name, colour) in enumerate(legend):
        lx = label_w + i * 95
        body.append(f'<rect x="{lx}" y="{height - 18}" width="12" height="12" fill="{colour}" stroke="{LINE}"/>')
        body.append(_text(lx + 16, height - 8, name, size=10))
    return _svg(chart_id, title, width, height, body)
