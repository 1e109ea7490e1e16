"""The graph explorer: one HTML page at / and its static files under /static."""

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"

router = APIRouter(tags=["explorer"])


@router.get("/", include_in_schema=False)
def explorer_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


def install(app: FastAPI) -> None:
    """Serve the page and its assets on `app`."""
    app.include_router(router)
    # check_dir=False: an install without the page's files still serves the API.
    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
