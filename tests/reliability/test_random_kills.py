"""kill -9 during `paxdesk convert` (and during its resume) at seeded random moments; every promise holds."""

from tests.reliability.kill_trials import run_trials

TRIALS = 20


def test_random_kills_and_kills_during_resume(tmp_path):
    figures = run_trials(TRIALS, tmp_path)
    print(f"\n{figures}")
    assert figures.problems == []
    assert figures.trials == TRIALS
    assert figures.killed_in_apply >= TRIALS // 2, f"only {figures.killed_in_apply} kills landed in the apply phase"
    assert figures.resumes_killed >= 6
