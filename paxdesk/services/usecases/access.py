"""Set up access: which MidOffice, at which address, with which token — and the credential check (CONTRACT §4.1)."""

from __future__ import annotations


from paxdesk.crm import repository as repo
from paxdesk.crm.uow import UnitOfWork
from paxdesk.midoffice.address import api_below_root, checked_base_url
from paxdesk.services.credential_check import CHECK_POLICY, CheckReport, Outcome, run_credential_check
from paxdesk.services.usecases.context import SessionContext


class Access:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx

    def token(self) -> str:
        return self.ctx.tokens.token(self.ctx.midoffice)

    def has_token(self) -> bool:
        """A kept token exists (one that passed a credential check, or was given); a pending one does not count."""
        return self.ctx.tokens.has_kept(self.ctx.midoffice)

    @property
    def token_rejected(self) -> bool:
        """The token entered last was checked and not accepted (it was not kept)."""
        return self.ctx.tokens.pending is not None and self.ctx.check is not None and not self.ctx.check.passed

    @property
    def token_kept(self) -> str | None:
        """Where the token accepted by the last check went: "keyring", "memory", or None (none was new)."""
        return self.ctx.tokens.kept_in

    def address_to_confirm(self, midoffice: str, base_url: str) -> tuple[str, str] | None:
        """(new address, the token's address) when the wizard must ask before the saved token goes there."""
        return self.ctx.tokens.address_to_confirm(midoffice, base_url)

    def configure(self, midoffice: str, base_url: str, token: str | None, *, confirmed_address: bool = False) -> str:
        """Store the MidOffice and base URL in the CRM; a new token waits for the credential check.

        An address read from the CRM that the saved token was not saved for needs ``confirmed_address``
        (the wizard asks the agent first). Returns "pending" or "unchanged".
        """
        ctx = self.ctx
        base_url = base_url.strip()
        checked_base_url(base_url)
        ctx.tokens.agree_to(midoffice, base_url, confirmed_address)
        ctx.midoffice, ctx.base_url = midoffice, base_url
        ctx.check = None
        with UnitOfWork(ctx.engine) as uow:
            repo.remember_midoffice(uow.session.connection(), midoffice, ctx.base_url)
            uow.commit()
        return ctx.tokens.enter(midoffice, base_url, token)

    def check(self) -> CheckReport:
        """The five checks of CONTRACT §4.1; a bare sandbox root falls back to ``ROOT/<midoffice>/v2``."""
        ctx = self.ctx
        report = self._check_at(ctx.base_url)
        fallback = api_below_root(ctx.base_url, ctx.midoffice)
        if fallback and _failed(report, "reachable"):
            second = self._check_at(fallback)
            if second.passed:
                report, ctx.base_url = second, fallback
        ctx.check = report
        ctx.tokens.checked(report.passed, ctx.midoffice, ctx.base_url)
        return report

    def _check_at(self, base_url: str) -> CheckReport:
        ctx = self.ctx
        ctx.tokens.guard(ctx.midoffice, base_url)
        return run_credential_check(self.token, lambda token: ctx.adapter_factory(
            ctx.midoffice, base_url, token, concurrency=1, policy=CHECK_POLICY), ctx.agency_name)


def _failed(report: CheckReport, key: str) -> bool:
    return any(r.key == key and r.outcome == Outcome.FAILED for r in report.results)
