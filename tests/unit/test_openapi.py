"""The OpenAPI descriptions in resources/ document exactly the routes the sandbox serves."""

from __future__ import annotations

import re

import pytest
import yaml
from starlette.routing import Mount

from paxdesk.sandbox.app import Sandbox
from paxdesk.sandbox.server import asgi_app
from paxdesk.sandbox.fixture import parse_fixture
from tests.conftest import sandbox_doc
from tests.helpers import ROOT


@pytest.mark.parametrize("api", ["myjack", "midoco"])
def test_documented_paths_equal_the_served_routes(api):
    spec = yaml.safe_load((ROOT / "resources" / "openapi" / f"{api}-v2.yaml").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.")
    app = asgi_app(Sandbox(parse_fixture(sandbox_doc(customers=1))))
    mount = next(r for r in app.routes if isinstance(r, Mount) and r.path == f"/{api}/v2")
    served = {(route.path, method) for route in mount.routes for method in route.methods - {"HEAD"}}
    documented = {(path, method.upper()) for path, operations in spec["paths"].items() for method in operations}
    normalize = lambda pairs: {(re.sub(r"\{\w+\}", "{}", p), m) for p, m in pairs}  # noqa: E731
    assert normalize(documented) == normalize(served)


@pytest.mark.parametrize("api", ["myjack", "midoco"])
@pytest.mark.parametrize("style", ["ietf", "x-ratelimit"])
def test_the_rate_limit_headers_the_sandbox_sends_are_documented(api, style):
    from paxdesk.sandbox.faults import FaultInjector
    from paxdesk.sandbox.fixture import Faults

    spec = yaml.safe_load((ROOT / "resources" / "openapi" / f"{api}-v2.yaml").read_text(encoding="utf-8"))
    injector = FaultInjector(Faults(rate_limit_per_s=30, rate_limit_headers=style))
    injector.take("token")
    sent = set(injector.limit_headers("token"))
    assert sent and sent <= set(spec["components"]["headers"])
    assert sent <= set(spec["components"]["responses"]["RateLimited"]["headers"])
    assert f'"{style}"' in spec["info"]["description"]
