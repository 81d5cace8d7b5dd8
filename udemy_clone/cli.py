"""Command line: `python -m udemy_clone <command>` (migrate, bootstrap, create-admin, ...)."""

from __future__ import annotations

import argparse
import getpass
import sys

from udemy_clone.core.config import get_settings


def _cmd_migrate(_args: argparse.Namespace) -> int:
    from udemy_clone.migrations import upgrade_to_head

    upgrade_to_head()
    print("Database is up to date.")
    return 0


def _cmd_bootstrap(_args: argparse.Namespace) -> int:
    from udemy_clone.core.storage import get_storage
    from udemy_clone.migrations import upgrade_to_head
    from udemy_clone.seed import seed_demo_data

    settings = get_settings()
    upgrade_to_head()
    # The bucket (or directory) must exist before demo data stores its files in it; creating it
    # is race-safe, so every replica may bootstrap at once.
    get_storage().ensure_ready()
    seeded = settings.seed_demo_data and seed_demo_data()
    print("Demo data loaded." if seeded else "Database ready (existing data kept).")
    return 0


def _cmd_create_admin(args: argparse.Namespace) -> int:
    from udemy_clone.auth import service as auth_service
    from udemy_clone.core import db
    from udemy_clone.core.errors import DomainError

    password = args.password or getpass.getpass("Password for the admin: ")
    try:
        with db.transaction() as session:
            user = auth_service.create_admin(
                session=session, email=args.email, password=password, full_name=args.name
            )
            print(f"Admin ready: {user.email} (id {user.id}).")
    except DomainError as exc:
        print(f"Could not create the admin: {exc.message}", file=sys.stderr)
        return 2
    return 0


def _cmd_print_accounts(_args: argparse.Namespace) -> int:
    from udemy_clone.seed import DEMO_ACCOUNTS

    settings = get_settings()
    print(
        f"\n  App:  {settings.public_url}\n  API:  {settings.public_url}/api/v1 "
        f"(docs at /api/v1/docs)\n\n  Demo accounts:"
    )
    for account in DEMO_ACCOUNTS:
        print(f"    {account.role:<11} {account.email:<24} {account.password}")
    print()
    return 0


def _cmd_relay(_args: argparse.Namespace) -> int:
    import threading

    from udemy_clone.core import outbox
    from udemy_clone.events import register_handlers

    register_handlers()
    print("Outbox relay running (Ctrl+C to stop).")
    try:
        outbox.relay_forever(threading.Event())
    except KeyboardInterrupt:
        pass
    return 0


def _cmd_run_jobs(_args: argparse.Namespace) -> int:
    import signal
    import threading

    from udemy_clone.runtime import start_background_services, stop_background_services

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    start_background_services()
    print("Background services running: relay, jobs, scheduler (Ctrl+C to stop).", flush=True)
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    stop_background_services()
    return 0


def _cmd_reindex(_args: argparse.Namespace) -> int:
    import time

    from udemy_clone.catalog.indexing import rebuild_index

    started = time.perf_counter()
    count = rebuild_index()
    print(
        f"Search index rebuilt: {count} published courses in {time.perf_counter() - started:.1f}s."
    )
    return 0


def _cmd_show_mail(args: argparse.Namespace) -> int:
    from udemy_clone.notifications.cli import show_mail

    return show_mail(limit=args.limit, email_id=args.id)


def _cmd_rollup(args: argparse.Namespace) -> int:
    import time
    from datetime import date, timedelta

    from udemy_clone.stats import service as stats_service
    from udemy_clone.stats import tasks as stats_tasks

    if args.day:
        try:
            days = [date.fromisoformat(args.day)]
        except ValueError:
            print("Give the day as YYYY-MM-DD, e.g. --day 2026-11-25.", file=sys.stderr)
            return 2
    else:
        if not 1 <= args.days <= 3660:
            print("Give --days between 1 and 3660.", file=sys.stderr)
            return 2
        today = stats_service.today_utc()
        days = [today - timedelta(days=n) for n in range(args.days - 1, -1, -1)]
    started = time.perf_counter()
    for day in days:
        summary = stats_tasks.rollup_day(day.isoformat())
        print(
            f"{summary['day']}: {summary['courses']} courses, {summary['orders']} orders, "
            f"{summary['refunds']} refunds, {summary['enrollments']} enrollments, "
            f"{summary['watch_seconds']} s watched"
        )
    print(f"Rolled up {len(days)} day(s) in {time.perf_counter() - started:.1f}s.")
    return 0


def _cmd_reconcile_ledger(args: argparse.Namespace) -> int:
    from udemy_clone.orders.ledger_cli import reconcile_command

    return reconcile_command(show_all=args.all)


def _cmd_build(args: argparse.Namespace) -> int:
    import time

    from udemy_clone import frontend

    started = time.perf_counter()
    built = frontend.build(force=args.force, prerender=args.prerender)
    where = frontend.web_dir() / frontend.CLIENT_DIR
    if built:
        print(f"Frontend built in {where} ({time.perf_counter() - started:.0f}s).")
    else:
        print(f"Frontend build in {where} is current (sources unchanged); not rebuilt.")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from udemy_clone import frontend

    frontend.serve(host=args.host, port=args.port, loglevel=args.loglevel)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    """`make run`: bootstrap, build (skipped when current) and serve, in this one process.

    Bootstrap imports most of the app (models, services, seed); the server's supervisor then
    imports the rest and forks its workers. Three processes imported it all three times: on a
    second start most of the time went there.
    """
    from udemy_clone import frontend
    from udemy_clone.core import db
    from udemy_clone.core.redis_client import reset_redis
    from udemy_clone.core.storage import reset_storage_cache

    _cmd_bootstrap(args)
    _cmd_build(argparse.Namespace(force=False, prerender=True))
    # The forked web workers open their own connections and clients.
    db.reset_engine()
    reset_storage_cache()
    reset_redis()
    frontend.serve(host=args.host, port=args.port, loglevel=args.loglevel)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run one command."""
    parser = argparse.ArgumentParser(prog="python -m udemy_clone")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=_cmd_migrate)
    sub.add_parser(
        "bootstrap", help="migrate and load demo data into an empty database"
    ).set_defaults(func=_cmd_bootstrap)
    admin = sub.add_parser("create-admin", help="create an admin account (or promote one)")
    admin.add_argument("--email", required=True)
    admin.add_argument("--name", default="Administrator")
    admin.add_argument("--password", help="prompted when omitted")
    admin.set_defaults(func=_cmd_create_admin)
    sub.add_parser("print-accounts", help="print the URL and demo accounts").set_defaults(
        func=_cmd_print_accounts
    )
    sub.add_parser("relay", help="run the outbox relay in the foreground").set_defaults(
        func=_cmd_relay
    )
    sub.add_parser(
        "run-jobs",
        help="run the web process's background services alone (relay, jobs, scheduler)",
    ).set_defaults(func=_cmd_run_jobs)
    sub.add_parser(
        "reindex", help="rebuild the course search index from the database"
    ).set_defaults(func=_cmd_reindex)
    mail = sub.add_parser("show-mail", help="list sent emails, or print one (--id)")
    mail.add_argument("--limit", type=int, default=20)
    mail.add_argument("--id", type=int, default=None, help="print this email in full")
    mail.set_defaults(func=_cmd_show_mail)
    rollup = sub.add_parser("rollup", help="rebuild the daily statistics of UTC days")
    which = rollup.add_mutually_exclusive_group(required=True)
    which.add_argument("--day", help="one UTC day, YYYY-MM-DD")
    which.add_argument("--days", type=int, help="the last N UTC days, today included")
    rollup.set_defaults(func=_cmd_rollup)
    reconcile = sub.add_parser(
        "reconcile-ledger",
        help="check the revenue ledger against orders and refunds (exit 1 on a difference)",
    )
    reconcile.add_argument(
        "--all", action="store_true", help="print every month, not only ones that differ"
    )
    reconcile.set_defaults(func=_cmd_reconcile_ledger)
    build = sub.add_parser(
        "build", help="build the production frontend once (skipped when sources are unchanged)"
    )
    build.add_argument("--force", action="store_true", help="rebuild even if current")
    build.add_argument(
        "--no-prerender",
        dest="prerender",
        action="store_false",
        help="skip prerendering the pages' HTML (they then paint only after hydration)",
    )
    build.set_defaults(func=_cmd_build)
    serve = sub.add_parser("serve", help="serve the built app (UI, WebSocket, API) on one port")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument("--loglevel", default="warning")
    serve.set_defaults(func=_cmd_serve)
    run = sub.add_parser("run", help="bootstrap, build when sources changed, and serve (make run)")
    run.add_argument("--host", default="0.0.0.0")
    run.add_argument("--port", type=int, default=3000)
    run.add_argument("--loglevel", default="warning")
    run.set_defaults(func=_cmd_run)
    args = parser.parse_args(argv)
    return int(args.func(args))
