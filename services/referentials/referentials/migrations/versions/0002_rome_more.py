"""ROME work contexts, mobilities, sectors, RIASEC

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _version_column() -> sa.Column:
    return sa.Column("version_id", sa.Integer(), nullable=False)


def _version_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["version_id"], ["ref_versions.id"],
        name=op.f(f"fk_{table}_version_id_ref_versions"), ondelete="CASCADE",
    )  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("rome_metiers") as batch_op:
        batch_op.add_column(sa.Column("riasec_major", sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column("riasec_minor", sa.String(length=1), nullable=True))
    with op.batch_alter_table("rome_skills") as batch_op:
        batch_op.add_column(sa.Column("domain", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("enjeu", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("objectif", sa.Text(), nullable=True))
    op.create_table(
        "rome_work_contexts",
        _version_column(),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("type_code", sa.String(length=8), nullable=False),
        sa.Column("type_label", sa.Text(), nullable=False),
        _version_fk("rome_work_contexts"),
        sa.PrimaryKeyConstraint("version_id", "code", name=op.f("pk_rome_work_contexts")),
    )
    op.create_table(
        "rome_metier_contexts",
        _version_column(),
        sa.Column("code_rome", sa.String(length=5), nullable=False),
        sa.Column("context_code", sa.String(length=16), nullable=False),
        _version_fk("rome_metier_contexts"),
        sa.PrimaryKeyConstraint(
            "version_id", "code_rome", "context_code", name=op.f("pk_rome_metier_contexts")
        ),
    )
    op.create_table(
        "rome_mobilites",
        _version_column(),
        sa.Column("code_rome", sa.String(length=5), nullable=False),
        sa.Column("target_code_rome", sa.String(length=5), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _version_fk("rome_mobilites"),
        sa.PrimaryKeyConstraint(
            "version_id", "code_rome", "target_code_rome", name=op.f("pk_rome_mobilites")
        ),
    )
    op.create_table(
        "rome_metier_facets",
        _version_column(),
        sa.Column("code_rome", sa.String(length=5), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("principal", sa.Boolean(), nullable=False),
        _version_fk("rome_metier_facets"),
        sa.PrimaryKeyConstraint(
            "version_id", "code_rome", "kind", "code", name=op.f("pk_rome_metier_facets")
        ),
    )
    op.create_index(
        "ix_rome_metier_facets_kind_code", "rome_metier_facets", ["version_id", "kind", "code"]
    )


def downgrade() -> None:
    op.drop_index("ix_rome_metier_facets_kind_code", table_name="rome_metier_facets")
    for table in ("rome_metier_facets", "rome_mobilites", "rome_metier_contexts"):
        op.drop_table(table)
    op.drop_table("rome_work_contexts")
    with op.batch_alter_table("rome_skills") as batch_op:
        for column in ("objectif", "enjeu", "domain"):
            batch_op.drop_column(column)
    with op.batch_alter_table("rome_metiers") as batch_op:
        batch_op.drop_column("riasec_minor")
        batch_op.drop_column("riasec_major")
