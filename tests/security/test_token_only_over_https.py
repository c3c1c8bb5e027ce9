"""Item 1: the token goes over HTTPS only (plain HTTP to this computer only), refused before any connection;
certificate verification is on; the token is bound to the address it was saved for."""

from __future__ import annotations

import pytest

from paxdesk.errors import AddressNotConfirmed, AddressRefused
from paxdesk.midoffice import make_adapter
from paxdesk.midoffice.address import checked_base_url, is_loopback
from paxdesk.services.conversion_session import ConversionSession
from paxdesk.bootstrap import open_session
from tests.security.conftest import TOKEN, run_resolving, small_crm
from tests.security.hostile import CaptureServer

FOREIGN = "midoffice.example.com"


@pytest.mark.parametrize("midoffice", ["myjack", "midoco"])
@pytest.mark.parametrize("command", ["check", "convert"])
def test_plain_http_to_a_foreign_host_is_refused_before_any_connection(tmp_path, midoffice, command):
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(db, midoffice)
    with CaptureServer() as capture:
        resolve = f"{FOREIGN}=127.0.0.1"
        base = f"http://{FOREIGN}:{capture.port}/{midoffice}/v2"
        extra = ["--yes", "--dry-run"] if command == "convert" else []
        refused = run_resolving(command, "--db", db, "--midoffice", midoffice, "--base-url", base,
                                "--token-env", "PAXTOKEN", *extra, resolve=resolve)
        assert refused.returncode == 2, refused.stderr
        assert "https://" in refused.stderr and f"{FOREIGN}:{capture.port}" in refused.stderr
        assert TOKEN not in refused.stdout + refused.stderr
        assert capture.connections == 0 and capture.received == b""

        # the hook really sends that name to the capture server: with https:// the connection is made (and
        # fails at the TLS handshake, the token never leaves encrypted or not)
        tls = run_resolving(command, "--db", db, "--midoffice", midoffice, "--base-url",
                            base.replace("http://", "https://"), "--token-env", "PAXTOKEN", *extra, resolve=resolve)
        assert tls.returncode in (1, 3), tls.stderr
        assert capture.connections >= 1
        assert TOKEN.encode() not in capture.received and b"Bearer" not in capture.received


@pytest.mark.parametrize("url, problem", [
    ("http://[::1", "invalid"), ("ftp://files.example.com/v2", "scheme"), ("https:///v2", "scheme"),
    ("https://user:secret@api.example.com/v2", "userinfo"), ("http://10.1.2.3/v2", "plain_http"),
    ("http://127.0.0.1.nip.io/v2", "plain_http"), ("HTTP://api.example.com/v2", "plain_http"),
])
def test_addresses_the_token_must_not_go_to(url, problem):
    with pytest.raises(AddressRefused) as refused:
        checked_base_url(url)
    assert refused.value.problem == problem and refused.value.exit_code == 2
    assert "secret" not in str(refused.value)
    with pytest.raises(AddressRefused):  # the HTTP client itself refuses too, for every use of it
        make_adapter("myjack", url, TOKEN)


def test_loopback_is_the_only_plain_http():
    for host in ("127.0.0.1", "127.9.9.9", "::1", "[::1]", "localhost", "LOCALHOST", "::ffff:127.0.0.1"):
        assert is_loopback(host), host
    for host in ("10.0.0.1", "192.168.1.1", "example.com", "localhost.example.com", "0.0.0.0", "::"):
        assert not is_loopback(host), host
    assert checked_base_url("http://[::1]:8080/midoco/v2").host == "::1"


def test_a_bad_base_url_is_exit_2_and_creates_no_crm(tmp_path):
    crm = tmp_path / "new.sqlite"
    result = run_resolving("check", "--db", f"sqlite:///{crm.as_posix()}", "--midoffice", "myjack",
                           "--base-url", "http://[::1", "--token-env", "PAXTOKEN")
    assert result.returncode == 2 and "not a valid URL" in result.stderr and "Traceback" not in result.stderr
    assert not crm.exists()


def test_certificate_verification_is_on(tmp_path):
    """A TLS server with a certificate from an unknown CA: the check fails with TLS, nothing is sent."""
    trustme = pytest.importorskip("trustme")
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.headers.get("Authorization"))
            self.send_response(500)
            self.end_headers()

        def log_message(self, *a):
            pass

    ca = trustme.CA()
    server = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(db, "myjack")
    try:
        result = run_resolving("check", "--db", db, "--midoffice", "myjack", "--base-url",
                               f"https://127.0.0.1:{server.server_address[1]}/myjack/v2", "--token-env", "PAXTOKEN")
    finally:
        server.shutdown()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "TLS: the MidOffice's certificate is not trusted" in result.stdout
    assert seen == []


class TestTheTokenIsBoundToItsAddress:
    """A base URL read from the CRM that differs from the token's address: confirmed in the wizard, refused
    headless unless given with --base-url."""

    def _session(self, tmp_path, memory_keyring, crm_address: str, **options) -> ConversionSession:
        from paxdesk import secrets

        db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
        small_crm(db, "myjack", base_url=crm_address)
        secrets.save_token("Reisebüro Sonnenschein", "myjack", TOKEN)
        secrets.bind_address("Reisebüro Sonnenschein", "myjack", "https://api.myjack.de:443")
        return open_session(db, **options)

    def test_headless_a_crm_address_is_refused_before_any_connection(self, tmp_path, memory_keyring):
        with CaptureServer() as capture:
            crm_address = f"http://127.0.0.1:{capture.port}/myjack/v2"
            with self._session(tmp_path, memory_keyring, crm_address) as session:
                assert session.base_url == crm_address
                with pytest.raises(AddressNotConfirmed) as refused:
                    session.check()
                assert refused.value.bound == "https://api.myjack.de:443"
                assert refused.value.exit_code == 3 and TOKEN not in str(refused.value)
            assert capture.connections == 0

    def test_given_on_the_command_line_it_is_used(self, tmp_path, memory_keyring):
        with CaptureServer() as capture:
            crm_address = f"http://127.0.0.1:{capture.port}/myjack/v2"
            with self._session(tmp_path, memory_keyring, crm_address, base_url=crm_address) as session:
                session.check()  # fails (nothing answers), but the address was the caller's choice
            assert capture.connections >= 1

    def test_the_wizard_asks_and_a_confirmation_rebinds(self, tmp_path, memory_keyring):
        from paxdesk import secrets

        crm_address = "https://crm-chosen.example.com/myjack/v2"
        with self._session(tmp_path, memory_keyring, crm_address) as session:
            assert session.address_to_confirm("myjack", crm_address) == (
                "https://crm-chosen.example.com:443", "https://api.myjack.de:443")
            assert session.address_to_confirm("myjack", "https://api.myjack.de/v2") is None  # the token's own
            assert session.address_to_confirm("myjack", "https://typed.example.com/v2") is None  # typed by the agent
            with pytest.raises(AddressNotConfirmed):
                session.configure("myjack", crm_address, None)
            session.configure("myjack", crm_address, None, confirmed_address=True)
            assert secrets.bound_address("Reisebüro Sonnenschein", "myjack") == "https://crm-chosen.example.com:443"
            assert session.address_to_confirm("myjack", crm_address) is None
        assert TOKEN not in repr(memory_keyring.store.get(("paxdesk", "myjack:Reisebüro Sonnenschein@address")))

    def test_the_sandbox_root_fallback_keeps_working(self, tmp_path, memory_keyring, sandbox):
        """A bare root as --base-url: the check falls back to ROOT/<midoffice>/v2 (same address, same host)."""
        from tests.conftest import TOKEN as SANDBOX_TOKEN
        from tests.helpers import run_paxdesk

        db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
        small_crm(db, "myjack")
        result = run_paxdesk("check", "--db", db, "--midoffice", "myjack", "--base-url", sandbox.url,
                             "--token-env", "T", env={"T": SANDBOX_TOKEN})
        assert result.returncode == 0, result.stdout + result.stderr


def test_a_dns_failure_is_reported_as_dns(tmp_path):
    """Issue 16, item 7: not "cannot be reached (ConnectError)" but what went wrong, with its own remedy."""
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(db, "midoco")
    result = run_resolving("check", "--db", db, "--midoffice", "midoco", "--base-url",
                           "https://no-such-midoffice.example.com/v2", "--token-env", "PAXTOKEN",
                           resolve="no-such-midoffice.example.com=FAIL")
    assert result.returncode == 3, result.stderr
    assert "DNS: the MidOffice address could not be resolved" in result.stdout
    assert "host name is unknown" in result.stdout and "ConnectError" not in result.stdout
