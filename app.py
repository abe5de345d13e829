"""WSGI entry point: ``gunicorn app:app`` or ``flask --app app run``."""

from feedback import create_app

app = create_app()
