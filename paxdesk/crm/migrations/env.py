"""Alembic environment: paxdesk runs migrations programmatically on an open connection."""

from alembic import context

from paxdesk.crm.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - paxdesk always passes its connection
    raise RuntimeError("paxdesk migrations run through paxdesk.crm.db.open_crm")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
