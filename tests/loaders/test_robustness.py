"""Any text, and any mutation of a real plan, CSV or manifest, gives a result or the project's own error.

The targets are the plan reader and every loader (sniffed or forced by name onto another plan),
at the line level (deleted, swapped, tabbed, HTML-wrapped lines) and the byte level (random bytes,
other encodings and line ends); the generic loader reading through a layout profile; the PDF, Word
and HTML extractors on damaged files; the appraisal CSV reader; and the manifest reader. The number of
examples scales with ``$COUNCILKG_FUZZ_SCALE`` (default 1): ``bench/fuzz.py`` runs these same
tests with many more examples and counts the inputs each target tried in :data:`TRIED`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import councilkg.data as councilkg_data
from councilkg.build.plans import extract
from councilkg.build.triples import extraction_to_graph
from councilkg.data import bundled_plan, bundled_plans, example_appraisals, plans_folder
from councilkg.documents.document import Document, read_document
from councilkg.errors import CouncilKGError, LoaderError
from councilkg.loaders import get_loader, loader_names
from councilkg.loaders.appraisal_csv import read_appraisal_file
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.model import Extraction
from councilkg.loaders.parsing.identity import apply_identity, read_manifest
from councilkg.store.base import prepare_plan
from tests.render_plan import render_docx, render_html, render_pdf

SCALE = max(1, int(os.environ.get("COUNCILKG_FUZZ_SCALE", "1")))
TRIED: Counter[str] = Counter()
"""Inputs tried per fuzz target in this process (read by ``bench/fuzz.py``)."""

GENERIC = Path(__file__).resolve().parent.parent / "data" / "generic"
PLANS = {
    path.name: path.read_text(encoding="utf-8").splitlines()
    for path in [*(plan.path for plan in bundled_plans()), *sorted(GENERIC.glob("*.txt"))]
}
"""The bundled plans and the generic loader's test plans (a layout no specific loader knows)."""
PROFILED = {
    "northmoor-themes-2010-13.txt": GENERIC / "northmoor-themes.toml",
    "lambeth-childrens-directorate-plan-2020-21.txt": Path(councilkg_data.__file__).parent
    / "profiles"
    / "lambeth-childrens-directorate-plan-2020-21.toml",
    "southwark-cypp-2010-13.txt": Path(councilkg_data.__file__).parent
    / "profiles"
    / "southwark-cypp-2010-13.toml",
    "herefordshire-cyp-directorate-plan-2009-11.txt": Path(councilkg_data.__file__).parent
    / "profiles"
    / "herefordshire-cyp-directorate-plan-2009-11.toml",
}
"""Plans with the layout profile written for them."""
LONGEST = max(len(lines) for lines in PLANS.values())
CSV_LINES = example_appraisals().read_text(encoding="utf-8").splitlines()
MANIFEST = json.loads((plans_folder() / "manifest.json").read_text(encoding="utf-8"))
HEAD_LINES = 15
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1")


def fuzz_settings(examples: int) -> settings:
    """Return hypothesis settings for ``examples`` inputs (times ``$COUNCILKG_FUZZ_SCALE``)."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


def in_file(data: bytes, name: str, read: Callable[[Path], object]) -> object:
    """Return ``read(path)`` of ``data`` written to a temporary file called ``name``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read(path)


def load_plan_bytes(data: bytes, loader: str | None = None) -> None:
    """Read ``data`` as a plan file, extract it (with ``loader`` if named) and make its triples.

    Only the project's own errors may escape, and those are the expected outcome for most inputs.
    """

    def run(path: Path) -> None:
        document = read_document(path)
        to_store_terms(extract(document, loader), document)

    with suppress(CouncilKGError):
        in_file(data, "plan.txt", run)


def to_store_terms(extraction: Extraction, document: Document) -> None:
    """Turn an extraction into triples and those into the store's terms, as a build does before writing."""
    triples = extraction_to_graph(extraction, document)
    prepare_plan(triples.plan, triples.shared)


def load_text(text: str) -> None:
    """Write ``text`` as UTF-8 and run it through reading, extraction and triples."""
    load_plan_bytes(text.encode("utf-8", errors="surrogatepass"))


# -- mutations ---------------------------------------------------------------------------------

line_mutation = st.tuples(
    st.sampled_from(["delete", "tab", "html", "swap", "truncate", "duplicate", "blank", "join"]),
    st.integers(min_value=0, max_value=LONGEST - 1),
    st.integers(min_value=0, max_value=LONGEST - 1),
)


def mutate_lines(lines: list[str], mutations: list[tuple[str, int, int]]) -> list[str]:
    """Return ``lines`` with each mutation applied: deleted, swapped or tabbed cells, HTML, cuts..."""
    lines = list(lines)
    for kind, first, second in mutations:
        if not lines:
            break
        first %= len(lines)
        second %= len(lines)
        if kind == "delete":
            del lines[first]
        elif kind == "tab":
            lines[first] = lines[first].replace(" ", "\t", 1)
        elif kind == "html":
            lines[first] = f"<ul><li>{lines[first]}</li></ul>"
        elif kind == "swap":
            cells = lines[first].split("\t")
            if len(cells) > 2:
                cells[1], cells[2] = cells[2], cells[1]
            lines[first] = "\t".join(cells)
        elif kind == "duplicate":
            lines.insert(second, lines[first])
        elif kind == "blank":
            lines[first] = ""
        elif kind == "join":
            lines[first] = lines[first] + "\t" + lines[second]
        else:
            lines = lines[: max(first, 5)]
    return lines


byte_mutation = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "nul", "crlf", "cr"]),
    st.integers(min_value=0, max_value=2**31),
    st.binary(min_size=1, max_size=8),
)


def mutate_bytes(data: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    """Return ``data`` with random bytes flipped, inserted or deleted, NULs, or other line ends."""
    buffer = bytearray(data)
    for kind, position, chunk in mutations:
        at = position % (len(buffer) + 1)
        if kind == "flip" and buffer:
            buffer[at % len(buffer)] = chunk[0]
        elif kind == "insert":
            buffer[at:at] = chunk
        elif kind == "delete":
            del buffer[at : at + len(chunk)]
        elif kind == "nul":
            buffer[at:at] = b"\x00"
        elif kind == "crlf":
            buffer = bytearray(bytes(buffer).replace(b"\n", b"\r\n"))
        elif kind == "cr":
            buffer = bytearray(bytes(buffer).replace(b"\n", b"\r"))
    return bytes(buffer)


# -- plans ---------------------------------------------------------------------------------------


@fuzz_settings(60)
@given(st.text(max_size=2000))
def test_any_text_gives_a_result_or_our_error(text: str) -> None:
    """Arbitrary text never raises anything but the project's own errors."""
    TRIED["any-text"] += 1
    load_text(text)


@fuzz_settings(60)
@given(st.sampled_from(sorted(PLANS)), st.lists(line_mutation, min_size=1, max_size=8))
def test_mutated_plan_gives_a_result_or_our_error(plan: str, mutations: list[tuple[str, int, int]]) -> None:
    """Deleted lines, injected tabs and HTML, swapped columns and truncation never crash a loader."""
    TRIED["mutated-plan"] += 1
    load_text("\n".join(mutate_lines(PLANS[plan], mutations)))


HEADS = {
    extract(read_document(plan.path)).loader: plan.path.read_text(encoding="utf-8").splitlines()[:HEAD_LINES]
    for plan in bundled_plans()
}
"""The first lines (title and front matter) of the plan each loader was written for."""


@fuzz_settings(40)
@given(
    st.sampled_from(loader_names()),
    st.sampled_from(sorted(PLANS)),
    st.booleans(),
    st.lists(line_mutation, max_size=4),
)
def test_loader_forced_onto_any_plan_gives_a_result_or_our_error(
    loader: str, plan: str, graft: bool, mutations: list[tuple[str, int, int]]
) -> None:
    """Every loader, forced by name onto another layout (mutated or not), extracts or refuses cleanly.

    With ``graft``, the other plan's body follows the head of the loader's own plan, so that the
    loader gets past its title check and reads a layout it does not know.
    """
    TRIED["forced-loader"] += 1
    lines = PLANS[plan][HEAD_LINES:] if graft else PLANS[plan]
    head = HEADS.get(loader, []) if graft else []
    document = Document.from_text("plan.txt", "\n".join(head + mutate_lines(lines, mutations)))
    with suppress(CouncilKGError):
        to_store_terms(get_loader(loader).load(document), document)


@fuzz_settings(40)
@given(
    st.sampled_from(sorted(PLANS)),
    st.sampled_from(ENCODINGS),
    st.lists(byte_mutation, max_size=6),
    st.one_of(st.none(), st.sampled_from(loader_names())),
)
def test_plan_bytes_in_any_encoding_give_a_result_or_our_error(
    plan: str, encoding: str, mutations: list[tuple[str, int, bytes]], loader: str | None
) -> None:
    """A plan re-encoded, with bytes flipped, inserted or deleted, is read and extracted or refused."""
    TRIED["plan-bytes"] += 1
    data = "\n".join(PLANS[plan]).encode(encoding, errors="replace")
    load_plan_bytes(mutate_bytes(data, mutations), loader)


@pytest.mark.parametrize("plan", sorted(PLANS))
@pytest.mark.parametrize("keep", [0.1, 0.25, 0.5, 0.75, 0.9])
def test_truncated_plan_gives_a_result_or_our_error(plan: str, keep: float) -> None:
    """A plan cut off part-way (a PDF extraction that stopped) still loads or fails cleanly."""
    lines = PLANS[plan]
    load_text("\n".join(lines[: int(len(lines) * keep)]))


# -- profiles and other formats -----------------------------------------------------------------


@fuzz_settings(40)
@given(st.sampled_from(sorted(PROFILED)), st.lists(line_mutation, min_size=1, max_size=8))
def test_mutated_plan_read_through_its_profile_gives_a_result_or_our_error(
    plan: str, mutations: list[tuple[str, int, int]]
) -> None:
    """The generic loader, following a plan's layout profile, reads a mutated plan or refuses it cleanly."""
    TRIED["profile"] += 1
    document = Document.from_text(plan, "\n".join(mutate_lines(PLANS[plan], mutations)))
    with suppress(CouncilKGError):
        to_store_terms(extract(document, profile=_profile(plan)), document)


_PROFILES: dict[str, Profile] = {}


def _profile(plan: str) -> Profile:
    """Return the profile written for ``plan``, read once."""
    if plan not in _PROFILES:
        _PROFILES[plan] = read_profile(PROFILED[plan])
    return _PROFILES[plan]


_RENDERED: dict[str, bytes] = {}


def rendered(suffix: str) -> bytes:
    """Return the Northmoor plan rendered as a PDF, Word or HTML file (made once, in the tests)."""
    if suffix not in _RENDERED:
        render = {".pdf": render_pdf, ".docx": render_docx, ".html": render_html}[suffix]
        text = (GENERIC / "northmoor-cypp-2010-13.txt").read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as folder:
            _RENDERED[suffix] = render(text, Path(folder) / f"plan{suffix}").read_bytes()
    return _RENDERED[suffix]


@fuzz_settings(25)
@given(st.sampled_from([".pdf", ".docx", ".html"]), st.lists(byte_mutation, min_size=1, max_size=6))
def test_damaged_pdf_word_or_html_gives_a_result_or_our_error(
    suffix: str, mutations: list[tuple[str, int, bytes]]
) -> None:
    """A PDF, Word or HTML plan with bytes flipped, inserted or deleted is read and loaded, or refused."""
    TRIED["pdf-docx-html"] += 1

    def run(path: Path) -> None:
        document = read_document(path)
        to_store_terms(extract(document), document)

    with suppress(CouncilKGError):
        in_file(mutate_bytes(rendered(suffix), mutations), f"plan{suffix}", run)


# -- appraisal CSVs ----------------------------------------------------------------------------

csv_mutation = st.tuples(
    st.sampled_from(
        ["delete", "duplicate", "swap", "quote", "newline-in-cell", "empty-cell", "text", "comma"]
    ),
    st.integers(min_value=0, max_value=len(CSV_LINES) - 1),
    st.text(max_size=20),
)


def mutate_csv(mutations: list[tuple[str, int, str]]) -> str:
    """Return the example appraisal CSV with rows, cells and quotes broken as a spreadsheet might."""
    lines = list(CSV_LINES)
    for kind, index, text in mutations:
        if not lines:
            break
        index %= len(lines)
        cells = lines[index].split(",")
        if kind == "delete":
            del lines[index]
            continue
        if kind == "duplicate":
            lines.insert(index, lines[index])
            continue
        if kind == "swap" and len(cells) > 2:
            cells[0], cells[-1] = cells[-1], cells[0]
        elif kind == "quote":
            cells[len(text) % len(cells)] = '"' + cells[len(text) % len(cells)]
        elif kind == "newline-in-cell":
            cells[0] = f'"{cells[0]}\n{text}"'
        elif kind == "empty-cell":
            cells[len(text) % len(cells)] = ""
        elif kind == "text":
            cells[len(text) % len(cells)] = text
        else:
            cells.insert(len(text) % len(cells), text)
        lines[index] = ",".join(cells)
    return "\n".join(lines) + "\n"


@fuzz_settings(60)
@given(st.lists(csv_mutation, max_size=6), st.sampled_from(ENCODINGS), st.lists(byte_mutation, max_size=3))
def test_mutated_appraisal_csv_gives_rows_or_our_error(
    mutations: list[tuple[str, int, str]], encoding: str, byte_mutations: list[tuple[str, int, bytes]]
) -> None:
    """A broken appraisal CSV (rows, quotes, cells, encoding, bytes) is read or refused with our error."""
    TRIED["appraisal-csv"] += 1
    data = mutate_bytes(mutate_csv(mutations).encode(encoding, errors="replace"), byte_mutations)
    with suppress(CouncilKGError):
        in_file(data, "appraisals.csv", read_appraisal_file)


# -- manifests -----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)
MANIFEST_KEYS = sorted({key for entry in MANIFEST for key in entry})
manifest_mutation = st.tuples(
    st.sampled_from(["set", "delete", "drop-entry", "duplicate-entry"]),
    st.integers(min_value=0, max_value=len(MANIFEST) - 1),
    st.sampled_from(MANIFEST_KEYS),
    json_values,
)


def mutate_manifest(mutations: list[tuple[str, int, str, object]]) -> list[object]:
    """Return the bundled manifest with values replaced by any JSON, keys deleted, entries dropped."""
    entries: list[object] = [dict(entry) for entry in MANIFEST]
    for kind, index, key, value in mutations:
        if not entries:
            break
        index %= len(entries)
        entry = entries[index]
        if kind == "drop-entry":
            del entries[index]
        elif kind == "duplicate-entry":
            entries.append(entry)
        elif isinstance(entry, dict) and kind == "delete":
            entry.pop(key, None)
        elif kind == "set":
            if isinstance(entry, dict) and not isinstance(value, list):
                entry[key] = value
            else:
                entries[index] = value
    return entries


LAMBETH_2020 = read_document(bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path)
LAMBETH_2020_EXTRACTION = extract(LAMBETH_2020)


@fuzz_settings(30)
@given(st.lists(manifest_mutation, max_size=5), st.lists(byte_mutation, max_size=2))
def test_mutated_manifest_gives_identities_or_our_error(
    mutations: list[tuple[str, int, str, object]], byte_mutations: list[tuple[str, int, bytes]]
) -> None:
    """A manifest with any JSON in its fields, or broken bytes, is read or refused with our error.

    Each identity it gives is applied to a real extraction, which must then mint its IRIs.
    """
    TRIED["manifest"] += 1
    text = json.dumps(mutate_manifest(mutations), ensure_ascii=bool(byte_mutations))
    data = mutate_bytes(text.encode("utf-8", errors="surrogatepass"), byte_mutations)
    with suppress(CouncilKGError):
        identities = in_file(data, "manifest.json", read_manifest)
        assert isinstance(identities, list)
        for _, identity in identities:
            extraction = apply_identity(LAMBETH_2020_EXTRACTION, identity)
            to_store_terms(extraction, LAMBETH_2020)


# -- regressions the fuzzing found -------------------------------------------------------------


def test_deeply_nested_manifest_is_our_error(tmp_path: Path) -> None:
    """Regression: a manifest of 100,000 nested lists raised RecursionError from the JSON decoder."""
    manifest = tmp_path / "manifest.json"
    manifest.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(LoaderError, match="nested too deeply"):
        read_manifest(manifest)


def test_risk_reference_with_a_space_is_written(tmp_path: Path) -> None:
    """Regression: a risk printed with the reference "CSSR 0001" minted an IRI with a space, and
    writing the plan raised pyoxigraph's ValueError."""
    text = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path.read_text(encoding="utf-8")
    assert "\nCSSR0001\t" in text
    document = Document.from_text("plan.txt", text.replace("\nCSSR0001\t", "\nCSSR 0001\t"))
    extraction = extract(document)
    assert "CSSR 0001" in {risk.ref for risk in extraction.risks}
    triples = extraction_to_graph(extraction, document)
    prepared = prepare_plan(triples.plan, triples.shared)
    assert "/risk/cssr-0001>" in prepared.plan_text


def test_manifest_authority_is_slugified(tmp_path: Path) -> None:
    """Regression: a manifest's ``authority`` with a space minted an IRI pyoxigraph refused."""
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": "a.txt", "council": "X", "authority": "My Council"}]), "utf-8")
    [(_, identity)] = read_manifest(manifest)
    assert identity.authority == "my-council"
    to_store_terms(apply_identity(LAMBETH_2020_EXTRACTION, identity), LAMBETH_2020)


def test_file_name_too_long_is_our_error(tmp_path: Path) -> None:
    """Regression: a plan or CSV name longer than the file system allows raised OSError."""
    long_name = tmp_path / ("x" * 5000)
    with pytest.raises(LoaderError, match="cannot read"):
        read_document(long_name)
    with pytest.raises(LoaderError, match="cannot read"):
        read_appraisal_file(long_name)
