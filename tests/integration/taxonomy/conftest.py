"""Taxonomy test fixtures: a fresh search index per test and a synchronous outbox drain."""

from tests.support.catalog_fixtures import drain_outbox, search_index_dir  # noqa: F401
