"""The simulated myJack v2 onboarding endpoints (CONTRACT §6.4): users and imports."""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.responses import JSONResponse
from starlette.routing import Route

from paxdesk.sandbox.app import Sandbox, error
from paxdesk.sandbox.imports import BadPackage, ImportStore

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
        try:
            job = store.submit(parts["manifest"], parts["customers"], parts["bookings"])
        except BadPackage as exc:
            return error(400, "manifest_mismatch", str(exc))
        return JSONResponse({"importId": job.id, "status": job.status}, status_code=202)

    async def status(request, info):
        job = store.jobs.get(request.path_params["import_id"])
        if job is None:
            return error(404, "not_found")
        return JSONResponse(job.as_json())

    return [
        Route("/users", sandbox.endpoint("myjack", users, "read")),
        Route("/imports", sandbox.endpoint("myjack", start, "import"), methods=["POST"]),
        Route("/imports/{import_id}", sandbox.endpoint("myjack", status, "import")),
    ]
