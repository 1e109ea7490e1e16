"""The API key that guards writes."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Security
from fastapi.security import APIKeyHeader

from app.api.deps import SettingsDep

_api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False,
    description="The key set in DIPLOGRAPH_API_KEY on the server",
)

WRITE_ERRORS = {
    401: {"description": "Missing or wrong API key"},
    403: {"description": "Writes are disabled: the server has no API key configured"},
}


def require_api_key(
    settings: SettingsDep, key: Annotated[str | None, Security(_api_key_header)]
) -> None:
    if settings.api_key is None:
        raise HTTPException(
            status_code=403,
            detail="writes are disabled: the server has no API key (set DIPLOGRAPH_API_KEY)",
        )
    expected = settings.api_key.get_secret_value().encode()
    if key is None or not hmac.compare_digest(key.encode(), expected):
        raise HTTPException(
            status_code=401, detail="missing or wrong API key (header X-API-Key)",
            headers={"WWW-Authenticate": "APIKey"},
        )


ApiKeyDep = Annotated[None, Depends(require_api_key)]
