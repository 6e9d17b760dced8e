"""Render the console's main states to PNG files, with real widgets, the real core and a real server.

    python packaging/render_screens.py OUT_DIR [--width 1360 --height 840] [--docs docs/screens]
        [--theme day|night|contrast] [--lang ko|en] [--only NAME ...] [--prefix night_]

Starts the reference server (training mode, subprocess, its own temp data dir), builds the console with
ui.shell.composition.build_console, and drives it through: login, idle, ringing (new and returning caller),
in call with a note, the red button (pulsing, at rest), the dispatch panel, its live steps, wrap-up,
offline with pending items, and the dispatch fallback when the server cannot be reached. Runs on the offscreen
platform unless a display platform is forced with QT_QPA_PLATFORM.

``--theme`` and ``--lang`` render the same states in another theme or language (waits compare state,
never Korean text, so they hold in English); ``--only`` stops once the named shots are written (e.g.
``--only 06-in-call-note``), and ``--prefix`` names every README copy of such a run (en_in_call.png,
en_board.png …), so the README can show each screen in both languages:

    python packaging/render_screens.py OUT --docs docs/screens                        # 한국어
    python packaging/render_screens.py OUT --docs docs/screens --lang en --prefix en_  # English
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annyeong.console.embedded import (  # noqa: E402
    DEMO_PASSWORD,
    EmbeddedServer,
    free_port,
)
from annyeong.console.secrets import SecretStore  # noqa: E402
from annyeong.console.settings import Settings  # noqa: E402
from annyeong.console.simulator import TrainingSimulator  # noqa: E402
from annyeong.ui.account.login_dialog import LoginDialog  # noqa: E402
from annyeong.ui.common.theme import ThemeController, load_stylesheet  # noqa: E402
from annyeong.ui.main import apply_look  # noqa: E402
from annyeong.ui.shell.composition import ConsoleWindow, build_console  # noqa: E402
from annyeong.ui.shell.emergency_press import nothing_to_send  # noqa: E402
from annyeong.ui.text.i18n import install_translators  # noqa: E402
from annyeong.ui.text.messages import error_text  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling render_checklist module
from render_board import board_screens  # noqa: E402
from render_checklist import checklist_screens  # noqa: E402
from render_referral import referral_screens  # noqa: E402
from render_support import (  # noqa: E402
    Enough,
    Wanted,
    finish,
    note_tone,
    post_chat,
    save,
    save_crop,
    settle,
    type_text,
    wait_for,
)

NOTE = (
    "두 번째 전화. 지난주 이후로 밖에 거의 안 나가셨다고 함.\n"
    "밤에 잠이 잘 안 오고, 아들과는 설 이후 연락이 없다고 하심.\n"
    "동네 마음편의점 안내드림 → 관심 있으심. 목요일 오후에 다시 연락 드리기로 함."
)



async def render(out: Path, width: int, height: int, docs: Path | None) -> None:
    work = Path(tempfile.mkdtemp(prefix="annyeong-screens-"))
    server = EmbeddedServer(data_dir=work / "server", port=free_port())
    url = await server.start()
    console: ConsoleWindow | None = None

    def shot(name: str, doc_name: str | None = None) -> None:
        save(window, out, name)
        if docs is not None and doc_name is not None:
            save(window, docs, Wanted.prefix + doc_name)
        Wanted.done(name)

    try:
        console = build_console(
            server_url=url,
            data_dir=work / "console",
            training=True,
            secrets=SecretStore.in_memory(),  # nothing of the developer's keyring is touched
            settings=Settings(server_url=url, note_debounce_ms=200, simulator_enabled=False),
        )
        await login_screens(console, url, out, docs)
        await console.sign_in(username="kim", password=DEMO_PASSWORD)
        await console.core.calls.set_presence("available")
        window = console.window
        window.resize(width, height)
        window.show()
        await wait_for(lambda: console.core.sync_status.state == "online", "online")
        await settle()
        shot("02-idle", "idle")
        window.open_emergency()  # F12 with nothing open: the notice says why, and whom to phone
        await settle()
        shot("02b-idle-f12")
        window.error_banner.dismiss()

        ringer = TrainingSimulator(client=console.core.client)
        declined = await ringer.ring_once("010-4821-7730")
        await wait_for(window.card.isVisible, "new caller card")
        await settle(0.6)
        shot("03-ringing-new", "ringing_new")
        window.card.show_reasons()
        await settle()
        shot("04-ringing-decline-reason")
        window.card.decline("away")
        await wait_for(window.card.isHidden, "declined")
        await ringer.hang_up(declined.id)  # or it rings again at the next 대기, still waiting
        # Declined as away, the counselor went on 휴식; back at the desk they are 상담 가능 again.
        await wait_for(lambda: console.core.presence == "break", "on a break")
        await console.core.calls.set_presence("available")

        await ringer.ring_once("010-2345-6789")
        await wait_for(window.card.isVisible, "returning caller card")
        await wait_for(lambda: window.history.state() == "shown", "history")
        await settle(0.6)
        shot("05-ringing-returning", "ringing_returning")

        window.card.accept()
        await wait_for(lambda: window.contact.state() == "in_call", "in call")
        editor = window.contact.notes.editor()
        type_text(editor, NOTE)
        await wait_for(
            lambda: note_tone(window) == "ok" and console.core.sync_status.pending == 0, "note sent"
        )
        await wait_for(lambda: window.history.state() == "shown", "history in call")
        await settle(1.2)
        shot("06-in-call-note", "in_call")
        window.view_actions.sheet.toggle()  # F1
        await settle()
        shot("06b-shortcut-sheet")
        window.view_actions.close_sheet()

        window.contact.show_page("directory")
        type_text(window.contact.directory.search_edit(), "마음")
        await settle(0.4)
        shot("07-in-call-directory")
        window.contact.show_page("notes")
        # Packaging/render_checklist.py, packaging/render_referral.py.
        await checklist_screens(window, Wanted.save_for(docs), out, docs)
        await referral_screens(window, Wanted.save_for(docs), out, docs, url)
        await emergency_screens(console, out, docs)

        window.contact.end_contact()
        if window.contact.end_confirm.asking():  # a crisis or a dispatch is at stake: asked first
            await settle(0.4)
            shot("07b-end-confirm")
            window.contact.end_confirm.end.click()
        await wait_for(lambda: window.contact.state() == "wrap_up", "wrap-up")
        type_text(window.contact.wrap_up.summary, "불면·외로움 호소. 마음편의점 재방문 권유.")
        await settle(0.4)
        shot("08a-wrap-up-marked")  # what the contact did, ticked and marked 자동 표시
        # The missing-fields screen: the counselor unticks what 마무리 ticked and clears 처리 결과.
        for box in window.contact.wrap_up.service_boxes.values():
            box.setChecked(False)
        window.contact.wrap_up.disposition.setCurrentIndex(0)
        window.contact.finish_wrap_up()
        await wait_for(lambda: window.contact.missing_text() != "", "missing fields")
        await settle(0.4)
        shot("08-wrap-up-missing", "wrap_up")
        form = window.contact.wrap_up
        form.service_boxes["conversation"].setChecked(True)
        form.service_boxes["info"].setChecked(True)
        form.disposition.setCurrentIndex(form.disposition.findData("referred"))
        form.follow_up.setChecked(True)
        await settle(0.4)
        shot("09-wrap-up-filled")
        form.follow_up.setChecked(False)
        await finish(console, "")

        await post_chat(url, "010-5150-2424")
        await wait_for(window.card.isVisible, "chat hand-off card")
        await settle(0.6)
        shot("10-ringing-chat", "ringing_chat")
        window.card.accept()
        await wait_for(lambda: window.contact.state() == "in_call", "in chat")
        window.contact.end_contact()  # the person has not left the chat: asked first, then 그래도 종료
        await wait_for(window.contact.end_confirm.asking, "the question before ending the chat")
        window.contact.end_confirm.end.click()
        await wait_for(lambda: window.contact.state() == "wrap_up", "chat wrap-up")
        await finish(console, "챗봇 자가진단 후 연결. 외로움 대화.")

        window.search.focus_field()
        type_text(window.search.field(), "편의점")
        await wait_for(lambda: window.search.results().count() > 0, "search results")
        window.search.results().setCurrentRow(0)
        await wait_for(lambda: window.history.state() == "shown", "search hit in history")
        await settle(0.6)
        shot("11-search")
        window.search.field().clear()

        await ringer.ring_once(None, random_number=False)
        await wait_for(window.card.isVisible, "withheld caller card")
        await settle(0.6)
        shot("12-ringing-withheld")
        window.card.accept()
        await wait_for(lambda: window.contact.state() == "in_call", "in call (withheld)")
        await server.stop()
        await wait_for(lambda: console.core.sync_status.state == "offline", "offline", timeout=30)
        type_text(editor, "연결이 끊겼는데도 메모는 이 PC에 저장되는지 확인.")
        window.contact.notes.flush()
        await wait_for(lambda: note_tone(window) == "warn", "offline status")
        await settle(1.2)
        shot("13-offline-pending")
        await fallback_screen(console, out, docs)

        window.show_error(error_text(RuntimeError()))
        await settle()
        shot("14-error-banner")
        # Packaging/render_board.py.
        await board_screens(out, width, height, docs, prefix=Wanted.prefix)
    except Enough:
        pass
    finally:
        if console is not None:
            console.window.hide()
            await console.aclose()
        await server.stop()



async def emergency_screens(console: ConsoleWindow, out: Path, docs: Path | None) -> None:
    """The red button pulsing (a suicide-risk flag on this caller), the panel, then the live steps."""
    window = console.window
    button = window.contact.emergency
    await wait_for(button.is_pulsing, "pulsing button")
    await wait_for(lambda: button._glow.color().alphaF() > 0.9, "glow at its peak")
    save_crop(window, out, "15-emergency-button-pulsing", button)
    window.contact.notes.editor().setFocus()
    window.open_emergency()  # what F12 does
    panel = window.dispatch_panel
    form = panel.form
    type_text(form.address, "망원동 412-7 2층")
    form.district.setCurrentIndex(form.district.findData("마포구"))
    type_text(form.landmark, "망원시장 입구 편의점 위층")
    form.lookup.setChecked(True)
    form.risks["plan"].setChecked(True)
    form.risks["means"].setChecked(True)
    type_text(form.callback, "02-120-0005")
    panel.focus_confirm()
    await settle(0.6)
    save(window, out, "16-emergency-panel")
    if docs is not None:
        save(window, docs, Wanted.prefix + "emergency_panel")
    panel.confirm_dispatch()
    # Training mode plays the liaison: acknowledged with a TRN- incident number, then units en route.
    await wait_for(lambda: "TRN-" in panel.status.step_text("acknowledged"), "incident number", timeout=30)
    await wait_for(
        lambda: any(d.en_route_at is not None for d in console.core.dispatches.open_dispatches),
        "en route",
        timeout=30,
    )
    await settle(0.6)
    save(window, out, "17-emergency-steps")
    if docs is not None:
        save(window, docs, Wanted.prefix + "emergency_steps")
    window.contact.end_contact()  # Ctrl+E with the dispatch open: asked first, beside the panel
    await settle(0.4)
    save(window, out, "17b-end-confirm-beside-dispatch")
    window.contact.end_confirm.close_question()
    console.lock_now(asked=True)
    window.open_emergency()  # F12 through the lock: the dispatch shows, its outcome waits for the password
    await wait_for(lambda: panel.mode() == "status" and not panel.sliding(), "the dispatch over the lock")
    await settle(0.4)
    save(window, out, "17c-dispatch-through-the-lock")
    console.lock.password.setText(DEMO_PASSWORD)
    console.lock.unlock_button.click()
    await wait_for(lambda: not console.lock.is_locked(), "unlocked", timeout=15)
    window.open_emergency()
    await wait_for(lambda: panel.mode() == "status", "the dispatch back after unlocking")
    window.error_banner.show_message(nothing_to_send())  # a notice above the panel, as there often is
    window.relays.withdraw.open_ask()  # 요청 취소…: asked in place, the steps make room
    await settle(0.4)
    save(window, out, "17d-emergency-withdraw-ask")
    window.relays.withdraw.close_ask()
    window.error_banner.dismiss()
    await settle(0.2)
    panel.status.confirm.click()
    await settle(0.3)
    save(window, out, "18-emergency-confirmed")
    panel.status.close_button.click()
    await wait_for(lambda: panel.mode() == "hidden", "panel closed")
    window.open_emergency()  # a second emergency in the same call: the last place, said to be so
    await wait_for(lambda: panel.mode() == "form" and not panel.sliding(), "the second form")
    await settle(0.4)
    save(window, out, "18b-emergency-form-carried")
    panel.cancel_form()
    await wait_for(lambda: panel.mode() == "hidden", "second form closed")


async def fallback_screen(console: ConsoleWindow, out: Path, docs: Path | None) -> None:
    """Offline at the press: saved here, retrying, and after the receive timeout: phone 112 directly."""
    window = console.window
    save_crop(window, out, "19-emergency-button-rest", window.contact.emergency)
    window.open_emergency()
    panel = window.dispatch_panel
    form = panel.form
    type_text(form.number, "010-3030-1188")
    type_text(form.address, "서울 노원구 상계동 주공아파트 7단지")
    form.district.setCurrentIndex(form.district.findData("노원구"))
    form.risks["thoughts"].setChecked(True)
    form.risks["means"].setChecked(True)
    form.relation.setCurrentIndex(form.relation.findData("self"))
    panel.focus_confirm()
    await settle(0.4)
    save(window, out, "19b-emergency-form-offline")  # the hint says it before the press
    panel.confirm_dispatch()
    await settle(0.4)
    save(window, out, "20-emergency-saved-offline")
    await wait_for(lambda: panel.status.fallback_text() != "", "fallback", timeout=15)
    await settle(0.6)
    save(window, out, "21-emergency-fallback")
    if docs is not None:
        save(window, docs, Wanted.prefix + "emergency_fallback")


async def login_screens(console: ConsoleWindow, url: str, out: Path, docs: Path | None) -> None:
    async def sign_in(server_url: str, user: str, password: str) -> object:
        return await console.core.sign_in(server_url=server_url, username=user, password=password)

    dialog = LoginDialog(sign_in, server_url=url, username="kim")
    dialog.show()
    await settle()
    save(dialog, out, "01-login")
    if docs is not None:
        save(dialog, docs, Wanted.prefix + "login")
    dialog.password_edit.setText("wrong-password")
    dialog.submit()
    await wait_for(lambda: dialog.error_text() != "", "login error")
    await settle()
    save(dialog, out, "01-login-error")
    dialog.close()
    dialog.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="directory for the PNG files")
    parser.add_argument("--width", type=int, default=1360)
    parser.add_argument("--height", type=int, default=840)
    parser.add_argument(
        "--docs", type=Path, help="also write the README screens (ringing_*, in_call, wrap_up) here"
    )
    parser.add_argument("--theme", choices=("day", "night", "contrast"), default="day")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME", help="stop after these shots")
    parser.add_argument("--prefix", default="", help="prefix for the README copies, e.g. night_")
    args = parser.parse_args(argv)
    Wanted.names, Wanted.limited, Wanted.prefix = set(args.only), bool(args.only), args.prefix
    args.out.mkdir(parents=True, exist_ok=True)
    if args.docs is not None:
        args.docs.mkdir(parents=True, exist_ok=True)

    import qasync

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    apply_look(app)
    # The look and language asked for, not the developer's remembered ones (and nothing saved).
    # Through the controller, so what paints itself (charts, the shift report) takes the theme too.
    ThemeController.of(app).set_theme(args.theme, remember=False)
    if ThemeController.of(app).scale() != 1.0:
        app.setStyleSheet(load_stylesheet(args.theme))  # screenshots at 100 %, whatever was remembered
    install_translators(app, args.lang)
    qasync.run(render(args.out, args.width, args.height, args.docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
