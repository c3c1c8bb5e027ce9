"""The conversion's use cases, each one job a newcomer can name in a sentence (issue 31).

``context.SessionContext`` holds what they share (the CRM, the MidOffice and its
address, the token store, the lock, the settings), built once by ``paxdesk.bootstrap``;
``conversion_session.ConversionSession`` puts them together for the wizard and the CLI.
"""
