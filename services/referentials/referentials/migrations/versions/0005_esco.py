"""ESCO and its ROME crosswalk

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _version_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["version_id"],
        ["ref_versions.id"],
        name=op.f(f"fk_{table}_version_id_ref_versions"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "esco_occupations",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("uri", sa.String(length=255), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("isco_group", sa.String(length=8), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("alt_labels", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("search_label", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        _version_fk("esco_occupations"),
        sa.PrimaryKeyConstraint("version_id", "uri", name=op.f("pk_esco_occupations")),
    )
    op.create_table(
        "esco_skills",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("uri", sa.String(length=255), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("alt_labels", sa.JSON(), nullable=False),
        sa.Column("search_label", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        _version_fk("esco_skills"),
        sa.PrimaryKeyConstraint("version_id", "uri", name=op.f("pk_esco_skills")),
    )
    op.create_table(
        "esco_rome_mappings",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("occupation_uri", sa.String(length=255), nullable=False),
        sa.Column("code_ogr", sa.String(length=16), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("occupation_label", sa.Text(), nullable=False),
        sa.Column("appellation_label", sa.Text(), nullable=False),
        _version_fk("esco_rome_mappings"),
        sa.PrimaryKeyConstraint(
            "version_id", "occupation_uri", "code_ogr", name=op.f("pk_esco_rome_mappings")
        ),
    )
    with op.batch_alter_table("esco_rome_mappings", schema=None) as batch_op:
        batch_op.create_index("ix_esco_rome_mappings_ogr", ["version_id", "code_ogr"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("esco_rome_mappings", schema=None) as batch_op:
        batch_op.drop_index("ix_esco_rome_mappings_ogr")
    op.drop_table("esco_rome_mappings")
    op.drop_table("esco_skills")
    op.drop_table("esco_occupations")
