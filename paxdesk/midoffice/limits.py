"""What a MidOffice answer may cost paxdesk: a size cap (after decompression) and one deadline per request.

httpx bounds each socket read, not a request: a server sending one byte every few
seconds never times out, and httpx inflates a gzip answer without a size limit. So
every transport of the HTTP client is wrapped here:

- ``BoundedTransport`` decodes the body itself (identity, gzip, deflate), chunk by
  chunk with ``max_length``, and stops at ``max_bytes`` of decoded data;
- ``DeadlineBackend`` clamps the timeout of every connect, TLS handshake, read and
  write to the time left until the request's deadline (set per thread by
  ``request_deadline``), so headers and bodies dribbled slowly end at the deadline.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore
import httpx

_local = threading.local()


class AnswerTooLarge(Exception):
    """The decoded answer is larger than the cap."""


class AnswerUndecodable(Exception):
    """The answer's Content-Encoding is unknown or its bytes do not decode."""


@contextmanager
def request_deadline(deadline: float) -> Iterator[None]:
    """Every network operation of this thread ends by ``deadline`` (``time.monotonic``) inside the block."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = deadline
    try:
        yield
    finally:
        _local.deadline = previous


def _clamped(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the request deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _clamped(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend):
        self._inner = inner

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_tcp(host, port, _clamped(timeout, httpcore.ConnectTimeout),
                                                       local_address, socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_unix_socket(path, _clamped(timeout, httpcore.ConnectTimeout),
                                                               socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Decoder:
    """Inflates at most ``limit`` bytes: zlib's ``max_length`` keeps a bomb from expanding in one call."""

    def __init__(self, encoding: str, limit: int):
        self.limit = limit
        self.total = 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._wbits = None
        elif encoding in ("gzip", "x-gzip"):
            self._wbits = 16 + zlib.MAX_WBITS
        elif encoding == "deflate":
            self._wbits = zlib.MAX_WBITS  # zlib-wrapped; raw deflate is tried when that fails
        else:
            raise AnswerUndecodable(f"the answer uses an unsupported content encoding ({encoding[:20]!r})")
        self._inflater = zlib.decompressobj(self._wbits) if self._wbits else None
        self._started = False

    def _count(self, data: bytes) -> bytes:
        self.total += len(data)
        if self.total > self.limit:
            raise AnswerTooLarge(f"the answer is larger than {self.limit // 1024} KiB")
        return data

    def decode(self, chunk: bytes) -> Iterator[bytes]:
        if self._inflater is None:
            yield self._count(chunk)
            return
        data = chunk
        while data:
            try:
                out = self._inflater.decompress(data, self.limit - self.total + 1)
            except zlib.error:
                if self._wbits == zlib.MAX_WBITS and not self._started:  # raw deflate after all
                    self._wbits = -zlib.MAX_WBITS
                    self._inflater = zlib.decompressobj(self._wbits)
                    continue
                raise AnswerUndecodable("the answer's compressed bytes do not decode") from None
            self._started = True
            yield self._count(out)
            if self._inflater.eof and self._inflater.unused_data.strip(b"\x00"):
                data = self._inflater.unused_data  # another gzip member follows
                self._inflater = zlib.decompressobj(self._wbits)
            else:
                data = self._inflater.unconsumed_tail

    def finish(self) -> None:
        if self._inflater is not None and self._started and not self._inflater.eof:
            raise AnswerUndecodable("the answer's compressed bytes end early")


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, decoder: _Decoder):
        self._inner = inner
        self._decoder = decoder

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            _clamped(None, httpx.ReadTimeout)  # a body dribbled slowly ends at the deadline
            yield from self._decoder.decode(chunk)
        self._decoder.finish()

    def close(self) -> None:
        self._inner.close()


class BoundedTransport(httpx.BaseTransport):
    """Wraps a transport: decoded bodies of at most ``max_bytes``; the network bound by the request deadline."""

    def __init__(self, inner: httpx.BaseTransport, max_bytes: int):
        self._inner = inner
        self.max_bytes = max_bytes
        pool = getattr(inner, "_pool", None)  # httpx.HTTPTransport: its httpcore pool makes the connections
        if pool is not None:
            pool._network_backend = DeadlineBackend(pool._network_backend)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        try:
            decoder = _Decoder(response.headers.get("content-encoding", ""), self.max_bytes)
        except AnswerUndecodable:
            response.close()
            raise
        headers = [(k, v) for k, v in response.headers.multi_items()
                   if k.lower() not in ("content-encoding", "content-length")]
        return httpx.Response(response.status_code, headers=headers, stream=_BoundedStream(response.stream, decoder),
                              extensions=response.extensions)

    def close(self) -> None:
        self._inner.close()


def bound_client(client: httpx.Client, max_bytes: int) -> None:
    """Wrap every transport of ``client`` (its own and the proxy mounts from the environment)."""
    client._transport = BoundedTransport(client._transport, max_bytes)
    client._mounts = {pattern: None if transport is None else BoundedTransport(transport, max_bytes)
                      for pattern, transport in client._mounts.items()}
