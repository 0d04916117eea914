"""councilkg: a knowledge graph of English councils' children's-services plans.

The library is usable without the CLI::

    from councilkg.store.embedded import EmbeddedStore
    from councilkg.build.plans import build

    with EmbeddedStore.open(":memory:") as store:
        build(store)                     # the four bundled plans
        store.query("SELECT ?a WHERE { ?a ckg:ref 'CSKA12' }")
"""
