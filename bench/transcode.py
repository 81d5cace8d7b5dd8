"""Benchmark: how fast `transcode_to_hls` turns a 720p lecture into the HLS ladder.

Generates a 60 s 1280x720 30 fps source (ffmpeg testsrc2 + a sine tone, H.264/AAC), transcodes
it to the full ladder it qualifies for (720p/480p/360p) and prints the speed as a multiple of
realtime and the seconds until the first segment of every rendition is on disk.

    .venv/bin/python bench/transcode.py [--seconds 60] [--size 1280x720] [--preset veryfast]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from udemy_clone.media.transcode import (  # noqa: E402
    SEGMENT_PATTERN,
    X264_PRESET,
    choose_ladder,
    probe_video,
    transcode_to_hls,
)


def make_source(path: Path, *, seconds: int, size: str, fps: int) -> float:
    """Encode the synthetic lecture; returns how long that took."""
    started = time.monotonic()
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate={fps}"]
        + ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
        + ["-t", str(seconds), "-c:v", "libx264", "-preset", "veryfast", "-crf", "20"]
        + ["-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k", str(path)],
        check=True,
    )
    return time.monotonic() - started


class FirstSegmentWatcher:
    """Polls the output folder and records when the first segment of each rendition appears."""

    def __init__(self, out_dir: Path, names: list[str]) -> None:
        self.out_dir = out_dir
        self.names = names
        self.seen: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, name="segment-watcher", daemon=True)
        self._started = 0.0

    def start(self, started: float) -> None:
        self._started = started
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        first = SEGMENT_PATTERN % 1
        while not self._stop.is_set() and len(self.seen) < len(self.names):
            for name in self.names:
                # Segments are written as .tmp and renamed, so existing means complete.
                if name not in self.seen and (self.out_dir / name / first).exists():
                    self.seen[name] = time.monotonic() - self._started
            time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--preset", default=X264_PRESET)
    parser.add_argument("--threads", type=int, default=0, help="libx264 threads (0 = auto)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-transcode-"))
    try:
        source = work / "source.mp4"
        made_in = make_source(source, seconds=args.seconds, size=args.size, fps=args.fps)
        probe = probe_video(source)
        ladder = choose_ladder(probe.width, probe.height)
        names = [rung.name for rung in ladder]
        version = subprocess.run(
            ["ffmpeg", "-version"], capture_output=True, text=True, check=True
        ).stdout.splitlines()[0]
        print("bench/transcode.py: transcode_to_hls on a synthetic lecture")
        print(f"  machine   : {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
        print(f"  ffmpeg    : {version}")
        print(
            f"  source    : {probe.width}x{probe.height} {probe.fps:g} fps {probe.video_codec}"
            f"+{probe.audio_codec}, {probe.duration_seconds:.1f} s, "
            f"{probe.size_bytes / 1e6:.1f} MB (generated in {made_in:.1f} s)"
        )
        print(f"  ladder    : {', '.join(f'{r.name}={r.width}x{r.height}' for r in ladder)}")
        print(f"  encoder   : libx264 preset={args.preset} threads={args.threads or 'auto'}")
        for run in range(1, args.runs + 1):
            out_dir = work / f"hls-{run}"
            watcher = FirstSegmentWatcher(out_dir, names)
            started = time.monotonic()
            watcher.start(started)
            result = transcode_to_hls(
                source,
                out_dir,
                probe=probe,
                timeout_seconds=3600,
                preset=args.preset,
                threads=args.threads,
            )
            elapsed = time.monotonic() - started
            watcher.stop()
            size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
            print(f"  run {run}:")
            print(
                f"    wall time         : {elapsed:.1f} s for {result.duration_seconds:.1f} s "
                f"of video = {result.duration_seconds / elapsed:.2f}x realtime"
            )
            for name in names:
                at = watcher.seen.get(name)
                shown = f"{at:.1f} s" if at is not None else "not seen"
                print(f"    first {name:>5} seg : {shown}")
            print(f"    output            : {size / 1e6:.1f} MB in {result.renditions}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
