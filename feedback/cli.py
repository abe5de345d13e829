"""Flask commands: ``flask seed-demo``, ``flask create-user``."""

from __future__ import annotations

import click
from flask import Flask, current_app

from .errors import DomainError

#: Modules exposing ``register(app)`` that add their own command groups; a feature adds its line here.
COMMAND_MODULES: tuple[str, ...] = (
    "feedback.mail_cli",
    "feedback.audit_cli",
    "feedback.deadlines_cli",
    "feedback.api.cli",
    "feedback.handling_cli",
)


def register_cli(app: Flask) -> None:
    import importlib

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(app)

    @app.cli.command("seed-demo")
    @click.option("--force", is_flag=True, help="Allow seeding in production.")
    def seed_demo(force: bool) -> None:
        """Load the demo agency, accounts and cases (idempotent)."""
        from . import demo

        if current_app.config.get("PRODUCTION") and not force:
            raise click.ClickException("refusing to load demo data in production (use --force)")
        demo.seed_reference_data()
        accounts = demo.seed_users()
        created = demo.seed_cases()
        click.echo(f"Demo data ready ({created} new cases).")
        click.echo("Demo accounts (email / password / role):")
        for email, role, password in accounts:
            click.echo(f"  {email:<24} {password:<18} {role}")

    @app.cli.command("seed-rules")
    def seed_rules() -> None:
        """Load the statutory deadline rule sets and the known calendar exceptions (only what is missing)."""
        from .deadlines_seed import seed_calendar_exceptions, seed_deadline_rules

        days = seed_calendar_exceptions()
        sets = seed_deadline_rules()
        click.echo(f"Deadline rules ready ({sets} new rule sets, {days} new calendar exceptions).")

    @app.cli.command("create-user")
    @click.argument("email")
    @click.option("--role", required=True, help="reception, officer, unit_head, leader, inspector or admin")
    @click.option("--unit", "unit_code", default=None, help="Unit code (required for officer and unit_head)")
    @click.option("--name", "full_name", default=None, help="Full name shown to colleagues")
    @click.option("--prompt-password", is_flag=True, help="Type the password instead of generating one")
    def create_user(email: str, role: str, unit_code: str | None, full_name: str | None,
                    prompt_password: bool) -> None:
        """Create a staff account; prints the generated password unless --prompt-password."""
        from .services.accounts import create_user as create

        password = None
        if prompt_password:
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
            if len(password) < 10:
                raise click.ClickException("the password must have at least 10 characters")
        try:
            user, password = create(email, role, full_name=full_name, unit_code=unit_code, password=password)
        except DomainError as exc:
            raise click.ClickException(str(exc.message)) from None
        click.echo(f"Created {user.email} ({user.role}).")
        if not prompt_password:
            click.echo(f"Password: {password}")
