"""Two Linux network namespaces joined by one veth pair, and faults the kernel makes on that pair only.

The server lives in one namespace, the console in the other; their addresses (10.213.N.1 and .2) exist
only inside them, with no route anywhere else, so nothing the test does can reach another network.

Faults, each imposed in the namespaces (never on the host's own interfaces):
  - netem (`tc qdisc ... netem`): loss, delay with jitter, reordering, duplication — when the kernel has
    sch_netem (`netem_reason()` says exactly why not otherwise);
  - nftables (always tried): loss by `numgen random` drops where the packet arrives (so the sender sees
    a lost packet, not a local EPERM), duplication by `dup to` at the sender (nf_dup_ipv4), and a
    partition that drops everything both ways.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, input=stdin, capture_output=True, text=True, check=False, timeout=30)


def _must(*args: str, stdin: str | None = None) -> None:
    done = _run(*args, stdin=stdin)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip() or done.stdout.strip()}")


def unavailable_reason() -> str | None:
    """Why the namespaces cannot be made here (None: they can): the exact error of a real attempt."""
    if os.name != "posix" or not os.path.exists("/proc/self/ns/net"):
        return "network namespaces are a Linux feature"
    if os.geteuid() != 0:
        return "creating network namespaces needs root (CAP_SYS_ADMIN and CAP_NET_ADMIN)"
    for tool in ("ip", "nft"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed (apt-get install iproute2 nftables)"
    name = f"annyeong-probe-{uuid.uuid4().hex[:6]}"
    done = _run("ip", "netns", "add", name)
    if done.returncode != 0:
        return f"`ip netns add {name}` failed: {done.stderr.strip()}"
    try:
        nft = _run("ip", "netns", "exec", name, "nft", "add", "table", "ip", "probe")
        if nft.returncode != 0:
            return f"nftables in a namespace failed: {nft.stderr.strip()}"
    finally:
        _run("ip", "netns", "del", name)
    return None


@dataclass
class Link:
    """The pair: `server_ns` holds `server_dev` with `server_ip`, `console_ns` the other end."""

    server_ns: str
    console_ns: str
    server_dev: str
    console_dev: str
    server_ip: str
    console_ip: str

    @classmethod
    def create(cls, subnet: int) -> Link:
        tag = uuid.uuid4().hex[:5]
        link = cls(f"annyeong-s-{tag}", f"annyeong-c-{tag}", f"as{tag}", f"ac{tag}",
                   f"10.213.{subnet}.1", f"10.213.{subnet}.2")
        try:
            _must("ip", "netns", "add", link.server_ns)
            _must("ip", "netns", "add", link.console_ns)
            _must("ip", "link", "add", link.server_dev, "netns", link.server_ns, "type", "veth",
                  "peer", "name", link.console_dev, "netns", link.console_ns)
            for ns, dev, ip in ((link.server_ns, link.server_dev, link.server_ip),
                                (link.console_ns, link.console_dev, link.console_ip)):
                # A /30 on the pair and no default route: these addresses lead nowhere else.
                _must("ip", "-n", ns, "addr", "add", f"{ip}/30", "dev", dev)
                _must("ip", "-n", ns, "link", "set", "lo", "up")
                _must("ip", "-n", ns, "link", "set", dev, "up")
        except BaseException:
            link.destroy()
            raise
        return link

    def exec_prefix(self, ns: str) -> list[str]:
        return ["ip", "netns", "exec", ns]

    def destroy(self) -> None:
        # Deleting a namespace deletes its end of the veth, and with it the pair.
        _run("ip", "netns", "del", self.server_ns)
        _run("ip", "netns", "del", self.console_ns)

    # --- nftables faults ------------------------------------------------------------------------------

    def _ends(self) -> tuple[tuple[str, str, str, str], tuple[str, str, str, str]]:
        """(namespace, its device, its address, the peer's address) for both ends."""
        return ((self.server_ns, self.server_dev, self.server_ip, self.console_ip),
                (self.console_ns, self.console_dev, self.console_ip, self.server_ip))

    def nft_faults(self, *, loss_pct: int = 0, dup_pct: int = 0, partition: bool = False) -> None:
        """Replace the faults on the pair: `loss_pct` % of packets dropped on arrival each way, `dup_pct` %
        sent twice, or (partition) every packet from the peer dropped."""
        self.heal()
        for ns, dev, _own, peer in self._ends():
            rules = []
            if partition:
                rules.append(f"ip saddr {peer} counter drop")
            elif loss_pct:
                rules.append(f"ip saddr {peer} numgen random mod 100 < {loss_pct} counter drop")
            out = [] if partition or not dup_pct else [
                f'ip daddr {peer} numgen random mod 100 < {dup_pct} counter dup to {peer} device "{dev}"'
            ]
            script = (
                "table ip annyeong_faults {\n"
                "  chain arrive { type filter hook prerouting priority -300; policy accept;\n"
                + "".join(f"    {r}\n" for r in rules) + "  }\n"
                "  chain leave { type filter hook output priority 0; policy accept;\n"
                + "".join(f"    {r}\n" for r in out) + "  }\n"
                "}\n"
            )
            _must(*self.exec_prefix(ns), "nft", "-f", "-", stdin=script)

    def nft_counts(self) -> tuple[int, int]:
        """(packets dropped, packets duplicated) by the current nftables faults, both ways."""
        import json

        dropped = duplicated = 0
        for ns, _dev, _own, _peer in self._ends():
            done = _run(*self.exec_prefix(ns), "nft", "-j", "list", "table", "ip", "annyeong_faults")
            if done.returncode != 0:
                continue
            for item in json.loads(done.stdout).get("nftables", []):
                rule = item.get("rule")
                if not rule:
                    continue
                packets = sum(e["counter"]["packets"] for e in rule["expr"] if "counter" in e)
                if rule["chain"] == "arrive":
                    dropped += packets
                else:
                    duplicated += packets
        return dropped, duplicated

    def heal(self) -> None:
        for ns, dev, _own, _peer in self._ends():
            _run(*self.exec_prefix(ns), "nft", "delete", "table", "ip", "annyeong_faults")
            _run(*self.exec_prefix(ns), "tc", "qdisc", "del", "dev", dev, "root")

    # --- netem ----------------------------------------------------------------------------------------

    def netem_reason(self) -> str | None:
        """Why netem cannot be used on this pair (None: it can): the exact error of a real attempt."""
        done = _run(*self.exec_prefix(self.console_ns), "tc", "qdisc", "add", "dev", self.console_dev,
                    "root", "netem", "delay", "1ms")
        if done.returncode == 0:
            _run(*self.exec_prefix(self.console_ns), "tc", "qdisc", "del", "dev", self.console_dev, "root")
            return None
        error = done.stderr.strip() or done.stdout.strip()
        config = _kernel_config("CONFIG_NET_SCH_NETEM")
        return (f"`tc qdisc add dev <veth> root netem` fails: {error!r}"
                + (f" (kernel {os.uname().release}: {config})" if config else ""))

    def netem(self, spec: str) -> None:
        """The same netem `spec` (e.g. "loss 30% delay 2s 1s reorder 25% duplicate 5%") both ways."""
        for ns, dev, _own, _peer in self._ends():
            _run(*self.exec_prefix(ns), "tc", "qdisc", "del", "dev", dev, "root")
            _must(*self.exec_prefix(ns), "tc", "qdisc", "add", "dev", dev, "root", "netem", *spec.split())


def _kernel_config(option: str) -> str | None:
    """`option`'s line in /proc/config.gz and whether modules can be loaded at all, if readable."""
    import gzip

    try:
        with gzip.open("/proc/config.gz", "rt") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    found = [line for line in lines if line.startswith((option + "=", f"# {option} "))]
    modules = [line for line in lines if line.startswith(("CONFIG_MODULES=", "# CONFIG_MODULES "))]
    return "; ".join(found + modules) or None
