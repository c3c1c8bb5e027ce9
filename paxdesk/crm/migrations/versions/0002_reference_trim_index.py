"""index on trim(midoffice_id): finding a number's v2 reference must not scan the table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customers_reference_trimmed", "customers",
                    ["kind", "midoffice", sa.text("trim(midoffice_id)")])


def downgrade() -> None:
    op.drop_index("ix_customers_reference_trimmed", table_name="customers")
