"""The questions ``bench/scale.py`` asks of every engine (councilkg's store, raw pyoxigraph, rdflib) as
one SPARQL text each: the owner lookup and gaps are councilkg's named queries, the thread down from an
outcome and the authority comparison are written here."""

from __future__ import annotations

from councilkg.queries import named_queries

THREAD_QUERIES = ("thread-plans", "thread-nodes", "thread-targets", "thread-edges", "thread-owners")

# The questions asked of raw pyoxigraph and rdflib. Owner lookup and gaps are councilkg's named queries
# (owned-items, thread-completeness); these two are written here.
THREAD_DOWN = """
SELECT ?outcome ?item ?type ?ref ?label ?owner ?ownerLabel ?holderLabel
WHERE {
  ?item (ckg:supports|ckg:contributesTo|ckg:measures)+ ?outcome ;
        a ?class ;
        rdfs:label ?label .
  FILTER(?class IN (ckg:Priority, ckg:Action, ckg:Indicator))
  OPTIONAL { ?item ckg:ref ?ref }
  OPTIONAL {
    ?item ckg:owner ?owner .
    ?owner rdfs:label ?ownerLabel .
    OPTIONAL { ?owner org:heldBy/rdfs:label ?holderLabel }
  }
  BIND(STRAFTER(STR(?class), "#") AS ?type)
}
"""
"""The golden thread down from one outcome (bind ?outcome): every item that leads to it, with owners."""

COMPARE = """
SELECT ?notation (COUNT(DISTINCT ?authority) AS ?authorities) (COUNT(DISTINCT ?indicator) AS ?indicators)
       (COUNT(?value) AS ?outturns) (AVG(?value) AS ?meanOutturn)
WHERE {
  ?indicator ckg:nationalCode ?concept ;
             ckg:inPlan ?plan .
  ?plan ckg:authority ?authority .
  ?concept skos:notation ?notation .
  OPTIONAL {
    ?observation ckg:indicator ?indicator ;
                 ckg:measureType ckg:Outturn ;
                 ckg:value ?value .
  }
}
GROUP BY ?notation
HAVING (COUNT(DISTINCT ?authority) > 1)
"""
"""The authority comparison: per national indicator, how many authorities track it and their mean outturn."""


def sparql_questions() -> dict[str, str]:
    """Return the SPARQL of each question asked of every engine, keyed by figure name."""
    queries = named_queries()
    return {
        "owner": queries["owned-items"].text,
        "thread_down": THREAD_DOWN,
        "compare": COMPARE,
        "gaps": queries["thread-completeness"].text,
        **{f"thread_graph:{name}": queries[name].text for name in THREAD_QUERIES},
    }
