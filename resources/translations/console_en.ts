<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ko">
<context>
    <name>AccountButton</name>
    <message>
        <location filename="../../ui/header/account_button.py" line="+24"/>
        <source>로그인한 상담원</source>
        <translation>Signed-in counselor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>누르면 잠그기와 로그아웃 메뉴가 열립니다.</source>
        <translation>Opens a menu to lock the console or sign out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>로그인한 상담원 — 잠그기, 로그아웃</source>
        <translation>Signed-in counselor — lock, sign out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>계정 메뉴</source>
        <translation>Account menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>로그아웃…</source>
        <translation>Sign out…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>보내지 않은 기록이 없으면 이 PC에 남은 상담 기록을 지우고 로그아웃합니다.</source>
        <translation>Signs out and, if nothing is left unsent, erases the contact records kept on this PC.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/composition.py" line="+80"/>
        <source>지금 잠그기</source>
        <translation>Lock now</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/lifetime.py" line="+99"/>
        <source>설정 파일을 읽지 못해 기본 설정으로 시작했습니다. ({code})</source>
        <translation>Could not read the settings file; started with default settings. ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/training_start.py" line="+63"/>
        <source>이 PC에 암호화 모듈(SQLCipher)이 없어 교육용 데이터가 암호화되지 않은 채 저장됩니다. 실제 상담 내용은 입력하지 마세요.</source>
        <translation>This PC has no encryption module (SQLCipher), so training data is stored unencrypted. Do not enter real contact details.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>이 PC에는 암호 키를 보관할 곳(키링)이 없어, 콘솔을 다시 시작하면 이번 연습 기록(보내지 못한 메모 포함)이 지워집니다.</source>
        <translation>This PC has no keyring to keep the encryption key, so this practice session&apos;s records (including unsent notes) are erased when the console restarts.</translation>
    </message>
</context>
<context>
    <name>BoardLists</name>
    <message>
        <location filename="../../ui/board/lists.py" line="+40"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>외 {n}건</source>
        <translation>and {n} more</translation>
    </message>
</context>
<context>
    <name>BoardTiles</name>
    <message>
        <location filename="../../ui/board/tiles.py" line="+35"/>
        <source>상담원 {name}</source>
        <translation>Counselor {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>통화 시간</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>넘겨받기</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{name}의 상담 넘겨받기</source>
        <translation>Take over {name}&apos;s contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>넘겨받기 확인</source>
        <translation>Confirm take-over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>넘겨받지 않기</source>
        <translation>Do not take over</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>채팅</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>통화</source>
        <translation>call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 상담사의 {what}(위험도: {tier})를 넘겨받을까요?</source>
        <translation>Take over {name}&apos;s {what} (risk: {tier})?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>위험도 {tier}</source>
        <translation>Risk {tier}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>상담 없음</source>
        <translation>No contact</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../ui/board/view.py" line="+63"/>
        <location line="+5"/>
        <source>상황판</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>교대 인계 보고서</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>교대 인계 보고서 열기</source>
        <translation>Open the shift report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>대기 전화</source>
        <translation>Waiting calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 확인 대기</source>
        <translation>Dispatches to confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인계 대기</source>
        <translation>Pending handoffs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기한 지난 후속 연락</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>에스컬레이션</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위기 응답</source>
        <translation>Crisis answers</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>상황판을 불러오지 못했습니다 ({code}).</source>
        <translation>Could not load the board ({code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} 기준 · 실시간</source>
        <translation>As of {time} · live</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{channel} · {wait} 대기</source>
        <translation>{channel} · waiting {wait}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>채팅</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>위기 표현 · {channel} · {wait} 대기 · 먼저 연결</source>
        <translation>Crisis words · {channel} · waiting {wait} · offered first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n}건 · 최장 {wait}</source>
        <translation>{n} · longest {wait}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{service} · {who} · {at} 요청 · 확인 전</source>
        <translation>{service} · {who} · requested {at} · not confirmed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} → {target} · {age} · 위험도 {tier}</source>
        <translation>{who} → {target} · {age} · risk {tier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>배정</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · {who} · {reason}</source>
        <translation>{when} · {who} · {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>공동</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>응답 없는 인계 · {at}부터</source>
        <translation>Unanswered handoff · since {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확인</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} · {at} 위기 응답 · 결정 전</source>
        <translation>{who} · crisis answer at {at} · no decision yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>상담원 선택</source>
        <translation>Choose a counselor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>보낼 메시지</source>
        <translation>Message to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상담원에게 보낼 메시지</source>
        <translation>Message to the counselor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>메시지 보내기</source>
        <translation>Send message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>재배정할 사례</source>
        <translation>Case to reassign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>사례 재배정</source>
        <translation>Reassign case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>선택한 사례를 선택한 상담원에게</source>
        <translation>The chosen case to the chosen counselor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>상담원</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>사례</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{who} 담당 · 위험도 {tier}</source>
        <translation>Owner {who} · risk {tier}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>상담을 넘겨받았습니다.</source>
        <translation>You took over the contact.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>배정할 상담원을 먼저 고르세요.</source>
        <translation>Choose a counselor to assign first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who}에게 배정했습니다.</source>
        <translation>Assigned to {who}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>확인했습니다.</source>
        <translation>Acknowledged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>상담원과 메시지를 모두 입력하세요.</source>
        <translation>Enter both a counselor and a message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}에게 메시지를 보냈습니다.</source>
        <translation>Message sent to {who}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>사례와 상담원을 고르세요.</source>
        <translation>Choose a case and a counselor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}에게 재배정했습니다.</source>
        <translation>Reassigned to {who}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>다른 곳에서 먼저 바뀌었습니다. 보낸 값: {tried} · 지금 값: {now}</source>
        <translation>Changed elsewhere first. Sent: {tried} · Now: {now}</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <location filename="../../ui/card/decline_reasons.py" line="+14"/>
        <source>이전 상담 정리 중</source>
        <translation>Wrapping up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>잠시 자리 비움</source>
        <translation>Away briefly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>헤드셋·장비 문제</source>
        <translation>Equipment problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/card/call_card.py" line="+57"/>
        <location line="+109"/>
        <source>걸려 온 전화</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+81"/>
        <source>받기  (Enter)</source>
        <translation>Answer  (Enter)</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+44"/>
        <location line="+6"/>
        <location line="+44"/>
        <source>전화 받기</source>
        <translation>Answer call</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>전화 받기 (Enter)</source>
        <translation>Answer call (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>거절  (Esc)</source>
        <translation>Decline  (Esc)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>전화 거절</source>
        <translation>Decline call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>거절하고 사유 고르기 (Esc)</source>
        <translation>Decline and choose a reason (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/card/decline_reasons.py" line="+21"/>
        <source>거절 사유를 골라 주세요 (숫자 키)</source>
        <translation>Choose a reason for declining (number keys)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>거절 사유: {label}</source>
        <translation>Decline reason: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} (숫자 {n})</source>
        <translation>{label} (key {n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>돌아가기 (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/card/call_card.py" line="+39"/>
        <location filename="../../ui/card/decline_reasons.py" line="+2"/>
        <source>거절 취소</source>
        <translation>Cancel decline</translation>
    </message>
    <message>
        <location filename="../../ui/card/decline_reasons.py" line="+1"/>
        <source>거절하지 않고 카드로 돌아가기 (Esc)</source>
        <translation>Go back to the card without declining (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/card/call_card.py" line="-1"/>
        <source>전화 거절 (사유 고르기)</source>
        <translation>Decline the call (choose a reason)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>거절: {reason}</source>
        <translation>Decline: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>받기</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>거절</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>들어온 채팅</source>
        <translation>Incoming chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>채팅 받기</source>
        <translation>Answer the chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>채팅 연결 요청</source>
        <translation>Chat hand-off request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>전화가 왔습니다</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>채팅 · {source}</source>
        <translation>Chat · {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>채팅</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이력 확인 불가</source>
        <translation>History unavailable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.</source>
        <translation>This chat came without a number, so earlier contacts cannot be found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>번호가 표시되지 않아 이전 상담을 찾을 수 없습니다.</source>
        <translation>The number is hidden, so earlier contacts cannot be found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>재이용</source>
        <translation>Returning</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>이전 상담 %n회 · 최근 {list}</source>
        <translation>
            <numerusform>%n earlier contact · recent {list}</numerusform>
            <numerusform>%n earlier contacts · recent {list}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>이전 상담 %n회</source>
        <translation>
            <numerusform>%n earlier contact</numerusform>
            <numerusform>%n earlier contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>마지막 {date}</source>
        <translation>last {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>신규</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>처음 연락하신 분입니다.</source>
        <translation>First contact with us.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>처음 전화하신 분입니다.</source>
        <translation>First-time caller.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>연결 중…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>거절하는 중…</source>
        <translation>Declining…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{n}초 뒤 다음 상담원에게 연결</source>
        <translation>Goes to the next counselor in {n} s</translation>
    </message>
    <message>
        <location filename="../../ui/card/sections.py" line="+39"/>
        <source>({date}까지)</source>
        <translation>(until {date})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>자가진단을 하지 않았습니다.</source>
        <translation>No self-test was taken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>결과: 12문항 중 {n}문항이 외로움·고립 쪽 응답 (관계 단절 {r}/5 · 일상생활 {d}/7)</source>
        <translation>Result: {n} of 12 answers on the lonely or isolated side (relationships {r}/5 · daily life {d}/7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n}문항만 답했습니다.</source>
        <translation>Only {n} items answered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>챗봇 안내: {result}</source>
        <translation>Chatbot&apos;s note: {result}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>답변 없음</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>그렇다</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>그렇지 않다</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>채팅 내용이 없습니다.</source>
        <translation>No chat messages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>본인</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>챗봇</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+79"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>챗봇 자가진단 답변</source>
        <translation>Chatbot self-test answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금까지의 채팅 내용</source>
        <translation>Chat so far</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>자가진단</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>채팅 내용</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>이전 기록을 불러오지 못했습니다. 받은 뒤 이력 칸에서 다시 볼 수 있습니다.</source>
        <translation>Could not load earlier records. You can see them in the history column after answering.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>진행 중 사례 · 담당 {owner}</source>
        <translation>Open case · owner {owner}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>최근 위험도: {tier} ({date})</source>
        <translation>Last risk: {tier} ({date})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>최근: {list}</source>
        <translation>Recent: {list}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>연계 진행 중 %n건</source>
        <translation>
            <numerusform>%n referral in progress</numerusform>
            <numerusform>%n referrals in progress</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>후속 연락 {date} {who}</source>
        <translation>Follow-up {date} {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>인계 메모: {note}</source>
        <translation>Handoff note: {note}</translation>
    </message>
</context>
<context>
    <name>Caller</name>
    <message>
        <location filename="../../ui/text/formatting.py" line="+55"/>
        <source>번호 미제공</source>
        <translation>No number given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>발신번호 표시제한</source>
        <translation>Caller ID blocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>번호 확인 불가 ({digits})</source>
        <translation>Number unreadable ({digits})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>번호 없음</source>
        <translation>No number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>카카오톡 챗봇</source>
        <translation>KakaoTalk chatbot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>웹 채팅 페이지</source>
        <translation>web chat page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>채팅</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CallerLine</name>
    <message>
        <location filename="../../ui/card/caller_line.py" line="+54"/>
        <source>번호 보기</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>전체 번호 보기 요청</source>
        <translation>Request the full number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유를 적으면 전체 번호를 보여 줍니다. 요청은 기록됩니다.</source>
        <translation>Give a reason to see the full number. The request is logged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>번호 보기 사유</source>
        <translation>Reason to see the number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유 (예: 긴급 출동 요청, 회신 전화)</source>
        <translation>Reason (e.g. emergency dispatch, call-back)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>요청</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>번호 보기 요청 보내기</source>
        <translation>Send the request to see the number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>번호 보기 취소</source>
        <translation>Cancel showing the number</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>사유를 적어 주세요.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>전체 번호를 표시했습니다. 요청 사유와 함께 기록되었습니다.</source>
        <translation>Full number shown. Logged with the reason given.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>이름 미상</source>
        <translation>No name</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+58"/>
        <location line="+1"/>
        <source>위험도: {tier}</source>
        <translation>Risk: {tier}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>위험도: {tier} (이전 평가 {case})</source>
        <translation>Risk: {tier} (earlier: {case})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>주의 표시 {n}</source>
        <translation>Alerts {n}</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <location filename="../../ui/chat/composer.py" line="+46"/>
        <source>상용구 고르기</source>
        <translation>Choose a quick text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>상용구</source>
        <translation>Quick texts</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>상용구  ·  ↑↓ 고르기 · Enter 넣기 · Esc 닫기</source>
        <translation>Quick texts  ·  ↑↓ choose · Enter insert · Esc close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>상용구 찾기</source>
        <translation>Find a quick text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>단축어나 낱말로 찾기 (예: 인사, 대기, 109)</source>
        <translation>Find by shortcut or word (e.g. 인사, 대기, 109)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>상용구 목록</source>
        <translation>Quick texts</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>보낼 메시지</source>
        <translation>Message to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>메시지를 쓰세요 · Ctrl+Enter 보내기 · / 또는 Ctrl+/ 상용구</source>
        <translation>Write a message · Ctrl+Enter sends · / or Ctrl+/ for quick texts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>상용구 넣기 (Ctrl+/)</source>
        <translation>Insert a quick text (Ctrl+/)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보내기</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>메시지 보내기 (Ctrl+Enter)</source>
        <translation>Send the message (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>상용구 넣기</source>
        <translation>Insert a quick text</translation>
    </message>
</context>
<context>
    <name>ChatHandoffPane</name>
    <message>
        <location filename="../../ui/contact/chatbot_answers.py" line="+37"/>
        <source>챗봇 자가진단 답변</source>
        <translation>Chatbot self-check answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>챗봇과 나눈 채팅 내용</source>
        <translation>Chat with the chatbot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>챗봇 자가진단</source>
        <translation>Chatbot self-check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>챗봇 채팅 내용</source>
        <translation>Chat with the chatbot</translation>
    </message>
</context>
<context>
    <name>ChatSwitcher</name>
    <message>
        <location filename="../../ui/chat/switcher.py" line="+26"/>
        <source>채팅 {time}</source>
        <translation>Chat {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>통화 · {caller}</source>
        <translation>Call · {caller}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>통화</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>상담 전환</source>
        <translation>Switch conversation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>상담 {n}번째로 전환</source>
        <translation>Switch to contact {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>다음 상담으로 전환</source>
        <translation>Switch to the next contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이전 상담으로 전환</source>
        <translation>Switch to the previous contact</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>새 {n}</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>새 메시지 {n}</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>위기 표현 있음</source>
        <translation>crisis words</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>끝남</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+{n}</source>
        <translation>Ctrl+Alt+{n}</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <location filename="../../ui/chat/transcript.py" line="+73"/>
        <source>대화 내용</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>ChatWiring</name>
    <message>
        <location filename="../../ui/chat/wiring.py" line="+71"/>
        <source>탭 보기</source>
        <translation>Show tab</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>위기 표현이 있는 채팅이 기다립니다</source>
        <translation>A chat with crisis words is waiting</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>대화</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{tab} 탭 보기</source>
        <translation>Show the {tab} tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tab} 탭 보기 (채팅 상담 중)</source>
        <translation>Show the {tab} tab (in a chat)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{chat}: {what} 마무리를 채워 주세요.</source>
        <translation>{chat}: {what} Please fill in the wrap-up.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{chat}에서 위기 표현이 나왔습니다. 지금 확인하세요.</source>
        <translation>Crisis words in {chat}. Check it now.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>채팅 보기</source>
        <translation>Show chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>위기 표현</source>
        <translation>Crisis words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>새 채팅 메시지</source>
        <translation>New chat message</translation>
    </message>
</context>
<context>
    <name>ChatWords</name>
    <message>
        <location filename="../../ui/chat/words.py" line="+19"/>
        <source>보내는 중</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보내지 못함</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ 보냄</source>
        <translation>✓ Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓✓ 전달됨</source>
        <translation>✓✓ Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓✓ 읽음</source>
        <translation>✓✓ Read</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n}초 대기</source>
        <translation>waiting {n} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}분 대기</source>
        <translation>waiting {n} min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>보낼 내용이 없습니다.</source>
        <translation>There is nothing to send.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>한 번에 2,000자까지 보낼 수 있습니다. 나누어 보내 주세요.</source>
        <translation>A message can hold up to 2,000 characters. Please send it in parts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대화가 끝나서 더 보낼 수 없습니다. 쓴 내용은 그대로 있습니다.</source>
        <translation>The conversation has ended, so nothing more can be sent. What you wrote is kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>메시지를 보내지 못했습니다. 쓴 내용은 그대로 있습니다.</source>
        <translation>The message could not be sent. What you wrote is kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>상대방이 {time}에 대화를 나갔습니다.</source>
        <translation>The person left the conversation at {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>답이 없어 {time}에 대화가 자동으로 끝났습니다.</source>
        <translation>With no reply, the conversation ended by itself at {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time}에 상담사가 대화를 마쳤습니다.</source>
        <translation>The counselor ended the conversation at {time}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>상대방이 입력하고 있습니다…</source>
        <translation>The person is typing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>상대방의 답이 한동안 없습니다. 아직 대화 중인지 확인해 보세요.</source>
        <translation>No reply for a while. Check whether the person is still there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>오랫동안 답이 없습니다. 마무리 인사를 보내고 대화를 마칠지 정해 주세요.</source>
        <translation>No reply for a long time. Decide whether to send a closing message and end the conversation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>죽음·자살 생각</source>
        <translation>thoughts of death or suicide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자살 계획</source>
        <translation>suicide plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자살 수단</source>
        <translation>means of suicide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시도 중이거나 이미 함</source>
        <translation>attempt under way or done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>작별 인사</source>
        <translation>farewell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>위기 표현 ‘{matched}’ ({kind}) — 안전을 직접 여쭤보세요.</source>
        <translation>Crisis expression ‘{matched}’ ({kind}) — ask about safety directly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}의 {entry} 항목</source>
        <translation>entry {entry} of {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상용구 파일 {where}의 형식이 잘못되어 읽지 못했습니다. 나머지 상용구는 쓸 수 있습니다.</source>
        <translation>The quick text file {where} is not in the right format and was not read. The other quick texts can still be used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: 같은 단축어가 이미 있어 빠졌습니다.</source>
        <translation>{where}: left out, its shortcut is already used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}에 문제가 있어 빠졌습니다. 나머지 상용구는 쓸 수 있습니다.</source>
        <translation>{where} has a problem and was left out. The other quick texts can still be used.</translation>
    </message>
</context>
<context>
    <name>ChecklistInfo</name>
    <message>
        <location filename="../../ui/checklist/info.py" line="+27"/>
        <source>ⓘ 출처·안내</source>
        <translation>ⓘ Source · notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>출처와 안내 보기</source>
        <translation>Show source and notes</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>도구의 출처, 번역·채점 검토 상태, 사용 허가를 봅니다</source>
        <translation>The tool&apos;s source, the state of its translation and scoring, and its licence</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>출처와 안내 닫기</source>
        <translation>Hide source and notes</translation>
    </message>
</context>
<context>
    <name>ChecklistLabels</name>
    <message>
        <location filename="../../ui/checklist/labels.py" line="+31"/>
        <source>추가 조치 없음</source>
        <translation>No further action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>추가 상담</source>
        <translation>Keep talking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고립예방센터 연계</source>
        <translation>Isolation centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>돌봄동행단 연계</source>
        <translation>Care companions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>정신건강복지센터·109 연계</source>
        <translation>Refer to mental health centre / 109</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>긴급 대응</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>답하지 않으심</source>
        <translation>Did not answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>모르겠다고 하심</source>
        <translation>Said they don&apos;t know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금 묻기 어려움</source>
        <translation>Hard to ask right now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>통화가 끊김</source>
        <translation>Call dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>구체적인 자살 계획이 있다고 하심</source>
        <translation>Says they have a specific suicide plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자해에 쓸 약이나 도구가 가까이 있다고 하심</source>
        <translation>Says pills or tools for self-harm are close by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 자해를 했거나 지금 하고 있다고 하심</source>
        <translation>Says they have harmed themselves or are doing so now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 사람이 위험한 상황이라고 하심</source>
        <translation>Says someone else is in danger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>죽거나 자신을 해칠 생각이 든다고 하심</source>
        <translation>Says they think of dying or hurting themselves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위기 응답이 있었음</source>
        <translation>A crisis answer was given</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>긴급 출동 요청함</source>
        <translation>Dispatch requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>안전 계획에 함께 동의함</source>
        <translation>Safety plan agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기타 (사유 기록)</source>
        <translation>Other (reason noted)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>파일을 읽을 수 없습니다</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일이 너무 큽니다</source>
        <translation>The file is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일 형식이 잘못되었습니다</source>
        <translation>The file format is wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>문항 정의에 오류가 있습니다</source>
        <translation>The question definitions have an error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위기 문항이 빠졌거나 바뀌었습니다</source>
        <translation>Crisis questions are missing or changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>같은 이름의 도구가 이미 있습니다</source>
        <translation>A tool with the same name already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기관의 사용 허가가 없습니다</source>
        <translation>The centre has no licence to use it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>이 도구는 지금 사용할 수 없습니다.</source>
        <translation>This tool cannot be used right now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진행 중인 체크리스트가 없습니다.</source>
        <translation>No checklist in progress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>모든 질문에 답했습니다. 결과를 확인해 주세요.</source>
        <translation>All questions answered. Please check the result.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘기타’는 사유를 적어 주세요.</source>
        <translation>Please write a reason for ‘Other’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결정을 골라 주세요.</source>
        <translation>Please choose a decision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>처리하지 못했습니다. 다시 해 주세요.</source>
        <translation>Could not be done. Please try again.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/checklist/panel.py" line="+62"/>
        <source>체크리스트</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>체크리스트: 번호로 답하기 또는 고르기</source>
        <translation>Checklist: answer or choose by number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>체크리스트: 이전 문항</source>
        <translation>Checklist: previous question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>체크리스트: 다음 문항</source>
        <translation>Checklist: next question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>체크리스트: 이 문항 건너뛰기</source>
        <translation>Checklist: skip this question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>체크리스트: 다른 체크리스트 고르기</source>
        <translation>Checklist: choose another checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>체크리스트: 이 결과로 후속 연락 예약</source>
        <translation>Checklist: book a follow-up from this result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>체크리스트: 건너뛰기 취소</source>
        <translation>Checklist: cancel skipping</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>이 체크리스트의 도구 파일을 지금 쓸 수 없습니다. 이미 한 답은 기록되어 있습니다. N 키로 다른 체크리스트를 고르세요.</source>
        <translation>This checklist&apos;s tool file cannot be used now. Answers given are recorded. Press N to choose another checklist.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>후속 연락을 {when}에 예약했습니다.</source>
        <translation>Follow-up booked for {when}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>이 체크리스트의 도구 파일</source>
        <translation>This checklist&apos;s tool file</translation>
    </message>
</context>
<context>
    <name>ChecklistPicker</name>
    <message>
        <location filename="../../ui/checklist/picker.py" line="+35"/>
        <source>체크리스트 고르기</source>
        <translation>Choose a checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>숫자 키로 바로 시작합니다. 질문은 한 번에 하나씩 나오고, 읽어 드릴 말이 함께 보입니다.</source>
        <translation>Number keys start one at once. Questions come one at a time, with the words to read aloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>교육 모드: 기관의 사용 허가가 필요한 도구도 연습용으로 보입니다. 실제 상담에서는 허가받은 도구만 쓸 수 있습니다.</source>
        <translation>Training mode: tools that need a licence are shown for practice. Real contacts may use licensed tools only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>위기 안전 확인 파일을 쓸 수 없어 프로그램에 내장된 사본으로 진행합니다. 관리자에게 알려 주세요.</source>
        <translation>The crisis safety screen file cannot be used, so the copy built into the program is used. Please tell the administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>주의 표시에 따라 위기 안전 확인부터 합니다. Enter 또는 1 키로 시작합니다.</source>
        <translation>A flag on this case asks for the crisis screen first. Press Enter or 1 to start it.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>체크리스트 시작: {title}</source>
        <translation>Start checklist: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>숫자 {n} 키로 시작</source>
        <translation>Key {n} to start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>점수 구분은 참고용입니다 (채점 기준 검증 전)</source>
        <translation>the levels are a guide (scoring not yet verified)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>읽어 드리는 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전)</source>
        <translation>the Korean read aloud is the centre&apos;s working translation (not yet checked against the official one)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>파일 대신 프로그램에 내장된 사본으로 진행합니다</source>
        <translation>runs from the copy built into the program, not its file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>기관의 사용 허가가 없어 교육용으로만 씁니다</source>
        <translation>for training only: the organisation holds no licence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>체크리스트 하나를 쓸 수 없습니다: {why}</source>
        <translation>One checklist cannot be used: {why}</translation>
    </message>
</context>
<context>
    <name>ChecklistQuestion</name>
    <message>
        <location filename="../../ui/checklist/question.py" line="+61"/>
        <source>건너뛰는 이유 (숫자 키, Esc 취소)</source>
        <translation>Reason to skip (number keys, Esc cancels)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>건너뛰는 이유: {reason}</source>
        <translation>Reason to skip: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>← 이전  (Backspace)</source>
        <translation>← Back  (Backspace)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이전 질문</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>건너뛰기  (S)</source>
        <translation>Skip  (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이 질문 건너뛰기</source>
        <translation>Skip this question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>다음 →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>다음 질문</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>지금까지 점수</source>
        <translation>Score so far</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>숫자 키  답하기
← Backspace  이전
→  다음
S  건너뛰기</source>
        <translation>Number keys  answer
← Backspace  back
→  next
S  skip</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>진행: {position}/{total} 문항</source>
        <translation>Progress: question {position} of {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>먼저 읽어 주세요: {text}</source>
        <translation>Read first: {text}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>답 {n}: {label}</source>
        <translation>Answer {n}: {label}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>점수 없이 답만 기록합니다</source>
        <translation>Answer recorded without a score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>절반 넘게 답하면 보입니다</source>
        <translation>Shown once over half is answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금까지 점수: 절반 넘게 답하면 보입니다</source>
        <translation>Score so far: shown once over half is answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>높을수록 위험</source>
        <translation>Higher means more risk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>높을수록 보호</source>
        <translation>Higher means more protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}–{high}점 · {direction}</source>
        <translation>{low}–{high} points · {direction}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>지금까지 점수: {score} ({range})</source>
        <translation>Score so far: {score} ({range})</translation>
    </message>
</context>
<context>
    <name>ChecklistResult</name>
    <message>
        <location filename="../../ui/checklist/result.py" line="+78"/>
        <source>일부 답 없음</source>
        <translation>Some answers missing</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>다음 단계: {name}</source>
        <translation>Next step: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>숫자 {n} 키</source>
        <translation>Key {n}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>외로움·고립 쪽 응답 {n}/12</source>
        <translation>{n} of 12 on the isolated side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>서울시가 결과 단계 기준을 공개하지 않아, 외로움·고립 쪽 응답의 개수로 보여 드립니다.</source>
        <translation>Seoul has not published result levels for this test, so it shows the number of answers on the lonely or isolated side.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}문항만 답했습니다.</source>
        <translation>Only {n} items answered.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>후속 연락 날짜와 시간</source>
        <translation>Follow-up date and time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>후속 연락 예약  (F)</source>
        <translation>Book follow-up  (F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이 결과로 후속 연락 예약</source>
        <translation>Book a follow-up from this result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 결과를 이유로 다시 전화할 날짜를 잡습니다 (F 키)</source>
        <translation>Sets a date to call back about this result (F key)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>← 답 고치기</source>
        <translation>← Change answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>마지막 질문으로 돌아가 답 고치기</source>
        <translation>Go back to the last question to change answers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>다른 체크리스트  (N)</source>
        <translation>Other checklist  (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>다른 체크리스트 시작</source>
        <translation>Start another checklist</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>단계 없음</source>
        <translation>No step</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>사례에 기록된 위험도: {tier}</source>
        <translation>Risk on the case record: {tier}</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>점수 {total} ({low}–{high})</source>
        <translation>Score {total} ({low}–{high})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>점수를 낼 만큼 답이 모이지 않았습니다. 답한 내용은 기록되었습니다.</source>
        <translation>Not enough answers for a score. The answers given are recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>단계 구분은 참고용입니다. 통화 내용과 함께 판단해 주세요.</source>
        <translation>The levels are a guide. Judge them together with the call.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>읽어 드린 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전).</source>
        <translation>The Korean read aloud is the centre&apos;s working translation (not yet checked against the official one).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>권장: {step} — 사례에 이미 알려진 위험에 맞춰 높였습니다 (이 체크리스트만으로는 {own}).</source>
        <translation>Recommended: {step} — raised to the risk this case already shows (this checklist alone: {own}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>주의 표시: {flag}</source>
        <translation>Flag: {flag}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>위기 응답: {what}. 긴급 대응 절차를 따라 주세요.</source>
        <translation>Crisis answer: {what}. Follow the emergency procedure.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>이번 평가 위험도: {tier}</source>
        <translation>Risk from this screening: {tier}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>권장: {step}</source>
        <translation>Recommended: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권장하는 추가 조치는 없습니다.</source>
        <translation>No further action is recommended.</translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message>
        <location filename="../../ui/checklist/text.py" line="+43"/>
        <source>출처: {text}</source>
        <translation>Source: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>체크리스트</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total}점</source>
        <translation>{total} points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{total}점 ({low}–{high})</source>
        <translation>{total} points ({low}–{high})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>잠정</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>최근 체크리스트: {what}</source>
        <translation>Last checklist: {what}</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../../ui/shell/close_guard.py" line="+51"/>
        <source>콘솔을 닫을지 확인</source>
        <translation>Confirm closing the console</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>콘솔 닫기</source>
        <translation>Close the console</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>콘솔을 닫아도 통화나 채팅은 끊기지 않고, 적은 내용은 이 PC에 남아 다시 열면 이어집니다.</source>
        <translation>Closing the console does not end the call or the chats; what you typed stays on this PC and comes back when you open it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>콘솔을 닫아도 통화나 채팅은 끊기지 않습니다. 다만 이 PC에는 암호 키를 보관할 곳이 없어, 아직 보내지 못한 내용은 다시 열 때 지워집니다.</source>
        <translation>Closing the console does not end a call or a chat. But this PC has no place to keep the encryption key, so anything not yet sent is erased when the console opens again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>닫지 않고 계속</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>긴급 출동 요청이 아직 끝나지 않았습니다. 콘솔을 닫을까요?</source>
        <translation>An emergency dispatch is still open. Close the console?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상담이 진행 중입니다. 콘솔을 닫을까요?</source>
        <translation>A contact is in progress. Close the console?</translation>
    </message>
</context>
<context>
    <name>ConsentBlock</name>
    <message>
        <location filename="../../ui/referral/consent_block.py" line="+65"/>
        <source>개인정보 제공 동의 — 읽어 드리고 답을 기록하세요</source>
        <translation>Consent to share data — read it aloud, record the answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>동의 안내문</source>
        <translation>Consent script</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>동의 안내문 접기/펼치기</source>
        <translation>Fold or unfold the consent script</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>동의함</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>일부만 동의</source>
        <translation>Agrees in part</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+211"/>
        <source>동의 안 함</source>
        <translation>Does not agree</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>동의 답변: {answer}</source>
        <translation>Consent answer: {answer}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+143"/>
        <source>동의한 사람</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>고르세요</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동의 방법</source>
        <translation>Consent method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>방법</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>보내도 된다고 하신 항목만 체크하세요:</source>
        <translation>Tick only what they said may be sent:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>긴급: 동의를 받을 수 없어 법적 근거로 연계</source>
        <translation>Emergency: consent impossible, referring on legal grounds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>긴급 연계 (법적 근거)</source>
        <translation>Emergency referral (legal grounds)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>법적 근거</source>
        <translation>Legal grounds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>긴급 연계 사유</source>
        <translation>Reason for emergency referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>왜 동의를 받을 수 없었는지 (예: 자살 계획을 말함)</source>
        <translation>Why consent could not be obtained (e.g. mentioned a suicide plan)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>보내도 되는 항목: {name}</source>
        <translation>May be sent: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>안내문 펼치기 ▾</source>
        <translation>Show script ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>접기 ▴</source>
        <translation>Fold ▴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>읽어 드릴 동의 안내문을 펼칩니다</source>
        <translation>Unfolds the consent script to read aloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>안내문을 접고 양식을 더 넓게 봅니다</source>
        <translation>Folds the script to give the form more room</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>동의 답변</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>안내문을 읽어 드린 뒤 골라 주세요: {what}. 입력한 내용은 그대로 있습니다.</source>
        <translation>Read the script, then choose: {what}. Everything typed is kept.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>긴급 연계 · 법적 근거 기록</source>
        <translation>Emergency referral · legal grounds recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>동의 기록 전</source>
        <translation>Consent not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동의 받음</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>일부 동의</source>
        <translation>Partial consent</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../../ui/contact/footer.py" line="+74"/>
        <source>* 표시 항목을 채우고 ‘후처리 완료’를 누르세요.</source>
        <translation>Fill in the fields marked * and press ‘Finish’.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>채팅 종료  (Ctrl+E)</source>
        <translation>End chat  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/contact/view.py" line="+386"/>
        <source>채팅 종료</source>
        <translation>End chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>채팅을 끝내고 마무리로 넘어갑니다 (Ctrl+E)</source>
        <translation>End the chat and go to wrap-up (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>통화 종료  (Ctrl+E)</source>
        <translation>End call  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/contact/view.py" line="-287"/>
        <location line="+287"/>
        <source>통화 종료</source>
        <translation>End call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>통화를 끝내고 마무리로 넘어갑니다 (Ctrl+E)</source>
        <translation>End the call and go to wrap-up (Ctrl+E)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>후처리 완료  (Ctrl+Enter)</source>
        <translation>Finish  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/contact/view.py" line="-285"/>
        <source>후처리 완료</source>
        <translation>Finish wrap-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마무리 내용을 확인하고 대기 상태로 돌아갑니다 (Ctrl+Enter)</source>
        <translation>Check the wrap-up and become available again (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/contact/tabs.py" line="+80"/>
        <source>상담 탭</source>
        <translation>Contact tabs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>메모</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>체크리스트</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연계</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자원 안내</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>마무리</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../ui/contact/clock.py" line="+67"/>
        <source>통화 시간</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../ui/contact/view.py" line="+288"/>
        <source>통화가 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 전화를 받을 수 있습니다.</source>
        <translation>The call has ended. Fill in the Wrap-up tab and press ‘Finish’ to take the next call.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>{tab} 탭 보기</source>
        <translation>Show the {tab} tab</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>이력 확인 불가</source>
        <translation>History unavailable</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>재이용 · 이전 상담 %n회</source>
        <translation>
            <numerusform>Returning · %n earlier contact</numerusform>
            <numerusform>Returning · %n earlier contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>신규</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>빠진 항목: {names}</source>
        <translation>Missing: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/contact/clock.py" line="+0"/>
        <source>채팅 시간</source>
        <translation>Chat time</translation>
    </message>
    <message>
        <location filename="../../ui/contact/view.py" line="+50"/>
        <source>채팅이 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 상담을 받을 수 있습니다.</source>
        <translation>The chat has ended. Fill in the Wrap-up tab and press ‘Finish wrap-up’ to take the next contact.</translation>
    </message>
    <message>
        <location filename="../../ui/contact/clock.py" line="+4"/>
        <source>통화 중</source>
        <translation>In call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>채팅 중</source>
        <translation>In chat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>채팅 끝남
후처리 중</source>
        <translation>Chat ended
wrap-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>통화 끝남
후처리 중</source>
        <translation>Call ended
wrap-up</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../ui/chat/conversation_view.py" line="+59"/>
        <source>챗봇 자가진단 답변과 결과</source>
        <translation>Chatbot self-test answers and result</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+173"/>
        <source>챗봇 대화 보기</source>
        <translation>Show chatbot chat</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>챗봇과 나눈 대화와 자가진단 사이 전환</source>
        <translation>Switch between the chatbot chat and the self-test</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+169"/>
        <source>챗봇 자가진단</source>
        <translation>Chatbot self-test</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+22"/>
        <location line="+96"/>
        <location line="+56"/>
        <source>자세히</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>자가진단 답변 펼치기</source>
        <translation>Show the self-test answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>대화 끝내기</source>
        <translation>End conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이 채팅 대화 끝내기</source>
        <translation>End this chat conversation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>위기 표현과 그 메시지 모두 보기</source>
        <translation>Show every crisis expression and its message</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>확인 메시지 넣기</source>
        <translation>Insert check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>대화 중인지 묻는 상용구 넣기</source>
        <translation>Insert the quick text asking whether the person is still there</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>마무리 인사 넣기</source>
        <translation>Insert closing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>답이 없어 마치는 상용구 넣기</source>
        <translation>Insert the quick text for ending without a reply</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{text} (외 {n}건)</source>
        <translation>{text} (and {n} more)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>챗봇과 나눈 대화</source>
        <translation>Chat with the chatbot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자가진단 보기</source>
        <translation>Show self-test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>챗봇에서 넘어온 자가진단이 없습니다.</source>
        <translation>No self-test came from the chatbot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>넘어온 자가진단 없음</source>
        <translation>No self-test came with it</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>접기</source>
        <translation>Less</translation>
    </message>
</context>
<context>
    <name>CrisisDecision</name>
    <message>
        <location filename="../../ui/checklist/decision.py" line="+49"/>
        <source>위기 대응 결정 * (마무리 전에 꼭 기록)</source>
        <translation>Crisis decision * (before finishing)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>위기 대응 결정: {name}</source>
        <translation>Crisis decision: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>기타 결정의 사유</source>
        <translation>Reason for an ‘other’ decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>무엇을 하기로 했는지 (예: 보호자에게 연락해 곁에 있기로 함) · Enter로 기록</source>
        <translation>What was decided (e.g. a relative will call and stay with them) · Enter records it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>아직 기록하지 않았습니다.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>기록됨 {time} · {name}</source>
        <translation>Recorded {time} · {name}</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <location filename="../../ui/crisis/panel.py" line="+46"/>
        <source>이미 무언가를 드셨거나 다치셨다면, 무엇을 언제 얼마나 했는지 여쭤보고 119 구급 출동을 먼저 요청하세요.</source>
        <translation>If they have already taken something or are hurt, ask what, when and how much, and request a 119 ambulance first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>누가, 어디에서, 어떻게 위험한지 여쭤보세요. 위험이 바로 앞에 있으면 112에 알리세요.</source>
        <translation>Ask who is in danger, where and how. If the danger is immediate, alert 112.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지금 계신 곳을 여쭤보세요. 주소를 모르시면 건물 이름, 근처 가게나 지하철역도 좋습니다.</source>
        <translation>Ask where they are now. If they don&apos;t know the address, a building name, a nearby shop or subway station helps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지금 곁에 함께 있는 분이 있는지, 연락할 수 있는 가족이나 지인이 있는지 여쭤보세요.</source>
        <translation>Ask whether someone is with them now, and whether there is family or a friend to contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>약이나 도구처럼 해칠 수 있는 것을 손이 닿지 않는 곳에 두실 수 있는지 함께 정해 보세요.</source>
        <translation>Agree together whether pills or tools that could hurt can be put out of reach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, 대화를 먼저 끝내지 말아 주세요.</source>
        <translation>Talk together about what would help to get through tonight safely, and do not end the conversation first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, 통화를 끊지 말아 주세요.</source>
        <translation>Talk together about what would help them get safely through tonight, and stay on the line.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>위기 대응 안내</source>
        <translation>Crisis guidance</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+98"/>
        <source>위기 대응 — 전화를 끊지 마세요</source>
        <translation>Crisis — stay on the line</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>다음에 여쭤볼 것</source>
        <translation>Ask next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>팀장 알림 상태</source>
        <translation>Shift lead alert status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>출동 요청 창 열기  {key}</source>
        <translation>Dispatch form  {key}</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+95"/>
        <source>긴급 출동 요청 창 열기</source>
        <translation>Open the emergency dispatch request</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+136"/>
        <source>접기</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>위기 대응 안내 접기</source>
        <translation>Collapse the crisis guidance</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>위기 대응 — 결정을 기록했습니다</source>
        <translation>Crisis — decision recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위기 대응 — 마무리에서 결정을 기록해 주세요</source>
        <translation>Crisis — record the decision in Wrap-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위기 대응 — 대화를 이어 가세요</source>
        <translation>Crisis — keep the chat going</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>출동 상황 보기  {key}</source>
        <translation>Dispatch status  {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>긴급 출동 상황 보기</source>
        <translation>Show the emergency dispatch status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>기록한 결정: {name} ({time})</source>
        <translation>Decision recorded: {name} ({time})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>팀장에게 위기 알림이 전달되었습니다.</source>
        <translation>The shift lead has been alerted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>팀장에게 위기 알림을 보내는 중…</source>
        <translation>Telling the shift lead about the crisis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>팀장 알림 전송 대기: 위기 응답이 아직 서버에 전달되지 않았습니다. 팀장에게 전화로 직접 알려 주세요.</source>
        <translation>Shift lead alert waiting: the crisis answer has not reached the server yet. Tell the shift lead by phone now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>펼치기</source>
        <translation>Expand</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../ui/contact/directory_panel.py" line="+39"/>
        <source>알 수 없는 문제</source>
        <translation>Unknown problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>파일이 없습니다</source>
        <translation>The file is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일을 읽을 수 없습니다</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일이 너무 큽니다</source>
        <translation>The file is too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>파일 형식이 올바르지 않습니다</source>
        <translation>The file format is invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>내용이 올바르지 않습니다</source>
        <translation>The content is invalid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(확인 필요)</source>
        <translation>(needs checking)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>자원 검색</source>
        <translation>Search resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기관·지역·키워드 검색 (예: 마음편의점, 관악, 자살)</source>
        <translation>Search by service, district or keyword (e.g. 마음편의점, 관악, suicide)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>자원 목록</source>
        <translation>Resource list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>메모에 넣기  (Enter)</source>
        <translation>Insert into notes  (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>선택한 자원을 메모에 넣기</source>
        <translation>Insert the chosen resource into the notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선택한 안내 문구를 메모의 커서 위치에 넣습니다 (Enter, Ctrl+Enter)</source>
        <translation>Inserts the chosen text at the cursor in the notes (Enter, Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>자원 목록을 불러오지 못했습니다: {reason}</source>
        <translation>Could not load the resource list: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>찾는 자원이 없습니다. 다른 말로 찾아 보세요.</source>
        <translation>No matching resource. Try other words.</translation>
    </message>
</context>
<context>
    <name>DispatchAlert</name>
    <message>
        <location filename="../../ui/dispatch/alert.py" line="+47"/>
        <source>방금</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n}분</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>출동 중</source>
        <translation>Units en route</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>출동 기관 접수 · 사건번호 {n}</source>
        <translation>Received by the agency · incident {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 기관 접수 대기</source>
        <translation>Waiting for the agency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>출동 접수됨 · 결과 기록 전</source>
        <translation>Dispatch received · outcome not recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>출동 접수됨</source>
        <translation>Dispatch received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 중 · 결과 기록 전</source>
        <translation>On the way · outcome not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락 확인 · 종료 전</source>
        <translation>Person reached · not closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락 확인</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 실패</source>
        <translation>Dispatch failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>요청 취소 확인 대기</source>
        <translation>Withdrawal awaiting the agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지금 직접 전화하세요</source>
        <translation>Phone them yourself now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>직접 전화</source>
        <translation>Phone yourself</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>확인 대기 중인 긴급 출동</source>
        <translation>Emergency dispatches awaiting confirmation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>출동 대기 {n}</source>
        <translation>Dispatches {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락 확인·실패가 아직 기록되지 않은 긴급 출동이 {n}건 있습니다. 누르면 상황판을 엽니다.</source>
        <translation>{n} emergency dispatch(es) without contact confirmed or failed yet. Click to open the board.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>출동 확인 대기 — 출동 창 다시 열기</source>
        <translation>Dispatch to confirm — reopen the dispatch panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>연락 확인 또는 연락 실패를 기록할 때까지 남습니다. 누르면 출동 창을 엽니다.</source>
        <translation>Stays until contact confirmed or failed is recorded. Click to open the dispatch panel.</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>출동 확인 대기 %n건</source>
        <translation>
            <numerusform>%n dispatch to confirm</numerusform>
            <numerusform>%n dispatches to confirm</numerusform>
        </translation>
    </message>
    <message>
        <location line="-52"/>
        <source>출동 확인 대기</source>
        <translation>Dispatch to confirm</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>출동 실패 · 확인 필요</source>
        <translation>Dispatch failed · check now</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>긴급 출동 알림</source>
        <translation>Emergency dispatch alert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{who} 상담원 · {at} 요청 · {status}</source>
        <translation>{who} · requested {at} · {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>긴급 출동 요청 · {service}</source>
        <translation>Emergency dispatch · {service}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상황판 보기</source>
        <translation>Open board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상황판에서 출동 보기</source>
        <translation>See the dispatch on the board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>확인</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>출동 알림 닫기</source>
        <translation>Close the dispatch alert</translation>
    </message>
</context>
<context>
    <name>DispatchChatBeside</name>
    <message>
        <location filename="../../ui/dispatch/chat_beside.py" line="+34"/>
        <source>대화 (실시간)</source>
        <translation>Conversation (live)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>채팅 대화 내용 (출동 요청 창 옆)</source>
        <translation>Chat conversation (beside the dispatch request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>답장은 Esc로 창을 닫고 대화 탭에서 쓰세요. 출동 창에 적은 내용은 그대로 남습니다.</source>
        <translation>To reply, close this with Esc and write in the Chat tab. What you entered here is kept.</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <location filename="../../ui/dispatch/form.py" line="+71"/>
        <source>출동 기관: {name}</source>
        <translation>Dispatch agency: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>대상자 전화번호</source>
        <translation>Person&apos;s phone number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>대상자 번호 (모르면 비워 두세요)</source>
        <translation>Person&apos;s number (leave empty if unknown)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>주소 (동·건물·호수까지 아는 만큼)</source>
        <translation>Address (as much as known: dong, building, unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주변 건물·장소</source>
        <translation>Nearby buildings or places</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>근처 건물, 가게, 지하철역</source>
        <translation>Landmark: building, shop, station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>자치구</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자치구 모름</source>
        <translation>District unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>위치 모름</source>
        <translation>Location unknown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>위치정보 조회 요청 (위치정보법)</source>
        <translation>Phone location lookup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>긴급구조기관이 휴대전화 위치를 조회하도록 요청합니다 (위치정보법 제29조).</source>
        <translation>Asks the emergency agency to locate the mobile phone (Location Information Act, art. 29).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>위험: {name}</source>
        <translation>Risk: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>신고자와 대상자의 관계</source>
        <translation>Relation of reporter to person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>관계 미확인</source>
        <translation>Relation not known</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>요청 상담원</source>
        <translation>Requesting counselor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>상담원 이름</source>
        <translation>Counselor name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신 번호</source>
        <translation>Call-back number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>기관이 다시 걸 번호</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>지난 출동에서 고른 위험</source>
        <translation>From last dispatch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>기관에 읽어 줄 요약</source>
        <translation>Summary to read to the agency</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>대상자 번호</source>
        <translation>Person&apos;s number</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>위치</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>112 경찰</source>
        <translation>112 Police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>119 소방·구급</source>
        <translation>119 Fire/EMS</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>지난 출동 위치</source>
        <translation>From last dispatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>주소를 누르면 전체가 선택되어, 새로 입력하면 바뀝니다.</source>
        <translation>Clicking the address selects it whole, so what you type replaces it.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>위험</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>관계·상담원</source>
        <translation>Relation · counselor</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>읽어 줄 요약</source>
        <translation>Summary to read</translation>
    </message>
</context>
<context>
    <name>DispatchLabels</name>
    <message>
        <location filename="../../ui/dispatch/labels.py" line="+25"/>
        <source>112 경찰</source>
        <translation>112 Police</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>119 소방·구급</source>
        <translation>119 Fire · ambulance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>생각</source>
        <translation>Thoughts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>계획</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>수단</source>
        <translation>Means</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>시도 중</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>흉기</source>
        <translation>Weapon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>타인 위험</source>
        <translation>Risk to others</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>자살 생각을 말함</source>
        <translation>Talks of suicidal thoughts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>구체적인 계획이 있음</source>
        <translation>Has a specific plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>수단을 갖고 있음</source>
        <translation>Has the means</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금 시도하고 있음</source>
        <translation>Is attempting now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>흉기를 갖고 있음</source>
        <translation>Has a weapon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 사람도 위험함</source>
        <translation>Others are in danger too</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>본인</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>가족</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>배우자·연인</source>
        <translation>Spouse · partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>친구</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이웃</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동료</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당 실무자</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>모름</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>요청</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버 접수</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 기관 접수</source>
        <translation>Received by agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 중</source>
        <translation>En route</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>대상자 연락 확인</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대상자 연락 실패</source>
        <translation>Person not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종료</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>직접 전화 안내</source>
        <translation>Call directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>요청 취소</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 기관 취소 확인</source>
        <translation>Agency confirmed the withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}에 직접 전화함</source>
        <translation>Called {number} directly</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>서버가 요청을 받았다는 확인이 없습니다. 콘솔은 계속 전송을 시도하니, 그동안 {number}에 직접 전화해 아래 내용을 읽어 주세요.</source>
        <translation>No confirmation that the server received the request. The console keeps sending; meanwhile call {number} directly and read out the text below.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>출동 기관이 아직 접수를 확인하지 않았습니다. {number}에 직접 전화해 아래 내용을 읽어 주세요. 요청은 취소되지 않고 계속 진행됩니다.</source>
        <translation>The agency has not confirmed receipt yet. Call {number} directly and read out the text below. The request stays active.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>이 출동 요청을 찾지 못했습니다.</source>
        <translation>This dispatch request was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 종료된 출동 요청입니다.</source>
        <translation>This dispatch request is already closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락 확인 또는 연락 실패를 먼저 기록해 주세요.</source>
        <translation>First record whether the person was reached or not.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 다른 결과가 기록되어 있습니다.</source>
        <translation>Another outcome is already recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락하지 못한 사유를 적어 주세요.</source>
        <translation>Please write why the person was not reached.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소된 출동 요청입니다. 닫기만 할 수 있습니다.</source>
        <translation>This dispatch was withdrawn. It can only be closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>결과가 이미 기록되어 취소할 수 없습니다.</source>
        <translation>An outcome is already recorded, so it can no longer be withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>기록하지 못했습니다. 다시 해 주세요.</source>
        <translation>Could not be recorded. Please try again.</translation>
    </message>
</context>
<context>
    <name>DispatchPanel</name>
    <message>
        <location filename="../../ui/dispatch/panel.py" line="+62"/>
        <source>긴급 출동</source>
        <translation>Emergency dispatch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>취소  Esc</source>
        <translation>Cancel  Esc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>출동 요청 취소</source>
        <translation>Cancel dispatch request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>요청하지 않고 닫습니다 (Esc)</source>
        <translation>Close without requesting (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>접기</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>출동 창 접기</source>
        <translation>Fold the dispatch panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>창을 접어도 출동은 계속됩니다. 위쪽의 ‘출동 확인 대기’를 누르면 다시 열립니다.</source>
        <translation>Folding the panel does not stop the dispatch. Click ‘Dispatch to confirm’ at the top to reopen it.</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/form_face.py" line="+38"/>
        <source>{who} 상담에서 쓰던 출동 요청서를 보내지 않은 채 상담이 끝났습니다. 그분이 아직 위급하다면 112·119에 직접 신고하세요.</source>
        <translation>The contact with {who} ended with its dispatch form unsent. If that person is still in danger, report to 112 or 119 directly.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>출동 요청 보내기</source>
        <translation>Send dispatch request</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>‘출동 요청 보내기’로 옮겼습니다. Enter를 다시 1초 누르고 있으면 보내집니다.</source>
        <translation>Moved to the send button. Hold Enter again for 1 second to send.</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/person_number.py" line="+52"/>
        <source>발신번호를 읽을 수 없는 전화입니다. 대상자 번호를 알면 적어 주세요.</source>
        <translation>The caller&apos;s number could not be read. If you know the person&apos;s number, type it in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>전체 번호를 불러오는 중… 비워 두어도 상담 전화 번호로 요청됩니다.</source>
        <translation>Loading the full number… If left empty, the request uses the caller&apos;s number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>전체 번호를 불러오지 못했습니다. 비워 두면 상담 전화 번호로 요청됩니다.</source>
        <translation>Could not load the full number. If left empty, the request uses the caller&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/form_face.py" line="+4"/>
        <source>{number} 출동 요청 보내기   ·   1초 누르고 있기</source>
        <translation>Send {number} dispatch request   ·   hold 1 s</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/person_number.py" line="-20"/>
        <location line="+25"/>
        <source>전체 번호를 표시했습니다 (사유 ‘긴급 출동’으로 기록됨).</source>
        <translation>Full number shown (logged with the reason ‘emergency dispatch’).</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/panel.py" line="+252"/>
        <source>긴급 출동 요청</source>
        <translation>Dispatch request</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{service} 출동</source>
        <translation>{service} dispatch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이전 상담의 출동</source>
        <translation>from an earlier contact</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/form_face.py" line="+4"/>
        <source>아직 보내지 않았습니다. </source>
        <translation>Not sent yet. </translation>
    </message>
</context>
<context>
    <name>DispatchRelay</name>
    <message>
        <location filename="../../ui/dispatch/relay.py" line="+27"/>
        <source>서버에 연결되지 않아 동료에게 요청을 보낼 수 없습니다. 옆자리 동료에게 {number} 신고를 부탁하세요.</source>
        <translation>The server cannot be reached, so colleagues cannot be asked through it. Ask the person at the next desk to call {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} 님이 {number}에 신고합니다</source>
        <translation>{name} is calling {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>동료·팀장에게 112 신고 요청</source>
        <translation>Ask a colleague or the lead to call 112</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>동료·팀장에게 {number} 신고 요청   {key}</source>
        <translation>Ask a colleague or the lead to call {number}   {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>통화를 끊지 않고, 팀장과 접속 중인 동료에게 위 내용을 보내 {number} 신고를 부탁합니다.</source>
        <translation>Stay on the line: sends the text above to the shift lead and the colleagues online and asks one of them to call {number}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>팀장과 동료에게 요청했습니다 · 누가 신고할지 기다리는 중</source>
        <translation>Lead and colleagues asked · waiting for someone to take it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>보내는 중…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>DispatchStatus</name>
    <message>
        <location filename="../../ui/dispatch/status.py" line="+58"/>
        <source>출동 상황</source>
        <translation>Dispatch status</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+41"/>
        <source>직접 전화함 기록</source>
        <translation>Record direct call</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>연락 확인 여부를 기록해 주세요</source>
        <translation>Record whether the person was reached</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>연락 확인됨</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>대상자 연락 확인 기록</source>
        <translation>Record: person reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연락 실패…</source>
        <translation>Not reached…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>대상자 연락 실패 기록</source>
        <translation>Record: person not reached</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/close_guard.py" line="+47"/>
        <source>출동이 실패했는데 그 뒤 한 일이 기록되지 않았습니다. {number}에 직접 전화했다면 ‘{number}에 직접 전화함’을 먼저 눌러 주세요. 닫으면 이 출동을 다시 알려 주지 않습니다.</source>
        <translation>The dispatch failed and nothing done since is recorded. If you phoned {number} directly, press ‘Called {number} directly’ first. Once closed, this dispatch will not remind you again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>그래도 닫기</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/dispatch/status.py" line="+4"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/status.py" line="+0"/>
        <source>출동 패널 닫기</source>
        <translation>Close the dispatch panel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>연락 실패 사유</source>
        <translation>Why not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>사유 (예: 출동했으나 대상자를 찾지 못함)</source>
        <translation>Reason (e.g. units arrived but could not find the person)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>실패 기록</source>
        <translation>Record failure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락 실패 사유 기록</source>
        <translation>Record why not reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락 실패 기록 취소</source>
        <translation>Cancel recording the failure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>화면이 잠겨 있어 연락 결과 기록과 요청 취소는 할 수 없습니다. 잠금을 푼 뒤 기록해 주세요.</source>
        <translation>The screen is locked: recording the outcome or withdrawing the request needs the password. Unlock to record it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>보낸 내용</source>
        <translation>What was sent</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+100"/>
        <source>사건번호 {n}</source>
        <translation>Incident {n}</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>지금 {number}에 직접 전화하세요</source>
        <translation>Call {number} directly now</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>{number}에 직접 전화함</source>
        <translation>Called {number} directly</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>연락 확인 또는 연락 실패를 기록하면 닫을 수 있습니다.</source>
        <translation>Record reached or not reached to close.</translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/delivery.py" line="+21"/>
        <source>출동 요청을 취소했습니다</source>
        <translation>Dispatch request withdrawn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>출동 실패 — 대상자에게 닿지 못했습니다</source>
        <translation>Dispatch failed — the person was not reached</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>이 PC에 저장됨 · 전송 재시도 중</source>
        <translation>Saved on this PC · retrying to send</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이 PC에 저장됨 · 전송 중</source>
        <translation>Saved on this PC · sending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>서버 접수됨 · 출동 기관의 접수 확인을 기다리는 중</source>
        <translation>Received by server · waiting for the agency to confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>출동 기관이 접수했습니다</source>
        <translation>The agency received it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>서버 연결 끊김: 이후 소식은 다시 연결되면 표시됩니다</source>
        <translation>Server not connected: later news shows once it is back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>로그인 만료: 이후 소식은 다시 로그인하면 표시됩니다</source>
        <translation>Signed out: later news shows once you sign in again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>먼저 요청된 같은 출동에 합쳐짐</source>
        <translation>Merged into the same dispatch requested earlier</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>기록 %n건 전송 대기</source>
        <translation>
            <numerusform>%n record waiting to send</numerusform>
            <numerusform>%n records waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dispatch/status.py" line="+75"/>
        <source>대상자 연락 확인 / 실패</source>
        <translation>Person reached / not reached</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>직접 전화 경로: </source>
        <translation>Direct line: </translation>
    </message>
</context>
<context>
    <name>DispatchWithdraw</name>
    <message>
        <location filename="../../ui/dispatch/withdraw.py" line="+37"/>
        <source>잘못 누름</source>
        <translation>Pressed by mistake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기관을 잘못 선택함</source>
        <translation>Wrong service chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 신고됨</source>
        <translation>Already reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대상자 안전 확인</source>
        <translation>Person confirmed safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>요청 취소…</source>
        <translation>Withdraw request…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>출동 요청 취소하기</source>
        <translation>Withdraw the dispatch request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>잘못 보낸 출동 요청을 사유와 함께 취소합니다. 기록은 남습니다.</source>
        <translation>Withdraws a dispatch sent by mistake, with a reason. The record is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>이 출동 요청을 취소할까요? 보내면 되돌릴 수 없고, 요청과 취소가 모두 기록됩니다.</source>
        <translation>Withdraw this dispatch request? This cannot be undone; the request and the withdrawal both stay on record.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>취소 사유: {reason}</source>
        <translation>Reason for withdrawing: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>취소 사유 설명</source>
        <translation>Reason for withdrawing, in your words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>덧붙일 말 (선택, 예: 메모 중 F12를 잘못 누름)</source>
        <translation>Optional note (e.g. F12 hit by mistake)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>취소 요청 보내기</source>
        <translation>Send withdrawal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>출동 요청 취소 보내기</source>
        <translation>Send the withdrawal of the dispatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>보내면 되돌릴 수 없습니다.</source>
        <translation>Once sent, this cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>출동 요청 취소하지 않기</source>
        <translation>Do not withdraw the dispatch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>돌아가기  Esc</source>
        <translation>Go back  Esc</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>요청 취소 {at} · 사유: {reason}</source>
        <translation>Withdrawn {at} · reason: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>출동 기관이 취소를 확인했습니다 ({at}).</source>
        <translation>The agency confirmed the withdrawal ({at}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이 PC에 저장됨 · 서버로 보내는 중</source>
        <translation>Saved on this PC · sending to the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 기관의 취소 확인을 기다리는 중입니다.</source>
        <translation>Waiting for the agency to confirm the withdrawal.</translation>
    </message>
</context>
<context>
    <name>EmergencyButton</name>
    <message>
        <location filename="../../ui/dispatch/emergency_button.py" line="+72"/>
        <source>긴급 출동  {key}</source>
        <translation>Emergency  {key}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>긴급 출동</source>
        <comment>header, fewest words</comment>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>긴급 출동 요청</source>
        <translation>Request emergency dispatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>112 또는 119 출동 요청 창을 엽니다. 요청은 확인 버튼을 1초 누르고 있어야 보내집니다.</source>
        <translation>Opens the 112 or 119 dispatch request. It is sent only when the confirm button is held for 1 second.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>긴급 출동 요청 ({key}) — 창이 열리면 확인 버튼을 1초 누르고 있어야 보내집니다</source>
        <translation>Emergency dispatch ({key}) — in the panel, hold the confirm button for 1 s to send</translation>
    </message>
</context>
<context>
    <name>EndConfirm</name>
    <message>
        <location filename="../../ui/contact/end_confirm.py" line="+32"/>
        <source>위기 대응 중입니다.</source>
        <translation>A crisis is in progress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 요청의 결과가 아직 확인되지 않았습니다.</source>
        <translation>The dispatch has no confirmed outcome yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 요청서를 작성 중이며 아직 보내지 않았습니다.</source>
        <translation>The dispatch form is being filled in and has not been sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>메모가 아직 서버에 저장되지 않았습니다.</source>
        <translation>The note has not reached the server yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상대방이 아직 대화방에 있습니다. 글을 쓰는 중일 수 있습니다.</source>
        <translation>The person is still in the chat and may be typing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reasons} 채팅을 종료할까요?</source>
        <translation>{reasons} End the chat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons} 통화를 종료할까요?</source>
        <translation>{reasons} End the call?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>계속 통화  (Esc)</source>
        <translation>Stay on the call  (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>계속 채팅  (Esc)</source>
        <translation>Keep chatting  (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>통화 계속하기</source>
        <translation>Stay on the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>그래도 채팅 종료</source>
        <translation>End the chat anyway</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>그래도 종료</source>
        <translation>End anyway</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>채팅 계속하기</source>
        <translation>Keep chatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>그래도 통화 종료</source>
        <translation>End the call anyway</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>통화 종료 질문 닫기</source>
        <translation>Close the end-call question</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/common/error_banner.py" line="+35"/>
        <source>오류 알림</source>
        <translation>Error notice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>오류 알림 조치</source>
        <translation>Error notice action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>오류 알림 닫기</source>
        <translation>Close the error notice</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{text} (외 {n}건)</source>
        <translation>{text} (and {n} more)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>이 PC의 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 보관 중이며, 공간이 생기면 저장합니다. 파일을 정리하거나 관리자에게 연락해 주세요.</source>
        <translation>This PC&apos;s storage is full. What you type is kept on screen and is saved once there is space. Free up some files or call your administrator.</translation>
    </message>
</context>
<context>
    <name>FloorAlert</name>
    <message>
        <location filename="../../ui/board/floor_alert.py" line="+40"/>
        <source>{n}분째</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1분 미만</source>
        <translation>under 1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}부터 기다리는 중 ({how}) · 아직 받은 상담원이 없습니다</source>
        <translation>Waiting since {at} ({how}) · no counselor has taken it yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>위기·에스컬레이션 알림</source>
        <translation>Crisis and escalation alerts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>위기 표현 · 대기 중인 채팅</source>
        <translation>Crisis words · chat waiting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>위기 응답 · {who} 상담원</source>
        <translation>Crisis answer · counselor {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at} 위기 선별에서 긴급 응답이 나왔습니다 · 대응 결정 전</source>
        <translation>{at} a crisis screen gave an urgent answer · no decision yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>응답 없는 인계 · {who} → {to}</source>
        <translation>Handoff not accepted · {who} → {to}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위험도 {tier} · {at}부터 아무도 받지 않았습니다</source>
        <translation>Risk {tier} · nobody has taken it since {at}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>확인</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>알림 닫기</source>
        <translation>Close the alert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>상황판 보기</source>
        <translation>Open the board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상황판에서 보기</source>
        <translation>See it on the board</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/follow_up/due_list.py" line="+54"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>내일</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/count.py" line="+21"/>
        <source>후속 연락 {n} (지연 {late})</source>
        <translation>Follow-ups {n} ({late} late)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락 {n}</source>
        <translation>Follow-ups {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>후속 연락 수</source>
        <translation>Follow-up count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>오늘 칸의 후속 연락 목록으로 (Ctrl+Shift+F)</source>
        <translation>To the follow-up list in the Today column (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/due_list.py" line="+13"/>
        <location line="+5"/>
        <source>후속 연락 예정</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>내 것</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>나와 공동 대기함의 후속 연락</source>
        <translation>Follow-ups for me and the shared queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>모든 상담원의 후속 연락 (팀장)</source>
        <translation>All counselors&apos; follow-ups (shift lead)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>후속 연락 목록</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+152"/>
        <source>예정된 후속 연락이 없습니다.</source>
        <translation>No follow-ups scheduled.</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+271"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>통화를 마쳤습니다</source>
        <translation>Call completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다시 잡기</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>날짜와 시간을 바꿉니다</source>
        <translation>Change the date and time</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/reassign.py" line="+29"/>
        <source>넘겨받을 사람</source>
        <translation>Hand over to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상담원 누구나 (공동 후속 연락) 또는 동료 상담원</source>
        <translation>Any counselor (shared follow-up) or a colleague</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/due_list.py" line="+1"/>
        <location line="+251"/>
        <location filename="../../ui/follow_up/reassign.py" line="+1"/>
        <source>넘기기</source>
        <translation>Pass on</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/reassign.py" line="+2"/>
        <source>이 사람에게 넘기기</source>
        <translation>Hand over to this person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고른 곳으로 넘깁니다</source>
        <translation>Hands it to the chosen place</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>상담원 누구나 (공동 후속 연락)</source>
        <translation>Any counselor (shared follow-up)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/due_list.py" line="-250"/>
        <source>공동 대기함이나 동료에게 넘깁니다 (공동 건은 ‘맡기’)</source>
        <translation>Hands it to the shared queue or a colleague (shared items: ‘Take’)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>새 날짜와 시간</source>
        <translation>New date and time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>바꾸기</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>이 시간으로 다시 잡습니다</source>
        <translation>Reschedule to this time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>서버 값 유지</source>
        <translation>Keep server&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>다른 곳의 변경을 그대로 둡니다</source>
        <translation>Keep the change made elsewhere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>내 변경 적용</source>
        <translation>Apply mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>내 변경을 다시 보냅니다</source>
        <translation>Send my change again</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>지연</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>공동</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>담당 미상</source>
        <translation>Owner unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>전송 대기</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>전체 후속 연락 · {n}건</source>
        <translation>All follow-ups · {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>후속 연락 예정 · {n}건</source>
        <translation>Follow-ups due · {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(지연 {late})</source>
        <translation>({late} late)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>완료로 기록했습니다.</source>
        <translation>Marked as done.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>다시 잡았습니다.</source>
        <translation>Rescheduled.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>내가 맡았습니다.</source>
        <translation>You took it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>공동 대기함으로 넘겼습니다.</source>
        <translation>Moved to the shared queue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}에게 넘겼습니다.</source>
        <translation>Handed over to {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>내 변경을 적용했습니다.</source>
        <translation>Your change was applied.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>맡기</source>
        <translation>Take</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>공동 대기함</source>
        <translation>Shared queue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>담당 변경</source>
        <translation>Owner changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이미 끝남</source>
        <translation>Already done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 곳에서 먼저 바뀌었습니다. 내 변경: {mine} / 서버: {server}</source>
        <translation>Changed elsewhere first. Mine: {mine} / Server: {server}</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <location filename="../../ui/handoff/labels.py" line="+22"/>
        <source>상담원 지정</source>
        <translation>A counselor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음 근무조</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고립예방센터</source>
        <translation>Isolation prevention centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>돌봄동행단</source>
        <translation>Care companions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>인계됨 · {who}에서 맡기로 했습니다 (통화와 사례 담당은 그대로)</source>
        <translation>Handed off · {who} will take this person on (the call and the case owner stay)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>인계됨 · {who}이(가) 받았습니다</source>
        <translation>Handed off · {who} accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>인계 거절됨 · 사유: {reason}</source>
        <translation>Handoff declined · reason: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>인계 대기 · 팀장에게 알림</source>
        <translation>Handoff pending · shift lead alerted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인계 대기 · {who}의 답을 기다리는 중</source>
        <translation>Handoff pending · waiting for {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>방금</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}분째</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h}시간 {m}분째</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>이미 인계를 보냈습니다. 받는 분의 답을 기다려 주세요.</source>
        <translation>A handoff was already sent. Please wait for the answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 다른 분이 처리한 인계입니다.</source>
        <translation>Someone else already handled this handoff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>나에게 온 인계가 아닙니다.</source>
        <translation>This handoff is not addressed to you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>진행 중인 상담을 마친 뒤에 받을 수 있습니다.</source>
        <translation>You can accept it after finishing your current contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상황(S)을 적어 주세요.</source>
        <translation>Please write the Situation (S).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>받을 상담원을 골라 주세요.</source>
        <translation>Please choose the receiving counselor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자기 자신에게는 인계할 수 없습니다.</source>
        <translation>You cannot hand off to yourself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>거절 사유를 적어 주세요.</source>
        <translation>Please write a reason for declining.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>처음 보낸 인계가 이미 전달되었습니다. 목록을 확인해 주세요.</source>
        <translation>The first handoff was already delivered. Please check the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상황판은 팀장과 관리자만 볼 수 있습니다.</source>
        <translation>Only shift leads and admins can see the board.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당 사례가 아니어서 인계할 수 없습니다.</source>
        <translation>Not your case, so it cannot be handed off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이미 마무리된 상담입니다.</source>
        <translation>This contact is already wrapped up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인계할 상담이나 사례가 없습니다.</source>
        <translation>Nothing to hand off.</translation>
    </message>
</context>
<context>
    <name>HandoffContext</name>
    <message>
        <location filename="../../ui/handoff/context.py" line="+27"/>
        <location line="+2"/>
        <source>인계</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 상담을 다른 상담원, 다음 근무조 또는 협력기관에 넘깁니다</source>
        <translation>Hand this contact to another counselor, the next shift or a partner agency</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>인계 상태</source>
        <translation>Handoff status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>인계받은 내용과 이전 상담원 메모</source>
        <translation>Handoff received and the previous counselor&apos;s notes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{who}이(가) 이 상담을 넘겨받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.</source>
        <translation>{who} took over this contact. Press Finish to clear it from this screen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>인계됨 · {who}이(가) 받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.</source>
        <translation>Handed off · {who} accepted. Finish wrap-up to clear it from this screen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>인계받은 상담 · {who}에게서</source>
        <translation>Contact handed off to you · from {who}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>상황</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>배경</source>
        <translation>Background</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>평가</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>권고</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— 이전 상담원 메모 —</source>
        <translation>— Previous counselor&apos;s notes —</translation>
    </message>
</context>
<context>
    <name>HandoffList</name>
    <message>
        <location filename="../../ui/handoff/waiting.py" line="+26"/>
        <source>받을 인계</source>
        <translation>Handoffs to accept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>인계 {n}</source>
        <translation>Handoffs {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>받을 인계가 %n건 있습니다</source>
        <translation>
            <numerusform>%n handoff waiting for you</numerusform>
            <numerusform>%n handoffs waiting for you</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>인계 대기</source>
        <translation>Pending handoffs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{who}에게서 · {age}</source>
        <translation>From {who} · {age}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>위험도 {tier} · {situation}</source>
        <translation>Risk {tier} · {situation}</translation>
    </message>
</context>
<context>
    <name>HandoffNotice</name>
    <message>
        <location filename="../../ui/handoff/notice.py" line="+140"/>
        <source>상담 콘솔에서 확인해 주세요.</source>
        <translation>Please check the counselor console.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>다음 근무조</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>나에게</source>
        <translation>To me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인계 요청 · {who} → {where}</source>
        <translation>Handoff request · {who} → {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>통화 중 인계</source>
        <translation>Handoff during a call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>사례 인계</source>
        <translation>Case handoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} · 위험도 {tier}</source>
        <translation>{kind} · risk {tier}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>거절 사유</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>거절 사유 (보낸 분이 읽습니다)</source>
        <translation>Reason for declining (the sender reads it)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>받기</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>인계 받기</source>
        <translation>Accept handoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>거절</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>인계 거절</source>
        <translation>Decline handoff</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{target} · {situation}</source>
        <translation>{target} · {situation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>확인</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>알림 닫기</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>팀장 메시지 · {who}</source>
        <translation>Message from shift lead · {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>메시지 닫기</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/handoff/panel.py" line="+73"/>
        <source>통화가 끝난 상담입니다. 이어서 맡아 주세요.</source>
        <translation>The call has ended. Please take over from here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>진행 중인 사례를 넘깁니다.</source>
        <translation>Hands over an open case.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>서비스: {types}</source>
        <translation>Services: {types}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>메모: {text}</source>
        <translation>Notes: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>최근 위험도: {tier}</source>
        <translation>Last risk: {tier}</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+8"/>
        <source>인계</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>인계 — SBAR</source>
        <translation>Handoff — SBAR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>최근 위험도</source>
        <translation>Last risk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>받는 곳: {name}</source>
        <translation>To: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>받을 상담원</source>
        <translation>Receiving counselor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>대기 중인 상담원에게 보내기</source>
        <translation>Send to an available counselor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>인계 취소</source>
        <translation>Cancel handoff</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>인계 보내기</source>
        <translation>Send handoff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>받는 곳</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{name} 님은 지금 휴식 중입니다. 인계를 바로 보지 못할 수 있습니다.</source>
        <translation>{name} is on a break and may not see the handoff soon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} 님은 지금 오프라인입니다. 로그인할 때까지 인계를 보지 못합니다.</source>
        <translation>{name} is offline and will not see the handoff until they sign in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>지금 대기 중: {names}</source>
        <translation>Available now: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}에게 보내기</source>
        <translation>Send to {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>받는 분을 {name}(대기 중)으로 바꾸기</source>
        <translation>Change the receiver to {name} (available)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지금 대기 중인 상담원이 없습니다. 다음 근무조로 보내는 것도 방법입니다.</source>
        <translation>No counselor is available now. You can send it to the next shift instead.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>통화는 넘어가지 않습니다. 지금 통화는 직접 마무리하고, 센터가 수락하면 센터에서 이 분께 연락합니다. 사례 담당도 그대로입니다.</source>
        <translation>The call is not transferred. Finish this call yourself; once the centre accepts, the centre contacts this person. The case owner stays the same.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>통화 중인 상담을 넘깁니다. 받는 분이 수락하면 통화가 그쪽으로 옮겨집니다.</source>
        <translation>Hands over the current call. When the receiver accepts, the call moves to them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>끝난 상담과 그 사례를 넘깁니다.</source>
        <translation>Hands over the ended contact and its case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사례를 넘깁니다.</source>
        <translation>Hands over the case.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>서버에 연결되지 않아 보내지 못했습니다. 다시 누르면 같은 인계로 다시 보냅니다.</source>
        <translation>Not sent: no connection to the server. Press again to resend the same handoff.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>통화는 제가 마무리합니다. 센터에서 이 분을 맡아 연락해 주세요.</source>
        <translation>I will finish the call. Please take this person on and contact them.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>통화를 이어받아 주세요.</source>
        <translation>Please take over the call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} 상담 진행 중 ({start} 시작, 통화 {length}).</source>
        <translation>{channel} contact in progress (started {start}, {length} so far).</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>상담원 선택</source>
        <translation>Choose a counselor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>목록 없음</source>
        <translation>No list</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+4"/>
        <source>상황 (S)</source>
        <translation>Situation (S)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>배경 (B)</source>
        <translation>Background (B)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>평가 (A)</source>
        <translation>Assessment (A)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>권고 (R)</source>
        <translation>Recommendation (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금 어떤 상황인지: 통화 중인지, 무엇 때문에 넘기는지</source>
        <translation>What is happening now: still on the call? why hand it off?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이용 이력, 서비스 유형, 주의 표시, 메모에서 중요한 부분</source>
        <translation>Contact history, service types, flags, key points from the notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위험도와 상담원의 판단</source>
        <translation>Risk tier and your assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>받는 분이 할 일: 다시 연락할 시간, 연계할 곳</source>
        <translation>What the receiver should do: when to call back, where to refer</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ui/header/header_bar.py" line="+60"/>
        <source>외로움안녕120 상담 콘솔</source>
        <translation>Annyeong 120 Counselor Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>외로움안녕120</source>
        <translation>Annyeong 120</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../ui/header/help_button.py" line="+29"/>
        <location line="+1"/>
        <source>도움말</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>단축키 안내를 보거나, 로그 폴더를 열어 헬프데스크에 보낼 파일을 찾습니다.</source>
        <translation>Shows the keyboard shortcuts, or opens the log folder to find the file the help desk asks for.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>도움말 메뉴</source>
        <translation>Help menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>로그 폴더 열기</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>문제가 생겼을 때 헬프데스크가 요청하는 기록 파일이 있는 폴더를 엽니다.</source>
        <translation>Opens the folder with the log files the help desk asks for when something goes wrong.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>로그 폴더</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>로그 폴더를 열었습니다.</source>
        <translation>The log folder is open.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>로그 폴더 창을 열 수 없습니다.</source>
        <translation>The log folder could not be opened in a window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>폴더 위치를 클립보드에 복사해 두었으니, 헬프데스크에 붙여 넣어 전달해 주세요.</source>
        <translation>Its location is on the clipboard: paste it for the help desk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>로그 폴더 안내</source>
        <translation>About the log folder</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history/panel.py" line="+39"/>
        <source>이전 상담 이력</source>
        <translation>Earlier contacts</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+65"/>
        <location line="+8"/>
        <source>이력</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>다시 시도</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>이력 다시 불러오기</source>
        <translation>Reload history</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>이 사례 인계</source>
        <translation>Hand off this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 사례를 다른 상담원, 다음 근무조나 협력 기관에 넘깁니다</source>
        <translation>Hands this case to another counselor, the next shift or a partner agency</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>전화가 오면 그 분의 이전 상담 기록이 여기에 보입니다.</source>
        <translation>When a call comes in, the caller&apos;s earlier contacts show here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>이력을 불러오는 중…</source>
        <translation>Loading history…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>검색 결과</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>지난 상담</source>
        <translation>Earlier contact</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>이력을 불러오지 못했습니다</source>
        <translation>Could not load the history</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>사례 기록 %n건 (최근 순)</source>
        <translation>
            <numerusform>%n case record (newest first)</numerusform>
            <numerusform>%n case records (newest first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{who} · 사례 기록 %n건</source>
        <translation>
            <numerusform>{who} · %n case record</numerusform>
            <numerusform>{who} · %n case records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.</source>
        <translation>This chat came without a number, so earlier contacts cannot be found.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>이전 상담 %n회 (최근 순)</source>
        <translation>
            <numerusform>%n earlier contact (newest first)</numerusform>
            <numerusform>%n earlier contacts (newest first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>이전 상담 %n회 · 최근 {k}건</source>
        <translation>
            <numerusform>%n earlier contact · latest {k}</numerusform>
            <numerusform>%n earlier contacts · latest {k}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>이전 상담 %n회</source>
        <translation>
            <numerusform>%n earlier contact</numerusform>
            <numerusform>%n earlier contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>오늘 목록에서 고른 상담</source>
        <translation>Contact chosen in Today</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>번호가 표시되지 않아 이전 상담을 찾을 수 없습니다.</source>
        <translation>The number is hidden, so earlier contacts cannot be found.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>마지막 {date}</source>
        <translation>last {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>이전 상담 기록이 없습니다. 처음 연락하신 분입니다.</source>
        <translation>No earlier contacts. First contact with us.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이전 상담 기록이 없습니다. 처음 전화하신 분입니다.</source>
        <translation>No earlier contacts. First-time caller.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>메모: …{text}…</source>
        <translation>Notes: …{text}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>채팅: …{text}…</source>
        <translation>Chat: …{text}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>검색에서 고른 상담</source>
        <translation>Contact chosen in search</translation>
    </message>
</context>
<context>
    <name>HoldToConfirmButton</name>
    <message>
        <location filename="../../ui/dispatch/hold_button.py" line="+219"/>
        <source>1초 동안 누르고 있으면 요청됩니다 (마우스, Enter 또는 스페이스). 짧게 누르면 보내지 않습니다.</source>
        <translation>Hold for 1 second to send (mouse, Enter or Space). A short press sends nothing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>서버 연결 끊김: 보내면 이 PC에 저장되고, 곧 직접 전화 안내가 나옵니다.</source>
        <translation>Server not connected: a request is kept on this PC, and you will shortly be told to phone directly.</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <location filename="../../ui/shell/idle_view.py" line="+23"/>
        <location line="+82"/>
        <source>대기로 바꾸고 전화 받기 시작</source>
        <translation>Set to Available and start taking calls</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>연습용 서버를 준비하고 있습니다</source>
        <translation>Starting the practice server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>잠시 후 자동으로 로그인되고, 곧 연습 전화가 걸려 옵니다.</source>
        <translation>You will be signed in automatically in a moment, and the first practice call follows soon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>휴식 중입니다</source>
        <translation>On a break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>휴식 중에는 전화가 연결되지 않습니다.
상태를 ‘대기’로 바꾸면 다시 전화를 받을 수 있어요.</source>
        <translation>No calls are put through during a break.
Set your status to ‘Available’ to take calls again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>서버와 연결이 끊겼습니다</source>
        <translation>The connection to the server is lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다시 연결되면 전화를 받을 수 있습니다.
입력한 기록은 이 PC에 안전하게 저장되어 있어요.</source>
        <translation>Calls can come in again once it reconnects.
Everything you typed is kept safe on this PC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>아직 전화를 받지 않는 상태입니다</source>
        <translation>You are not taking calls yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상태를 ‘대기’로 바꾸면 전화가 이 자리로 연결됩니다.</source>
        <translation>Set your status to ‘Available’ and calls will be put through to you.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>휴식 끝내고 대기로 바꾸기</source>
        <translation>End the break and set to Available</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>다음 전화를 기다리고 있습니다</source>
        <translation>Waiting for the next call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전화가 오면 이 자리에 알림 카드가 뜹니다.
Enter 키로 바로 받을 수 있어요.</source>
        <translation>When a call comes in, a card appears right here.
Press Enter to answer at once.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/text/labels.py" line="+68"/>
        <source>단순정보</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>외로움 대화</source>
        <translation>Loneliness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고립정도 확인</source>
        <translation>Isolation check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>고립 신고·발굴</source>
        <translation>Isolation report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>긴급 대응</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>상담 완료</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연계함</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다른 기관으로 연결</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>무응답</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>중도 끊김</source>
        <translation>Hung up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>욕설·폭언</source>
        <translation>Abusive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>장난 전화</source>
        <translation>Prank call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>잘못 건 전화</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>테스트</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>자살 위험</source>
        <translation>Suicide risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자해 이력</source>
        <translation>Self-harm history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>폭언 주의</source>
        <translation>Verbal abuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>회신 전화 금지</source>
        <translation>No call-backs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취약 어르신</source>
        <translation>Vulnerable older adult</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보호 필요</source>
        <translation>Needs protection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>낮음</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>중간</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>높음</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>매우 높음(긴급)</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>평가 없음</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>긴급</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>20세 미만</source>
        <translation>Under 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20대</source>
        <translation>20s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30대</source>
        <translation>30s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>40대</source>
        <translation>40s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50대</source>
        <translation>50s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60대</source>
        <translation>60s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>70대</source>
        <translation>70s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80세 이상</source>
        <translation>80 and over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>모름</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>요약</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서비스 유형</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>처리 결과</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락 날짜</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락 담당</source>
        <translation>Follow-up owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>위기 대응 결정</source>
        <translation>Crisis decision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>보내는 중</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전송됨</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>접수됨</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>담당 배정</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락함</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>종결</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>거절됨</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>본인</source>
        <translation>Self</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>보호자</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>기타</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>전화 구두</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>채팅</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>서면</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>개인정보 보호법 제15조 제1항 제5호 (급박한 생명·신체의 이익)</source>
        <translation>PIPA art. 15(1)5 (urgent interest of life or body)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개인정보 보호법 제17조 제1항 제2호 (같은 사유의 제3자 제공)</source>
        <translation>PIPA art. 17(1)2 (third-party provision, same grounds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>개인정보 보호법 제18조 제2항 제3호 (목적 외 제공, 같은 사유)</source>
        <translation>PIPA art. 18(2)3 (use beyond purpose, same grounds)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/text/language.py" line="+53"/>
        <source>화면 언어 메뉴</source>
        <translation>Interface language menu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>다음에 시작할 때부터 이 언어로 표시합니다</source>
        <translation>Shows the console in this language from the next start</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/account/lock_screen.py" line="+66"/>
        <source>화면 잠금</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>화면이 잠겼습니다</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>잠금 해제</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>화면을 잠갔습니다.</source>
        <translation>You locked the screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>오래 입력이 없어 개인정보 보호를 위해 잠갔습니다.</source>
        <translation>Locked to protect personal data after a long time without input.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>작성 중인 내용은 저장되어 있고, 전송도 계속됩니다. 비밀번호를 입력해 잠금을 풀어 주세요.</source>
        <translation>What you were writing is saved and keeps being sent. Enter your password to unlock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>교육 모드 연습 계정의 비밀번호는 {password} 입니다.</source>
        <translation>In training mode, the practice accounts&apos; password is {password}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>서버에 연결할 수 없어 이 PC에서 확인할 수 없습니다. 연결되면 다시 시도해 주세요.</source>
        <translation>Cannot reach the server, so the password cannot be checked on this PC. Try again once connected.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>비밀번호가 맞지 않습니다. 다시 입력해 주세요.</source>
        <translation>The password is not correct. Please enter it again.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>채팅 상담 요청이 와 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, Enter를 한 번 더 누르면 받습니다.</source>
        <translation>A chat is waiting for you. Type your password and press Enter to unlock, then Enter again to take it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>전화가 오고 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, Enter를 한 번 더 누르면 받습니다.</source>
        <translation>A call is ringing. Type your password and press Enter to unlock, then Enter again to answer.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/account/login_dialog.py" line="+40"/>
        <location line="+4"/>
        <source>서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요.</source>
        <translation>The server address is invalid. Enter an address starting with https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)</source>
        <translation>For security only https addresses are allowed. (http only for a server on this PC)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>외로움안녕120 상담 콘솔 — 로그인</source>
        <translation>Annyeong 120 Counselor Console — Sign in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>외로움안녕120 상담 콘솔</source>
        <translation>Annyeong 120 Counselor Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>상담원 계정으로 로그인해 주세요.</source>
        <translation>Sign in with your counselor account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>서버 주소</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>아이디</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>비밀번호</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>로그인 오류</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+125"/>
        <source>로그인</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>로그인 (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>로그인 창 닫기</source>
        <translation>Close the sign-in window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>닫기 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>로그인 진행 중</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>저장된 로그인을 확인하는 중입니다…</source>
        <translation>Checking the saved sign-in…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>아이디를 입력해 주세요.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>비밀번호를 입력해 주세요.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>서버에 연결할 수 없습니다. 서버 주소({url})와 네트워크 연결을 확인해 주세요.</source>
        <translation>Cannot reach the server. Check the server address ({url}) and the network.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>로그인 중…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>로그인 오류: {message}</source>
        <translation>Sign-in error: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="+77"/>
        <source>외로움안녕120 상담 콘솔 — 교육 모드</source>
        <translation>Annyeong 120 Counselor Console — Training mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>외로움안녕120 상담 콘솔</source>
        <translation>Annyeong 120 Counselor Console</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>긴급 출동 요청</source>
        <translation>Request emergency dispatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>112·119 출동 요청 창을 엽니다 (상담 중일 때)</source>
        <translation>Opens the 112/119 dispatch request (during a contact)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/emergency_press.py" line="+17"/>
        <source>열린 상담이 없어 출동 요청서를 열 수 없습니다. 위급하면 112·119에 직접 전화하세요.</source>
        <translation>No contact is open, so there is no dispatch form to open. In an emergency, call 112 or 119 directly.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="+192"/>
        <source>이 상담은 이 PC에 더 남아 있지 않습니다. 검색(Ctrl+F)으로 서버 기록을 찾아 보세요.</source>
        <translation>This contact is no longer kept on this PC. Search (Ctrl+F) to find the server&apos;s record.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>받지 못한 연결 요청이 있어 상태가 ‘휴식’으로 바뀌었습니다. 다시 받으려면 상태를 ‘대기’로 바꾸세요.</source>
        <translation>A ring went unanswered, so your status is now ‘Break’. Set it to ‘Available’ to take calls again.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>로그인이 만료되었습니다. 입력한 내용은 이 PC에 저장되어 있고, 다시 로그인하면 전송됩니다.</source>
        <translation>Your sign-in expired. What you typed is saved on this PC and is sent once you sign in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>다시 로그인</source>
        <translation>Sign in again</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/text/messages.py" line="+28"/>
        <source>아이디 또는 비밀번호가 맞지 않습니다. 다시 입력해 주세요.</source>
        <translation>Wrong user name or password. Please try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>로그인 실패가 반복되어 계정이 잠겼습니다. 팀장에게 잠금 해제를 요청해 주세요.</source>
        <translation>The account is locked after repeated failed sign-ins. Ask your shift lead to unlock it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>이 전화는 이미 다른 상담원에게 넘어갔습니다.</source>
        <translation>This call has already gone to another counselor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>이 상담에서는 전체 번호를 볼 수 없습니다.</source>
        <translation>The full number cannot be shown for this contact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>다른 곳에서 먼저 바뀐 내용이 있습니다. 두 내용을 확인해 주세요.</source>
        <translation>This was changed elsewhere first. Please compare both versions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>이 PC에 암호화 모듈(SQLCipher)이 없어 상담 자료를 안전하게 보관할 수 없습니다. 관리자에게 설치를 요청해 주세요.</source>
        <translation>This PC has no encryption module (SQLCipher), so contact data cannot be stored safely. Ask an administrator to install it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>이 PC의 보안 저장소(키링)를 쓸 수 없어 상담 자료를 암호화해 보관할 수 없습니다. 관리자에게 문의해 주세요.</source>
        <translation>This PC&apos;s secure store (keyring) is unavailable, so contact data cannot be stored encrypted. Please contact an administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>서버 인증서가 이 PC에 등록된 인증서와 다릅니다. 보안을 위해 연결하지 않았습니다. 관리자에게 바로 알려 주세요.</source>
        <translation>The server&apos;s certificate is not the one registered on this PC. For safety the console did not connect. Tell your administrator right away.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>서버 인증서를 확인할 수 없어 연결하지 않았습니다. 관리자에게 알려 주세요.</source>
        <translation>The server&apos;s certificate could not be verified, so the console did not connect. Tell your administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>설정에 적힌 기관 인증서 파일을 읽지 못했습니다. 공인 인증서로만 서버를 확인합니다.</source>
        <translation>The organisation&apos;s CA certificate file named in the settings could not be read. The server is checked against public CAs only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)</source>
        <translation>For security only https addresses can be used. (http is allowed only for a server on this PC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요.</source>
        <translation>The server address is not valid. Enter an address that starts with https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>서버에 연결할 수 없습니다. 네트워크 상태를 확인해 주세요.</source>
        <translation>Cannot reach the server. Please check the network.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>로그인이 만료되었습니다. 다시 로그인해 주세요.</source>
        <translation>Your sign-in expired. Please sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>로그인하지 못했습니다.</source>
        <translation>Could not sign in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>메모가 너무 깁니다 ({length}자, 최대 {limit}자). 이 PC에는 모두 저장되어 있으니 줄여 주세요.</source>
        <translation>The note is too long ({length} characters, at most {limit}). All of it is saved on this PC; please shorten it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>진행 중인 상담이 없습니다.</source>
        <translation>No contact in progress.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>서버와 연결이 끊겨 채팅을 받을 수 없습니다. 네트워크 연결을 확인해 주세요.</source>
        <translation>The connection to the server is lost, so the chat cannot be taken. Check the network connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>서버와 연결이 끊겨 전화를 받을 수 없습니다. 네트워크 연결을 확인해 주세요.</source>
        <translation>The connection to the server is lost, so the call cannot be taken. Check the network connection.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>연락처 형식이 올바르지 않습니다 (예: 010-1234-5678). 입력한 내용은 그대로 있습니다.</source>
        <translation>The contact number format is invalid (e.g. 010-1234-5678). What you typed is kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>너무 깁니다. 조금 줄여 주세요.</source>
        <translation>Too long. Please shorten it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>조금 더 입력해 주세요 (번호는 3자리 이상).</source>
        <translation>Please type a little more (at least 3 digits for a number).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>검색어가 너무 깁니다.</source>
        <translation>The search text is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전화번호로 찾을 수 없는 값입니다.</source>
        <translation>This cannot be searched as a phone number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>찾을 수 없는 검색어입니다.</source>
        <translation>This search text cannot be used.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>꼭 필요한 항목이 비어 있습니다: {field}</source>
        <translation>A required field is empty: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락처 형식이 올바르지 않습니다 (예: 010-1234-5678).</source>
        <translation>The contact number format is invalid (e.g. 010-1234-5678).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>표시된 항목</source>
        <translation>the marked field</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>너무 깁니다. 조금 줄여 주세요: {field}</source>
        <translation>Too long. Please shorten: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동의 여부(또는 긴급 연계의 법적 근거)를 먼저 기록해 주세요.</source>
        <translation>First record consent (or the legal grounds for an emergency referral).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 기관은 동의 없이 긴급 연계할 수 없습니다.</source>
        <translation>This agency does not accept emergency referrals without consent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>입력값을 확인해 주세요: {field}</source>
        <translation>Please check: {field}</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>서버가 받지 않은 변경이 있어 마무리할 수 없습니다. 내용은 지워지지 않았습니다.</source>
        <translation>The server did not accept some changes, so wrap-up cannot finish. Nothing was deleted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>서버가 요청을 처리하지 못했습니다. 잠시 뒤 다시 해 주세요.</source>
        <translation>The server could not handle the request. Please try again in a moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>예상하지 못한 오류가 생겼습니다. 하던 일은 그대로 계속할 수 있습니다.</source>
        <translation>An unexpected error occurred. You can carry on with what you were doing.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>이 항목을 저장하지 못했습니다. 입력한 값을 확인해 주세요.</source>
        <translation>This field could not be saved. Please check what was entered.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>동의하지 않으셨고 허용한 항목도 없어 아무것도 보내지 않았습니다. 직접 연락하실 곳을 안내해 주세요.</source>
        <translation>No consent and no items allowed, so nothing was sent. Please tell them whom to contact directly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>이 기관의 연계 양식을 불러오지 못했습니다. 관리자에게 알려 주세요.</source>
        <translation>Could not load this agency&apos;s referral form. Please tell an administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>후속 연락 날짜를 확인해 주세요 (지난 날짜나 2년 뒤는 안 됩니다).</source>
        <translation>Check the follow-up date (not in the past, not more than 2 years ahead).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락을 예약할 상담이 없습니다.</source>
        <translation>There is no contact to schedule a follow-up for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>아직 서버에 전송되지 않은 후속 연락입니다. 연결되면 다시 해 주세요.</source>
        <translation>This follow-up has not reached the server yet. Try again once connected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 후속 연락을 찾을 수 없습니다.</source>
        <translation>This follow-up cannot be found.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../ui/contact/notes_pane.py" line="+62"/>
        <location line="+3"/>
        <source>상담 메모</source>
        <translation>Contact notes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>상담 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다.</source>
        <translation>Write about the conversation. No need to save: what you type is stored on this PC as you type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>통화 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다.</source>
        <translation>Write down the conversation. No need to save: it is saved on this PC as you type.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>입력 중…</source>
        <translation>Typing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>저장 공간 부족 · 화면에 보관 중 (공간이 생기면 저장)</source>
        <translation>Storage full · kept on screen (saved once there is space)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>이 PC에 저장됨 · 너무 길어 서버로 보내지 못했습니다 ({n}자). 줄여 주세요.</source>
        <translation>Saved on this PC · too long to send to the server ({n} characters). Please shorten it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>이 PC에 저장됨 · 서버 연결 끊김, 미전송 {n}</source>
        <translation>Saved on this PC · not connected to the server, {n} unsent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>저장됨 · 서버가 받지 않은 항목 {n} (지워지지 않고 남아 있음)</source>
        <translation>Saved · {n} not accepted by the server (kept, not deleted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>저장됨 · 동기화 대기 {n}</source>
        <translation>Saved · {n} waiting to sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>저장됨 · 전송 완료</source>
        <translation>Saved · sent</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../ui/contact/party_form.py" line="+35"/>
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연락처</source>
        <translation>Contact number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락처 (예: 010-1234-5678)</source>
        <translation>Contact number (e.g. 010-1234-5678)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>주소 (동·건물 정도만 알아도)</source>
        <translation>Address (dong or building is enough)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연락 희망 시간</source>
        <translation>Preferred callback time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>연락 희망 시간 (예: 평일 오후 2시 이후)</source>
        <translation>Preferred callback time (e.g. weekdays after 2 pm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>연계 기관이나 후속 연락 때 이 시간에 맞춰 전화합니다</source>
        <translation>Partners and follow-up calls use this time</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>자치구</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>연령대</source>
        <translation>Age group</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/text/messages.py" line="-183"/>
        <source>대기</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전화 옴</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>채팅 옴</source>
        <translation>Incoming chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상담 중</source>
        <translation>In session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후처리</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>휴식</source>
        <translation>Break</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>전화 받지 않음</source>
        <translation>Unavailable</translation>
    </message>
</context>
<context>
    <name>PresenceSelector</name>
    <message>
        <location filename="../../ui/header/presence_selector.py" line="+31"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>상담 상태</source>
        <translation>Counselor status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>대기: 전화가 이 자리로 연결됨 · 휴식: 전화가 연결되지 않음
전화 옴, 통화 중, 후처리는 통화에 따라 자동으로 바뀝니다.</source>
        <translation>Available: calls are put through to you · Break: no calls
Ringing, On call and Wrap-up follow the call by themselves.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../ui/referral/form.py" line="+103"/>
        <source>번호를 여쭤 적어 주세요 (발신 {masked})</source>
        <translation>Ask for and write down the number (caller: {masked})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(보내지 않음)</source>
        <translation>(not sent)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>선택 안 함</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../ui/referral/panel.py" line="+60"/>
        <location filename="../../ui/referral/status.py" line="+61"/>
        <source>연계</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>연계 양식: 기록한 동의대로 연계를 보냅니다</source>
        <translation>Referral form: send the referral as consented</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>연계 양식 닫고 기관 목록으로</source>
        <translation>Close the referral form, back to the list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>어느 기관에 연계할까요? 누르면 상담 내용으로 채운 양식이 열립니다.</source>
        <translation>Refer to which agency? A click opens the form filled from this contact.</translation>
    </message>
    <message>
        <location filename="../../ui/referral/target.py" line="+37"/>
        <source>전화 {phone}</source>
        <translation>Phone {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>운영: {hours} · 연락: {ways}</source>
        <translation>Hours: {hours} · Contact: {ways}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>지역: {districts}</source>
        <translation>Districts: {districts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>누리집: {url}</source>
        <translation>Web: {url}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(미확인)</source>
        <translation>(unconfirmed)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>연계: {name}</source>
        <translation>Referral: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/referral/panel.py" line="+18"/>
        <source>불러오지 못한 연계 양식이 있습니다: {files}</source>
        <translation>Some referral forms could not be loaded: {files}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>이 상담의 연계</source>
        <translation>Referrals of this contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>아직 보낸 연계가 없습니다.</source>
        <translation>No referrals sent yet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>← 기관 목록</source>
        <translation>← Agencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>기관 목록으로</source>
        <translation>Back to agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>보내지 않고 기관 목록으로 돌아갑니다 (Esc)</source>
        <translation>Back to the agency list without sending (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>운영 시간과 연락 방법</source>
        <translation>Hours and how to reach them</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>확인 전화 예약</source>
        <translation>Schedule a check call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연계 후 확인 전화 예약</source>
        <translation>Schedule a check call after the referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기관이 연락했는지 확인하는 후속 연락을 만듭니다</source>
        <translation>Creates a follow-up to check that the agency made contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>확인 전화 날짜와 시간</source>
        <translation>Check call date and time</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>상담 메모 (읽기 전용)</source>
        <translation>Contact notes (read-only)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>메모</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>동의하지 않은 %n개 항목은 보내지 않았습니다.</source>
        <translation>
            <numerusform>%n item without consent was not sent.</numerusform>
            <numerusform>%n items without consent were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+136"/>
        <source>연계 보내기</source>
        <translation>Send referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기록한 동의대로 연계를 보냅니다 (Ctrl+Enter)</source>
        <translation>Sends the referral as consented (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>{name}에 연계를 보냈습니다.</source>
        <translation>Referral sent to {name}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>연계 확인 전화</source>
        <translation>Referral check call</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>확인 전화를 {when}에 예약했습니다.</source>
        <translation>Check call scheduled for {when}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{consent} · 연계 보내기  (Ctrl+Enter)</source>
        <translation>{consent} · Send referral  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/referral/status.py" line="+36"/>
        <source>긴급 연계 (법적 근거 기록)</source>
        <translation>Emergency referral (legal grounds recorded)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>동의하지 않은 항목 %n개는 보내지 않음</source>
        <translation>
            <numerusform>%n item without consent not sent</numerusform>
            <numerusform>%n items without consent not sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>거절 사유: {reason}</source>
        <translation>Declined: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>아직 보내지 못함 — 연결되면 자동으로 보냅니다</source>
        <translation>Not sent yet — sends automatically once connected</translation>
    </message>
</context>
<context>
    <name>RelayNotice</name>
    <message>
        <location filename="../../ui/dispatch/relay_notice.py" line="+54"/>
        <source>이미 신고했다면 {name} 님에게 알려 주세요.</source>
        <translation>If you have already reported it, tell {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>출동 기관 접수됨 · {name} 님의 {number} 신고 요청</source>
        <translation>Call {number} for {name} · the agency has it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>출동 기관이 {at}에 접수했습니다 (사건번호 {incident}).</source>
        <translation>The agency acknowledged it at {at} (incident {incident}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>출동 기관이 {at}에 접수했습니다.</source>
        <translation>The agency acknowledged it at {at}.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>출동 요청 취소됨 · {name} 님의 {number} 신고 요청</source>
        <translation>Call {number} for {name} · dispatch withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 요청이 취소되었습니다. {number}에 신고하지 않아도 됩니다.</source>
        <translation>The dispatch request was withdrawn. There is no need to phone {number}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number}에 신고하지 않아도 됩니다.</source>
        <translation>There is no need to phone {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>아직 {number}에 전화하지 않았다면 하지 않아도 됩니다.</source>
        <translation>If you have not phoned {number} yet, there is no need to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}와 통화 중이라면 이미 접수된 건(사건번호 {incident})이라고 알려 주세요.</source>
        <translation>If you are on the line to {number}, tell them it is already registered (incident {incident}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}와 통화 중이라면 이미 접수된 건이라고 알려 주세요.</source>
        <translation>If you are on the line to {number}, tell them it is already registered.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>112 신고 요청 알림</source>
        <translation>Requests to call 112</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>제가 신고합니다</source>
        <translation>I&apos;ll call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>제가 112에 신고합니다</source>
        <translation>I&apos;ll call 112</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <location line="+58"/>
        <source>확인</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>112 신고 요청 알림 닫기</source>
        <translation>Close the request to call 112</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>출동 기관이 출동 요청을 처리하지 못했다고 알렸습니다.</source>
        <translation>The agency reported that it could not act on the dispatch request.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} 신고 요청 · {name} 님</source>
        <translation>Call {number} for {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 님이 위기 상황의 내담자와 통화 중이라 직접 걸 수 없습니다. 대신 {number}에 신고해 주세요.</source>
        <translation>{name} is on the line with a caller in crisis and cannot call. Please call {number} for them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>제가 {number}에 신고합니다</source>
        <translation>I&apos;ll call {number}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>아직 {number}에 신고하지 않았다면 지금 전화해 아래 내용을 읽어 주세요.</source>
        <translation>If you have not reported it to {number} yet, phone now and read out the text below.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}에 전화해 아래 내용을 읽어 주세요. 신고 후 {name} 님에게 알려 주세요.</source>
        <translation>Call {number} and read out the text below. Then let {name} know.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} 님의 요청은 다른 분이 맡았습니다.</source>
        <translation>Someone else took {name}&apos;s request.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>신고할 내용을 불러오는 중…</source>
        <translation>Loading what to tell them…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>신고를 마쳤습니다 · 닫기</source>
        <translation>I have reported it · close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>대상자 연락처: {number}</source>
        <translation>Person&apos;s number: {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>회신 번호: {number}</source>
        <translation>Callback number: {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>출동 요청 취소 알림</source>
        <translation>Withdrawn dispatch notices</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{who} 상담원 · {asked} 요청 → {withdrawn} 취소 · 사유: {reason}</source>
        <translation>{who} · requested {asked} → withdrawn {withdrawn} · reason: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>출동 기관이 취소를 확인했습니다.</source>
        <translation>The agency confirmed the withdrawal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>출동 기관의 취소 확인을 기다리는 중입니다.</source>
        <translation>Waiting for the agency to confirm the withdrawal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>출동 요청 취소 · {service}</source>
        <translation>Dispatch withdrawn · {service}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>출동 취소 알림 닫기</source>
        <translation>Close the withdrawn dispatch notice</translation>
    </message>
</context>
<context>
    <name>RelayWiring</name>
    <message>
        <location filename="../../ui/dispatch/relay_wiring.py" line="+74"/>
        <source>동료·팀장에게 112 신고 요청</source>
        <translation>Ask a colleague or the lead to call 112</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>직접 전화하라는 안내가 떠 있을 때: 팀장과 동료에게 신고를 부탁합니다</source>
        <translation>While the console says to call directly: ask the lead and colleagues to make the call</translation>
    </message>
</context>
<context>
    <name>RingAlert</name>
    <message>
        <location filename="../../ui/shell/desktop_alert.py" line="+117"/>
        <source>외로움안녕120 상담 콘솔</source>
        <translation>Annyeong 120 Counselor Console</translation>
    </message>
</context>
<context>
    <name>RingVolume</name>
    <message>
        <location filename="../../ui/card/ring_volume.py" line="+21"/>
        <source>작게</source>
        <translation>Soft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>보통</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>크게</source>
        <translation>Loud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>벨소리 크기</source>
        <translation>Ring volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>벨소리 크기 메뉴</source>
        <translation>Ring volume menu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>전화가 올 때 울리는 소리의 크기입니다</source>
        <translation>How loud the console rings when a call comes in</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/contact/search_panel.py" line="+32"/>
        <source>서버 연결 안 됨 · 이 PC 기록만</source>
        <translation>Server offline · this PC only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버 응답 늦음 · 이 PC 기록만</source>
        <translation>Server slow · this PC only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버 검색 없음 · 이 PC 기록만</source>
        <translation>No server search · this PC only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버 검색 실패 · 이 PC 기록만</source>
        <translation>Server search failed · this PC only</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>채팅: …{text}…</source>
        <translation>Chat: …{text}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>검색 (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>상담 기록 검색</source>
        <translation>Search contact records</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>번호·이름·메모 내용</source>
        <translation>Number, name, notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>전화번호, 이름, 메모 내용으로 찾습니다 (Ctrl+F)</source>
        <translation>Find by phone number, name or note text (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>검색 결과</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>검색 칸으로 갑니다 (번호·이름·메모 내용)</source>
        <translation>Goes to the search field (number, name, note text)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>찾는 중…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n}건</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>찾은 기록이 없습니다.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>ShiftLeadWiring</name>
    <message>
        <location filename="../../ui/board/wiring.py" line="+57"/>
        <source>상담 화면 보기</source>
        <translation>Show the console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상황판 보기 (팀장)</source>
        <translation>Show the board (shift leads)</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../ui/board/shift_report_view.py" line="+60"/>
        <source>진행 중인 상담</source>
        <translation>Contacts in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>열린 사례 (위험도 높은 순)</source>
        <translation>Open cases (highest risk first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대기 중인 인계</source>
        <translation>Pending handoffs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음 근무조에 해야 할 후속 연락</source>
        <translation>Follow-ups for the next shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확인을 기다리는 긴급 출동</source>
        <translation>Emergency dispatches awaiting confirmation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>주간조</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>저녁조</source>
        <translation>Evening shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>야간조</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} {start:02d}–{end:02d}</source>
        <translation>{name} {start:02d}–{end:02d}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{outgoing} → {incoming}</source>
        <translation>{outgoing} → {incoming}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} · {channel} {length} · 위험도 {tier}</source>
        <translation>{who} · {channel} {length} · risk {tier}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>위험도 {tier} · 담당 {who} · {person}</source>
        <translation>Risk {tier} · owner {who} · {person}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>요약: 상담 중 {contacts} · 열린 사례 {cases} (높음 이상 {urgent}) · 인계 대기 {handoffs} · 후속 연락 {follow_ups} (지연 {overdue}) · 출동 확인 대기 {dispatches}</source>
        <translation>Summary: {contacts} in progress · {cases} open cases ({urgent} high or above) · {handoffs} handoffs waiting · {follow_ups} follow-ups ({overdue} overdue) · {dispatches} dispatches to confirm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>상담원 공동</source>
        <translation>counselors&apos; pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음 할 일: {when}{late} 후속 연락 · {who}</source>
        <translation>Next: follow-up call {when}{late} · {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>다음 할 일: 근무 시작 후 1시간 안에 안부·안전 확인 전화</source>
        <translation>Next: a wellbeing and safety call within the first hour of the shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음 할 일: 이번 근무 중 후속 연락 일정 잡기</source>
        <translation>Next: book a follow-up during this shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다음 할 일: 담당자가 사례 상태 확인</source>
        <translation>Next: the case owner reviews the case</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>작성 {now} · 후속 연락은 다음 근무조가 끝나는 {until}까지</source>
        <translation>Made {now} · follow-ups due until the next shift ends at {until}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>{who} → {target} · {age} · {text}</source>
        <translation>{who} → {target} · {age} · {text}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>번호 없는 사례</source>
        <translation>case without a number</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source> (기한 지남)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{when}{late} · {who} · {text}</source>
        <translation>{when}{late} · {who} · {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{service} · {who} · {when} 요청</source>
        <translation>{service} · {who} · requested {when}</translation>
    </message>
    <message>
        <location filename="../../ui/board/shift_report_pdf.py" line="+37"/>
        <location line="+24"/>
        <location filename="../../ui/board/shift_report_view.py" line="+37"/>
        <location line="+65"/>
        <source>교대 인계 보고서</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>대외비 · 개인정보 포함 — 인계 후 파기</source>
        <translation>Confidential · contains personal data — destroy after handover</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{page} / {pages}쪽</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/board/shift_report_view.py" line="-57"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>성명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>서명</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>일시</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>확인</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>인계한 팀장 (나가는 근무조)</source>
        <translation>Handed over by (outgoing shift lead)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>인수한 팀장 (들어오는 근무조)</source>
        <translation>Received by (incoming shift lead)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>← 상황판</source>
        <translation>← Board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>상황판으로 돌아가기</source>
        <translation>Back to the board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>보고서 새로 고침</source>
        <translation>Refresh the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+91"/>
        <source>PDF로 저장</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>보고서 내용</source>
        <translation>Report content</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF 저장 진행 중</source>
        <translation>Saving the PDF</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>PDF로 저장했습니다 ({pages}쪽).</source>
        <translation>Saved as PDF ({pages} pages).</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>PDF로 저장하는 중…</source>
        <translation>Saving as PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF를 저장하지 못했습니다. 저장할 위치를 확인해 주세요.</source>
        <translation>The PDF could not be saved. Check the folder you chose.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>교대인계보고서.pdf</source>
        <translation>shift-report.pdf</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/shell/shortcut_sheet.py" line="+117"/>
        <location line="+134"/>
        <source>단축키 안내</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>단축키</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금 쓸 수 없는 단축키는 흐리게 보입니다.</source>
        <translation>Shortcuts that do nothing right now are greyed out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>닫기  Esc</source>
        <translation>Close  Esc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>단축키 안내 닫기</source>
        <translation>Close keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>단축키 목록</source>
        <translation>List of shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>키</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>하는 일</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>단축키 목록 제목</source>
        <translation>Shortcut list headings</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>글자 크게</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>글자 작게</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>글자 기본 크기</source>
        <translation>Default text size</translation>
    </message>
</context>
<context>
    <name>SignOutFlow</name>
    <message>
        <location filename="../../ui/account/sign_out_flow.py" line="+30"/>
        <source>서버가 받지 않은 기록 {failed}건과 아직 보내지 못한 기록 {pending}건이 있습니다.
로그아웃해도 이 PC에 암호화된 채로 남아 있다가, 같은 계정으로 다시 로그인하면 &apos;동기화 상세&apos;에서 다시 보낼 수 있습니다.</source>
        <translation>{failed} record(s) were refused by the server and {pending} are not sent yet.
They stay on this PC, encrypted, after you sign out; sign in again with the same account to resend them from Sync details.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>아직 서버로 보내지 못한 기록이 {pending}건 있습니다. 로그아웃 전에 몇 초 동안 보내 보고,
그래도 남으면 이 PC에 암호화된 채로 두었다가 같은 계정으로 다시 로그인할 때 보냅니다.</source>
        <translation>{pending} record(s) are not sent to the server yet. The console tries for a few seconds before signing out;
what is left stays on this PC, encrypted, and is sent when the same account signs in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>모든 기록이 서버에 저장되었습니다. 로그아웃하면 이 PC에 남은 상담 기록을 지웁니다.</source>
        <translation>Everything is saved on the server. Signing out erases the contact records kept on this PC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>로그아웃했습니다. 이 PC에 남아 있던 상담 기록을 지웠습니다.</source>
        <translation>Signed out. The contact records kept on this PC were erased.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>로그아웃했습니다. 보내지 못한 기록 {count}건이 있어 이 PC의 기록을 지우지 않았습니다. 같은 계정으로 다시 로그인하면 이어서 보냅니다.</source>
        <translation>Signed out. {count} unsent record(s) remain, so nothing on this PC was erased. They are sent when the same account signs in again.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>상담 중에는 로그아웃할 수 없습니다. 상담을 마무리한 뒤 다시 해 주세요.</source>
        <translation>You cannot sign out during a contact. Finish the wrap-up first, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>서버에 연결되지 않아 지금 상담을 마무리할 수 없습니다. 로그아웃해도 이 상담과 메모는 이 PC에 암호화된 채로 남고, 같은 계정으로 다시 로그인하면 이어서 마무리할 수 있습니다.</source>
        <translation>The server cannot be reached, so this contact cannot be wrapped up now. If you sign out, the contact and its notes stay on this PC, encrypted, and the same account can finish the wrap-up after signing in again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>로그아웃</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>로그아웃 확인</source>
        <translation>Confirm sign out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>로그아웃 취소</source>
        <translation>Cancel sign out</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>확인</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../../ui/board/stats_charts.py" line="+79"/>
        <source>자료 없음</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>통계</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>기간: {name}</source>
        <translation>Period: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>시간대별 상담</source>
        <translation>Contacts by hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서비스 유형 ①–⑤</source>
        <translation>Service types ①–⑤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연계 결과</source>
        <translation>Referral outcomes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>통계 불러오는 중</source>
        <translation>Loading statistics</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>상담 %n건 · 평균 상담 시간 {handle} · {start}부터</source>
        <translation>
            <numerusform>%n contact · average handling {handle} · since {start}</numerusform>
            <numerusform>%n contacts · average handling {handle} · since {start}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-44"/>
        <source>위험도 (기간 내 평가)</source>
        <translation>Risk (assessed in the period)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>서버에 통계 API가 없어 이 콘솔이 읽은 이벤트 기록으로 셉니다. 위험도는 기간 안에 한 체크리스트 결과로, 상담마다 가장 높은 단계 하나를 셉니다.</source>
        <translation>The server has no statistics API, so this console counts from the events it has read. Risk counts each contact once, at the highest tier of its checklist results in the period.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{day}일</source>
        <translation>{day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hour}시</source>
        <translation>{hour}:00</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>이번 근무조</source>
        <translation>This shift</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>최근 7일</source>
        <translation>Last 7 days</translation>
    </message>
</context>
<context>
    <name>SyncDetails</name>
    <message>
        <location filename="../../ui/header/sync_details.py" line="+27"/>
        <source>상담 메모·체크리스트</source>
        <translation>Notes · checklists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상담 종료</source>
        <translation>End of contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상담 내용(요약·분류)</source>
        <translation>Contact details (summary · type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>긴급 출동 요청</source>
        <translation>Emergency dispatch request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>긴급 출동 진행 기록</source>
        <translation>Dispatch progress record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>연계 의뢰</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락 일정</source>
        <translation>Follow-up schedule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>다른 곳에서 먼저 바뀌었습니다. 두 값을 비교해 고르세요</source>
        <translation>Changed elsewhere first. Compare both values and choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 계정으로는 보낼 수 없는 항목입니다</source>
        <translation>This account may not send this item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버에서 대상을 찾을 수 없습니다</source>
        <translation>The server cannot find the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버가 내용 형식을 받지 않았습니다</source>
        <translation>The server did not accept the format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>같은 번호로 다른 내용이 이미 보내졌습니다</source>
        <translation>Other content was already sent under the same key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>이 PC에 저장된 내용을 읽을 수 없습니다</source>
        <translation>The content saved on this PC cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>프로그램 오류로 보내지 못했습니다</source>
        <translation>Not sent because of a program error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>서버 응답: {code}</source>
        <translation>Server response: {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>보내지 못한 항목</source>
        <translation>Unsent items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>보내지 못한 항목 목록</source>
        <translation>List of unsent items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지금 다시 시도</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>보내지 못한 항목 모두 지금 다시 보내기</source>
        <translation>Resend all unsent items now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>보내지 못한 항목 창 닫기</source>
        <translation>Close the unsent items window</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>서버가 받지 않은 항목 %n개. 지워지지 않고 이 PC에 남아 있습니다.</source>
        <translation>
            <numerusform>%n item not accepted by the server. It is kept on this PC, not deleted.</numerusform>
            <numerusform>%n items not accepted by the server. They are kept on this PC, not deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>보내지 못한 항목이 없습니다.</source>
        <translation>No unsent items.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/header/sync_indicator.py" line="+32"/>
        <source>가장 오래된 항목 {n}분 전</source>
        <translation>oldest {n} min ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>가장 오래된 항목 {n}시간 전</source>
        <translation>oldest {n} h ago</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>동기화 상태 · 눌러서 자세히 보기</source>
        <translation>Sync status · press for details</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>미전송 기록 보내는 중</source>
        <translation>Sending unsent records</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>이 PC에 저장된 기록을 서버로 보내는 상태입니다.
미전송: 아직 서버에 보내지 못한 항목 수 (연결되면 자동으로 보냅니다)
실패: 서버가 받지 않은 항목 수 (지워지지 않고 남아 있습니다)</source>
        <translation>How the records saved on this PC are being sent to the server.
Unsent: items not sent yet (sent automatically once connected)
Failed: items the server refused (kept, never deleted)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>서버 연결됨</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버 연결 끊김</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서버 연결 중…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>다시 로그인 필요</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>동기화 멈춤</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>미전송 {n}</source>
        <translation>Unsent {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>실패 {n}</source>
        <translation>Failed {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>보내는 중</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>동기화 상태: {text}</source>
        <translation>Sync status: {text}</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../ui/text/text.py" line="+58"/>
        <source>입력 지우기</source>
        <translation>Clear input</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/common/theme.py" line="+39"/>
        <source>야간</source>
        <translation>Night</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>고대비</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주간</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/header/theme_button.py" line="+26"/>
        <source>테마</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>화면 테마, 글자 크기, 언어</source>
        <translation>Theme, text size and language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>주간, 야간, 고대비 중에서 고르고 글자 크기와 화면 언어를 바꿉니다.</source>
        <translation>Choose day, night or high contrast, and change the text size and the interface language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>화면 테마와 글자 크기 (Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 기본)</source>
        <translation>Theme and text size (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 default)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>화면 테마 메뉴</source>
        <translation>Theme menu</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/history/timeline.py" line="+49"/>
        <source>상담</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>주의 표시</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>후속 연락</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>연계</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>긴급 출동</source>
        <translation>Emergency dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>인계</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>기타 기록</source>
        <translation>Other record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>예정</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>지남</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>요청한 사람: {name}</source>
        <translation>Requested by: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>결과: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>메모 %n건</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>챗봇 자가진단 — {text}</source>
        <translation>Chatbot self-check — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>챗봇 채팅 — {text}</source>
        <translation>Chat with the chatbot — {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>서비스 유형: {types}</source>
        <translation>Service types: {types}</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>동의 없이 보내지 않은 항목 %n개</source>
        <translation>
            <numerusform>%n item not sent without consent</numerusform>
            <numerusform>%n items not sent without consent</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>메모: {text}</source>
        <translation>Notes: {text}</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>체크리스트</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>보낸 사람: {name}</source>
        <translation>From: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>거절 사유: {reason}</source>
        <translation>Declined: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>근거: {basis}</source>
        <translation>Grounds: {basis}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>동의 없음</source>
        <translation>No consent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>상태: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../ui/contact/today_panel.py" line="+94"/>
        <location line="+4"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>최근 상담</source>
        <translation>Recent contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>아직 받은 상담이 없습니다.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>최근 상담 목록</source>
        <translation>Recent contacts list</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>채팅 중</source>
        <translation>In chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>통화 중</source>
        <translation>In call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>후처리 중</source>
        <translation>Wrapping up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>완료 · {channel} {duration}</source>
        <translation>Done · {channel} {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>화면에 있는 상담</source>
        <translation>On screen now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>눌러서 기록 보기</source>
        <translation>Click to see its record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>눌러서 이 상담으로 가기</source>
        <translation>Click to go to this contact</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <location filename="../../ui/shell/training_banner.py" line="+15"/>
        <source>교육 모드 · 연습용 서버에 연결되어 있습니다. 실제 상담 전화가 아닙니다.</source>
        <translation>Training mode · connected to a practice server. These are not real calls.</translation>
    </message>
</context>
<context>
    <name>TrainingSplash</name>
    <message>
        <location filename="../../ui/shell/training_splash.py" line="+33"/>
        <source>외로움안녕120 교육 모드 · 연습용 서버를 준비하고 있습니다…</source>
        <translation>Annyeong 120 training mode · Starting the practice server…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>외로움안녕120 상담 콘솔 — 교육 모드</source>
        <translation>Annyeong 120 Counselor Console — Training mode</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <location filename="../../ui/board/switch.py" line="+19"/>
        <source>화면 전환</source>
        <translation>Switch view</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>상담</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>상황판</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>상담 화면 (Ctrl+Shift+1)</source>
        <translation>Console view (Ctrl+Shift+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>팀장 상황판 (Ctrl+Shift+2)</source>
        <translation>Shift lead board (Ctrl+Shift+2)</translation>
    </message>
</context>
<context>
    <name>WaitingChats</name>
    <message>
        <location filename="../../ui/chat/waiting_count.py" line="+39"/>
        <source>위기 대기 채팅 {n}</source>
        <translation>Crisis chats waiting: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>대기 채팅 {n}</source>
        <translation>Chats waiting: {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>대기 중인 채팅</source>
        <translation>Waiting chats</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>기다리는 채팅은 순서대로 연결됩니다. 지금 상담을 마치거나 채팅 수에 여유가 생기면 이 콘솔로도 울립니다.</source>
        <translation>Waiting chats are connected in turn. When you finish this contact, or have room for another chat, they ring at this console too.</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../ui/contact/wrap_up_form.py" line="+90"/>
        <source>상담 요약</source>
        <translation>Contact summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>한두 문장으로: 어떤 이야기를 나눴고 무엇을 안내했는지</source>
        <translation>One or two sentences: what you talked about and what you advised</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+246"/>
        <source>서비스 유형: {name}</source>
        <translation>Service type: {name}</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>숫자 {n} 또는 Alt+{n}</source>
        <translation>Key {n} or Alt+{n}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>후처리: 서비스 유형 {name} 켜기/끄기</source>
        <translation>Wrap-up: toggle service type {name}</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>처리 결과</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>선택해 주세요</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>처리 결과 (Alt+R)</source>
        <translation>Outcome (Alt+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>후처리: 처리 결과 고르기</source>
        <translation>Wrap-up: choose the outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>자동 표시</source>
        <translation>ticked for you</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>상담 대상</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>신고자 (전화 건 분)</source>
        <translation>Reporter (the caller)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>처리 결과 *  (Alt+R)</source>
        <translation>Outcome *  (Alt+R)</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>{label} · 자동 표시</source>
        <translation>{label} · ticked for you</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/plan.py" line="+79"/>
        <location line="+2"/>
        <source>후속 연락 필요</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>후속 연락 날짜</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>날짜 선택</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>후속 연락 시각</source>
        <translation>Follow-up time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>기본은 오전 10시입니다</source>
        <translation>10:00 by default</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>후속 연락 담당</source>
        <translation>Follow-up owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>나, 사례 담당, 동료 상담원, 또는 상담원 누구나 (먼저 맡는 사람이 연락)</source>
        <translation>Me, the case owner, a colleague, or any counselor (whoever takes it first calls back)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>상담원 누구나 (공동 후속 연락)</source>
        <translation>Any counselor (shared follow-up)</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>후속 연락 사유</source>
        <translation>Follow-up reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>무엇을 확인할지 (예: 마음편의점 다녀오셨는지)</source>
        <translation>What to check (e.g. whether they visited the Maeum store)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>지정된 상담원</source>
        <translation>Assigned counselor</translation>
    </message>
    <message>
        <location filename="../../ui/contact/wrap_up_form.py" line="-216"/>
        <source>요약 *</source>
        <translation>Summary *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>서비스 유형 * (여러 개 가능)</source>
        <translation>Service type * (several allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up/plan.py" line="-10"/>
        <source>담당 선택</source>
        <translation>Choose owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>나 ({name})</source>
        <translation>Me ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사례 담당 {name}</source>
        <translation>Case owner {name}</translation>
    </message>
</context>
</TS>
