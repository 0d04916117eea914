"""The query page of ``councilkg serve`` (``GET /``): YASGUI over the server's own ``/sparql``.

The page names its scripts and stylesheets by URL (:mod:`~councilkg.server.assets`, all served by
this server) and carries its data — the named queries as examples, the vocabulary's prefixes, the
first tab's query — in a ``<script type="application/json">`` block, so it runs under a policy
allowing scripts, styles and connections to this origin alone. Without JavaScript a plain form
sends the query and the browser shows the answer.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from string import Template

from councilkg.ontology.vocab import ID_IRI, PREFIXES
from councilkg.server.assets import asset_url
from councilkg.server.examples import COMMANDS, RESEARCHERS, examples, prefix_lines

GRIP_STYLE_HASH = "sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk="
"""The hash of the one ``<style>`` element YASGUI adds (column-resizer's rules for the results
table's column grips, a constant string in ``yasgui.min.js``; a test recomputes it from there)."""
QUERY_PAGE_CSP = (
    f"default-src 'none'; script-src 'self'; style-src 'self' '{GRIP_STYLE_HASH}'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""Scripts, stylesheets, images and connections from this server only, and no other inline code:
no inline script, no ``eval``, no ``style`` attribute; the one inline ``<style>`` element allowed is
named by its hash (:data:`GRIP_STYLE_HASH`)."""

DEFAULT_QUERY = """SELECT ?plan ?title (COUNT(?action) AS ?actions)
WHERE {
  ?plan a ckg:Plan ; dcterms:title ?title .
  ?action a ckg:Action ; ckg:inPlan ?plan .
}
GROUP BY ?plan ?title
ORDER BY DESC(?actions)"""
"""The first tab's query (and the form's, without JavaScript): the plans by their number of actions."""


def script_json(value: object) -> str:
    """Return ``value`` as JSON that cannot end the ``<script type="application/json">`` holding it
    (``<``, ``>`` and ``&`` written as JSON escapes; it parses to the same value).

    Example:
        >>> print(script_json({"text": "</script><b>&"}))
        {"text": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}
    """
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_data() -> dict[str, object]:
    """Return what the page's script reads: the first tab's query (its prefixes declared), the
    examples and their groups, the prefixes for completion (``ckg: <…>``) and for YASR, and the
    namespace of the IRIs whose pages this server serves."""
    return {
        "default": prefix_lines(["ckg", "dcterms"]) + "\n" + DEFAULT_QUERY + "\n",
        "examples": examples(),
        "groups": [RESEARCHERS, COMMANDS],
        "prefixes": [f"{name}: <{iri}>" for name, iri in PREFIXES.items()],
        "prefixMap": dict(PREFIXES),
        "idNamespace": ID_IRI,
    }


@cache
def query_page() -> bytes:
    """Return the query page's HTML (the same for every request: the named queries are package data)."""
    template = Template(resources.files("councilkg.server").joinpath("page.html").read_text(encoding="utf-8"))
    return template.substitute(
        yasgui_css=asset_url("yasgui/yasgui.min.css"),
        yasgui_js=asset_url("yasgui/yasgui.min.js"),
        page_css=asset_url("query.css"),
        page_js=asset_url("query.js"),
        default_query=html.escape(DEFAULT_QUERY, quote=False),
        examples=script_json(page_data()),
    ).encode()
