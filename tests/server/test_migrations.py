"""The Alembic migrations build exactly the tables server/schema/ declares."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from annyeong.server.db import HEAD_REVISION, MIGRATIONS_DIR, make_engine, migrate
from annyeong.server.schema import metadata


def test_migrated_database_matches_the_schema(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate(engine)
    migrate(engine)  # a second start is a no-op
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_the_head_the_server_checks_at_start_is_alembics(tmp_path: Path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION], (
        "a new migration: set server.db.HEAD_REVISION to its revision"
    )
    # A database one migration behind is brought up, not taken for current.
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'behind.sqlite3'}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0011")
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        assert conn.execute(text("SELECT count(*) FROM chat_crises")).scalar() == 0
    engine.dispose()


def test_upgrade_keeps_follow_ups_and_entries_written_before(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from annyeong.server.db import MIGRATIONS_DIR

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        now = "2025-01-01 09:00:00"
        conn.execute(
            text(
                "INSERT INTO users (id, username, password_hash, role, display_name, presence,"
                " presence_since, failed_logins, created_at)"
                " VALUES ('u1', 'kim', 'x', 'counselor', '김상담', 'offline', :now, 0, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO cases (id, status, owner_id, version, created_at, updated_at)"
                " VALUES ('c1', 'open', 'u1', 1, :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO follow_ups (id, case_id, due_at, assignee_id, status, version, created_by,"
                " created_at) VALUES ('f1', 'c1', :now, 'u1', 'scheduled', 1, 'u1', :now)"
            ),
            {"now": now},
        )
    migrate(engine)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT assignee_id, status, pool FROM follow_ups WHERE id = 'f1'")).one()
        assert tuple(row) == ("u1", "scheduled", None)
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    engine.dispose()


def test_postgresql_migrates_once_under_concurrent_starts(postgres_empty_database: str) -> None:
    """Workers starting together on an empty PostgreSQL database: one migrates, the others wait for
    its lock and find nothing to do; the result is exactly the schema, with 0008's audit triggers."""
    from concurrent.futures import ThreadPoolExecutor

    engines = [make_engine(postgres_empty_database) for _ in range(3)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(migrate, engines))
    for engine in engines[1:]:
        engine.dispose()
    engine = engines[0]
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        triggers = conn.execute(
            text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal")
        ).scalars()
        assert set(triggers) == {"audit_log_no_update", "audit_log_no_early_delete", "audit_log_no_truncate"}
    engine.dispose()
