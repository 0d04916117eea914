"""The release: a versioned dump of the store with its DCAT catalogue, VoID description and README."""
