"""Benchmark: HLS segment delivery, before and after, next to nginx serving the same file.

One 600 KB segment (MPEG-TS sync bytes, random payload) is requested over and over with a
valid playback token by wrk (`bench/wrk_p95.lua` prints req/s and percentiles), at the given
concurrency, for each way of delivering it, in one run:

- before, S3: the gateway of the code before the change (`--before-root`, a checkout of it)
  reads the segment from S3 (moto) and streams it through Python: the issue's figure;
- before, local: the same code streaming from the local storage folder;
- after, local, direct: the gateway checks the token and hands the file to granian (pathsend);
- after, x-accel: nginx (deploy/nginx template) asks the gateway, which checks the token and
  answers X-Accel-Redirect; nginx sends the file;
- nginx alone serving the same file (no token check): what a user would pick instead;
- after, S3: what the app still does per viewer and rendition, i.e. the media playlist with
  presigned segment URLs (segments then come from the object store, never from the app).

Every app process is the gateway (`create_gateway`) under one granian worker, as a web replica
runs it (`WEB_WORKERS=1`). Figures on a shared machine vary: compare rows of one run.

    .venv/bin/python bench/segments.py --before-root /tmp/learnly-before [--seconds 10] \
        [--concurrency 16]

`--before-root` is a copy of the code before the change, e.g.
`mkdir /tmp/learnly-before && git archive e3281d9 | tar -x -C /tmp/learnly-before &&
ln -s $PWD/.venv /tmp/learnly-before/.venv`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.live_servers import (  # noqa: E402
    start_gateway,
    start_nginx,
    stop,
    wait_http,
)
from tests.support.net import free_port  # noqa: E402

SECRET = "bench-segments-secret-key-0123456789abcdef"
LECTURE_ID, VIDEO_ID = 3, 7
KEY_FOLDER = f"videos/{VIDEO_ID}/hls/720p"
BUCKET = "bench-segments"
WRK_SCRIPT = ROOT / "bench" / "wrk_p95.lua"


@dataclass
class Row:
    name: str
    rps: float
    p50: float
    p95: float
    p99: float
    errors: int
    load: str
    mb_per_s: float | None


def wrk(url: str, *, seconds: int, concurrency: int, size: int | None) -> tuple[float, ...]:
    """req/s, p50, p95, p99 (ms), errors of one wrk run."""
    threads = min(2, concurrency)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{seconds}s", "-s", str(WRK_SCRIPT), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    values = dict(part.split("=") for part in line.split()[1:])
    non_2xx = 0
    for x in out.splitlines():
        if "Non-2xx" in x:
            non_2xx = int(x.split(":")[1])
    return (
        float(values["rps"]),
        float(values["p50_ms"]),
        float(values["p95_ms"]),
        float(values["p99_ms"]),
        int(values["errors"]) + non_2xx,
    )


def measure(name: str, url: str, args: argparse.Namespace, size: int | None) -> Row:
    # One request first: it must succeed, and warms the process.
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
    if size is not None and len(body) != size:
        raise RuntimeError(f"{name}: got {len(body)} bytes instead of {size}")
    wrk(url, seconds=2, concurrency=args.concurrency, size=size)  # warm-up
    rps, p50, p95, p99, errors = wrk(
        url, seconds=args.seconds, concurrency=args.concurrency, size=size
    )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    row = Row(name, rps, p50, p95, p99, errors, load, rps * size / 1e6 if size else None)
    print(
        f"  {name:<44} {rps:8.1f} req/s  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
        f"p99 {p99:7.1f} ms  errors {errors}  load {load}",
        flush=True,
    )
    return row


def start_moto(work: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = (work / "moto.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    wait_http(f"http://127.0.0.1:{port}/", timeout=60, process=process)
    return process, f"127.0.0.1:{port}"


def make_ladder(storage: Path, size: int) -> None:
    folder = storage / KEY_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    payload = bytearray(os.urandom(size))
    for offset in range(0, size, 188):  # MPEG-TS packets start with the sync byte
        payload[offset] = 0x47
    (folder / "seg_00001.ts").write_bytes(bytes(payload))
    segments = 600  # a one-hour rendition of 6 s segments
    lines = ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-TARGETDURATION:6", "#EXT-X-PLAYLIST-TYPE:VOD"]
    for _ in range(segments):
        lines += ["#EXTINF:6.000000,", "seg_00001.ts"]
    lines.append("#EXT-X-ENDLIST")
    (folder / "index.m3u8").write_text("\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-root", type=Path, help="a checkout of the code before")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--segment-kb", type=int, default=600)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    size = args.segment_kb * 1024
    work = Path(tempfile.mkdtemp(prefix="bench-segments-"))
    storage = work / "storage"
    make_ladder(storage, size)
    os.environ.update(SECRET_KEY=SECRET, DATA_DIR=str(work / "data"))
    from udemy_clone.core.storage import S3Storage
    from udemy_clone.playback import hls

    token = hls.make_token(
        user_id=1, lecture_id=LECTURE_ID, video_id=VIDEO_ID, expires_at=int(time.time()) + 7200
    )
    path = f"/api/v1/hls/{LECTURE_ID}/{VIDEO_ID}/720p/seg_00001.ts?token={token}"
    playlist = f"/api/v1/hls/{LECTURE_ID}/{VIDEO_ID}/720p/index.m3u8?token={token}"
    base_env = {
        "SECRET_KEY": SECRET,
        "LOG_LEVEL": "WARNING",
        "RATE_LIMIT_PER_MINUTE": "100000000",
        "HLS_RATE_LIMIT_PER_MINUTE": "100000000",
        "REDIS_URL": "",
        "DATABASE_URL": f"sqlite:///{work / 'app.db'}",
    }
    local_env = {**base_env, "STORAGE_BACKEND": "local", "STORAGE_DIR": str(storage)}
    processes: list[subprocess.Popen] = []
    rows: list[Row] = []
    print("bench/segments.py: one 600 KB HLS segment, wrk", f"-c{args.concurrency}")
    print(f"  machine: {os.cpu_count()} CPUs, load average {os.getloadavg()}")
    try:
        moto, endpoint = start_moto(work)
        processes.append(moto)
        s3 = S3Storage(
            endpoint=endpoint,
            access_key="bench",
            secret_key="bench-secret",
            bucket=BUCKET,
            region="us-east-1",
        )
        s3.ensure_ready()
        s3.put_tree(f"videos/{VIDEO_ID}/hls", storage / f"videos/{VIDEO_ID}/hls")
        s3_env = {
            **base_env,
            "STORAGE_BACKEND": "s3",
            "S3_ENDPOINT": endpoint,
            "S3_BUCKET": BUCKET,
            "S3_ACCESS_KEY": "bench",
            "S3_SECRET_KEY": "bench-secret",
        }

        def gateway(env: dict[str, str], root: Path, label: str) -> str:
            port = free_port()
            process = start_gateway(port=port, env=env, log=work / f"{label}.log", root=root)
            processes.append(process)
            return f"http://127.0.0.1:{port}"

        def done() -> None:
            stop(processes.pop())

        if args.before_root:
            base = gateway(s3_env, args.before_root, "before-s3")
            rows.append(measure("before: S3, streamed through Python", base + path, args, size))
            done()
            base = gateway(local_env, args.before_root, "before-local")
            rows.append(measure("before: local, streamed through Python", base + path, args, size))
            done()

        base = gateway(local_env, ROOT, "after-local")
        rows.append(measure("after: local, granian sends the file", base + path, args, size))
        done()

        app = gateway({**local_env, "HLS_DELIVERY": "x-accel"}, ROOT, "after-accel")
        app_port = int(app.rsplit(":", 1)[1])
        nginx_port, static_port = free_port(), free_port()
        static = (
            f"server {{ listen 127.0.0.1:{static_port}; sendfile on; tcp_nopush on; "
            f"location / {{ root {storage}; }} }}"
        )
        processes.append(
            start_nginx(
                work / "nginx",
                port=nginx_port,
                upstream_ports=[app_port],
                media_root=storage,
                extra_server=static,
            )
        )
        rows.append(
            measure(
                "after: nginx X-Accel-Redirect (token checked)",
                f"http://127.0.0.1:{nginx_port}{path}",
                args,
                size,
            )
        )
        rows.append(
            measure(
                "nginx alone, same file (no token check)",
                f"http://127.0.0.1:{static_port}/{KEY_FOLDER}/seg_00001.ts",
                args,
                size,
            )
        )
        done()
        done()

        public = gateway({**s3_env, "S3_PUBLIC_URL": f"http://{endpoint}"}, ROOT, "after-s3")
        rows.append(
            measure("after: S3, media playlist (600 presigned)", public + playlist, args, None)
        )
        done()
    finally:
        while processes:
            stop(processes.pop())
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("| delivery | req/s | MB/s | p50 | p95 | p99 | errors | load average |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        mb = f"{r.mb_per_s:,.0f}" if r.mb_per_s is not None else "–"
        print(
            f"| {r.name} | {r.rps:,.0f} | {mb} | {r.p50:.1f} ms | {r.p95:.1f} ms | "
            f"{r.p99:.1f} ms | {r.errors} | {r.load} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
