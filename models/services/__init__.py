"""Services: the only way to write. Each takes a session (one unit of work), checks the
actor's role, validates, writes (the change log follows by itself) and returns DTOs."""
