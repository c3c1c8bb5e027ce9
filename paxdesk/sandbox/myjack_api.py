"""The simulated myJack v2 API (CONTRACT §5.1)."""

from __future__ import annotations

import json

from starlette.responses import JSONResponse
from starlette.routing import Route

from paxdesk.sandbox.app import Sandbox, error, matches
from paxdesk.sandbox.myjack_onboarding import import_routes

MAX_LOOKUP = 100


def to_myjack(c: dict) -> dict:
    if c.get("malformed"):
        return {"customerNumber": c["id"], "firstName": 12345, "additionalEmails": "not-a-list"}
    return {"customerNumber": c["id"], "salutation": c["salutation"], "title": c["title"],
            "firstName": c["first_name"], "lastName": c["last_name"],
            "email": c["emails"][0] if c["emails"] else None, "additionalEmails": c["emails"][1:],
            "phone": c["phone"], "address": {"street": c["street"], "zip": c["zip"], "city": c["city"],
                                             "country": c["country"]},
            "birthDate": c["birth_date"]}


def routes(sandbox: Sandbox) -> list[Route]:
    customers = sandbox.fixture.customers

    async def me(request, info):
        scopes = [f"customer.{s}" for s in sorted(info.scopes)]
        return JSONResponse({"agencyId": info.agency_id, "agencyName": info.agency_name,
                             "userEmail": info.user_email, "scopes": scopes})

    async def one(request, info):
        customer = customers.get(request.path_params["number"])
        if customer is None:
            return error(404, "not_found")
        if customer["deleted"]:
            return error(410, "deleted")
        return JSONResponse(to_myjack(customer))

    async def lookup(request, info):
        try:
            numbers = json.loads(await request.body())["customerNumbers"]
        except (ValueError, KeyError, TypeError):
            return error(400, "bad_request", "Body must be {\"customerNumbers\": [...]}.")
        if not isinstance(numbers, list):
            return error(400, "bad_request")
        if len(numbers) > MAX_LOOKUP:
            return error(400, "too_many", f"At most {MAX_LOOKUP} customer numbers per lookup.")
        found, missing = [], []
        for number in numbers:
            customer = customers.get(str(number))
            if customer is None or customer["deleted"]:
                missing.append(number)
            else:
                found.append(to_myjack(customer))
        return JSONResponse({"customers": found, "missing": missing})

    async def search(request, info):
        text = request.query_params.get("q", "")
        try:
            limit = max(1, min(100, int(request.query_params.get("limit", 25))))
            offset = int(request.query_params.get("cursor") or 0)
        except ValueError:
            return error(400, "bad_request")
        hits = [c for c in customers.values() if not c["deleted"] and matches(c, text)]
        page = hits[offset:offset + limit]
        more = offset + limit < len(hits)
        return JSONResponse({"items": [to_myjack(c) for c in page],
                             "nextCursor": str(offset + limit) if more else None})

    return [
        *import_routes(sandbox),
        Route("/me", sandbox.endpoint("myjack", me)),
        Route("/customers/lookup", sandbox.endpoint("myjack", lookup, "read"), methods=["POST"]),
        Route("/customers/{number}", sandbox.endpoint("myjack", one, "read")),
        Route("/customers", sandbox.endpoint("myjack", search, "search")),
    ]
