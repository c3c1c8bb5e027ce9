"""Use cases: credential check, matching run, conversion, GDPR follow-up, reports. No Qt here."""
