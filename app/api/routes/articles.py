from typing import Annotated

from fastapi import APIRouter, Body, HTTPException

from app import models
from app.api.deps import GraphDep
from app.api.security import WRITE_ERRORS, ApiKeyDep
from app.article_intake import add_articles

router = APIRouter(tags=["ingest"])

MAX_ARTICLES = 100


@router.post("/articles", response_model=models.ArticlesAdded, responses={
    **WRITE_ERRORS, 422: {"description": "Invalid body, or no article could be added"},
})
def post_articles(
    graph: GraphDep,
    _: ApiKeyDep,
    body: Annotated[models.ArticleIn | list[models.ArticleIn], Body(
        description=f"One article, or a list of up to {MAX_ARTICLES}")],
):
    """Extract the facts of one article or a batch and write them to the graph (one
    transaction). Posting an article again changes nothing."""
    items = body if isinstance(body, list) else [body]
    if not 1 <= len(items) <= MAX_ARTICLES:
        raise HTTPException(status_code=422, detail=f"send 1 to {MAX_ARTICLES} articles")
    added = add_articles(graph, [a.model_dump(exclude_none=True) for a in items])
    if not added.items:
        raise HTTPException(status_code=422, detail=[
            {"loc": ["body", f.source], "msg": f.reason, "type": "value_error"}
            for f in added.failed
        ])
    return added
