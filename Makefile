# The two commands: `make run` (the app with demo data) and `make test` (lint + every test).
SHELL := /bin/bash
ENV := source scripts/env.sh &&

.PHONY: run build dev test test-fast lint unit setup setup-dev worker relay migrate bench clean cluster cluster-down

run:
	@scripts/run.sh

build: setup
	@$(ENV) python -m udemy_clone build

# Several web replicas of one build behind nginx, with PgBouncer, an S3 server and RQ workers.
cluster: setup
	@scripts/cluster.sh up

cluster-down:
	@scripts/cluster.sh down

dev: setup
	@$(ENV) python -m udemy_clone bootstrap && python -m udemy_clone print-accounts && reflex run

test: setup-dev lint
	@$(ENV) python -m pytest $(PYTEST_ARGS)

# The inner loop: no lint, no browser tests (the app is never built), no slow tests; stops at the
# first failure. `make test` remains the full check.
test-fast: setup-dev
	@$(ENV) python -m pytest -m "not browser and not slow" -x -q $(PYTEST_ARGS)

lint: setup-dev
	@$(ENV) ruff check udemy_clone worker tests bench rxconfig.py alembic/env.py
	@$(ENV) ruff format --check udemy_clone worker rxconfig.py
	@$(ENV) mypy udemy_clone worker
	@$(ENV) lint-imports
	@$(ENV) SECRET_KEY=only-for-validation docker-compose -f docker-compose.yml config -q && echo "docker-compose.yml is valid"

setup:
	@scripts/setup.sh

setup-dev:
	@scripts/setup.sh --dev

worker: setup
	@$(ENV) python -m worker

relay: setup
	@$(ENV) python -m udemy_clone relay

migrate: setup
	@$(ENV) python -m udemy_clone migrate

clean:
	rm -rf .web .states data test-artifacts
