"""Nghe Dân: citizen feedback and complaint intake for a Vietnamese public agency."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, has_request_context, request, session

from .extensions import babel, csrf, db, login_manager, mail, migrate


def select_locale() -> str:
    """Vietnamese unless the visitor chose English (``?lang=en`` stores the choice in the session)."""
    from flask import current_app

    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # commands and workers speak the default language
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
    return session.get("lang") if session.get("lang") in languages else current_app.config["BABEL_DEFAULT_LOCALE"]


def create_app(config_name: str | None = None, overrides: dict | None = None) -> Flask:
    """Build the application.

    :param config_name: ``development`` (default), ``testing`` or ``production``;
        ``NGHEDAN_ENV`` chooses when omitted.
    :param overrides: settings applied last (tests).
    """
    from config import CONFIGS

    root = Path(__file__).resolve().parent.parent
    app = Flask(
        __name__,
        instance_path=os.environ.get("INSTANCE_PATH") or str(root / "instance"),
        template_folder=str(root / "templates"),
        static_folder=str(root / "static"),
    )
    name = config_name or os.environ.get("NGHEDAN_ENV") or "development"
    app.config.from_mapping(CONFIGS[name].from_environment(app.instance_path))
    if overrides:
        app.config.update(overrides)
    _check_production(app)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if app.config.get("PROXY_FIX_COUNT"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = int(app.config["PROXY_FIX_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(root / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    mail.init_app(app)
    login_manager.init_app(app)
    babel.init_app(app, locale_selector=select_locale,
                   default_translation_directories=str(root / "translations"))
    _configure_sqlite(app)
    _configure_login()

    from .web import register_web

    register_web(app)
    from .cli import register_cli

    register_cli(app)
    return app


def _check_production(app: Flask) -> None:
    if not app.config.get("PRODUCTION"):
        return
    secret = app.config.get("SECRET_KEY") or ""
    if len(secret) < 32 or secret.startswith("dev-"):
        raise RuntimeError("Production needs SECRET_KEY (at least 32 random characters).")
    if not os.environ.get("DATABASE_URL"):
        raise RuntimeError("Production needs DATABASE_URL (PostgreSQL).")


def _configure_sqlite(app: Flask) -> None:
    """WAL, synchronous=FULL and foreign keys on every SQLite connection."""
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        return
    from sqlalchemy import event

    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    with app.app_context():
        event.listen(db.engine, "connect", _on_connect)


def _configure_login() -> None:
    from flask_babel import lazy_gettext as _l

    from .models import User

    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please sign in to continue.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "strong"

    @login_manager.user_loader
    def load_user(user_id: str):
        try:
            user = db.session.get(User, int(user_id))
        except (TypeError, ValueError):
            return None
        return user if user is not None and user.active else None
