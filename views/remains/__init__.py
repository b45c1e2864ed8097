"""The Remains section: batches and cases, imports, the case editor (a shell, and a widget per
tab in case_tabs), the AM/PM comparison, the identification board, the dental chart and marks
editor, and the ante-mortem tab the person editor shows."""
