"""The README.md of a release: what each file is, where the data came from, how to reproduce it, licences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from councilkg.ontology.vocab import NOT_STATED
from councilkg.release.cube import CubeFacts
from councilkg.release.dcat import PlanRecord, WrittenFile
from councilkg.release.void import DatasetStatistics


@dataclass(frozen=True)
class ReadmeFacts:
    """What the README states: the release's title, date, generator (``councilkg 0.1.0``), plans, the
    files written before it, the graph's statistics, whether it conforms to the shapes, and the
    SPARQL endpoint given (if any), and what the RDF Data Cube holds."""

    title: str
    issued: str
    generator: str
    plans: Sequence[PlanRecord]
    files: Sequence[WrittenFile]
    stats: DatasetStatistics
    conforms: bool
    endpoint_url: str | None = None
    cube: CubeFacts | None = None


def _cell(text: object) -> str:
    """Return ``text`` for a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _cube_lines(cube: CubeFacts) -> list[str]:
    """Return the README's section on ``cube.ttl``: what keys an observation and what was left out."""
    lines = [
        "## Statistics (RDF Data Cube)",
        "",
        f"`cube.ttl` holds {cube.observations:,} `qb:Observation`s, one per numeric outturn, target and "
        "comparator, in one `qb:DataSet` whose structure passes the Data Cube integrity constraints. Each "
        "is keyed as official statistics of English councils are: `sdmx-dimension:refArea` is the "
        "authority's ONS statistical-geography IRI (its GSS code), `sdmx-dimension:refPeriod` the UK "
        "government year (`2007/08` is <http://reference.data.gov.uk/id/government-year/2007-2008>; a "
        "value dated by calendar year has <http://reference.data.gov.uk/id/year/2008>), and "
        "`ckg:indicator` and `ckg:measureType` (outturn, target, comparator) tell the values of one area "
        "and period apart; the value is `sdmx-measure:obsValue`, its unit `ckg:unit`. An observation "
        "keeps its IRI from the plan's graph, where the value as printed (`ckg:rawValue`), the period "
        "as printed (`ckg:period`) and the source line are.",
    ]
    if cube.without_gss:
        named = ", ".join(f"<{iri}>" for iri in cube.without_gss)
        lines += [
            "",
            f"No GSS code is known for {named}: its values' `sdmx-dimension:refArea` is the authority's "
            "own councilkg IRI, which joins no official statistics until a code is given "
            "(`councilkg load --gss CODE`).",
        ]
    left_out = []
    if cube.undated:
        left_out.append(f"{cube.undated:,} value(s) with no year (no `refPeriod`)")
    if cube.duplicates:
        left_out.append(f"{cube.duplicates:,} value(s) keyed as another (area, period, indicator, measure)")
    if left_out:
        lines += ["", f"Left out of the cube, but in the graphs and `indicators.csv`: {'; '.join(left_out)}."]
    return lines


def readme_text(facts: ReadmeFacts) -> str:
    """Return the release's README.md as Markdown.

    Example:
        >>> from councilkg.release.void import dataset_statistics
        >>> text = readme_text(ReadmeFacts("A release", "2026-01-31", "councilkg 0.1.0", [], [],
        ...                                dataset_statistics([]), True))
        >>> text.splitlines()[0]
        '# A release'
    """
    stats = facts.stats
    lines = [
        f"# {facts.title}",
        "",
        f"Written by {facts.generator} on {facts.issued}: the public graphs of a councilkg store — "
        f"{len(facts.plans)} plan(s), the reference data (frameworks, authorities, people, posts, indicator "
        f"sets, themes) and the councilkg vocabulary — in {len(stats.graphs)} named graph(s) holding "
        f"{stats.triples:,} distinct triples. Staff appraisal objectives (councilkg's private graphs) are "
        "never part of a release.",
        "",
        "## Files",
        "",
        "| file | what it holds | bytes |",
        "|---|---|---|",
    ]
    lines += [f"| `{_cell(f.path)}` | {_cell(f.description)} | {f.byte_size:,} |" for f in facts.files]
    lines += [
        "| `README.md` | This file | |",
        "| `catalog.ttl` | The DCAT catalogue: a `dcat:Dataset` per plan (council, years, source document "
        "and its SHA-256, licence) and for the release, a `dcat:Distribution` per file (URL, media type, "
        "size, SHA-256) | |",
        "| `SHA256SUMS` | The SHA-256 of every file: `sha256sum -c SHA256SUMS` | |",
        "",
        "The RDF files hold the same public graphs: `dataset.nq` and `dataset.trig` keep each named graph "
        "(Turtle cannot hold named graphs, so TriG does); `dataset.ttl` is their merge, each triple once; "
        "`graphs/` has one Turtle file per named graph. IRIs in `void.ttl` and `catalog.ttl` are relative "
        "to the file (`<dataset.nq>`, `<#catalog>`), so they resolve wherever this folder is published. "
        "CSV cells that a spreadsheet would run as a formula (text starting with `=`, `+`, `-`, `@`, a tab "
        "or a carriage return) start with `'`; the RDF files hold the text as printed.",
        "",
        "## Plans and their sources",
        "",
        "| plan | council | years | source document | SHA-256 of the source | loader | licence |",
        "|---|---|---|---|---|---|---|",
    ]
    for plan in facts.plans:
        years = "–".join(year for year in (plan.start_year, plan.end_year) if year) or "not stated"
        source = plan.source.file_name
        if plan.original is not None:
            source += f" (text of {plan.original.file_name}, SHA-256 {plan.original.sha256})"
        lines.append(
            f"| {_cell(plan.title)} | {_cell(plan.authority_label)} | {years} | {_cell(source)} | "
            f"`{plan.source.sha256}` | {_cell(plan.loader)} | {_cell(plan.licence or NOT_STATED)} |"
        )
    verdict = (
        "conforms to every shape"
        if facts.conforms
        else "does not conform to every shape: `validation.ttl` lists each violation"
    )
    lines += [
        "",
        "## Provenance",
        "",
        "Each plan was read from the text file named above (the digest identifies the exact bytes; a PDF, "
        "Word or HTML plan is read as the text extracted from it, which `councilkg extract FILE` shows). "
        "Every item states its plan (`ckg:inPlan`), the line it was read from (`ckg:sourceLine`) and the "
        "source document (`prov:wasDerivedFrom`, a `ckg:SourceDocument` with `ckg:sha256`). The graph "
        f"{verdict} of `councilkg/ontology/shapes.ttl` (SHACL).",
    ]
    if facts.endpoint_url:
        lines += ["", f"The same graphs are served at the SPARQL endpoint <{facts.endpoint_url}>."]
    if facts.cube is not None:
        lines += ["", *_cube_lines(facts.cube)]
    lines += [
        "",
        "## Reproducing this release",
        "",
        "```",
        f"councilkg --version             # {facts.generator}, as above",
        "councilkg build PLAN_FILES...    # the bundled plans: councilkg build",
        "councilkg release DIR",
        "sha256sum -c SHA256SUMS          # in DIR",
        "```",
        "",
        "The same plan files and councilkg version give the same files, but for the date in "
        "`void.ttl`, `catalog.ttl` and this README.",
        "",
        "## Licences",
        "",
        f"Each plan's content is under the licence the plan states; a plan that states none is marked "
        f'"{NOT_STATED}" (its dataset\'s `dcterms:license` in `catalog.ttl`, and the table above): ask its '
        "council before reusing more than the law allows. The councilkg vocabulary "
        "(`https://w3id.org/councilkg#`) is CC BY 4.0; the reference frameworks and indicator sets cite "
        "their sources (`dcterms:source`). councilkg itself is MIT-licensed software; that licence is "
        "not the data's.",
        "",
    ]
    return "\n".join(lines)
