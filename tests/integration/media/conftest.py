"""Storage adapters under test: a local directory and a real S3 server (moto) on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.net import free_port
from udemy_clone.core.storage import LocalStorage, S3Storage, Storage

S3_ACCESS_KEY = "test-access-key"
S3_SECRET_KEY = "test-secret-key"


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`host:port` of a moto S3 server run as its own process, so its memory is not ours."""
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "server.log"
    env = {**os.environ, "AWS_ACCESS_KEY_ID": S3_ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": S3_SECRET_KEY}
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
                break
            except urllib.error.HTTPError:
                break  # the server answers, even if with an error status
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"moto server did not start: {log.read_text()[-2000:]}")
                time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def make_s3_storage(endpoint: str, bucket: str | None = None) -> S3Storage:
    """An S3 adapter on a fresh bucket of the test server."""
    return S3Storage(
        endpoint=endpoint,
        access_key=S3_ACCESS_KEY,
        secret_key=S3_SECRET_KEY,
        bucket=bucket or f"test-{uuid.uuid4().hex[:12]}",
        secure=False,
        region="us-east-1",
    )


@pytest.fixture(params=["local", "s3"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Storage:
    """Each storage test runs once per adapter, on an empty, ready store."""
    if request.param == "local":
        adapter: Storage = LocalStorage(tmp_path / "store")
    else:
        adapter = make_s3_storage(request.getfixturevalue("s3_endpoint"))
    adapter.ensure_ready()
    return adapter
