"""The simulated Midoco v2 API (CONTRACT §5.2), with expiring access tokens."""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from paxdesk.sandbox.app import Sandbox, error, matches

PERMISSIONS = {"read": "CRM_READ", "search": "CRM_SEARCH"}


def to_midoco(c: dict, primary_last: bool) -> dict:
    """A person; with ``primary_last`` the primary address is listed last, so clients must read the flag."""
    if c["deleted"]:
        return {"id": c["id"], "status": "DELETED", "salutation": None, "name": None, "contact": None,
                "address": None, "birthday": None}
    if c.get("malformed"):
        return {"id": c["id"], "status": "ACTIVE", "name": "not-an-object", "contact": []}
    emails = [{"address": a, "primary": i == 0} for i, a in enumerate(c["emails"])]
    if primary_last:
        emails.reverse()
    return {"id": c["id"], "status": "ACTIVE", "salutation": c["salutation"],
            "name": {"title": c["title"], "first": c["first_name"], "last": c["last_name"]},
            "contact": {"emails": emails, "phones": [{"number": c["phone"]}] if c["phone"] else []},
            "address": {"street": c["street"], "postalCode": c["zip"], "city": c["city"],
                        "countryCode": c["country"]},
            "birthday": c["birth_date"]}


def routes(sandbox: Sandbox) -> list[Route]:
    customers = sandbox.fixture.customers

    async def token(request: Request):
        """The token exchange; faults do not apply to it (CONTRACT §3)."""
        sandbox.counts["midoco-token"] += 1
        scripted = sandbox._scripted("midoco", request)
        if scripted is not None:
            return scripted
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        if form.get("grant_type") != ["agency_token"]:
            return error(400, "unsupported_grant_type")
        info = sandbox.fixture.tokens.get((form.get("token") or [""])[0])
        if info is None:
            return error(401, "invalid_grant")
        return JSONResponse({"access_token": sandbox.issue_access_token(info), "token_type": "Bearer",
                             "expires_in": int(sandbox.token_ttl)})

    async def agency(request, info):
        return JSONResponse({"agency": {"number": info.agency_id, "name": info.agency_name},
                             "user": {"email": info.user_email},
                             # Midoco has no import permission: the "import" scope is myJack's (CONTRACT §6.4)
                             "permissions": [PERMISSIONS[s] for s in sorted(info.scopes) if s in PERMISSIONS]})

    async def person(request, info):
        customer = customers.get(request.path_params["id"])
        if customer is None:
            return error(404, "not_found")
        return JSONResponse(to_midoco(customer, primary_last=sandbox.faults.coin()))

    async def search(request, info):
        text = request.query_params.get("search", "")
        try:
            page = max(0, int(request.query_params.get("page", 0)))
            size = max(1, min(100, int(request.query_params.get("size", 20))))
        except ValueError:
            return error(400, "bad_request")
        hits = [c for c in customers.values() if not c["deleted"] and matches(c, text)]
        total_pages = (len(hits) + size - 1) // size
        return JSONResponse({"content": [to_midoco(c, False) for c in hits[page * size:(page + 1) * size]],
                             "page": {"number": page, "size": size, "totalElements": len(hits),
                                      "totalPages": total_pages}})

    return [
        Route("/auth/token", token, methods=["POST"]),
        Route("/agency", sandbox.endpoint("midoco", agency)),
        Route("/crm/persons/{id}", sandbox.endpoint("midoco", person, "read")),
        Route("/crm/persons", sandbox.endpoint("midoco", search, "search")),
    ]
