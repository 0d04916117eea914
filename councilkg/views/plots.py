"""Plots (matplotlib): an indicator's outturns and targets over time, one line per plan indicator; and
a comparison of plans, as a grid of item counts (by outcome or theme) or as each shared indicator's
values over time (by indicator)."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

from councilkg.analysis.compare import Comparison
from councilkg.analysis.indicators import IndicatorSeries
from councilkg.errors import CouncilKGError
from councilkg.files import check_target, write_file

PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def check_plot_file(path: Path) -> None:
    """Raise :class:`CouncilKGError` unless ``path`` ends in a format the plot can be written as."""
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise CouncilKGError(f"--plot {path}: give a file ending in {', '.join(PLOT_SUFFIXES)}")


def plot_series(series: list[IndicatorSeries], path: Path, title: str) -> Path:
    """Draw outturns (solid) and targets (dashed) over time, one colour per plan indicator; returns ``path``.

    Raises:
        CouncilKGError: matplotlib is not installed, the suffix is not .png/.svg/.pdf, or the file
            cannot be written (:class:`~councilkg.errors.OutputError`: also a path that exists and is
            not a regular file).
    """
    plt = _pyplot(path)
    periods = sorted({o.period for s in series for o in s.observations if o.period and o.value is not None})
    figure, axes = plt.subplots(figsize=(9, 5))
    for index, one in enumerate(series):
        colour = f"C{index % 10}"
        name = f"{one.plan_short} {one.ref or one.label[:30]} ({one.match})"
        for measure, style in (("Outturn", "-o"), ("Target", "--s")):
            points = sorted(
                (periods.index(o.period), o.value)
                for o in one.observations
                if o.measure == measure and o.period in periods and o.value is not None and o.group is None
            )
            if points:
                xs, ys = zip(*points, strict=True)
                axes.plot(xs, ys, style, color=colour, label=f"{name} {measure.lower()}")
    axes.set_xticks(range(len(periods)), periods)
    axes.set_xlabel("period")
    units = sorted({o.unit for s in series for o in s.observations if o.unit})
    axes.set_ylabel(", ".join(units) or "value")
    axes.set_title(title)
    if axes.lines:
        axes.legend(fontsize="small")
    return _save(plt, figure, path)


def _pyplot(path: Path) -> Any:
    """Return ``matplotlib.pyplot`` (drawing off screen) once ``path`` is known to be writable as a plot.

    Raises:
        CouncilKGError: the suffix is not .png/.svg/.pdf, the path cannot be written, or matplotlib
            is not installed.
    """
    check_plot_file(path)
    check_target(path)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise CouncilKGError("--plot needs matplotlib: pip install 'councilkg[plot]'") from error
    return plt


def _save(plt: Any, figure: Any, path: Path) -> Path:
    """Write ``figure`` to ``path`` in the format its suffix names, close it, and return ``path``."""
    drawing = io.BytesIO()
    try:
        figure.savefig(drawing, format=path.suffix.lower().lstrip("."), bbox_inches="tight")
    finally:
        plt.close(figure)
    write_file(path, drawing.getvalue(), make_folders=True)
    return path


def plot_comparison(comparison: Comparison, path: Path, title: str) -> Path:
    """Draw a comparison of plans; returns ``path``.

    By outcome or theme: a grid, a row per outcome or theme and a column per plan, each cell coloured
    and labelled with the number of the plan's items under it. By indicator: a panel per shared
    indicator, each plan's outturns (solid) and targets (dashed) over the periods printed, a colour
    per plan.

    Raises:
        CouncilKGError: matplotlib is not installed, the suffix is not .png/.svg/.pdf, or the file
            cannot be written.
    """
    plt = _pyplot(path)
    if comparison.by == "indicator":
        figure = _indicator_panels(plt, comparison, title)
    else:
        figure = _count_grid(plt, comparison, title)
    return _save(plt, figure, path)


def _count_grid(plt: Any, comparison: Comparison, title: str) -> Any:
    """Return a figure of item counts: rows of the comparison against its plans."""
    plans = comparison.plans
    rows = comparison.rows
    counts = [[len(row.cells.get(plan.iri, ())) for plan in plans] for row in rows]
    figure, axes = plt.subplots(figsize=(2.5 + 1.6 * len(plans), 1.5 + 0.35 * len(rows)))
    image = axes.imshow(counts or [[0]], cmap="Blues", aspect="auto", vmin=0)
    top = max((n for line in counts for n in line), default=0)
    for y, line in enumerate(counts):
        for x, number in enumerate(line):
            if number:
                colour = "white" if number > top / 2 else "black"
                axes.text(x, y, str(number), ha="center", va="center", color=colour, fontsize="small")
    axes.set_xticks(range(len(plans)), [plan.short for plan in plans], rotation=30, ha="right")
    axes.set_yticks(range(len(rows)), [row.label for row in rows])
    axes.set_title(title)
    figure.colorbar(image, ax=axes, label="items (priorities, actions, indicators)")
    return figure


def _indicator_panels(plt: Any, comparison: Comparison, title: str) -> Any:
    """Return a figure with a panel per indicator row: each plan's outturns and targets by period."""
    rows = comparison.rows
    columns = min(3, max(1, len(rows)))
    lines = max(1, math.ceil(len(rows) / columns))
    figure, grid = plt.subplots(lines, columns, figsize=(5 * columns, 3.2 * lines), squeeze=False)
    colours = {plan.iri: f"C{index % 10}" for index, plan in enumerate(comparison.plans)}
    shown: dict[str, Any] = {}
    for axes, row in zip((a for line in grid for a in line), rows, strict=False):
        values = [
            (plan, o)
            for plan in comparison.plans
            for item in row.cells.get(plan.iri, ())
            for o in item.observations
            if o.measure in ("Outturn", "Target") and o.group is None and o.period and o.value is not None
        ]
        periods = sorted({o.period for _, o in values if o.period})
        for plan in comparison.plans:
            for measure, style in (("Outturn", "-o"), ("Target", "--s")):
                points = sorted(
                    (periods.index(o.period), o.value)
                    for one, o in values
                    if one.iri == plan.iri and o.measure == measure and o.period and o.value is not None
                )
                if points:
                    xs, ys = zip(*points, strict=True)
                    (line,) = axes.plot(xs, ys, style, color=colours[plan.iri])
                    shown.setdefault(plan.short, line)
        axes.set_xticks(range(len(periods)), periods, rotation=30, fontsize="small")
        units = sorted({o.unit for _, o in values if o.unit})
        axes.set_title(row.label, fontsize="small")
        axes.set_ylabel(", ".join(units) or "value", fontsize="small")
        if not values:
            axes.text(0.5, 0.5, "no values printed", ha="center", va="center", transform=axes.transAxes)
    for axes in [a for line in grid for a in line][len(rows) :]:
        axes.set_visible(False)
    figure.suptitle(f"{title} (solid: outturn, dashed: target)")
    if shown:
        figure.legend(list(shown.values()), list(shown), loc="lower center", ncols=min(4, len(shown)))
    figure.tight_layout(rect=(0, 0.05, 1, 0.97))
    return figure
