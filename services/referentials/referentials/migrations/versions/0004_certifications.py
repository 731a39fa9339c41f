"""RNCP and RS certifications

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = {
    "certifications": [("ix_certifications_level", ["version_id", "level"])],
    "certification_rome": [("ix_certification_rome_code", ["version_id", "code_rome"])],
    "certification_formacodes": [("ix_certification_formacodes_code", ["version_id", "code"])],
    "certification_successions": [
        ("ix_certification_successions_new", ["version_id", "new_number"])
    ],
    "certification_blocs": [("ix_certification_blocs_number", ["version_id", "number"])],
}


def _version_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["version_id"],
        ["ref_versions.id"],
        name=op.f(f"fk_{table}_version_id_ref_versions"),
        ondelete="CASCADE",
    )


def _table(name: str, primary_key: list[str], *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("version_id", sa.Integer(), nullable=False),
        *columns,
        _version_fk(name),
        sa.PrimaryKeyConstraint("version_id", *primary_key, name=op.f(f"pk_{name}")),
    )
    for index, index_columns in INDEXES.get(name, []):
        op.create_index(index, name, index_columns, unique=False)


def _code_label(name: str, code: str, length: int) -> None:
    _table(
        name,
        ["number", code],
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column(code, sa.String(length=length), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
    )


def upgrade() -> None:
    _table(
        "certifications",
        ["number"],
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("abbreviation", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column("status_as_of", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("title_folded", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
    )
    _code_label("certification_rome", "code_rome", 5)
    _code_label("certification_formacodes", "code", 8)
    _code_label("certification_nsf", "code", 8)
    _code_label("certification_ccn", "code", 8)
    _table(
        "certification_certifiers",
        ["number", "siret"],
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("siret", sa.String(length=14), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
    )
    _table(
        "certification_successions",
        ["old_number", "new_number"],
        sa.Column("old_number", sa.String(length=16), nullable=False),
        sa.Column("new_number", sa.String(length=16), nullable=False),
    )
    _table(
        "certification_blocs",
        ["code"],
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("exam_unit", sa.String(length=16), nullable=True),
    )


def downgrade() -> None:
    for name, indexes in INDEXES.items():
        for index, _ in indexes:
            op.drop_index(index, table_name=name)
    for name in (
        "certification_blocs",
        "certification_successions",
        "certification_certifiers",
        "certification_ccn",
        "certification_nsf",
        "certification_formacodes",
        "certification_rome",
        "certifications",
    ):
        op.drop_table(name)
