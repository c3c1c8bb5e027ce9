"""The CRM store: schema, unit of work, exchange files, backup, lock and sessions."""
