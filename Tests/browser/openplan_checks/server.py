"""A small local web server that serves a built site under a sub-path.

Councils often publish the plan below their own site (for example
``https://example.org/send-progress/``), so the checks serve the folder under a
sub-path too: a link that only works at the root of a domain shows up as broken.
Missing files get the site's own ``404.html`` with status 404, like a static host.
"""

from __future__ import annotations

import mimetypes
import posixpath
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_MOUNT = "/send-progress/"

_TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml",
               "application/atom+xml", "application/rss+xml", "image/svg+xml")


def normalise_mount(mount: str) -> str:
    """Returns the mount as ``/name/`` (or ``/`` for the root)."""
    parts = [p for p in mount.split("/") if p]
    return "/" + "".join(p + "/" for p in parts)


def content_type(path: Path) -> str:
    if path.suffix == ".xml":
        kind = "application/xml"
    else:
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith(_TEXT_TYPES):
        kind += "; charset=utf-8"
    return kind


class _SiteHandler(BaseHTTPRequestHandler):
    server: "_SiteHTTPServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass  # keep test output quiet; failures print their own URLs

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def _respond(self, send_body: bool) -> None:
        root: Path = self.server.site_root
        mount: str = self.server.mount
        path = unquote(urlsplit(self.path).path)

        if path + "/" == mount:
            self._redirect(mount)
            return
        if not path.startswith(mount):
            self._send(HTTPStatus.NOT_FOUND, b"Not under the site's sub-path\n",
                       "text/plain; charset=utf-8", send_body)
            return

        relative = posixpath.normpath(path[len(mount):] or ".")
        if relative.startswith("..") or relative.startswith("/"):
            self._not_found(send_body)
            return
        target = root / relative if relative != "." else root
        if target.is_dir():
            if not path.endswith("/"):
                self._redirect(path + "/")
                return
            target = target / "index.html"
        if target.is_file():
            self._send(HTTPStatus.OK, target.read_bytes(), content_type(target), send_body)
        else:
            self._not_found(send_body)

    def _not_found(self, send_body: bool) -> None:
        page = self.server.site_root / "404.html"
        if page.is_file():
            self._send(HTTPStatus.NOT_FOUND, page.read_bytes(), content_type(page), send_body)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"Not found (the site has no 404.html)\n",
                       "text/plain; charset=utf-8", send_body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, body: bytes, kind: str, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _SiteHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    site_root: Path
    mount: str


class SiteServer:
    """Serves ``root`` at ``http://127.0.0.1:PORT{mount}`` on a free port, in a thread."""

    def __init__(self, root: Path | str, mount: str = DEFAULT_MOUNT) -> None:
        self.root = Path(root).resolve()
        self.mount = normalise_mount(mount)
        self._httpd: _SiteHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> "SiteServer":
        httpd = _SiteHTTPServer(("127.0.0.1", 0), _SiteHandler)
        httpd.site_root = self.root
        httpd.mount = self.mount
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, name="site-server",
                                        kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def origin(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the site server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        return self.origin + self.mount

    def url(self, url_path: str = "") -> str:
        """The address of a path relative to the site root, e.g. ``actions/1-2/``."""
        return self.base_url + url_path.lstrip("/")
