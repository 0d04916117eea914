"""An indicator's values and targets by period, laid out as a small chart for its page.

:func:`observation_chart` turns an indicator's observations into the geometry of an inline SVG
chart — a line per measure (outturns solid, targets dashed, any other measure dotted), a dot per
value, the periods along the bottom and round-number ticks up the side — which the page's template
draws (``templates/pages/chart.html``: markup written by the server, no script, no external asset;
every label escaped as the rest of the page is).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.analysis.indicators import Observation

WIDTH, HEIGHT = 560, 220
"""The chart's size in pixels (its viewBox)."""
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 16, 12, 36
_INSET = 32  # the first and last period stand in from the chart's edges, so their labels fit
_STYLES = {"Outturn": ("#1f5fa8", ""), "Target": ("#c0392b", "6 4")}
_OTHER = ("#6b6b6b", "2 3")
_MEASURE_ORDER = {"Outturn": 0, "Target": 1}


@dataclass(frozen=True)
class ChartPoint:
    """A value drawn as a dot at ``(x, y)``, with what it says when pointed at."""

    x: float
    y: float
    title: str


@dataclass(frozen=True)
class ChartLine:
    """One measure's values over the periods: its colour, dash pattern ("" for solid) and dots."""

    measure: str
    colour: str
    dash: str
    points: tuple[ChartPoint, ...]

    @property
    def polyline(self) -> str:
        """Return the line's points as an SVG ``points`` attribute ("x,y x,y ...")."""
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)


@dataclass(frozen=True)
class ObservationChart:
    """A chart's geometry: its size, the period labels along the bottom and the value ticks up the
    side as ``(position, label)``, its lines, and the unit of the values when they share one."""

    width: int
    height: int
    left: int
    bottom: float
    right: int
    periods: tuple[tuple[float, str], ...]
    ticks: tuple[tuple[float, str], ...]
    lines: tuple[ChartLine, ...]
    unit: str | None


def observation_chart(observations: Sequence[Observation]) -> ObservationChart | None:
    """Return the chart of an indicator's values by period, a line per measure; ``None`` when no
    observation has both a period and a number (a comparator group's values are left out, as the
    plots leave them out).

    Example:
        >>> chart = observation_chart([
        ...     Observation("Outturn", "2009/10", 61.0, "61%", "%", None, 10),
        ...     Observation("Target", "2010/11", 70.0, "70%", "%", None, 10),
        ... ])
        >>> [line.measure for line in chart.lines], [label for _, label in chart.periods], chart.unit
        (['Outturn', 'Target'], ['2009/10', '2010/11'], '%')
        >>> observation_chart([Observation("Outturn", None, 3.0, "3", None, None, 1)]) is None
        True
    """
    drawn = [
        o
        for o in observations
        if o.period and o.value is not None and math.isfinite(o.value) and o.group is None
    ]
    if not drawn:
        return None
    periods = sorted({o.period for o in drawn if o.period})
    values = [o.value for o in drawn if o.value is not None]
    low, high, step = _scale(min(values), max(values))
    inner_width = WIDTH - _LEFT - _RIGHT - 2 * _INSET
    inner_height = HEIGHT - _TOP - _BOTTOM

    def x_of(period: str) -> float:
        if len(periods) == 1:
            return _LEFT + _INSET + inner_width / 2
        return _LEFT + _INSET + inner_width * periods.index(period) / (len(periods) - 1)

    def y_of(value: float) -> float:
        return _TOP + inner_height * (high - value) / (high - low)

    lines = []
    for measure in sorted({o.measure for o in drawn}, key=lambda m: (_MEASURE_ORDER.get(m, 2), m)):
        colour, dash = _STYLES.get(measure, _OTHER)
        points = tuple(
            ChartPoint(x_of(o.period), y_of(o.value), f"{measure} {o.period}: {o.raw}")
            for o in sorted(
                (o for o in drawn if o.measure == measure), key=lambda o: periods.index(o.period or "")
            )
            if o.period and o.value is not None
        )
        lines.append(ChartLine(measure, colour, dash, points))
    ticks = []
    count = round((high - low) / step)
    for index in range(count + 1):
        value = low + index * step
        ticks.append((y_of(value), f"{value:g}"))
    units = {o.unit for o in drawn}
    return ObservationChart(
        WIDTH,
        HEIGHT,
        _LEFT,
        _TOP + inner_height,
        WIDTH - _RIGHT,
        tuple((x_of(period), period) for period in periods),
        tuple(ticks),
        tuple(lines),
        units.pop() if len(units) == 1 else None,
    )


def _scale(low: float, high: float) -> tuple[float, float, float]:
    """Return the axis's bottom, top and tick step: round numbers around ``low``..``high``, taking in 0
    when every value is on one side of it, about five ticks.

    Example:
        >>> _scale(61, 70), _scale(-2, 3), _scale(5, 5)
        ((0.0, 80.0, 20.0), (-2.0, 3.0, 1.0), (0.0, 5.0, 1.0))
    """
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    rough = (high - low) / 5
    magnitude = 10 ** math.floor(math.log10(rough))
    step = float(next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= rough))
    return math.floor(low / step) * step, math.ceil(high / step) * step, step
