"""The outbox kinds of live chat and who delivers each: the one line the sync engine's table needs."""

from annyeong.console.chats.api import deliver_end, deliver_message, deliver_read
from annyeong.console.chats.store import CHAT_END, CHAT_MESSAGE, CHAT_READ

CHAT_DELIVERERS = {CHAT_MESSAGE: deliver_message, CHAT_READ: deliver_read, CHAT_END: deliver_end}
