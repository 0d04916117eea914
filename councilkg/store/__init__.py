"""Stores: the Store protocol, the embedded Oxigraph store, a SPARQL server as the store, and where
a store is (a folder, ``:memory:``, an endpoint or the environment)."""
