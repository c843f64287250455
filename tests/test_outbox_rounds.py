"""Back-off with jitter between outbox rounds (issue 13)."""

from __future__ import annotations

import pytest

from selfcheck.core.outbox import next_round


def test_rounds_go_every_fifteen_seconds_while_the_service_answers():
    assert next_round(0) == 15.0


@pytest.mark.parametrize("failed", [1, 2, 3, 4, 5, 8, 50, 200])
@pytest.mark.parametrize("r", [0.0, 0.3, 0.5, 0.999999])
def test_after_failed_rounds_the_wait_grows_is_capped_and_jittered(failed, r):
    wait = next_round(failed, rng=lambda: r)
    full = min(300.0, 15.0 * 2 ** failed)
    assert full / 2 <= wait <= full <= 300.0


def test_two_apps_failing_together_do_not_knock_at_the_same_moment():
    waits = {next_round(3) for _ in range(50)}
    assert len(waits) > 40
    assert next_round(1, rng=lambda: 0.999) < next_round(2, rng=lambda: 0.999) < next_round(3, rng=lambda: 0.999)
