"""Request bodies have a ceiling, enforced while they stream in: 413 without reading the rest."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024


def test_an_oversized_json_body_is_413_in_the_envelope(api):
    body = b'{"email": "a@b.c", "password": "' + b"x" * (2 * MiB) + b'"}'
    response = api.post(
        "/api/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_a_chunked_body_is_counted_as_it_arrives(api):
    sent = []

    def chunks():
        for _ in range(64):
            sent.append(1)
            yield b"x" * (64 * 1024)

    response = api.post(
        "/api/v1/auth/register", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_a_body_under_the_ceiling_is_served(api):
    response = api.post("/api/v1/auth/login", json={"email": "a@b.c", "password": "x" * 100})
    assert response.status_code == 401


def test_the_ceiling_is_a_setting(api, monkeypatch):
    from udemy_clone.core.config import get_settings

    monkeypatch.setattr(get_settings(), "max_body_bytes", 100)
    response = api.post("/api/v1/auth/login", json={"email": "a@b.c", "password": "x" * 200})
    assert response.status_code == 413


def test_upload_routes_keep_their_own_limits(api):
    """A 3 MB image is over the general ceiling but within the thumbnail route's 5 MB."""
    from tests.support.factories import make_course, user_headers

    owner, headers = user_headers(api, role="instructor")
    course = make_course(owner=owner)
    image = b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * MiB)
    response = api.post(
        f"/api/v1/courses/{course.id}/thumbnail",
        files={"file": ("big.png", image, "image/png")},
        headers=headers,
    )
    assert response.json().get("error", {}).get("code") != "payload_too_large"
    assert response.status_code != 413
    too_big = b"\0" * (6 * MiB)
    response = api.post(
        f"/api/v1/courses/{course.id}/thumbnail",
        files={"file": ("huge.png", too_big, "image/png")},
        headers=headers,
    )
    assert response.status_code == 413


# ---- a real server process: memory stays flat while 64 MB are refused -------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants (granian runs workers)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            pending.extend(int(c) for c in task.read_text().split())
    return total


@pytest.fixture(scope="module")
def gateway_server():
    port = _free_port()
    data_dir = tempfile.mkdtemp(prefix="uc-bodylimit-")
    env = {
        **os.environ,
        "DATA_DIR": data_dir,
        "ENV": "test",
        "SECRET_KEY": "body-limit-test-secret-key-long-enough-0123456789",
        "DATABASE_URL": f"sqlite:///{data_dir}/app.db",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "granian", "--interface", "asgi", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
         "--log-level", "warning", "udemy_clone.gateway.app:create_gateway"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.2)
    try:
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def _send(port: int, head: bytes, chunks, total: int) -> tuple[int, bytes, int]:
    """Send a request head and body chunks; (status, response, bytes the server took)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sent = 0
    try:
        sock.sendall(head)
        for chunk in chunks:
            try:
                sock.sendall(chunk)
                sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            if sent >= total:
                break
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    data = b""
    try:
        while True:
            piece = sock.recv(65536)
            if not piece:
                break
            data += piece
    except OSError:
        pass
    sock.close()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data, sent


def _warm_up(port: int) -> None:
    body = b'{"email": "a@b.c", "password": "warm-up-1"}'
    head = (f"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    _send(port, head + body, [], 0)


def test_64_mb_to_a_real_server_is_refused_with_flat_memory(gateway_server):
    port, process = gateway_server
    _warm_up(port)
    before = _tree_rss_kib(process.pid)
    size = 64 * MiB
    chunk = b"x" * MiB
    # declared length: refused before the body is read
    head = (f"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {size}\r\nConnection: close\r\n\r\n").encode()
    status, response, _ = _send(port, head, (chunk for _ in range(64)), size)
    assert status == 413, response[:300]
    assert b"payload_too_large" in response
    # chunked: counted as it arrives
    head = (b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    framed = (f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for _ in range(64))
    status, response, _ = _send(port, head, framed, size)
    assert status == 413, response[:300]
    assert b"payload_too_large" in response
    after = _tree_rss_kib(process.pid)
    growth_mb = (after - before) / 1024
    print(f"server RSS before {before / 1024:.1f} MB, after {after / 1024:.1f} MB, "
          f"growth {growth_mb:.1f} MB for 2 x 64 MB bodies")
    assert growth_mb < 50
