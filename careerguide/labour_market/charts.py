"""Charts for printed reports, as inline SVG (the page draws the same data with ECharts; a PDF cannot run scripts).

Pure: plain values in, an SVG string out, every label escaped.  No Django import.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

COLOURS = ("#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de")


def _scale(values: list[float]) -> float:
    top = max([v for v in values if v is not None] + [0])
    return top if top > 0 else 1


def bar_chart_svg(*, title: str, categories: list[str], series: list[tuple[str, list[float]]], width: int = 640,
                  height: int = 260) -> str:
    """Grouped vertical bars: one group per category, one bar per series, with a legend and value labels."""
    left, right, top, bottom = 40, 10, 40, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = _scale([v for _name, values in series for v in values])
    group_w = plot_w / max(len(categories), 1)
    bar_w = max(group_w * 0.8 / max(len(series), 1), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
             f' font-size="10">', f'<text x="{width / 2}" y="16" text-anchor="middle" font-size="12">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#444"/>']
    for i, (name, _values) in enumerate(series):
        x = left + i * 110
        parts.append(f'<rect x="{x}" y="22" width="10" height="10" fill="{COLOURS[i % len(COLOURS)]}"/>'
                     f'<text x="{x + 14}" y="31">{escape(name)}</text>')
    for g, category in enumerate(categories):
        gx = left + g * group_w + group_w * 0.1
        for i, (_name, values) in enumerate(series):
            value = values[g] or 0
            h = plot_h * value / peak
            x, y = gx + i * bar_w, top + plot_h - h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{COLOURS[i % len(COLOURS)]}"/><text x="{x + bar_w / 2:.1f}" y="{y - 2:.1f}" '
                         f'text-anchor="middle">{value:g}</text>')
        parts.append(f'<text x="{left + g * group_w + group_w / 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle">'
                     f'{escape(str(category))}</text>')
    parts.append("</svg>")
    return "".join(parts)
