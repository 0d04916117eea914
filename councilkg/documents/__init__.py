"""Documents: a plan's file (text, PDF, Word or HTML) read into the one document model.

:func:`~councilkg.documents.document.read_document` reads a file into a
:class:`~councilkg.documents.document.Document`: its text laid out as lines (headings and
paragraphs one a line, each table as tab-separated rows, :mod:`councilkg.documents.extract`),
with the page and position of each line of a PDF. :mod:`councilkg.documents.tables` holds the
table model. Nothing here knows a plan's layout, a loader or a store.
"""
