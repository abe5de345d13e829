"""Foundation commands: create-user, seed-demo; production refuses unsafe settings."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback.models import AgencyProfile, Case, Unit, User
from feedback.security import verify_password


def test_create_user_prints_a_generated_password(runner, world, db):
    result = runner.invoke(args=["create-user", "Moi@Test.vn", "--role", "officer", "--unit", "QLKCHT",
                                 "--name", "Ngô Văn Mới"])
    assert result.exit_code == 0, result.output
    password = result.output.split("Password:")[1].strip()
    user = db.session.execute(select(User).where(User.email == "moi@test.vn")).scalar_one()
    assert user.role == "officer" and user.unit.code == "QLKCHT" and user.full_name == "Ngô Văn Mới"
    assert verify_password(user.password_hash, password)


def test_create_user_prompts_for_a_password(runner, world, db):
    result = runner.invoke(args=["create-user", "lead@test.vn", "--role", "leader", "--prompt-password"],
                           input="mat-khau-rat-dai\nmat-khau-rat-dai\n")
    assert result.exit_code == 0, result.output
    user = db.session.execute(select(User).where(User.email == "lead@test.vn")).scalar_one()
    assert verify_password(user.password_hash, "mat-khau-rat-dai")
    assert "mat-khau-rat-dai" not in result.output.replace("Password:", "")


@pytest.mark.parametrize("args,message", [
    (["create-user", "x@test.vn", "--role", "boss"], "boss"),
    (["create-user", "x@test.vn", "--role", "officer"], "--unit"),
    (["create-user", "x@test.vn", "--role", "officer", "--unit", "NOPE"], "NOPE"),
    (["create-user", "not-an-email", "--role", "leader"], "not-an-email"),
])
def test_create_user_bad_input_is_a_clear_error(runner, world, db, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


def test_create_user_twice_is_refused(runner, world, db):
    runner.invoke(args=["create-user", "twice@test.vn", "--role", "leader"])
    result = runner.invoke(args=["create-user", "twice@test.vn", "--role", "leader"])
    assert result.exit_code != 0 and "twice@test.vn" in result.output


def test_seed_demo_is_idempotent(runner, db):
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "lanhdao@demo.vn" in first.output
    counts = (db.session.execute(select(func.count(Case.id))).scalar_one(),
              db.session.execute(select(func.count(User.id))).scalar_one(),
              db.session.execute(select(func.count(Unit.id))).scalar_one())
    assert counts[0] >= 50 and counts[1] >= 6
    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0
    assert counts == (db.session.execute(select(func.count(Case.id))).scalar_one(),
                      db.session.execute(select(func.count(User.id))).scalar_one(),
                      db.session.execute(select(func.count(Unit.id))).scalar_one())
    assert db.session.get(AgencyProfile, 1).hotline
    kinds = set(db.session.execute(select(Case.kind)).scalars())
    channels = set(db.session.execute(select(Case.channel)).scalars())
    statuses = set(db.session.execute(select(Case.status)).scalars())
    assert kinds == {"suggestion", "feedback", "petition", "regulation_feedback", "complaint", "denunciation"}
    assert {"web", "hotline", "email", "walk_in", "post", "suggestion_box"} <= channels
    from feedback.lifecycle import STATUSES

    assert statuses == set(STATUSES)  # every status of the lifecycle, for demos and training


def test_production_refuses_to_start_without_secret_or_database(monkeypatch, tmp_path):
    from feedback import create_app

    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app("production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(RuntimeError, match="DATABASE_URL"):
        create_app("production")


def test_seed_rules_loads_the_statutory_rules_once(runner, db):
    from feedback.models import CalendarException, RuleSet

    first = runner.invoke(args=["seed-rules"])
    assert first.exit_code == 0, first.output
    sets = db.session.execute(select(func.count(RuleSet.id))).scalar_one()
    days = db.session.execute(select(func.count(CalendarException.id))).scalar_one()
    assert sets >= 2 and days >= 2
    second = runner.invoke(args=["seed-rules"])
    assert "0 new rule sets, 0 new calendar exceptions" in second.output
