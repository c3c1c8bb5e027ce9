"""Pure domain logic: the matching policy (CONTRACT §4.2) and conversion plans. No I/O, no Qt."""
