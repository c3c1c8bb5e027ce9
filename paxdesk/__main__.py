from paxdesk.cli import main

raise SystemExit(main())
