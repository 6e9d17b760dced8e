"""Who may do what: the one table of roles and permissions. Routes ask for permissions, never roles.

Me.permissions carries a user's list to the console, which uses it only to hide what would be refused;
the server enforces it here.
"""

from __future__ import annotations

from typing import Final

from annyeong.console.wire import Role

CALL_CREATE: Final = "call.create"  # a bridge posts an incoming call
CALL_ANSWER: Final = "call.answer"  # be offered calls; accept / decline
CALL_END: Final = "call.end"
CALL_VIEW_ANY: Final = "call.view.any"
CONTACT_VIEW_OWN: Final = "contact.view.own"
CONTACT_VIEW_ANY: Final = "contact.view.any"
CONTACT_WRITE_OWN: Final = "contact.write.own"
CONTACT_WRITE_ANY: Final = "contact.write.any"
CALLER_LOOKUP: Final = "caller.lookup"
CALLER_NUMBER_VIEW: Final = "caller.number.view"  # see number_e164 unmasked
PRESENCE_SET_SELF: Final = "presence.set.self"
PRESENCE_VIEW_ALL: Final = "presence.view.all"
EVENTS_READ: Final = "events.read"
CASE_VIEW: Final = "case.view"  # cases the person owns, had a contact in, or is on a call with now
CASE_VIEW_ANY: Final = "case.view.any"
CASE_WRITE: Final = "case.write"  # open a case, flag it; change owner/status of their own
CASE_WRITE_ANY: Final = "case.write.any"
CALLER_UNMASK: Final = "caller.unmask"  # audited; counselors only on their own ringing/open contact
SEARCH: Final = "search"  # own contacts; all with contact.view.any
CHAT_CREATE: Final = "chat.create"  # the chatbot hands a chat over to a counselor
# Emergency dispatch. Counselors press the button and record what they see on their own
# dispatches; the dispatch liaison (a machine role, X-API-Key) relays to 112/119 and reports back.
DISPATCH_REQUEST: Final = "dispatch.request"
DISPATCH_VIEW: Final = "dispatch.view"  # own (requested or joined); all with dispatch.view.any
DISPATCH_VIEW_ANY: Final = "dispatch.view.any"
DISPATCH_RECORD: Final = "dispatch.record"  # counselor steps on own dispatches
DISPATCH_RECORD_ANY: Final = "dispatch.record.any"  # the same steps on anyone's (shift lead)
DISPATCH_LIAISE: Final = "dispatch.liaise"  # acknowledge with the incident number, en route, outcome
# Ask the colleagues on the floor to phone 112 for one (the counselor cannot hang up), and take such a
# request ("제가 신고합니다"). Reading one shows the full numbers: the emergency is the lawful basis.
DISPATCH_RELAY: Final = "dispatch.relay"
# Handoffs and the shift lead's board.
HANDOFF_CREATE: Final = "handoff.create"  # from one's own contact or case; any with contact/case.write.any
HANDOFF_RECEIVE: Final = "handoff.receive"  # accept/reject what is addressed to one, or to the next shift
HANDOFF_MANAGE: Final = "handoff.manage"  # see all; accept/reject/assign any (a partner's answer too)
HANDOFF_PARTNER: Final = "handoff.partner"  # a partner centre answers handoffs addressed to it
BOARD_VIEW: Final = "board.view"  # the board and the shift report
CONTACT_TAKE_OVER: Final = "contact.take_over"
ESCALATION_ACK: Final = "escalation.acknowledge"
MESSAGE_SEND: Final = "message.send"
# Referrals to partner services and follow-ups.
REFERRAL_CREATE: Final = "referral.create"
REFERRAL_VIEW: Final = "referral.view"  # own, and those of cases one may see; all with referral.view.any
REFERRAL_VIEW_ANY: Final = "referral.view.any"
REFERRAL_RECORD_ANY: Final = "referral.record.any"  # record a partner's answer given by phone (shift lead)
REFERRAL_PARTNER: Final = "referral.partner"  # see and move referrals to one's own organisation only
FOLLOW_UP_VIEW: Final = "follow_up.view"  # one's own and the pool's; all with follow_up.manage
FOLLOW_UP_WRITE: Final = "follow_up.write"  # create; complete/reschedule/hand over own, pool, own cases'
FOLLOW_UP_MANAGE: Final = "follow_up.manage"
# The colleague directory (ids, display names, role, presence) to name a receiver.
USER_DIRECTORY: Final = "user.directory"
# Administration of accounts and of the audit log.
USER_UNLOCK: Final = "user.unlock"  # lift a lockout after failed sign-ins (audited)
AUDIT_VIEW: Final = "audit.view"  # page through the access log
AUDIT_EXPORT: Final = "audit.export"  # download it as CSV, with a recorded reason

_COUNSELOR: Final = frozenset(
    {
        CALL_ANSWER,
        CALL_END,
        CONTACT_VIEW_OWN,
        CONTACT_WRITE_OWN,
        CALLER_LOOKUP,
        PRESENCE_SET_SELF,
        EVENTS_READ,
        CASE_VIEW,
        CASE_WRITE,
        CALLER_UNMASK,
        SEARCH,
        DISPATCH_REQUEST,
        DISPATCH_VIEW,
        DISPATCH_RECORD,
        DISPATCH_RELAY,
        HANDOFF_CREATE,
        HANDOFF_RECEIVE,
        REFERRAL_CREATE,
        REFERRAL_VIEW,
        FOLLOW_UP_VIEW,
        FOLLOW_UP_WRITE,
        USER_DIRECTORY,
    }
)
_SHIFT_LEAD: Final = _COUNSELOR | {
    CALL_VIEW_ANY,
    CONTACT_VIEW_ANY,
    CONTACT_WRITE_ANY,
    CALLER_NUMBER_VIEW,
    PRESENCE_VIEW_ALL,
    CASE_VIEW_ANY,
    CASE_WRITE_ANY,
    DISPATCH_VIEW_ANY,
    DISPATCH_RECORD_ANY,
    HANDOFF_MANAGE,
    BOARD_VIEW,
    CONTACT_TAKE_OVER,
    ESCALATION_ACK,
    MESSAGE_SEND,
    REFERRAL_VIEW_ANY,
    REFERRAL_RECORD_ANY,
    FOLLOW_UP_MANAGE,
}

ROLE_PERMISSIONS: Final[dict[Role, frozenset[str]]] = {
    "counselor": _COUNSELOR,
    "shift_lead": _SHIFT_LEAD,
    "admin": _SHIFT_LEAD | {USER_UNLOCK, AUDIT_VIEW, AUDIT_EXPORT},
    # Bridges: the telephony bridge also reports hang-ups (ending a call).
    "telephony": frozenset({CALL_CREATE, CALL_END}),
    "chatbot": frozenset({CALL_CREATE, CALL_END, CHAT_CREATE}),
    "dispatch_liaison": frozenset({DISPATCH_VIEW, DISPATCH_VIEW_ANY, DISPATCH_LIAISE, EVENTS_READ}),
    "referral_partner": frozenset({HANDOFF_PARTNER, REFERRAL_PARTNER, EVENTS_READ}),
}

# Who may record which dispatch step: any one of the permissions listed. DISPATCH_RECORD counts only on
# a dispatch the person requested or joined; DISPATCH_RECORD_ANY and DISPATCH_LIAISE count on any.
# Acknowledge and en route are the agency's to report: a counselor's word is fallback_called instead.
DISPATCH_STEP_PERMISSIONS: Final[dict[str, tuple[str, ...]]] = {
    "acknowledged": (DISPATCH_LIAISE,),
    "en_route": (DISPATCH_LIAISE,),
    "contact_confirmed": (DISPATCH_LIAISE, DISPATCH_RECORD_ANY, DISPATCH_RECORD),
    "failed": (DISPATCH_LIAISE, DISPATCH_RECORD_ANY, DISPATCH_RECORD),
    "fallback_called": (DISPATCH_RECORD_ANY, DISPATCH_RECORD),
    "closed": (DISPATCH_RECORD_ANY, DISPATCH_RECORD),
    # Withdrawing is the requester's (or a shift lead's); only the agency's desk can say it stood down.
    "cancel_requested": (DISPATCH_RECORD_ANY, DISPATCH_RECORD),
    "cancel_acknowledged": (DISPATCH_LIAISE,),
}

# Only these roles are routed calls. Shift leads can take calls later by an explicit feature, not by ACD.
ROUTABLE_ROLES: Final = ("counselor",)
HUMAN_ROLES: Final = ("counselor", "shift_lead", "admin")


def permissions_for(role: Role) -> frozenset[str]:
    return ROLE_PERMISSIONS.get(role, frozenset())


ROLES: Final[tuple[Role, ...]] = tuple(ROLE_PERMISSIONS)
