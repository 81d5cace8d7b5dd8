"""Summarise a raw py-spy profile (`py-spy record -f raw`): where the samples are.

.venv/bin/python bench/pyspy_top.py /tmp/ui-50.txt [--filter udemy_clone] [--top 30]
"""

from __future__ import annotations

import argparse
from collections import Counter


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--filter", default="udemy_clone", help="inclusive list: frames with this")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    total = 0
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for line in open(args.path, encoding="utf-8"):
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or not count.isdigit():
            continue
        samples = int(count)
        total += samples
        frames = stack.split(";")
        own[frames[-1]] += samples
        for frame in set(frames):
            inclusive[frame] += samples
    print(f"{total} samples\n-- own time")
    for frame, samples in own.most_common(args.top):
        print(f"{samples / total * 100:5.1f}%  {frame[:140]}")
    print(f"-- inclusive, frames with {args.filter!r}")
    shown = [(f, n) for f, n in inclusive.most_common() if args.filter in f][: args.top]
    for frame, samples in shown:
        print(f"{samples / total * 100:5.1f}%  {frame[:140]}")


if __name__ == "__main__":
    main()
