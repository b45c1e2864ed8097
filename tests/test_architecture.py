"""The layering DESIGN.md promises, checked beyond import-linter's contracts: views, reports
and the command line take from models only DTO modules and the core's value types, so they
reach the database by no import path; the command line starts without the heavy stack."""

from __future__ import annotations

import re
import subprocess
import sys

import grimp
import pytest

# What views, reports and the CLI may import from models: plain data, no SQL behind it.
ALLOWED = re.compile(r"^models\.([a-z_]+\.dto|core\.(dto|enums|errors|partial_date|report_kinds))$")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("models", "views", "reports", "desktop")


@pytest.mark.parametrize("layer", ["views", "reports", "desktop.cli"])
def test_a_layer_above_models_imports_only_dto_modules(graph: grimp.ImportGraph, layer: str) -> None:
    offenders = sorted(
        f"{module} -> {imported}"
        for module in graph.modules
        if module == layer or module.startswith(layer + ".")
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith("models.") and not ALLOWED.match(imported)
    )
    assert not offenders, "go through a facade and its DTOs instead:\n" + "\n".join(offenders)


def test_dto_modules_reach_no_database_code(graph: grimp.ImportGraph) -> None:
    dtos = sorted(m for m in graph.modules if ALLOWED.match(m))
    assert "models.persons.dto" in dtos
    for dto in dtos:
        reached = graph.find_upstream_modules(dto)
        assert not {m for m in reached if m.split(".")[0] in ("sqlalchemy", "alembic", "sqlcipher3")}, dto


def test_help_loads_no_database_qt_or_pdf_code() -> None:
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6', 'reportlab', 'alembic'})\n"
        "print('heavy:' + ','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "heavy:", "--help imported " + result.stdout.splitlines()[-1]
