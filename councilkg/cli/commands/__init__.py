"""One module per group of commands: each parses its options, calls the library and renders."""
