"""Plots: an indicator's outturns and targets over time, one line per plan indicator (matplotlib)."""

from __future__ import annotations

import io
from pathlib import Path

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
    check_plot_file(path)
    check_target(path)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise CouncilKGError("--plot needs matplotlib: pip install 'councilkg[plot]'") from error
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
    drawing = io.BytesIO()
    try:
        figure.savefig(drawing, format=path.suffix.lower().lstrip("."), bbox_inches="tight")
    finally:
        plt.close(figure)
    write_file(path, drawing.getvalue(), make_folders=True)
    return path
