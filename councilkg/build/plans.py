"""Building plans into a store: read, pick a loader, extract, turn into triples, replace the plan's graph.

Every file is read and extracted before anything is written, so a bad file leaves the store as it
was; then each plan's graph is replaced in its own transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rdflib import URIRef

from councilkg.build.authorities import AuthorityMatch, KnownAuthority, known_authorities, match_authority
from councilkg.build.reference import refresh_reference
from councilkg.build.triples import extraction_to_graph, plan_graph_iri
from councilkg.data import bundled_plans
from councilkg.documents.document import Document, read_document
from councilkg.documents.extract import DEFAULT_BUDGET, ExtractionBudget
from councilkg.errors import CouncilKGError, LoaderError, OutputError, StoreError, UnknownLayoutError
from councilkg.files import WRITE_FAILED_SUFFIX, write_file
from councilkg.loaders import find_loader, get_loader
from councilkg.loaders.coverage import Coverage, coverage_of
from councilkg.loaders.generic.engine import GenericLoader
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.model import Extraction, ExtractionWarning, Guess
from councilkg.loaders.parsing.identity import PlanIdentity, apply_identity
from councilkg.loaders.parsing.userpatterns import lines_named
from councilkg.store.base import PreparedPlan, Store, prepare_plan
from councilkg.store.sourcetext import extracted_text_path

ProgressCallback = Callable[[str, Path], None]
"""Called with a stage ("extract", "load", "skip") and the file it concerns."""


@dataclass
class PlanBuild:
    """What building one file did: the plan it loaded (or why it was skipped), counts and warnings."""

    file: Path
    plan: URIRef | None = None
    title: str | None = None
    council: str | None = None  # the name of the plan's council ("Lambeth")
    loader: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    warnings: list[ExtractionWarning] = field(default_factory=list)
    skipped: str | None = None
    coverage: Coverage | None = None
    guessed: dict[str, Guess] = field(default_factory=dict)  # what the loader guessed of the plan's identity
    authority_match: AuthorityMatch | None = None  # the store's authority the plan joined, named otherwise
    replaced: str | None = None  # the plan this one replaced (``load --replace``), as the user would name it
    notes: tuple[str, ...] = ()  # what reading the file noticed (read as Windows-1252, a page without text)
    extracted: tuple[str, str] | None = None  # (file name, text) of the text extracted from a PDF/DOCX/HTML
    kept_text: tuple[str, str] | None = None  # (file name, text) of a UTF-8 text plan, kept for its pages
    saved_text: Path | None = None  # where that text was saved beside the store
    unsaved_text: str | None = None  # why that text could not be saved (the plan itself was written)


@dataclass(frozen=True)
class _Spooled:
    """Where a prepared plan's N-Triples lie in the build's spool file."""

    name: URIRef
    offset: int
    plan_bytes: int
    shared_bytes: int
    triples: int


class _Spool:
    """A temporary file holding each prepared plan until the build writes it.

    Every file is extracted before anything is written, so that a bad file leaves the store as it
    was; keeping a thousand prepared plans in memory meanwhile would cost gigabytes.
    """

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file

    def put(self, prepared: PreparedPlan) -> _Spooled:
        plan, shared = prepared.plan_text.encode(), prepared.shared_text.encode()
        self.file.seek(0, 2)
        offset = self.file.tell()
        self.file.write(plan)
        self.file.write(shared)
        return _Spooled(prepared.name, offset, len(plan), len(shared), prepared.triples)

    def get(self, spooled: _Spooled) -> PreparedPlan:
        self.file.seek(spooled.offset)
        plan = self.file.read(spooled.plan_bytes).decode()
        shared = self.file.read(spooled.shared_bytes).decode()
        return PreparedPlan(spooled.name, plan, shared, spooled.triples)


@dataclass
class _Prepared:
    result: PlanBuild
    triples: _Spooled | None = None


def extraction_counts(extraction: Extraction) -> dict[str, int]:
    """Return how many of each kind of item an extraction holds, for the build summary."""
    return {
        "priorities": len(extraction.priorities),
        "actions": len(extraction.actions),
        "indicators": len(extraction.indicators),
        "observations": sum(len(i.observations) for i in extraction.indicators),
        "risks": len(extraction.risks),
        "people": len(extraction.people),
    }


def extract(document: Document, loader: str | None = None, profile: Profile | None = None) -> Extraction:
    """Return the extraction of a document by the named loader, or by the one that recognises its layout.

    With a layout ``profile``, the generic loader reads the document as the profile says.

    Raises:
        CouncilKGError: no loader has the given name.
        UnknownLayoutError: no loader recognises the document.
        LoaderError: the loader found the layout broken.
    """
    if profile is not None:
        with lines_named(document.path, document.lines):  # a profile's pattern ran too long on a line
            return GenericLoader(profile).load(document)
    chosen = get_loader(loader) if loader else find_loader(document)
    return chosen.load(document)


def resolve_plan_file(name: str | Path) -> Path:
    """Return the path of a plan file given as a path, or as a bundled plan's file name or stem.

    Raises:
        LoaderError: no such file and no bundled plan of that name.
    """
    path = Path(name)
    try:
        if path.exists():
            return path
    except OSError as error:  # a name too long for the file system, say
        raise LoaderError(path, f"cannot read: {error.strerror or error}") from error
    for plan in bundled_plans():
        if str(name) in {plan.path.name, plan.path.stem}:
            return plan.path
    names = ", ".join(plan.path.stem for plan in bundled_plans())
    raise LoaderError(path, "no such file or bundled plan", hint=f"bundled plans: {names}")


def build(
    store: Store,
    files: Sequence[str | Path] | None = None,
    progress: ProgressCallback | None = None,
    loader: str | None = None,
    identities: Mapping[Path, PlanIdentity] | None = None,
    profile: Profile | None = None,
    budget: ExtractionBudget = DEFAULT_BUDGET,
    replaces: URIRef | None = None,
) -> list[PlanBuild]:
    """Load plans into ``store``, one transaction per plan (or, inside the store's ``bulk_writes()``
    block, queued for its bulk build).

    Args:
        store: an open, writable store.
        files: plan files to load; ``None`` or empty loads the bundled corpus, where a plan that no
            loader recognises yet is reported as skipped rather than failing the build.
        progress: called as each file is extracted, loaded or skipped.
        loader: the name of the loader to read every file with, instead of the one that
            recognises each file's layout.
        identities: for some files (keyed by path as given), the council, title, type and years
            to use instead of the loader's (see :func:`~councilkg.loaders.parsing.identity.read_manifest`);
            an identity's own loader wins over ``loader``.
        profile: a layout profile to read every file with (by the generic loader), instead of a loader.
        budget: what extracting each PDF, Word or HTML file may use (characters, pages, seconds, memory).
        replaces: a plan (its IRI) that the one file given replaces: it is dropped in the transaction
            that writes the new plan, whatever the new plan is called.

    Returns:
        One :class:`PlanBuild` per file, in the order given.

    Raises:
        LoaderError: a named file cannot be read, or its layout is not recognised; nothing is written.
        CouncilKGError: no loader has the given name, or ``replaces`` is given with other than one
            file; nothing is written.
    """
    bundled = not files
    if replaces is not None and len(files or ()) != 1:
        raise CouncilKGError("a plan is replaced by one plan: give one file to load in its place")
    if bundled:
        paths = [plan.path for plan in bundled_plans()]
    else:
        paths = [resolve_plan_file(file) for file in files or ()]
    notify = progress or (lambda stage, path: None)
    stated = {Path(path): identity for path, identity in (identities or {}).items()}
    authorities = known_authorities(store)
    jobs = [_Job(path, stated.get(path), loader, bundled, profile, budget, authorities) for path in paths]
    with tempfile.TemporaryFile(prefix="councilkg-build-") as file:
        spool = _Spool(file)
        prepared: list[_Prepared] = []
        for job, (result, plan) in zip(jobs, _prepare_all(jobs, notify), strict=True):
            notify("extract", job.path)
            if result.skipped:
                notify("skip", job.path)
            prepared.append(_Prepared(result, spool.put(plan) if plan is not None else None))
        _check_distinct_plans([item.result for item in prepared])
        refresh_reference(store)
        written: list[str] = []
        for item in prepared:
            if item.triples is not None:
                notify("load", item.result.file)
                try:
                    item.result.triples = store.write_plan(spool.get(item.triples), replaces)
                except StoreError as error:
                    raise StoreError(f"{error}; {_what_was_written(item.result, written)}") from error
                written.append(item.result.file.name)
                _save_extracted_text(store, item.result)
    return [item.result for item in prepared]


def _what_was_written(failed: PlanBuild, written: Sequence[str]) -> str:
    """Return what a build had written when writing ``failed`` failed: each plan is whole or absent."""
    before = f"{', '.join(written)} written before it" if written else "no plan written before it"
    return f"{failed.file.name} and the plans after it were not written, {before} (each plan whole)"


def _save_extracted_text(store: Store, result: PlanBuild) -> None:
    """Save a plan's extracted text beside the store, so its source lines can be read (and keep a
    copy of a UTF-8 text plan, for its pages: :func:`_keep_text`).

    Sets ``result.saved_text`` to where it was saved, or ``result.unsaved_text`` to why it was not:
    the plan is in the store by then, so a full disk here fails the text, not the load.
    """
    if result.kept_text is not None and result.plan is not None:
        _keep_text(store, result.plan, *result.kept_text)
    if result.extracted is None or result.plan is None:
        return
    path = extracted_text_path(str(store.location), result.plan, result.extracted[0])
    if path is None:
        return
    try:
        write_file(path, result.extracted[1], make_folders=True)
    except OutputError as error:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)  # the text of the plan's previous version would mislead
        result.unsaved_text = str(error).removesuffix(WRITE_FAILED_SUFFIX)
        return
    result.saved_text = path


def _keep_text(store: Store, plan: URIRef, name: str, text: str) -> None:
    """Keep a copy of a text plan beside a store folder, so its pages can show the lines around an
    item's source line; returns nothing. The file itself is the plan's source, so a copy that cannot
    be written is left out (and an older copy removed), the load unharmed."""
    path = extracted_text_path(str(store.location), plan, name)
    if path is None:
        return
    try:
        write_file(path, text, make_folders=True)
    except OutputError:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _utf8_text(document: Document) -> tuple[str, str] | None:
    """Return ``(file name, text)`` of a text plan whose UTF-8 bytes are its file's (no byte-order
    mark, no other encoding), so the copy's SHA-256 is the source document's; else ``None``."""
    if document.original is not None:
        return None
    if hashlib.sha256(document.text.encode("utf-8")).hexdigest() != document.sha256:
        return None
    return document.text_name, document.text


@dataclass(frozen=True)
class _Job:
    """One file to extract, with what the build was told about it."""

    path: Path
    identity: PlanIdentity | None
    loader: str | None
    bundled: bool
    profile: Profile | None = None
    budget: ExtractionBudget = DEFAULT_BUDGET
    authorities: tuple[KnownAuthority, ...] = ()
    """The authorities the store knows, which a plan naming one of them joins."""


PARALLEL_FROM = 8
"""Files from which a build extracts in worker processes, one per core; fewer are not worth starting them."""


def _prepare_all(
    jobs: Sequence[_Job], notify: ProgressCallback
) -> Iterator[tuple[PlanBuild, PreparedPlan | None]]:
    """Yield, in order, what building each file will write, extracting in parallel for many files.

    Extraction (parsing, triples, themes) is pure Python and the bulk of a build's time; the
    writes stay in this process, one transaction per plan, after every file has extracted.
    """
    workers = min(os.cpu_count() or 1, len(jobs))
    if len(jobs) < PARALLEL_FROM or workers < 2:
        yield from map(_prepare, jobs)
        return
    context = multiprocessing.get_context("forkserver" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(_prepare, jobs, chunksize=4)


def _prepare(job: _Job) -> tuple[PlanBuild, PreparedPlan | None]:
    """Return what building one file will write, or why it is skipped (then no plan)."""
    path, identity = job.path, job.identity
    document = read_document(path, job.budget)
    try:
        extraction = extract(document, (identity.loader if identity else None) or job.loader, job.profile)
    except UnknownLayoutError:
        if not job.bundled:
            raise
        return PlanBuild(path, skipped="no loader for this layout yet"), None
    guessed = dict(extraction.guessed)
    if identity is not None:
        extraction = apply_identity(extraction, identity)
        stated_keys = {
            "council": identity.council,
            "title": identity.title,
            "type": identity.plan_type,
            "years": identity.start_year,
        }
        guessed = {key: guess for key, guess in guessed.items() if stated_keys.get(key) is None}
    try:
        extraction.plan, matched = match_authority(extraction.plan, job.authorities)
    except CouncilKGError as error:
        raise LoaderError(path, str(error)) from error
    result = PlanBuild(
        file=path,
        plan=plan_graph_iri(extraction),
        title=extraction.plan.title,
        council=extraction.plan.council,
        loader=extraction.loader,
        counts=extraction_counts(extraction),
        warnings=sorted(extraction.warnings, key=lambda warning: warning.line),
        coverage=coverage_of(extraction, document),
        guessed=guessed,
        authority_match=matched,
        notes=_reading_notes(document),
        extracted=(document.text_name, document.text) if document.original is not None else None,
        kept_text=_utf8_text(document),
    )
    triples = extraction_to_graph(extraction, document)
    return result, prepare_plan(triples.plan, triples.shared)


_ENCODING_NAMES = {"cp1252": "Windows-1252", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def _reading_notes(document: Document) -> tuple[str, ...]:
    """Return what reading ``document`` noticed: an encoding other than UTF-8, pages without text..."""
    encoding = _ENCODING_NAMES.get(document.encoding)
    read_as = (f"read as {encoding} text, not UTF-8",) if encoding else ()
    return read_as + document.notes


def _check_distinct_plans(results: Sequence[PlanBuild]) -> None:
    """Refuse two files that would become the same plan graph, the second silently replacing the first.

    Raises:
        LoaderError: two files give the same plan IRI.
    """
    first: dict[URIRef, Path] = {}
    for result in results:
        if result.plan is None:
            continue
        if result.plan in first:
            raise LoaderError(
                result.file,
                f"is the same plan as {first[result.plan]} ({result.plan})",
                hint="give each file its own --title or slug, or load them one at a time",
            )
        first[result.plan] = result.file
