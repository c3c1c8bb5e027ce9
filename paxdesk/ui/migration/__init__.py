"""The migration wizard (legacy data into myJack, CONTRACT §6): a second wizard opened from the welcome page."""
