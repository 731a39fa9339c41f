"""Formacode V14 and V13

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "formacode_descriptors",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("semantic_field_code", sa.String(length=3), nullable=True),
        sa.Column("semantic_field_label", sa.Text(), nullable=True),
        sa.Column("synonyms", sa.JSON(), nullable=False),
        sa.Column("job_synonyms", sa.JSON(), nullable=False),
        sa.Column("generic_term", sa.JSON(), nullable=True),
        sa.Column("specific_terms", sa.JSON(), nullable=False),
        sa.Column("related_terms", sa.JSON(), nullable=False),
        sa.Column("explanation_note", sa.Text(), nullable=True),
        sa.Column("application_note", sa.Text(), nullable=True),
        sa.Column("tree_code", sa.String(length=32), nullable=False),
        sa.Column("search_label", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["ref_versions.id"],
            name=op.f("fk_formacode_descriptors_version_id_ref_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "code", name=op.f("pk_formacode_descriptors")),
    )
    op.create_table(
        "formacode_rome_links",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("code_rome", sa.String(length=5), nullable=False),
        sa.Column("rome_label", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["ref_versions.id"],
            name=op.f("fk_formacode_rome_links_version_id_ref_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "version_id", "code", "code_rome", name=op.f("pk_formacode_rome_links")
        ),
    )
    with op.batch_alter_table("formacode_rome_links", schema=None) as batch_op:
        batch_op.create_index(
            "ix_formacode_rome_links_rome", ["version_id", "code_rome"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("formacode_rome_links", schema=None) as batch_op:
        batch_op.drop_index("ix_formacode_rome_links_rome")
    op.drop_table("formacode_rome_links")
    op.drop_table("formacode_descriptors")
