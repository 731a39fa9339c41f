"""tenant limits, CORS origins, audit log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:40:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tenants') as batch:
        batch.add_column(sa.Column('requests_per_minute', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('requests_per_day', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('cors_origins', sa.JSON(), nullable=False, server_default='[]'))
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_tenant', sa.String(length=100), nullable=False),
    sa.Column('actor_key_prefix', sa.String(length=16), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log') as batch:
        batch.create_index(batch.f('ix_audit_log_at'), ['at'], unique=False)
        batch.create_index(batch.f('ix_audit_log_action'), ['action'], unique=False)


def downgrade() -> None:
    op.drop_table('audit_log')
    with op.batch_alter_table('tenants') as batch:
        batch.drop_column('cors_origins')
        batch.drop_column('requests_per_day')
        batch.drop_column('requests_per_minute')
