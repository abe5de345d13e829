"""Services own transactions and rules; they never touch ``request``, ``session`` or ``flash``."""
