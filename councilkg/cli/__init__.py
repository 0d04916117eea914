"""The ``councilkg`` command line: a thin shell over :mod:`councilkg.api`; the only package that prints.

``main.py`` holds the command group, ``options.py`` the shared options, ``render.py`` the output
formats and ``commands/`` one module per group of commands.
"""
