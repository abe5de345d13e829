"""Server-side SVG bar charts: no script, no inline style (colours come from static/css/inspect.css), printable.

Each chart is a horizontal bar chart with one bar group per row; several series are drawn side by side.
The numbers are printed at the end of each bar, and the table beside the chart carries the same data.
"""

from __future__ import annotations

from markupsafe import Markup, escape

ROW_HEIGHT = 26
LABEL_WIDTH = 240
BAR_AREA = 260
WIDTH = LABEL_WIDTH + BAR_AREA + 60


def _clip(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(title: str, series: list[str], bars: list[tuple[str, list[float]]], *, chart_id: str) -> Markup:
    """An accessible SVG (``role="img"``, a title and a description naming the table that holds the data)."""
    if not bars:
        return Markup("")
    count = max(1, len(series))
    bar_height = max(6, (ROW_HEIGHT - 8) // count)
    top = 8 + (16 * count if count > 1 else 0)
    height = top + len(bars) * ROW_HEIGHT + 8
    peak = max((v for _label, values in bars for v in values), default=0) or 1
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape("The table beside this chart gives the same numbers.")}</desc>',
    ]
    if count > 1:  # legend: one line per series, above the bars
        for index, name in enumerate(series):
            y = 4 + 16 * index
            parts.append(f'<rect class="series-{index}" x="{LABEL_WIDTH}" y="{y}" width="10" height="10"/>')
            parts.append(f'<text class="legend" x="{LABEL_WIDTH + 14}" y="{y + 9}">{escape(_clip(name, 40))}</text>')
    for row, (label, values) in enumerate(bars):
        y = top + row * ROW_HEIGHT
        parts.append(f'<text class="label" x="{LABEL_WIDTH - 6}" y="{y + ROW_HEIGHT / 2 + 4:.0f}" '
                     f'text-anchor="end">{escape(_clip(label))}</text>')
        for index, value in enumerate(values):
            width = 0 if not value else max(1.0, BAR_AREA * float(value) / peak)
            by = y + 4 + index * bar_height
            parts.append(f'<rect class="series-{index}" x="{LABEL_WIDTH}" y="{by}" width="{width:.1f}" '
                         f'height="{bar_height - 1}"/>')
            parts.append(f'<text class="value" x="{LABEL_WIDTH + width + 4:.1f}" y="{by + bar_height - 2}">'
                         f'{escape(_fmt(value))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _fmt(value: float) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
