"""Fail-closed read-only check for user-supplied Cypher.

Neither engine enforces read mode (a write sent with ``routing_=READ`` commits), and the
embedded engine's EXPLAIN reports every statement as a write, so the application decides.
It does so from a parse tree of the openCypher grammar (``antlr4-cypher``), never by
searching the text: a keyword inside a string literal, a comment or a property name is
not a clause. Whatever the grammar cannot parse is refused.

Parameters are data only. Their values travel separately over Bolt and can never change
the query text, so only the text is checked; callers must pass user values as parameters
and must never format them into the query string.
"""

from __future__ import annotations

import re
import threading
import unicodedata

from antlr4 import CommonTokenStream, InputStream, Token
from antlr4.error.ErrorListener import ErrorListener
from antlr4.tree.Tree import TerminalNode
from antlr4_cypher import CypherLexer, CypherParser

__all__ = [
    "ALLOWED_PROCEDURES",
    "MAX_NESTING",
    "MAX_QUERY_LENGTH",
    "CypherRejected",
    "check_read_only",
]

ALLOWED_PROCEDURES: frozenset[str] = frozenset(
    {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization"}
)

# Built-in functions are either un-namespaced (count, toLower, ...) or live in these
# namespaces. Every other namespace belongs to a plugin (apoc.*, gds.*, ...), and some
# plugin functions run arbitrary Cypher (apoc.cypher.*) or read files and URLs.
BUILTIN_FUNCTION_NAMESPACES: frozenset[str] = frozenset(
    {"date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector"}
)

MAX_QUERY_LENGTH = 10_000
# The generated parser recurses about fifteen Python frames per bracket level.
MAX_NESTING = 32

_UPDATING_RULES: dict[type, str] = {
    CypherParser.CreateStContext: "CREATE",
    CypherParser.MergeStContext: "MERGE",
    CypherParser.MergeActionContext: "MERGE",
    CypherParser.SetStContext: "SET",
    CypherParser.DeleteStContext: "DELETE",
    CypherParser.RemoveStContext: "REMOVE",
}
_UPDATING_TYPES = (CypherParser.UpdatingStatementContext, *_UPDATING_RULES)

# Tokens that may appear only as a name (property key, label, map key) in a read query.
_WRITE_KEYWORDS = frozenset(
    {
        CypherLexer.CREATE,
        CypherLexer.MERGE,
        CypherLexer.SET,
        CypherLexer.DELETE,
        CypherLexer.DETACH,
        CypherLexer.REMOVE,
        CypherLexer.DROP,
        CypherLexer.CONSTRAINT,
    }
)

_STRING_TOKENS = frozenset({CypherLexer.STRING_LITERAL, CypherLexer.CHAR_LITERAL})
_OPENING = frozenset({CypherLexer.LPAREN, CypherLexer.LBRACK, CypherLexer.LBRACE})
_CLOSING = frozenset({CypherLexer.RPAREN, CypherLexer.RBRACK, CypherLexer.RBRACE})

# The grammar requires a whitespace token inside OPTIONAL MATCH and DETACH DELETE and fails
# on one in some other places (before UNION, for one), so whitespace is hidden elsewhere.
_SPACED_PAIRS = frozenset(
    {(CypherLexer.OPTIONAL, CypherLexer.MATCH), (CypherLexer.DETACH, CypherLexer.DELETE)}
)

_PLAIN_WHITESPACE = frozenset(" \t\n\r")
# Neo4j expands \uXXXX escapes anywhere in a query, keywords included (M\u0041TCH).
_UNICODE_ESCAPE = re.compile(r"\\[uU]")
_PRINTABLE_NAME = re.compile(r"[^A-Za-z0-9_.]")

# The generated parser shares its prediction caches between instances without locking.
_PARSE_LOCK = threading.Lock()


class CypherRejected(ValueError):
    """The query is not provably read-only. The message says why without quoting the query."""


def check_read_only(query: str) -> None:
    """Return if ``query`` is a single read-only Cypher statement, else raise CypherRejected.

    Accepted: MATCH / OPTIONAL MATCH / WHERE / WITH / UNWIND / RETURN / ORDER BY / SKIP /
    LIMIT / UNION, expressions, comprehensions, EXISTS { pattern }, built-in functions,
    parameters, and CALL of the procedures in ALLOWED_PROCEDURES.

    The query is checked both as given and in NFKC form, so look-alike characters cannot
    turn into keywords on the way to the server. Parameters (``$name``) are placeholders
    for values sent separately; a parameter value can never change the query.
    """
    if not isinstance(query, str):
        raise CypherRejected("the query must be a string")
    if len(query) > MAX_QUERY_LENGTH:
        raise CypherRejected(f"the query is longer than {MAX_QUERY_LENGTH} characters")
    normalised = unicodedata.normalize("NFKC", query)
    if len(normalised) > MAX_QUERY_LENGTH:
        raise CypherRejected(f"the query is longer than {MAX_QUERY_LENGTH} characters")
    for text in dict.fromkeys((normalised, query)):
        _check_characters(text)
        with _PARSE_LOCK:
            tree = _parse(text)
        _check_tree(tree)


def _check_characters(text: str) -> None:
    if not text.strip():
        raise CypherRejected("the query is empty")
    for char in text:
        if char in _PLAIN_WHITESPACE:
            continue
        category = unicodedata.category(char)
        if category[0] == "C" or category in ("Zl", "Zp"):
            raise CypherRejected(
                f"the query contains a control or invisible character (U+{ord(char):04X})"
            )
    if _UNICODE_ESCAPE.search(text):
        raise CypherRejected(
            "unicode escapes (\\u...) are not accepted; write the character or use a parameter"
        )


class _RaisingListener(ErrorListener):
    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802
        raise CypherRejected(
            f"the query cannot be parsed as a single read query (line {line}, column {column + 1})"
        )


class _Lexer(CypherLexer):
    """The project's lexer view: whitespace hidden, and ``=~`` read as a comparison.

    The grammar has no regular-expression operator; ``=~`` is a predicate like ``=``, so a
    ``~`` right after ``=`` is dropped instead of failing the parse.
    """

    def __init__(self, text: str) -> None:
        super().__init__(InputStream(text))
        self._text_value = text
        self._previous: Token | None = None
        self._space: Token | None = None
        self.dropped: list[int] = []

    def emitToken(self, token: Token) -> None:  # noqa: N802
        if token.type == CypherLexer.SP:
            token.channel = Token.HIDDEN_CHANNEL
            self._space = token
        else:
            pair = (getattr(self._previous, "type", None), token.type)
            if pair in _SPACED_PAIRS and self._space is not None:
                self._space.channel = Token.DEFAULT_CHANNEL
            self._previous = token
            self._space = None
        super().emitToken(token)

    def notifyListeners(self, e) -> None:  # noqa: N802
        start = self._tokenStartCharIndex
        previous = self._previous
        if (
            self._text_value[start : start + 1] == "~"
            and previous is not None
            and previous.type == CypherLexer.ASSIGN
            and previous.stop == start - 1
        ):
            self.dropped.append(start)
            return
        super().notifyListeners(e)


def _parse(text: str) -> CypherParser.ScriptContext:
    lexer = _Lexer(text)
    lexer.removeErrorListeners()
    lexer.addErrorListener(_RaisingListener())
    stream = CommonTokenStream(lexer)
    parser = CypherParser(stream)
    parser.removeErrorListeners()
    parser.addErrorListener(_RaisingListener())
    try:
        stream.fill()
        _check_tokens(text, stream.tokens, lexer.dropped)
        tree = parser.script()
    except RecursionError:
        raise CypherRejected("the query is nested too deeply") from None
    except CypherRejected as rejected:
        # Raised inside ANTLR's error handling: keep its exception, which holds the parser
        # and the whole input, out of the chain.
        raise rejected from None
    if parser.getNumberOfSyntaxErrors():
        raise CypherRejected("the query cannot be parsed as a single read query")
    return tree


def _check_tokens(text: str, tokens: list[Token], dropped: list[int]) -> None:
    """Every character belongs to a token, only string literals hold non-ASCII text, and
    brackets nest no deeper than MAX_NESTING."""
    covered = len(dropped)
    depth = 0
    for token in tokens:
        if token.type == Token.EOF:
            continue
        covered += token.stop - token.start + 1
        depth += (token.type in _OPENING) - (token.type in _CLOSING)
        if depth > MAX_NESTING:
            raise CypherRejected(f"the query nests brackets deeper than {MAX_NESTING} levels")
        if token.type not in _STRING_TOKENS and not token.text.isascii():
            raise CypherRejected(
                "non-ASCII characters are accepted only inside string literals"
            )
    if covered != len(text):
        raise CypherRejected("the query cannot be tokenised")


def _check_tree(node) -> None:
    # Iterative, so a deeply nested but parseable query cannot exhaust the Python stack.
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, TerminalNode):
            _check_terminal(node)
            continue
        if isinstance(node, _UPDATING_TYPES):
            raise CypherRejected(f"{_clause_name(node)} is not allowed in a read-only query")
        if isinstance(node, (CypherParser.StandaloneCallContext, CypherParser.QueryCallStContext)):
            _check_procedure(_invocation_name(node.invocationName()))
        elif isinstance(node, CypherParser.FunctionInvocationContext):
            _check_function(_invocation_name(node.invocationName()))
        stack.extend(node.getChildren())


def _clause_name(node) -> str:
    if isinstance(node, CypherParser.UpdatingStatementContext):
        node = node.getChild(0)
    if isinstance(node, CypherParser.DeleteStContext) and node.DETACH() is not None:
        return "DETACH DELETE"
    return _UPDATING_RULES.get(type(node), "an updating clause")


def _check_terminal(node: TerminalNode) -> None:
    token_type = node.getSymbol().type
    parent = node.parentCtx
    if token_type in _WRITE_KEYWORDS and not isinstance(parent, CypherParser.ReservedWordContext):
        raise CypherRejected(f"{node.getText().upper()} is not allowed in a read-only query")
    if token_type == CypherLexer.CALL and not isinstance(
        parent, (CypherParser.StandaloneCallContext, CypherParser.QueryCallStContext)
    ):
        raise CypherRejected("CALL is allowed only for the listed procedures")


def _invocation_name(ctx: CypherParser.InvocationNameContext) -> str:
    parts = []
    for symbol in ctx.symbol():
        part = symbol.getText()
        if part.startswith("`") and part.endswith("`") and len(part) >= 2:
            part = part[1:-1]
        parts.append(part)
    return ".".join(parts).lower()


def _shown(name: str) -> str:
    return _PRINTABLE_NAME.sub("", name)[:80]


def _check_procedure(name: str) -> None:
    if name not in ALLOWED_PROCEDURES:
        allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
        raise CypherRejected(
            f"procedure '{_shown(name)}' is not allowed; allowed procedures: {allowed}"
        )


def _check_function(name: str) -> None:
    namespace, dot, _ = name.partition(".")
    if dot and namespace not in BUILTIN_FUNCTION_NAMESPACES:
        raise CypherRejected(
            f"function '{_shown(name)}' is not allowed; only built-in functions may be called"
        )
