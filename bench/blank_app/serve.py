"""Serve the blank app's backend in production mode (granian), like `python -m udemy_clone serve`.

cd bench/blank_app && REFLEX_REDIS_URL=redis://... ../../.venv/bin/python serve.py PORT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    port = int(sys.argv[1])
    here = Path(__file__).resolve().parent
    os.chdir(here)
    sys.path.insert(0, str(here))
    os.environ.update(
        REFLEX_BACKEND_PORT=str(port),
        REFLEX_WEB_WORKDIR=str(here / ".web"),
        GRANIAN_WORKERS=os.environ.get("GRANIAN_WORKERS", "1"),
    )
    from reflex.utils import exec as reflex_exec
    from reflex_base.constants import Env, LogLevel
    from reflex_base.environment import environment

    environment.REFLEX_ENV_MODE.set(Env.PROD)
    environment.REFLEX_SKIP_COMPILE.set(True)
    reflex_exec.run_granian_backend_prod("127.0.0.1", port, LogLevel("warning"))


if __name__ == "__main__":
    main()
