"""One Settings object, read by rxconfig.py, alembic, the worker and the tests.

Every external part has an embedded default (SQLite, local files, in-process jobs, sandbox
payments, file outbox mail) and a production setting switched on by an environment variable
(or a line in `.env`).
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY_FILE = "secret_key"
MIN_SECRET_LENGTH = 32
_log = logging.getLogger(__name__)


def load_or_create_secret_key(data_dir: Path) -> str:
    """The install's own master key from DATA_DIR, created (0600, atomically) on first start.

    `O_CREAT | O_EXCL` makes exactly one of several processes starting at once write the key;
    the others read the one it wrote.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / SECRET_KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # the creator may still be writing it
            key = path.read_text(encoding="utf-8").strip()
            if key:
                return key
            time.sleep(0.02)
        raise RuntimeError(f"{path} is empty: delete it or set SECRET_KEY.") from None
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    _log.warning(
        "No SECRET_KEY set: generated a secret key for this install and stored it in %s "
        "(mode 0600). Set SECRET_KEY explicitly in production.",
        path,
    )
    return key


class Settings(BaseSettings):
    """Application settings; each field is read from the environment variable of the same name."""

    model_config = SettingsConfigDict(
        env_file=PROJECT_ROOT / ".env", env_file_encoding="utf-8", extra="ignore"
    )

    env: Literal["development", "test", "production"] = "development"
    data_dir: Path = PROJECT_ROOT / "data"
    public_url: str = "http://localhost:3000"
    log_level: str = "INFO"
    log_json: bool = False

    # database: SQLite file by default, PostgreSQL (postgresql+psycopg://...) in production
    database_url: str = ""
    # Connections on a budget (docs/deployment.md): each web worker and each job process
    # holds at most db_pool_size + db_max_overflow connections. All of them kept open by
    # default: overflow connections are closed as soon as they are returned, so with more
    # requests in flight than db_pool_size every few requests paid for a new PostgreSQL
    # connection (508 in 7 s of 16 uncached course pages in flight; none with 10 + 0).
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=0, ge=0)
    db_pool_timeout_seconds: float = 30.0
    # Behind PgBouncer in transaction mode: no server-side prepared statements.
    db_pgbouncer: bool = False
    # redis: unset means in-process jobs, in-memory rate limits and no cache
    redis_url: str | None = None

    # web processes: granian workers per replica (0: 2 with Redis, 1 without); the URL the
    # browser reaches the WebSocket and API on (default: PUBLIC_URL, i.e. the balancer)
    web_workers: int = Field(default=0, ge=0)
    api_url: str | None = None
    # the `instance` label of this process's metrics (default: hostname:port)
    instance_name: str | None = None

    # auth: the master key every signing key is derived from. Unset outside production: a key
    # generated on first start is kept in DATA_DIR/secret_key. SECRET_KEY_PREVIOUS holds old
    # master keys (comma-separated) still accepted for verification during a rotation.
    secret_key: str = ""
    secret_key_previous: str = ""
    jwt_issuer: str = "udemy-clone"
    jwt_audience: str = "udemy-clone-api"
    access_token_ttl_seconds: int = 900
    refresh_token_ttl_days: int = 30
    # refresh tokens: a token rotated less than this long ago still gets a successor (two tabs
    # refreshing at once); a replay after it revokes the whole family.
    refresh_reuse_grace_seconds: int = 30
    # sign-in throttling: failures per (account, client address) pair before delays start
    # (1 s, 2 s, 4 s ... capped), per account (higher, so one address cannot lock an account
    # for everybody), and a high ceiling per address.
    login_max_failures: int = 5
    login_account_max_failures: int = 20
    login_ip_max_failures: int = 100
    login_failure_window_seconds: int = 900
    login_max_delay_seconds: int = 900
    rate_limit_per_minute: int = 600
    # HLS playlists and segments with a valid signed URL: a budget of their own per address
    hls_rate_limit_per_minute: int = 6000
    # proxies whose X-Forwarded-For is believed (comma-separated CIDRs); empty: the direct
    # peer is the client
    trusted_proxies: str = ""
    # request bodies: the ceiling for every route except file uploads, which keep their own
    max_body_bytes: int = 1024 * 1024
    # /metrics: a bearer token Prometheus sends; unset: loopback only (404 in production)
    metrics_token: str | None = None

    # files: local directory by default, S3/MinIO in production
    storage_backend: Literal["local", "s3"] = "local"
    storage_dir: Path | None = None
    s3_endpoint: str = "localhost:9000"
    s3_access_key: str = "minioadmin"
    s3_secret_key: str = "minioadmin"
    s3_bucket: str = "udemy-clone"
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    max_upload_bytes: int = 4 * 1024**3
    # lecture resources (PDF, ZIP, source files, images attached to a lecture)
    max_resource_bytes: int = 25 * 1024**2
    max_resources_per_lecture: int = 20
    resource_url_ttl_seconds: int = Field(default=600, ge=10, le=24 * 3600)
    max_video_seconds: int = 6 * 3600
    transcode_timeout_seconds: int = 3600
    cdn_base_url: str | None = None
    playback_url_ttl_seconds: int = 4 * 3600
    # Video delivery (docs/deployment.md, "Video delivery"). "direct": on S3, playlists list
    # presigned object-storage URLs (or CDN signed URLs); on local storage the app hands each
    # file to the server's zero-copy sending. "x-accel": the app checks the token and nginx
    # sends the bytes (X-Accel-Redirect to X_ACCEL_LOCATION, an `internal` location).
    hls_delivery: Literal["direct", "x-accel"] = "direct"
    # How long a presigned segment URL lives beyond the time its rendition takes to play.
    hls_segment_url_ttl_seconds: int = Field(default=600, ge=60, le=24 * 3600)
    x_accel_location: str = "/_protected_media"
    # Where browsers reach object storage (presigned URLs); unset: S3_ENDPOINT itself
    s3_public_url: str | None = None
    # CloudFront-style signed URLs on CDN_BASE_URL: key pair id and its RSA private key (PEM)
    cdn_key_pair_id: str | None = None
    cdn_private_key_file: Path | None = None

    # search: "auto" is PostgreSQL full-text search on a PostgreSQL database, Whoosh otherwise
    search_backend: Literal["auto", "whoosh", "postgres"] = "auto"
    search_index_dir: Path | None = None  # Whoosh's files

    # payments: sandbox unless both Stripe keys are set
    stripe_secret_key: str | None = None
    stripe_webhook_secret: str | None = None
    stripe_api_base: str | None = None  # tests point the real stripe library at a local server
    refund_window_days: int = 30
    # instructor payouts: the monthly run pays balances of at least this much (minor units)
    payout_minimum_cents: int = 5000
    # A pending order (and its Stripe Checkout session) expires after this many minutes;
    # clamped to Stripe's 30 minutes - 24 hours (orders.checkout.pending_order_ttl).
    order_pending_ttl_minutes: int = 30

    # email: file outbox by default, SMTP when smtp_host is set
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = True
    smtp_ssl: bool = False
    mail_from: str = "Learnly <no-reply@localhost>"

    # statistics
    display_timezone: str = "UTC"

    # demo data on first start
    seed_demo_data: bool = True

    # publishing checklist: minutes of processed video a course needs (small: the demo passes)
    publish_min_video_minutes: float = Field(default=1.0, ge=0, le=600)

    extra_cors_origins: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _fill_defaults(self) -> Settings:
        self.data_dir = Path(self.data_dir)
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / 'app.db'}"
        if self.storage_dir is None:
            self.storage_dir = self.data_dir / "storage"
        if self.search_index_dir is None:
            self.search_index_dir = self.data_dir / "search-index"
        if not self.secret_key:
            if self.env == "production":
                raise ValueError(
                    "SECRET_KEY is not set; set a long random SECRET_KEY (for example "
                    "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`) before "
                    "running with ENV=production."
                )
            self.secret_key = load_or_create_secret_key(self.data_dir)
        if len(self.secret_key) < MIN_SECRET_LENGTH:
            raise ValueError(f"SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters long.")
        try:
            self.trusted_proxy_networks  # noqa: B018 - refuse a bad CIDR at start-up
        except ValueError as exc:
            raise ValueError(f"TRUSTED_PROXIES: {exc}") from exc
        for old in self.previous_secret_keys:
            if len(old) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"Each SECRET_KEY_PREVIOUS key must be at least {MIN_SECRET_LENGTH} "
                    "characters long."
                )
        return self

    @property
    def trusted_proxy_networks(self) -> list[IPv4Network | IPv6Network]:
        """TRUSTED_PROXIES parsed (a bare address is a /32 or /128)."""
        return [
            ip_network(part.strip(), strict=False)
            for part in self.trusted_proxies.split(",")
            if part.strip()
        ]

    @property
    def previous_secret_keys(self) -> list[str]:
        """Old master keys accepted for verification only (newest first)."""
        return [k.strip() for k in self.secret_key_previous.split(",") if k.strip()]

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def payments_gateway(self) -> Literal["stripe", "sandbox"]:
        return "stripe" if self.stripe_secret_key and self.stripe_webhook_secret else "sandbox"

    @property
    def effective_web_workers(self) -> int:
        """Granian worker processes per web replica."""
        if self.web_workers:
            return self.web_workers
        return 2 if self.redis_url else 1

    @property
    def frontend_api_url(self) -> str:
        """Where the browser opens the WebSocket and calls the backend: the public URL."""
        return (self.api_url or self.public_url).rstrip("/")

    @property
    def allowed_origins(self) -> list[str]:
        origins = {self.public_url.rstrip("/")}
        if self.env != "production":
            origins.update({"http://localhost:3000", "http://127.0.0.1:3000"})
        origins.update(o.rstrip("/") for o in self.extra_cors_origins)
        return sorted(origins)


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (tests call `get_settings.cache_clear()` after changing env)."""
    return Settings()
