"""The single REST entry point: FastAPI under /api/v1, mounted into the Reflex backend."""

from __future__ import annotations

import hmac
import json
import os
import re
import time
from collections.abc import Mapping
from ipaddress import ip_address
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from udemy_clone.auth.api import router as auth_router
from udemy_clone.core import metrics, queue, ratelimit
from udemy_clone.core.client_address import client_address_from_scope
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import DomainError, RateLimited
from udemy_clone.core.log import get_logger, request_id_var
from udemy_clone.gateway import health
from udemy_clone.gateway.cached_reads import CachedReadsMiddleware
from udemy_clone.gateway.http_guards import BodySizeLimitMiddleware, SecurityHeadersMiddleware
from udemy_clone.gateway.routers import domain_routers
from udemy_clone.gateway.static_cache import (
    FirstViewRenderer,
    FrontendCacheMiddleware,
    PageFirstViewRenderer,
)
from udemy_clone.playback import hls
from udemy_clone.playback.api import HlsSegmentFastPath
from udemy_clone.stats.business_metrics import business_metrics

API_PREFIX = "/api/v1"
log = get_logger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
}


def error_response(
    status: int, code: str, message: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """The error envelope of API.md."""
    body: dict[str, Any] = {"code": code, "message": message}
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def _validation_message(errors: list[dict[str, Any]]) -> tuple[str, dict[str, str]]:
    fields: dict[str, str] = {}
    for err in errors:
        name = _field_name(tuple(err.get("loc", ())))
        if err.get("type") == "json_invalid":
            return "The request body is not valid JSON.", {"body": "invalid JSON"}
        msg = str(err.get("msg", "is not valid"))
        msg = msg.removeprefix("Value error, ")
        fields.setdefault(name, msg)
    first = next(iter(fields.items()), ("body", "is not valid"))
    return f"Check the field '{first[0]}': {first[1]}", fields


_HLS_PATH = re.compile(rf"^{API_PREFIX}/hls/([0-9]{{1,10}})/([0-9]{{1,10}})/")


def _rate_budget(path: str, query_string: bytes) -> tuple[str, int]:
    """Which per-minute budget a request spends: HLS files with a valid signed URL have their
    own, larger one, so watching a video never runs into the API's limit."""
    settings = get_settings()
    match = _HLS_PATH.match(path)
    if match:
        token = parse_qs(query_string.decode("latin-1")).get(hls.TOKEN_QUERY, [""])[0]
        try:
            hls.verify_token(token, lecture_id=int(match[1]), video_id=int(match[2]))
        except DomainError:
            pass
        else:
            return "hls", settings.hls_rate_limit_per_minute
    return "api", settings.rate_limit_per_minute


class GatewayMiddleware:
    """Request ids, access logs, Prometheus metrics and per-IP rate limiting (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        incoming = next(
            (v for k, v in scope.get("headers") or () if k == b"x-request-id"), b""
        ).decode("latin-1")[:64]
        request_id = incoming if incoming.replace("-", "").isalnum() else os.urandom(16).hex()
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (b"x-request-id", request_id.encode())
                ]
            await send(message)

        client_address = client_address_from_scope(scope)
        # Routes and the sign-in throttle read it from request.state.client_address.
        scope.setdefault("state", {})["client_address"] = client_address
        try:
            if path.startswith(API_PREFIX) and not path.startswith(f"{API_PREFIX}/openapi"):
                ip = client_address or "unknown"
                bucket, limit = _rate_budget(path, scope.get("query_string", b""))
                try:
                    # Reserved from Redis in blocks of up to 2 % of the budget: no round
                    # trip on most requests (a limit may bite that much early per process).
                    count, retry_after = ratelimit.hit_in_blocks(
                        f"{bucket}:ip:{ip}", window_seconds=60, block=min(100, limit // 50)
                    )
                except Exception:  # Redis down: serve rather than fail every request
                    count, retry_after = 0, 0
                if count > limit:
                    response = error_response(
                        429,
                        "rate_limited",
                        "Too many requests. Slow down and try again shortly.",
                        headers={"Retry-After": str(retry_after)},
                    )
                    await response(scope, receive, send_with_id)
                    return
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            route_path = getattr(route, "path", None) or (
                "other" if not path.startswith(API_PREFIX) else "unmatched"
            )
            if (
                path.startswith(API_PREFIX)
                and route_path.startswith("/")
                and not route_path.startswith(API_PREFIX)
            ):
                route_path = API_PREFIX + route_path
            method = scope.get("method", "GET")
            if path.startswith(API_PREFIX) or path in ("/healthz", "/readyz", "/metrics"):
                metrics.observe_request(method, route_path, status_holder["status"], elapsed)
                log.info(
                    "request",
                    method=method,
                    path=path,
                    client=client_address,
                    status=status_holder["status"],
                    ms=round(elapsed * 1000, 1),
                )
            request_id_var.reset(token)


def metrics_allowed(request: Request) -> bool:
    """/metrics shows revenue and sign-ups: only for the holder of METRICS_TOKEN; without one
    configured, only for loopback callers outside production (404 for everyone else)."""
    settings = get_settings()
    if settings.metrics_token:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(
            token.strip().encode(), settings.metrics_token.encode()
        )
    if settings.env == "production":
        return False
    address = getattr(request.state, "client_address", None) or (
        request.client.host if request.client else ""
    )
    try:
        return ip_address(address).is_loopback
    except ValueError:
        return address == "testclient"  # Starlette's TestClient peer


def create_gateway(
    first_views: Mapping[str, FirstViewRenderer] | None = None,
    page_first_views: Mapping[str, PageFirstViewRenderer] | None = None,
) -> FastAPI:
    """The FastAPI app with every domain router, error handlers and the ops endpoints.

    `first_views`: per dynamic route ("course/:slug"), what its shell gets as first content;
    `page_first_views`: per prerendered page ("/courses"), what it gets for a query string
    (gateway.static_cache). The web layer provides them."""
    app = FastAPI(
        title="Udemy Clone API",
        version="1.0.0",
        description="The public REST API of the course marketplace (contract v1).",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        # Metrics are Prometheus's (core.metrics); FastAPI's own OpenTelemetry hooks would only
        # cost a provider lookup on every request.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )

    @app.exception_handler(DomainError)
    async def domain_error(_request: Request, exc: DomainError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else None
        fields = None
        if "field" in exc.details:
            fields = {str(exc.details["field"]): exc.message}
        return error_response(
            exc.status_code, exc.code, exc.message, headers=headers, fields=fields
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, fields = _validation_message(list(exc.errors()))
        return error_response(422, "validation_error", message, fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else "The request could not be served."
        if exc.status_code == 404 and message == "Not Found":
            message = "There is nothing at this address."
        if exc.status_code == 405:
            message = "This method is not allowed here."
        headers = dict(exc.headers) if exc.headers else None
        return error_response(exc.status_code, code, message, headers=headers)

    @app.exception_handler(Exception)
    async def unexpected_error(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled_error", error=str(exc))
        return error_response(
            500,
            "internal_error",
            f"Something went wrong on our side. Quote request id {request_id_var.get()} "
            "if you contact support.",
        )

    app.include_router(auth_router, prefix=API_PREFIX)
    for router in domain_routers():
        app.include_router(router, prefix=API_PREFIX)

    @app.api_route(
        f"{API_PREFIX}/{{path:path}}",
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        include_in_schema=False,
    )
    def unknown_api_route(path: str) -> JSONResponse:
        return error_response(404, "not_found", "There is no API endpoint at this address.")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    def readyz() -> Response:
        failures = health.check_dependencies()
        if failures:
            return JSONResponse(
                {
                    "status": "unavailable",
                    "failed": failures,
                    "error": {
                        "code": "not_ready",
                        "message": "Not ready: " + ", ".join(sorted(failures)) + " unreachable.",
                    },
                },
                status_code=503,
            )
        return JSONResponse({"status": "ready"})

    metrics.register_collector(business_metrics)  # type: ignore[arg-type]

    @app.get("/metrics", include_in_schema=False)
    def prometheus_metrics(request: Request) -> Response:
        if not metrics_allowed(request):
            return error_response(404, "not_found", "There is nothing at this address.")
        body, content_type = metrics.render_metrics(queue.queue_depths)
        return PlainTextResponse(body, media_type=content_type)

    # Last added runs first: security headers on everything (429 and 413 included), then
    # request ids and rate limits, then the body ceiling; HLS segments
    # (playback.api.HlsSegmentFastPath) and cached anonymous catalogue reads
    # (gateway.cached_reads) are answered before FastAPI's routing.
    app.add_middleware(HlsSegmentFastPath)
    app.add_middleware(CachedReadsMiddleware)
    app.add_middleware(BodySizeLimitMiddleware)
    app.add_middleware(
        FrontendCacheMiddleware, first_views=first_views, page_first_views=page_first_views
    )
    app.add_middleware(GatewayMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def openapi_json() -> str:
    """The OpenAPI document as text (for docs and contract tests)."""
    return json.dumps(create_gateway().openapi(), indent=2)
