from typing import Annotated

from fastapi import APIRouter, Body, HTTPException
from fastapi.exceptions import RequestValidationError

from app import models
from app.api.deps import GraphDep
from app.api.params import invalid
from app.api.security import WRITE_ERRORS, ApiKeyDep
from app.article_intake import add_articles
from ingest.article_versions import ArticleTextChanged, SeenTexts

router = APIRouter(tags=["ingest"])

MAX_ARTICLES = 100


@router.post("/articles", response_model=models.ArticlesAdded, responses={
    400: {"description": "The body is not JSON"}, **WRITE_ERRORS,
    409: {"description": "An article id is already in the graph with a different text"},
    413: {"description": "The body is larger than the configured limit"},
})
def post_articles(
    graph: GraphDep,
    _: ApiKeyDep,
    body: Annotated[models.ArticleIn | list[models.ArticleIn], Body(
        description=f"One article, or a list of up to {MAX_ARTICLES}")],
):
    """Extract the facts of one article or a batch and write them to the graph (one
    transaction). Posting an article again changes nothing; posting its id with another
    text is refused (409)."""
    graph.ensure_available()  # before the extraction, which takes a while
    items = body if isinstance(body, list) else [body]
    if not 1 <= len(items) <= MAX_ARTICLES:
        raise invalid(("body",), f"send 1 to {MAX_ARTICLES} articles", len(items))
    seen = SeenTexts()
    for index, item in enumerate(items):
        if item.id is not None and (conflict := seen.conflict(item.id, item.text, f"[{index}]")):
            raise invalid(("body", index, "id"), conflict, item.id)
    try:
        added = add_articles(graph, [a.model_dump(exclude_none=True) for a in items])
    except ArticleTextChanged as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    if not added.items:
        raise RequestValidationError([
            {"type": "value_error", "loc": ("body", f.source), "msg": f.reason, "input": None}
            for f in added.failed
        ])
    return added
