"""Real servers for delivery tests and benchmarks: the gateway under granian, nginx in front.

Each is a process of its own on a free port, stopped by the caller (`stop`). nginx runs the
deployment's own template (deploy/nginx/learnly.conf.template), rendered as
scripts/cluster.sh renders it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "learnly.conf.template"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def wait_http(url: str, *, timeout: float = 60, process: subprocess.Popen | None = None) -> None:
    """Wait until `url` answers with any HTTP status."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"{process.args!r} exited with {process.returncode}") from None
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not answer within {timeout} s") from None
            time.sleep(0.2)


def start_gateway(
    *, port: int, env: dict[str, str], log: Path, root: Path = ROOT, workers: int = 1
) -> subprocess.Popen:
    """The REST gateway alone (`create_gateway`) under granian, as the web replicas serve it."""
    python = root / ".venv" / "bin" / "python"
    command = [
        str(python if python.exists() else sys.executable),
        "-m",
        "granian",
        "--interface",
        "asgi",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
        "udemy_clone.gateway.app:create_gateway",
    ]
    out = log.open("wb")
    process = subprocess.Popen(
        command,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), **env},
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    out.close()
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", timeout=90, process=process)
    except Exception:
        stop(process)
        raise RuntimeError(f"the gateway did not start: {log.read_text()[-2000:]}") from None
    return process


def render_nginx_template(values: dict[str, str]) -> str:
    """The deployment template with its ${VARIABLES} filled in (nginx's own $vars untouched)."""
    text = NGINX_TEMPLATE.read_text()
    names = set(re.findall(r"\$\{([A-Z_]+)\}", text))
    missing = sorted(names - values.keys())
    if missing:
        raise ValueError(f"no value for {missing}")
    for name in names:
        text = text.replace("${" + name + "}", values[name])
    return text


def start_nginx(
    run_dir: Path,
    *,
    port: int,
    upstream_ports: list[int],
    media_root: Path,
    s3_origin: str = "http://127.0.0.1:9",
    extra_server: str = "",
) -> subprocess.Popen:
    """nginx on `port` in front of the app processes on `upstream_ports` (one worker)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    servers = " ".join(f"server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in upstream_ports)
    site = render_nginx_template(
        {
            "UPSTREAM_SERVERS": servers,
            "LISTEN_PORT": f"127.0.0.1:{port}",
            "MAX_BODY_SIZE": "10m",
            "MEDIA_ROOT": str(media_root),
            "OBJECT_STORE_ORIGIN": s3_origin,
        }
    )
    (run_dir / "site.conf").write_text(site)
    user = "user root;" if os.getuid() == 0 else ""
    (run_dir / "nginx.conf").write_text(
        f"""daemon off;
worker_processes 1;
pid {run_dir}/nginx.pid;
error_log {run_dir}/error.log warn;
{user}
events {{ worker_connections 4096; }}
http {{
    access_log off;
    include /etc/nginx/mime.types;
    client_body_temp_path {run_dir}/body;
    proxy_temp_path {run_dir}/proxy;
    fastcgi_temp_path {run_dir}/fastcgi;
    uwsgi_temp_path {run_dir}/uwsgi;
    scgi_temp_path {run_dir}/scgi;
    include {run_dir}/site.conf;
    {extra_server}
}}
"""
    )
    process = subprocess.Popen(
        [NGINX, "-p", str(run_dir), "-c", str(run_dir / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=(run_dir / "stderr.log").open("wb"),
        start_new_session=True,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/nginx-not-a-page", timeout=30, process=process)
    except Exception:
        stop(process)
        log = run_dir / "error.log"
        text = log.read_text() if log.exists() else ""
        raise RuntimeError(f"nginx did not start: {text}") from None
    return process


def stop(process: subprocess.Popen) -> None:
    """Stop a server started here (its whole process group) and wait for it."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        process.wait(5)
