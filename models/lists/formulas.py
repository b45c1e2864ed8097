"""The value a spreadsheet would show for a formula whose result the file does not store.

Programs that write XLSX without a calculation engine (openpyxl, many exporters) store
formulas without their results; Excel and LibreOffice compute them when the file is opened, so
a clerk sees ``Тимошенко`` where ``=HYPERLINK("…","Тимошенко")`` is stored. The formulas lists
really use are computed here: text and number literals, references to cells of the same row,
``&``, ``+ - * /``, ``HYPERLINK``, ``CONCATENATE``/``CONCAT``, ``TRIM``, ``UPPER``, ``LOWER``,
``PROPER``, ``DATE``, ``ROW``. Anything else gives None: the cell stays empty and the reading
says so; no formula is ever run in a wider sense (no references across rows or sheets, no
functions with effects).

Tokens come from openpyxl's formula tokenizer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError

Value = str | float | dt.date
_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


class _Unsupported(Exception):
    pass


def _column(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def evaluate(formula: str, row: int, cell: Callable[[int], str]) -> Value | None:
    """The value of ``formula`` in spreadsheet row ``row``; ``cell(column)`` gives the text of
    a cell of that row (0-based column). None when the formula is not one computed here."""
    try:
        tokens = [t for t in Tokenizer(formula).items if t.type != Token.WSPACE]
        value, rest = _expression(tokens, row, cell)
    except (_Unsupported, TokenizerError, ValueError, ZeroDivisionError, IndexError, OverflowError):
        return None
    return value if not rest else None


def _expression(tokens: list[Token], row: int, cell: Callable[[int], str]) -> tuple[Value, list[Token]]:
    value, tokens = _operand(tokens, row, cell)
    while tokens and tokens[0].type == Token.OP_IN:
        operator = tokens[0].value
        right, tokens = _operand(tokens[1:], row, cell)
        value = _apply(operator, value, right)
    return value, tokens


def _apply(operator: str, left: Value, right: Value) -> Value:
    if operator == "&":
        return _text(left) + _text(right)
    a, b = _number(left), _number(right)
    if operator == "+":
        return a + b
    if operator == "-":
        return a - b
    if operator == "*":
        return a * b
    if operator == "/":
        return a / b
    raise _Unsupported(operator)


def _text(value: Value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _number(value: Value) -> float:
    if isinstance(value, dt.date):
        raise _Unsupported("date arithmetic")
    return float(value) if isinstance(value, str) else value


def _operand(tokens: list[Token], row: int, cell: Callable[[int], str]) -> tuple[Value, list[Token]]:
    token = tokens[0]
    if token.type == Token.OP_PRE and token.value == "-":
        value, rest = _operand(tokens[1:], row, cell)
        return -_number(value), rest
    if token.type == Token.OPERAND:
        if token.subtype == Token.TEXT:
            return token.value[1:-1].replace('""', '"'), tokens[1:]
        if token.subtype == Token.NUMBER:
            return float(token.value), tokens[1:]
        if token.subtype == Token.RANGE and (match := _CELL.match(token.value.upper())):
            if int(match.group(2)) != row:
                raise _Unsupported("a reference to another row")
            return cell(_column(match.group(1))), tokens[1:]
        raise _Unsupported(token.value)
    if token.type == Token.PAREN and token.subtype == Token.OPEN:
        value, rest = _expression(tokens[1:], row, cell)
        return value, rest[1:]
    if token.type == Token.FUNC and token.subtype == Token.OPEN:
        name = token.value[:-1].upper().removeprefix("_XLFN.")
        arguments: list[Value] = []
        rest = tokens[1:]
        while rest and not (rest[0].type == Token.FUNC and rest[0].subtype == Token.CLOSE):
            value, rest = _expression(rest, row, cell)
            arguments.append(value)
            if rest and rest[0].type == Token.SEP:
                rest = rest[1:]
        return _call(name, arguments, row), rest[1:]
    raise _Unsupported(token.value)


def _call(name: str, arguments: list[Value], row: int) -> Value:
    if name == "HYPERLINK":
        return arguments[1] if len(arguments) > 1 else arguments[0]
    if name in ("CONCATENATE", "CONCAT"):
        return "".join(_text(a) for a in arguments)
    if name == "TRIM":
        return " ".join(_text(arguments[0]).split())
    if name == "UPPER":
        return _text(arguments[0]).upper()
    if name == "LOWER":
        return _text(arguments[0]).lower()
    if name == "PROPER":
        return _text(arguments[0]).title()
    if name == "DATE":
        year, month, day = (int(_number(a)) for a in arguments)
        return dt.date(year, month, day)
    if name == "ROW" and not arguments:
        return float(row)
    raise _Unsupported(name)
