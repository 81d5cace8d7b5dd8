"""Child processes that die with their parent, and per-job scratch directories.

`die_with_parent` is a `preexec_fn` (and an after-fork hook) that asks Linux to SIGKILL the
child when the thread that started it dies, so a killed worker leaves no FFmpeg or work horse
running. Elsewhere it does nothing: those platforms keep the old behaviour.

Every job keeps its temporary files under `DATA_DIR/tmp/jobs/<pid>-<job id>/`; the pid in the
name lets a later start (`sweep_dead_scratch_dirs`) remove what a killed process left behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger

log = get_logger(__name__)

_PR_SET_PDEATHSIG = 1
_libc: ctypes.CDLL | None = None
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_current = threading.local()


def die_with_parent() -> None:
    """Ask the kernel to SIGKILL this process when its parent thread dies (Linux; else no-op)."""
    global _libc
    if not sys.platform.startswith("linux"):
        return
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine (zombies count as dead)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True


def jobs_tmp_root() -> Path:
    """The folder under which each job run keeps its temporary files."""
    return get_settings().data_dir / "tmp" / "jobs"


@contextlib.contextmanager
def running_job(job_id: str) -> Iterator[None]:
    """Mark this thread as running `job_id` (scratch directories go under its folder)."""
    previous = getattr(_current, "job_id", None)
    _current.job_id = job_id
    try:
        yield
    finally:
        _current.job_id = previous
        folder = _job_folder(job_id)
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)


def current_job_id() -> str | None:
    """The id of the job this thread runs (in-process runner or RQ work horse), if any."""
    job_id = getattr(_current, "job_id", None)
    if job_id:
        return str(job_id)
    with contextlib.suppress(Exception):
        from rq import get_current_job

        job = get_current_job()
        if job is not None:
            return str(job.id)
    return None


def _job_folder(job_id: str) -> Path:
    return jobs_tmp_root() / f"{os.getpid()}-{_SAFE.sub('_', job_id)[:120]}"


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A private (0700) temp directory, in the running job's folder; removed afterwards."""
    job_id = current_job_id()
    if job_id is not None:
        parent = _job_folder(job_id)
    else:
        parent = jobs_tmp_root() / f"{os.getpid()}-nojob"
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        os.chmod(work, 0o700)
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
        with contextlib.suppress(OSError):
            parent.rmdir()  # only when empty: another scratch dir of the job may be in use


def sweep_dead_scratch_dirs() -> int:
    """Remove the job folders of processes that no longer run; returns how many."""
    root = jobs_tmp_root()
    removed = 0
    if not root.is_dir():
        return 0
    for folder in root.iterdir():
        pid_text = folder.name.split("-", 1)[0]
        if not pid_text.isdigit() or pid_alive(int(pid_text)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    # Where transcodes kept their files before job folders existed (older versions).
    legacy = get_settings().data_dir / "tmp" / "transcode"
    if legacy.is_dir():
        shutil.rmtree(legacy, ignore_errors=True)
    if removed:
        log.info("scratch_dirs_swept", removed=removed)
    return removed
