"""The write side: plan records to triples (minting, themes, crosswalk and reference data,
appraisals), written through the store."""
