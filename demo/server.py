"""Serve sample hosts on 127.0.0.1, one free port per host, from in-memory pages."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .site import Site


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = site.get(self.path.split("?", 1)[0].split("#", 1)[0])
            if page is None:
                self.send_error(404)
                return
            if page.delay:
                time.sleep(page.delay)
            self.send_response(200)
            if page.content_type:
                self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the crawl's own log tells what was fetched

    return Handler


@contextmanager
def serve(sites: dict[str, Site]) -> Iterator[dict[str, str]]:
    """Serve each host on its own port; yield host name → base URL (http://127.0.0.1:PORT)."""
    servers = []
    try:
        for name, site in sites.items():
            server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, name=f"demo-{name}", daemon=True).start()
            servers.append((name, server))
        yield {name: f"http://127.0.0.1:{server.server_address[1]}" for name, server in servers}
    finally:
        for _, server in servers:
            server.shutdown()
            server.server_close()
