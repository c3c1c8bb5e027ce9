"""The review without Qt: rows and decisions (``rows``), the decision gate (``gate``), the state the wizard
displays and the CLI fills (``state``), a decisions file through the same gate (``headless``) and the
counts every page and report reads (``tally``)."""
