"""A stand-in desktop notification service for the outside-in tests: owns org.freedesktop.Notifications
on the test desktop's session bus and writes every Notify call it receives as one JSON line to stdout.

Runs on the system python (Debian's python3-gi), as the AT-SPI agent does; started by the test with the
desktop's environment. A real desktop's notification daemon (what a tray icon's showMessage uses on
Linux too) answers the same interface; this one only records, so the test sees exactly what the console
asked the desktop to show.
"""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

XML = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/>
    </method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
  </interface>
</node>
"""

count = 0


def on_call(_conn, _sender, _path, _iface, method, params, invocation) -> None:
    global count
    if method == "Notify":
        app, _replaces, _icon, summary, body, _actions, hints, _timeout = params.unpack()
        count += 1
        print(json.dumps({"app": app, "summary": summary, "body": body,
                          "urgency": hints.get("urgency")}, ensure_ascii=False), flush=True)
        invocation.return_value(GLib.Variant("(u)", (count,)))
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("e2e-listener", "annyeong", "1", "1.2")))
    else:
        invocation.return_value(None)


def main() -> None:
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    loop = GLib.MainLoop()

    def on_bus(conn, _name) -> None:
        conn.register_object("/org/freedesktop/Notifications", node.interfaces[0], on_call, None, None)

    def on_name(_conn, _name) -> None:
        print(json.dumps({"ready": True}), flush=True)

    def on_lost(_conn, _name) -> None:
        print(json.dumps({"lost": True}), flush=True)
        loop.quit()

    Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.Notifications", Gio.BusNameOwnerFlags.NONE,
                     on_bus, on_name, on_lost)
    loop.run()


if __name__ == "__main__":
    sys.exit(main())
