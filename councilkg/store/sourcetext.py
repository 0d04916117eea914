"""The plan texts a store folder keeps beside itself, so a source line can be shown in its context.

A folder store ``S`` keeps, in ``S.extracted/<authority>/<plan>/``, the text of each plan as it is
loaded (the build writes it there): the text extracted from a PDF, Word or HTML file, or a copy of a
text file in UTF-8 (one in another encoding is not copied); an in-memory store and a SPARQL server
keep none. A held text is read back only when its
SHA-256 is the one the plan's graph records (``ckg:sha256`` of its ``ckg:SourceDocument``), so a
text left from an earlier version of the plan is never shown as this one's.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import URIRef

from councilkg.ontology.vocab import ID
from councilkg.store.embedded import MEMORY

EXTRACTED_SUFFIX = ".extracted"
"""The folder beside a store folder where the text extracted from PDF, Word and HTML plans is kept."""


def extracted_text_path(store_location: str, plan: URIRef | str, name: str) -> Path | None:
    """Return where the text extracted for ``plan`` is saved beside a store folder; ``None`` for other stores.

    Example:
        >>> from rdflib import URIRef
        >>> extracted_text_path(".ckg/store", URIRef("https://w3id.org/councilkg/id/plan/x/p"), "p.pdf.txt")
        PosixPath('.ckg/store.extracted/x/p/p.pdf.txt')
        >>> extracted_text_path(":memory:", URIRef("https://w3id.org/councilkg/id/plan/x/p"), "p.txt") is None
        True
    """
    if store_location == MEMORY or "://" in store_location:
        return None
    relative = str(plan).removeprefix(str(ID) + "plan/")
    return Path(store_location + EXTRACTED_SUFFIX) / relative / name


def held_text_lines(store_location: str, plan: str, file_name: str, sha256: str | None) -> list[str] | None:
    """Return the lines of a plan's source text as the store keeps it beside itself, or ``None`` when
    it keeps none (a text plan, an in-memory or remote store), the file name would lead out of the
    plan's folder, or the text held is not the one ``sha256`` names.

    Example:
        >>> held_text_lines(":memory:", "https://w3id.org/councilkg/id/plan/x/p", "p.txt", None) is None
        True
    """
    if not plan.startswith(str(ID) + "plan/") or file_name in {"", ".", ".."} or "/" in file_name:
        return None
    path = extracted_text_path(store_location, plan, file_name)
    if path is None or not path.resolve().is_relative_to(Path(store_location + EXTRACTED_SUFFIX).resolve()):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        return None
    return text_lines(data.decode("utf-8", errors="replace"))


def text_lines(text: str) -> list[str]:
    r"""Return ``text`` split into lines as source lines count them: only CRLF, LF and CR end a line
    (as :attr:`Document.lines <councilkg.documents.document.Document.lines>` splits a plan), not the
    form feeds and other separators ``str.splitlines`` would also split at.

    Example:
        >>> text_lines("a\r\nb\x0cc\u2028d\n")
        ['a', 'b\x0cc\u2028d']
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines
