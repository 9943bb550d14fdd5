"""The web app: the page for editors and the JSON API it uses (Starlette, an ASGI app).

Routes: `GET /` (the page), `/static/...` (its script and style, shipped in the package),
`GET /api/health`, `GET /api/sources`, `POST /api/verify`, `POST /api/extract`,
`GET /api/series`. Checks run in worker processes (pool.py) with a time limit; bad input
is answered 4xx with `{"error": ..., "code": ..., "field": ...}`, never a traceback.
"""
from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from importlib import resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from . import inputs, jobs
from .inputs import BadRequest
from .pool import Busy, JobFailed, Timeout, WorkerLost, WorkerPool

log = logging.getLogger("tradecheck.web")

DEFAULT_MAX_BYTES = 1024 * 1024
DEFAULT_TIMEOUT = 30.0
LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"]

# The page runs only what it was served with: no script, style or connection elsewhere.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                 b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]


@dataclass
class ServerSettings:
    workers: int = 2
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    checks: jobs.Settings = field(default_factory=jobs.Settings)
    # Host names the server answers to; ["*"] for any. Bound to the loopback interface, only
    # its names: a web page elsewhere cannot reach the server through a name of its own
    # pointed at 127.0.0.1 (DNS rebinding).
    allowed_hosts: list[str] = field(default_factory=lambda: list(LOOPBACK_NAMES))


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response (a plain ASGI middleware)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)
        await self.app(scope, receive, send_with_headers)


def create_app(settings: ServerSettings | None = None, pool: WorkerPool | None = None) -> Starlette:
    """The ASGI app. Its lifespan starts the worker pool (or uses `pool`) and stops it."""
    settings = settings or ServerSettings()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        own = pool is None
        app.state.pool = pool or WorkerPool(settings.workers, initializer=jobs.configure,
                                            initargs=(settings.checks,))
        if own:
            await app.state.pool.start()
        try:
            yield
        finally:
            if own:
                await app.state.pool.close()

    async def page(request: Request) -> Response:
        html = resources.files("tradecheck.web").joinpath("static/index.html").read_text(encoding="utf-8")
        return Response(html, media_type="text/html; charset=utf-8")

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__, **request.app.state.pool.stats(),
                             "timeout": settings.timeout, "max_bytes": settings.max_bytes})

    async def verify(request: Request) -> Response:
        fields = inputs.parse(await _body(request, settings.max_bytes), inputs.VERIFY_FIELDS, settings.max_bytes)
        return await _run(request, jobs.check, fields, True)

    async def extract(request: Request) -> Response:
        fields = inputs.parse(await _body(request, settings.max_bytes), inputs.EXTRACT_FIELDS, settings.max_bytes)
        return await _run(request, jobs.check, fields, False)

    async def sources(request: Request) -> Response:
        return await _run(request, jobs.sources)

    async def series(request: Request) -> Response:
        return await _run(request, jobs.series, *inputs.pair_query(request.query_params))

    async def _run(request: Request, fn, *args) -> Response:
        try:
            reply = await request.app.state.pool.run(settings.timeout, fn, *args)
        except Busy:
            return _error(503, "busy", f"every worker was busy for the request's {settings.timeout:g} s; try again",
                          headers={"Retry-After": "5"})
        except Timeout:
            return _error(504, "timeout", f"the check took longer than the limit of {settings.timeout:g} s "
                          "and was stopped (the server's --timeout)")
        except WorkerLost as e:
            return _error(503, "worker_lost", f"the worker checking this request stopped ({e}); try again",
                          headers={"Retry-After": "1"})
        except JobFailed as e:
            return _error(500, "internal", f"internal error: {e}")
        headers = {"Content-Disposition": f'attachment; filename="{_ascii(reply.filename)}"'} if reply.filename else None
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers)

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/api/health", health, methods=["GET"]),
        Route("/api/sources", sources, methods=["GET"]),
        Route("/api/verify", verify, methods=["POST"]),
        Route("/api/extract", extract, methods=["POST"]),
        Route("/api/series", series, methods=["GET"]),
        Mount("/static", app=StaticFiles(packages=[("tradecheck.web", "static")]), name="static"),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if "*" not in settings.allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts))
    handlers = {BadRequest: _bad_request, HTTPException: _http_error, Exception: _internal_error}
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers, lifespan=lifespan)


async def _body(request: Request, max_bytes: int) -> bytes:
    """The request body, refused early when it cannot hold a text within the limit, and
    only when it is declared as JSON: a page on another site cannot send that without the
    browser asking first (CORS), and this server never says yes."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json" and not ctype.endswith("+json"):
        raise BadRequest(415, "not_json", f"send the request as JSON with Content-Type: application/json "
                         f"(it came as {ctype or 'no content type'})")
    limit = inputs.body_limit(max_bytes)
    declared = request.headers.get("content-length")
    too_large = BadRequest(413, "too_large", f"the body is over {limit} bytes, more than a text of the limit of "
                           f"{max_bytes} bytes can take (the server's --max-bytes)", "text")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _error(status: int, code: str, message: str, field: str | None = None, headers: dict | None = None) -> JSONResponse:
    body = {"error": message, "code": code}
    if field:
        body["field"] = field
    return JSONResponse(body, status_code=status, headers=headers)


async def _bad_request(request: Request, exc: BadRequest) -> Response:
    return JSONResponse(exc.to_dict(), status_code=exc.status)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404:
        return _error(404, "not_found", f"no such page or endpoint: {request.url.path} (the API: /api/verify, "
                      "/api/extract, /api/sources, /api/series, /api/health)")
    if exc.status_code == 405:
        return _error(405, "method_not_allowed", f"{request.method} is not accepted at {request.url.path}",
                      headers=dict(exc.headers or {}))
    return _error(exc.status_code, "http_error", str(exc.detail))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.error("tradecheck: internal error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
    return _error(500, "internal", f"internal error: {type(exc).__name__} (details are in the server's log)")


def _ascii(name: str) -> str:
    return "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\' else "_" for ch in name)
