"""The layering DESIGN.md promises, checked beyond import-linter's contracts: views, reports
and the command line take from models only DTO modules and the core's value types, so they
reach the database by no import path; the command line starts without the heavy stack."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import typing
from pathlib import Path

import grimp
import pytest

# What views, reports and the CLI may import from models: plain data, no SQL behind it (and
# models.lists.evidence_uk, the check's evidence in Ukrainian, and models.lists.columns: pure words).
ALLOWED = re.compile(
    r"^models\.([a-z_]+\.dto|core\.(dto|enums|errors|i18n|numbers|partial_date|report_kinds)|lists\.(evidence_uk|columns))$"
)


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


# -- views: one folder per feature, files a reader can hold, ports named one way ---------------

VIEWS = Path(__file__).resolve().parent.parent / "views"
MAX_VIEW_LINES = 500


def test_no_view_module_is_over_500_lines() -> None:
    long = sorted(
        f"{path.relative_to(VIEWS.parent)}: {lines}"
        for path in VIEWS.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_VIEW_LINES
    )
    assert not long, f"split these (at most {MAX_VIEW_LINES} lines):\n" + "\n".join(long)


def _protocols() -> list[tuple[Path, str]]:
    """(module, class) of every typing.Protocol the views declare, read from their source."""
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                (isinstance(b, ast.Name) and b.id == "Protocol")
                or (isinstance(b, ast.Attribute) and b.attr == "Protocol")
                for b in node.bases
            ):
                found.append((path, node.name))
    return found


def test_ports_are_named_one_way_and_live_in_their_features_ports_module() -> None:
    """What views ask of the application is a <Something>Port in its feature's ports.py; the
    only other protocols are what a tab asks of the editor it sits in, a <Something>Context."""
    protocols = _protocols()
    assert len(protocols) > 10
    misplaced = sorted(
        f"{path.relative_to(VIEWS.parent)}: {name}"
        for path, name in protocols
        if not (name.endswith("Port") and path.name == "ports.py") and not name.endswith("Context")
    )
    assert not misplaced, "name it <Something>Port and move it to the feature's ports.py:\n" + "\n".join(misplaced)


# Which facade answers which port: desktop/app.py hands these facades to the views.
PORT_FACADES = {
    "views.common.ports": {
        "AttachmentsPort": ("PersonFacade", "RemainsFacade"),
        "ThreadsPort": ("PersonFacade", "RemainsFacade"),
        "HistoryPort": ("PersonFacade",),
    },
    "views.persons.ports": {
        "PersonPagesPort": ("RegistryFacade",),
        "RegistryPort": ("RegistryFacade",),
        "DashboardPort": ("RegistryFacade",),
        "PersonEditorPort": ("PersonFacade",),
        "PersonRecordsPort": ("PersonFacade",),
        "PeoplePort": ("PersonFacade",),
    },
    "views.lists.ports": {
        "ReviewPort": ("ListsFacade",),
        "ListsPort": ("ListsFacade",),
        "ExchangeDayPort": ("ListsFacade",),
    },
    "views.correspondence.ports": {"CorrespondencePort": ("CorrespondenceFacade",)},
    "views.remains.ports": {
        "ProposalsPort": ("RemainsFacade",),
        "BoardPort": ("RemainsFacade",),
        "CasePort": ("RemainsFacade",),
        "RemainsPort": ("RemainsFacade",),
        "AnteMortemPort": ("RemainsFacade",),
        "MarksPort": ("RemainsFacade",),
    },
    "views.office.ports": {
        "OfficeSettingsPort": ("OfficeFacade",),
        "UsersPort": ("OfficeFacade",),
        "ChangeLogPort": ("OfficeFacade",),
        "OfficesPort": ("OfficesFacade",),
        "BundlesPort": ("BundlesFacade",),
        "BackupPort": ("OfficeFacade",),
    },
    "views.app.ports": {
        "RegistrySectionsPort": ("RegistryFacade",),
        "RemainsSectionPort": ("RemainsFacade",),
        "TableExportPort": ("RegistryFacade",),
    },
}


def _members(port: type) -> set[str]:
    return {
        name
        for klass in port.__mro__
        if getattr(klass, "_is_protocol", False) and klass.__module__.startswith("views.")
        for name in vars(klass)
        if not name.startswith("_")
    }


def _signature(owner: type, name: str) -> tuple[object, ...]:
    """A method's parameters (kind, default, type; the name unless the port's generic record_id)
    and its return type, the types resolved; a property's type."""
    attribute = inspect.getattr_static(owner, name)
    function = attribute.fget if isinstance(attribute, property) else attribute
    function = function.__func__ if isinstance(function, staticmethod | classmethod) else function
    hints = typing.get_type_hints(function)
    parameters = tuple(
        (
            p.kind,
            "_id" if p.name.endswith("_id") else p.name,
            p.default,
            hints.get(p.name),
        )
        for p in inspect.signature(function).parameters.values()
        if p.name != "self"
    )
    return isinstance(attribute, property), parameters, hints.get("return")


def test_every_port_method_is_the_facades_own() -> None:
    """Ports name what the views call with the facades' own signatures (desktop/facades are
    the source of truth): a port that drifts from its facade fails here, not at run time."""
    import importlib
    import pkgutil

    import views
    from desktop.facades import bundles, correspondence, lists, office, persons, remains, reports

    facades = {  # the facade classes by name (desktop.facades loads each only when asked for)
        name: value
        for module in (bundles, correspondence, lists, office, persons, remains, reports)
        for name, value in vars(module).items()
        if name.endswith("Facade")
    }

    ports_modules = {
        info.name for info in pkgutil.walk_packages(views.__path__, "views.") if info.name.endswith(".ports")
    }
    assert ports_modules == set(PORT_FACADES), "list every ports module's ports here"
    drifted = []
    for module_name, ports in PORT_FACADES.items():
        module = importlib.import_module(module_name)
        declared = {
            name for name, value in vars(module).items() if name.endswith("Port") and value.__module__ == module_name
        }
        assert declared == set(ports), f"{module_name}: list its ports here"
        for port_name, facade_names in ports.items():
            port = getattr(module, port_name)
            for facade_name in facade_names:
                facade = facades[facade_name]
                for member in sorted(_members(port)):
                    if not hasattr(facade, member):
                        drifted.append(f"{facade_name} has no {member} ({port_name})")
                    elif _signature(port, member) != _signature(facade, member):
                        drifted.append(f"{port_name}.{member} is not {facade_name}.{member}")
    assert not drifted, "\n".join(drifted)


def test_view_features_stand_on_common_alone(graph: grimp.ImportGraph) -> None:
    """views/app puts the features together; a feature (persons, lists, correspondence, remains,
    office) builds on views/common only, never on another feature; common builds on none."""
    features = {"persons", "lists", "correspondence", "remains", "office"}

    def part(module: str) -> str:
        return module.split(".")[1] if module.count(".") >= 1 else ""

    offenders = sorted(
        f"{module} -> {imported}"
        for module in graph.modules
        if part(module) in features | {"common"}
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith("views.") and part(imported) not in {part(module), "common"}
    )
    assert not offenders, "\n".join(offenders)
