"""Running the sandbox: in-process on a free loopback port (tests, demo) or as ``paxdesk sandbox serve``."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from starlette.applications import Starlette
from starlette.routing import Mount

from paxdesk.sandbox import midoco_api, myjack_api
from paxdesk.sandbox.app import Sandbox
from paxdesk.sandbox.fixture import Fixture


def asgi_app(sandbox: Sandbox) -> Starlette:
    """Both simulated APIs under their contract paths (CONTRACT §5): ``/myjack/v2`` and ``/midoco/v2``."""
    return Starlette(routes=[Mount("/myjack/v2", routes=myjack_api.routes(sandbox)),
                             Mount("/midoco/v2", routes=midoco_api.routes(sandbox))])


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit this on Linux: without it, Nagle + delayed ACK add ~40 ms per answer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(512)
    return sock


def _server(sandbox: Sandbox) -> uvicorn.Server:
    config = uvicorn.Config(asgi_app(sandbox), log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=1, http="auto", loop="asyncio", backlog=512)
    server = uvicorn.Server(config)
    sandbox.on_gone = lambda: _vanish(server)
    return server


def _vanish(server: uvicorn.Server) -> None:
    """The ``stop_after`` fault, as a crashed MidOffice looks to its clients: refused and reset connections.

    Runs on the server's event loop (from a request handler)."""
    for listener in getattr(server, "servers", []):
        listener.close()
    for connection in list(server.server_state.connections):
        connection.transport.abort()


class SandboxServer:
    """``with SandboxServer(fixture) as s: s.url`` — the root URL; APIs at ``/myjack/v2`` and ``/midoco/v2``."""

    def __init__(self, fixture: Fixture, host: str = "127.0.0.1", port: int = 0, token_ttl: float = 3600.0):
        self.sandbox = Sandbox(fixture, token_ttl=token_ttl)
        self._sock = _bind(host, port)
        self.host = host
        self.port = self._sock.getsockname()[1]
        self._server = _server(self.sandbox)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def api_url(self, midoffice: str) -> str:
        return f"{self.url}/{midoffice}/v2"

    def start(self) -> "SandboxServer":
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]},
                                        name="sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._server.force_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._sock.close()

    def __enter__(self) -> "SandboxServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_forever(fixture: Fixture, host: str, port: int, token_ttl: float) -> None:
    """Print the root URL as the first stdout line, then serve until SIGINT/SIGTERM."""
    sock = _bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    print(f"http://{shown}:{sock.getsockname()[1]}", flush=True)
    _server(Sandbox(fixture, token_ttl=token_ttl)).run(sockets=[sock])


class SandboxProcess:
    """``paxdesk sandbox serve`` in a child process, as a real MidOffice would be: it shares no GIL with us."""

    def __init__(self, fixture_doc: dict, folder):
        import json
        import subprocess
        import sys
        from pathlib import Path

        path = Path(folder) / "sandbox-fixture.json"
        path.write_text(json.dumps(fixture_doc), encoding="utf-8")
        self._process = subprocess.Popen([sys.executable, "-m", "paxdesk", "sandbox", "serve", "--fixture", str(path)],
                                         stdout=subprocess.PIPE, text=True)
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http"):
            self.stop()
            raise RuntimeError("the sandbox process did not start")

    def api_url(self, midoffice: str) -> str:
        return f"{self.url}/{midoffice}/v2"

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)

    def __enter__(self) -> "SandboxProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
