"""Benchmark of the course search backends: reindex time and query latency at 10k/100k courses.

Run: .venv/bin/python bench/search.py --sizes 10000,100000 --backend both

Synthetic but believable courses come from word lists with a fixed seed, so every run indexes
the same catalogue. Queries go through the backend's `search`, the code path the API uses:
`CourseSearchIndex` (Whoosh, local disk) and `PostgresSearchIndex` (PostgreSQL full-text search
in a scratch database created next to `--postgres-url` and dropped afterwards).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from udemy_clone.catalog.search import (  # noqa: E402
    CourseDocument,
    CourseSearchBackend,
    CourseSearchIndex,
    PostgresSearchIndex,
    SearchQuery,
)
from udemy_clone.core import db  # noqa: E402
from udemy_clone.core.config import get_settings  # noqa: E402
from udemy_clone.migrations import upgrade_to_head  # noqa: E402

SEED = 20240601

# category slug -> (name, parent slug or None, topics)
CATEGORY_TREE: dict[str, tuple[str, list[tuple[str, str, list[str]]]]] = {
    "development": (
        "Development",
        [
            ("web-development", "Web Development",
             ["React", "Angular", "Vue", "Django", "Flask", "Node.js", "JavaScript", "TypeScript",
              "HTML", "CSS", "Next.js", "Laravel", "Svelte", "GraphQL", "REST APIs"]),
            ("data-science", "Data Science",
             ["Python", "Machine Learning", "Deep Learning", "Pandas", "NumPy", "TensorFlow",
              "PyTorch", "Statistics", "Data Analysis", "Data Visualization", "SQL", "R"]),
            ("mobile-development", "Mobile Development",
             ["Flutter", "Swift", "Kotlin", "React Native", "iOS", "Android", "SwiftUI"]),
            ("programming-languages", "Programming Languages",
             ["Python", "Java", "C++", "C#", "Rust", "Go", "Ruby", "Scala", "Haskell", "Elixir"]),
            ("game-development", "Game Development",
             ["Unity", "Unreal Engine", "Godot", "Blender", "Game Design", "C#"]),
            ("databases", "Database Design & Development",
             ["SQL", "PostgreSQL", "MySQL", "MongoDB", "Redis", "Database Design", "Oracle"]),
        ],
    ),
    "business": (
        "Business",
        [
            ("entrepreneurship", "Entrepreneurship",
             ["Startup", "Business Plan", "Fundraising", "Lean Startup", "Business Strategy"]),
            ("communication", "Communication",
             ["Public Speaking", "Presentation Skills", "Writing", "Negotiation", "Storytelling"]),
            ("management", "Management",
             ["Project Management", "Leadership", "Agile", "Scrum", "Product Management"]),
            ("sales", "Sales", ["Sales Skills", "B2B Sales", "Cold Calling", "Customer Success"]),
        ],
    ),
    "finance-accounting": (
        "Finance & Accounting",
        [
            ("accounting", "Accounting & Bookkeeping",
             ["Accounting", "Bookkeeping", "QuickBooks", "Financial Statements", "Tax"]),
            ("investing", "Investing & Trading",
             ["Stock Trading", "Investing", "Options Trading", "Cryptocurrency", "Forex"]),
            ("financial-modeling", "Financial Modeling & Analysis",
             ["Financial Modeling", "Excel", "Valuation", "Financial Analysis",
              "Corporate Finance"]),
        ],
    ),
    "it-software": (
        "IT & Software",
        [
            ("it-certifications", "IT Certifications",
             ["AWS", "Azure", "CompTIA", "CCNA", "Google Cloud", "Kubernetes", "Docker"]),
            ("network-security", "Network & Security",
             ["Ethical Hacking", "Cybersecurity", "Penetration Testing", "Linux", "Networking"]),
            ("operating-systems", "Operating Systems & Servers",
             ["Linux", "Windows Server", "Bash", "PowerShell", "DevOps"]),
        ],
    ),
    "design": (
        "Design",
        [
            ("graphic-design", "Graphic Design & Illustration",
             ["Photoshop", "Illustrator", "Canva", "Logo Design", "Illustration", "Procreate"]),
            ("web-design", "Web Design",
             ["Figma", "UX Design", "UI Design", "Webflow", "Wordpress"]),
            ("3d-animation", "3D & Animation",
             ["Blender", "Maya", "After Effects", "Animation", "Motion Graphics", "Cinema 4D"]),
        ],
    ),
    "marketing": (
        "Marketing",
        [
            ("digital-marketing", "Digital Marketing",
             ["Digital Marketing", "Google Ads", "Facebook Ads", "Email Marketing", "Copywriting"]),
            ("seo", "Search Engine Optimization", ["SEO", "Keyword Research", "Content Marketing"]),
            ("social-media", "Social Media Marketing",
             ["Instagram Marketing", "YouTube Marketing", "TikTok", "LinkedIn",
              "Influencer Marketing"]),
        ],
    ),
    "photography-video": (
        "Photography & Video",
        [
            ("photography", "Photography",
             ["Photography", "Lightroom", "Portrait Photography", "Landscape Photography",
              "Smartphone Photography"]),
            ("video-design", "Video Design",
             ["Video Editing", "Premiere Pro", "DaVinci Resolve", "Final Cut Pro", "Filmmaking"]),
        ],
    ),
    "music": (
        "Music",
        [
            ("instruments", "Instruments", ["Guitar", "Piano", "Drums", "Ukulele", "Violin"]),
            ("music-production", "Music Production",
             ["Music Production", "Ableton Live", "FL Studio", "Logic Pro", "Mixing", "Mastering"]),
            ("music-theory", "Music Theory", ["Music Theory", "Songwriting", "Ear Training"]),
        ],
    ),
    "health-fitness": (
        "Health & Fitness",
        [
            ("fitness", "Fitness",
             ["Yoga", "Pilates", "Strength Training", "Running", "Stretching"]),
            ("nutrition", "Nutrition & Diet",
             ["Nutrition", "Keto", "Meal Planning", "Weight Loss"]),
            ("mental-health", "Mental Health",
             ["Meditation", "Mindfulness", "Stress Management", "Anxiety", "Sleep"]),
        ],
    ),
    "personal-development": (
        "Personal Development",
        [
            ("productivity", "Personal Productivity",
             ["Productivity", "Time Management", "Habits", "Focus", "Note Taking"]),
            ("career-development", "Career Development",
             ["Resume Writing", "Job Interviews", "Career Change", "Personal Branding"]),
            ("language-learning", "Language Learning",
             ["Spanish", "English", "French", "German", "Japanese", "Mandarin", "Italian"]),
        ],
    ),
}

TITLE_TEMPLATES = [
    "The Complete {t} Bootcamp {year}",
    "{t} for Beginners",
    "{t} Masterclass: From Zero to Hero",
    "Mastering {t}: The Practical Guide",
    "Learn {t} by Building {n} Real Projects",
    "{t} and {t2}: A Hands-On Introduction",
    "Advanced {t} Techniques",
    "{t} Crash Course",
    "Ultimate {t} Course {year}",
    "{t} Fundamentals",
    "Modern {t} with {t2}",
    "{t} in {n} Days",
    "Professional {t} Certification Prep",
    "Introduction to {t}",
    "{t} A-Z: Everything You Need to Know",
]
SUBTITLE_TEMPLATES = [
    "Learn {t} step by step with practical exercises and real-world examples",
    "Go from beginner to confident {t} practitioner in weeks",
    "Build {n} projects and master {t} and {t2} along the way",
    "The most complete {t} course, updated for {year}",
    "A practical, no-fluff guide to {t} for busy professionals",
    "Understand the core ideas of {t} and apply them at work",
]
DESCRIPTION_SENTENCES = [
    "In this course you will learn {t} from the ground up.",
    "We start with the fundamentals and move on to advanced topics like {t2}.",
    "Every section ends with a hands-on exercise so you can practice what you learned.",
    "By the end you will be able to use {t} confidently in your own projects.",
    "No prior experience is required, only curiosity and a willingness to learn.",
    "You will get lifetime access, downloadable resources and a certificate of completion.",
    "The course is regularly updated with new lectures about {t} and {t2}.",
    "Join thousands of students who already improved their career with {t}.",
    "We cover best practices, common mistakes and tips from industry experts.",
    "Quizzes and assignments help you check your understanding of {t}.",
    "This course is perfect for students, freelancers and professionals.",
    "You will also learn how {t} compares to {t2} and when to choose each one.",
]
FIRST_NAMES = [
    "Maria", "James", "Aisha", "Wei", "Carlos", "Sofia", "Ahmed", "Emily", "Raj", "Olga",
    "Lucas", "Yuki", "Fatima", "Daniel", "Chloe", "Mateo", "Priya", "Noah", "Elena", "Kwame",
    "Jonas", "Amara", "Hiroshi", "Isabella", "Omar", "Sarah", "Ivan", "Leila", "Tom", "Ana",
]
LAST_NAMES = [
    "Schmidt", "Garcia", "Chen", "Okafor", "Rossi", "Kowalski", "Nguyen", "Patel", "Smith",
    "Ivanova", "Tanaka", "Silva", "Haddad", "Johansson", "Murphy", "Kim", "Dubois", "Novak",
    "Mendes", "Fischer", "Costa", "Ali", "Brown", "Lopez", "Weber", "Sato", "Yilmaz",
]
LEVELS = ["beginner", "intermediate", "advanced", "all"]
LANGUAGES = ["en"] * 14 + ["es", "es", "pt", "de", "fr", "ja", "hi", "tr", "it", "ru"]


def _sub_categories() -> list[tuple[str, str, str, str, list[str]]]:
    subs = []
    for parent_slug, (parent_name, children) in CATEGORY_TREE.items():
        for slug, name, topics in children:
            subs.append((slug, name, parent_slug, parent_name, topics))
    return subs


def generate_courses(count: int, seed: int = SEED) -> Iterator[CourseDocument]:
    """`count` synthetic published courses, the same ones for the same seed."""
    rng = random.Random(seed)
    subs = _sub_categories()
    instructors = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
    epoch = datetime(2016, 1, 1, tzinfo=UTC)
    for course_id in range(1, count + 1):
        slug, name, parent_slug, parent_name, topics = rng.choice(subs)
        topic = rng.choice(topics)
        other = rng.choice([t for t in topics if t != topic] or topics)
        fill = {"t": topic, "t2": other, "n": rng.randint(3, 30), "year": rng.randint(2019, 2025)}
        sentences = rng.sample(DESCRIPTION_SENTENCES, k=rng.randint(4, 7))
        prices = [1999, 2999, 4999, 8499, 9999, 12999, 19999]
        price = 0 if rng.random() < 0.08 else rng.choice(prices)
        yield CourseDocument(
            course_id=course_id,
            title=rng.choice(TITLE_TEMPLATES).format(**fill),
            subtitle=rng.choice(SUBTITLE_TEMPLATES).format(**fill),
            description=" ".join(s.format(**fill) for s in sentences),
            tags=rng.sample(topics, k=min(len(topics), rng.randint(2, 4))),
            category_slugs=[slug, parent_slug],
            category_names=[name, parent_name],
            instructor_name=rng.choice(instructors),
            level=rng.choice(LEVELS),
            language=rng.choice(LANGUAGES),
            price_cents=price,
            rating_average=round(rng.uniform(3.0, 5.0), 1),
            rating_count=rng.randint(0, 20_000),
            enrollment_count=rng.randint(0, 200_000),
            sales_count=rng.randint(0, 100_000),
            published_at=epoch + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 9)),
        )


def _all_topics() -> list[str]:
    return sorted({t for *_, topics in _sub_categories() for t in topics})


def _typo(word: str, rng: random.Random) -> str:
    """One edit (substitution, deletion, insertion or swap) after the first letter."""
    i = rng.randint(1, len(word) - 2)
    kind = rng.choice(["sub", "del", "ins", "swap"])
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if kind == "sub":
        return word[:i] + letter + word[i + 1 :]
    if kind == "del":
        return word[:i] + word[i + 1 :]
    if kind == "ins":
        return word[:i] + letter + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def build_query_sets(count: int, seed: int = SEED) -> dict[str, list[SearchQuery]]:
    """The benchmark's query mixes: one-word, three-word, typo and filtered."""
    rng = random.Random(seed + 1)
    topics = _all_topics()
    single_words = sorted(
        {w.lower() for t in topics for w in t.split() if len(w) > 2 and w.isalpha()}
    )
    extra = ["complete", "beginners", "masterclass", "projects", "guide", "advanced", "course"]
    long_words = [w for w in single_words if len(w) >= 5]
    subs = _sub_categories()
    slugs = [s[0] for s in subs] + list(CATEGORY_TREE)
    one = [SearchQuery(text=rng.choice(single_words + extra)) for _ in range(count)]
    three = []
    for _ in range(count):
        _, _, _, _, topics_ = rng.choice(subs)
        words = rng.choice(topics_).lower().split()[:2]
        words += rng.sample(["beginners", "complete", "guide", "projects", "advanced",
                             "practical", "bootcamp", "masterclass", "fundamentals"], k=3)
        three.append(SearchQuery(text=" ".join(words[:3])))
    typo = [SearchQuery(text=_typo(rng.choice(long_words), rng)) for _ in range(count)]
    filtered = []
    for _ in range(count):
        slug, _, parent_slug, _, topics_ = rng.choice(subs)
        filtered.append(
            SearchQuery(
                text=rng.choice(topics_).lower(),
                category=rng.choice([slug, parent_slug]),
                level=rng.choice([None, *LEVELS]),
                min_rating=rng.choice([None, 4.0, 4.5]),
                sort=rng.choice(["relevance", "rating", "newest", "best_selling", "price_asc"]),
            )
        )
    browse = [
        SearchQuery(
            category=rng.choice(slugs),
            level=rng.choice([None, *LEVELS]),
            sort=rng.choice(["relevance", "rating", "best_selling", "price_desc"]),
            page=rng.randint(1, 3),
        )
        for _ in range(count)
    ]
    return {"one-word": one, "three-word": three, "typo": typo, "filtered": filtered,
            "browse (no text)": browse}


def build_prefixes(count: int, seed: int = SEED) -> list[str]:
    """Typeahead inputs: the start of one to three words of a topic or a title word."""
    rng = random.Random(seed + 2)
    topics = _all_topics()
    extra = ["complete", "beginners", "masterclass", "projects", "guide", "advanced", "course"]
    prefixes = []
    for _ in range(count):
        words = (rng.choice(topics) + " " + rng.choice(extra)).lower().split()
        words = [w for w in words if w.isalnum()] or ["python"]
        n = rng.randint(1, min(3, len(words)))
        chosen = words[:n]
        last = chosen[-1]
        chosen[-1] = last[: rng.randint(1, len(last))]
        prefixes.append(" ".join(chosen))
    return prefixes


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def _time_queries(
    search: Callable[[SearchQuery], object],
    queries: list[SearchQuery],
    before_each: Callable[[], None] | None = None,
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each query."""
    wall, cpu = [], []
    for q in queries:
        if before_each is not None:
            before_each()
        started, started_cpu = time.perf_counter(), time.thread_time()
        search(q)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return wall, cpu


def _p(values: list[float]) -> str:
    return f"{_percentile(values, 50):6.1f} {_percentile(values, 95):6.1f}"


@contextmanager
def _scratch_postgres(admin_url: str) -> Iterator[None]:
    """A migrated scratch database of our own, the app's engine pointed at it, then dropped."""
    name = f"uc_search_bench_{os.getpid()}"
    admin = db.build_engine(admin_url)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    previous = os.environ.get("DATABASE_URL")
    try:
        upgrade_to_head(url)
        os.environ["DATABASE_URL"] = url
        get_settings.cache_clear()
        db.reset_engine()
        yield
    finally:
        db.reset_engine()
        if previous is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = previous
        get_settings.cache_clear()
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _after_changes(index: CourseSearchBackend, docs: list[CourseDocument], rounds: int
                   ) -> tuple[list[float], list[float]]:
    """Milliseconds of upserting one changed course, and of the first search after it."""
    rng = random.Random(SEED + 7)
    words = ["python", "react", "marketing", "photography", "excel", "guitar", "docker"]
    upserts, searches = [], []
    for _ in range(rounds):
        doc = rng.choice(docs)
        doc.sales_count += 1
        started = time.perf_counter()
        index.upsert([doc])
        upserts.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        index.search(SearchQuery(text=rng.choice(words)))
        searches.append((time.perf_counter() - started) * 1000)
    return upserts, searches


def run(size: int, queries_per_kind: int, backend: str, workdir: Path) -> None:
    """Index `size` courses on `backend` and print reindex time and latency percentiles."""
    directory = workdir / f"index-{size}"
    shutil.rmtree(directory, ignore_errors=True)
    docs = list(generate_courses(size))
    index: CourseSearchBackend
    index = CourseSearchIndex(directory) if backend == "whoosh" else PostgresSearchIndex()
    started, started_cpu, started_times = time.perf_counter(), time.process_time(), os.times()
    index.rebuild(docs)
    elapsed, elapsed_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    ended_times = os.times()
    children_cpu = (ended_times.children_user - started_times.children_user
                    + ended_times.children_system - started_times.children_system)
    print(f"\n== {backend}: {size:,} courses ==")
    print(f"full reindex: {elapsed:.1f} s wall ({size / elapsed:,.0f} docs/s), "
          f"{elapsed_cpu:.1f} s of this process's CPU + {children_cpu:.1f} s in its child "
          f"processes, load average {os.getloadavg()[0]:.1f}")

    started = time.perf_counter()
    index.count()
    load_ms = (time.perf_counter() - started) * 1000
    print(f"first search after opening: {load_ms:.0f} ms")

    upserts, searches = _after_changes(index, docs, 20)
    print(f"one course changed, 20 times: upsert {_p(upserts)}; first search after it "
          f"{_p(searches)} (p50 p95, ms)")

    sets = build_query_sets(queries_per_kind)
    # Warm-up pass over a different sample, so first-use costs (sort orders, filter sets)
    # that any long-running server pays once per index change are not counted.
    warm = build_query_sets(50, seed=SEED + 99)
    for queries in warm.values():
        for q in queries:
            index.search(q)
    gc.collect()
    print("warm: postings of words already searched are cached (steady state of a server);")
    print("cold: in-process caches emptied before every query, as right after an index change")
    print("(PostgreSQL keeps no answers in the process: its cold equals warm).")
    print("wall = elapsed time; cpu = this thread's CPU time (for PostgreSQL only the client")
    print("side). Each cell: p50 p95, in ms.")
    print(f"{'query kind':<17} {'n':>4} | {'warm wall':>13} | {'warm cpu':>13} | "
          f"{'cold wall':>13} | {'cold cpu':>13} | {'avg hits':>8}")
    approximate: dict[str, int] = {}
    for kind, queries in sets.items():
        results = [index.search(q) for q in queries[:50]]
        totals = [r.total for r in results]
        approximate[kind] = sum(r.approximate for r in results)
        warm_wall, warm_cpu = _time_queries(index.search, queries)
        cold_wall, cold_cpu = _time_queries(index.search, queries, index.clear_caches)
        print(f"{kind:<17} {len(queries):>4} | {_p(warm_wall)} | {_p(warm_cpu)} | "
              f"{_p(cold_wall)} | {_p(cold_cpu)} | {statistics.mean(totals):>8,.0f}")
    prefixes = build_prefixes(queries_per_kind)
    if hasattr(index, "suggest"):
        def suggest(prefix: str) -> object:
            return index.suggest(prefix, 8)

        warm_wall, warm_cpu = _time_queries(suggest, prefixes)
        cold_wall, cold_cpu = _time_queries(suggest, prefixes, index.clear_caches)
        hits = [len(index.suggest(p, 8).course_ids) for p in prefixes[:50]]
        print(f"{'suggest (typeahead)':<17} {len(prefixes):>4} | {_p(warm_wall)} | "
              f"{_p(warm_cpu)} | {_p(cold_wall)} | {_p(cold_cpu)} | {statistics.mean(hits):>8.1f}")
    print("approximate totals/facets among the first 50 queries of each kind: "
          + ", ".join(f"{k} {v}" for k, v in approximate.items()))
    shutil.rmtree(directory, ignore_errors=True)


def main() -> None:
    """Parse arguments and run the benchmark for each size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=300, help="queries per kind")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--backend", choices=["whoosh", "postgres", "both"], default="both")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
        help="server for the scratch database (the named database is only used to create it)",
    )
    args = parser.parse_args()
    backends = ["whoosh", "postgres"] if args.backend == "both" else [args.backend]
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}; seed {SEED}; {args.queries} queries per kind")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        for size in sizes:
            for backend in backends:
                if backend == "postgres":
                    with _scratch_postgres(args.postgres_url):
                        run(size, args.queries, backend, workdir)
                else:
                    run(size, args.queries, backend, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
