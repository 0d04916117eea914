"""From extraction records to RDF in a store, and what is read back from it."""
