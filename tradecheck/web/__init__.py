"""`tradecheck serve`: a local web page for editors who never open a terminal, and the
JSON API behind it. Paste or open a draft, see every figure marked in place and every
finding beside it.

Imported only by `serve` (the web stack stays out of `verify`'s start-up). From Python,
`serve(host="127.0.0.1", port=8765)` runs until interrupted; `app.create_app()` is the ASGI
app for another server.
"""
from __future__ import annotations

import ipaddress
import os
import socket
import sys


class ServeError(Exception):
    """The server cannot start (the port is taken, a bad option): one line for the user."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    family, _, _, _, addr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        sock.listen(128)
    except OSError as e:
        sock.close()
        hint = " (another program uses it: try --port 0 for a free one)" if e.errno in (98, 48, 10048) else ""
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}{hint}") from None
    sock.set_inheritable(False)
    return sock


def serve(host: str = "127.0.0.1", port: int = 8765, workers: int | None = None, timeout: float | None = None,
          max_bytes: int | None = None, store: str | None = None, revision: float | None = None,
          log_level: str = "info", announce=None) -> None:
    """Run the server until interrupted. `announce(url)` is called once it listens (the
    command line prints the address; tests read it to find a free port)."""
    import uvicorn

    from .. import config
    from . import jobs
    from .app import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, ServerSettings, create_app

    try:
        cfg = config.for_file("-")  # the working folder's, as for stdin on the command line
    except config.ConfigError as e:
        raise ServeError(str(e)) from None
    settings = ServerSettings(
        workers=workers or max(1, min(2, os.cpu_count() or 1)),
        timeout=timeout or DEFAULT_TIMEOUT,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        checks=jobs.Settings(store=store, revision=revision, config=cfg),
        allowed_hosts=["127.0.0.1", "localhost", "::1"] if is_loopback(host) else ["*"],
    )
    sock = listen(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{bound}/"
    if announce:
        announce(url)
    if not is_loopback(host):
        print(f"tradecheck: listening on {host}: anyone who can reach this machine can use the page", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level=log_level, lifespan="on",
                                           timeout_graceful_shutdown=5, server_header=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
