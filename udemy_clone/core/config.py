"""One Settings object, read by rxconfig.py, alembic, the worker and the tests.

Every external part has an embedded default (SQLite, local files, in-process jobs, sandbox
payments, file outbox mail) and a production setting switched on by an environment variable
(or a line in `.env`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEV_SECRET = "dev-only-secret-change-me-in-production-0123456789"


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
    # redis: unset means in-process jobs, in-memory rate limits and no cache
    redis_url: str | None = None

    # auth
    secret_key: str = DEV_SECRET
    jwt_issuer: str = "udemy-clone"
    jwt_audience: str = "udemy-clone-api"
    access_token_ttl_seconds: int = 900
    refresh_token_ttl_days: int = 30
    login_max_failures: int = 5
    login_failure_window_seconds: int = 900
    rate_limit_per_minute: int = 600

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
    max_video_seconds: int = 6 * 3600
    transcode_timeout_seconds: int = 3600
    cdn_base_url: str | None = None
    playback_url_ttl_seconds: int = 4 * 3600

    # search: "auto" is PostgreSQL full-text search on a PostgreSQL database, Whoosh otherwise
    search_backend: Literal["auto", "whoosh", "postgres"] = "auto"
    search_index_dir: Path | None = None  # Whoosh's files

    # payments: sandbox unless both Stripe keys are set
    stripe_secret_key: str | None = None
    stripe_webhook_secret: str | None = None
    stripe_api_base: str | None = None  # tests point the real stripe library at a local server
    refund_window_days: int = 30

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
        if self.env == "production" and self.secret_key == DEV_SECRET:
            raise ValueError(
                "SECRET_KEY is still the development default; set a long random SECRET_KEY "
                "before running with ENV=production."
            )
        if len(self.secret_key) < 32:
            raise ValueError("SECRET_KEY must be at least 32 characters long.")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def payments_gateway(self) -> Literal["stripe", "sandbox"]:
        return "stripe" if self.stripe_secret_key and self.stripe_webhook_secret else "sandbox"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "mail-outbox"

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
