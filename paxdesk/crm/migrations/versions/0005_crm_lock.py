"""crm_lock: a random key for the PostgreSQL conversion lock, so CONNECT alone cannot block conversions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
import secrets

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table("crm_lock", sa.Column("id", sa.Integer(), primary_key=True),
                            sa.Column("secret", sa.BigInteger(), nullable=False))
    op.bulk_insert(table, [{"id": 1, "secret": secrets.randbits(62) + 1}])


def downgrade() -> None:
    op.drop_table("crm_lock")
