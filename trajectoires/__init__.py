"""Composition root: the command line that imports, indexes and runs the services."""
