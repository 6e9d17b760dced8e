"""Live chat: the person's conversation (before and after a counselor joins), its messages both ways, and
the KakaoTalk chatbot's place in its dialogue.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annyeong.server.schema import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    op.create_table(
        "chat_sessions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("call_id", sa.String(36), nullable=True),
        sa.Column("consented_at", UTCDateTime(), nullable=True),
        sa.Column("self_test", sa.JSON(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=True),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("ended_by", sa.String(16), nullable=True),
        sa.Column("person_read_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("counselor_read_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("person_typing_until", UTCDateTime(), nullable=True),
        sa.Column("counselor_typing_until", UTCDateTime(), nullable=True),
        _fk("chat_sessions", "call_id", "calls"),
        sa.PrimaryKeyConstraint("id", name="pk_chat_sessions"),
        sa.UniqueConstraint("token_hash", name="uq_chat_sessions_token_hash"),
        sa.UniqueConstraint("call_id", name="uq_chat_sessions_call_id"),
    )
    op.create_table(
        "chat_messages",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("delivered_at", UTCDateTime(), nullable=True),
        sa.Column("read_at", UTCDateTime(), nullable=True),
        _fk("chat_messages", "session_id", "chat_sessions"),
        _fk("chat_messages", "author_id", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_chat_messages"),
    )
    op.create_index("ix_chat_messages_session_id_seq", "chat_messages", ["session_id", "seq"], unique=True)
    op.create_table(
        "kakao_dialogues",
        sa.Column("user_hash", sa.String(64), nullable=False),
        sa.Column("step", sa.String(32), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        _fk("kakao_dialogues", "session_id", "chat_sessions"),
        sa.PrimaryKeyConstraint("user_hash", name="pk_kakao_dialogues"),
    )


def downgrade() -> None:
    op.drop_table("kakao_dialogues")
    op.drop_index("ix_chat_messages_session_id_seq", table_name="chat_messages")
    op.drop_table("chat_messages")
    op.drop_table("chat_sessions")
