""""In MidOffice nachtragen" (CONTRACT §4.3): the values a conversion drops, for the agency to enter there.

Converting a copy keeps only its MidOffice number; a field the copy has and the live record lacks
(``crm_only``, a birth date, a phone number) is gone from the CRM afterwards. The conversion guides of
myJack and Midoco advise checking such data and updating it in the MidOffice, so paxdesk lists each
value with the customer and the MidOffice number it belongs to — read from the CRM before the apply,
while the copies still hold them. The list holds personal data: it is written owner-only and offered
for deletion once the agency has worked through it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


from paxdesk.crm.db import Engine
from paxdesk.crm import repository as repo
from paxdesk.domain.plan import Action
from paxdesk.services.conversion import PlannedItem


@dataclass(frozen=True)
class DroppedValue:
    customer_id: str
    number: str        # the MidOffice customer it goes to (a re-link's target)
    name: str          # the customer's name in the CRM copy
    field: str         # a §2 personal field name
    value: str


def dropped_values(engine: Engine, plan: Iterable[PlannedItem]) -> list[DroppedValue]:
    """Every ``crm_only`` value of the customers the plan converts, with its value as the CRM holds it now
    (call before the apply); by MidOffice number, then in the §2 field order."""
    converting = [p for p in plan if p.action == Action.CONVERT and p.item.crm_only]
    values = repo.personal_values(engine, [p.item.customer_id for p in converting])
    found = []
    for planned in sorted(converting, key=lambda p: (p.number or "", p.item.customer_id)):
        held = values.get(planned.item.customer_id, {})
        name = " ".join(v for v in (held.get("first_name"), held.get("last_name")) if v)
        found.extend(DroppedValue(planned.item.customer_id, planned.number or "", name, field, held[field])
                     for field in planned.item.crm_only if held.get(field))
    return found
