"""The simulated MidOffice (myJack v2 and Midoco v2 over one fixture) and the demo data."""
