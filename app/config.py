"""Settings, read from the environment (prefix ``DIPLOGRAPH_``) and an optional ``.env``."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="DIPLOGRAPH_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Graph connection. No URI means: start (or reuse) the embedded engine for data_dir.
    graph_uri: str | None = None
    graph_user: str = "neo4j"
    graph_password: SecretStr | None = None
    graph_database: str = "neo4j"

    # Embedded engine.
    data_dir: Path = Path("data")
    engine_start_timeout: float = Field(default=60.0, gt=0)
    engine_heap: str = "512m"
    engine_query_timeout_ms: int = Field(default=30_000, gt=0)

    # Ingest.
    write_batch_size: int = Field(default=1000, gt=0)

    # API.
    api_host: str = "127.0.0.1"
    api_port: int = 8000


@lru_cache
def get_settings() -> Settings:
    return Settings()
