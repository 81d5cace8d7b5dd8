"""`python -m udemy_clone run` (what `make run` executes): bootstrap, build when the sources
changed, then serve, in one process whose server starts with no database connection open."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from tests.conftest import reload_settings
from udemy_clone import cli, frontend
from udemy_clone.core import db


@pytest.fixture
def fresh_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'data' / 'app.db'}")
    monkeypatch.setenv("REFLEX_WEB_WORKDIR", str(tmp_path / "web"))
    reload_settings()
    db.reset_engine()
    yield tmp_path
    db.reset_engine()
    monkeypatch.undo()
    reload_settings()


def test_run_bootstraps_builds_once_and_serves_without_open_connections(
    fresh_install: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    exports: list[list[str]] = []
    served: list[dict[str, Any]] = []

    def export(command: list[str], **_kwargs: object) -> subprocess.CompletedProcess[bytes]:
        exports.append(command)
        client = fresh_install / "web" / frontend.CLIENT_DIR
        client.mkdir(parents=True, exist_ok=True)
        (client / "index.html").write_text("<html></html>")
        return subprocess.CompletedProcess(command, 0)

    def serve(**kwargs: Any) -> None:
        # the forked web workers must not share the bootstrap's pooled connections
        served.append({**kwargs, "engine_open": db._engine is not None})

    monkeypatch.setattr(frontend.subprocess, "run", export)
    monkeypatch.setattr(frontend, "serve", serve)

    assert cli.main(["run", "--host", "127.0.0.1", "--port", "3599"]) == 0
    tables = set(inspect(db.get_engine()).get_table_names())
    assert {"alembic_version", "courses", "outbox_events"} <= tables  # migrated
    assert len(exports) == 1 and "export" in exports[0]
    assert served == [
        {"host": "127.0.0.1", "port": 3599, "loglevel": "warning", "engine_open": False}
    ]

    # a second start: the database is kept and the build reused
    db.reset_engine()
    assert cli.main(["run", "--host", "127.0.0.1", "--port", "3599"]) == 0
    assert len(exports) == 1
    assert len(served) == 2
    output = capsys.readouterr().out
    assert "Database ready (existing data kept)." in output
    assert "is current (sources unchanged); not rebuilt." in output
