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
from typing import Any

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
        self._buses: dict[str, Gio.DBusConnection] = {}
        self.stats = {"batches": 0, "calls": 0}
        self.refs: dict[int, tuple[str, str]] = {}
        self.ref_of: dict[tuple[str, str], int] = {}
        self.apps: dict[int, tuple[str, str]] = {}  # pid -> the application's root (bus name, path)
        self.ids: dict[tuple[str, str], str] = {}  # accessible -> its id (objectName path), once read
        self.context = GLib.MainContext.default()

    # --- buses ----------------------------------------------------------------------------------------

    def a11y_address(self) -> str:
        reply = self.session.call_sync(
            "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
            GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, CALL_TIMEOUT_MS, None,
        )
        return str(reply.unpack()[0])

    def bus_at(self, address: str) -> Gio.DBusConnection:
        found = self._buses.get(address)
        if found is None:
            found = Gio.DBusConnection.new_for_address_sync(
                address,
                Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
                | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
                None, None,
            )
            self._buses[address] = found
        return found

    @property
    def a11y(self) -> Gio.DBusConnection:
        if self._a11y is None:
            self._a11y = self.bus_at(self.a11y_address())
        return self._a11y

    def call(self, dest: str, path: str, iface: str, method: str, args: GLib.Variant | None = None):
        reply = self.a11y.call_sync(
            dest, path, iface, method, args, None, Gio.DBusCallFlags.NONE, CALL_TIMEOUT_MS, None
        )
        return reply.unpack()

    def call_many(self, calls: list[tuple[str, str, str, str, GLib.Variant | None]]) -> list[Any]:
        """Send every call at once, then collect the answers (an error becomes an exception object)."""
        results: list[Any] = [None] * len(calls)
        pending = [len(calls)]

        def done(conn: Gio.DBusConnection, res: Gio.AsyncResult, index: int) -> None:
            try:
                results[index] = conn.call_finish(res).unpack()
            except GLib.Error as exc:
                results[index] = exc
            pending[0] -= 1

        self.stats["batches"] += 1
        self.stats["calls"] += len(calls)
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

    def _read(self, keys: list[tuple[str, str]], detail: bool) -> list[dict | None]:
        """What a Node shows of each node, all in one batch: id, name, child count, states, and with
        `detail` role, extents, text and value. None for a node that is gone."""
        calls = []
        for bus, path in keys:
            # Qt answers Properties.Get only (GetAll is not implemented), so one call per property.
            for prop in ("AccessibleId", "Name", "ChildCount"):
                calls.append((bus, path, PROPERTIES, "Get", GLib.Variant("(ss)", (ACCESSIBLE, prop))))
            calls.append((bus, path, ACCESSIBLE, "GetState", None))
            if detail:
                calls += [
                    (bus, path, ACCESSIBLE, "GetInterfaces", None),
                    (bus, path, ACCESSIBLE, "GetRoleName", None),
                    (bus, path, COMPONENT, "GetExtents", GLib.Variant("(u)", (0,))),  # 0: on the screen
                    (bus, path, TEXT, "GetText", GLib.Variant("(ii)", (0, -1))),
                    (bus, path, PROPERTIES, "Get", GLib.Variant("(ss)", (VALUE, "CurrentValue"))),
                ]
        answers = self.call_many(calls)
        per = 9 if detail else 4
        out: list[dict | None] = []
        for i, key in enumerate(keys):
            accessible_id, name, count, state = answers[per * i : per * i + 4]
            if isinstance(state, Exception) or isinstance(count, Exception):
                out.append(None)
                continue
            accessible_id = "" if isinstance(accessible_id, Exception) else str(accessible_id[0])
            self.ids[key] = accessible_id
            info: dict = {
                "object_name": _object_name(accessible_id),
                "accessible_id": accessible_id,
                "name": "" if isinstance(name, Exception) else str(name[0]),
                "child_count": int(count[0]),
                "states": _state_names(list(state[0])),
            }
            if detail:
                interfaces, role, extents, text, value = answers[per * i + 4 : per * i + 9]
                kinds = [] if isinstance(interfaces, Exception) else list(interfaces[0])
                info["role"] = "" if isinstance(role, Exception) else str(role[0])
                has_extents = COMPONENT in kinds and not isinstance(extents, Exception)
                info["extents"] = list(extents[0]) if has_extents else None
                info["text"] = str(text[0]) if TEXT in kinds and not isinstance(text, Exception) else ""
                info["value"] = value[0] if VALUE in kinds and not isinstance(value, Exception) else None
            out.append(info)
        return out

    def _children(self, keys: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
        answers = self.call_many([(bus, path, ACCESSIBLE, "GetChildren", None) for bus, path in keys])
        return [
            [] if isinstance(a, Exception) else [tuple(c) for c in a[0] if c[1] != NULL_PATH]
            for a in answers
        ]

    def _states(self, keys: list[tuple[str, str]]) -> list[list[str] | None]:
        """Each node's states (None for one that is gone), reading the id of any not seen before."""
        calls = [(bus, path, ACCESSIBLE, "GetState", None) for bus, path in keys]
        unknown = [key for key in keys if key not in self.ids]
        for bus, path in unknown:
            which = GLib.Variant("(ss)", (ACCESSIBLE, "AccessibleId"))
            calls.append((bus, path, PROPERTIES, "Get", which))
        answers = self.call_many(calls)
        for key, answer in zip(unknown, answers[len(keys):], strict=True):
            if not isinstance(answer, Exception):
                self.ids[key] = str(answer[0])
        out: list[list[str] | None] = []
        for key, answer in zip(keys, answers[: len(keys)], strict=True):
            if isinstance(answer, Exception):
                self.ids.pop(key, None)
                out.append(None)
            else:
                out.append(_state_names(list(answer[0])))
        return out

    def walk(
        self, root: tuple[str, str], want: str | None, first_only: bool, include_hidden: bool = False
    ) -> tuple[list[tuple[tuple[str, str], list[str]]], dict[tuple[str, str], list[tuple[str, str]]]]:
        """Showing nodes under `root`, breadth first: those whose object name is `want` (all if None)
        with their states, and the children of every node kept (to print the tree).

        Two batches per tree level: the states of the level (and the id of each node seen for the first
        time: a Qt accessible keeps its path and id for its life), then the children of its showing nodes
        only; hidden pages are never entered. Names are not read: Node reads what it needs."""
        found: list[tuple[tuple[str, str], list[str]]] = []
        kids_of: dict[tuple[str, str], list[tuple[str, str]]] = {}
        level = self._children([root])[0]  # the top-level windows
        kids_of[root] = level
        while level:
            keep = []
            for key, states in zip(level, self._states(level), strict=True):
                if states is None or not (include_hidden or "showing" in states):
                    continue
                keep.append(key)
                if want is None or _object_name(self.ids.get(key, "")) == want:
                    found.append((key, states))
                    if first_only:
                        return found, kids_of
            if not keep:
                break
            level = []
            for key, children in zip(keep, self._children(keep), strict=True):
                kids_of[key] = children
                level.extend(children)
        return found, kids_of

    def find(self, pid: int, want: str | None, first_only: bool) -> list[dict]:
        root = self.app_root(pid)
        if root is None:
            return []
        hits: list[tuple[tuple[str, str], list[str]]] = []
        if first_only and want is not None:
            # A widget found before is most likely the one wanted again (a wait() polls the same name):
            # one batch for its state instead of a walk.
            seen = [k for k, i in self.ids.items() if k[0] == root[0] and _object_name(i) == want]
            if seen:
                hits = [
                    (key, states) for key, states in zip(seen, self._states(seen), strict=True)
                    if states is not None and "showing" in states
                ][:1]
        if not hits:
            hits, _ = self.walk(root, want, first_only)
        return [
            {"ref": self.ref(key), "accessible_id": self.ids.get(key, ""),
             "object_name": _object_name(self.ids.get(key, "")), "states": states}
            for key, states in hits
        ]

    def node(self, ref: int, detail: bool = True) -> dict | None:
        info = self._read([self.refs[ref]], detail)[0]
        if info is not None:
            info["ref"] = ref
        return info

    # --- requests -------------------------------------------------------------------------------------

    def handle(self, req: dict) -> object:
        op = req["op"]
        if op == "ping":
            return "pong"
        if op == "a11y_address":
            return self.a11y_address()
        if op == "has_owner":
            bus = self.session if not req.get("address") else self.bus_at(req["address"])
            reply = bus.call_sync(
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
            self.stats = {"batches": 0, "calls": 0}
            nodes = self.find(int(req["pid"]), req.get("object_name"), bool(req.get("first_only")))
            return {"nodes": nodes, "ms": (time.perf_counter() - began) * 1000, **self.stats}
        if op == "node":
            return self.node(int(req["ref"]), bool(req.get("detail", True)))
        if op == "children":
            key = self.refs[int(req["ref"])]
            kids = self._children([key])[0]
            infos = self._read(kids, detail=False)
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
        nodes, kids_of = self.walk(root, None, False, include_hidden)
        keys = [key for key, _ in nodes]
        read = dict(zip(keys, self._read(keys, detail=True), strict=True))
        lines: list[str] = []

        def visit(key: tuple[str, str], depth: int) -> None:
            info = read.get(key)
            if info is None:
                return
            flags = ",".join(s for s in info["states"] if s in ("showing", "focused", "enabled", "checked"))
            text = f" text={info['text']!r}" if info["text"] else ""
            lines.append(
                f"{'  ' * depth}{info['role']} #{info['object_name'] or '-'}"
                f" name={info['name']!r}{text} [{flags}] {info['extents']}"
            )
            for child in kids_of.get(key, []):
                visit(child, depth + 1)

        for top in kids_of.get(root, []):
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
