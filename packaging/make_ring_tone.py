"""Writes resources/sounds/ring.wav: the console's ring, synthesised here so it is ours and reproducible.

    python packaging/make_ring_tone.py          # rewrites the file; the same bytes every time

One ring cycle of a desk phone: two 0.4 s bursts 0.2 s apart, then 2 s of quiet (3 s; the player loops
it while a call is offered). Each burst is a trill between 700 and 900 Hz switching every 25 ms, which
carries across an open-plan room and does not sound like any alarm of the building. 16 kHz mono 16-bit
PCM (96 KB), played at full scale; ui/card/ring_tone.py scales the samples for the chosen volume.
"""

from __future__ import annotations

import math
import wave
from array import array
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "ring.wav"
RATE = 16_000
AMPLITUDE = 0.6 * 32767  # headroom: two tones' edges never clip
TONES_HZ = (700.0, 900.0)
SWITCH_S = 0.025
FADE_S = 0.005  # no click at a burst's ends
PATTERN = ((0.4, True), (0.2, False), (0.4, True), (2.0, False))  # (seconds, sounding)


def samples() -> array[int]:
    out = array("h")
    phase = 0.0
    for seconds, sounding in PATTERN:
        count = round(seconds * RATE)
        for i in range(count):
            if not sounding:
                out.append(0)
                continue
            t = i / RATE
            freq = TONES_HZ[int(t / SWITCH_S) % 2]
            phase += 2 * math.pi * freq / RATE  # continuous phase across the switch: no click
            fade = min(1.0, t / FADE_S, (seconds - t) / FADE_S)
            out.append(round(AMPLITUDE * fade * math.sin(phase)))
    return out


def write(path: Path = OUT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples().tobytes())  # little-endian on every platform we build on
    return path


if __name__ == "__main__":
    print(write())
