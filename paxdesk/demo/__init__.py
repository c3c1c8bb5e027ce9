"""``paxdesk demo``'s data: a demo CRM and legacy files built from the sandbox's scenario.

Beside the services, not in them: the services never import the sandbox (an import-linter
contract); only the demo, the self-test, the CLI's ``sandbox`` command and the tests do.
"""
