"""councilkg: a knowledge graph of English councils' children's-services plans.

The library is usable without the CLI; :mod:`councilkg.api` is its public face, re-exported here::

    import councilkg

    with councilkg.open_store(":memory:") as store:
        councilkg.load_plans(store)                 # the four bundled plans
        thread = councilkg.thread(store, "CSKA12")  # up to the outcomes it serves
        councilkg.query(store, "SELECT ?a WHERE { ?a ckg:ref 'CSKA12' }")
"""

from councilkg.api import (
    Gaps,
    PreparedQuery,
    Thread,
    compare,
    example_store,
    gaps,
    indicator,
    load_plans,
    open_store,
    owner,
    owner_loads,
    owner_view,
    owners_of,
    plan_view,
    prepare_query,
    query,
    remove_plan,
    similarity,
    thread,
)

__all__ = [
    "Gaps",
    "PreparedQuery",
    "Thread",
    "compare",
    "example_store",
    "gaps",
    "indicator",
    "load_plans",
    "open_store",
    "owner",
    "owner_loads",
    "owner_view",
    "owners_of",
    "plan_view",
    "prepare_query",
    "query",
    "remove_plan",
    "similarity",
    "thread",
]
