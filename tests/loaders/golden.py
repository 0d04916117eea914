"""The plan graphs a loader's reading gives, as N-Quads lines, for the golden-file comparisons of the
bundled plans read by profiles (``tests/data/golden/``)."""

from __future__ import annotations

import dataclasses

from councilkg.build.triples import extraction_to_graph
from councilkg.documents.document import Document
from councilkg.loaders.model import Extraction


def reading_quads(
    extraction: Extraction, document: Document, plan: str, authority: str, gss: str
) -> set[str]:
    """Return the plan's named graph and its shared triples as N-Quads lines, labelled as the build
    would label them under one loader name.

    The plan's period and its posts' dated memberships are left out: the build makes them from any
    plan's facts (added after the golden files were made), so they are no loader's reading.
    """
    info = dataclasses.replace(extraction.plan, authority_label=authority, gss=gss)
    triples = extraction_to_graph(dataclasses.replace(extraction, plan=info, loader="compared"), document)
    dated = (f"{plan}/period", f"{plan}/membership/")
    quads = {
        f"{s.n3()} {p.n3()} {o.n3()} <{plan}> .\n"
        for s, p, o in triples.plan
        if not str(s).startswith(dated) and not str(o).startswith(dated)
    }
    return quads | {f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples.shared}
