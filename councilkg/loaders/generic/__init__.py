"""The reading engine: any plan, in any layout, into plan records by general rules.

:mod:`~councilkg.loaders.generic.engine` runs the steps: tables the text flattened are rebuilt
(:mod:`~councilkg.loaders.generic.flattables`), the section reader
(:mod:`~councilkg.loaders.generic.sections`) reads the tables by their kind
(:mod:`~councilkg.loaders.generic.tablekinds`) and row by row (:mod:`~councilkg.loaders.generic.rows`),
the outline reader (:mod:`~councilkg.loaders.generic.outline`) reads headings, numbered paragraphs
and lists. A layout profile (:mod:`~councilkg.loaders.generic.profile`, read and checked by
:mod:`~councilkg.loaders.generic.profilefile`, drafted by :mod:`~councilkg.loaders.generic.profileinit`)
adds what one layout needs, without code.
"""
