"""Catalog: courses, their curriculum, the review workflow and the search index."""
