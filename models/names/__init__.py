"""The name engine: normalising, spelling and splitting personal names in every script."""
