"""Build the frontend once, serve it from any number of web processes without rebuilding.

`reflex run --env prod` compiles the app and runs a full frontend build at every start, in
every replica; two replicas then serve two builds whose asset names differ (a random project
hash and a timestamp end up in a chunk), so a balancer sends a page of one build and its assets
to the other: 404. Here one command builds into the web directory (REFLEX_WEB_WORKDIR, `.web`
by default) and records a hash of everything the build depends on beside it; `serve` starts
Reflex's production server (granian) on that build with the compile step skipped.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from udemy_clone.core.config import PROJECT_ROOT, get_settings
from udemy_clone.gateway.static_cache import ROUTE_SHELLS_DIR, ROUTE_SHELLS_INDEX

STAMP_NAME = "learnly-build.sha256"
# The SPA shell of pages that are not prerendered (with prerendering; index.html without)
SHELL_NAMES = ("__spa-fallback.html", "index.html")

# A whole build took 1.5-2.5 min on the shared 2-core machine (load 5-8); a stuck one is ended.
BUILD_TIMEOUT_SECONDS = 30 * 60
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


def source_hash(root: Path = PROJECT_ROOT, *, prerender: bool = True) -> str:
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


def build_is_current(directory: Path | None = None, *, prerender: bool = True) -> bool:
    """True when a complete build of the current sources is in the web directory."""
    directory = directory or web_dir()
    stamp = directory / STAMP_NAME
    if not has_build(directory) or not stamp.is_file():
        return False
    return stamp.read_text().strip() == source_hash(prerender=prerender)


def build(*, force: bool = False, prerender: bool = True) -> bool:
    """Build the production frontend unless the current one matches the sources; True if built.

    Every page without a parameter in its address is prerendered: its HTML holds the page as
    first drawn (header, hero, skeletons), so the browser paints it before any JavaScript has
    run (home's Largest Contentful Paint went from ~2.1 s to ~0.7 s, docs/benchmarks.md).
    Should the prerendering step fail (it timed out once on a loaded machine), the build is
    made again without it rather than leaving no frontend: pages then paint after hydration.
    """
    directory = web_dir()
    if not force and build_is_current(directory, prerender=prerender):
        return False
    stamp = directory / STAMP_NAME
    stamp.unlink(missing_ok=True)
    try:
        _export(directory, prerender=prerender)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        if not prerender:
            raise
        print(
            f"Prerendering the pages failed ({exc}); building without it.",
            file=sys.stderr,
            flush=True,
        )
        prerender = False
        _export(directory, prerender=False)
    if not has_build(directory):
        raise RuntimeError(f"The frontend build left no page in {directory / CLIENT_DIR}.")
    write_route_shells(directory / CLIENT_DIR)
    # A fallback build is stamped as such: the next `make build` tries prerendering again.
    stamp.write_text(source_hash(prerender=prerender) + "\n")
    return True


def write_route_shells(client: Path) -> int:
    """Per dynamic route (`/course/:slug`, `/user/:slug` ...), the SPA shell with that route's
    JavaScript announced (`<link rel="modulepreload">`); returns how many were written.

    A page with a parameter in its address cannot be prerendered: it gets the shared SPA shell,
    which names only the app's entry. The browser then learned of the route's module after
    the entry had run, and of that module's imports (icons, components) after it arrived: two
    or three round trips in a row before the page could render its data. `serve` answers
    these addresses with the route's own shell (gateway.static_cache), so every module is
    fetched at once, while the entry is parsed.
    """
    shell_path = next(
        (client / name for name in SHELL_NAMES if (client / name).is_file()),
        None,
    )
    manifests = sorted((client / "assets").glob("manifest-*.js"))
    if shell_path is None or not manifests:
        return 0
    text = manifests[-1].read_text()
    manifest = json.loads(text[text.index("=") + 1 :].strip().rstrip(";"))
    shell = shell_path.read_text()
    out = client / ROUTE_SHELLS_DIR
    out.mkdir(exist_ok=True)
    index = []
    for route in manifest["routes"].values():
        path = route.get("path") or ""
        if ":" not in path or "*" in path:
            continue
        modules = [route["module"], *route.get("imports", [])]
        links = "".join(
            f'<link rel="modulepreload" href="{module}"/>'
            for module in dict.fromkeys(modules)
            if f'"{module}"' not in shell
        )
        name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") + ".html"
        html = shell.replace("</head>", links + "</head>", 1)
        (out / name).write_text(html)
        (out / f"{name}.gz").write_bytes(gzip.compress(html.encode(), mtime=0))
        index.append({"pattern": path, "file": name})
    (out / ROUTE_SHELLS_INDEX).write_text(json.dumps(index, indent=1))
    return len(index)


def _export(directory: Path, *, prerender: bool) -> None:
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
        timeout=BUILD_TIMEOUT_SECONDS,
    )


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
