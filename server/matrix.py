"""The permission matrix: role × endpoint × own/other's record, as data. The one table routes consult.

Every route declares `Depends(allow("<operationId>"))` (server.deps); the gate admits a role only if
ENDPOINTS says so (403 otherwise), and which records it reaches (own or all) follows from the same
permissions the services check. docs/permissions.md is generated from this table
(`python -m annyeong.server.permissions_doc`); tests/server/test_matrix.py walks every cell over HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from annyeong.console.wire import Role
from annyeong.server import permissions as p

Kind = Literal["public", "self", "action", "list", "record"]
Access = Literal["public", "self", "yes", "all", "own", "-"]


@dataclass(frozen=True)
class Rule:
    kind: Kind
    # Any one of these admits the role (empty: any signed-in principal).
    needs: tuple[str, ...] = ()
    # Any one of these reaches every record (or the whole list); otherwise only one's own.
    every: tuple[str, ...] = ()
    users_only: bool = False


def _rec(needs: str | tuple[str, ...], every: str | tuple[str, ...] = ()) -> Rule:
    return Rule("record", _t(needs), _t(every))


def _list(needs: str | tuple[str, ...], every: str | tuple[str, ...] = ()) -> Rule:
    return Rule("list", _t(needs), _t(every))


def _act(needs: str | tuple[str, ...]) -> Rule:
    return Rule("action", _t(needs))


def _t(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


PUBLIC: Final = Rule("public")
SELF: Final = Rule("self", users_only=True)
_HANDOFF_SEE = (p.HANDOFF_CREATE, p.HANDOFF_RECEIVE, p.HANDOFF_MANAGE, p.HANDOFF_PARTNER)
_REFERRAL_SEE = (p.REFERRAL_VIEW, p.REFERRAL_VIEW_ANY, p.REFERRAL_PARTNER)

ENDPOINTS: Final[dict[str, Rule]] = {
    "getHealth": PUBLIC,
    "signIn": PUBLIC,
    "refreshToken": PUBLIC,
    "signOut": SELF,
    "getMe": SELF,
    "changePassword": SELF,
    "setMyPresence": Rule("self", (p.PRESENCE_SET_SELF,), users_only=True),
    "listPresence": _list(p.PRESENCE_VIEW_ALL, p.PRESENCE_VIEW_ALL),
    # Every person signed in reads the whole directory (names and presence only): a receiver is named.
    "listUsers": Rule("list", (p.USER_DIRECTORY,), (p.USER_DIRECTORY,), users_only=True),
    "createCall": _act(p.CALL_CREATE),
    # Bridges see the calls they report on; a counselor the call ringing at them or their contact's.
    "getCall": _rec((p.CALL_ANSWER, p.CALL_VIEW_ANY, p.CALL_CREATE), (p.CALL_VIEW_ANY, p.CALL_CREATE)),
    "acceptCall": _rec(p.CALL_ANSWER),
    # Counts only: whoever answers calls may know how many wait (nothing of who).
    "getQueue": _act(p.CALL_ANSWER),
    "declineCall": _rec(p.CALL_ANSWER),
    "endCall": _rec(p.CALL_END, (p.CONTACT_WRITE_ANY, p.CALL_CREATE)),
    "createChat": _act(p.CHAT_CREATE),
    # Live chat: only the holder writes; the transcript is read like the contact it belongs to.
    "postChatMessage": _rec(p.CONTACT_WRITE_OWN),
    "listChatMessages": _rec(p.CONTACT_VIEW_OWN, p.CONTACT_VIEW_ANY),
    "readChatMessages": _rec(p.CONTACT_WRITE_OWN),
    "setChatTyping": _rec(p.CONTACT_WRITE_OWN),
    "endChat": _rec(p.CONTACT_WRITE_OWN),
    # The person's side of a web chat: no staff sign-in, the conversation's own token (server.routes.webchat).
    "startWebChat": PUBLIC,
    "answerWebChatSelfTest": PUBLIC,
    "connectWebChat": PUBLIC,
    "followWebChat": PUBLIC,
    "sendWebChatMessage": PUBLIC,
    "readWebChat": PUBLIC,
    "typingWebChat": PUBLIC,
    "endWebChat": PUBLIC,
    # Open Builder has no sign-in of ours; a shared header is checked when the centre configures one.
    "kakaoSkill": PUBLIC,
    "getContact": _rec(p.CONTACT_VIEW_OWN, p.CONTACT_VIEW_ANY),
    "listEntries": _rec(p.CONTACT_VIEW_OWN, p.CONTACT_VIEW_ANY),
    "updateContact": _rec(p.CONTACT_WRITE_OWN, p.CONTACT_WRITE_ANY),
    "wrapUpContact": _rec(p.CONTACT_WRITE_OWN, p.CONTACT_WRITE_ANY),
    "endContact": _rec(p.CONTACT_WRITE_OWN, p.CONTACT_WRITE_ANY),
    "addEntry": _rec(p.CONTACT_WRITE_OWN, p.CONTACT_WRITE_ANY),
    "takeOverContact": _rec(p.CONTACT_TAKE_OVER, p.CONTACT_TAKE_OVER),
    "createCase": _rec(p.CASE_WRITE, p.CASE_WRITE_ANY),  # from a contact one holds
    "getCase": _rec(p.CASE_VIEW, p.CASE_VIEW_ANY),
    "getCaseTimeline": _rec(p.CASE_VIEW, p.CASE_VIEW_ANY),
    "listCaseFollowUps": _rec(p.CASE_VIEW, p.CASE_VIEW_ANY),
    "updateCase": _rec(p.CASE_WRITE, p.CASE_WRITE_ANY),
    "addCaseFlag": _rec(p.CASE_WRITE, p.CASE_WRITE_ANY),
    # A returning caller's history is looked up by number: the point of the feature is any number.
    "lookupCaller": _list(p.CALLER_LOOKUP, p.CALLER_LOOKUP),
    "unmaskCaller": _rec(p.CALLER_UNMASK, p.CALLER_NUMBER_VIEW),
    "search": _list(p.SEARCH, p.CONTACT_VIEW_ANY),
    "requestDispatch": _act(p.DISPATCH_REQUEST),
    "listDispatches": _list(p.DISPATCH_VIEW, p.DISPATCH_VIEW_ANY),
    "getDispatch": _rec(p.DISPATCH_VIEW, p.DISPATCH_VIEW_ANY),
    "acknowledgeDispatch": _rec(p.DISPATCH_LIAISE, p.DISPATCH_LIAISE),
    "recordDispatchStep": _rec(
        (p.DISPATCH_RECORD, p.DISPATCH_RECORD_ANY, p.DISPATCH_LIAISE),
        (p.DISPATCH_RECORD_ANY, p.DISPATCH_LIAISE),
    ),
    # Everyone on the floor hears a relay request and any of them may take it: the point is a free phone.
    "requestRelay": _act(p.DISPATCH_RELAY),
    "listRelays": _list(p.DISPATCH_RELAY, p.DISPATCH_RELAY),
    "getRelay": _rec(p.DISPATCH_RELAY, p.DISPATCH_RELAY),
    "takeRelay": _rec(p.DISPATCH_RELAY, p.DISPATCH_RELAY),
    "createHandoff": _rec(p.HANDOFF_CREATE, (p.CONTACT_WRITE_ANY, p.CASE_WRITE_ANY)),  # from one's own
    "listHandoffs": _list(_HANDOFF_SEE, p.HANDOFF_MANAGE),
    "getHandoff": _rec(_HANDOFF_SEE, p.HANDOFF_MANAGE),
    "acceptHandoff": _rec((p.HANDOFF_RECEIVE, p.HANDOFF_MANAGE, p.HANDOFF_PARTNER), p.HANDOFF_MANAGE),
    "rejectHandoff": _rec((p.HANDOFF_RECEIVE, p.HANDOFF_MANAGE, p.HANDOFF_PARTNER), p.HANDOFF_MANAGE),
    "assignHandoff": _rec(p.HANDOFF_MANAGE, p.HANDOFF_MANAGE),
    "createReferral": _rec(p.REFERRAL_CREATE, (p.CONTACT_WRITE_ANY, p.CASE_WRITE_ANY)),  # from own, or any
    "listReferrals": _list(_REFERRAL_SEE, p.REFERRAL_VIEW_ANY),
    "getReferral": _rec(_REFERRAL_SEE, p.REFERRAL_VIEW_ANY),
    "pushReferralStatus": _rec((p.REFERRAL_PARTNER, p.REFERRAL_RECORD_ANY), p.REFERRAL_RECORD_ANY),
    "listFollowUps": _list(p.FOLLOW_UP_VIEW, p.FOLLOW_UP_MANAGE),
    "createFollowUp": _rec(p.FOLLOW_UP_WRITE, p.CASE_WRITE_ANY),  # for a case one may see
    "getFollowUp": _rec(p.FOLLOW_UP_VIEW, p.FOLLOW_UP_MANAGE),
    "updateFollowUp": _rec(p.FOLLOW_UP_WRITE, p.FOLLOW_UP_MANAGE),
    "getBoard": _list(p.BOARD_VIEW, p.BOARD_VIEW),
    "getShiftReport": _list(p.BOARD_VIEW, p.BOARD_VIEW),
    "acknowledgeEscalation": _rec(p.ESCALATION_ACK, p.ESCALATION_ACK),
    "sendMessage": _act(p.MESSAGE_SEND),
    # Events reach only their audience (a user, a role, an organisation): "own" is that filter.
    "followEvents": _list(p.EVENTS_READ),
    "pollEvents": _list(p.EVENTS_READ),
    "unlockUser": _rec(p.USER_UNLOCK, p.USER_UNLOCK),
    "listAudit": _list(p.AUDIT_VIEW, p.AUDIT_VIEW),
    "exportAudit": _list(p.AUDIT_EXPORT, p.AUDIT_EXPORT),
}


def access(role: Role, operation_id: str) -> Access:
    """The matrix cell: '-' refused (403); 'own' only one's own records (others' are 404, or 409 for a
    call not ringing at one); 'all' every record; 'yes' an action without a record; 'self' one's own
    account; 'public' no sign-in needed."""
    rule = ENDPOINTS[operation_id]
    if rule.kind == "public":
        return "public"
    held = p.permissions_for(role)
    is_user = role in p.HUMAN_ROLES
    if (rule.users_only and not is_user) or (rule.needs and not held & set(rule.needs)):
        return "-"
    if rule.kind == "self":
        return "self"
    if rule.kind == "action":
        return "yes"
    return "all" if held & set(rule.every) else "own"


def admits(role: Role, is_user: bool, operation_id: str) -> bool:
    rule = ENDPOINTS[operation_id]
    if rule.kind == "public":
        return True
    if rule.users_only and not is_user:
        return False
    return not rule.needs or bool(p.permissions_for(role) & set(rule.needs))
