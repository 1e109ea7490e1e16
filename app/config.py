"""Settings, read from the environment (prefix ``DIPLOGRAPH_``) and an optional ``.env``."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="DIPLOGRAPH_", env_file=".env", env_file_encoding="utf-8", extra="ignore",
        # A refused setting must not print the others (the graph password among them).
        hide_input_in_errors=True,
    )

    # Graph connection. No URI means: start (or reuse) the embedded engine for data_dir.
    graph_uri: str | None = None
    graph_user: str = "neo4j"
    graph_password: SecretStr | None = None
    graph_database: str = "neo4j"
    # Command line: seconds to connect, and to retry a transaction that failed transiently.
    graph_connection_timeout: float = Field(default=5.0, gt=0)
    graph_retry_time: float = Field(default=30.0, ge=0)

    # Embedded engine.
    data_dir: Path = Path("data")
    engine_start_timeout: float = Field(default=60.0, gt=0)
    engine_heap: str = "512m"
    engine_query_timeout_ms: int = Field(default=30_000, gt=0)

    # Input limits (ingest and POST /articles); an article over one fails alone, with a reason.
    max_file_bytes: int = Field(default=20 * 1024 * 1024, gt=0)
    max_article_chars: int = Field(default=200_000, gt=0)
    max_sentence_words: int = Field(default=1_000, gt=0)
    max_article_names: int = Field(default=500, gt=0)
    max_sentence_names: int = Field(default=40, gt=0)

    # API.
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    # Worker processes of `diplograph serve` (each with its own graph connection); one per
    # core keeps the cores busy under concurrent requests.
    api_workers: int = Field(default=1, ge=1, le=64)
    # Key for POST /articles (header X-API-Key); with none set, the API refuses writes.
    api_key: SecretStr | None = None
    # POST /cypher. The embedded engine ignores per-transaction timeouts: there
    # engine_query_timeout_ms bounds every statement instead.
    cypher_max_rows: int = Field(default=1000, gt=0, le=100_000)
    cypher_timeout_s: float = Field(default=10.0, gt=0)
    # A request waits this long for a graph connection before it is answered 503; reads
    # retry transient failures for api_read_retry_time, writes for api_write_retry_time.
    api_graph_timeout: float = Field(default=1.0, gt=0)
    api_read_retry_time: float = Field(default=0.25, ge=0)
    api_write_retry_time: float = Field(default=10.0, ge=0)
    # Larger request bodies are refused with 413.
    api_max_body_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    # Origins allowed to call the API from a browser (comma-separated); none: no CORS headers.
    cors_origins: Annotated[list[str], NoDecode] = []

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("graph_uri")
    @classmethod
    def _no_credentials_in_uri(cls, value: str | None) -> str | None:
        if value and "@" in value.split("://", 1)[-1].split("/", 1)[0]:
            raise ValueError("DIPLOGRAPH_GRAPH_URI must not hold a user or password: set "
                             "DIPLOGRAPH_GRAPH_USER and DIPLOGRAPH_GRAPH_PASSWORD")
        return value

    @field_validator("api_key", mode="before")
    @classmethod
    def _empty_key_is_no_key(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_example_secrets(self) -> "Settings":
        password = self.graph_password.get_secret_value() if self.graph_password else None
        if self.graph_uri and password in EXAMPLE_SECRETS:
            raise ValueError(
                "DIPLOGRAPH_GRAPH_PASSWORD is still the example value: set a password of your own"
            )
        key = self.api_key.get_secret_value() if self.api_key else None
        if key in EXAMPLE_SECRETS:
            raise ValueError("DIPLOGRAPH_API_KEY is still the example value: set a key of your own")
        if key is not None and len(key) < MIN_API_KEY_LENGTH:
            raise ValueError(f"DIPLOGRAPH_API_KEY must have {MIN_API_KEY_LENGTH} characters or more")
        return self


# Placeholders of .env.example; a service configured with them refuses to start.
EXAMPLE_SECRETS = frozenset({"change-me"})
MIN_API_KEY_LENGTH = 16


@lru_cache
def get_settings() -> Settings:
    return Settings()
