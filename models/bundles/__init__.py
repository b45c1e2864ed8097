"""Office bundles (BUNDLES.md): offices, their keys and cards, and the signed, encrypted files
that carry change events between offices that share no network. Qt-free."""
