"""The one parsing core every loader shares: finding tables in a document, cells, columns and their
roles, values (numbers, units, periods, dates), references, owners, keys and a plan's identity.

Nothing here knows one plan's layout, a profile or the engine; each helper takes text as printed.
"""
