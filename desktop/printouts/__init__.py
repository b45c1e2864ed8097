"""Report DTOs read from the database, one module per feature; reports/ draws them."""
