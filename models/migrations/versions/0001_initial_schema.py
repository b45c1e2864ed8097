"""initial schema: every entity of DOMAIN.md, and an append-only change log

Revision ID: 0001
Revises:
Create Date: 2026-11-25 00:55:53.414357
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("mediator", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "change_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column(
            "op", sa.Enum("create", "update", "delete", name="changeop", native_enum=False, length=8), nullable=False
        ),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_change_event_hash")),
        sa.UniqueConstraint("office_id", "seq", name="office_seq"),
    )
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.create_index("ix_change_event_record", ["entity", "record_id"], unique=False)

    op.create_table(
        "counterparty",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "other_side",
                "icrc",
                "ombudsperson",
                "mediator",
                "other",
                name="counterpartykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counterparty")),
        sa.UniqueConstraint("name", name=op.f("uq_counterparty_name")),
    )
    op.create_table(
        "office",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("signing_public_key", sa.String(length=128), nullable=True),
        sa.Column("age_recipient", sa.String(length=128), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("code", name=op.f("uq_office_code")),
    )
    op.create_table(
        "person",
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("given_names", sa.String(length=150), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("sort_name", sa.String(length=400), nullable=False),
        sa.Column("mother_maiden_name", sa.String(length=100), nullable=False),
        sa.Column(
            "sex", sa.Enum("male", "female", "unknown", name="sex", native_enum=False, length=32), nullable=False
        ),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("place_of_birth", sa.String(length=200), nullable=False),
        sa.Column("citizenship", sa.String(length=64), nullable=False),
        sa.Column("service_number", sa.String(length=32), nullable=False),
        sa.Column("rank", sa.String(length=64), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("is_civilian", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "missing",
                "captured",
                "captured_unconfirmed",
                "returned",
                "deceased",
                "unknown",
                name="personstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "health",
            sa.Enum(
                "good",
                "not_wounded",
                "recovered",
                "convalescent",
                "sick",
                "seriously_ill",
                "slightly_wounded",
                "seriously_wounded",
                name="health",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "annex1_category",
            sa.Enum(
                "A1a",
                "A1b",
                "A1c",
                "A1d",
                "A2",
                "A3",
                "A4",
                "A5",
                "A6",
                "A7",
                "B1",
                "B2",
                "B3",
                "B4",
                "B5",
                name="annex1category",
                native_enum=False,
                length=8,
            ),
            nullable=True,
        ),
        sa.Column(
            "consent_to_repatriation",
            sa.Enum("given", "refused", "unknown", name="consent", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("capture_date", sa.String(length=10), nullable=True),
        sa.Column("capture_place", sa.String(length=200), nullable=False),
        sa.Column("coming_from", sa.String(length=200), nullable=False),
        sa.Column("detention_place", sa.String(length=200), nullable=False),
        sa.Column("prisoner_number", sa.String(length=64), nullable=False),
        sa.Column("address_for_correspondence", sa.Text(), nullable=False),
        sa.Column("death_date", sa.String(length=10), nullable=True),
        sa.Column("death_place", sa.String(length=200), nullable=False),
        sa.Column("death_cause", sa.String(length=200), nullable=False),
        sa.Column("burial_place", sa.String(length=200), nullable=False),
        sa.Column("grave", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("external_id", name=op.f("uq_person_external_id")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_capture_date", ["capture_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_date_of_birth"), ["date_of_birth"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_service_number"), ["service_number"], unique=False)
        batch_op.create_index("ix_person_status", ["status"], unique=False)
        batch_op.create_index("ix_person_sort_name", ["sort_name", "id"], unique=False)

    op.create_table(
        "remains_batch",
        sa.Column("batch_number", sa.String(length=64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("handed_over_by", sa.String(length=200), nullable=False),
        sa.Column("declared_count", sa.Integer(), nullable=False),
        sa.Column("bag_numbers", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remains_batch")),
        sa.UniqueConstraint("batch_number", name=op.f("uq_remains_batch_batch_number")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "agreement_phase",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_phase_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_phase")),
        sa.UniqueConstraint("agreement_id", "number", name="agreement_phase_number"),
    )
    with op.batch_alter_table("agreement_phase", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_phase_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "ante_mortem_record",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("collected_on", sa.Date(), nullable=True),
        sa.Column("collected_from", sa.String(length=200), nullable=False),
        sa.Column("stature_cm", sa.Integer(), nullable=True),
        sa.Column("build", sa.String(length=100), nullable=False),
        sa.Column("hair", sa.String(length=200), nullable=False),
        sa.Column("eye_colour", sa.String(length=64), nullable=False),
        sa.Column("amputations", sa.Text(), nullable=False),
        sa.Column("medical_history", sa.Text(), nullable=False),
        sa.Column("dental_records", sa.Text(), nullable=False),
        sa.Column("clothing_last_worn", sa.Text(), nullable=False),
        sa.Column("effects_carried", sa.Text(), nullable=False),
        sa.Column("last_seen_place", sa.String(length=200), nullable=False),
        sa.Column("last_seen_date", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_ante_mortem_record_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ante_mortem_record")),
        sa.UniqueConstraint("person_id", name=op.f("uq_ante_mortem_record_person_id")),
    )
    op.create_table(
        "attachment",
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("owner_entity", sa.String(length=64), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["blob_sha256"], ["blob.sha256"], name=op.f("fk_attachment_blob_sha256_blob")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_entity", "owner_id"], unique=False)

    op.create_table(
        "commitment",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("side", sa.Enum("ours", "theirs", name="side", native_enum=False, length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("fulfilled_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_commitment_agreement_id_agreement"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "correspondence_thread",
        sa.Column("counterparty_id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "sent",
                "awaiting_reply",
                "answered",
                "closed",
                name="threadstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["counterparty_id"], ["counterparty.id"], name=op.f("fk_correspondence_thread_counterparty_id_counterparty")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correspondence_thread")),
    )
    with op.batch_alter_table("correspondence_thread", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_correspondence_thread_counterparty_id"), ["counterparty_id"], unique=False)

    op.create_table(
        "criteria_version",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("match", sa.Enum("any", "all", name="criteriamatch", native_enum=False, length=8), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_criteria_version_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria_version")),
        sa.UniqueConstraint("agreement_id", "version", name="agreement_version"),
    )
    with op.batch_alter_table("criteria_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criteria_version_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "exchange",
        sa.Column("agreement_id", sa.Uuid(), nullable=True),
        sa.Column("phase_number", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_exchange_agreement_id_agreement")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange")),
    )
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "exchange_list",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("side", sa.Enum("ours", "theirs", name="side", native_enum=False, length=8), nullable=False),
        sa.Column("phase_number", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_exchange_list_agreement_id_agreement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_list")),
        sa.UniqueConstraint("agreement_id", "side", "phase_number", name="agreement_side_phase"),
    )
    with op.batch_alter_table("exchange_list", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_list_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "medical_commission_decision",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("examined_on", sa.Date(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum("repatriate", "exclude", "re_examine", name="commissiondecision", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "annex1_category",
            sa.Enum(
                "A1a",
                "A1b",
                "A1c",
                "A1d",
                "A2",
                "A3",
                "A4",
                "A5",
                "A6",
                "A7",
                "B1",
                "B2",
                "B3",
                "B4",
                "B5",
                name="annex1category",
                native_enum=False,
                length=8,
            ),
            nullable=True,
        ),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_medical_commission_decision_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_commission_decision")),
    )
    with op.batch_alter_table("medical_commission_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_medical_commission_decision_person_id"), ["person_id"], unique=False)

    op.create_table(
        "next_of_kin",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relationship", sa.String(length=64), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_person_to_inform", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_next_of_kin_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_next_of_kin")),
    )
    with op.batch_alter_table("next_of_kin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_next_of_kin_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_name",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "form",
            sa.Enum(
                "original",
                "uk_latin_2010",
                "russian",
                "passport_latin",
                "other",
                name="nameform",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("given_names", sa.String(length=150), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("generated", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_name_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_name")),
    )
    with op.batch_alter_table("person_name", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name_person_id"), ["person_id"], unique=False)

    op.create_table(
        "remains_case",
        sa.Column("case_number", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.Column("bag_number", sa.String(length=64), nullable=False),
        sa.Column("individual_case_id", sa.Uuid(), nullable=True),
        sa.Column("is_body_part", sa.Boolean(), nullable=False),
        sa.Column("body_part", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "examined",
                "sampled",
                "identified",
                "handed_over",
                name="remainsstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("recovery_place", sa.String(length=200), nullable=False),
        sa.Column("recovery_date", sa.String(length=10), nullable=True),
        sa.Column(
            "condition",
            sa.Enum(
                "complete",
                "incomplete",
                "decomposed",
                "burned",
                "skeletal",
                name="remainscondition",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("effects", sa.Text(), nullable=False),
        sa.Column("clothing", sa.Text(), nullable=False),
        sa.Column("documents_found", sa.Text(), nullable=False),
        sa.Column("id_tags", sa.Text(), nullable=False),
        sa.Column(
            "apparent_sex",
            sa.Enum("male", "female", "unknown", name="sex", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("stature_min_cm", sa.Integer(), nullable=True),
        sa.Column("stature_max_cm", sa.Integer(), nullable=True),
        sa.Column("hair", sa.String(length=200), nullable=False),
        sa.Column("amputations", sa.Text(), nullable=False),
        sa.Column("injuries", sa.Text(), nullable=False),
        sa.Column("cause_of_death", sa.Text(), nullable=False),
        sa.Column("fingerprints_taken", sa.Boolean(), nullable=False),
        sa.Column("storage_place", sa.String(length=200), nullable=False),
        sa.Column("possibly_other_side", sa.Boolean(), nullable=False),
        sa.Column("commingled", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["remains_batch.id"], name=op.f("fk_remains_case_batch_id_remains_batch")
        ),
        sa.ForeignKeyConstraint(
            ["individual_case_id"], ["remains_case.id"], name=op.f("fk_remains_case_individual_case_id_remains_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remains_case")),
        sa.UniqueConstraint("case_number", name=op.f("uq_remains_case_case_number")),
    )
    with op.batch_alter_table("remains_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_remains_case_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_remains_case_individual_case_id"), ["individual_case_id"], unique=False)

    op.create_table(
        "source",
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "relative",
                "released_prisoner",
                "video",
                "other_side_list",
                "icrc",
                "military_unit",
                "media",
                "document",
                "other",
                name="sourcekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "reliability",
            sa.Enum(
                "confirmed", "probable", "possible", "unconfirmed", name="reliability", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_source_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_person_id"), ["person_id"], unique=False)

    op.create_table(
        "user_account",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("viewer", "clerk", "supervisor", "admin", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name=op.f("fk_user_account_office_id_office")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("name", name=op.f("uq_user_account_name")),
    )
    op.create_table(
        "body_mark",
        sa.Column("remains_case_id", sa.Uuid(), nullable=True),
        sa.Column("ante_mortem_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("scar", "tattoo", "birthmark", "piercing", "other", name="markkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("body_location", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(remains_case_id IS NULL) <> (ante_mortem_id IS NULL)", name=op.f("ck_body_mark_one_owner")
        ),
        sa.ForeignKeyConstraint(
            ["ante_mortem_id"],
            ["ante_mortem_record.id"],
            name=op.f("fk_body_mark_ante_mortem_id_ante_mortem_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["remains_case_id"],
            ["remains_case.id"],
            name=op.f("fk_body_mark_remains_case_id_remains_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_mark")),
    )
    with op.batch_alter_table("body_mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_body_mark_ante_mortem_id"), ["ante_mortem_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_body_mark_remains_case_id"), ["remains_case_id"], unique=False)

    op.create_table(
        "custody_transfer",
        sa.Column("remains_case_id", sa.Uuid(), nullable=False),
        sa.Column("from_party", sa.String(length=200), nullable=False),
        sa.Column("to_party", sa.String(length=200), nullable=False),
        sa.Column("transferred_at", sa.DateTime(), nullable=False),
        sa.Column("by_whom", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["remains_case_id"],
            ["remains_case.id"],
            name=op.f("fk_custody_transfer_remains_case_id_remains_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_transfer")),
    )
    with op.batch_alter_table("custody_transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custody_transfer_remains_case_id"), ["remains_case_id"], unique=False)

    op.create_table(
        "dental_finding",
        sa.Column("remains_case_id", sa.Uuid(), nullable=True),
        sa.Column("ante_mortem_id", sa.Uuid(), nullable=True),
        sa.Column("tooth", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "present",
                "missing",
                "missing_post_mortem",
                "filled",
                "crowned",
                "bridge",
                "implant",
                "root_canal",
                "decayed",
                "unknown",
                name="toothstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(remains_case_id IS NULL) <> (ante_mortem_id IS NULL)", name=op.f("ck_dental_finding_one_owner")
        ),
        sa.CheckConstraint(
            "tooth / 10 BETWEEN 1 AND 4 AND tooth % 10 BETWEEN 1 AND 8", name=op.f("ck_dental_finding_fdi_tooth")
        ),
        sa.ForeignKeyConstraint(
            ["ante_mortem_id"],
            ["ante_mortem_record.id"],
            name=op.f("fk_dental_finding_ante_mortem_id_ante_mortem_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["remains_case_id"],
            ["remains_case.id"],
            name=op.f("fk_dental_finding_remains_case_id_remains_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dental_finding")),
    )
    with op.batch_alter_table("dental_finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dental_finding_ante_mortem_id"), ["ante_mortem_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dental_finding_remains_case_id"), ["remains_case_id"], unique=False)

    op.create_table(
        "dna_sample",
        sa.Column("sample_number", sa.String(length=64), nullable=False),
        sa.Column(
            "kind", sa.Enum("remains", "reference", name="samplekind", native_enum=False, length=16), nullable=False
        ),
        sa.Column("remains_case_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("relative_name", sa.String(length=200), nullable=False),
        sa.Column("relationship", sa.String(length=64), nullable=False),
        sa.Column("lab", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "collected",
                "sent_to_lab",
                "profiled",
                "failed",
                "resample_requested",
                name="samplestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("collected_on", sa.Date(), nullable=True),
        sa.Column("resample_of_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'remains' AND remains_case_id IS NOT NULL) OR (kind = 'reference' AND person_id IS NOT NULL)",
            name=op.f("ck_dna_sample_owner_matches_kind"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_dna_sample_person_id_person")),
        sa.ForeignKeyConstraint(
            ["remains_case_id"], ["remains_case.id"], name=op.f("fk_dna_sample_remains_case_id_remains_case")
        ),
        sa.ForeignKeyConstraint(
            ["resample_of_id"], ["dna_sample.id"], name=op.f("fk_dna_sample_resample_of_id_dna_sample")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dna_sample")),
        sa.UniqueConstraint("sample_number", name=op.f("uq_dna_sample_sample_number")),
    )
    with op.batch_alter_table("dna_sample", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dna_sample_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dna_sample_remains_case_id"), ["remains_case_id"], unique=False)

    op.create_table(
        "health_report",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column(
            "health",
            sa.Enum(
                "good",
                "not_wounded",
                "recovered",
                "convalescent",
                "sick",
                "seriously_ill",
                "slightly_wounded",
                "seriously_wounded",
                name="health",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "annex1_category",
            sa.Enum(
                "A1a",
                "A1b",
                "A1c",
                "A1d",
                "A2",
                "A3",
                "A4",
                "A5",
                "A6",
                "A7",
                "B1",
                "B2",
                "B3",
                "B4",
                "B5",
                name="annex1category",
                native_enum=False,
                length=8,
            ),
            nullable=True,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_health_report_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_health_report_source_id_source"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_report")),
    )
    with op.batch_alter_table("health_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_report_person_id"), ["person_id"], unique=False)

    op.create_table(
        "identification",
        sa.Column("remains_case_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum("identified", "excluded", name="identificationdecision", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("board_members", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("family_notified_on", sa.Date(), nullable=True),
        sa.Column("handed_over_on", sa.Date(), nullable=True),
        sa.Column("death_certificate_number", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_identification_person_id_person")),
        sa.ForeignKeyConstraint(
            ["remains_case_id"], ["remains_case.id"], name=op.f("fk_identification_remains_case_id_remains_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identification")),
    )
    with op.batch_alter_table("identification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_identification_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_identification_remains_case_id"), ["remains_case_id"], unique=False)

    op.create_table(
        "implant",
        sa.Column("remains_case_id", sa.Uuid(), nullable=True),
        sa.Column("ante_mortem_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("serial_number", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(remains_case_id IS NULL) <> (ante_mortem_id IS NULL)", name=op.f("ck_implant_one_owner")),
        sa.ForeignKeyConstraint(
            ["ante_mortem_id"],
            ["ante_mortem_record.id"],
            name=op.f("fk_implant_ante_mortem_id_ante_mortem_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["remains_case_id"],
            ["remains_case.id"],
            name=op.f("fk_implant_remains_case_id_remains_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_implant")),
    )
    with op.batch_alter_table("implant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_implant_ante_mortem_id"), ["ante_mortem_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_implant_remains_case_id"), ["remains_case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_implant_serial_number"), ["serial_number"], unique=False)

    op.create_table(
        "letter",
        sa.Column("thread_id", sa.Uuid(), nullable=False),
        sa.Column(
            "direction", sa.Enum("incoming", "outgoing", name="letterdirection", native_enum=False), nullable=False
        ),
        sa.Column("our_reference", sa.String(length=32), nullable=True),
        sa.Column("their_reference", sa.String(length=100), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "diplomatic_note",
                "email",
                "through_icrc",
                "at_meeting",
                "other",
                name="letterchannel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("registered_by", sa.String(length=64), nullable=False),
        sa.Column("corrects_letter_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_letter_id"], ["letter.id"], name=op.f("fk_letter_corrects_letter_id_letter")
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"], ["correspondence_thread.id"], name=op.f("fk_letter_thread_id_correspondence_thread")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("our_reference", name=op.f("uq_letter_our_reference")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_thread_id"), ["thread_id"], unique=False)

    op.create_table(
        "list_version",
        sa.Column("list_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("source_filename", sa.String(length=255), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("criteria_version_id", sa.Uuid(), nullable=True),
        sa.Column("column_mapping", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criteria_version_id"],
            ["criteria_version.id"],
            name=op.f("fk_list_version_criteria_version_id_criteria_version"),
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["exchange_list.id"], name=op.f("fk_list_version_list_id_exchange_list"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_version")),
        sa.UniqueConstraint("list_id", "version", name="list_version_number"),
    )
    with op.batch_alter_table("list_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_version_list_id"), ["list_id"], unique=False)

    op.create_table(
        "match_candidate",
        sa.Column("remains_case_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column(
            "state",
            sa.Enum("proposed", "rejected", "confirmed", name="candidatestate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_match_candidate_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["remains_case_id"],
            ["remains_case.id"],
            name=op.f("fk_match_candidate_remains_case_id_remains_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_candidate")),
    )
    with op.batch_alter_table("match_candidate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_candidate_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_candidate_remains_case_id"), ["remains_case_id"], unique=False)

    op.create_table(
        "status_event",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "missing",
                "captured",
                "seen_on_video",
                "letter_received",
                "transferred",
                "hospitalised",
                "released",
                "escaped",
                "exchanged",
                "repatriated",
                "deceased",
                "remains_identified",
                "other",
                name="statuseventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column(
            "reliability",
            sa.Enum(
                "confirmed", "probable", "possible", "unconfirmed", name="reliability", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_status_event_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_status_event_source_id_source"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_event")),
    )
    with op.batch_alter_table("status_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_event_person_id"), ["person_id"], unique=False)

    op.create_table(
        "thread_link",
        sa.Column("thread_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["correspondence_thread.id"],
            name=op.f("fk_thread_link_thread_id_correspondence_thread"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thread_link")),
        sa.UniqueConstraint("thread_id", "entity", "record_id", name="thread_record"),
    )
    with op.batch_alter_table("thread_link", schema=None) as batch_op:
        batch_op.create_index("ix_thread_link_record", ["entity", "record_id"], unique=False)

    op.create_table(
        "dna_result",
        sa.Column("remains_sample_id", sa.Uuid(), nullable=False),
        sa.Column("reference_sample_id", sa.Uuid(), nullable=False),
        sa.Column("likelihood_ratio", sa.Double(), nullable=False),
        sa.Column("lab", sa.String(length=200), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reference_sample_id"], ["dna_sample.id"], name=op.f("fk_dna_result_reference_sample_id_dna_sample")
        ),
        sa.ForeignKeyConstraint(
            ["remains_sample_id"], ["dna_sample.id"], name=op.f("fk_dna_result_remains_sample_id_dna_sample")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dna_result")),
    )
    with op.batch_alter_table("dna_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dna_result_reference_sample_id"), ["reference_sample_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dna_result_remains_sample_id"), ["remains_sample_id"], unique=False)

    op.create_table(
        "list_entry",
        sa.Column("list_version_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("given_names", sa.String(length=150), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("date_of_birth_ambiguous", sa.Boolean(), nullable=False),
        sa.Column("service_number", sa.String(length=32), nullable=False),
        sa.Column("rank", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column(
            "match_state",
            sa.Enum(
                "unmatched", "suggested", "confirmed", "rejected", name="entrymatchstate", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("match_score", sa.Double(), nullable=True),
        sa.Column("compliant", sa.Boolean(), nullable=True),
        sa.Column("compliance", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_version_id"],
            ["list_version.id"],
            name=op.f("fk_list_entry_list_version_id_list_version"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_list_entry_person_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_entry")),
        sa.UniqueConstraint("list_version_id", "row_number", name="list_entry_row"),
    )
    with op.batch_alter_table("list_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_entry_list_version_id"), ["list_version_id"], unique=False)
        batch_op.create_index("ix_list_entry_person", ["person_id"], unique=False)

    op.create_table(
        "exchange_participant",
        sa.Column("exchange_id", sa.Uuid(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("to_us", "to_them", name="exchangedirection", native_enum=False, length=8),
            nullable=False,
        ),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("list_entry_id", sa.Uuid(), nullable=True),
        sa.Column("name_as_listed", sa.String(length=300), nullable=False),
        sa.Column("expected", sa.Boolean(), nullable=False),
        sa.Column("returned", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_participant_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_entry_id"],
            ["list_entry.id"],
            name=op.f("fk_exchange_participant_list_entry_id_list_entry"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_exchange_participant_person_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_participant")),
    )
    with op.batch_alter_table("exchange_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_participant_exchange_id"), ["exchange_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_participant_person_id"), ["person_id"], unique=False)

    # The change log is append-only: the database itself refuses to edit or delete history.
    # (Someone holding the key can drop these triggers; the hash chain still shows the edit.)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER change_event_no_update BEFORE UPDATE ON change_event "
            "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER change_event_no_delete BEFORE DELETE ON change_event "
            "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS change_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS change_event_no_delete")
    with op.batch_alter_table("exchange_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_participant_exchange_id"))

    op.drop_table("exchange_participant")
    with op.batch_alter_table("list_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_list_entry_person")
        batch_op.drop_index(batch_op.f("ix_list_entry_list_version_id"))

    op.drop_table("list_entry")
    with op.batch_alter_table("dna_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dna_result_remains_sample_id"))
        batch_op.drop_index(batch_op.f("ix_dna_result_reference_sample_id"))

    op.drop_table("dna_result")
    with op.batch_alter_table("thread_link", schema=None) as batch_op:
        batch_op.drop_index("ix_thread_link_record")

    op.drop_table("thread_link")
    with op.batch_alter_table("status_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_event_person_id"))

    op.drop_table("status_event")
    with op.batch_alter_table("match_candidate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_candidate_remains_case_id"))
        batch_op.drop_index(batch_op.f("ix_match_candidate_person_id"))

    op.drop_table("match_candidate")
    with op.batch_alter_table("list_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_version_list_id"))

    op.drop_table("list_version")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_thread_id"))

    op.drop_table("letter")
    with op.batch_alter_table("implant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_implant_serial_number"))
        batch_op.drop_index(batch_op.f("ix_implant_remains_case_id"))
        batch_op.drop_index(batch_op.f("ix_implant_ante_mortem_id"))

    op.drop_table("implant")
    with op.batch_alter_table("identification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identification_remains_case_id"))
        batch_op.drop_index(batch_op.f("ix_identification_person_id"))

    op.drop_table("identification")
    with op.batch_alter_table("health_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_report_person_id"))

    op.drop_table("health_report")
    with op.batch_alter_table("dna_sample", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dna_sample_remains_case_id"))
        batch_op.drop_index(batch_op.f("ix_dna_sample_person_id"))

    op.drop_table("dna_sample")
    with op.batch_alter_table("dental_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dental_finding_remains_case_id"))
        batch_op.drop_index(batch_op.f("ix_dental_finding_ante_mortem_id"))

    op.drop_table("dental_finding")
    with op.batch_alter_table("custody_transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custody_transfer_remains_case_id"))

    op.drop_table("custody_transfer")
    with op.batch_alter_table("body_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_body_mark_remains_case_id"))
        batch_op.drop_index(batch_op.f("ix_body_mark_ante_mortem_id"))

    op.drop_table("body_mark")
    op.drop_table("user_account")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_person_id"))

    op.drop_table("source")
    with op.batch_alter_table("remains_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_remains_case_individual_case_id"))
        batch_op.drop_index(batch_op.f("ix_remains_case_batch_id"))

    op.drop_table("remains_case")
    with op.batch_alter_table("person_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name_person_id"))

    op.drop_table("person_name")
    with op.batch_alter_table("next_of_kin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_next_of_kin_person_id"))

    op.drop_table("next_of_kin")
    with op.batch_alter_table("medical_commission_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medical_commission_decision_person_id"))

    op.drop_table("medical_commission_decision")
    with op.batch_alter_table("exchange_list", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_list_agreement_id"))

    op.drop_table("exchange_list")
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_agreement_id"))

    op.drop_table("exchange")
    with op.batch_alter_table("criteria_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criteria_version_agreement_id"))

    op.drop_table("criteria_version")
    with op.batch_alter_table("correspondence_thread", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correspondence_thread_counterparty_id"))

    op.drop_table("correspondence_thread")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_agreement_id"))

    op.drop_table("commitment")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_owner")

    op.drop_table("attachment")
    op.drop_table("ante_mortem_record")
    with op.batch_alter_table("agreement_phase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_phase_agreement_id"))

    op.drop_table("agreement_phase")
    op.drop_table("setting")
    op.drop_table("remains_batch")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_sort_name")
        batch_op.drop_index("ix_person_status")
        batch_op.drop_index(batch_op.f("ix_person_service_number"))
        batch_op.drop_index(batch_op.f("ix_person_date_of_birth"))
        batch_op.drop_index("ix_person_capture_date")

    op.drop_table("person")
    op.drop_table("office")
    op.drop_table("counterparty")
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.drop_index("ix_change_event_record")

    op.drop_table("change_event")
    op.drop_table("blob")
    op.drop_table("agreement")
