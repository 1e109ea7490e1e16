"""The docker-compose stack: valid by the Compose Specification, and wired as the app expects.

The schema is the official compose-spec JSON schema as vendored (with its licence) by the
`check-jsonschema` package; no Docker engine is needed.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import re
import tomllib
from importlib.resources import files
from pathlib import Path

import dockerfile
import pytest
from pydantic import ValidationError
import yaml
from dotenv import dotenv_values
from jsonschema.validators import validator_for

from app.config import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
ENV_EXAMPLE = ROOT / ".env.example"
README = ROOT / "README.md"

# ${NAME}, ${NAME:?message}, ${NAME:-default}, ...: Compose's interpolation syntax.
INTERPOLATION = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<op>:?[?+-])?(?P<arg>[^}]*)\}")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|AUTH|KEY", re.IGNORECASE)
APP_SERVICES = ("ingest", "api")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def compose_validator():
    schema = json.loads(
        files("check_jsonschema.builtin_schemas.vendor").joinpath("compose-spec.json").read_text()
    )
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def docker_instructions() -> tuple[dockerfile.Command, ...]:
    return dockerfile.parse_file(str(DOCKERFILE))


@pytest.fixture(scope="module")
def env_example() -> dict[str, str | None]:
    return dotenv_values(ENV_EXAMPLE)


def schema_errors(validator, document: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(document)
    ]


def instructions(commands, name: str) -> list[dockerfile.Command]:
    return [c for c in commands if c.cmd == name.upper()]


# --- the Compose Specification --------------------------------------------------------------


def test_compose_file_follows_the_compose_specification(compose, compose_validator) -> None:
    assert schema_errors(compose_validator, compose) == []


def _misspelt_key(doc: dict) -> None:
    doc["services"]["api"]["helthcheck"] = doc["services"]["api"].pop("healthcheck")


def _unknown_condition(doc: dict) -> None:
    doc["services"]["ingest"]["depends_on"]["neo4j"]["condition"] = "service_ready"


def _ports_as_mapping(doc: dict) -> None:
    doc["services"]["api"]["ports"] = {"8000": 8000}


@pytest.mark.parametrize("break_it", [_misspelt_key, _unknown_condition, _ports_as_mapping])
def test_schema_rejects_a_broken_compose_file(compose, compose_validator, break_it) -> None:
    broken = copy.deepcopy(compose)
    break_it(broken)
    assert schema_errors(compose_validator, broken)


# --- services -------------------------------------------------------------------------------


def test_neo4j_service(compose) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5-community"
    published = {str(p).rsplit(":", 1)[-1] for p in neo4j["ports"]}
    assert {"7474", "7687"} <= published
    data_volumes = [v.split(":")[0] for v in neo4j["volumes"] if v.split(":")[1] == "/data"]
    assert data_volumes and data_volumes[0] in compose["volumes"], "/data is not a named volume"


@pytest.mark.parametrize("service", ["neo4j", "api"])
def test_service_has_a_healthcheck(compose, service: str) -> None:
    check = compose["services"][service]["healthcheck"]
    assert not check.get("disable", False)
    assert check["test"][0] in ("CMD", "CMD-SHELL")


def test_api_healthcheck_asks_the_health_endpoint(compose) -> None:
    check = " ".join(compose["services"]["api"]["healthcheck"]["test"])
    assert "http://localhost:8000/health" in check


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_service_waits_for_a_healthy_neo4j(compose, service: str) -> None:
    depends_on = compose["services"][service]["depends_on"]
    assert depends_on["neo4j"]["condition"] == "service_healthy"


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        ("ingest", ["diplograph", "ingest", "seeds"]),
        ("api", ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]),
    ],
)
def test_app_service_runs_the_cli_from_the_project_image(
    compose, docker_instructions, service: str, expected: list[str]
) -> None:
    spec = compose["services"][service]
    build = spec["build"]
    assert (build if isinstance(build, str) else build.get("context", ".")) in (".", "./")
    (entrypoint,) = instructions(docker_instructions, "entrypoint")
    assert entrypoint.json, "ENTRYPOINT must be in exec form"
    assert [*entrypoint.value, *spec["command"]] == expected


def test_api_is_published_and_restarts(compose) -> None:
    api = compose["services"]["api"]
    assert any(str(p).endswith("8000:8000") for p in api["ports"])
    assert api["restart"] == "unless-stopped"


# --- secrets and settings -------------------------------------------------------------------


def _environments(compose) -> dict[str, dict[str, str]]:
    out = {}
    for name, spec in compose["services"].items():
        env = spec.get("environment", {})
        if isinstance(env, list):
            env = dict(item.split("=", 1) for item in env)
        out[name] = {key: str(value) for key, value in env.items()}
    return out


def test_secrets_are_required_variables_not_literals(compose, env_example) -> None:
    secret_values = {
        (service, key): value
        for service, env in _environments(compose).items()
        for key, value in env.items()
        if SECRET_NAME.search(key)
    }
    assert secret_values, "no secret is passed to any service"
    for (service, key), value in secret_values.items():
        references = list(INTERPOLATION.finditer(value))
        assert references, f"{service}.{key} holds a literal value"
        for ref in references:
            assert ref["op"] == ":?", f"{service}.{key} must refuse to start without {ref['name']}"
        literal = INTERPOLATION.sub("", value)
        assert not re.search(r"[^/\s]{8,}", literal), f"{service}.{key} has a literal part"
    text = COMPOSE_FILE.read_text()
    for name, value in env_example.items():
        if SECRET_NAME.search(name) and value:
            assert value not in text, f"the example value of {name} is written in the compose file"


def test_env_example_defines_every_variable_with_placeholders(compose, env_example) -> None:
    used = {m["name"] for m in INTERPOLATION.finditer(COMPOSE_FILE.read_text())}
    assert used <= set(env_example), f"missing from .env.example: {used - set(env_example)}"
    for name, value in env_example.items():
        if SECRET_NAME.search(name):
            assert value == "change-me", f"{name} in .env.example must be a placeholder"


def _interpolate(value: str, variables: dict[str, str | None]) -> str:
    def resolve(ref: re.Match) -> str:
        found = variables.get(ref["name"])
        if found is None and ref["op"] == ":?":
            raise AssertionError(f"{ref['name']} is required: {ref['arg']}")
        return found or ""

    return INTERPOLATION.sub(resolve, value)


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_environment_matches_the_settings(
    compose, env_example, monkeypatch, service: str
) -> None:
    prefix = Settings.model_config["env_prefix"]
    known = {prefix + field.upper() for field in Settings.model_fields}
    env = _environments(compose)[service]
    ours = {key: value for key, value in env.items() if key.startswith(prefix)}
    assert set(ours) <= known, f"not settings of app.config.Settings: {set(ours) - known}"

    for key in known:
        monkeypatch.delenv(key, raising=False)
    for key, value in ours.items():
        monkeypatch.setenv(key, _interpolate(value, env_example))
    # The stack refuses to start with the example's placeholder password...
    with pytest.raises(ValidationError, match="example value"):
        Settings(_env_file=None)
    # ...and takes a password of one's own.
    own = {**env_example, "NEO4J_PASSWORD": "a-password-of-our-own",
           "DIPLOGRAPH_API_KEY": "a-key-of-our-own-0123456789"}
    for key, value in ours.items():
        monkeypatch.setenv(key, _interpolate(value, own))
    settings = Settings(_env_file=None)
    assert settings.graph_uri == "bolt://neo4j:7687"
    assert settings.graph_user == "neo4j"
    assert settings.graph_database == "neo4j"
    assert settings.graph_password is not None
    assert settings.graph_password.get_secret_value() == "a-password-of-our-own"


def test_neo4j_auth_uses_the_same_password_as_the_app(compose) -> None:
    envs = _environments(compose)
    auth = envs["neo4j"]["NEO4J_AUTH"]
    user, _, password = auth.partition("/")
    assert user == envs["api"]["DIPLOGRAPH_GRAPH_USER"] == "neo4j"
    assert INTERPOLATION.fullmatch(password)["name"] == "NEO4J_PASSWORD"
    for service in APP_SERVICES:
        graph_password = envs[service]["DIPLOGRAPH_GRAPH_PASSWORD"]
        assert INTERPOLATION.fullmatch(graph_password)["name"] == "NEO4J_PASSWORD"


# --- the image ------------------------------------------------------------------------------


def test_image_base_and_non_root_user(docker_instructions) -> None:
    (base,) = instructions(docker_instructions, "from")
    assert base.value[0] == "python:3.11-slim"
    users = instructions(docker_instructions, "user")
    assert users, "the image runs as root"
    assert users[-1].value[0].split(":")[0] not in ("root", "0")
    last_run = max(c.start_line for c in instructions(docker_instructions, "run"))
    assert users[-1].start_line > last_run, "USER must come after the last RUN"


def _pip_install_commands(text: str) -> set[str]:
    commands = re.findall(r"(?:[\w./-]*/)?pip3? install[^`&;\n]*", text)
    return {re.sub(r"^[\w./-]*/", "", c).strip() for c in commands}


def test_image_installs_the_project_as_the_readme_says(docker_instructions) -> None:
    installs = [
        c.value[0] for c in instructions(docker_instructions, "run") if "pip install" in c.value[0]
    ]
    assert installs == ["pip install ."]
    readme_installs = _pip_install_commands(README.read_text())
    assert "pip install ." in readme_installs, f"the README installs with {readme_installs}"


def test_entrypoint_is_the_projects_console_script(docker_instructions) -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    (entrypoint,) = instructions(docker_instructions, "entrypoint")
    assert entrypoint.value[0] in scripts


def _ignored(path: str, patterns: list[str]) -> bool:
    # .dockerignore semantics, enough for plain patterns: the last matching line wins.
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        parts = path.split("/")
        candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        if any(fnmatch.fnmatch(c, pattern) for c in candidates):
            ignored = not negate
    return ignored


def test_build_context_keeps_secrets_out_and_the_project_in(docker_instructions) -> None:
    patterns = [
        line.strip()
        for line in DOCKERIGNORE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for secret in (".env", ".venv/bin/python", ".git/config", "data/engine.password"):
        assert _ignored(secret, patterns), f"{secret} would be sent to the image build"
    for needed in ("pyproject.toml", "README.md", "app/cli.py", "ingest/__init__.py", "seeds"):
        assert not _ignored(needed, patterns), f"{needed} would be missing from the image"
    copies = instructions(docker_instructions, "copy")
    assert any(c.value == (".", ".") for c in copies), "the image does not copy the project"
