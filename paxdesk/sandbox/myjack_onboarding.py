"""The simulated myJack v2 onboarding endpoints (CONTRACT §6.4): users and imports."""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.responses import JSONResponse
from starlette.routing import Route

from paxdesk.sandbox.app import Sandbox, error
from paxdesk.sandbox.imports import BadPackage, ImportStore, KeyReused

PARTS = ("manifest", "customers", "bookings")


def import_routes(sandbox: Sandbox) -> list[Route]:
    store = sandbox.imports = ImportStore(sandbox.fixture)

    async def users(request, info):
        return JSONResponse({"users": [dict(u) for u in sandbox.fixture.users]})

    async def start(request, info):
        try:
            form = await request.form()
        except Exception:  # noqa: BLE001 — any malformed multipart body is the client's error
            return error(400, "bad_request", "Expected a multipart body with manifest, customers and bookings.")
        parts = {}
        for name in PARTS:
            part = form.get(name)
            if part is None:
                return error(400, "bad_request", f"The part {name!r} is missing.")
            parts[name] = await part.read() if isinstance(part, UploadFile) else str(part).encode("utf-8")
        await form.close()
        key = request.headers.get("idempotency-key")
        try:
            job, new = store.submit(parts["manifest"], parts["customers"], parts["bookings"], key)
        except BadPackage as exc:
            return error(400, "manifest_mismatch", str(exc))
        except KeyReused:
            return error(422, "idempotency_key_reused", "This Idempotency-Key was used for another package.")
        return JSONResponse({"importId": job.id, "status": job.status}, status_code=202 if new else 200)

    async def by_key(request, info):
        key = request.query_params.get("key")
        job = store.by_idempotency_key(key) if key else None
        if job is None:
            return error(404, "not_found")
        return JSONResponse(job.as_json())

    async def status(request, info):
        job = store.jobs.get(request.path_params["import_id"])
        if job is None:
            return error(404, "not_found")
        return JSONResponse(job.as_json())

    return [
        Route("/users", sandbox.endpoint("myjack", users, "read")),
        Route("/imports", sandbox.endpoint("myjack", start, "import"), methods=["POST"]),
        Route("/imports", sandbox.endpoint("myjack", by_key, "import"), methods=["GET"]),
        Route("/imports/{import_id}", sandbox.endpoint("myjack", status, "import")),
    ]
