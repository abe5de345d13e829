"""Fixtures: one application per test session on SQLite (default) or PostgreSQL (``DATABASE_URL``),
schema from the models (test_migrations checks the migrations match), tables emptied after every test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from tests import factories

_TMP = Path(tempfile.mkdtemp(prefix="nghedan-tests-"))
os.environ.setdefault("INSTANCE_PATH", str(_TMP / "instance"))


def _database_url() -> str:
    return os.environ.get("DATABASE_URL") or f"sqlite:///{_TMP / 'test.sqlite3'}"


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1)
                           if url.startswith("postgresql://") else url)
    with engine.begin() as conn:
        # Leftovers of earlier runs on this server: an extension installed elsewhere would hide its operators.
        conn.execute(text("DROP SCHEMA IF EXISTS migration_check CASCADE"))
        conn.execute(text("DROP EXTENSION IF EXISTS pg_trgm CASCADE"))
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def app():
    from feedback import create_app
    from feedback.extensions import db as database

    url = _database_url()
    if url.startswith("postgres"):
        _reset_postgres(url)
    os.environ["DATABASE_URL"] = url
    application = create_app("testing", {"UPLOAD_DIR": str(_TMP / "uploads"), "SERVER_NAME": None})
    with application.app_context():
        # The schema of the models; tests/test_migrations.py proves the migrations build the same one.
        database.create_all()
    yield application


@pytest.fixture()
def db(app):
    from feedback.extensions import db as database

    with app.app_context():
        yield database
        database.session.rollback()
        database.session.remove()
        with database.engine.begin() as conn:
            for table in reversed(database.metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture()
def client(app, db):
    return app.test_client()


@pytest.fixture()
def runner(app, db):
    return app.test_cli_runner()


@pytest.fixture()
def world(db):
    """The reference data most tests need: profile, units, categories, agencies, one user per role."""
    return factories.World.build()


@pytest.fixture()
def login(client):
    def _login(user, password=factories.PASSWORD):
        response = client.post("/staff/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return client

    return _login
