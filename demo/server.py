"""Serve sample hosts on 127.0.0.1, one free port per host, from in-memory pages."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .site import Site

# The date every page says it was last modified, when the server sends validators.
LAST_MODIFIED = "Mon, 01 Jun 2026 00:00:00 GMT"


@dataclass(frozen=True)
class Served:
    """One request the server answered: its path, status, and whether it was conditional."""

    path: str
    status: int
    conditional: bool
    authorization: str = ""


def _handler(
    site: Site, validators: bool, log: list[Served] | None
) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            page = site.get(path)
            conditional = bool(
                self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
            )
            status = page.status if page is not None else 404
            etag = f'"{hashlib.sha1(page.body).hexdigest()[:16]}"' if page else ""
            if page is not None and validators and conditional:
                given = self.headers.get("If-None-Match")
                if (
                    (given == etag)
                    if given
                    else (self.headers["If-Modified-Since"] == LAST_MODIFIED)
                ):
                    status = 304
            if log is not None:
                log.append(Served(path, status, conditional, self.headers.get("Authorization", "")))
            if page is None:
                self.send_error(404)
                return
            if page.delay:
                time.sleep(page.delay)
            if page.redirect:
                self.send_response(302)
                self.send_header("Location", page.redirect)
                self.end_headers()
                return
            self.send_response(status)
            if validators:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            if status == 304:
                self.end_headers()
                return
            if page.content_type:
                self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the crawl's own log tells what was fetched

    return Handler


@contextmanager
def serve(
    sites: dict[str, Site], *, validators: bool = False, log: list[Served] | None = None
) -> Iterator[dict[str, str]]:
    """Serve each host on its own port; yield host name → base URL (http://127.0.0.1:PORT).

    The pages are looked up at each request, so a test may change, add or remove them
    between crawls. With `validators` every page carries an ETag and a Last-Modified date
    and a conditional request for an unchanged page is answered 304. `log` collects what
    was served.
    """
    servers = []
    try:
        for name, site in sites.items():
            server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site, validators, log))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, name=f"demo-{name}", daemon=True).start()
            servers.append((name, server))
        yield {name: f"http://127.0.0.1:{server.server_address[1]}" for name, server in servers}
    finally:
        for _, server in servers:
            server.shutdown()
            server.server_close()
