"""The read side: threads, gaps, compare, indicators, ownership, lookup, similarity, crosswalk
suggestions and validation, each reading a store through its protocol."""
