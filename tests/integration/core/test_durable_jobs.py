"""Embedded mode keeps jobs in the database: they survive a restart, time out, are taken over
after a crash; the scheduler runs on the clock under one leader; helpers leave no orphans."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from udemy_clone.core import db, outbox, processes, queue, scheduler
from udemy_clone.core.models import Job, JobFailure, JobSchedule, JobStatus, OutboxEvent

from .test_outbox_and_jobs import CALLS, SomethingHappened, record_call

SLEEPS: list[float] = []
WEEK = 7 * 24 * 3600


def sleepy(seconds: float) -> None:
    """A job that takes its time (in small steps, so a timeout can interrupt it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.05)
    SLEEPS.append(seconds)


def wait_for(condition, timeout: float = 30.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    CALLS.clear()
    SLEEPS.clear()
    monkeypatch.setattr(outbox, "_handlers", defaultdict(list))
    monkeypatch.setattr(queue.local_queue, "retry_scale", 0.01)


def _job_rows() -> list[Job]:
    with db.read_session() as session:
        return list(session.exec(select(Job)))


def test_relayed_events_are_job_rows_that_survive_a_restart(committed_db):
    """No runner in this 'process': the relay commits job rows with the dispatched mark; the
    runner of the next process runs them."""
    outbox.subscribe(SomethingHappened, record_call)
    queue.local_queue.stop()
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=7))
    assert outbox.relay_pending() == 1
    rows = _job_rows()
    assert [(r.func_name, r.status) for r in rows] == [
        ("udemy_clone.core.outbox:run_event_handler", JobStatus.queued)
    ]
    with db.read_session() as session:
        assert session.exec(select(OutboxEvent)).one().dispatched_at is not None
    assert CALLS == []  # nothing ran in memory
    restarted = queue.InProcessQueue()
    try:
        assert restarted.wait_idle(20)
    finally:
        restarted.stop()
    assert [p for _, p in CALLS] == [{"n": 7, "note": ""}]
    assert [r.status for r in _job_rows()] == [JobStatus.done]


def test_a_failing_relay_leaves_neither_job_nor_dispatched_mark(committed_db, monkeypatch):
    outbox.subscribe(SomethingHappened, record_call)
    queue.local_queue.stop()
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=1))
        outbox.emit(session, SomethingHappened(n=2))
    real = queue._add_job_row
    calls = {"n": 0}

    def dies_on_second(*args, **kwargs):  # noqa: ANN002, ANN003
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(queue, "_add_job_row", dies_on_second)
    with pytest.raises(RuntimeError):
        outbox.relay_pending()
    assert _job_rows() == []
    with db.read_session() as session:
        assert all(r.dispatched_at is None for r in session.exec(select(OutboxEvent)))


def test_a_job_past_its_timeout_is_stopped_and_recorded(committed_db):
    queue.enqueue(sleepy, 30, job_timeout=1, retry_intervals=(), job_id="slow-1")
    started = time.monotonic()
    assert queue.local_queue.wait_idle(25)
    assert time.monotonic() - started < 20  # not the 30 s the job wanted
    [row] = _job_rows()
    assert row.status == JobStatus.failed
    with db.read_session() as session:
        failure = session.exec(select(JobFailure)).one()
    assert "JobTimeout" in failure.error and failure.args == [30]
    time.sleep(0.5)
    assert SLEEPS == []  # the job was interrupted, it did not finish later


def test_a_job_whose_process_died_is_taken_over(committed_db):
    """A row left running by a dead pid of this machine runs again at once; one whose lease
    ran out (another machine) runs again once the lease has ended."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    now = db.utcnow()
    with db.transaction() as session:
        for job_id, worker, lease in (
            ("dead-here", f"{socket.gethostname()}:{dead.pid}:x", now + timedelta(minutes=5)),
            ("lapsed-elsewhere", "other-host:1:y", now - timedelta(seconds=1)),
            ("alive-elsewhere", "other-host:2:z", now + timedelta(minutes=5)),
        ):
            session.add(
                Job(
                    id=job_id,
                    func_name=queue.func_path(sleepy),
                    args=[0.1],
                    status=JobStatus.running,
                    attempts=1,
                    max_attempts=2,
                    worker_id=worker,
                    lease_until=lease,
                )
            )
    assert queue.release_dead_local_leases() == 1
    queue.local_queue.start()
    expected = {
        "dead-here": JobStatus.done,
        "lapsed-elsewhere": JobStatus.done,
        "alive-elsewhere": JobStatus.running,
    }
    assert wait_for(lambda: {r.id: r.status for r in _job_rows()} == expected, 20), _job_rows()
    assert SLEEPS == [0.1, 0.1]


def test_only_one_scheduler_leads_and_the_clock_drives_the_schedule(committed_db):
    entries = [
        scheduler.Periodic("tick", queue.func_path(sleepy), WEEK, on_start=True),
        scheduler.Periodic("not-merged-yet", "udemy_clone.orders.tasks:no_such_job", 60),
    ]
    queue.local_queue.stop()
    first, second = scheduler.Scheduler(entries), scheduler.Scheduler(entries)
    assert first.tick() == ["tick"]  # on start; the missing function is skipped
    assert second.tick() == []  # the lease is held
    assert first.tick() == []  # nothing due until the next slot
    with db.read_session() as session:
        rows = {r.name: r for r in session.exec(select(JobSchedule))}
    # both advanced by the clock, including the one whose function is missing
    assert db.as_utc(rows["tick"].next_run_at) == scheduler.next_slot(db.utcnow(), WEEK)
    assert db.as_utc(rows["not-merged-yet"].next_run_at) > db.utcnow()
    # The run of "tick" is lost (its job row vanishes); the next slot comes regardless.
    with db.transaction() as session:
        for job in session.exec(select(Job)):
            session.delete(job)
        rows = {r.name: r for r in session.exec(select(JobSchedule))}
        rows["tick"].next_run_at = db.utcnow() - timedelta(seconds=1)
        session.add(rows["tick"])
    assert first.tick() == ["tick"]
    # The leader dies (its lease lapses): the other takes over.
    with db.transaction() as session:
        from udemy_clone.core.models import LeaderLease

        lease = session.get(LeaderLease, scheduler.LEADER_NAME)
        lease.lease_until = db.utcnow() - timedelta(seconds=1)
        session.add(lease)
    assert second.tick() == ["tick"]  # a new leader runs the start-up jobs
    assert first.tick() == []


def test_a_child_started_with_die_with_parent_dies_with_its_parent(tmp_path: Path):
    pid_file = tmp_path / "child.pid"
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time\n"
            "from udemy_clone.core.processes import die_with_parent\n"
            "p = subprocess.Popen(['sleep', '300'], preexec_fn=die_with_parent,"
            " start_new_session=True)\n"
            f"open({str(pid_file)!r}, 'w').write(str(p.pid))\n"
            "time.sleep(300)\n",
        ],
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert wait_for(lambda: pid_file.exists() and pid_file.read_text().strip(), 20)
        child = int(pid_file.read_text())
        assert processes.pid_alive(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_for(lambda: not processes.pid_alive(child), 10)
    finally:
        if parent.poll() is None:
            parent.kill()


def test_scratch_dirs_of_dead_processes_are_swept():
    root = processes.jobs_tmp_root()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = root / f"{dead.pid}-transcode-video-9"
    mine = root / f"{os.getpid()}-job-running"
    for folder in (left, mine):
        (folder / "work").mkdir(parents=True, exist_ok=True)
        (folder / "work" / "part.ts").write_bytes(b"x")
    assert processes.sweep_dead_scratch_dirs() >= 1
    assert not left.exists() and mine.exists()
    (mine / "work" / "part.ts").unlink()
    (mine / "work").rmdir()
    mine.rmdir()
