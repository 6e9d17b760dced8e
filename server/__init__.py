"""The reference central case API of 외로움안녕120 (FastAPI + SQLAlchemy Core + Alembic)."""

__version__ = "0.1.0"
