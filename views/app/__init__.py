"""What puts the features together: the main window, and the login that opens the database."""
