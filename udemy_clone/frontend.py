"""Build the frontend once, serve it from any number of web processes without rebuilding.

`reflex run --env prod` compiles the app and runs a full frontend build at every start, in
every replica; two replicas then serve two builds whose asset names differ (a random project
hash and a timestamp end up in a chunk), so a balancer sends a page of one build and its assets
to the other: 404. Here one command builds into the web directory (REFLEX_WEB_WORKDIR, `.web`
by default) and records a hash of everything the build depends on beside it; `serve` starts
Reflex's production server (granian) on that build with the compile step skipped.
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path

from udemy_clone.core.config import PROJECT_ROOT, get_settings

STAMP_NAME = "learnly-build.sha256"
CLIENT_DIR = Path("build") / "client"
# What the compiled frontend is made of: the app's Python (pages compile to JS), its assets,
# Reflex's configuration and the frozen JS dependencies.
_SOURCE_GLOBS = ("udemy_clone/**/*.py", "assets/**/*", "rxconfig.py", "reflex.lock/*")
# Settings baked into the build (env.json: the WebSocket and API URLs).
_BUILD_ENV = (
    "PUBLIC_URL",
    "API_URL",
    "REFLEX_API_URL",
    "REFLEX_DEPLOY_URL",
    "REFLEX_FRONTEND_PATH",
)


def web_dir() -> Path:
    """The directory Reflex compiles into and serves the build from."""
    return Path(os.environ.get("REFLEX_WEB_WORKDIR") or PROJECT_ROOT / ".web").resolve()


def source_hash(root: Path = PROJECT_ROOT, *, prerender: bool = False) -> str:
    """A hash of the sources and settings the frontend build depends on."""
    digest = hashlib.sha256()
    files = sorted(
        {
            path
            for pattern in _SOURCE_GLOBS
            for path in root.glob(pattern)
            if path.is_file() and "__pycache__" not in path.parts and "external" not in path.parts
        }
    )
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    settings = get_settings()
    baked = {name: os.environ.get(name, "") for name in _BUILD_ENV}
    baked["api_url"] = settings.frontend_api_url
    baked["prerender"] = str(prerender)
    for name, value in sorted(baked.items()):
        digest.update(f"{name}={value}\0".encode())
    return digest.hexdigest()


def has_build(directory: Path) -> bool:
    """True when the web directory holds a finished production build."""
    client = directory / CLIENT_DIR
    return (client / "index.html").is_file() or (client / "__spa-fallback.html").is_file()


def build_is_current(directory: Path | None = None, *, prerender: bool = False) -> bool:
    """True when a complete build of the current sources is in the web directory."""
    directory = directory or web_dir()
    stamp = directory / STAMP_NAME
    if not has_build(directory) or not stamp.is_file():
        return False
    return stamp.read_text().strip() == source_hash(prerender=prerender)


def build(*, force: bool = False, prerender: bool = False) -> bool:
    """Build the production frontend unless the current one matches the sources; True if built.

    Prerendering (static HTML of every page) is off by default: the pages load their data over
    the WebSocket anyway, and on a loaded 2-core machine the prerender step timed out.
    """
    directory = web_dir()
    if not force and build_is_current(directory, prerender=prerender):
        return False
    stamp = directory / STAMP_NAME
    stamp.unlink(missing_ok=True)
    wanted = source_hash(prerender=prerender)
    env = dict(
        os.environ,
        REFLEX_ENV_MODE="prod",
        REFLEX_WEB_WORKDIR=str(directory),
        REFLEX_SSR="true" if prerender else "false",
    )
    reflex = Path(sys.executable).with_name("reflex")
    subprocess.run(
        [str(reflex), "export", "--frontend-only", "--no-zip", "--env", "prod"],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
    )
    if not has_build(directory):
        raise RuntimeError(f"The frontend build left no page in {directory / CLIENT_DIR}.")
    stamp.write_text(wanted + "\n")
    return True


def serve(*, host: str, port: int, loglevel: str = "warning") -> None:
    """Serve the built frontend, the WebSocket and the gateway on one port (never returns)."""
    directory = web_dir()
    if not has_build(directory):
        raise SystemExit(f"No frontend build in {directory}: run `make build` first.")
    # Each replica's metrics carry its own `instance` label (see core.metrics).
    os.environ.setdefault("INSTANCE_NAME", f"{socket.gethostname()}:{port}")
    get_settings.cache_clear()
    settings = get_settings()
    # Read by Reflex's own modules, and inherited by the granian worker processes.
    os.environ.update(
        REFLEX_WEB_WORKDIR=str(directory),
        REFLEX_BACKEND_PORT=str(port),
        REFLEX_FRONTEND_PORT=str(port),
        GRANIAN_WORKERS=str(settings.effective_web_workers),
    )
    from reflex.utils import exec as reflex_exec
    from reflex_base.constants import Env, LogLevel
    from reflex_base.environment import environment

    # Reflex's internal switches (private environment names: set through its API)
    environment.REFLEX_ENV_MODE.set(Env.PROD)
    environment.REFLEX_SKIP_COMPILE.set(True)
    environment.REFLEX_MOUNT_FRONTEND_COMPILED_APP.set(True)
    os.chdir(PROJECT_ROOT)
    reflex_exec.run_granian_backend_prod(host, port, LogLevel(loglevel))
