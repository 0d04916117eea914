"""councilkg: a knowledge graph of English councils' children's-services plans.

The library is usable without the CLI; :mod:`councilkg.api` is its public face, re-exported here::

    import councilkg

    with councilkg.open_store(":memory:") as store:
        councilkg.load_plans(store)                 # the four bundled plans
        thread = councilkg.thread(store, "CSKA12")  # up to the outcomes it serves
        councilkg.query(store, "SELECT ?a ?ref WHERE { ?a ckg:ref ?ref }", {"ref": "CSKA12"})
"""

from councilkg.api import *  # noqa: F403 (the public face: api.__all__ says what it is)
from councilkg.api import __all__ as __all__
