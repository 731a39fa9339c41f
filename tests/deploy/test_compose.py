"""The production material: docker-compose.yml and the Dockerfiles agree with the code."""

from __future__ import annotations

import json
import re
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic import AliasChoices
from pydantic_settings import BaseSettings

from extraction.config import Settings as ExtractionSettings
from gateway.config import Settings as GatewaySettings
from matching.config import Settings as MatchingSettings
from referentials.config import Settings as ReferentialsSettings
from shared.settings import normalise_database_url

ROOT = Path(__file__).resolve().parents[2]
SETTINGS: dict[str, type[BaseSettings]] = {
    "gateway": GatewaySettings,
    "extraction": ExtractionSettings,
    "matching": MatchingSettings,
    "referentials": ReferentialsSettings,
}
SERVICES = tuple(SETTINGS)
JOBS = {"migrate": ("referentials", "gateway"), "indexer": ("extraction", "matching")}
STORE_PORTS = {"postgres": 5432, "qdrant": 6333, "redis": 6379}
ALLOWED_CALLS = {
    "gateway": {"extraction", "matching", "referentials"},
    "extraction": {"referentials"},
    "matching": {"referentials"},
    "referentials": set(),
}
VECTOR_SERVICES = {"extraction", "matching"}
_DEFAULTED = re.compile(r"\$\{(\w+)(?::?-([^}]*))?\}")
Compose = dict[str, Any]


@pytest.fixture
def compose() -> Compose:
    """docker-compose.yml as compose sees it when no variable is set: every default applied."""
    text = (ROOT / "docker-compose.yml").read_text()
    return yaml.safe_load(_DEFAULTED.sub(lambda m: m.group(2) or "", text))


def instruction(service: str, name: str) -> list[str]:
    """Arguments of each ``name`` instruction in the final stage of the service's Dockerfile."""
    text = (ROOT / "deploy" / f"Dockerfile.{service}").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    pairs = [line.split(None, 1) for line in lines if line and not line.startswith("#")]
    final = pairs[max(i for i, (op, _) in enumerate(pairs) if op.upper() == "FROM") :]
    return [args for op, args in final if op.upper() == name]


def environment(compose: Compose, service: str) -> dict[str, str]:
    return {k: str(v) for k, v in compose["services"][service].get("environment", {}).items()}


def depends_on(compose: Compose, service: str) -> dict[str, str]:
    """Each dependency and its condition, whichever form compose was given."""
    raw = compose["services"][service].get("depends_on", {})
    if isinstance(raw, list):
        return dict.fromkeys(raw, "service_started")
    return {name: spec.get("condition", "service_started") for name, spec in raw.items()}


def env_names(settings: type[BaseSettings]) -> dict[str, list[str]]:
    """Each field's environment variable names, the documented one first."""
    prefix = settings.model_config.get("env_prefix", "")
    names = {}
    for field_name, field in settings.model_fields.items():
        alias = field.validation_alias or f"{prefix}{field_name}"
        choices = alias.choices if isinstance(alias, AliasChoices) else [alias]
        names[field_name] = [c.upper() for c in choices if isinstance(c, str)]
    return names


def listening_port(compose: Compose, service: str) -> int:
    if service in STORE_PORTS:
        return STORE_PORTS[service]
    return int(environment(compose, service)[f"{service.upper()}_PORT"])


def test_compose_runs_the_four_services_and_both_stores(compose: Compose) -> None:
    assert {*SERVICES, "postgres", "qdrant"} <= set(compose["services"])


def test_every_built_container_runs_a_known_service_or_job(compose: Compose) -> None:
    built = {name for name, spec in compose["services"].items() if "build" in spec}
    assert built == {*SERVICES, *JOBS}


@pytest.mark.parametrize("service", SERVICES)
def test_service_is_built_from_its_own_dockerfile(compose: Compose, service: str) -> None:
    build = compose["services"][service]["build"]
    assert build["dockerfile"] == f"deploy/Dockerfile.{service}"
    assert (ROOT / build.get("context", ".") / build["dockerfile"]).is_file()


@pytest.mark.parametrize("service", SERVICES)
def test_dockerfile_runs_the_service_main_module(service: str) -> None:
    assert [json.loads(cmd) for cmd in instruction(service, "CMD")] == [
        ["python", "-m", f"{service}.main"]
    ]


@pytest.mark.parametrize("service", SERVICES)
def test_dockerfile_exposes_the_port_compose_gives_the_service(
    compose: Compose, service: str
) -> None:
    assert instruction(service, "EXPOSE") == [str(listening_port(compose, service))]


@pytest.mark.parametrize("service", SERVICES)
def test_dockerfile_listens_on_every_interface(service: str) -> None:
    assert f"{service.upper()}_HOST=0.0.0.0" in " ".join(instruction(service, "ENV")).split()


@pytest.mark.parametrize("service", SERVICES)
def test_dockerfile_runs_as_a_non_root_user(service: str) -> None:
    users = instruction(service, "USER")
    assert users, "the image would run as root"
    assert users[-1].split(":")[0] not in {"root", "0"}


@pytest.mark.parametrize("service", SERVICES)
def test_dockerfile_healthcheck_probes_healthz_with_python(service: str) -> None:
    (healthcheck,) = instruction(service, "HEALTHCHECK")
    assert "python -c" in healthcheck
    assert "/healthz" in healthcheck


@pytest.mark.parametrize("service", SERVICES)
def test_only_vector_services_take_the_encoder_extras_build_arg(
    compose: Compose, service: str
) -> None:
    text = (ROOT / "deploy" / f"Dockerfile.{service}").read_text()
    args = compose["services"][service]["build"].get("args", {})
    expected = service in VECTOR_SERVICES
    assert ("ARG ENCODER_EXTRAS" in text, "ENCODER_EXTRAS" in args) == (expected, expected)


@pytest.mark.parametrize("container", [*SERVICES, *JOBS])
def test_every_environment_variable_is_read_by_the_settings(
    compose: Compose, container: str
) -> None:
    read = {
        name
        for service in JOBS.get(container, (container,))
        for names in env_names(SETTINGS[service]).values()
        for name in names
    }
    assert set(environment(compose, container)) - read == set()


@pytest.mark.parametrize("service", SERVICES)
def test_compose_environment_validates_into_the_settings(
    compose: Compose, service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in environment(compose, service).items():
        monkeypatch.setenv(name, value)
    settings: Any = SETTINGS[service](_env_file=None)
    assert (settings.host, settings.port) == ("0.0.0.0", listening_port(compose, service))


@pytest.mark.parametrize("container", [*SERVICES, *JOBS])
def test_peer_urls_name_a_compose_service_and_its_port(compose: Compose, container: str) -> None:
    for name, value in environment(compose, container).items():
        if not name.endswith("_URL"):
            continue
        url = urlsplit(value)
        assert url.hostname in compose["services"], f"{name}={value}"
        assert url.port == listening_port(compose, url.hostname), f"{name}={value}"
        if name.removesuffix("_URL").lower() in SERVICES:
            assert url.hostname == name.removesuffix("_URL").lower()


def test_services_depend_on_exactly_the_services_they_call(compose: Compose) -> None:
    for service in SERVICES:
        assert set(depends_on(compose, service)) & set(SERVICES) == ALLOWED_CALLS[service]


def test_nobody_depends_on_the_gateway(compose: Compose) -> None:
    assert [s for s in compose["services"] if "gateway" in depends_on(compose, s)] == []


def test_depends_on_has_no_cycle(compose: Compose) -> None:
    graph = {service: set(depends_on(compose, service)) for service in compose["services"]}
    assert set(TopologicalSorter(graph).static_order()) == set(compose["services"])


def test_dependencies_wait_for_health_or_completion(compose: Compose) -> None:
    for service in compose["services"]:
        for dependency, condition in depends_on(compose, service).items():
            expected = "service_completed_successfully" if dependency in JOBS else "service_healthy"
            assert condition == expected, f"{service} -> {dependency}"


def test_indexer_runs_after_referentials_and_before_the_vector_services(
    compose: Compose,
) -> None:
    assert depends_on(compose, "indexer").get("referentials") == "service_healthy"
    for service in VECTOR_SERVICES:
        assert depends_on(compose, service).get("indexer") == "service_completed_successfully"
    command = " ".join(compose["services"]["indexer"]["command"])
    assert "extraction.cli index" in command
    assert "matching.cli index" in command


def test_migrate_runs_both_migrations_then_imports_rome(compose: Compose) -> None:
    command = " ".join(compose["services"]["migrate"]["command"])
    steps = ["referentials.cli migrate", "gateway.cli migrate", "referentials.cli import-rome"]
    positions = [command.find(step) for step in steps]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_migrate_mounts_the_open_data_read_only(compose: Compose) -> None:
    mounts = [v.split(":") for v in compose["services"]["migrate"]["volumes"]]
    assert ["../shared/data", "/data", "ro"] in mounts
    assert "--directory /data" in " ".join(compose["services"]["migrate"]["command"])


@pytest.mark.parametrize("service", [*SERVICES, "postgres", "qdrant"])
def test_every_long_running_service_has_a_healthcheck(compose: Compose, service: str) -> None:
    assert compose["services"][service].get("healthcheck", {}).get("test"), service


@pytest.mark.parametrize("service", SERVICES)
def test_service_healthcheck_probes_its_own_readiness(compose: Compose, service: str) -> None:
    probe = " ".join(compose["services"][service]["healthcheck"]["test"])
    assert f":{listening_port(compose, service)}/readyz" in probe


def test_only_the_gateway_publishes_a_port(compose: Compose) -> None:
    published = {
        name: spec["ports"] for name, spec in compose["services"].items() if "ports" in spec
    }
    assert published == {"gateway": [f"8000:{listening_port(compose, 'gateway')}"]}


def test_stores_keep_their_data_in_named_volumes(compose: Compose) -> None:
    for store in STORE_PORTS:
        sources = {v.split(":")[0] for v in compose["services"][store]["volumes"]}
        assert sources, store
        assert sources <= set(compose["volumes"]), store


def test_database_url_normalises_to_asyncpg(compose: Compose) -> None:
    for container in [*SERVICES, *JOBS]:
        url = normalise_database_url(environment(compose, container)["DATABASE_URL"])
        assert url.startswith("postgresql+asyncpg://"), container


def test_env_example_documents_every_variable() -> None:
    example = (ROOT / "deploy" / ".env.example").read_text()
    compose_text = (ROOT / "docker-compose.yml").read_text()
    variables = {name for name, _ in _DEFAULTED.findall(compose_text)} | {
        names[0] for settings in SETTINGS.values() for names in env_names(settings).values()
    }
    assert variables <= set(re.findall(r"\b([A-Z][A-Z0-9_]+)=", example))
