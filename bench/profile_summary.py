"""Summarise a py-spy collapsed-stack file: where the samples' own time and total time go.

.venv/bin/python bench/profile_summary.py /tmp/me.txt [--top 25]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    samples = 0
    for line in open(args.path, encoding="utf-8"):
        stack, _, count_text = line.rstrip().rpartition(" ")
        if not stack:
            continue
        count = int(count_text)
        frames = [re.sub(r" \(.*?/site-packages/", " (", f) for f in stack.split(";")]
        samples += count
        own[frames[-1]] += count
        for frame in set(frames):
            total[frame] += count
    print(f"{samples} samples")
    print("own time (the frame on top of the stack):")
    for frame, count in own.most_common(args.top):
        print(f"  {100 * count / samples:5.1f}%  {frame}")
    print("total time (the frame anywhere on the stack):")
    for frame, count in total.most_common(args.top):
        print(f"  {100 * count / samples:5.1f}%  {frame}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
