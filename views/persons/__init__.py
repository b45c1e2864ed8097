"""The Dashboard and Persons sections: the registry table with its filters and search, the
person editor with its record tabs, and the dialogs around it (duplicates, conflicts, merge)."""
