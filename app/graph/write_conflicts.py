"""Which failed transactions collided with another writer, and succeed when run again."""

from __future__ import annotations

from neo4j.exceptions import Neo4jError, TransientError

# Besides TransientError, conflicts the embedded engine reports as client errors: the same new
# unique key merged by two transactions (at commit), a record deleted by a transaction that
# committed first (a reader can meet that too).
CONFLICT_CODES = frozenset({
    "Neo.ClientError.Schema.ConstraintValidationFailed",
    "Neo.ClientError.Statement.EntityNotFound",
})


def is_conflict(error: BaseException | None) -> bool:
    """True if `error`, or what caused it (a failed result wraps the engine's error), is a
    conflict with a concurrent transaction."""
    while error is not None:
        if isinstance(error, TransientError):
            return True
        if isinstance(error, Neo4jError) and error.code in CONFLICT_CODES:
            return True
        error = error.__cause__
    return False
