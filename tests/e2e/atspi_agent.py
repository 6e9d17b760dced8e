"""The AT-SPI agent: reads the accessibility tree for the tests, run by the system python.

pyatspi (and the Atspi GObject bindings under it) are Debian packages for /usr/bin/python3, while the
tests run in the project's venv on another Python; so the tests talk to this small process, one per
desktop, over JSON lines on stdin/stdout. It imports nothing of the project.

Requests: {"id": n, "op": ..., ...}; answers: {"id": n, "ok": true, "result": ...} or
{"id": n, "ok": false, "error": "..."}. Nodes are handed out as integer refs into a table kept here.

It talks D-Bus to the accessibility bus directly (Gio), not through libatspi's per-property calls: a walk
sends the requests for a whole tree level at once and collects the answers, so finding one widget among a
few hundred costs a few round trips rather than a thousand. Only showing subtrees are walked.
"""

from __future__ import annotations

import json
import sys
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

ACCESSIBLE = "org.a11y.atspi.Accessible"
COMPONENT = "org.a11y.atspi.Component"
TEXT = "org.a11y.atspi.Text"
VALUE = "org.a11y.atspi.Value"
PROPERTIES = "org.freedesktop.DBus.Properties"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
NULL_PATH = "/org/a11y/atspi/null"
CALL_TIMEOUT_MS = 5000


def _state_names(bits: list[int]) -> list[str]:
    names = []
    for word, value in enumerate(bits):
        for bit in range(32):
            if value & (1 << bit):
                try:
                    names.append(Atspi.StateType(word * 32 + bit).value_nick)
                except ValueError:
                    names.append(str(word * 32 + bit))
    return names


def _object_name(accessible_id: str) -> str:
    # Qt's id is the chain of object names from the application down ("QApplication.mainWindow.x.y"),
    # with the class name standing in for an unnamed object.
    return accessible_id.rsplit(".", 1)[-1] if accessible_id else ""


class Agent:
    def __init__(self) -> None:
        self.session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        self._a11y: Gio.DBusConnection | None = None
        self.refs: dict[int, tuple[str, str]] = {}
        self.ref_of: dict[tuple[str, str], int] = {}
        self.apps: dict[int, tuple[str, str]] = {}  # pid -> the application's root (bus name, path)
        self.ids: dict[tuple[str, str], str] = {}  # accessible -> its id (objectName path), once read
        self.context = GLib.MainContext.default()

    # --- buses ----------------------------------------------------------------------------------------

    @property
    def a11y(self) -> Gio.DBusConnection:
        if self._a11y is None:
            reply = self.session.call_sync(
                "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, CALL_TIMEOUT_MS, None,
            )
            address = reply.unpack()[0]
            self._a11y = Gio.DBusConnection.new_for_address_sync(
                address,
                Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
                None, None,
            )
        return self._a11y

    def call(self, dest: str, path: str, iface: str, method: str, args: GLib.Variant | None = None):
        reply = self.a11y.call_sync(
            dest, path, iface, method, args, None, Gio.DBusCallFlags.NONE, CALL_TIMEOUT_MS, None
        )
        return reply.unpack()

    def call_many(self, calls: list[tuple[str, str, str, str, GLib.Variant | None]]) -> list[object]:
        """Send every call at once, then collect the answers (an error becomes an exception object)."""
        results: list[object] = [None] * len(calls)
        pending = [len(calls)]

        def done(conn: Gio.DBusConnection, res: Gio.AsyncResult, index: int) -> None:
            try:
                results[index] = conn.call_finish(res).unpack()
            except GLib.Error as exc:
                results[index] = exc
            pending[0] -= 1

        for index, (dest, path, iface, method, args) in enumerate(calls):
            self.a11y.call(
                dest, path, iface, method, args, None, Gio.DBusCallFlags.NONE, CALL_TIMEOUT_MS, None,
                done, index,
            )
        while pending[0]:
            self.context.iteration(True)
        return results

    # --- refs -----------------------------------------------------------------------------------------

    def ref(self, key: tuple[str, str]) -> int:
        found = self.ref_of.get(key)
        if found is None:
            found = len(self.refs) + 1
            self.refs[found] = key
            self.ref_of[key] = found
        return found

    def app_root(self, pid: int) -> tuple[str, str] | None:
        cached = self.apps.get(pid)
        if cached is not None:
            return cached
        children = self.call("org.a11y.atspi.Registry", ROOT_PATH, ACCESSIBLE, "GetChildren")[0]
        owners = self.call_many([
            ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
             "GetConnectionUnixProcessID", GLib.Variant("(s)", (bus,)))
            for bus, _ in children
        ])
        for (bus, path), owner in zip(children, owners, strict=True):
            if isinstance(owner, tuple) and owner[0] == pid:
                self.apps[pid] = (bus, path)
                return (bus, path)
        return None

    # --- reading --------------------------------------------------------------------------------------

    def _basics(self, keys: list[tuple[str, str]]) -> list[dict | None]:
        """Id, name and states of each node in one batch; None for a node that is gone."""
        calls = []
        for bus, path in keys:
            # Qt answers Properties.Get only (GetAll is not implemented), so one call per property.
            for prop in ("AccessibleId", "Name", "ChildCount"):
                calls.append((bus, path, PROPERTIES, "Get", GLib.Variant("(ss)", (ACCESSIBLE, prop))))
            calls.append((bus, path, ACCESSIBLE, "GetState", None))
        answers = self.call_many(calls)
        out: list[dict | None] = []
        for i in range(len(keys)):
            accessible_id, name, count, state = answers[4 * i : 4 * i + 4]
            if isinstance(state, Exception) or isinstance(count, Exception):
                out.append(None)
                continue
            accessible_id = "" if isinstance(accessible_id, Exception) else str(accessible_id[0])
            self.ids[keys[i]] = accessible_id
            out.append({
                "object_name": _object_name(accessible_id),
                "accessible_id": accessible_id,
                "name": "" if isinstance(name, Exception) else str(name[0]),
                "child_count": int(count[0]),
                "states": _state_names(list(state[0])),
            })
        return out

    def _children(self, keys: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
        answers = self.call_many([(bus, path, ACCESSIBLE, "GetChildren", None) for bus, path in keys])
        return [
            [] if isinstance(a, Exception) else [tuple(c) for c in a[0] if c[1] != NULL_PATH]
            for a in answers
        ]

    def walk(self, pid: int, want: str | None, first_only: bool) -> list[tuple[tuple[str, str], dict]]:
        """Showing nodes under the app, breadth first; those whose object name is `want` (all if None).

        One batch per tree level: each node's states and children (and, the first time it is seen, its
        id: an accessible keeps its path for its life, so its id is cached). Names are read for hits only.
        """
        root = self.app_root(pid)
        if root is None:
            return []
        found: list[tuple[tuple[str, str], dict]] = []
        level = self._children([root])[0]  # the top-level windows
        while level:
            calls = []
            for bus, path in level:
                calls.append((bus, path, ACCESSIBLE, "GetState", None))
                calls.append((bus, path, ACCESSIBLE, "GetChildren", None))
            unknown = [key for key in level if key not in self.ids]
            for bus, path in unknown:
                which = GLib.Variant("(ss)", (ACCESSIBLE, "AccessibleId"))
                calls.append((bus, path, PROPERTIES, "Get", which))
            answers = self.call_many(calls)
            for key, answer in zip(unknown, answers[2 * len(level):], strict=True):
                if not isinstance(answer, Exception):
                    self.ids[key] = str(answer[0])
            next_level: list[tuple[str, str]] = []
            hits: list[tuple[str, str]] = []
            for index, key in enumerate(level):
                state, kids = answers[2 * index], answers[2 * index + 1]
                if isinstance(state, Exception) or "showing" not in _state_names(list(state[0])):
                    continue
                if want is None or _object_name(self.ids.get(key, "")) == want:
                    hits.append(key)
                if not isinstance(kids, Exception):
                    next_level.extend(tuple(c) for c in kids[0] if c[1] != NULL_PATH)
            if hits:
                for key, info in zip(hits, self._basics(hits), strict=True):
                    if info is not None:
                        found.append((key, info))
                        if first_only:
                            return found
            level = next_level
        return found

    def node(self, ref: int, detail: bool = True) -> dict | None:
        key = self.refs[ref]
        info = self._basics([key])[0]
        if info is None:
            return None
        info["ref"] = ref
        if detail:
            info.update(self._details(key))
        return info

    def _details(self, key: tuple[str, str]) -> dict:
        bus, path = key
        answers = self.call_many([
            (bus, path, ACCESSIBLE, "GetInterfaces", None),
            (bus, path, ACCESSIBLE, "GetRoleName", None),
            (bus, path, COMPONENT, "GetExtents", GLib.Variant("(u)", (0,))),  # 0: screen coordinates
            (bus, path, TEXT, "GetText", GLib.Variant("(ii)", (0, -1))),
            (bus, path, PROPERTIES, "Get", GLib.Variant("(ss)", (VALUE, "CurrentValue"))),
        ])
        interfaces, role, extents, text, value = answers
        interfaces = [] if isinstance(interfaces, Exception) else list(interfaces[0])
        out: dict = {"role": "" if isinstance(role, Exception) else role[0]}
        has_extents = COMPONENT in interfaces and not isinstance(extents, Exception)
        out["extents"] = list(extents[0]) if has_extents else None
        out["text"] = text[0] if TEXT in interfaces and not isinstance(text, Exception) else ""
        out["value"] = value[0] if VALUE in interfaces and not isinstance(value, Exception) else None
        return out

    # --- requests -------------------------------------------------------------------------------------

    def handle(self, req: dict) -> object:
        op = req["op"]
        if op == "ping":
            return "pong"
        if op == "has_owner":
            reply = self.session.call_sync(
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
                GLib.Variant("(s)", (req["name"],)), GLib.VariantType("(b)"), Gio.DBusCallFlags.NONE,
                CALL_TIMEOUT_MS, None,
            )
            return bool(reply.unpack()[0])
        if op == "a11y_ready":
            return self.a11y is not None
        if op == "app":
            return self.app_root(int(req["pid"])) is not None
        if op == "forget_app":
            self.apps.pop(int(req["pid"]), None)
            return True
        if op == "find":
            began = time.perf_counter()
            hits = self.walk(int(req["pid"]), req.get("object_name"), bool(req.get("first_only")))
            nodes = []
            for key, info in hits:
                info["ref"] = self.ref(key)
                nodes.append(info)
            return {"nodes": nodes, "ms": (time.perf_counter() - began) * 1000}
        if op == "node":
            return self.node(int(req["ref"]), bool(req.get("detail", True)))
        if op == "children":
            key = self.refs[int(req["ref"])]
            kids = self._children([key])[0]
            infos = self._basics(kids)
            out = []
            for child, info in zip(kids, infos, strict=True):
                if info is not None:
                    info["ref"] = self.ref(child)
                    out.append(info)
            return out
        if op == "dump":
            return self.dump(int(req["pid"]), bool(req.get("all")))
        raise ValueError(f"unknown op {op!r}")

    def dump(self, pid: int, include_hidden: bool) -> str:
        root = self.app_root(pid)
        if root is None:
            return f"(no application with pid {pid} on the accessibility bus)"
        lines: list[str] = []

        def visit(key: tuple[str, str], depth: int) -> None:
            info = self._basics([key])[0]
            if info is None:
                return
            showing = "showing" in info["states"]
            if not showing and not include_hidden and depth > 0:
                return
            detail = self._details(key)
            flags = ",".join(s for s in info["states"] if s in ("showing", "focused", "enabled", "checked"))
            text = f" text={detail['text']!r}" if detail["text"] else ""
            lines.append(
                f"{'  ' * depth}{detail['role']} #{info['object_name'] or '-'} name={info['name']!r}{text}"
                f" [{flags}] {detail['extents']}"
            )
            for child in self._children([key])[0]:
                visit(child, depth + 1)

        for top in self._children([root])[0]:
            visit(top, 0)
        return "\n".join(lines)


def main() -> None:
    agent = Agent()
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        try:
            answer = {"id": req.get("id"), "ok": True, "result": agent.handle(req)}
        except Exception as exc:  # reported to the caller, who decides whether to retry
            answer = {"id": req.get("id"), "ok": False, "error": f"{type(exc).__name__}: {exc}",
                      "trace": traceback.format_exc(limit=3)}
        out.write(json.dumps(answer, ensure_ascii=False) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
