// The person's web chat. No libraries, nothing fetched from elsewhere. Everything the person wrote is
// kept in localStorage until the server confirmed it (a client-made id makes a retry harmless), and the
// page follows the conversation by long-poll from the last seq it has, so a dropped network or a server
// restart loses nothing and shows nothing twice.
"use strict";
(function () {
  var API = "/v1/webchat";
  var KEY = "annyeong-webchat";
  var store = load();
  var known = "";
  var following = false;
  var typingSent = 0;
  var readSent = 0;
  var $ = function (id) { return document.getElementById(id); };

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(store)); } catch (e) { /* private mode */ } }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16); crypto.getRandomValues(b); b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function show(name) {
    ["notice", "selftest", "chat"].forEach(function (n) { $("screen-" + n).hidden = n !== name; });
    var title = { selftest: "selftest-title", chat: "chat-title" }[name];
    if (title) { $(title).focus(); }
  }
  function api(method, path, body, timeoutMs) {
    var ctl = new AbortController();
    var timer = setTimeout(function () { ctl.abort(); }, timeoutMs || 15000);
    var headers = { "Content-Type": "application/json" };
    if (store.token) { headers.Authorization = "Bearer " + store.token; }
    return fetch(API + path, { method: method, headers: headers, signal: ctl.signal, cache: "no-store",
                               body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        clearTimeout(timer);
        if (r.status === 204) { return null; }
        return r.json().then(function (data) {
          if (!r.ok) { var err = new Error(data.code || "error"); err.status = r.status; throw err; }
          return data;
        });
      }, function (e) { clearTimeout(timer); throw e; });
  }
  function wait(ms) { return new Promise(function (res) { setTimeout(res, ms); }); }

  // --- consent -------------------------------------------------------------------------------------
  $("consent-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var err = $("consent-error");
    if (!$("consent").checked) {
      err.textContent = "시작하려면 개인정보 수집·이용에 동의해 주세요.";
      err.hidden = false; $("consent").focus(); return;
    }
    err.hidden = true; $("start").disabled = true;
    api("POST", "/conversations", { consent: true }).then(function (data) {
      store = { token: data.token, seq: 0, log: [], outbox: [] }; save();
      startSelfTest();
    }, function (e) {
      $("start").disabled = false;
      err.textContent = e.status === 429 ? "잠시 후 다시 시도해 주세요." : "연결하지 못했습니다. 네트워크를 확인하고 다시 눌러 주세요.";
      err.hidden = false;
    });
  });

  // --- self-test -----------------------------------------------------------------------------------
  function startSelfTest() {
    show("selftest");
    fetch("/chat/selftest.json", { cache: "force-cache" }).then(function (r) { return r.json(); }).then(function (test) {
      $("selftest-frame").textContent = test.time_frame + " 나에게 해당하는지 골라 주세요.";
      var list = $("selftest-items"); list.textContent = "";
      test.items.forEach(function (item, i) {
        var li = document.createElement("li");
        var fs = document.createElement("fieldset");
        var lg = document.createElement("legend"); lg.textContent = (i + 1) + ". " + item.text; fs.appendChild(lg);
        var box = document.createElement("div"); box.className = "choices";
        test.scale.forEach(function (opt) {
          var lab = document.createElement("label");
          var input = document.createElement("input");
          input.type = "radio"; input.name = item.id; input.value = String(opt.value);
          input.setAttribute("data-label", opt.label);
          lab.appendChild(input); lab.appendChild(document.createTextNode(opt.label));
          box.appendChild(lab);
        });
        fs.appendChild(box); li.appendChild(fs); list.appendChild(li);
        li.id = "item-" + (i + 1);
      });
      $("selftest-title").focus();
    });
  }
  $("selftest-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var answers = [], missing = null;
    document.querySelectorAll("#selftest-items fieldset").forEach(function (fs, i) {
      var picked = fs.querySelector("input:checked");
      if (picked) {
        answers.push({ item_id: picked.name, value: Number(picked.value), label: picked.getAttribute("data-label") });
      } else if (missing === null) { missing = i; }
    });
    var err = $("selftest-error");
    if (missing !== null) {
      err.textContent = (missing + 1) + "번 문항에 답해 주세요. (모든 문항에 답해야 결과를 볼 수 있습니다)";
      err.hidden = false;
      document.querySelectorAll("#selftest-items fieldset")[missing].querySelector("input").focus();
      return;
    }
    err.hidden = true; $("selftest-submit").disabled = true;
    api("PUT", "/conversation/self-test", { answers: answers }).then(function (view) {
      $("selftest-result-text").textContent = "결과: " + view.self_test_result;
      $("selftest-result").hidden = false; $("selftest-form").hidden = true; $("connect").focus();
    }, function () {
      $("selftest-submit").disabled = false;
      err.textContent = "보내지 못했습니다. 잠시 후 다시 눌러 주세요."; err.hidden = false;
    });
  });
  $("selftest-skip").addEventListener("click", connect);
  $("connect").addEventListener("click", connect);

  function connect() {
    $("connect").disabled = true; $("selftest-skip").disabled = true;
    api("POST", "/conversation/connect").then(function (view) {
      store.connected = true; save(); enterChat(); apply(view);
    }, function () {
      $("connect").disabled = false; $("selftest-skip").disabled = false;
      $("selftest-error").textContent = "연결하지 못했습니다. 잠시 후 다시 눌러 주세요."; $("selftest-error").hidden = false;
    });
  }

  // --- the conversation ----------------------------------------------------------------------------
  function enterChat() {
    show("chat");
    render();
    if (!following) { following = true; follow(); }
    flush();
  }
  // The log is updated in place, never rebuilt: a screen reader announces only what is new.
  function render() {
    var log = $("log");
    var wanted = store.log.map(function (m) { return { m: m, pending: false }; })
      .concat(store.outbox.map(function (m) { return { m: m, pending: true }; }));
    var ids = {};
    wanted.forEach(function (w) { ids[w.m.id] = true; });
    Array.prototype.slice.call(log.children).forEach(function (li) {
      if (!ids[li.getAttribute("data-id")]) { log.removeChild(li); }
    });
    var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    wanted.forEach(function (w, i) {
      var li = log.querySelector('li[data-id="' + w.m.id + '"]');
      if (!li) { li = bubble(w.m, w.pending); }
      var state = li.querySelector(".state");
      if (state) { state.textContent = stateText(w.m, w.pending); }
      if (log.children[i] !== li) { log.insertBefore(li, log.children[i] || null); }
    });
    if (atEnd) { log.scrollTop = log.scrollHeight; }
  }
  function stateText(m, pending) {
    return pending ? "보내는 중…" : m.read ? "읽음" : m.delivered ? "전달됨" : "보냄";
  }
  function bubble(m, pending) {
    var li = document.createElement("li");
    var sender = pending ? "person" : m.sender;
    li.className = sender;
    li.setAttribute("data-id", m.id);
    var who = document.createElement("span"); who.className = "who";
    who.textContent = sender === "person" ? "나" : sender === "counselor" ? "상담사" : "안내";
    li.appendChild(who);
    li.appendChild(document.createTextNode(m.text));
    if (sender === "person") {
      var st = document.createElement("span"); st.className = "state";
      li.appendChild(st);
    }
    return li;
  }
  function apply(view) {
    view.messages.forEach(function (m) {
      if (m.seq <= store.seq) { return; }
      store.log.push(m); store.seq = m.seq;
      store.outbox = store.outbox.filter(function (o) { return o.id !== m.id; });
    });
    store.log.forEach(function (m) {
      if (m.sender === "person" && m.seq <= view.delivered_seq) { m.delivered = true; }
      if (m.sender === "person" && m.seq <= view.counselor_read_seq) { m.read = true; m.delivered = true; }
    });
    save();
    known = view.version;
    var status = $("status");
    if (view.state === "waiting") {
      status.textContent = view.queue_position ? "상담사를 기다리고 있습니다. 대기 순서 " + view.queue_position + "번째입니다." : "상담사를 기다리고 있습니다.";
    } else if (view.state === "connected") {
      status.textContent = "상담사와 연결되었습니다.";
    } else if (view.state === "ended") {
      status.textContent = view.ended_by === "person" ? "대화를 끝냈습니다." : "상담사가 대화를 마쳤습니다.";
    }
    $("typing").textContent = view.counselor_typing ? "상담사가 글을 쓰고 있습니다…" : "";
    var ended = view.state === "ended";
    $("compose").hidden = ended; $("end").hidden = ended; $("ended").hidden = !ended;
    if (ended) { store.ended = true; save(); }
    render();
    markRead();
  }
  function markRead() {
    var last = 0;
    store.log.forEach(function (m) { if (m.sender !== "person") { last = m.seq; } });
    if (last > readSent && document.visibilityState !== "hidden") {
      readSent = last;
      api("POST", "/conversation/read", { up_to_seq: last }).catch(function () { readSent = 0; });
    }
  }
  document.addEventListener("visibilitychange", markRead);

  function follow() {
    var backoff = 1000;
    (function loop() {
      if (store.ended || !store.token) { following = false; return; }
      api("GET", "/conversation?after_seq=" + store.seq + "&known=" + encodeURIComponent(known) + "&wait=25", undefined, 35000)
        .then(function (view) {
          $("network").hidden = true; backoff = 1000; apply(view); flush(); loop();
        }, function (e) {
          if (e.status === 401) { forget(); return; }
          $("network").hidden = false;
          wait(backoff).then(loop); backoff = Math.min(backoff * 2, 10000);
        });
    })();
  }

  var flushing = false;
  function flush() {
    var m = store.outbox.filter(function (o) { return !o.sent; })[0];
    if (flushing || !m) { return; }
    flushing = true;
    api("POST", "/conversation/messages", { id: m.id, text: m.text }).then(function (saved) {
      flushing = false;
      // Stored: the follow brings it in its place (with anything before it); until then it stays shown.
      m.sent = true;
      if (saved.seq <= store.seq) { store.outbox = store.outbox.filter(function (o) { return o.id !== m.id; }); }
      save(); render(); flush();
    }, function (e) {
      flushing = false;
      if (e.status === 409 || e.status === 422) {
        // Refused for good (the conversation ended): not retried, and said so.
        store.outbox = store.outbox.filter(function (o) { return o.id !== m.id; }); save(); render(); return;
      }
      $("network").hidden = false;
      wait(2000).then(flush);
    });
  }

  $("compose").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var box = $("text");
    var text = box.value.trim();
    if (!text) { box.focus(); return; }
    store.outbox.push({ id: uuid(), text: text }); save();
    box.value = ""; render(); flush(); box.focus();
    typingSent = 0;
  });
  $("text").addEventListener("keydown", function (ev) {
    // Enter sends, Shift+Enter starts a new line (the way phone and desktop messengers behave).
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); $("compose").requestSubmit(); }
  });
  $("text").addEventListener("input", function () {
    var now = Date.now();
    if (now - typingSent > 4000 && $("text").value) {
      typingSent = now; api("POST", "/conversation/typing", { typing: true }).catch(function () {});
    }
  });
  // Asked in the page, in Korean, not in the browser's own dialog (its buttons are in the browser's
  // language and it names the server's address): "keep talking" is the button that has the focus.
  $("end").addEventListener("click", function () {
    $("end-confirm").hidden = false; $("end").setAttribute("aria-expanded", "true"); $("end-no").focus();
  });
  $("end-no").addEventListener("click", function () {
    $("end-confirm").hidden = true; $("end").setAttribute("aria-expanded", "false"); $("text").focus();
  });
  $("end-yes").addEventListener("click", function () {
    $("end-confirm").hidden = true;
    api("POST", "/conversation/end").then(apply, function () {
      $("network").hidden = false;
    });
  });
  $("new-chat").addEventListener("click", function () { forget(); });
  function forget() {
    store = {}; save(); following = false; known = "";
    $("consent").checked = false; $("start").disabled = false;
    $("selftest-form").hidden = false; $("selftest-result").hidden = true;
    $("selftest-submit").disabled = false; $("connect").disabled = false; $("selftest-skip").disabled = false;
    show("notice");
  }

  // --- start: a link from KakaoTalk carries the conversation's token in the fragment (never sent to a
  // server or kept in its logs); otherwise resume what this browser had.
  var m = /[#&]t=([A-Za-z0-9_-]{20,})/.exec(location.hash);
  if (m) {
    if (store.token !== m[1]) { store = { token: m[1], seq: 0, log: [], outbox: [], connected: true }; save(); }
    history.replaceState(null, "", location.pathname);
  }
  if (store.token && (store.connected || store.ended)) { enterChat(); }
  else if (store.token) { startSelfTest(); }
  else { show("notice"); }
})();
