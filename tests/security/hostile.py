"""A hostile MidOffice on loopback: it answers the identity and the token exchange correctly, then attacks.

Modes for the customer requests (both APIs): ``bomb`` (1 GiB of spaces gzipped to ~1 MB),
``slow`` (headers, then one byte every 5 s, forever), ``slow_headers`` (the status line
one byte every 5 s) and ``bad_gzip`` (``Content-Encoding: gzip`` on a plain body); with
``on_identity`` the identity answer (``GET /me``, ``GET /agency``) is attacked as well.
Also a capture server that only records what arrives (for "refused before any connection").
"""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRICKLE_SECONDS = 5.0
BOMB_BYTES = 1 << 30


@functools.lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """1 GiB of spaces as one gzip member (~1 MB), built in 1 MiB steps so this test process stays small."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    parts = [packer.compress(block) for _ in range(BOMB_BYTES // len(block))]
    parts.append(packer.flush())
    return b"".join(parts)


IDENTITY = {
    "myjack": {"agencyId": "A-1", "agencyName": "Reisebüro Sonnenschein", "userEmail": "a@example.de",
               "scopes": ["customer.read", "customer.search"]},
    "midoco": {"agency": {"number": "A-1", "name": "Reisebüro Sonnenschein"}, "user": {"email": "a@example.de"},
               "permissions": ["CRM_READ", "CRM_SEARCH"]},
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _json(self, status: int, body: dict) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _gzipped(self, raw: bytes) -> None:
        """A 200 whose body claims to be gzip: a bomb, or bytes that are not gzip at all."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _attack(self) -> None:
        mode = self.server.mode
        self.server.attacks += 1
        try:
            if mode == "bomb":
                self._gzipped(gzip_bomb())
            elif mode == "bad_gzip":
                self._gzipped(b'{"id": "1", "status": "ACTIVE"} not gzip at all')
            elif mode == "slow":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(10 ** 9))
                self.end_headers()
                self.wfile.flush()
                while not self.server.stopping:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(self.server.trickle)
            elif mode == "slow_headers":
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10 ** 6:
                    if self.server.stopping:
                        break
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(self.server.trickle)
        except OSError:  # the client gave up: that is the point
            pass
        self.close_connection = True

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path in ("/myjack/v2/me", "/midoco/v2/agency"):
            if self.server.on_identity:
                self._attack()
            else:
                self._json(200, IDENTITY["myjack" if "myjack" in path else "midoco"])
        else:
            self._attack()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.endswith("/auth/token"):
            self._json(200, {"access_token": "access-1", "token_type": "Bearer", "expires_in": 3600})
        else:
            self._attack()


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mode: str, on_identity: bool = False, trickle: float = TRICKLE_SECONDS):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.on_identity = on_identity
        self.trickle = trickle
        self.stopping = False
        self.attacks = 0
        if mode == "bomb":
            gzip_bomb()  # built before the first request, so building it is not mistaken for a slow answer

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> "HostileServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping = True
        self.shutdown()
        self.server_close()


class CaptureServer:
    """Accepts TCP connections on loopback and keeps every byte that arrives."""

    def __init__(self):
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.connections = 0
        self.received = b""
        self._lock = threading.Lock()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        conn.settimeout(1)
        with conn:
            try:
                while data := conn.recv(65536):
                    with self._lock:
                        self.received += data
            except OSError:
                pass

    def __enter__(self) -> "CaptureServer":
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._sock.close()
