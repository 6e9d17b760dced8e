<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="ko">
    <context>
        <name>AccountButton</name>
        <message>
            <location filename="../../ui/header/account_button.py" line="+24" />
            <source>로그인한 상담원</source>
            <translation>로그인한 상담원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>누르면 잠그기와 로그아웃 메뉴가 열립니다.</source>
            <translation>누르면 잠그기와 로그아웃 메뉴가 열립니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>로그인한 상담원 — 잠그기, 로그아웃</source>
            <translation>로그인한 상담원 — 잠그기, 로그아웃</translation>
        </message>
        <message>
            <location line="+4" />
            <source>계정 메뉴</source>
            <translation>계정 메뉴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>로그아웃…</source>
            <translation>로그아웃…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>보내지 않은 기록이 없으면 이 PC에 남은 상담 기록을 지우고 로그아웃합니다.</source>
            <translation>보내지 않은 기록이 없으면 이 PC에 남은 상담 기록을 지우고 로그아웃합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/composition.py" line="+80" />
            <source>지금 잠그기</source>
            <translation>지금 잠그기</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/shell/lifetime.py" line="+99" />
            <source>설정 파일을 읽지 못해 기본 설정으로 시작했습니다. ({code})</source>
            <translation>설정 파일을 읽지 못해 기본 설정으로 시작했습니다. ({code})</translation>
        </message>
        <message>
            <location filename="../../ui/shell/training_start.py" line="+63" />
            <source>이 PC에 암호화 모듈(SQLCipher)이 없어 교육용 데이터가 암호화되지 않은 채 저장됩니다. 실제 상담 내용은 입력하지 마세요.</source>
            <translation>이 PC에 암호화 모듈(SQLCipher)이 없어 교육용 데이터가 암호화되지 않은 채 저장됩니다. 실제 상담 내용은 입력하지 마세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>이 PC에는 암호 키를 보관할 곳(키링)이 없어, 콘솔을 다시 시작하면 이번 연습 기록(보내지 못한 메모 포함)이 지워집니다.</source>
            <translation>이 PC에는 암호 키를 보관할 곳(키링)이 없어, 콘솔을 다시 시작하면 이번 연습 기록(보내지 못한 메모 포함)이 지워집니다.</translation>
        </message>
    </context>
    <context>
        <name>BoardLists</name>
        <message>
            <location filename="../../ui/board/lists.py" line="+40" />
            <source>없음</source>
            <translation>없음</translation>
        </message>
        <message>
            <location line="+33" />
            <source>외 {n}건</source>
            <translation>외 {n}건</translation>
        </message>
    </context>
    <context>
        <name>BoardTiles</name>
        <message>
            <location filename="../../ui/board/tiles.py" line="+35" />
            <source>상담원 {name}</source>
            <translation>상담원 {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>통화 시간</source>
            <translation>통화 시간</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>넘겨받기</source>
            <translation>넘겨받기</translation>
        </message>
        <message>
            <location line="-8" />
            <source>{name}의 상담 넘겨받기</source>
            <translation>{name}의 상담 넘겨받기</translation>
        </message>
        <message>
            <location line="+10" />
            <source>넘겨받기 확인</source>
            <translation>넘겨받기 확인</translation>
        </message>
        <message>
            <location line="+3" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>넘겨받지 않기</source>
            <translation>넘겨받지 않기</translation>
        </message>
        <message>
            <location line="+55" />
            <source>채팅</source>
            <translation>채팅</translation>
        </message>
        <message>
            <location line="+0" />
            <source>통화</source>
            <translation>통화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} 상담사의 {what}(위험도: {tier})를 넘겨받을까요?</source>
            <translation>{name} 상담사의 {what}(위험도: {tier})를 넘겨받을까요?</translation>
        </message>
        <message>
            <location line="+26" />
            <source>위험도 {tier}</source>
            <translation>위험도 {tier}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>상담 없음</source>
            <translation>상담 없음</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <location filename="../../ui/board/view.py" line="+63" />
            <location line="+5" />
            <source>상황판</source>
            <translation>상황판</translation>
        </message>
        <message>
            <location line="+3" />
            <source>교대 인계 보고서</source>
            <translation>교대 인계 보고서</translation>
        </message>
        <message>
            <location line="+0" />
            <source>교대 인계 보고서 열기</source>
            <translation>교대 인계 보고서 열기</translation>
        </message>
        <message>
            <location line="+9" />
            <source>대기 전화</source>
            <translation>대기 전화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 확인 대기</source>
            <translation>출동 확인 대기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>인계 대기</source>
            <translation>인계 대기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기한 지난 후속 연락</source>
            <translation>기한 지난 후속 연락</translation>
        </message>
        <message>
            <location line="+1" />
            <source>에스컬레이션</source>
            <translation>에스컬레이션</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위기 응답</source>
            <translation>위기 응답</translation>
        </message>
        <message>
            <location line="+73" />
            <source>상황판을 불러오지 못했습니다 ({code}).</source>
            <translation>상황판을 불러오지 못했습니다 ({code}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{time} 기준 · 실시간</source>
            <translation>{time} 기준 · 실시간</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{channel} · {wait} 대기</source>
            <translation>{channel} · {wait} 대기</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>채팅</source>
            <translation>채팅</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+4" />
            <source>전화</source>
            <translation>전화</translation>
        </message>
        <message>
            <location line="-1" />
            <source>위기 표현 · {channel} · {wait} 대기 · 먼저 연결</source>
            <translation>위기 표현 · {channel} · {wait} 대기 · 먼저 연결</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n}건 · 최장 {wait}</source>
            <translation>{n}건 · 최장 {wait}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{service} · {who} · {at} 요청 · 확인 전</source>
            <translation>{service} · {who} · {at} 요청 · 확인 전</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{who} → {target} · {age} · 위험도 {tier}</source>
            <translation>{who} → {target} · {age} · 위험도 {tier}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>배정</source>
            <translation>배정</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{when} · {who} · {reason}</source>
            <translation>{when} · {who} · {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>공동</source>
            <translation>공동</translation>
        </message>
        <message>
            <location line="+3" />
            <source>응답 없는 인계 · {at}부터</source>
            <translation>응답 없는 인계 · {at}부터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{who} · {at} 위기 응답 · 결정 전</source>
            <translation>{who} · {at} 위기 응답 · 결정 전</translation>
        </message>
        <message>
            <location line="+9" />
            <source>상담원 선택</source>
            <translation>상담원 선택</translation>
        </message>
        <message>
            <location line="+4" />
            <source>보낼 메시지</source>
            <translation>보낼 메시지</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상담원에게 보낼 메시지</source>
            <translation>상담원에게 보낼 메시지</translation>
        </message>
        <message>
            <location line="+2" />
            <source>메시지 보내기</source>
            <translation>메시지 보내기</translation>
        </message>
        <message>
            <location line="+5" />
            <source>재배정할 사례</source>
            <translation>재배정할 사례</translation>
        </message>
        <message>
            <location line="+3" />
            <source>사례 재배정</source>
            <translation>사례 재배정</translation>
        </message>
        <message>
            <location line="+0" />
            <source>선택한 사례를 선택한 상담원에게</source>
            <translation>선택한 사례를 선택한 상담원에게</translation>
        </message>
        <message>
            <location line="+6" />
            <source>상담원</source>
            <translation>상담원</translation>
        </message>
        <message>
            <location line="+6" />
            <source>사례</source>
            <translation>사례</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{who} 담당 · 위험도 {tier}</source>
            <translation>{who} 담당 · 위험도 {tier}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>상담을 넘겨받았습니다.</source>
            <translation>상담을 넘겨받았습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>배정할 상담원을 먼저 고르세요.</source>
            <translation>배정할 상담원을 먼저 고르세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{who}에게 배정했습니다.</source>
            <translation>{who}에게 배정했습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>확인했습니다.</source>
            <translation>확인했습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>상담원과 메시지를 모두 입력하세요.</source>
            <translation>상담원과 메시지를 모두 입력하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{who}에게 메시지를 보냈습니다.</source>
            <translation>{who}에게 메시지를 보냈습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>사례와 상담원을 고르세요.</source>
            <translation>사례와 상담원을 고르세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{who}에게 재배정했습니다.</source>
            <translation>{who}에게 재배정했습니다.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>다른 곳에서 먼저 바뀌었습니다. 보낸 값: {tried} · 지금 값: {now}</source>
            <translation>다른 곳에서 먼저 바뀌었습니다. 보낸 값: {tried} · 지금 값: {now}</translation>
        </message>
    </context>
    <context>
        <name>CallCard</name>
        <message>
            <location filename="../../ui/card/decline_reasons.py" line="+14" />
            <source>이전 상담 정리 중</source>
            <translation>이전 상담 정리 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>잠시 자리 비움</source>
            <translation>잠시 자리 비움</translation>
        </message>
        <message>
            <location line="+1" />
            <source>헤드셋·장비 문제</source>
            <translation>헤드셋·장비 문제</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기타</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../ui/card/call_card.py" line="+57" />
            <location line="+109" />
            <source>걸려 온 전화</source>
            <translation>걸려 온 전화</translation>
        </message>
        <message>
            <location line="-94" />
            <location line="+81" />
            <source>받기  (Enter)</source>
            <translation>받기  (Enter)</translation>
        </message>
        <message>
            <location line="-79" />
            <location line="+44" />
            <location line="+6" />
            <location line="+44" />
            <source>전화 받기</source>
            <translation>전화 받기</translation>
        </message>
        <message>
            <location line="-93" />
            <source>전화 받기 (Enter)</source>
            <translation>전화 받기 (Enter)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+77" />
            <source>거절  (Esc)</source>
            <translation>거절  (Esc)</translation>
        </message>
        <message>
            <location line="-75" />
            <source>전화 거절</source>
            <translation>전화 거절</translation>
        </message>
        <message>
            <location line="+1" />
            <source>거절하고 사유 고르기 (Esc)</source>
            <translation>거절하고 사유 고르기 (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/card/decline_reasons.py" line="+21" />
            <source>거절 사유를 골라 주세요 (숫자 키)</source>
            <translation>거절 사유를 골라 주세요 (숫자 키)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>거절 사유: {label}</source>
            <translation>거절 사유: {label}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label} (숫자 {n})</source>
            <translation>{label} (숫자 {n})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>돌아가기 (Esc)</source>
            <translation>돌아가기 (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/card/call_card.py" line="+39" />
            <location filename="../../ui/card/decline_reasons.py" line="+2" />
            <source>거절 취소</source>
            <translation>거절 취소</translation>
        </message>
        <message>
            <location filename="../../ui/card/decline_reasons.py" line="+1" />
            <source>거절하지 않고 카드로 돌아가기 (Esc)</source>
            <translation>거절하지 않고 카드로 돌아가기 (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/card/call_card.py" line="-1" />
            <source>전화 거절 (사유 고르기)</source>
            <translation>전화 거절 (사유 고르기)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>거절: {reason}</source>
            <translation>거절: {reason}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>받기</source>
            <translation>받기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>거절</source>
            <translation>거절</translation>
        </message>
        <message>
            <location line="+11" />
            <source>들어온 채팅</source>
            <translation>들어온 채팅</translation>
        </message>
        <message>
            <location line="+2" />
            <source>채팅 받기</source>
            <translation>채팅 받기</translation>
        </message>
        <message>
            <location line="+4" />
            <source>채팅 연결 요청</source>
            <translation>채팅 연결 요청</translation>
        </message>
        <message>
            <location line="+2" />
            <source>전화가 왔습니다</source>
            <translation>전화가 왔습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>채팅 · {source}</source>
            <translation>채팅 · {source}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>채팅</source>
            <translation>채팅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전화</source>
            <translation>전화</translation>
        </message>
        <message>
            <location line="+3" />
            <source>이력 확인 불가</source>
            <translation>이력 확인 불가</translation>
        </message>
        <message>
            <location line="+1" />
            <source>번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.</source>
            <translation>번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>번호가 표시되지 않아 이전 상담을 찾을 수 없습니다.</source>
            <translation>번호가 표시되지 않아 이전 상담을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>재이용</source>
            <translation>재이용</translation>
        </message>
        <message numerus="yes">
            <location line="-4" />
            <source>이전 상담 %n회 · 최근 {list}</source>
            <translation>
                <numerusform>이전 상담 %n회 · 최근 {list}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>이전 상담 %n회</source>
            <translation>
                <numerusform>이전 상담 %n회</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>마지막 {date}</source>
            <translation>마지막 {date}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>신규</source>
            <translation>신규</translation>
        </message>
        <message>
            <location line="+1" />
            <source>처음 연락하신 분입니다.</source>
            <translation>처음 연락하신 분입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>처음 전화하신 분입니다.</source>
            <translation>처음 전화하신 분입니다.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>연결 중…</source>
            <translation>연결 중…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>거절하는 중…</source>
            <translation>거절하는 중…</translation>
        </message>
        <message>
            <location line="+86" />
            <source>{n}초 뒤 다음 상담원에게 연결</source>
            <translation>{n}초 뒤 다음 상담원에게 연결</translation>
        </message>
        <message>
            <location filename="../../ui/card/sections.py" line="+39" />
            <source>({date}까지)</source>
            <translation>({date}까지)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>자가진단을 하지 않았습니다.</source>
            <translation>자가진단을 하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>결과: 12문항 중 {n}문항이 외로움·고립 쪽 응답 (관계 단절 {r}/5 · 일상생활 {d}/7)</source>
            <translation>결과: 12문항 중 {n}문항이 외로움·고립 쪽 응답 (관계 단절 {r}/5 · 일상생활 {d}/7)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n}문항만 답했습니다.</source>
            <translation>{n}문항만 답했습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>챗봇 안내: {result}</source>
            <translation>챗봇 안내: {result}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>답변 없음</source>
            <translation>답변 없음</translation>
        </message>
        <message>
            <location line="+5" />
            <source>그렇다</source>
            <translation>그렇다</translation>
        </message>
        <message>
            <location line="+0" />
            <source>그렇지 않다</source>
            <translation>그렇지 않다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>채팅 내용이 없습니다.</source>
            <translation>채팅 내용이 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>본인</source>
            <translation>본인</translation>
        </message>
        <message>
            <location line="+0" />
            <source>챗봇</source>
            <translation>챗봇</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+79" />
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location line="-64" />
            <source>챗봇 자가진단 답변</source>
            <translation>챗봇 자가진단 답변</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금까지의 채팅 내용</source>
            <translation>지금까지의 채팅 내용</translation>
        </message>
        <message>
            <location line="+4" />
            <source>자가진단</source>
            <translation>자가진단</translation>
        </message>
        <message>
            <location line="+0" />
            <source>채팅 내용</source>
            <translation>채팅 내용</translation>
        </message>
        <message>
            <location line="+68" />
            <source>이전 기록을 불러오지 못했습니다. 받은 뒤 이력 칸에서 다시 볼 수 있습니다.</source>
            <translation>이전 기록을 불러오지 못했습니다. 받은 뒤 이력 칸에서 다시 볼 수 있습니다.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>진행 중 사례 · 담당 {owner}</source>
            <translation>진행 중 사례 · 담당 {owner}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>최근 위험도: {tier} ({date})</source>
            <translation>최근 위험도: {tier} ({date})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>최근: {list}</source>
            <translation>최근: {list}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>연계 진행 중 %n건</source>
            <translation>
                <numerusform>연계 진행 중 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>후속 연락 {date} {who}</source>
            <translation>후속 연락 {date} {who}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>인계 메모: {note}</source>
            <translation>인계 메모: {note}</translation>
        </message>
    </context>
    <context>
        <name>Caller</name>
        <message>
            <location filename="../../ui/text/formatting.py" line="+55" />
            <source>번호 미제공</source>
            <translation>번호 미제공</translation>
        </message>
        <message>
            <location line="+2" />
            <source>발신번호 표시제한</source>
            <translation>발신번호 표시제한</translation>
        </message>
        <message>
            <location line="+2" />
            <source>번호 확인 불가 ({digits})</source>
            <translation>번호 확인 불가 ({digits})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>번호 없음</source>
            <translation>번호 없음</translation>
        </message>
        <message>
            <location line="+6" />
            <source>카카오톡 챗봇</source>
            <translation>카카오톡 챗봇</translation>
        </message>
        <message>
            <location line="+2" />
            <source>웹 채팅 페이지</source>
            <translation>웹 채팅 페이지</translation>
        </message>
        <message>
            <location line="+6" />
            <source>채팅</source>
            <translation>채팅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전화</source>
            <translation>전화</translation>
        </message>
    </context>
    <context>
        <name>CallerLine</name>
        <message>
            <location filename="../../ui/card/caller_line.py" line="+54" />
            <source>번호 보기</source>
            <translation>번호 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>전체 번호 보기 요청</source>
            <translation>전체 번호 보기 요청</translation>
        </message>
        <message>
            <location line="+1" />
            <source>사유를 적으면 전체 번호를 보여 줍니다. 요청은 기록됩니다.</source>
            <translation>사유를 적으면 전체 번호를 보여 줍니다. 요청은 기록됩니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>번호 보기 사유</source>
            <translation>번호 보기 사유</translation>
        </message>
        <message>
            <location line="+1" />
            <source>사유 (예: 긴급 출동 요청, 회신 전화)</source>
            <translation>사유 (예: 긴급 출동 요청, 회신 전화)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>요청</source>
            <translation>요청</translation>
        </message>
        <message>
            <location line="+2" />
            <source>번호 보기 요청 보내기</source>
            <translation>번호 보기 요청 보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>번호 보기 취소</source>
            <translation>번호 보기 취소</translation>
        </message>
        <message>
            <location line="+130" />
            <source>사유를 적어 주세요.</source>
            <translation>사유를 적어 주세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>전체 번호를 표시했습니다. 요청 사유와 함께 기록되었습니다.</source>
            <translation>전체 번호를 표시했습니다. 요청 사유와 함께 기록되었습니다.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>이름 미상</source>
            <translation>이름 미상</translation>
        </message>
        <message>
            <location line="-48" />
            <location line="+58" />
            <location line="+1" />
            <source>위험도: {tier}</source>
            <translation>위험도: {tier}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>위험도: {tier} (이전 평가 {case})</source>
            <translation>위험도: {tier} (이전 평가 {case})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>주의 표시 {n}</source>
            <translation>주의 표시 {n}</translation>
        </message>
    </context>
    <context>
        <name>ChatComposer</name>
        <message>
            <location filename="../../ui/chat/composer.py" line="+46" />
            <source>상용구 고르기</source>
            <translation>상용구 고르기</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+82" />
            <source>상용구</source>
            <translation>상용구</translation>
        </message>
        <message>
            <location line="-81" />
            <source>상용구  ·  ↑↓ 고르기 · Enter 넣기 · Esc 닫기</source>
            <translation>상용구  ·  ↑↓ 고르기 · Enter 넣기 · Esc 닫기</translation>
        </message>
        <message>
            <location line="+6" />
            <source>상용구 찾기</source>
            <translation>상용구 찾기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>단축어나 낱말로 찾기 (예: 인사, 대기, 109)</source>
            <translation>단축어나 낱말로 찾기 (예: 인사, 대기, 109)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>상용구 목록</source>
            <translation>상용구 목록</translation>
        </message>
        <message>
            <location line="+63" />
            <source>보낼 메시지</source>
            <translation>보낼 메시지</translation>
        </message>
        <message>
            <location line="+1" />
            <source>메시지를 쓰세요 · Ctrl+Enter 보내기 · / 또는 Ctrl+/ 상용구</source>
            <translation>메시지를 쓰세요 · Ctrl+Enter 보내기 · / 또는 Ctrl+/ 상용구</translation>
        </message>
        <message>
            <location line="+7" />
            <source>상용구 넣기 (Ctrl+/)</source>
            <translation>상용구 넣기 (Ctrl+/)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>보내기</source>
            <translation>보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>메시지 보내기 (Ctrl+Enter)</source>
            <translation>메시지 보내기 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>상용구 넣기</source>
            <translation>상용구 넣기</translation>
        </message>
    </context>
    <context>
        <name>ChatHandoffPane</name>
        <message>
            <location filename="../../ui/contact/chatbot_answers.py" line="+37" />
            <source>챗봇 자가진단 답변</source>
            <translation>챗봇 자가진단 답변</translation>
        </message>
        <message>
            <location line="+1" />
            <source>챗봇과 나눈 채팅 내용</source>
            <translation>챗봇과 나눈 채팅 내용</translation>
        </message>
        <message>
            <location line="+4" />
            <source>챗봇 자가진단</source>
            <translation>챗봇 자가진단</translation>
        </message>
        <message>
            <location line="+2" />
            <source>챗봇 채팅 내용</source>
            <translation>챗봇 채팅 내용</translation>
        </message>
    </context>
    <context>
        <name>ChatSwitcher</name>
        <message>
            <location filename="../../ui/chat/switcher.py" line="+26" />
            <source>채팅 {time}</source>
            <translation>채팅 {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>통화 · {caller}</source>
            <translation>통화 · {caller}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>통화</source>
            <translation>통화</translation>
        </message>
        <message>
            <location line="+22" />
            <source>상담 전환</source>
            <translation>상담 전환</translation>
        </message>
        <message>
            <location line="+14" />
            <source>상담 {n}번째로 전환</source>
            <translation>상담 {n}번째로 전환</translation>
        </message>
        <message>
            <location line="+2" />
            <source>다음 상담으로 전환</source>
            <translation>다음 상담으로 전환</translation>
        </message>
        <message>
            <location line="+2" />
            <source>이전 상담으로 전환</source>
            <translation>이전 상담으로 전환</translation>
        </message>
        <message>
            <location line="+47" />
            <source>새 {n}</source>
            <translation>새 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>새 메시지 {n}</source>
            <translation>새 메시지 {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>위기 표현 있음</source>
            <translation>위기 표현 있음</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>끝남</source>
            <translation>끝남</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ctrl+Alt+{n}</source>
            <translation>Ctrl+Alt+{n}</translation>
        </message>
    </context>
    <context>
        <name>ChatTranscript</name>
        <message>
            <location filename="../../ui/chat/transcript.py" line="+73" />
            <source>대화 내용</source>
            <translation>대화 내용</translation>
        </message>
    </context>
    <context>
        <name>ChatWiring</name>
        <message>
            <location filename="../../ui/chat/wiring.py" line="+71" />
            <source>탭 보기</source>
            <translation>탭 보기</translation>
        </message>
        <message>
            <location line="+35" />
            <source>위기 표현이 있는 채팅이 기다립니다</source>
            <translation>위기 표현이 있는 채팅이 기다립니다</translation>
        </message>
        <message>
            <location line="+76" />
            <source>대화</source>
            <translation>대화</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{tab} 탭 보기</source>
            <translation>{tab} 탭 보기</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{tab} 탭 보기 (채팅 상담 중)</source>
            <translation>{tab} 탭 보기 (채팅 상담 중)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{chat}: {what} 마무리를 채워 주세요.</source>
            <translation>{chat}: {what} 마무리를 채워 주세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{chat}에서 위기 표현이 나왔습니다. 지금 확인하세요.</source>
            <translation>{chat}에서 위기 표현이 나왔습니다. 지금 확인하세요.</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+8" />
            <source>채팅 보기</source>
            <translation>채팅 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>위기 표현</source>
            <translation>위기 표현</translation>
        </message>
        <message>
            <location line="+2" />
            <source>새 채팅 메시지</source>
            <translation>새 채팅 메시지</translation>
        </message>
    </context>
    <context>
        <name>ChatWords</name>
        <message>
            <location filename="../../ui/chat/words.py" line="+19" />
            <source>보내는 중</source>
            <translation>보내는 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>보내지 못함</source>
            <translation>보내지 못함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✓ 보냄</source>
            <translation>✓ 보냄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✓✓ 전달됨</source>
            <translation>✓✓ 전달됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✓✓ 읽음</source>
            <translation>✓✓ 읽음</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{n}초 대기</source>
            <translation>{n}초 대기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{n}분 대기</source>
            <translation>{n}분 대기</translation>
        </message>
        <message>
            <location line="+9" />
            <source>보낼 내용이 없습니다.</source>
            <translation>보낼 내용이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>한 번에 2,000자까지 보낼 수 있습니다. 나누어 보내 주세요.</source>
            <translation>한 번에 2,000자까지 보낼 수 있습니다. 나누어 보내 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>대화가 끝나서 더 보낼 수 없습니다. 쓴 내용은 그대로 있습니다.</source>
            <translation>대화가 끝나서 더 보낼 수 없습니다. 쓴 내용은 그대로 있습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>메시지를 보내지 못했습니다. 쓴 내용은 그대로 있습니다.</source>
            <translation>메시지를 보내지 못했습니다. 쓴 내용은 그대로 있습니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>상대방이 {time}에 대화를 나갔습니다.</source>
            <translation>상대방이 {time}에 대화를 나갔습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>답이 없어 {time}에 대화가 자동으로 끝났습니다.</source>
            <translation>답이 없어 {time}에 대화가 자동으로 끝났습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{time}에 상담사가 대화를 마쳤습니다.</source>
            <translation>{time}에 상담사가 대화를 마쳤습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>상대방이 입력하고 있습니다…</source>
            <translation>상대방이 입력하고 있습니다…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>상대방의 답이 한동안 없습니다. 아직 대화 중인지 확인해 보세요.</source>
            <translation>상대방의 답이 한동안 없습니다. 아직 대화 중인지 확인해 보세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>오랫동안 답이 없습니다. 마무리 인사를 보내고 대화를 마칠지 정해 주세요.</source>
            <translation>오랫동안 답이 없습니다. 마무리 인사를 보내고 대화를 마칠지 정해 주세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>죽음·자살 생각</source>
            <translation>죽음·자살 생각</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자살 계획</source>
            <translation>자살 계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자살 수단</source>
            <translation>자살 수단</translation>
        </message>
        <message>
            <location line="+1" />
            <source>시도 중이거나 이미 함</source>
            <translation>시도 중이거나 이미 함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>작별 인사</source>
            <translation>작별 인사</translation>
        </message>
        <message>
            <location line="+2" />
            <source>위기 표현 ‘{matched}’ ({kind}) — 안전을 직접 여쭤보세요.</source>
            <translation>위기 표현 ‘{matched}’ ({kind}) — 안전을 직접 여쭤보세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}의 {entry} 항목</source>
            <translation>{file}의 {entry} 항목</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상용구 파일 {where}의 형식이 잘못되어 읽지 못했습니다. 나머지 상용구는 쓸 수 있습니다.</source>
            <translation>상용구 파일 {where}의 형식이 잘못되어 읽지 못했습니다. 나머지 상용구는 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: 같은 단축어가 이미 있어 빠졌습니다.</source>
            <translation>{where}: 같은 단축어가 이미 있어 빠졌습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{where}에 문제가 있어 빠졌습니다. 나머지 상용구는 쓸 수 있습니다.</source>
            <translation>{where}에 문제가 있어 빠졌습니다. 나머지 상용구는 쓸 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistInfo</name>
        <message>
            <location filename="../../ui/checklist/info.py" line="+27" />
            <source>ⓘ 출처·안내</source>
            <translation>ⓘ 출처·안내</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+33" />
            <source>출처와 안내 보기</source>
            <translation>출처와 안내 보기</translation>
        </message>
        <message>
            <location line="-32" />
            <source>도구의 출처, 번역·채점 검토 상태, 사용 허가를 봅니다</source>
            <translation>도구의 출처, 번역·채점 검토 상태, 사용 허가를 봅니다</translation>
        </message>
        <message>
            <location line="+32" />
            <source>출처와 안내 닫기</source>
            <translation>출처와 안내 닫기</translation>
        </message>
    </context>
    <context>
        <name>ChecklistLabels</name>
        <message>
            <location filename="../../ui/checklist/labels.py" line="+31" />
            <source>추가 조치 없음</source>
            <translation>추가 조치 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>추가 상담</source>
            <translation>추가 상담</translation>
        </message>
        <message>
            <location line="+1" />
            <source>고립예방센터 연계</source>
            <translation>고립예방센터 연계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>돌봄동행단 연계</source>
            <translation>돌봄동행단 연계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>정신건강복지센터·109 연계</source>
            <translation>정신건강복지센터·109 연계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>긴급 대응</source>
            <translation>긴급 대응</translation>
        </message>
        <message>
            <location line="+7" />
            <source>답하지 않으심</source>
            <translation>답하지 않으심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>모르겠다고 하심</source>
            <translation>모르겠다고 하심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금 묻기 어려움</source>
            <translation>지금 묻기 어려움</translation>
        </message>
        <message>
            <location line="+1" />
            <source>통화가 끊김</source>
            <translation>통화가 끊김</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기타</source>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+8" />
            <source>구체적인 자살 계획이 있다고 하심</source>
            <translation>구체적인 자살 계획이 있다고 하심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자해에 쓸 약이나 도구가 가까이 있다고 하심</source>
            <translation>자해에 쓸 약이나 도구가 가까이 있다고 하심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이미 자해를 했거나 지금 하고 있다고 하심</source>
            <translation>이미 자해를 했거나 지금 하고 있다고 하심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다른 사람이 위험한 상황이라고 하심</source>
            <translation>다른 사람이 위험한 상황이라고 하심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>죽거나 자신을 해칠 생각이 든다고 하심</source>
            <translation>죽거나 자신을 해칠 생각이 든다고 하심</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위기 응답이 있었음</source>
            <translation>위기 응답이 있었음</translation>
        </message>
        <message>
            <location line="+7" />
            <source>긴급 출동 요청함</source>
            <translation>긴급 출동 요청함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>안전 계획에 함께 동의함</source>
            <translation>안전 계획에 함께 동의함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기타 (사유 기록)</source>
            <translation>기타 (사유 기록)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>파일을 읽을 수 없습니다</source>
            <translation>파일을 읽을 수 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>파일이 너무 큽니다</source>
            <translation>파일이 너무 큽니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>파일 형식이 잘못되었습니다</source>
            <translation>파일 형식이 잘못되었습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>문항 정의에 오류가 있습니다</source>
            <translation>문항 정의에 오류가 있습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위기 문항이 빠졌거나 바뀌었습니다</source>
            <translation>위기 문항이 빠졌거나 바뀌었습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>같은 이름의 도구가 이미 있습니다</source>
            <translation>같은 이름의 도구가 이미 있습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기관의 사용 허가가 없습니다</source>
            <translation>기관의 사용 허가가 없습니다</translation>
        </message>
        <message>
            <location line="+12" />
            <source>이 도구는 지금 사용할 수 없습니다.</source>
            <translation>이 도구는 지금 사용할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>진행 중인 체크리스트가 없습니다.</source>
            <translation>진행 중인 체크리스트가 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>모든 질문에 답했습니다. 결과를 확인해 주세요.</source>
            <translation>모든 질문에 답했습니다. 결과를 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>‘기타’는 사유를 적어 주세요.</source>
            <translation>‘기타’는 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>결정을 골라 주세요.</source>
            <translation>결정을 골라 주세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>처리하지 못했습니다. 다시 해 주세요.</source>
            <translation>처리하지 못했습니다. 다시 해 주세요.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <location filename="../../ui/checklist/panel.py" line="+62" />
            <source>체크리스트</source>
            <translation>체크리스트</translation>
        </message>
        <message>
            <location line="+33" />
            <source>체크리스트: 번호로 답하기 또는 고르기</source>
            <translation>체크리스트: 번호로 답하기 또는 고르기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>체크리스트: 이전 문항</source>
            <translation>체크리스트: 이전 문항</translation>
        </message>
        <message>
            <location line="+1" />
            <source>체크리스트: 다음 문항</source>
            <translation>체크리스트: 다음 문항</translation>
        </message>
        <message>
            <location line="+1" />
            <source>체크리스트: 이 문항 건너뛰기</source>
            <translation>체크리스트: 이 문항 건너뛰기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>체크리스트: 다른 체크리스트 고르기</source>
            <translation>체크리스트: 다른 체크리스트 고르기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>체크리스트: 이 결과로 후속 연락 예약</source>
            <translation>체크리스트: 이 결과로 후속 연락 예약</translation>
        </message>
        <message>
            <location line="+2" />
            <source>체크리스트: 건너뛰기 취소</source>
            <translation>체크리스트: 건너뛰기 취소</translation>
        </message>
        <message>
            <location line="+18" />
            <source>이 체크리스트의 도구 파일을 지금 쓸 수 없습니다. 이미 한 답은 기록되어 있습니다. N 키로 다른 체크리스트를 고르세요.</source>
            <translation>이 체크리스트의 도구 파일을 지금 쓸 수 없습니다. 이미 한 답은 기록되어 있습니다. N 키로 다른 체크리스트를 고르세요.</translation>
        </message>
        <message>
            <location line="+92" />
            <source>후속 연락을 {when}에 예약했습니다.</source>
            <translation>후속 연락을 {when}에 예약했습니다.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>이 체크리스트의 도구 파일</source>
            <translation>이 체크리스트의 도구 파일</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPicker</name>
        <message>
            <location filename="../../ui/checklist/picker.py" line="+35" />
            <source>체크리스트 고르기</source>
            <translation>체크리스트 고르기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>숫자 키로 바로 시작합니다. 질문은 한 번에 하나씩 나오고, 읽어 드릴 말이 함께 보입니다.</source>
            <translation>숫자 키로 바로 시작합니다. 질문은 한 번에 하나씩 나오고, 읽어 드릴 말이 함께 보입니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>교육 모드: 기관의 사용 허가가 필요한 도구도 연습용으로 보입니다. 실제 상담에서는 허가받은 도구만 쓸 수 있습니다.</source>
            <translation>교육 모드: 기관의 사용 허가가 필요한 도구도 연습용으로 보입니다. 실제 상담에서는 허가받은 도구만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>위기 안전 확인 파일을 쓸 수 없어 프로그램에 내장된 사본으로 진행합니다. 관리자에게 알려 주세요.</source>
            <translation>위기 안전 확인 파일을 쓸 수 없어 프로그램에 내장된 사본으로 진행합니다. 관리자에게 알려 주세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>주의 표시에 따라 위기 안전 확인부터 합니다. Enter 또는 1 키로 시작합니다.</source>
            <translation>주의 표시에 따라 위기 안전 확인부터 합니다. Enter 또는 1 키로 시작합니다.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>체크리스트 시작: {title}</source>
            <translation>체크리스트 시작: {title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>숫자 {n} 키로 시작</source>
            <translation>숫자 {n} 키로 시작</translation>
        </message>
        <message>
            <location line="+7" />
            <source>점수 구분은 참고용입니다 (채점 기준 검증 전)</source>
            <translation>점수 구분은 참고용입니다 (채점 기준 검증 전)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>읽어 드리는 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전)</source>
            <translation>읽어 드리는 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>파일 대신 프로그램에 내장된 사본으로 진행합니다</source>
            <translation>파일 대신 프로그램에 내장된 사본으로 진행합니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>기관의 사용 허가가 없어 교육용으로만 씁니다</source>
            <translation>기관의 사용 허가가 없어 교육용으로만 씁니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>체크리스트 하나를 쓸 수 없습니다: {why}</source>
            <translation>체크리스트 하나를 쓸 수 없습니다: {why}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistQuestion</name>
        <message>
            <location filename="../../ui/checklist/question.py" line="+61" />
            <source>건너뛰는 이유 (숫자 키, Esc 취소)</source>
            <translation>건너뛰는 이유 (숫자 키, Esc 취소)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>건너뛰는 이유: {reason}</source>
            <translation>건너뛰는 이유: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>← 이전  (Backspace)</source>
            <translation>← 이전  (Backspace)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>이전 질문</source>
            <translation>이전 질문</translation>
        </message>
        <message>
            <location line="+2" />
            <source>건너뛰기  (S)</source>
            <translation>건너뛰기  (S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>이 질문 건너뛰기</source>
            <translation>이 질문 건너뛰기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>다음 →</source>
            <translation>다음 →</translation>
        </message>
        <message>
            <location line="+0" />
            <source>다음 질문</source>
            <translation>다음 질문</translation>
        </message>
        <message>
            <location line="+12" />
            <source>지금까지 점수</source>
            <translation>지금까지 점수</translation>
        </message>
        <message>
            <location line="+3" />
            <source>숫자 키  답하기
← Backspace  이전
→  다음
S  건너뛰기</source>
            <translation>숫자 키  답하기
← Backspace  이전
→  다음
S  건너뛰기</translation>
        </message>
        <message>
            <location line="+65" />
            <source>진행: {position}/{total} 문항</source>
            <translation>진행: {position}/{total} 문항</translation>
        </message>
        <message>
            <location line="+4" />
            <source>먼저 읽어 주세요: {text}</source>
            <translation>먼저 읽어 주세요: {text}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>답 {n}: {label}</source>
            <translation>답 {n}: {label}</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+1" />
            <source>점수 없이 답만 기록합니다</source>
            <translation>점수 없이 답만 기록합니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>절반 넘게 답하면 보입니다</source>
            <translation>절반 넘게 답하면 보입니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금까지 점수: 절반 넘게 답하면 보입니다</source>
            <translation>지금까지 점수: 절반 넘게 답하면 보입니다</translation>
        </message>
        <message>
            <location line="+5" />
            <source>높을수록 위험</source>
            <translation>높을수록 위험</translation>
        </message>
        <message>
            <location line="+0" />
            <source>높을수록 보호</source>
            <translation>높을수록 보호</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{low}–{high}점 · {direction}</source>
            <translation>{low}–{high}점 · {direction}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>지금까지 점수: {score} ({range})</source>
            <translation>지금까지 점수: {score} ({range})</translation>
        </message>
    </context>
    <context>
        <name>ChecklistResult</name>
        <message>
            <location filename="../../ui/checklist/result.py" line="+78" />
            <source>일부 답 없음</source>
            <translation>일부 답 없음</translation>
        </message>
        <message>
            <location line="-32" />
            <source>다음 단계: {name}</source>
            <translation>다음 단계: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>숫자 {n} 키</source>
            <translation>숫자 {n} 키</translation>
        </message>
        <message>
            <location line="+13" />
            <source>외로움·고립 쪽 응답 {n}/12</source>
            <translation>외로움·고립 쪽 응답 {n}/12</translation>
        </message>
        <message>
            <location line="+2" />
            <source>서울시가 결과 단계 기준을 공개하지 않아, 외로움·고립 쪽 응답의 개수로 보여 드립니다.</source>
            <translation>서울시가 결과 단계 기준을 공개하지 않아, 외로움·고립 쪽 응답의 개수로 보여 드립니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n}문항만 답했습니다.</source>
            <translation>{n}문항만 답했습니다.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>후속 연락 날짜와 시간</source>
            <translation>후속 연락 날짜와 시간</translation>
        </message>
        <message>
            <location line="+3" />
            <source>후속 연락 예약  (F)</source>
            <translation>후속 연락 예약  (F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>이 결과로 후속 연락 예약</source>
            <translation>이 결과로 후속 연락 예약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 결과를 이유로 다시 전화할 날짜를 잡습니다 (F 키)</source>
            <translation>이 결과를 이유로 다시 전화할 날짜를 잡습니다 (F 키)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>← 답 고치기</source>
            <translation>← 답 고치기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>마지막 질문으로 돌아가 답 고치기</source>
            <translation>마지막 질문으로 돌아가 답 고치기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>다른 체크리스트  (N)</source>
            <translation>다른 체크리스트  (N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>다른 체크리스트 시작</source>
            <translation>다른 체크리스트 시작</translation>
        </message>
        <message>
            <location line="+103" />
            <source>단계 없음</source>
            <translation>단계 없음</translation>
        </message>
        <message>
            <location line="+67" />
            <source>사례에 기록된 위험도: {tier}</source>
            <translation>사례에 기록된 위험도: {tier}</translation>
        </message>
        <message>
            <location line="-61" />
            <source>점수 {total} ({low}–{high})</source>
            <translation>점수 {total} ({low}–{high})</translation>
        </message>
        <message>
            <location line="+18" />
            <source>점수를 낼 만큼 답이 모이지 않았습니다. 답한 내용은 기록되었습니다.</source>
            <translation>점수를 낼 만큼 답이 모이지 않았습니다. 답한 내용은 기록되었습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>단계 구분은 참고용입니다. 통화 내용과 함께 판단해 주세요.</source>
            <translation>단계 구분은 참고용입니다. 통화 내용과 함께 판단해 주세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>읽어 드린 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전).</source>
            <translation>읽어 드린 한국어 문장은 센터의 작업 번역입니다 (공식 번역 확인 전).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>권장: {step} — 사례에 이미 알려진 위험에 맞춰 높였습니다 (이 체크리스트만으로는 {own}).</source>
            <translation>권장: {step} — 사례에 이미 알려진 위험에 맞춰 높였습니다 (이 체크리스트만으로는 {own}).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>주의 표시: {flag}</source>
            <translation>주의 표시: {flag}</translation>
        </message>
        <message>
            <location line="-47" />
            <source>위기 응답: {what}. 긴급 대응 절차를 따라 주세요.</source>
            <translation>위기 응답: {what}. 긴급 대응 절차를 따라 주세요.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>이번 평가 위험도: {tier}</source>
            <translation>이번 평가 위험도: {tier}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>권장: {step}</source>
            <translation>권장: {step}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>권장하는 추가 조치는 없습니다.</source>
            <translation>권장하는 추가 조치는 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistText</name>
        <message>
            <location filename="../../ui/checklist/text.py" line="+43" />
            <source>출처: {text}</source>
            <translation>출처: {text}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>체크리스트</source>
            <translation>체크리스트</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{total}점</source>
            <translation>{total}점</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{total}점 ({low}–{high})</source>
            <translation>{total}점 ({low}–{high})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>잠정</source>
            <translation>잠정</translation>
        </message>
        <message>
            <location line="+9" />
            <source>최근 체크리스트: {what}</source>
            <translation>최근 체크리스트: {what}</translation>
        </message>
    </context>
    <context>
        <name>CloseGuard</name>
        <message>
            <location filename="../../ui/shell/close_guard.py" line="+51" />
            <source>콘솔을 닫을지 확인</source>
            <translation>콘솔을 닫을지 확인</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>콘솔 닫기</source>
            <translation>콘솔 닫기</translation>
        </message>
        <message>
            <location line="-7" />
            <source>콘솔을 닫아도 통화나 채팅은 끊기지 않고, 적은 내용은 이 PC에 남아 다시 열면 이어집니다.</source>
            <translation>콘솔을 닫아도 통화나 채팅은 끊기지 않고, 적은 내용은 이 PC에 남아 다시 열면 이어집니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>콘솔을 닫아도 통화나 채팅은 끊기지 않습니다. 다만 이 PC에는 암호 키를 보관할 곳이 없어, 아직 보내지 못한 내용은 다시 열 때 지워집니다.</source>
            <translation>콘솔을 닫아도 통화나 채팅은 끊기지 않습니다. 다만 이 PC에는 암호 키를 보관할 곳이 없어, 아직 보내지 못한 내용은 다시 열 때 지워집니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>닫지 않고 계속</source>
            <translation>닫지 않고 계속</translation>
        </message>
        <message>
            <location line="+14" />
            <source>긴급 출동 요청이 아직 끝나지 않았습니다. 콘솔을 닫을까요?</source>
            <translation>긴급 출동 요청이 아직 끝나지 않았습니다. 콘솔을 닫을까요?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상담이 진행 중입니다. 콘솔을 닫을까요?</source>
            <translation>상담이 진행 중입니다. 콘솔을 닫을까요?</translation>
        </message>
    </context>
    <context>
        <name>ConsentBlock</name>
        <message>
            <location filename="../../ui/referral/consent_block.py" line="+65" />
            <source>개인정보 제공 동의 — 읽어 드리고 답을 기록하세요</source>
            <translation>개인정보 제공 동의 — 읽어 드리고 답을 기록하세요</translation>
        </message>
        <message>
            <location line="+4" />
            <source>동의 안내문</source>
            <translation>동의 안내문</translation>
        </message>
        <message>
            <location line="+6" />
            <source>동의 안내문 접기/펼치기</source>
            <translation>동의 안내문 접기/펼치기</translation>
        </message>
        <message>
            <location line="+8" />
            <source>동의함</source>
            <translation>동의함</translation>
        </message>
        <message>
            <location line="+0" />
            <source>일부만 동의</source>
            <translation>일부만 동의</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+211" />
            <source>동의 안 함</source>
            <translation>동의 안 함</translation>
        </message>
        <message>
            <location line="-206" />
            <source>동의 답변: {answer}</source>
            <translation>동의 답변: {answer}</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <location line="+143" />
            <source>동의한 사람</source>
            <translation>동의한 사람</translation>
        </message>
        <message>
            <location line="-147" />
            <source>고르세요</source>
            <translation>고르세요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>동의 방법</source>
            <translation>동의 방법</translation>
        </message>
        <message>
            <location line="+3" />
            <source>방법</source>
            <translation>방법</translation>
        </message>
        <message>
            <location line="+14" />
            <source>보내도 된다고 하신 항목만 체크하세요:</source>
            <translation>보내도 된다고 하신 항목만 체크하세요:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>긴급: 동의를 받을 수 없어 법적 근거로 연계</source>
            <translation>긴급: 동의를 받을 수 없어 법적 근거로 연계</translation>
        </message>
        <message>
            <location line="+2" />
            <source>긴급 연계 (법적 근거)</source>
            <translation>긴급 연계 (법적 근거)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>법적 근거</source>
            <translation>법적 근거</translation>
        </message>
        <message>
            <location line="+3" />
            <source>긴급 연계 사유</source>
            <translation>긴급 연계 사유</translation>
        </message>
        <message>
            <location line="+1" />
            <source>왜 동의를 받을 수 없었는지 (예: 자살 계획을 말함)</source>
            <translation>왜 동의를 받을 수 없었는지 (예: 자살 계획을 말함)</translation>
        </message>
        <message>
            <location line="+73" />
            <source>보내도 되는 항목: {name}</source>
            <translation>보내도 되는 항목: {name}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>안내문 펼치기 ▾</source>
            <translation>안내문 펼치기 ▾</translation>
        </message>
        <message>
            <location line="+0" />
            <source>접기 ▴</source>
            <translation>접기 ▴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>읽어 드릴 동의 안내문을 펼칩니다</source>
            <translation>읽어 드릴 동의 안내문을 펼칩니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>안내문을 접고 양식을 더 넓게 봅니다</source>
            <translation>안내문을 접고 양식을 더 넓게 봅니다</translation>
        </message>
        <message>
            <location line="+18" />
            <source>동의 답변</source>
            <translation>동의 답변</translation>
        </message>
        <message>
            <location line="+10" />
            <source>안내문을 읽어 드린 뒤 골라 주세요: {what}. 입력한 내용은 그대로 있습니다.</source>
            <translation>안내문을 읽어 드린 뒤 골라 주세요: {what}. 입력한 내용은 그대로 있습니다.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>긴급 연계 · 법적 근거 기록</source>
            <translation>긴급 연계 · 법적 근거 기록</translation>
        </message>
        <message>
            <location line="+3" />
            <source>동의 기록 전</source>
            <translation>동의 기록 전</translation>
        </message>
        <message>
            <location line="+1" />
            <source>동의 받음</source>
            <translation>동의 받음</translation>
        </message>
        <message>
            <location line="+0" />
            <source>일부 동의</source>
            <translation>일부 동의</translation>
        </message>
    </context>
    <context>
        <name>ContactView</name>
        <message>
            <location filename="../../ui/contact/footer.py" line="+74" />
            <source>* 표시 항목을 채우고 ‘후처리 완료’를 누르세요.</source>
            <translation>* 표시 항목을 채우고 ‘후처리 완료’를 누르세요.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>채팅 종료  (Ctrl+E)</source>
            <translation>채팅 종료  (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/contact/view.py" line="+386" />
            <source>채팅 종료</source>
            <translation>채팅 종료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>채팅을 끝내고 마무리로 넘어갑니다 (Ctrl+E)</source>
            <translation>채팅을 끝내고 마무리로 넘어갑니다 (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>통화 종료  (Ctrl+E)</source>
            <translation>통화 종료  (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/contact/view.py" line="-287" />
            <location line="+287" />
            <source>통화 종료</source>
            <translation>통화 종료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>통화를 끝내고 마무리로 넘어갑니다 (Ctrl+E)</source>
            <translation>통화를 끝내고 마무리로 넘어갑니다 (Ctrl+E)</translation>
        </message>
        <message>
            <location line="-61" />
            <source>후처리 완료  (Ctrl+Enter)</source>
            <translation>후처리 완료  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ui/contact/view.py" line="-285" />
            <source>후처리 완료</source>
            <translation>후처리 완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>마무리 내용을 확인하고 대기 상태로 돌아갑니다 (Ctrl+Enter)</source>
            <translation>마무리 내용을 확인하고 대기 상태로 돌아갑니다 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/contact/tabs.py" line="+80" />
            <source>상담 탭</source>
            <translation>상담 탭</translation>
        </message>
        <message>
            <location line="+2" />
            <source>메모</source>
            <translation>메모</translation>
        </message>
        <message>
            <location line="+1" />
            <source>체크리스트</source>
            <translation>체크리스트</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연계</source>
            <translation>연계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자원 안내</source>
            <translation>자원 안내</translation>
        </message>
        <message>
            <location line="+1" />
            <source>마무리</source>
            <translation>마무리</translation>
        </message>
        <message>
            <location filename="../../ui/contact/clock.py" line="+67" />
            <source>통화 시간</source>
            <translation>통화 시간</translation>
        </message>
        <message>
            <location filename="../../ui/contact/view.py" line="+288" />
            <source>통화가 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 전화를 받을 수 있습니다.</source>
            <translation>통화가 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 전화를 받을 수 있습니다.</translation>
        </message>
        <message>
            <location line="-283" />
            <source>{tab} 탭 보기</source>
            <translation>{tab} 탭 보기</translation>
        </message>
        <message>
            <location line="+100" />
            <source>이력 확인 불가</source>
            <translation>이력 확인 불가</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>재이용 · 이전 상담 %n회</source>
            <translation>
                <numerusform>재이용 · 이전 상담 %n회</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>신규</source>
            <translation>신규</translation>
        </message>
        <message>
            <location line="+125" />
            <source>빠진 항목: {names}</source>
            <translation>빠진 항목: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/contact/clock.py" line="+0" />
            <source>채팅 시간</source>
            <translation>채팅 시간</translation>
        </message>
        <message>
            <location filename="../../ui/contact/view.py" line="+50" />
            <source>채팅이 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 상담을 받을 수 있습니다.</source>
            <translation>채팅이 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 상담을 받을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/contact/clock.py" line="+4" />
            <source>통화 중</source>
            <translation>통화 중</translation>
        </message>
        <message>
            <location line="+0" />
            <source>채팅 중</source>
            <translation>채팅 중</translation>
        </message>
        <message>
            <location line="+4" />
            <source>채팅 끝남
후처리 중</source>
            <translation>채팅 끝남
후처리 중</translation>
        </message>
        <message>
            <location line="+0" />
            <source>통화 끝남
후처리 중</source>
            <translation>통화 끝남
후처리 중</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../ui/chat/conversation_view.py" line="+59" />
            <source>챗봇 자가진단 답변과 결과</source>
            <translation>챗봇 자가진단 답변과 결과</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+173" />
            <source>챗봇 대화 보기</source>
            <translation>챗봇 대화 보기</translation>
        </message>
        <message>
            <location line="-172" />
            <source>챗봇과 나눈 대화와 자가진단 사이 전환</source>
            <translation>챗봇과 나눈 대화와 자가진단 사이 전환</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+169" />
            <source>챗봇 자가진단</source>
            <translation>챗봇 자가진단</translation>
        </message>
        <message>
            <location line="-165" />
            <location line="+22" />
            <location line="+96" />
            <location line="+56" />
            <source>자세히</source>
            <translation>자세히</translation>
        </message>
        <message>
            <location line="-171" />
            <source>자가진단 답변 펼치기</source>
            <translation>자가진단 답변 펼치기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>대화 끝내기</source>
            <translation>대화 끝내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>이 채팅 대화 끝내기</source>
            <translation>이 채팅 대화 끝내기</translation>
        </message>
        <message>
            <location line="+18" />
            <source>위기 표현과 그 메시지 모두 보기</source>
            <translation>위기 표현과 그 메시지 모두 보기</translation>
        </message>
        <message>
            <location line="+11" />
            <source>확인 메시지 넣기</source>
            <translation>확인 메시지 넣기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>대화 중인지 묻는 상용구 넣기</source>
            <translation>대화 중인지 묻는 상용구 넣기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>마무리 인사 넣기</source>
            <translation>마무리 인사 넣기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>답이 없어 마치는 상용구 넣기</source>
            <translation>답이 없어 마치는 상용구 넣기</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{text} (외 {n}건)</source>
            <translation>{text} (외 {n}건)</translation>
        </message>
        <message>
            <location line="+57" />
            <source>챗봇과 나눈 대화</source>
            <translation>챗봇과 나눈 대화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자가진단 보기</source>
            <translation>자가진단 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>챗봇에서 넘어온 자가진단이 없습니다.</source>
            <translation>챗봇에서 넘어온 자가진단이 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>넘어온 자가진단 없음</source>
            <translation>넘어온 자가진단 없음</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+56" />
            <source>접기</source>
            <translation>접기</translation>
        </message>
    </context>
    <context>
        <name>CrisisDecision</name>
        <message>
            <location filename="../../ui/checklist/decision.py" line="+49" />
            <source>위기 대응 결정 * (마무리 전에 꼭 기록)</source>
            <translation>위기 대응 결정 * (마무리 전에 꼭 기록)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>위기 대응 결정: {name}</source>
            <translation>위기 대응 결정: {name}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>기타 결정의 사유</source>
            <translation>기타 결정의 사유</translation>
        </message>
        <message>
            <location line="+2" />
            <source>무엇을 하기로 했는지 (예: 보호자에게 연락해 곁에 있기로 함) · Enter로 기록</source>
            <translation>무엇을 하기로 했는지 (예: 보호자에게 연락해 곁에 있기로 함) · Enter로 기록</translation>
        </message>
        <message>
            <location line="+19" />
            <source>아직 기록하지 않았습니다.</source>
            <translation>아직 기록하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>기록됨 {time} · {name}</source>
            <translation>기록됨 {time} · {name}</translation>
        </message>
    </context>
    <context>
        <name>CrisisPanel</name>
        <message>
            <location filename="../../ui/crisis/panel.py" line="+46" />
            <source>이미 무언가를 드셨거나 다치셨다면, 무엇을 언제 얼마나 했는지 여쭤보고 119 구급 출동을 먼저 요청하세요.</source>
            <translation>이미 무언가를 드셨거나 다치셨다면, 무엇을 언제 얼마나 했는지 여쭤보고 119 구급 출동을 먼저 요청하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>누가, 어디에서, 어떻게 위험한지 여쭤보세요. 위험이 바로 앞에 있으면 112에 알리세요.</source>
            <translation>누가, 어디에서, 어떻게 위험한지 여쭤보세요. 위험이 바로 앞에 있으면 112에 알리세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>지금 계신 곳을 여쭤보세요. 주소를 모르시면 건물 이름, 근처 가게나 지하철역도 좋습니다.</source>
            <translation>지금 계신 곳을 여쭤보세요. 주소를 모르시면 건물 이름, 근처 가게나 지하철역도 좋습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>지금 곁에 함께 있는 분이 있는지, 연락할 수 있는 가족이나 지인이 있는지 여쭤보세요.</source>
            <translation>지금 곁에 함께 있는 분이 있는지, 연락할 수 있는 가족이나 지인이 있는지 여쭤보세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>약이나 도구처럼 해칠 수 있는 것을 손이 닿지 않는 곳에 두실 수 있는지 함께 정해 보세요.</source>
            <translation>약이나 도구처럼 해칠 수 있는 것을 손이 닿지 않는 곳에 두실 수 있는지 함께 정해 보세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, 대화를 먼저 끝내지 말아 주세요.</source>
            <translation>오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, 대화를 먼저 끝내지 말아 주세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, 통화를 끊지 말아 주세요.</source>
            <translation>오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, 통화를 끊지 말아 주세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>위기 대응 안내</source>
            <translation>위기 대응 안내</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+98" />
            <source>위기 대응 — 전화를 끊지 마세요</source>
            <translation>위기 대응 — 전화를 끊지 마세요</translation>
        </message>
        <message>
            <location line="-91" />
            <source>다음에 여쭤볼 것</source>
            <translation>다음에 여쭤볼 것</translation>
        </message>
        <message>
            <location line="+3" />
            <source>팀장 알림 상태</source>
            <translation>팀장 알림 상태</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>출동 요청 창 열기  {key}</source>
            <translation>출동 요청 창 열기  {key}</translation>
        </message>
        <message>
            <location line="-93" />
            <location line="+95" />
            <source>긴급 출동 요청 창 열기</source>
            <translation>긴급 출동 요청 창 열기</translation>
        </message>
        <message>
            <location line="-92" />
            <location line="+136" />
            <source>접기</source>
            <translation>접기</translation>
        </message>
        <message>
            <location line="-134" />
            <source>위기 대응 안내 접기</source>
            <translation>위기 대응 안내 접기</translation>
        </message>
        <message>
            <location line="+77" />
            <source>위기 대응 — 결정을 기록했습니다</source>
            <translation>위기 대응 — 결정을 기록했습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위기 대응 — 마무리에서 결정을 기록해 주세요</source>
            <translation>위기 대응 — 마무리에서 결정을 기록해 주세요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위기 대응 — 대화를 이어 가세요</source>
            <translation>위기 대응 — 대화를 이어 가세요</translation>
        </message>
        <message>
            <location line="+8" />
            <source>출동 상황 보기  {key}</source>
            <translation>출동 상황 보기  {key}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>긴급 출동 상황 보기</source>
            <translation>긴급 출동 상황 보기</translation>
        </message>
        <message>
            <location line="+14" />
            <source>기록한 결정: {name} ({time})</source>
            <translation>기록한 결정: {name} ({time})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>팀장에게 위기 알림이 전달되었습니다.</source>
            <translation>팀장에게 위기 알림이 전달되었습니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>팀장에게 위기 알림을 보내는 중…</source>
            <translation>팀장에게 위기 알림을 보내는 중…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>팀장 알림 전송 대기: 위기 응답이 아직 서버에 전달되지 않았습니다. 팀장에게 전화로 직접 알려 주세요.</source>
            <translation>팀장 알림 전송 대기: 위기 응답이 아직 서버에 전달되지 않았습니다. 팀장에게 전화로 직접 알려 주세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>펼치기</source>
            <translation>펼치기</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPanel</name>
        <message>
            <location filename="../../ui/contact/directory_panel.py" line="+39" />
            <source>알 수 없는 문제</source>
            <translation>알 수 없는 문제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>파일이 없습니다</source>
            <translation>파일이 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>파일을 읽을 수 없습니다</source>
            <translation>파일을 읽을 수 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>파일이 너무 큽니다</source>
            <translation>파일이 너무 큽니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>파일 형식이 올바르지 않습니다</source>
            <translation>파일 형식이 올바르지 않습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>내용이 올바르지 않습니다</source>
            <translation>내용이 올바르지 않습니다</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(확인 필요)</source>
            <translation>(확인 필요)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>자원 검색</source>
            <translation>자원 검색</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기관·지역·키워드 검색 (예: 마음편의점, 관악, 자살)</source>
            <translation>기관·지역·키워드 검색 (예: 마음편의점, 관악, 자살)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>자원 목록</source>
            <translation>자원 목록</translation>
        </message>
        <message>
            <location line="+8" />
            <source>메모에 넣기  (Enter)</source>
            <translation>메모에 넣기  (Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>선택한 자원을 메모에 넣기</source>
            <translation>선택한 자원을 메모에 넣기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>선택한 안내 문구를 메모의 커서 위치에 넣습니다 (Enter, Ctrl+Enter)</source>
            <translation>선택한 안내 문구를 메모의 커서 위치에 넣습니다 (Enter, Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+93" />
            <source>자원 목록을 불러오지 못했습니다: {reason}</source>
            <translation>자원 목록을 불러오지 못했습니다: {reason}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>찾는 자원이 없습니다. 다른 말로 찾아 보세요.</source>
            <translation>찾는 자원이 없습니다. 다른 말로 찾아 보세요.</translation>
        </message>
    </context>
    <context>
        <name>DispatchAlert</name>
        <message>
            <location filename="../../ui/dispatch/alert.py" line="+47" />
            <source>방금</source>
            <translation>방금</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n}분</source>
            <translation>{n}분</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+11" />
            <source>출동 중</source>
            <translation>출동 중</translation>
        </message>
        <message>
            <location line="-9" />
            <source>출동 기관 접수 · 사건번호 {n}</source>
            <translation>출동 기관 접수 · 사건번호 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 기관 접수 대기</source>
            <translation>출동 기관 접수 대기</translation>
        </message>
        <message>
            <location line="+7" />
            <source>출동 접수됨 · 결과 기록 전</source>
            <translation>출동 접수됨 · 결과 기록 전</translation>
        </message>
        <message>
            <location line="+0" />
            <source>출동 접수됨</source>
            <translation>출동 접수됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 중 · 결과 기록 전</source>
            <translation>출동 중 · 결과 기록 전</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락 확인 · 종료 전</source>
            <translation>연락 확인 · 종료 전</translation>
        </message>
        <message>
            <location line="+0" />
            <source>연락 확인</source>
            <translation>연락 확인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 실패</source>
            <translation>출동 실패</translation>
        </message>
        <message>
            <location line="+1" />
            <source>요청 취소 확인 대기</source>
            <translation>요청 취소 확인 대기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>지금 직접 전화하세요</source>
            <translation>지금 직접 전화하세요</translation>
        </message>
        <message>
            <location line="+0" />
            <source>직접 전화</source>
            <translation>직접 전화</translation>
        </message>
        <message>
            <location line="+19" />
            <source>확인 대기 중인 긴급 출동</source>
            <translation>확인 대기 중인 긴급 출동</translation>
        </message>
        <message>
            <location line="+5" />
            <source>출동 대기 {n}</source>
            <translation>출동 대기 {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락 확인·실패가 아직 기록되지 않은 긴급 출동이 {n}건 있습니다. 누르면 상황판을 엽니다.</source>
            <translation>연락 확인·실패가 아직 기록되지 않은 긴급 출동이 {n}건 있습니다. 누르면 상황판을 엽니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>출동 확인 대기 — 출동 창 다시 열기</source>
            <translation>출동 확인 대기 — 출동 창 다시 열기</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+35" />
            <source>연락 확인 또는 연락 실패를 기록할 때까지 남습니다. 누르면 출동 창을 엽니다.</source>
            <translation>연락 확인 또는 연락 실패를 기록할 때까지 남습니다. 누르면 출동 창을 엽니다.</translation>
        </message>
        <message numerus="yes">
            <location line="-18" />
            <source>출동 확인 대기 %n건</source>
            <translation>
                <numerusform>출동 확인 대기 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="-52" />
            <source>출동 확인 대기</source>
            <translation>출동 확인 대기</translation>
        </message>
        <message>
            <location line="-5" />
            <source>출동 실패 · 확인 필요</source>
            <translation>출동 실패 · 확인 필요</translation>
        </message>
        <message>
            <location line="+107" />
            <source>긴급 출동 알림</source>
            <translation>긴급 출동 알림</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{who} 상담원 · {at} 요청 · {status}</source>
            <translation>{who} 상담원 · {at} 요청 · {status}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>긴급 출동 요청 · {service}</source>
            <translation>긴급 출동 요청 · {service}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상황판 보기</source>
            <translation>상황판 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상황판에서 출동 보기</source>
            <translation>상황판에서 출동 보기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <location line="+2" />
            <source>출동 알림 닫기</source>
            <translation>출동 알림 닫기</translation>
        </message>
    </context>
    <context>
        <name>DispatchChatBeside</name>
        <message>
            <location filename="../../ui/dispatch/chat_beside.py" line="+34" />
            <source>대화 (실시간)</source>
            <translation>대화 (실시간)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>채팅 대화 내용 (출동 요청 창 옆)</source>
            <translation>채팅 대화 내용 (출동 요청 창 옆)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>답장은 Esc로 창을 닫고 대화 탭에서 쓰세요. 출동 창에 적은 내용은 그대로 남습니다.</source>
            <translation>답장은 Esc로 창을 닫고 대화 탭에서 쓰세요. 출동 창에 적은 내용은 그대로 남습니다.</translation>
        </message>
    </context>
    <context>
        <name>DispatchForm</name>
        <message>
            <location filename="../../ui/dispatch/form.py" line="+71" />
            <source>출동 기관: {name}</source>
            <translation>출동 기관: {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>대상자 전화번호</source>
            <translation>대상자 전화번호</translation>
        </message>
        <message>
            <location line="+0" />
            <source>대상자 번호 (모르면 비워 두세요)</source>
            <translation>대상자 번호 (모르면 비워 두세요)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>주소</source>
            <translation>주소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>주소 (동·건물·호수까지 아는 만큼)</source>
            <translation>주소 (동·건물·호수까지 아는 만큼)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>주변 건물·장소</source>
            <translation>주변 건물·장소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>근처 건물, 가게, 지하철역</source>
            <translation>근처 건물, 가게, 지하철역</translation>
        </message>
        <message>
            <location line="+3" />
            <source>자치구</source>
            <translation>자치구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자치구 모름</source>
            <translation>자치구 모름</translation>
        </message>
        <message>
            <location line="+4" />
            <source>위치 모름</source>
            <translation>위치 모름</translation>
        </message>
        <message>
            <location line="+5" />
            <source>위치정보 조회 요청 (위치정보법)</source>
            <translation>위치정보 조회 요청 (위치정보법)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>긴급구조기관이 휴대전화 위치를 조회하도록 요청합니다 (위치정보법 제29조).</source>
            <translation>긴급구조기관이 휴대전화 위치를 조회하도록 요청합니다 (위치정보법 제29조).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>위험: {name}</source>
            <translation>위험: {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>신고자와 대상자의 관계</source>
            <translation>신고자와 대상자의 관계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>관계 미확인</source>
            <translation>관계 미확인</translation>
        </message>
        <message>
            <location line="+4" />
            <source>요청 상담원</source>
            <translation>요청 상담원</translation>
        </message>
        <message>
            <location line="+0" />
            <source>상담원 이름</source>
            <translation>상담원 이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>회신 번호</source>
            <translation>회신 번호</translation>
        </message>
        <message>
            <location line="+0" />
            <source>기관이 다시 걸 번호</source>
            <translation>기관이 다시 걸 번호</translation>
        </message>
        <message>
            <location line="+10" />
            <source>지난 출동에서 고른 위험</source>
            <translation>지난 출동에서 고른 위험</translation>
        </message>
        <message>
            <location line="+5" />
            <source>기관에 읽어 줄 요약</source>
            <translation>기관에 읽어 줄 요약</translation>
        </message>
        <message>
            <location line="+48" />
            <source>대상자 번호</source>
            <translation>대상자 번호</translation>
        </message>
        <message>
            <location line="-24" />
            <source>위치</source>
            <translation>위치</translation>
        </message>
        <message>
            <location line="-92" />
            <source>112 경찰</source>
            <translation>112 경찰</translation>
        </message>
        <message>
            <location line="+1" />
            <source>119 소방·구급</source>
            <translation>119 소방·구급</translation>
        </message>
        <message>
            <location line="+57" />
            <source>지난 출동 위치</source>
            <translation>지난 출동 위치</translation>
        </message>
        <message>
            <location line="+2" />
            <source>주소를 누르면 전체가 선택되어, 새로 입력하면 바뀝니다.</source>
            <translation>주소를 누르면 전체가 선택되어, 새로 입력하면 바뀝니다.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>위험</source>
            <translation>위험</translation>
        </message>
        <message>
            <location line="+5" />
            <source>관계·상담원</source>
            <translation>관계·상담원</translation>
        </message>
        <message>
            <location line="-15" />
            <source>읽어 줄 요약</source>
            <translation>읽어 줄 요약</translation>
        </message>
    </context>
    <context>
        <name>DispatchLabels</name>
        <message>
            <location filename="../../ui/dispatch/labels.py" line="+25" />
            <source>112 경찰</source>
            <translation>112 경찰</translation>
        </message>
        <message>
            <location line="+0" />
            <source>119 소방·구급</source>
            <translation>119 소방·구급</translation>
        </message>
        <message>
            <location line="+10" />
            <source>생각</source>
            <translation>생각</translation>
        </message>
        <message>
            <location line="+1" />
            <source>계획</source>
            <translation>계획</translation>
        </message>
        <message>
            <location line="+1" />
            <source>수단</source>
            <translation>수단</translation>
        </message>
        <message>
            <location line="+1" />
            <source>시도 중</source>
            <translation>시도 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>흉기</source>
            <translation>흉기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>타인 위험</source>
            <translation>타인 위험</translation>
        </message>
        <message>
            <location line="+7" />
            <source>자살 생각을 말함</source>
            <translation>자살 생각을 말함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>구체적인 계획이 있음</source>
            <translation>구체적인 계획이 있음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>수단을 갖고 있음</source>
            <translation>수단을 갖고 있음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금 시도하고 있음</source>
            <translation>지금 시도하고 있음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>흉기를 갖고 있음</source>
            <translation>흉기를 갖고 있음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다른 사람도 위험함</source>
            <translation>다른 사람도 위험함</translation>
        </message>
        <message>
            <location line="+7" />
            <source>본인</source>
            <translation>본인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>가족</source>
            <translation>가족</translation>
        </message>
        <message>
            <location line="+1" />
            <source>배우자·연인</source>
            <translation>배우자·연인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>친구</source>
            <translation>친구</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이웃</source>
            <translation>이웃</translation>
        </message>
        <message>
            <location line="+1" />
            <source>동료</source>
            <translation>동료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>담당 실무자</source>
            <translation>담당 실무자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기타</source>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+1" />
            <source>모름</source>
            <translation>모름</translation>
        </message>
        <message>
            <location line="+7" />
            <source>요청</source>
            <translation>요청</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버 접수</source>
            <translation>서버 접수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 기관 접수</source>
            <translation>출동 기관 접수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 중</source>
            <translation>출동 중</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>대상자 연락 확인</source>
            <translation>대상자 연락 확인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>대상자 연락 실패</source>
            <translation>대상자 연락 실패</translation>
        </message>
        <message>
            <location line="+1" />
            <source>종료</source>
            <translation>종료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>직접 전화 안내</source>
            <translation>직접 전화 안내</translation>
        </message>
        <message>
            <location line="+1" />
            <source>요청 취소</source>
            <translation>요청 취소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 기관 취소 확인</source>
            <translation>출동 기관 취소 확인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{number}에 직접 전화함</source>
            <translation>{number}에 직접 전화함</translation>
        </message>
        <message>
            <location line="+8" />
            <source>서버가 요청을 받았다는 확인이 없습니다. 콘솔은 계속 전송을 시도하니, 그동안 {number}에 직접 전화해 아래 내용을 읽어 주세요.</source>
            <translation>서버가 요청을 받았다는 확인이 없습니다. 콘솔은 계속 전송을 시도하니, 그동안 {number}에 직접 전화해 아래 내용을 읽어 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>출동 기관이 아직 접수를 확인하지 않았습니다. {number}에 직접 전화해 아래 내용을 읽어 주세요. 요청은 취소되지 않고 계속 진행됩니다.</source>
            <translation>출동 기관이 아직 접수를 확인하지 않았습니다. {number}에 직접 전화해 아래 내용을 읽어 주세요. 요청은 취소되지 않고 계속 진행됩니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>이 출동 요청을 찾지 못했습니다.</source>
            <translation>이 출동 요청을 찾지 못했습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이미 종료된 출동 요청입니다.</source>
            <translation>이미 종료된 출동 요청입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락 확인 또는 연락 실패를 먼저 기록해 주세요.</source>
            <translation>연락 확인 또는 연락 실패를 먼저 기록해 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이미 다른 결과가 기록되어 있습니다.</source>
            <translation>이미 다른 결과가 기록되어 있습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락하지 못한 사유를 적어 주세요.</source>
            <translation>연락하지 못한 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>취소된 출동 요청입니다. 닫기만 할 수 있습니다.</source>
            <translation>취소된 출동 요청입니다. 닫기만 할 수 있습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>결과가 이미 기록되어 취소할 수 없습니다.</source>
            <translation>결과가 이미 기록되어 취소할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>기록하지 못했습니다. 다시 해 주세요.</source>
            <translation>기록하지 못했습니다. 다시 해 주세요.</translation>
        </message>
    </context>
    <context>
        <name>DispatchPanel</name>
        <message>
            <location filename="../../ui/dispatch/panel.py" line="+62" />
            <source>긴급 출동</source>
            <translation>긴급 출동</translation>
        </message>
        <message>
            <location line="+11" />
            <source>취소  Esc</source>
            <translation>취소  Esc</translation>
        </message>
        <message>
            <location line="+2" />
            <source>출동 요청 취소</source>
            <translation>출동 요청 취소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>요청하지 않고 닫습니다 (Esc)</source>
            <translation>요청하지 않고 닫습니다 (Esc)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>접기</source>
            <translation>접기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>출동 창 접기</source>
            <translation>출동 창 접기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>창을 접어도 출동은 계속됩니다. 위쪽의 ‘출동 확인 대기’를 누르면 다시 열립니다.</source>
            <translation>창을 접어도 출동은 계속됩니다. 위쪽의 ‘출동 확인 대기’를 누르면 다시 열립니다.</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/form_face.py" line="+38" />
            <source>{who} 상담에서 쓰던 출동 요청서를 보내지 않은 채 상담이 끝났습니다. 그분이 아직 위급하다면 112·119에 직접 신고하세요.</source>
            <translation>{who} 상담에서 쓰던 출동 요청서를 보내지 않은 채 상담이 끝났습니다. 그분이 아직 위급하다면 112·119에 직접 신고하세요.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>출동 요청 보내기</source>
            <translation>출동 요청 보내기</translation>
        </message>
        <message>
            <location line="+59" />
            <source>‘출동 요청 보내기’로 옮겼습니다. Enter를 다시 1초 누르고 있으면 보내집니다.</source>
            <translation>‘출동 요청 보내기’로 옮겼습니다. Enter를 다시 1초 누르고 있으면 보내집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/person_number.py" line="+52" />
            <source>발신번호를 읽을 수 없는 전화입니다. 대상자 번호를 알면 적어 주세요.</source>
            <translation>발신번호를 읽을 수 없는 전화입니다. 대상자 번호를 알면 적어 주세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>전체 번호를 불러오는 중… 비워 두어도 상담 전화 번호로 요청됩니다.</source>
            <translation>전체 번호를 불러오는 중… 비워 두어도 상담 전화 번호로 요청됩니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>전체 번호를 불러오지 못했습니다. 비워 두면 상담 전화 번호로 요청됩니다.</source>
            <translation>전체 번호를 불러오지 못했습니다. 비워 두면 상담 전화 번호로 요청됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/form_face.py" line="+4" />
            <source>{number} 출동 요청 보내기   ·   1초 누르고 있기</source>
            <translation>{number} 출동 요청 보내기   ·   1초 누르고 있기</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/person_number.py" line="-20" />
            <location line="+25" />
            <source>전체 번호를 표시했습니다 (사유 ‘긴급 출동’으로 기록됨).</source>
            <translation>전체 번호를 표시했습니다 (사유 ‘긴급 출동’으로 기록됨).</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/panel.py" line="+252" />
            <source>긴급 출동 요청</source>
            <translation>긴급 출동 요청</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{service} 출동</source>
            <translation>{service} 출동</translation>
        </message>
        <message>
            <location line="+3" />
            <source>이전 상담의 출동</source>
            <translation>이전 상담의 출동</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/form_face.py" line="+4" />
            <source>아직 보내지 않았습니다. </source>
            <translation>아직 보내지 않았습니다. </translation>
        </message>
    </context>
    <context>
        <name>DispatchRelay</name>
        <message>
            <location filename="../../ui/dispatch/relay.py" line="+27" />
            <source>서버에 연결되지 않아 동료에게 요청을 보낼 수 없습니다. 옆자리 동료에게 {number} 신고를 부탁하세요.</source>
            <translation>서버에 연결되지 않아 동료에게 요청을 보낼 수 없습니다. 옆자리 동료에게 {number} 신고를 부탁하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} 님이 {number}에 신고합니다</source>
            <translation>{name} 님이 {number}에 신고합니다</translation>
        </message>
        <message>
            <location line="+11" />
            <source>동료·팀장에게 112 신고 요청</source>
            <translation>동료·팀장에게 112 신고 요청</translation>
        </message>
        <message>
            <location line="+28" />
            <source>동료·팀장에게 {number} 신고 요청   {key}</source>
            <translation>동료·팀장에게 {number} 신고 요청   {key}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>통화를 끊지 않고, 팀장과 접속 중인 동료에게 위 내용을 보내 {number} 신고를 부탁합니다.</source>
            <translation>통화를 끊지 않고, 팀장과 접속 중인 동료에게 위 내용을 보내 {number} 신고를 부탁합니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>팀장과 동료에게 요청했습니다 · 누가 신고할지 기다리는 중</source>
            <translation>팀장과 동료에게 요청했습니다 · 누가 신고할지 기다리는 중</translation>
        </message>
        <message>
            <location line="+7" />
            <source>보내는 중…</source>
            <translation>보내는 중…</translation>
        </message>
    </context>
    <context>
        <name>DispatchStatus</name>
        <message>
            <location filename="../../ui/dispatch/status.py" line="+58" />
            <source>출동 상황</source>
            <translation>출동 상황</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+41" />
            <source>직접 전화함 기록</source>
            <translation>직접 전화함 기록</translation>
        </message>
        <message>
            <location line="-11" />
            <source>연락 확인 여부를 기록해 주세요</source>
            <translation>연락 확인 여부를 기록해 주세요</translation>
        </message>
        <message>
            <location line="+7" />
            <source>연락 확인됨</source>
            <translation>연락 확인됨</translation>
        </message>
        <message>
            <location line="+0" />
            <source>대상자 연락 확인 기록</source>
            <translation>대상자 연락 확인 기록</translation>
        </message>
        <message>
            <location line="+2" />
            <source>연락 실패…</source>
            <translation>연락 실패…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>대상자 연락 실패 기록</source>
            <translation>대상자 연락 실패 기록</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/close_guard.py" line="+47" />
            <source>출동이 실패했는데 그 뒤 한 일이 기록되지 않았습니다. {number}에 직접 전화했다면 ‘{number}에 직접 전화함’을 먼저 눌러 주세요. 닫으면 이 출동을 다시 알려 주지 않습니다.</source>
            <translation>출동이 실패했는데 그 뒤 한 일이 기록되지 않았습니다. {number}에 직접 전화했다면 ‘{number}에 직접 전화함’을 먼저 눌러 주세요. 닫으면 이 출동을 다시 알려 주지 않습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>그래도 닫기</source>
            <translation>그래도 닫기</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../ui/dispatch/status.py" line="+4" />
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/status.py" line="+0" />
            <source>출동 패널 닫기</source>
            <translation>출동 패널 닫기</translation>
        </message>
        <message>
            <location line="+7" />
            <source>연락 실패 사유</source>
            <translation>연락 실패 사유</translation>
        </message>
        <message>
            <location line="+1" />
            <source>사유 (예: 출동했으나 대상자를 찾지 못함)</source>
            <translation>사유 (예: 출동했으나 대상자를 찾지 못함)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>실패 기록</source>
            <translation>실패 기록</translation>
        </message>
        <message>
            <location line="+0" />
            <source>연락 실패 사유 기록</source>
            <translation>연락 실패 사유 기록</translation>
        </message>
        <message>
            <location line="+2" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>연락 실패 기록 취소</source>
            <translation>연락 실패 기록 취소</translation>
        </message>
        <message>
            <location line="+11" />
            <source>화면이 잠겨 있어 연락 결과 기록과 요청 취소는 할 수 없습니다. 잠금을 푼 뒤 기록해 주세요.</source>
            <translation>화면이 잠겨 있어 연락 결과 기록과 요청 취소는 할 수 없습니다. 잠금을 푼 뒤 기록해 주세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>보낸 내용</source>
            <translation>보낸 내용</translation>
        </message>
        <message>
            <location line="+81" />
            <location line="+100" />
            <source>사건번호 {n}</source>
            <translation>사건번호 {n}</translation>
        </message>
        <message>
            <location line="-88" />
            <source>지금 {number}에 직접 전화하세요</source>
            <translation>지금 {number}에 직접 전화하세요</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+4" />
            <source>{number}에 직접 전화함</source>
            <translation>{number}에 직접 전화함</translation>
        </message>
        <message>
            <location line="+14" />
            <source>연락 확인 또는 연락 실패를 기록하면 닫을 수 있습니다.</source>
            <translation>연락 확인 또는 연락 실패를 기록하면 닫을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/delivery.py" line="+21" />
            <source>출동 요청을 취소했습니다</source>
            <translation>출동 요청을 취소했습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>출동 실패 — 대상자에게 닿지 못했습니다</source>
            <translation>출동 실패 — 대상자에게 닿지 못했습니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>이 PC에 저장됨 · 전송 재시도 중</source>
            <translation>이 PC에 저장됨 · 전송 재시도 중</translation>
        </message>
        <message>
            <location line="+0" />
            <source>이 PC에 저장됨 · 전송 중</source>
            <translation>이 PC에 저장됨 · 전송 중</translation>
        </message>
        <message>
            <location line="+3" />
            <source>서버 접수됨 · 출동 기관의 접수 확인을 기다리는 중</source>
            <translation>서버 접수됨 · 출동 기관의 접수 확인을 기다리는 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>출동 기관이 접수했습니다</source>
            <translation>출동 기관이 접수했습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>서버 연결 끊김: 이후 소식은 다시 연결되면 표시됩니다</source>
            <translation>서버 연결 끊김: 이후 소식은 다시 연결되면 표시됩니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>로그인 만료: 이후 소식은 다시 로그인하면 표시됩니다</source>
            <translation>로그인 만료: 이후 소식은 다시 로그인하면 표시됩니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>먼저 요청된 같은 출동에 합쳐짐</source>
            <translation>먼저 요청된 같은 출동에 합쳐짐</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>기록 %n건 전송 대기</source>
            <translation>
                <numerusform>기록 %n건 전송 대기</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dispatch/status.py" line="+75" />
            <source>대상자 연락 확인 / 실패</source>
            <translation>대상자 연락 확인 / 실패</translation>
        </message>
        <message>
            <location line="+21" />
            <source>직접 전화 경로: </source>
            <translation>직접 전화 경로: </translation>
        </message>
    </context>
    <context>
        <name>DispatchWithdraw</name>
        <message>
            <location filename="../../ui/dispatch/withdraw.py" line="+37" />
            <source>잘못 누름</source>
            <translation>잘못 누름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기관을 잘못 선택함</source>
            <translation>기관을 잘못 선택함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이미 신고됨</source>
            <translation>이미 신고됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>대상자 안전 확인</source>
            <translation>대상자 안전 확인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기타</source>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+20" />
            <source>요청 취소…</source>
            <translation>요청 취소…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>출동 요청 취소하기</source>
            <translation>출동 요청 취소하기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>잘못 보낸 출동 요청을 사유와 함께 취소합니다. 기록은 남습니다.</source>
            <translation>잘못 보낸 출동 요청을 사유와 함께 취소합니다. 기록은 남습니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>이 출동 요청을 취소할까요? 보내면 되돌릴 수 없고, 요청과 취소가 모두 기록됩니다.</source>
            <translation>이 출동 요청을 취소할까요? 보내면 되돌릴 수 없고, 요청과 취소가 모두 기록됩니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>취소 사유: {reason}</source>
            <translation>취소 사유: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>취소 사유 설명</source>
            <translation>취소 사유 설명</translation>
        </message>
        <message>
            <location line="+1" />
            <source>덧붙일 말 (선택, 예: 메모 중 F12를 잘못 누름)</source>
            <translation>덧붙일 말 (선택, 예: 메모 중 F12를 잘못 누름)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>취소 요청 보내기</source>
            <translation>취소 요청 보내기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>출동 요청 취소 보내기</source>
            <translation>출동 요청 취소 보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>보내면 되돌릴 수 없습니다.</source>
            <translation>보내면 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>출동 요청 취소하지 않기</source>
            <translation>출동 요청 취소하지 않기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>돌아가기  Esc</source>
            <translation>돌아가기  Esc</translation>
        </message>
        <message>
            <location line="+87" />
            <source>요청 취소 {at} · 사유: {reason}</source>
            <translation>요청 취소 {at} · 사유: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>출동 기관이 취소를 확인했습니다 ({at}).</source>
            <translation>출동 기관이 취소를 확인했습니다 ({at}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>이 PC에 저장됨 · 서버로 보내는 중</source>
            <translation>이 PC에 저장됨 · 서버로 보내는 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 기관의 취소 확인을 기다리는 중입니다.</source>
            <translation>출동 기관의 취소 확인을 기다리는 중입니다.</translation>
        </message>
    </context>
    <context>
        <name>EmergencyButton</name>
        <message>
            <location filename="../../ui/dispatch/emergency_button.py" line="+72" />
            <source>긴급 출동  {key}</source>
            <translation>긴급 출동  {key}</translation>
        </message>
        <message>
            <location line="-1" />
            <source>긴급 출동</source>
            <comment>header, fewest words</comment>
            <translation>긴급 출동</translation>
        </message>
        <message>
            <location line="+2" />
            <source>긴급 출동 요청</source>
            <translation>긴급 출동 요청</translation>
        </message>
        <message>
            <location line="+2" />
            <source>112 또는 119 출동 요청 창을 엽니다. 요청은 확인 버튼을 1초 누르고 있어야 보내집니다.</source>
            <translation>112 또는 119 출동 요청 창을 엽니다. 요청은 확인 버튼을 1초 누르고 있어야 보내집니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>긴급 출동 요청 ({key}) — 창이 열리면 확인 버튼을 1초 누르고 있어야 보내집니다</source>
            <translation>긴급 출동 요청 ({key}) — 창이 열리면 확인 버튼을 1초 누르고 있어야 보내집니다</translation>
        </message>
    </context>
    <context>
        <name>EndConfirm</name>
        <message>
            <location filename="../../ui/contact/end_confirm.py" line="+32" />
            <source>위기 대응 중입니다.</source>
            <translation>위기 대응 중입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 요청의 결과가 아직 확인되지 않았습니다.</source>
            <translation>출동 요청의 결과가 아직 확인되지 않았습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 요청서를 작성 중이며 아직 보내지 않았습니다.</source>
            <translation>출동 요청서를 작성 중이며 아직 보내지 않았습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>메모가 아직 서버에 저장되지 않았습니다.</source>
            <translation>메모가 아직 서버에 저장되지 않았습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상대방이 아직 대화방에 있습니다. 글을 쓰는 중일 수 있습니다.</source>
            <translation>상대방이 아직 대화방에 있습니다. 글을 쓰는 중일 수 있습니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{reasons} 채팅을 종료할까요?</source>
            <translation>{reasons} 채팅을 종료할까요?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{reasons} 통화를 종료할까요?</source>
            <translation>{reasons} 통화를 종료할까요?</translation>
        </message>
        <message>
            <location line="+43" />
            <source>계속 통화  (Esc)</source>
            <translation>계속 통화  (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>계속 채팅  (Esc)</source>
            <translation>계속 채팅  (Esc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>통화 계속하기</source>
            <translation>통화 계속하기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>그래도 채팅 종료</source>
            <translation>그래도 채팅 종료</translation>
        </message>
        <message>
            <location line="-22" />
            <source>그래도 종료</source>
            <translation>그래도 종료</translation>
        </message>
        <message>
            <location line="+21" />
            <source>채팅 계속하기</source>
            <translation>채팅 계속하기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>그래도 통화 종료</source>
            <translation>그래도 통화 종료</translation>
        </message>
        <message>
            <location line="-18" />
            <source>통화 종료 질문 닫기</source>
            <translation>통화 종료 질문 닫기</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../ui/common/error_banner.py" line="+35" />
            <source>오류 알림</source>
            <translation>오류 알림</translation>
        </message>
        <message>
            <location line="+8" />
            <source>오류 알림 조치</source>
            <translation>오류 알림 조치</translation>
        </message>
        <message>
            <location line="+3" />
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>오류 알림 닫기</source>
            <translation>오류 알림 닫기</translation>
        </message>
        <message>
            <location line="+66" />
            <source>{text} (외 {n}건)</source>
            <translation>{text} (외 {n}건)</translation>
        </message>
        <message>
            <location line="-27" />
            <source>이 PC의 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 보관 중이며, 공간이 생기면 저장합니다. 파일을 정리하거나 관리자에게 연락해 주세요.</source>
            <translation>이 PC의 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 보관 중이며, 공간이 생기면 저장합니다. 파일을 정리하거나 관리자에게 연락해 주세요.</translation>
        </message>
    </context>
    <context>
        <name>FloorAlert</name>
        <message>
            <location filename="../../ui/board/floor_alert.py" line="+40" />
            <source>{n}분째</source>
            <translation>{n}분째</translation>
        </message>
        <message>
            <location line="+0" />
            <source>1분 미만</source>
            <translation>1분 미만</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{at}부터 기다리는 중 ({how}) · 아직 받은 상담원이 없습니다</source>
            <translation>{at}부터 기다리는 중 ({how}) · 아직 받은 상담원이 없습니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>위기·에스컬레이션 알림</source>
            <translation>위기·에스컬레이션 알림</translation>
        </message>
        <message>
            <location line="+28" />
            <source>위기 표현 · 대기 중인 채팅</source>
            <translation>위기 표현 · 대기 중인 채팅</translation>
        </message>
        <message>
            <location line="+5" />
            <source>위기 응답 · {who} 상담원</source>
            <translation>위기 응답 · {who} 상담원</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{at} 위기 선별에서 긴급 응답이 나왔습니다 · 대응 결정 전</source>
            <translation>{at} 위기 선별에서 긴급 응답이 나왔습니다 · 대응 결정 전</translation>
        </message>
        <message>
            <location line="+6" />
            <source>응답 없는 인계 · {who} → {to}</source>
            <translation>응답 없는 인계 · {who} → {to}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위험도 {tier} · {at}부터 아무도 받지 않았습니다</source>
            <translation>위험도 {tier} · {at}부터 아무도 받지 않았습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <location line="+2" />
            <source>알림 닫기</source>
            <translation>알림 닫기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>상황판 보기</source>
            <translation>상황판 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상황판에서 보기</source>
            <translation>상황판에서 보기</translation>
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message>
            <location filename="../../ui/follow_up/due_list.py" line="+54" />
            <source>오늘</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location line="+2" />
            <source>내일</source>
            <translation>내일</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/count.py" line="+21" />
            <source>후속 연락 {n} (지연 {late})</source>
            <translation>후속 연락 {n} (지연 {late})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락 {n}</source>
            <translation>후속 연락 {n}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>후속 연락 수</source>
            <translation>후속 연락 수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>오늘 칸의 후속 연락 목록으로 (Ctrl+Shift+F)</source>
            <translation>오늘 칸의 후속 연락 목록으로 (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/due_list.py" line="+13" />
            <location line="+5" />
            <source>후속 연락 예정</source>
            <translation>후속 연락 예정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>내 것</source>
            <translation>내 것</translation>
        </message>
        <message>
            <location line="+0" />
            <source>나와 공동 대기함의 후속 연락</source>
            <translation>나와 공동 대기함의 후속 연락</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전체</source>
            <translation>전체</translation>
        </message>
        <message>
            <location line="+0" />
            <source>모든 상담원의 후속 연락 (팀장)</source>
            <translation>모든 상담원의 후속 연락 (팀장)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>후속 연락 목록</source>
            <translation>후속 연락 목록</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+152" />
            <source>예정된 후속 연락이 없습니다.</source>
            <translation>예정된 후속 연락이 없습니다.</translation>
        </message>
        <message>
            <location line="-149" />
            <location line="+271" />
            <source>완료</source>
            <translation>완료</translation>
        </message>
        <message>
            <location line="-271" />
            <source>통화를 마쳤습니다</source>
            <translation>통화를 마쳤습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다시 잡기</source>
            <translation>다시 잡기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>날짜와 시간을 바꿉니다</source>
            <translation>날짜와 시간을 바꿉니다</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/reassign.py" line="+29" />
            <source>넘겨받을 사람</source>
            <translation>넘겨받을 사람</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상담원 누구나 (공동 후속 연락) 또는 동료 상담원</source>
            <translation>상담원 누구나 (공동 후속 연락) 또는 동료 상담원</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/due_list.py" line="+1" />
            <location line="+251" />
            <location filename="../../ui/follow_up/reassign.py" line="+1" />
            <source>넘기기</source>
            <translation>넘기기</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/reassign.py" line="+2" />
            <source>이 사람에게 넘기기</source>
            <translation>이 사람에게 넘기기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>고른 곳으로 넘깁니다</source>
            <translation>고른 곳으로 넘깁니다</translation>
        </message>
        <message>
            <location line="+13" />
            <source>상담원 누구나 (공동 후속 연락)</source>
            <translation>상담원 누구나 (공동 후속 연락)</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/due_list.py" line="-250" />
            <source>공동 대기함이나 동료에게 넘깁니다 (공동 건은 ‘맡기’)</source>
            <translation>공동 대기함이나 동료에게 넘깁니다 (공동 건은 ‘맡기’)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>새 날짜와 시간</source>
            <translation>새 날짜와 시간</translation>
        </message>
        <message>
            <location line="+3" />
            <source>바꾸기</source>
            <translation>바꾸기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>이 시간으로 다시 잡습니다</source>
            <translation>이 시간으로 다시 잡습니다</translation>
        </message>
        <message>
            <location line="+13" />
            <source>서버 값 유지</source>
            <translation>서버 값 유지</translation>
        </message>
        <message>
            <location line="+0" />
            <source>다른 곳의 변경을 그대로 둡니다</source>
            <translation>다른 곳의 변경을 그대로 둡니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>내 변경 적용</source>
            <translation>내 변경 적용</translation>
        </message>
        <message>
            <location line="+0" />
            <source>내 변경을 다시 보냅니다</source>
            <translation>내 변경을 다시 보냅니다</translation>
        </message>
        <message>
            <location line="+88" />
            <source>지연</source>
            <translation>지연</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+146" />
            <source>공동</source>
            <translation>공동</translation>
        </message>
        <message>
            <location line="-143" />
            <source>담당 미상</source>
            <translation>담당 미상</translation>
        </message>
        <message>
            <location line="+2" />
            <source>전송 대기</source>
            <translation>전송 대기</translation>
        </message>
        <message>
            <location line="+18" />
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>전체 후속 연락 · {n}건</source>
            <translation>전체 후속 연락 · {n}건</translation>
        </message>
        <message>
            <location line="+3" />
            <source>후속 연락 예정 · {n}건</source>
            <translation>후속 연락 예정 · {n}건</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(지연 {late})</source>
            <translation>(지연 {late})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>완료로 기록했습니다.</source>
            <translation>완료로 기록했습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>다시 잡았습니다.</source>
            <translation>다시 잡았습니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>내가 맡았습니다.</source>
            <translation>내가 맡았습니다.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>공동 대기함으로 넘겼습니다.</source>
            <translation>공동 대기함으로 넘겼습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}에게 넘겼습니다.</source>
            <translation>{name}에게 넘겼습니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>내 변경을 적용했습니다.</source>
            <translation>내 변경을 적용했습니다.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>맡기</source>
            <translation>맡기</translation>
        </message>
        <message>
            <location line="+18" />
            <source>공동 대기함</source>
            <translation>공동 대기함</translation>
        </message>
        <message>
            <location line="+0" />
            <source>담당 변경</source>
            <translation>담당 변경</translation>
        </message>
        <message>
            <location line="+3" />
            <source>이미 끝남</source>
            <translation>이미 끝남</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다른 곳에서 먼저 바뀌었습니다. 내 변경: {mine} / 서버: {server}</source>
            <translation>다른 곳에서 먼저 바뀌었습니다. 내 변경: {mine} / 서버: {server}</translation>
        </message>
    </context>
    <context>
        <name>Handoff</name>
        <message>
            <location filename="../../ui/handoff/labels.py" line="+22" />
            <source>상담원 지정</source>
            <translation>상담원 지정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다음 근무조</source>
            <translation>다음 근무조</translation>
        </message>
        <message>
            <location line="+1" />
            <source>고립예방센터</source>
            <translation>고립예방센터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>돌봄동행단</source>
            <translation>돌봄동행단</translation>
        </message>
        <message>
            <location line="+14" />
            <source>인계됨 · {who}에서 맡기로 했습니다 (통화와 사례 담당은 그대로)</source>
            <translation>인계됨 · {who}에서 맡기로 했습니다 (통화와 사례 담당은 그대로)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>인계됨 · {who}이(가) 받았습니다</source>
            <translation>인계됨 · {who}이(가) 받았습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>인계 거절됨 · 사유: {reason}</source>
            <translation>인계 거절됨 · 사유: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>인계 대기 · 팀장에게 알림</source>
            <translation>인계 대기 · 팀장에게 알림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>인계 대기 · {who}의 답을 기다리는 중</source>
            <translation>인계 대기 · {who}의 답을 기다리는 중</translation>
        </message>
        <message>
            <location line="+6" />
            <source>방금</source>
            <translation>방금</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n}분째</source>
            <translation>{n}분째</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{h}시간 {m}분째</source>
            <translation>{h}시간 {m}분째</translation>
        </message>
        <message>
            <location line="+10" />
            <source>이미 인계를 보냈습니다. 받는 분의 답을 기다려 주세요.</source>
            <translation>이미 인계를 보냈습니다. 받는 분의 답을 기다려 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이미 다른 분이 처리한 인계입니다.</source>
            <translation>이미 다른 분이 처리한 인계입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>나에게 온 인계가 아닙니다.</source>
            <translation>나에게 온 인계가 아닙니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>진행 중인 상담을 마친 뒤에 받을 수 있습니다.</source>
            <translation>진행 중인 상담을 마친 뒤에 받을 수 있습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상황(S)을 적어 주세요.</source>
            <translation>상황(S)을 적어 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>받을 상담원을 골라 주세요.</source>
            <translation>받을 상담원을 골라 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자기 자신에게는 인계할 수 없습니다.</source>
            <translation>자기 자신에게는 인계할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>거절 사유를 적어 주세요.</source>
            <translation>거절 사유를 적어 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>처음 보낸 인계가 이미 전달되었습니다. 목록을 확인해 주세요.</source>
            <translation>처음 보낸 인계가 이미 전달되었습니다. 목록을 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상황판은 팀장과 관리자만 볼 수 있습니다.</source>
            <translation>상황판은 팀장과 관리자만 볼 수 있습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>담당 사례가 아니어서 인계할 수 없습니다.</source>
            <translation>담당 사례가 아니어서 인계할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이미 마무리된 상담입니다.</source>
            <translation>이미 마무리된 상담입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>인계할 상담이나 사례가 없습니다.</source>
            <translation>인계할 상담이나 사례가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>HandoffContext</name>
        <message>
            <location filename="../../ui/handoff/context.py" line="+27" />
            <location line="+2" />
            <source>인계</source>
            <translation>인계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 상담을 다른 상담원, 다음 근무조 또는 협력기관에 넘깁니다</source>
            <translation>이 상담을 다른 상담원, 다음 근무조 또는 협력기관에 넘깁니다</translation>
        </message>
        <message>
            <location line="+10" />
            <source>인계 상태</source>
            <translation>인계 상태</translation>
        </message>
        <message>
            <location line="+5" />
            <source>인계받은 내용과 이전 상담원 메모</source>
            <translation>인계받은 내용과 이전 상담원 메모</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{who}이(가) 이 상담을 넘겨받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.</source>
            <translation>{who}이(가) 이 상담을 넘겨받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>인계됨 · {who}이(가) 받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.</source>
            <translation>인계됨 · {who}이(가) 받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>인계받은 상담 · {who}에게서</source>
            <translation>인계받은 상담 · {who}에게서</translation>
        </message>
        <message>
            <location line="+15" />
            <source>상황</source>
            <translation>상황</translation>
        </message>
        <message>
            <location line="+0" />
            <source>배경</source>
            <translation>배경</translation>
        </message>
        <message>
            <location line="+0" />
            <source>평가</source>
            <translation>평가</translation>
        </message>
        <message>
            <location line="+1" />
            <source>권고</source>
            <translation>권고</translation>
        </message>
        <message>
            <location line="+3" />
            <source>— 이전 상담원 메모 —</source>
            <translation>— 이전 상담원 메모 —</translation>
        </message>
    </context>
    <context>
        <name>HandoffList</name>
        <message>
            <location filename="../../ui/handoff/waiting.py" line="+26" />
            <source>받을 인계</source>
            <translation>받을 인계</translation>
        </message>
        <message>
            <location line="+5" />
            <source>인계 {n}</source>
            <translation>인계 {n}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>받을 인계가 %n건 있습니다</source>
            <translation>
                <numerusform>받을 인계가 %n건 있습니다</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>인계 대기</source>
            <translation>인계 대기</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{who}에게서 · {age}</source>
            <translation>{who}에게서 · {age}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>위험도 {tier} · {situation}</source>
            <translation>위험도 {tier} · {situation}</translation>
        </message>
    </context>
    <context>
        <name>HandoffNotice</name>
        <message>
            <location filename="../../ui/handoff/notice.py" line="+140" />
            <source>상담 콘솔에서 확인해 주세요.</source>
            <translation>상담 콘솔에서 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>알림</source>
            <translation>알림</translation>
        </message>
        <message>
            <location line="+32" />
            <source>다음 근무조</source>
            <translation>다음 근무조</translation>
        </message>
        <message>
            <location line="+0" />
            <source>나에게</source>
            <translation>나에게</translation>
        </message>
        <message>
            <location line="+1" />
            <source>인계 요청 · {who} → {where}</source>
            <translation>인계 요청 · {who} → {where}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>통화 중 인계</source>
            <translation>통화 중 인계</translation>
        </message>
        <message>
            <location line="+0" />
            <source>사례 인계</source>
            <translation>사례 인계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kind} · 위험도 {tier}</source>
            <translation>{kind} · 위험도 {tier}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>거절 사유</source>
            <translation>거절 사유</translation>
        </message>
        <message>
            <location line="+1" />
            <source>거절 사유 (보낸 분이 읽습니다)</source>
            <translation>거절 사유 (보낸 분이 읽습니다)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>받기</source>
            <translation>받기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>인계 받기</source>
            <translation>인계 받기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>거절</source>
            <translation>거절</translation>
        </message>
        <message>
            <location line="+0" />
            <source>인계 거절</source>
            <translation>인계 거절</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{target} · {situation}</source>
            <translation>{target} · {situation}</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+7" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <location line="-7" />
            <source>알림 닫기</source>
            <translation>알림 닫기</translation>
        </message>
        <message>
            <location line="+6" />
            <source>팀장 메시지 · {who}</source>
            <translation>팀장 메시지 · {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>메시지 닫기</source>
            <translation>메시지 닫기</translation>
        </message>
    </context>
    <context>
        <name>HandoffPanel</name>
        <message>
            <location filename="../../ui/handoff/panel.py" line="+73" />
            <source>통화가 끝난 상담입니다. 이어서 맡아 주세요.</source>
            <translation>통화가 끝난 상담입니다. 이어서 맡아 주세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>진행 중인 사례를 넘깁니다.</source>
            <translation>진행 중인 사례를 넘깁니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>서비스: {types}</source>
            <translation>서비스: {types}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>메모: {text}</source>
            <translation>메모: {text}</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+125" />
            <source>최근 위험도: {tier}</source>
            <translation>최근 위험도: {tier}</translation>
        </message>
        <message>
            <location line="-114" />
            <location line="+8" />
            <source>인계</source>
            <translation>인계</translation>
        </message>
        <message>
            <location line="-7" />
            <source>인계 — SBAR</source>
            <translation>인계 — SBAR</translation>
        </message>
        <message>
            <location line="+10" />
            <source>최근 위험도</source>
            <translation>최근 위험도</translation>
        </message>
        <message>
            <location line="+12" />
            <source>받는 곳: {name}</source>
            <translation>받는 곳: {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>받을 상담원</source>
            <translation>받을 상담원</translation>
        </message>
        <message>
            <location line="+10" />
            <source>대기 중인 상담원에게 보내기</source>
            <translation>대기 중인 상담원에게 보내기</translation>
        </message>
        <message>
            <location line="+30" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>인계 취소</source>
            <translation>인계 취소</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>인계 보내기</source>
            <translation>인계 보내기</translation>
        </message>
        <message>
            <location line="+6" />
            <source>받는 곳</source>
            <translation>받는 곳</translation>
        </message>
        <message>
            <location line="+118" />
            <source>{name} 님은 지금 휴식 중입니다. 인계를 바로 보지 못할 수 있습니다.</source>
            <translation>{name} 님은 지금 휴식 중입니다. 인계를 바로 보지 못할 수 있습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} 님은 지금 오프라인입니다. 로그인할 때까지 인계를 보지 못합니다.</source>
            <translation>{name} 님은 지금 오프라인입니다. 로그인할 때까지 인계를 보지 못합니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>지금 대기 중: {names}</source>
            <translation>지금 대기 중: {names}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}에게 보내기</source>
            <translation>{name}에게 보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>받는 분을 {name}(대기 중)으로 바꾸기</source>
            <translation>받는 분을 {name}(대기 중)으로 바꾸기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>지금 대기 중인 상담원이 없습니다. 다음 근무조로 보내는 것도 방법입니다.</source>
            <translation>지금 대기 중인 상담원이 없습니다. 다음 근무조로 보내는 것도 방법입니다.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>통화는 넘어가지 않습니다. 지금 통화는 직접 마무리하고, 센터가 수락하면 센터에서 이 분께 연락합니다. 사례 담당도 그대로입니다.</source>
            <translation>통화는 넘어가지 않습니다. 지금 통화는 직접 마무리하고, 센터가 수락하면 센터에서 이 분께 연락합니다. 사례 담당도 그대로입니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>통화 중인 상담을 넘깁니다. 받는 분이 수락하면 통화가 그쪽으로 옮겨집니다.</source>
            <translation>통화 중인 상담을 넘깁니다. 받는 분이 수락하면 통화가 그쪽으로 옮겨집니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>끝난 상담과 그 사례를 넘깁니다.</source>
            <translation>끝난 상담과 그 사례를 넘깁니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>사례를 넘깁니다.</source>
            <translation>사례를 넘깁니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>서버에 연결되지 않아 보내지 못했습니다. 다시 누르면 같은 인계로 다시 보냅니다.</source>
            <translation>서버에 연결되지 않아 보내지 못했습니다. 다시 누르면 같은 인계로 다시 보냅니다.</translation>
        </message>
        <message>
            <location line="-300" />
            <source>통화는 제가 마무리합니다. 센터에서 이 분을 맡아 연락해 주세요.</source>
            <translation>통화는 제가 마무리합니다. 센터에서 이 분을 맡아 연락해 주세요.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>통화를 이어받아 주세요.</source>
            <translation>통화를 이어받아 주세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{channel} 상담 진행 중 ({start} 시작, 통화 {length}).</source>
            <translation>{channel} 상담 진행 중 ({start} 시작, 통화 {length}).</translation>
        </message>
        <message>
            <location line="+257" />
            <source>상담원 선택</source>
            <translation>상담원 선택</translation>
        </message>
        <message>
            <location line="+0" />
            <source>목록 없음</source>
            <translation>목록 없음</translation>
        </message>
        <message>
            <location line="+43" />
            <location line="+4" />
            <source>상황 (S)</source>
            <translation>상황 (S)</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>배경 (B)</source>
            <translation>배경 (B)</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>평가 (A)</source>
            <translation>평가 (A)</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>권고 (R)</source>
            <translation>권고 (R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금 어떤 상황인지: 통화 중인지, 무엇 때문에 넘기는지</source>
            <translation>지금 어떤 상황인지: 통화 중인지, 무엇 때문에 넘기는지</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이용 이력, 서비스 유형, 주의 표시, 메모에서 중요한 부분</source>
            <translation>이용 이력, 서비스 유형, 주의 표시, 메모에서 중요한 부분</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위험도와 상담원의 판단</source>
            <translation>위험도와 상담원의 판단</translation>
        </message>
        <message>
            <location line="+1" />
            <source>받는 분이 할 일: 다시 연락할 시간, 연계할 곳</source>
            <translation>받는 분이 할 일: 다시 연락할 시간, 연계할 곳</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../../ui/header/header_bar.py" line="+60" />
            <source>외로움안녕120 상담 콘솔</source>
            <translation>외로움안녕120 상담 콘솔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>외로움안녕120</source>
            <translation>외로움안녕120</translation>
        </message>
    </context>
    <context>
        <name>HelpButton</name>
        <message>
            <location filename="../../ui/header/help_button.py" line="+29" />
            <location line="+1" />
            <source>도움말</source>
            <translation>도움말</translation>
        </message>
        <message>
            <location line="+2" />
            <source>단축키 안내를 보거나, 로그 폴더를 열어 헬프데스크에 보낼 파일을 찾습니다.</source>
            <translation>단축키 안내를 보거나, 로그 폴더를 열어 헬프데스크에 보낼 파일을 찾습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>도움말 메뉴</source>
            <translation>도움말 메뉴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>로그 폴더 열기</source>
            <translation>로그 폴더 열기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>문제가 생겼을 때 헬프데스크가 요청하는 기록 파일이 있는 폴더를 엽니다.</source>
            <translation>문제가 생겼을 때 헬프데스크가 요청하는 기록 파일이 있는 폴더를 엽니다.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>로그 폴더</source>
            <translation>로그 폴더</translation>
        </message>
        <message>
            <location line="+1" />
            <source>로그 폴더를 열었습니다.</source>
            <translation>로그 폴더를 열었습니다.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>로그 폴더 창을 열 수 없습니다.</source>
            <translation>로그 폴더 창을 열 수 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>폴더 위치를 클립보드에 복사해 두었으니, 헬프데스크에 붙여 넣어 전달해 주세요.</source>
            <translation>폴더 위치를 클립보드에 복사해 두었으니, 헬프데스크에 붙여 넣어 전달해 주세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>로그 폴더 안내</source>
            <translation>로그 폴더 안내</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../ui/history/panel.py" line="+39" />
            <source>이전 상담 이력</source>
            <translation>이전 상담 이력</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+65" />
            <location line="+8" />
            <source>이력</source>
            <translation>이력</translation>
        </message>
        <message>
            <location line="-71" />
            <source>다시 시도</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <location line="+2" />
            <source>이력 다시 불러오기</source>
            <translation>이력 다시 불러오기</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>이 사례 인계</source>
            <translation>이 사례 인계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 사례를 다른 상담원, 다음 근무조나 협력 기관에 넘깁니다</source>
            <translation>이 사례를 다른 상담원, 다음 근무조나 협력 기관에 넘깁니다</translation>
        </message>
        <message>
            <location line="+54" />
            <source>전화가 오면 그 분의 이전 상담 기록이 여기에 보입니다.</source>
            <translation>전화가 오면 그 분의 이전 상담 기록이 여기에 보입니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+12" />
            <source>이력을 불러오는 중…</source>
            <translation>이력을 불러오는 중…</translation>
        </message>
        <message>
            <location line="-3" />
            <source>검색 결과</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <location line="+0" />
            <source>지난 상담</source>
            <translation>지난 상담</translation>
        </message>
        <message>
            <location line="+20" />
            <source>이력을 불러오지 못했습니다</source>
            <translation>이력을 불러오지 못했습니다</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>사례 기록 %n건 (최근 순)</source>
            <translation>
                <numerusform>사례 기록 %n건 (최근 순)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>{who} · 사례 기록 %n건</source>
            <translation>
                <numerusform>{who} · 사례 기록 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.</source>
            <translation>번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>이전 상담 %n회 (최근 순)</source>
            <translation>
                <numerusform>이전 상담 %n회 (최근 순)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>이전 상담 %n회 · 최근 {k}건</source>
            <translation>
                <numerusform>이전 상담 %n회 · 최근 {k}건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>이전 상담 %n회</source>
            <translation>
                <numerusform>이전 상담 %n회</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>오늘 목록에서 고른 상담</source>
            <translation>오늘 목록에서 고른 상담</translation>
        </message>
        <message>
            <location line="-55" />
            <source>번호가 표시되지 않아 이전 상담을 찾을 수 없습니다.</source>
            <translation>번호가 표시되지 않아 이전 상담을 찾을 수 없습니다.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>마지막 {date}</source>
            <translation>마지막 {date}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>이전 상담 기록이 없습니다. 처음 연락하신 분입니다.</source>
            <translation>이전 상담 기록이 없습니다. 처음 연락하신 분입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이전 상담 기록이 없습니다. 처음 전화하신 분입니다.</source>
            <translation>이전 상담 기록이 없습니다. 처음 전화하신 분입니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>메모: …{text}…</source>
            <translation>메모: …{text}…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>채팅: …{text}…</source>
            <translation>채팅: …{text}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>검색에서 고른 상담</source>
            <translation>검색에서 고른 상담</translation>
        </message>
    </context>
    <context>
        <name>HoldToConfirmButton</name>
        <message>
            <location filename="../../ui/dispatch/hold_button.py" line="+219" />
            <source>1초 동안 누르고 있으면 요청됩니다 (마우스, Enter 또는 스페이스). 짧게 누르면 보내지 않습니다.</source>
            <translation>1초 동안 누르고 있으면 요청됩니다 (마우스, Enter 또는 스페이스). 짧게 누르면 보내지 않습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>서버 연결 끊김: 보내면 이 PC에 저장되고, 곧 직접 전화 안내가 나옵니다.</source>
            <translation>서버 연결 끊김: 보내면 이 PC에 저장되고, 곧 직접 전화 안내가 나옵니다.</translation>
        </message>
    </context>
    <context>
        <name>IdleView</name>
        <message>
            <location filename="../../ui/shell/idle_view.py" line="+23" />
            <location line="+82" />
            <source>대기로 바꾸고 전화 받기 시작</source>
            <translation>대기로 바꾸고 전화 받기 시작</translation>
        </message>
        <message>
            <location line="-30" />
            <source>연습용 서버를 준비하고 있습니다</source>
            <translation>연습용 서버를 준비하고 있습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>잠시 후 자동으로 로그인되고, 곧 연습 전화가 걸려 옵니다.</source>
            <translation>잠시 후 자동으로 로그인되고, 곧 연습 전화가 걸려 옵니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>휴식 중입니다</source>
            <translation>휴식 중입니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>휴식 중에는 전화가 연결되지 않습니다.
상태를 ‘대기’로 바꾸면 다시 전화를 받을 수 있어요.</source>
            <translation>휴식 중에는 전화가 연결되지 않습니다.
상태를 ‘대기’로 바꾸면 다시 전화를 받을 수 있어요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>서버와 연결이 끊겼습니다</source>
            <translation>서버와 연결이 끊겼습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다시 연결되면 전화를 받을 수 있습니다.
입력한 기록은 이 PC에 안전하게 저장되어 있어요.</source>
            <translation>다시 연결되면 전화를 받을 수 있습니다.
입력한 기록은 이 PC에 안전하게 저장되어 있어요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>아직 전화를 받지 않는 상태입니다</source>
            <translation>아직 전화를 받지 않는 상태입니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상태를 ‘대기’로 바꾸면 전화가 이 자리로 연결됩니다.</source>
            <translation>상태를 ‘대기’로 바꾸면 전화가 이 자리로 연결됩니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>휴식 끝내고 대기로 바꾸기</source>
            <translation>휴식 끝내고 대기로 바꾸기</translation>
        </message>
        <message>
            <location line="-8" />
            <source>다음 전화를 기다리고 있습니다</source>
            <translation>다음 전화를 기다리고 있습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전화가 오면 이 자리에 알림 카드가 뜹니다.
Enter 키로 바로 받을 수 있어요.</source>
            <translation>전화가 오면 이 자리에 알림 카드가 뜹니다.
Enter 키로 바로 받을 수 있어요.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/text/labels.py" line="+68" />
            <source>단순정보</source>
            <translation>단순정보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>외로움 대화</source>
            <translation>외로움 대화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>고립정도 확인</source>
            <translation>고립정도 확인</translation>
        </message>
        <message>
            <location line="+1" />
            <source>고립 신고·발굴</source>
            <translation>고립 신고·발굴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>긴급 대응</source>
            <translation>긴급 대응</translation>
        </message>
        <message>
            <location line="+22" />
            <source>상담 완료</source>
            <translation>상담 완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연계함</source>
            <translation>연계함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다른 기관으로 연결</source>
            <translation>다른 기관으로 연결</translation>
        </message>
        <message>
            <location line="+1" />
            <source>무응답</source>
            <translation>무응답</translation>
        </message>
        <message>
            <location line="+1" />
            <source>중도 끊김</source>
            <translation>중도 끊김</translation>
        </message>
        <message>
            <location line="+1" />
            <source>욕설·폭언</source>
            <translation>욕설·폭언</translation>
        </message>
        <message>
            <location line="+1" />
            <source>장난 전화</source>
            <translation>장난 전화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>잘못 건 전화</source>
            <translation>잘못 건 전화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>테스트</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location line="+7" />
            <source>자살 위험</source>
            <translation>자살 위험</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자해 이력</source>
            <translation>자해 이력</translation>
        </message>
        <message>
            <location line="+1" />
            <source>폭언 주의</source>
            <translation>폭언 주의</translation>
        </message>
        <message>
            <location line="+1" />
            <source>회신 전화 금지</source>
            <translation>회신 전화 금지</translation>
        </message>
        <message>
            <location line="+1" />
            <source>취약 어르신</source>
            <translation>취약 어르신</translation>
        </message>
        <message>
            <location line="+1" />
            <source>보호 필요</source>
            <translation>보호 필요</translation>
        </message>
        <message>
            <location line="+11" />
            <source>없음</source>
            <translation>없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>낮음</source>
            <translation>낮음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>중간</source>
            <translation>중간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>높음</source>
            <translation>높음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>매우 높음(긴급)</source>
            <translation>매우 높음(긴급)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>평가 없음</source>
            <translation>평가 없음</translation>
        </message>
        <message>
            <location line="+9" />
            <source>긴급</source>
            <translation>긴급</translation>
        </message>
        <message>
            <location line="+13" />
            <source>20세 미만</source>
            <translation>20세 미만</translation>
        </message>
        <message>
            <location line="+1" />
            <source>20대</source>
            <translation>20대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>30대</source>
            <translation>30대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>40대</source>
            <translation>40대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>50대</source>
            <translation>50대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>60대</source>
            <translation>60대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>70대</source>
            <translation>70대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>80세 이상</source>
            <translation>80세 이상</translation>
        </message>
        <message>
            <location line="+1" />
            <source>모름</source>
            <translation>모름</translation>
        </message>
        <message>
            <location line="+8" />
            <source>요약</source>
            <translation>요약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서비스 유형</source>
            <translation>서비스 유형</translation>
        </message>
        <message>
            <location line="+1" />
            <source>처리 결과</source>
            <translation>처리 결과</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락 날짜</source>
            <translation>후속 연락 날짜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락 담당</source>
            <translation>후속 연락 담당</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락</source>
            <translation>후속 연락</translation>
        </message>
        <message>
            <location line="+1" />
            <source>위기 대응 결정</source>
            <translation>위기 대응 결정</translation>
        </message>
        <message>
            <location line="+12" />
            <source>보내는 중</source>
            <translation>보내는 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전송됨</source>
            <translation>전송됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>접수됨</source>
            <translation>접수됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>담당 배정</source>
            <translation>담당 배정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락함</source>
            <translation>연락함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>종결</source>
            <translation>종결</translation>
        </message>
        <message>
            <location line="+1" />
            <source>거절됨</source>
            <translation>거절됨</translation>
        </message>
        <message>
            <location line="+17" />
            <source>본인</source>
            <translation>본인</translation>
        </message>
        <message>
            <location line="+0" />
            <source>보호자</source>
            <translation>보호자</translation>
        </message>
        <message>
            <location line="+0" />
            <source>기타</source>
            <translation>기타</translation>
        </message>
        <message>
            <location line="+5" />
            <source>전화 구두</source>
            <translation>전화 구두</translation>
        </message>
        <message>
            <location line="+0" />
            <source>채팅</source>
            <translation>채팅</translation>
        </message>
        <message>
            <location line="+0" />
            <source>서면</source>
            <translation>서면</translation>
        </message>
        <message>
            <location line="+6" />
            <source>개인정보 보호법 제15조 제1항 제5호 (급박한 생명·신체의 이익)</source>
            <translation>개인정보 보호법 제15조 제1항 제5호 (급박한 생명·신체의 이익)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>개인정보 보호법 제17조 제1항 제2호 (같은 사유의 제3자 제공)</source>
            <translation>개인정보 보호법 제17조 제1항 제2호 (같은 사유의 제3자 제공)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>개인정보 보호법 제18조 제2항 제3호 (목적 외 제공, 같은 사유)</source>
            <translation>개인정보 보호법 제18조 제2항 제3호 (목적 외 제공, 같은 사유)</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/text/language.py" line="+53" />
            <source>화면 언어 메뉴</source>
            <translation>화면 언어 메뉴</translation>
        </message>
        <message>
            <location line="+9" />
            <source>다음에 시작할 때부터 이 언어로 표시합니다</source>
            <translation>다음에 시작할 때부터 이 언어로 표시합니다</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/account/lock_screen.py" line="+66" />
            <source>화면 잠금</source>
            <translation>화면 잠금</translation>
        </message>
        <message>
            <location line="+9" />
            <source>화면이 잠겼습니다</source>
            <translation>화면이 잠겼습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+2" />
            <source>비밀번호</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>잠금 해제</source>
            <translation>잠금 해제</translation>
        </message>
        <message>
            <location line="+53" />
            <source>화면을 잠갔습니다.</source>
            <translation>화면을 잠갔습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>오래 입력이 없어 개인정보 보호를 위해 잠갔습니다.</source>
            <translation>오래 입력이 없어 개인정보 보호를 위해 잠갔습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>작성 중인 내용은 저장되어 있고, 전송도 계속됩니다. 비밀번호를 입력해 잠금을 풀어 주세요.</source>
            <translation>작성 중인 내용은 저장되어 있고, 전송도 계속됩니다. 비밀번호를 입력해 잠금을 풀어 주세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>교육 모드 연습 계정의 비밀번호는 {password} 입니다.</source>
            <translation>교육 모드 연습 계정의 비밀번호는 {password} 입니다.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>서버에 연결할 수 없어 이 PC에서 확인할 수 없습니다. 연결되면 다시 시도해 주세요.</source>
            <translation>서버에 연결할 수 없어 이 PC에서 확인할 수 없습니다. 연결되면 다시 시도해 주세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>비밀번호가 맞지 않습니다. 다시 입력해 주세요.</source>
            <translation>비밀번호가 맞지 않습니다. 다시 입력해 주세요.</translation>
        </message>
        <message>
            <location line="+104" />
            <source>채팅 상담 요청이 와 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, Enter를 한 번 더 누르면 받습니다.</source>
            <translation>채팅 상담 요청이 와 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, Enter를 한 번 더 누르면 받습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>전화가 오고 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, Enter를 한 번 더 누르면 받습니다.</source>
            <translation>전화가 오고 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, Enter를 한 번 더 누르면 받습니다.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/account/login_dialog.py" line="+40" />
            <location line="+4" />
            <source>서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요.</source>
            <translation>서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)</source>
            <translation>보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>외로움안녕120 상담 콘솔 — 로그인</source>
            <translation>외로움안녕120 상담 콘솔 — 로그인</translation>
        </message>
        <message>
            <location line="+5" />
            <source>외로움안녕120 상담 콘솔</source>
            <translation>외로움안녕120 상담 콘솔</translation>
        </message>
        <message>
            <location line="+3" />
            <source>상담원 계정으로 로그인해 주세요.</source>
            <translation>상담원 계정으로 로그인해 주세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+17" />
            <source>서버 주소</source>
            <translation>서버 주소</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>아이디</source>
            <translation>아이디</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+12" />
            <source>비밀번호</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location line="+3" />
            <source>로그인 오류</source>
            <translation>로그인 오류</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <location line="+125" />
            <source>로그인</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location line="-124" />
            <source>로그인 (Enter)</source>
            <translation>로그인 (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>로그인 창 닫기</source>
            <translation>로그인 창 닫기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>닫기 (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>로그인 진행 중</source>
            <translation>로그인 진행 중</translation>
        </message>
        <message>
            <location line="+25" />
            <source>저장된 로그인을 확인하는 중입니다…</source>
            <translation>저장된 로그인을 확인하는 중입니다…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>아이디를 입력해 주세요.</source>
            <translation>아이디를 입력해 주세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>비밀번호를 입력해 주세요.</source>
            <translation>비밀번호를 입력해 주세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>서버에 연결할 수 없습니다. 서버 주소({url})와 네트워크 연결을 확인해 주세요.</source>
            <translation>서버에 연결할 수 없습니다. 서버 주소({url})와 네트워크 연결을 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>로그인 중…</source>
            <translation>로그인 중…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>로그인 오류: {message}</source>
            <translation>로그인 오류: {message}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/window.py" line="+77" />
            <source>외로움안녕120 상담 콘솔 — 교육 모드</source>
            <translation>외로움안녕120 상담 콘솔 — 교육 모드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>외로움안녕120 상담 콘솔</source>
            <translation>외로움안녕120 상담 콘솔</translation>
        </message>
        <message>
            <location line="+40" />
            <source>긴급 출동 요청</source>
            <translation>긴급 출동 요청</translation>
        </message>
        <message>
            <location line="+2" />
            <source>112·119 출동 요청 창을 엽니다 (상담 중일 때)</source>
            <translation>112·119 출동 요청 창을 엽니다 (상담 중일 때)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/emergency_press.py" line="+17" />
            <source>열린 상담이 없어 출동 요청서를 열 수 없습니다. 위급하면 112·119에 직접 전화하세요.</source>
            <translation>열린 상담이 없어 출동 요청서를 열 수 없습니다. 위급하면 112·119에 직접 전화하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/window.py" line="+192" />
            <source>이 상담은 이 PC에 더 남아 있지 않습니다. 검색(Ctrl+F)으로 서버 기록을 찾아 보세요.</source>
            <translation>이 상담은 이 PC에 더 남아 있지 않습니다. 검색(Ctrl+F)으로 서버 기록을 찾아 보세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>받지 못한 연결 요청이 있어 상태가 ‘휴식’으로 바뀌었습니다. 다시 받으려면 상태를 ‘대기’로 바꾸세요.</source>
            <translation>받지 못한 연결 요청이 있어 상태가 ‘휴식’으로 바뀌었습니다. 다시 받으려면 상태를 ‘대기’로 바꾸세요.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>로그인이 만료되었습니다. 입력한 내용은 이 PC에 저장되어 있고, 다시 로그인하면 전송됩니다.</source>
            <translation>로그인이 만료되었습니다. 입력한 내용은 이 PC에 저장되어 있고, 다시 로그인하면 전송됩니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>다시 로그인</source>
            <translation>다시 로그인</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/text/messages.py" line="+28" />
            <source>아이디 또는 비밀번호가 맞지 않습니다. 다시 입력해 주세요.</source>
            <translation>아이디 또는 비밀번호가 맞지 않습니다. 다시 입력해 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>로그인 실패가 반복되어 계정이 잠겼습니다. 팀장에게 잠금 해제를 요청해 주세요.</source>
            <translation>로그인 실패가 반복되어 계정이 잠겼습니다. 팀장에게 잠금 해제를 요청해 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <source>이 전화는 이미 다른 상담원에게 넘어갔습니다.</source>
            <translation>이 전화는 이미 다른 상담원에게 넘어갔습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>이 상담에서는 전체 번호를 볼 수 없습니다.</source>
            <translation>이 상담에서는 전체 번호를 볼 수 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>다른 곳에서 먼저 바뀐 내용이 있습니다. 두 내용을 확인해 주세요.</source>
            <translation>다른 곳에서 먼저 바뀐 내용이 있습니다. 두 내용을 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>이 PC에 암호화 모듈(SQLCipher)이 없어 상담 자료를 안전하게 보관할 수 없습니다. 관리자에게 설치를 요청해 주세요.</source>
            <translation>이 PC에 암호화 모듈(SQLCipher)이 없어 상담 자료를 안전하게 보관할 수 없습니다. 관리자에게 설치를 요청해 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>이 PC의 보안 저장소(키링)를 쓸 수 없어 상담 자료를 암호화해 보관할 수 없습니다. 관리자에게 문의해 주세요.</source>
            <translation>이 PC의 보안 저장소(키링)를 쓸 수 없어 상담 자료를 암호화해 보관할 수 없습니다. 관리자에게 문의해 주세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>서버 인증서가 이 PC에 등록된 인증서와 다릅니다. 보안을 위해 연결하지 않았습니다. 관리자에게 바로 알려 주세요.</source>
            <translation>서버 인증서가 이 PC에 등록된 인증서와 다릅니다. 보안을 위해 연결하지 않았습니다. 관리자에게 바로 알려 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>서버 인증서를 확인할 수 없어 연결하지 않았습니다. 관리자에게 알려 주세요.</source>
            <translation>서버 인증서를 확인할 수 없어 연결하지 않았습니다. 관리자에게 알려 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>설정에 적힌 기관 인증서 파일을 읽지 못했습니다. 공인 인증서로만 서버를 확인합니다.</source>
            <translation>설정에 적힌 기관 인증서 파일을 읽지 못했습니다. 공인 인증서로만 서버를 확인합니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)</source>
            <translation>보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요.</source>
            <translation>서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>서버에 연결할 수 없습니다. 네트워크 상태를 확인해 주세요.</source>
            <translation>서버에 연결할 수 없습니다. 네트워크 상태를 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>로그인이 만료되었습니다. 다시 로그인해 주세요.</source>
            <translation>로그인이 만료되었습니다. 다시 로그인해 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>로그인하지 못했습니다.</source>
            <translation>로그인하지 못했습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>메모가 너무 깁니다 ({length}자, 최대 {limit}자). 이 PC에는 모두 저장되어 있으니 줄여 주세요.</source>
            <translation>메모가 너무 깁니다 ({length}자, 최대 {limit}자). 이 PC에는 모두 저장되어 있으니 줄여 주세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>진행 중인 상담이 없습니다.</source>
            <translation>진행 중인 상담이 없습니다.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>서버와 연결이 끊겨 채팅을 받을 수 없습니다. 네트워크 연결을 확인해 주세요.</source>
            <translation>서버와 연결이 끊겨 채팅을 받을 수 없습니다. 네트워크 연결을 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>서버와 연결이 끊겨 전화를 받을 수 없습니다. 네트워크 연결을 확인해 주세요.</source>
            <translation>서버와 연결이 끊겨 전화를 받을 수 없습니다. 네트워크 연결을 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>연락처 형식이 올바르지 않습니다 (예: 010-1234-5678). 입력한 내용은 그대로 있습니다.</source>
            <translation>연락처 형식이 올바르지 않습니다 (예: 010-1234-5678). 입력한 내용은 그대로 있습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>너무 깁니다. 조금 줄여 주세요.</source>
            <translation>너무 깁니다. 조금 줄여 주세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>조금 더 입력해 주세요 (번호는 3자리 이상).</source>
            <translation>조금 더 입력해 주세요 (번호는 3자리 이상).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>검색어가 너무 깁니다.</source>
            <translation>검색어가 너무 깁니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전화번호로 찾을 수 없는 값입니다.</source>
            <translation>전화번호로 찾을 수 없는 값입니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>찾을 수 없는 검색어입니다.</source>
            <translation>찾을 수 없는 검색어입니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>꼭 필요한 항목이 비어 있습니다: {field}</source>
            <translation>꼭 필요한 항목이 비어 있습니다: {field}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락처 형식이 올바르지 않습니다 (예: 010-1234-5678).</source>
            <translation>연락처 형식이 올바르지 않습니다 (예: 010-1234-5678).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>표시된 항목</source>
            <translation>표시된 항목</translation>
        </message>
        <message>
            <location line="-5" />
            <source>너무 깁니다. 조금 줄여 주세요: {field}</source>
            <translation>너무 깁니다. 조금 줄여 주세요: {field}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>동의 여부(또는 긴급 연계의 법적 근거)를 먼저 기록해 주세요.</source>
            <translation>동의 여부(또는 긴급 연계의 법적 근거)를 먼저 기록해 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 기관은 동의 없이 긴급 연계할 수 없습니다.</source>
            <translation>이 기관은 동의 없이 긴급 연계할 수 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>입력값을 확인해 주세요: {field}</source>
            <translation>입력값을 확인해 주세요: {field}</translation>
        </message>
        <message>
            <location line="-82" />
            <source>서버가 받지 않은 변경이 있어 마무리할 수 없습니다. 내용은 지워지지 않았습니다.</source>
            <translation>서버가 받지 않은 변경이 있어 마무리할 수 없습니다. 내용은 지워지지 않았습니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>서버가 요청을 처리하지 못했습니다. 잠시 뒤 다시 해 주세요.</source>
            <translation>서버가 요청을 처리하지 못했습니다. 잠시 뒤 다시 해 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>예상하지 못한 오류가 생겼습니다. 하던 일은 그대로 계속할 수 있습니다.</source>
            <translation>예상하지 못한 오류가 생겼습니다. 하던 일은 그대로 계속할 수 있습니다.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>이 항목을 저장하지 못했습니다. 입력한 값을 확인해 주세요.</source>
            <translation>이 항목을 저장하지 못했습니다. 입력한 값을 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>동의하지 않으셨고 허용한 항목도 없어 아무것도 보내지 않았습니다. 직접 연락하실 곳을 안내해 주세요.</source>
            <translation>동의하지 않으셨고 허용한 항목도 없어 아무것도 보내지 않았습니다. 직접 연락하실 곳을 안내해 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>이 기관의 연계 양식을 불러오지 못했습니다. 관리자에게 알려 주세요.</source>
            <translation>이 기관의 연계 양식을 불러오지 못했습니다. 관리자에게 알려 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>후속 연락 날짜를 확인해 주세요 (지난 날짜나 2년 뒤는 안 됩니다).</source>
            <translation>후속 연락 날짜를 확인해 주세요 (지난 날짜나 2년 뒤는 안 됩니다).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락을 예약할 상담이 없습니다.</source>
            <translation>후속 연락을 예약할 상담이 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>아직 서버에 전송되지 않은 후속 연락입니다. 연결되면 다시 해 주세요.</source>
            <translation>아직 서버에 전송되지 않은 후속 연락입니다. 연결되면 다시 해 주세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 후속 연락을 찾을 수 없습니다.</source>
            <translation>이 후속 연락을 찾을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>NotesPane</name>
        <message>
            <location filename="../../ui/contact/notes_pane.py" line="+62" />
            <location line="+3" />
            <source>상담 메모</source>
            <translation>상담 메모</translation>
        </message>
        <message>
            <location line="+40" />
            <source>상담 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다.</source>
            <translation>상담 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>통화 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다.</source>
            <translation>통화 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다.</translation>
        </message>
        <message>
            <location line="+75" />
            <source>입력 중…</source>
            <translation>입력 중…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>저장 공간 부족 · 화면에 보관 중 (공간이 생기면 저장)</source>
            <translation>저장 공간 부족 · 화면에 보관 중 (공간이 생기면 저장)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>이 PC에 저장됨 · 너무 길어 서버로 보내지 못했습니다 ({n}자). 줄여 주세요.</source>
            <translation>이 PC에 저장됨 · 너무 길어 서버로 보내지 못했습니다 ({n}자). 줄여 주세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>이 PC에 저장됨 · 서버 연결 끊김, 미전송 {n}</source>
            <translation>이 PC에 저장됨 · 서버 연결 끊김, 미전송 {n}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>저장됨 · 서버가 받지 않은 항목 {n} (지워지지 않고 남아 있음)</source>
            <translation>저장됨 · 서버가 받지 않은 항목 {n} (지워지지 않고 남아 있음)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>저장됨 · 동기화 대기 {n}</source>
            <translation>저장됨 · 동기화 대기 {n}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>저장됨 · 전송 완료</source>
            <translation>저장됨 · 전송 완료</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <location filename="../../ui/contact/party_form.py" line="+35" />
            <source>이름</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연락처</source>
            <translation>연락처</translation>
        </message>
        <message>
            <location line="+0" />
            <source>연락처 (예: 010-1234-5678)</source>
            <translation>연락처 (예: 010-1234-5678)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>주소</source>
            <translation>주소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>주소 (동·건물 정도만 알아도)</source>
            <translation>주소 (동·건물 정도만 알아도)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>연락 희망 시간</source>
            <translation>연락 희망 시간</translation>
        </message>
        <message>
            <location line="+0" />
            <source>연락 희망 시간 (예: 평일 오후 2시 이후)</source>
            <translation>연락 희망 시간 (예: 평일 오후 2시 이후)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>연계 기관이나 후속 연락 때 이 시간에 맞춰 전화합니다</source>
            <translation>연계 기관이나 후속 연락 때 이 시간에 맞춰 전화합니다</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>자치구</source>
            <translation>자치구</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>연령대</source>
            <translation>연령대</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <location filename="../../ui/text/messages.py" line="-183" />
            <source>대기</source>
            <translation>대기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전화 옴</source>
            <translation>전화 옴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>채팅 옴</source>
            <translation>채팅 옴</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상담 중</source>
            <translation>상담 중</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후처리</source>
            <translation>후처리</translation>
        </message>
        <message>
            <location line="+1" />
            <source>휴식</source>
            <translation>휴식</translation>
        </message>
        <message>
            <location line="+3" />
            <source>전화 받지 않음</source>
            <translation>전화 받지 않음</translation>
        </message>
    </context>
    <context>
        <name>PresenceSelector</name>
        <message>
            <location filename="../../ui/header/presence_selector.py" line="+31" />
            <source>상태</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+6" />
            <source>상담 상태</source>
            <translation>상담 상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>대기: 전화가 이 자리로 연결됨 · 휴식: 전화가 연결되지 않음
전화 옴, 통화 중, 후처리는 통화에 따라 자동으로 바뀝니다.</source>
            <translation>대기: 전화가 이 자리로 연결됨 · 휴식: 전화가 연결되지 않음
전화 옴, 통화 중, 후처리는 통화에 따라 자동으로 바뀝니다.</translation>
        </message>
    </context>
    <context>
        <name>ReferralForm</name>
        <message>
            <location filename="../../ui/referral/form.py" line="+103" />
            <source>번호를 여쭤 적어 주세요 (발신 {masked})</source>
            <translation>번호를 여쭤 적어 주세요 (발신 {masked})</translation>
        </message>
        <message>
            <location line="+38" />
            <source>(보내지 않음)</source>
            <translation>(보내지 않음)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>선택 안 함</source>
            <translation>선택 안 함</translation>
        </message>
    </context>
    <context>
        <name>ReferralPanel</name>
        <message>
            <location filename="../../ui/referral/panel.py" line="+60" />
            <location filename="../../ui/referral/status.py" line="+61" />
            <source>연계</source>
            <translation>연계</translation>
        </message>
        <message>
            <location line="+12" />
            <source>연계 양식: 기록한 동의대로 연계를 보냅니다</source>
            <translation>연계 양식: 기록한 동의대로 연계를 보냅니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>연계 양식 닫고 기관 목록으로</source>
            <translation>연계 양식 닫고 기관 목록으로</translation>
        </message>
        <message>
            <location line="+9" />
            <source>어느 기관에 연계할까요? 누르면 상담 내용으로 채운 양식이 열립니다.</source>
            <translation>어느 기관에 연계할까요? 누르면 상담 내용으로 채운 양식이 열립니다.</translation>
        </message>
        <message>
            <location filename="../../ui/referral/target.py" line="+37" />
            <source>전화 {phone}</source>
            <translation>전화 {phone}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>운영: {hours} · 연락: {ways}</source>
            <translation>운영: {hours} · 연락: {ways}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>지역: {districts}</source>
            <translation>지역: {districts}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>누리집: {url}</source>
            <translation>누리집: {url}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(미확인)</source>
            <translation>(미확인)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>연계: {name}</source>
            <translation>연계: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/referral/panel.py" line="+18" />
            <source>불러오지 못한 연계 양식이 있습니다: {files}</source>
            <translation>불러오지 못한 연계 양식이 있습니다: {files}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>이 상담의 연계</source>
            <translation>이 상담의 연계</translation>
        </message>
        <message>
            <location line="+6" />
            <source>아직 보낸 연계가 없습니다.</source>
            <translation>아직 보낸 연계가 없습니다.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>← 기관 목록</source>
            <translation>← 기관 목록</translation>
        </message>
        <message>
            <location line="+2" />
            <source>기관 목록으로</source>
            <translation>기관 목록으로</translation>
        </message>
        <message>
            <location line="+1" />
            <source>보내지 않고 기관 목록으로 돌아갑니다 (Esc)</source>
            <translation>보내지 않고 기관 목록으로 돌아갑니다 (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>운영 시간과 연락 방법</source>
            <translation>운영 시간과 연락 방법</translation>
        </message>
        <message>
            <location line="+9" />
            <source>확인 전화 예약</source>
            <translation>확인 전화 예약</translation>
        </message>
        <message>
            <location line="+2" />
            <source>연계 후 확인 전화 예약</source>
            <translation>연계 후 확인 전화 예약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기관이 연락했는지 확인하는 후속 연락을 만듭니다</source>
            <translation>기관이 연락했는지 확인하는 후속 연락을 만듭니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>확인 전화 날짜와 시간</source>
            <translation>확인 전화 날짜와 시간</translation>
        </message>
        <message>
            <location line="+28" />
            <source>상담 메모 (읽기 전용)</source>
            <translation>상담 메모 (읽기 전용)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>메모</source>
            <translation>메모</translation>
        </message>
        <message numerus="yes">
            <location line="+128" />
            <source>동의하지 않은 %n개 항목은 보내지 않았습니다.</source>
            <translation>
                <numerusform>동의하지 않은 %n개 항목은 보내지 않았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-253" />
            <location line="+136" />
            <source>연계 보내기</source>
            <translation>연계 보내기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기록한 동의대로 연계를 보냅니다 (Ctrl+Enter)</source>
            <translation>기록한 동의대로 연계를 보냅니다 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+114" />
            <source>{name}에 연계를 보냈습니다.</source>
            <translation>{name}에 연계를 보냈습니다.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>연계 확인 전화</source>
            <translation>연계 확인 전화</translation>
        </message>
        <message>
            <location line="+4" />
            <source>확인 전화를 {when}에 예약했습니다.</source>
            <translation>확인 전화를 {when}에 예약했습니다.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{consent} · 연계 보내기  (Ctrl+Enter)</source>
            <translation>{consent} · 연계 보내기  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/referral/status.py" line="+36" />
            <source>긴급 연계 (법적 근거 기록)</source>
            <translation>긴급 연계 (법적 근거 기록)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>동의하지 않은 항목 %n개는 보내지 않음</source>
            <translation>
                <numerusform>동의하지 않은 항목 %n개는 보내지 않음</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>거절 사유: {reason}</source>
            <translation>거절 사유: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>아직 보내지 못함 — 연결되면 자동으로 보냅니다</source>
            <translation>아직 보내지 못함 — 연결되면 자동으로 보냅니다</translation>
        </message>
    </context>
    <context>
        <name>RelayNotice</name>
        <message>
            <location filename="../../ui/dispatch/relay_notice.py" line="+54" />
            <source>이미 신고했다면 {name} 님에게 알려 주세요.</source>
            <translation>이미 신고했다면 {name} 님에게 알려 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>출동 기관 접수됨 · {name} 님의 {number} 신고 요청</source>
            <translation>출동 기관 접수됨 · {name} 님의 {number} 신고 요청</translation>
        </message>
        <message>
            <location line="+4" />
            <source>출동 기관이 {at}에 접수했습니다 (사건번호 {incident}).</source>
            <translation>출동 기관이 {at}에 접수했습니다 (사건번호 {incident}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>출동 기관이 {at}에 접수했습니다.</source>
            <translation>출동 기관이 {at}에 접수했습니다.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>출동 요청 취소됨 · {name} 님의 {number} 신고 요청</source>
            <translation>출동 요청 취소됨 · {name} 님의 {number} 신고 요청</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 요청이 취소되었습니다. {number}에 신고하지 않아도 됩니다.</source>
            <translation>출동 요청이 취소되었습니다. {number}에 신고하지 않아도 됩니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{number}에 신고하지 않아도 됩니다.</source>
            <translation>{number}에 신고하지 않아도 됩니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>아직 {number}에 전화하지 않았다면 하지 않아도 됩니다.</source>
            <translation>아직 {number}에 전화하지 않았다면 하지 않아도 됩니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number}와 통화 중이라면 이미 접수된 건(사건번호 {incident})이라고 알려 주세요.</source>
            <translation>{number}와 통화 중이라면 이미 접수된 건(사건번호 {incident})이라고 알려 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{number}와 통화 중이라면 이미 접수된 건이라고 알려 주세요.</source>
            <translation>{number}와 통화 중이라면 이미 접수된 건이라고 알려 주세요.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>112 신고 요청 알림</source>
            <translation>112 신고 요청 알림</translation>
        </message>
        <message>
            <location line="+35" />
            <source>제가 신고합니다</source>
            <translation>제가 신고합니다</translation>
        </message>
        <message>
            <location line="+0" />
            <source>제가 112에 신고합니다</source>
            <translation>제가 112에 신고합니다</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+49" />
            <location line="+58" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <location line="-107" />
            <source>112 신고 요청 알림 닫기</source>
            <translation>112 신고 요청 알림 닫기</translation>
        </message>
        <message>
            <location line="+13" />
            <source>출동 기관이 출동 요청을 처리하지 못했다고 알렸습니다.</source>
            <translation>출동 기관이 출동 요청을 처리하지 못했다고 알렸습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{number} 신고 요청 · {name} 님</source>
            <translation>{number} 신고 요청 · {name} 님</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} 님이 위기 상황의 내담자와 통화 중이라 직접 걸 수 없습니다. 대신 {number}에 신고해 주세요.</source>
            <translation>{name} 님이 위기 상황의 내담자와 통화 중이라 직접 걸 수 없습니다. 대신 {number}에 신고해 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>제가 {number}에 신고합니다</source>
            <translation>제가 {number}에 신고합니다</translation>
        </message>
        <message>
            <location line="-4" />
            <source>아직 {number}에 신고하지 않았다면 지금 전화해 아래 내용을 읽어 주세요.</source>
            <translation>아직 {number}에 신고하지 않았다면 지금 전화해 아래 내용을 읽어 주세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{number}에 전화해 아래 내용을 읽어 주세요. 신고 후 {name} 님에게 알려 주세요.</source>
            <translation>{number}에 전화해 아래 내용을 읽어 주세요. 신고 후 {name} 님에게 알려 주세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} 님의 요청은 다른 분이 맡았습니다.</source>
            <translation>{name} 님의 요청은 다른 분이 맡았습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>신고할 내용을 불러오는 중…</source>
            <translation>신고할 내용을 불러오는 중…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>신고를 마쳤습니다 · 닫기</source>
            <translation>신고를 마쳤습니다 · 닫기</translation>
        </message>
        <message>
            <location line="+15" />
            <source>대상자 연락처: {number}</source>
            <translation>대상자 연락처: {number}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>회신 번호: {number}</source>
            <translation>회신 번호: {number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>출동 요청 취소 알림</source>
            <translation>출동 요청 취소 알림</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{who} 상담원 · {asked} 요청 → {withdrawn} 취소 · 사유: {reason}</source>
            <translation>{who} 상담원 · {asked} 요청 → {withdrawn} 취소 · 사유: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>출동 기관이 취소를 확인했습니다.</source>
            <translation>출동 기관이 취소를 확인했습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>출동 기관의 취소 확인을 기다리는 중입니다.</source>
            <translation>출동 기관의 취소 확인을 기다리는 중입니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>출동 요청 취소 · {service}</source>
            <translation>출동 요청 취소 · {service}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>출동 취소 알림 닫기</source>
            <translation>출동 취소 알림 닫기</translation>
        </message>
    </context>
    <context>
        <name>RelayWiring</name>
        <message>
            <location filename="../../ui/dispatch/relay_wiring.py" line="+74" />
            <source>동료·팀장에게 112 신고 요청</source>
            <translation>동료·팀장에게 112 신고 요청</translation>
        </message>
        <message>
            <location line="+2" />
            <source>직접 전화하라는 안내가 떠 있을 때: 팀장과 동료에게 신고를 부탁합니다</source>
            <translation>직접 전화하라는 안내가 떠 있을 때: 팀장과 동료에게 신고를 부탁합니다</translation>
        </message>
    </context>
    <context>
        <name>RingAlert</name>
        <message>
            <location filename="../../ui/shell/desktop_alert.py" line="+117" />
            <source>외로움안녕120 상담 콘솔</source>
            <translation>외로움안녕120 상담 콘솔</translation>
        </message>
    </context>
    <context>
        <name>RingVolume</name>
        <message>
            <location filename="../../ui/card/ring_volume.py" line="+21" />
            <source>작게</source>
            <translation>작게</translation>
        </message>
        <message>
            <location line="+0" />
            <source>보통</source>
            <translation>보통</translation>
        </message>
        <message>
            <location line="+0" />
            <source>크게</source>
            <translation>크게</translation>
        </message>
        <message>
            <location line="+5" />
            <source>벨소리 크기</source>
            <translation>벨소리 크기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>벨소리 크기 메뉴</source>
            <translation>벨소리 크기 메뉴</translation>
        </message>
        <message>
            <location line="+8" />
            <source>전화가 올 때 울리는 소리의 크기입니다</source>
            <translation>전화가 올 때 울리는 소리의 크기입니다</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../ui/contact/search_panel.py" line="+32" />
            <source>서버 연결 안 됨 · 이 PC 기록만</source>
            <translation>서버 연결 안 됨 · 이 PC 기록만</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버 응답 늦음 · 이 PC 기록만</source>
            <translation>서버 응답 늦음 · 이 PC 기록만</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버 검색 없음 · 이 PC 기록만</source>
            <translation>서버 검색 없음 · 이 PC 기록만</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버 검색 실패 · 이 PC 기록만</source>
            <translation>서버 검색 실패 · 이 PC 기록만</translation>
        </message>
        <message>
            <location line="+14" />
            <source>채팅: …{text}…</source>
            <translation>채팅: …{text}…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>검색 (Ctrl+F)</source>
            <translation>검색 (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+33" />
            <source>상담 기록 검색</source>
            <translation>상담 기록 검색</translation>
        </message>
        <message>
            <location line="-32" />
            <source>번호·이름·메모 내용</source>
            <translation>번호·이름·메모 내용</translation>
        </message>
        <message>
            <location line="+1" />
            <source>전화번호, 이름, 메모 내용으로 찾습니다 (Ctrl+F)</source>
            <translation>전화번호, 이름, 메모 내용으로 찾습니다 (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>검색 결과</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <location line="+22" />
            <source>검색 칸으로 갑니다 (번호·이름·메모 내용)</source>
            <translation>검색 칸으로 갑니다 (번호·이름·메모 내용)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>찾는 중…</source>
            <translation>찾는 중…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{n}건</source>
            <translation>{n}건</translation>
        </message>
        <message>
            <location line="+0" />
            <source>찾은 기록이 없습니다.</source>
            <translation>찾은 기록이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ShiftLeadWiring</name>
        <message>
            <location filename="../../ui/board/wiring.py" line="+57" />
            <source>상담 화면 보기</source>
            <translation>상담 화면 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상황판 보기 (팀장)</source>
            <translation>상황판 보기 (팀장)</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../ui/board/shift_report_view.py" line="+60" />
            <source>진행 중인 상담</source>
            <translation>진행 중인 상담</translation>
        </message>
        <message>
            <location line="+1" />
            <source>열린 사례 (위험도 높은 순)</source>
            <translation>열린 사례 (위험도 높은 순)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>대기 중인 인계</source>
            <translation>대기 중인 인계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다음 근무조에 해야 할 후속 연락</source>
            <translation>다음 근무조에 해야 할 후속 연락</translation>
        </message>
        <message>
            <location line="+1" />
            <source>확인을 기다리는 긴급 출동</source>
            <translation>확인을 기다리는 긴급 출동</translation>
        </message>
        <message>
            <location line="+8" />
            <source>주간조</source>
            <translation>주간조</translation>
        </message>
        <message>
            <location line="+0" />
            <source>저녁조</source>
            <translation>저녁조</translation>
        </message>
        <message>
            <location line="+0" />
            <source>야간조</source>
            <translation>야간조</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} {start:02d}–{end:02d}</source>
            <translation>{name} {start:02d}–{end:02d}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{outgoing} → {incoming}</source>
            <translation>{outgoing} → {incoming}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{who} · {channel} {length} · 위험도 {tier}</source>
            <translation>{who} · {channel} {length} · 위험도 {tier}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>위험도 {tier} · 담당 {who} · {person}</source>
            <translation>위험도 {tier} · 담당 {who} · {person}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>요약: 상담 중 {contacts} · 열린 사례 {cases} (높음 이상 {urgent}) · 인계 대기 {handoffs} · 후속 연락 {follow_ups} (지연 {overdue}) · 출동 확인 대기 {dispatches}</source>
            <translation>요약: 상담 중 {contacts} · 열린 사례 {cases} (높음 이상 {urgent}) · 인계 대기 {handoffs} · 후속 연락 {follow_ups} (지연 {overdue}) · 출동 확인 대기 {dispatches}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>상담원 공동</source>
            <translation>상담원 공동</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다음 할 일: {when}{late} 후속 연락 · {who}</source>
            <translation>다음 할 일: {when}{late} 후속 연락 · {who}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>다음 할 일: 근무 시작 후 1시간 안에 안부·안전 확인 전화</source>
            <translation>다음 할 일: 근무 시작 후 1시간 안에 안부·안전 확인 전화</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다음 할 일: 이번 근무 중 후속 연락 일정 잡기</source>
            <translation>다음 할 일: 이번 근무 중 후속 연락 일정 잡기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다음 할 일: 담당자가 사례 상태 확인</source>
            <translation>다음 할 일: 담당자가 사례 상태 확인</translation>
        </message>
        <message>
            <location line="+12" />
            <source>작성 {now} · 후속 연락은 다음 근무조가 끝나는 {until}까지</source>
            <translation>작성 {now} · 후속 연락은 다음 근무조가 끝나는 {until}까지</translation>
        </message>
        <message>
            <location line="-41" />
            <source>{who} → {target} · {age} · {text}</source>
            <translation>{who} → {target} · {age} · {text}</translation>
        </message>
        <message>
            <location line="-4" />
            <source>번호 없는 사례</source>
            <translation>번호 없는 사례</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+19" />
            <source> (기한 지남)</source>
            <translation> (기한 지남)</translation>
        </message>
        <message>
            <location line="-18" />
            <source>{when}{late} · {who} · {text}</source>
            <translation>{when}{late} · {who} · {text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{service} · {who} · {when} 요청</source>
            <translation>{service} · {who} · {when} 요청</translation>
        </message>
        <message>
            <location filename="../../ui/board/shift_report_pdf.py" line="+37" />
            <location line="+24" />
            <location filename="../../ui/board/shift_report_view.py" line="+37" />
            <location line="+65" />
            <source>교대 인계 보고서</source>
            <translation>교대 인계 보고서</translation>
        </message>
        <message>
            <location line="-3" />
            <source>대외비 · 개인정보 포함 — 인계 후 파기</source>
            <translation>대외비 · 개인정보 포함 — 인계 후 파기</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{page} / {pages}쪽</source>
            <translation>{page} / {pages}쪽</translation>
        </message>
        <message>
            <location filename="../../ui/board/shift_report_view.py" line="-57" />
            <source>없음</source>
            <translation>없음</translation>
        </message>
        <message>
            <location line="+36" />
            <source>성명</source>
            <translation>성명</translation>
        </message>
        <message>
            <location line="+0" />
            <source>서명</source>
            <translation>서명</translation>
        </message>
        <message>
            <location line="+0" />
            <source>일시</source>
            <translation>일시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
        <message>
            <location line="+4" />
            <source>인계한 팀장 (나가는 근무조)</source>
            <translation>인계한 팀장 (나가는 근무조)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>인수한 팀장 (들어오는 근무조)</source>
            <translation>인수한 팀장 (들어오는 근무조)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>← 상황판</source>
            <translation>← 상황판</translation>
        </message>
        <message>
            <location line="+2" />
            <source>상황판으로 돌아가기</source>
            <translation>상황판으로 돌아가기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>새로 고침</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location line="+2" />
            <source>보고서 새로 고침</source>
            <translation>보고서 새로 고침</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <location line="+91" />
            <source>PDF로 저장</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <location line="-86" />
            <source>보고서 내용</source>
            <translation>보고서 내용</translation>
        </message>
        <message>
            <location line="+7" />
            <source>PDF 저장 진행 중</source>
            <translation>PDF 저장 진행 중</translation>
        </message>
        <message>
            <location line="+36" />
            <source>불러오는 중…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+25" />
            <source>PDF로 저장했습니다 ({pages}쪽).</source>
            <translation>PDF로 저장했습니다 ({pages}쪽).</translation>
        </message>
        <message>
            <location line="-15" />
            <source>PDF로 저장하는 중…</source>
            <translation>PDF로 저장하는 중…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF를 저장하지 못했습니다. 저장할 위치를 확인해 주세요.</source>
            <translation>PDF를 저장하지 못했습니다. 저장할 위치를 확인해 주세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>교대인계보고서.pdf</source>
            <translation>교대인계보고서.pdf</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <location filename="../../ui/shell/shortcut_sheet.py" line="+117" />
            <location line="+134" />
            <source>단축키 안내</source>
            <translation>단축키 안내</translation>
        </message>
        <message>
            <location line="-130" />
            <source>단축키</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금 쓸 수 없는 단축키는 흐리게 보입니다.</source>
            <translation>지금 쓸 수 없는 단축키는 흐리게 보입니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>닫기  Esc</source>
            <translation>닫기  Esc</translation>
        </message>
        <message>
            <location line="+2" />
            <source>단축키 안내 닫기</source>
            <translation>단축키 안내 닫기</translation>
        </message>
        <message>
            <location line="+5" />
            <source>단축키 목록</source>
            <translation>단축키 목록</translation>
        </message>
        <message>
            <location line="+2" />
            <source>키</source>
            <translation>키</translation>
        </message>
        <message>
            <location line="+0" />
            <source>하는 일</source>
            <translation>하는 일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>단축키 목록 제목</source>
            <translation>단축키 목록 제목</translation>
        </message>
        <message>
            <location line="+118" />
            <source>글자 크게</source>
            <translation>글자 크게</translation>
        </message>
        <message>
            <location line="+1" />
            <source>글자 작게</source>
            <translation>글자 작게</translation>
        </message>
        <message>
            <location line="+1" />
            <source>글자 기본 크기</source>
            <translation>글자 기본 크기</translation>
        </message>
    </context>
    <context>
        <name>SignOutFlow</name>
        <message>
            <location filename="../../ui/account/sign_out_flow.py" line="+30" />
            <source>서버가 받지 않은 기록 {failed}건과 아직 보내지 못한 기록 {pending}건이 있습니다.
로그아웃해도 이 PC에 암호화된 채로 남아 있다가, 같은 계정으로 다시 로그인하면 '동기화 상세'에서 다시 보낼 수 있습니다.</source>
            <translation>서버가 받지 않은 기록 {failed}건과 아직 보내지 못한 기록 {pending}건이 있습니다.
로그아웃해도 이 PC에 암호화된 채로 남아 있다가, 같은 계정으로 다시 로그인하면 '동기화 상세'에서 다시 보낼 수 있습니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>아직 서버로 보내지 못한 기록이 {pending}건 있습니다. 로그아웃 전에 몇 초 동안 보내 보고,
그래도 남으면 이 PC에 암호화된 채로 두었다가 같은 계정으로 다시 로그인할 때 보냅니다.</source>
            <translation>아직 서버로 보내지 못한 기록이 {pending}건 있습니다. 로그아웃 전에 몇 초 동안 보내 보고,
그래도 남으면 이 PC에 암호화된 채로 두었다가 같은 계정으로 다시 로그인할 때 보냅니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>모든 기록이 서버에 저장되었습니다. 로그아웃하면 이 PC에 남은 상담 기록을 지웁니다.</source>
            <translation>모든 기록이 서버에 저장되었습니다. 로그아웃하면 이 PC에 남은 상담 기록을 지웁니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>로그아웃했습니다. 이 PC에 남아 있던 상담 기록을 지웠습니다.</source>
            <translation>로그아웃했습니다. 이 PC에 남아 있던 상담 기록을 지웠습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>로그아웃했습니다. 보내지 못한 기록 {count}건이 있어 이 PC의 기록을 지우지 않았습니다. 같은 계정으로 다시 로그인하면 이어서 보냅니다.</source>
            <translation>로그아웃했습니다. 보내지 못한 기록 {count}건이 있어 이 PC의 기록을 지우지 않았습니다. 같은 계정으로 다시 로그인하면 이어서 보냅니다.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>상담 중에는 로그아웃할 수 없습니다. 상담을 마무리한 뒤 다시 해 주세요.</source>
            <translation>상담 중에는 로그아웃할 수 없습니다. 상담을 마무리한 뒤 다시 해 주세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>서버에 연결되지 않아 지금 상담을 마무리할 수 없습니다. 로그아웃해도 이 상담과 메모는 이 PC에 암호화된 채로 남고, 같은 계정으로 다시 로그인하면 이어서 마무리할 수 있습니다.</source>
            <translation>서버에 연결되지 않아 지금 상담을 마무리할 수 없습니다. 로그아웃해도 이 상담과 메모는 이 PC에 암호화된 채로 남고, 같은 계정으로 다시 로그인하면 이어서 마무리할 수 있습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+5" />
            <location line="+2" />
            <source>로그아웃</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location line="-5" />
            <source>로그아웃 확인</source>
            <translation>로그아웃 확인</translation>
        </message>
        <message>
            <location line="+6" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <source>로그아웃 취소</source>
            <translation>로그아웃 취소</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>확인</source>
            <translation>확인</translation>
        </message>
    </context>
    <context>
        <name>StatsCharts</name>
        <message>
            <location filename="../../ui/board/stats_charts.py" line="+79" />
            <source>자료 없음</source>
            <translation>자료 없음</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+3" />
            <source>통계</source>
            <translation>통계</translation>
        </message>
        <message>
            <location line="+10" />
            <source>기간: {name}</source>
            <translation>기간: {name}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>시간대별 상담</source>
            <translation>시간대별 상담</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서비스 유형 ①–⑤</source>
            <translation>서비스 유형 ①–⑤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>연계 결과</source>
            <translation>연계 결과</translation>
        </message>
        <message>
            <location line="+17" />
            <source>통계 불러오는 중</source>
            <translation>통계 불러오는 중</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>상담 %n건 · 평균 상담 시간 {handle} · {start}부터</source>
            <translation>
                <numerusform>상담 %n건 · 평균 상담 시간 {handle} · {start}부터</numerusform>
            </translation>
        </message>
        <message>
            <location line="-44" />
            <source>위험도 (기간 내 평가)</source>
            <translation>위험도 (기간 내 평가)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>서버에 통계 API가 없어 이 콘솔이 읽은 이벤트 기록으로 셉니다. 위험도는 기간 안에 한 체크리스트 결과로, 상담마다 가장 높은 단계 하나를 셉니다.</source>
            <translation>서버에 통계 API가 없어 이 콘솔이 읽은 이벤트 기록으로 셉니다. 위험도는 기간 안에 한 체크리스트 결과로, 상담마다 가장 높은 단계 하나를 셉니다.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{day}일</source>
            <translation>{day}일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hour}시</source>
            <translation>{hour}시</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+3" />
            <source>이번 근무조</source>
            <translation>이번 근무조</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+3" />
            <source>오늘</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+3" />
            <source>최근 7일</source>
            <translation>최근 7일</translation>
        </message>
    </context>
    <context>
        <name>SyncDetails</name>
        <message>
            <location filename="../../ui/header/sync_details.py" line="+27" />
            <source>상담 메모·체크리스트</source>
            <translation>상담 메모·체크리스트</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상담 종료</source>
            <translation>상담 종료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상담 내용(요약·분류)</source>
            <translation>상담 내용(요약·분류)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>긴급 출동 요청</source>
            <translation>긴급 출동 요청</translation>
        </message>
        <message>
            <location line="+1" />
            <source>긴급 출동 진행 기록</source>
            <translation>긴급 출동 진행 기록</translation>
        </message>
        <message>
            <location line="+1" />
            <source>연계 의뢰</source>
            <translation>연계 의뢰</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락 일정</source>
            <translation>후속 연락 일정</translation>
        </message>
        <message>
            <location line="+7" />
            <source>다른 곳에서 먼저 바뀌었습니다. 두 값을 비교해 고르세요</source>
            <translation>다른 곳에서 먼저 바뀌었습니다. 두 값을 비교해 고르세요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 계정으로는 보낼 수 없는 항목입니다</source>
            <translation>이 계정으로는 보낼 수 없는 항목입니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버에서 대상을 찾을 수 없습니다</source>
            <translation>서버에서 대상을 찾을 수 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버가 내용 형식을 받지 않았습니다</source>
            <translation>서버가 내용 형식을 받지 않았습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>같은 번호로 다른 내용이 이미 보내졌습니다</source>
            <translation>같은 번호로 다른 내용이 이미 보내졌습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>이 PC에 저장된 내용을 읽을 수 없습니다</source>
            <translation>이 PC에 저장된 내용을 읽을 수 없습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>프로그램 오류로 보내지 못했습니다</source>
            <translation>프로그램 오류로 보내지 못했습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>서버 응답: {code}</source>
            <translation>서버 응답: {code}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>보내지 못한 항목</source>
            <translation>보내지 못한 항목</translation>
        </message>
        <message>
            <location line="+5" />
            <source>보내지 못한 항목 목록</source>
            <translation>보내지 못한 항목 목록</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지금 다시 시도</source>
            <translation>지금 다시 시도</translation>
        </message>
        <message>
            <location line="+2" />
            <source>보내지 못한 항목 모두 지금 다시 보내기</source>
            <translation>보내지 못한 항목 모두 지금 다시 보내기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>닫기</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>보내지 못한 항목 창 닫기</source>
            <translation>보내지 못한 항목 창 닫기</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>서버가 받지 않은 항목 %n개. 지워지지 않고 이 PC에 남아 있습니다.</source>
            <translation>
                <numerusform>서버가 받지 않은 항목 %n개. 지워지지 않고 이 PC에 남아 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>보내지 못한 항목이 없습니다.</source>
            <translation>보내지 못한 항목이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <location filename="../../ui/header/sync_indicator.py" line="+32" />
            <source>가장 오래된 항목 {n}분 전</source>
            <translation>가장 오래된 항목 {n}분 전</translation>
        </message>
        <message>
            <location line="+2" />
            <source>가장 오래된 항목 {n}시간 전</source>
            <translation>가장 오래된 항목 {n}시간 전</translation>
        </message>
        <message>
            <location line="+17" />
            <source>동기화 상태 · 눌러서 자세히 보기</source>
            <translation>동기화 상태 · 눌러서 자세히 보기</translation>
        </message>
        <message>
            <location line="+14" />
            <source>미전송 기록 보내는 중</source>
            <translation>미전송 기록 보내는 중</translation>
        </message>
        <message>
            <location line="+5" />
            <source>이 PC에 저장된 기록을 서버로 보내는 상태입니다.
미전송: 아직 서버에 보내지 못한 항목 수 (연결되면 자동으로 보냅니다)
실패: 서버가 받지 않은 항목 수 (지워지지 않고 남아 있습니다)</source>
            <translation>이 PC에 저장된 기록을 서버로 보내는 상태입니다.
미전송: 아직 서버에 보내지 못한 항목 수 (연결되면 자동으로 보냅니다)
실패: 서버가 받지 않은 항목 수 (지워지지 않고 남아 있습니다)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>서버 연결됨</source>
            <translation>서버 연결됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버 연결 끊김</source>
            <translation>서버 연결 끊김</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서버 연결 중…</source>
            <translation>서버 연결 중…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>다시 로그인 필요</source>
            <translation>다시 로그인 필요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>동기화 멈춤</source>
            <translation>동기화 멈춤</translation>
        </message>
        <message>
            <location line="+4" />
            <source>미전송 {n}</source>
            <translation>미전송 {n}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>실패 {n}</source>
            <translation>실패 {n}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>보내는 중</source>
            <translation>보내는 중</translation>
        </message>
        <message>
            <location line="+20" />
            <source>동기화 상태: {text}</source>
            <translation>동기화 상태: {text}</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <location filename="../../ui/text/text.py" line="+58" />
            <source>입력 지우기</source>
            <translation>입력 지우기</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../ui/common/theme.py" line="+39" />
            <source>야간</source>
            <translation>야간</translation>
        </message>
        <message>
            <location line="+2" />
            <source>고대비</source>
            <translation>고대비</translation>
        </message>
        <message>
            <location line="+1" />
            <source>주간</source>
            <translation>주간</translation>
        </message>
        <message>
            <location filename="../../ui/header/theme_button.py" line="+26" />
            <source>테마</source>
            <translation>테마</translation>
        </message>
        <message>
            <location line="+1" />
            <source>화면 테마, 글자 크기, 언어</source>
            <translation>화면 테마, 글자 크기, 언어</translation>
        </message>
        <message>
            <location line="+2" />
            <source>주간, 야간, 고대비 중에서 고르고 글자 크기와 화면 언어를 바꿉니다.</source>
            <translation>주간, 야간, 고대비 중에서 고르고 글자 크기와 화면 언어를 바꿉니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>화면 테마와 글자 크기 (Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 기본)</source>
            <translation>화면 테마와 글자 크기 (Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 기본)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>화면 테마 메뉴</source>
            <translation>화면 테마 메뉴</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../ui/history/timeline.py" line="+49" />
            <source>상담</source>
            <translation>상담</translation>
        </message>
        <message>
            <location line="+1" />
            <source>주의 표시</source>
            <translation>주의 표시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>후속 연락</source>
            <translation>후속 연락</translation>
        </message>
        <message>
            <location line="+2" />
            <source>연계</source>
            <translation>연계</translation>
        </message>
        <message>
            <location line="+1" />
            <source>긴급 출동</source>
            <translation>긴급 출동</translation>
        </message>
        <message>
            <location line="+1" />
            <source>인계</source>
            <translation>인계</translation>
        </message>
        <message>
            <location line="+2" />
            <source>기타 기록</source>
            <translation>기타 기록</translation>
        </message>
        <message>
            <location line="+5" />
            <source>예정</source>
            <translation>예정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>완료</source>
            <translation>완료</translation>
        </message>
        <message>
            <location line="+1" />
            <source>지남</source>
            <translation>지남</translation>
        </message>
        <message>
            <location line="+1" />
            <source>취소</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+14" />
            <source>요청한 사람: {name}</source>
            <translation>요청한 사람: {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>결과: {outcome}</source>
            <translation>결과: {outcome}</translation>
        </message>
        <message numerus="yes">
            <location line="+74" />
            <source>메모 %n건</source>
            <translation>
                <numerusform>메모 %n건</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>챗봇 자가진단 — {text}</source>
            <translation>챗봇 자가진단 — {text}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>챗봇 채팅 — {text}</source>
            <translation>챗봇 채팅 — {text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>서비스 유형: {types}</source>
            <translation>서비스 유형: {types}</translation>
        </message>
        <message numerus="yes">
            <location line="+41" />
            <source>동의 없이 보내지 않은 항목 %n개</source>
            <translation>
                <numerusform>동의 없이 보내지 않은 항목 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location line="-48" />
            <source>메모: {text}</source>
            <translation>메모: {text}</translation>
        </message>
        <message>
            <location line="-131" />
            <source>체크리스트</source>
            <translation>체크리스트</translation>
        </message>
        <message>
            <location line="+171" />
            <source>보낸 사람: {name}</source>
            <translation>보낸 사람: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>거절 사유: {reason}</source>
            <translation>거절 사유: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>근거: {basis}</source>
            <translation>근거: {basis}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>동의 없음</source>
            <translation>동의 없음</translation>
        </message>
        <message>
            <location line="+6" />
            <source>상태: {status}</source>
            <translation>상태: {status}</translation>
        </message>
    </context>
    <context>
        <name>TodayPanel</name>
        <message>
            <location filename="../../ui/contact/today_panel.py" line="+94" />
            <location line="+4" />
            <source>오늘</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location line="+2" />
            <source>최근 상담</source>
            <translation>최근 상담</translation>
        </message>
        <message>
            <location line="+3" />
            <source>아직 받은 상담이 없습니다.</source>
            <translation>아직 받은 상담이 없습니다.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>최근 상담 목록</source>
            <translation>최근 상담 목록</translation>
        </message>
        <message>
            <location line="+85" />
            <source>채팅 중</source>
            <translation>채팅 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>통화 중</source>
            <translation>통화 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>후처리 중</source>
            <translation>후처리 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>완료 · {channel} {duration}</source>
            <translation>완료 · {channel} {duration}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>화면에 있는 상담</source>
            <translation>화면에 있는 상담</translation>
        </message>
        <message>
            <location line="+2" />
            <source>눌러서 기록 보기</source>
            <translation>눌러서 기록 보기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>눌러서 이 상담으로 가기</source>
            <translation>눌러서 이 상담으로 가기</translation>
        </message>
    </context>
    <context>
        <name>TrainingBanner</name>
        <message>
            <location filename="../../ui/shell/training_banner.py" line="+15" />
            <source>교육 모드 · 연습용 서버에 연결되어 있습니다. 실제 상담 전화가 아닙니다.</source>
            <translation>교육 모드 · 연습용 서버에 연결되어 있습니다. 실제 상담 전화가 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>TrainingSplash</name>
        <message>
            <location filename="../../ui/shell/training_splash.py" line="+33" />
            <source>외로움안녕120 교육 모드 · 연습용 서버를 준비하고 있습니다…</source>
            <translation>외로움안녕120 교육 모드 · 연습용 서버를 준비하고 있습니다…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>외로움안녕120 상담 콘솔 — 교육 모드</source>
            <translation>외로움안녕120 상담 콘솔 — 교육 모드</translation>
        </message>
    </context>
    <context>
        <name>ViewSwitch</name>
        <message>
            <location filename="../../ui/board/switch.py" line="+19" />
            <source>화면 전환</source>
            <translation>화면 전환</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+2" />
            <source>상담</source>
            <translation>상담</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>상황판</source>
            <translation>상황판</translation>
        </message>
        <message>
            <location line="+1" />
            <source>상담 화면 (Ctrl+Shift+1)</source>
            <translation>상담 화면 (Ctrl+Shift+1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>팀장 상황판 (Ctrl+Shift+2)</source>
            <translation>팀장 상황판 (Ctrl+Shift+2)</translation>
        </message>
    </context>
    <context>
        <name>WaitingChats</name>
        <message>
            <location filename="../../ui/chat/waiting_count.py" line="+39" />
            <source>위기 대기 채팅 {n}</source>
            <translation>위기 대기 채팅 {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>대기 채팅 {n}</source>
            <translation>대기 채팅 {n}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+47" />
            <source>대기 중인 채팅</source>
            <translation>대기 중인 채팅</translation>
        </message>
        <message>
            <location line="-45" />
            <source>기다리는 채팅은 순서대로 연결됩니다. 지금 상담을 마치거나 채팅 수에 여유가 생기면 이 콘솔로도 울립니다.</source>
            <translation>기다리는 채팅은 순서대로 연결됩니다. 지금 상담을 마치거나 채팅 수에 여유가 생기면 이 콘솔로도 울립니다.</translation>
        </message>
    </context>
    <context>
        <name>WrapUpForm</name>
        <message>
            <location filename="../../ui/contact/wrap_up_form.py" line="+90" />
            <source>상담 요약</source>
            <translation>상담 요약</translation>
        </message>
        <message>
            <location line="+1" />
            <source>한두 문장으로: 어떤 이야기를 나눴고 무엇을 안내했는지</source>
            <translation>한두 문장으로: 어떤 이야기를 나눴고 무엇을 안내했는지</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+246" />
            <source>서비스 유형: {name}</source>
            <translation>서비스 유형: {name}</translation>
        </message>
        <message>
            <location line="-245" />
            <source>숫자 {n} 또는 Alt+{n}</source>
            <translation>숫자 {n} 또는 Alt+{n}</translation>
        </message>
        <message>
            <location line="+95" />
            <source>후처리: 서비스 유형 {name} 켜기/끄기</source>
            <translation>후처리: 서비스 유형 {name} 켜기/끄기</translation>
        </message>
        <message>
            <location line="-129" />
            <source>처리 결과</source>
            <translation>처리 결과</translation>
        </message>
        <message>
            <location line="+1" />
            <source>선택해 주세요</source>
            <translation>선택해 주세요</translation>
        </message>
        <message>
            <location line="+5" />
            <source>처리 결과 (Alt+R)</source>
            <translation>처리 결과 (Alt+R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>후처리: 처리 결과 고르기</source>
            <translation>후처리: 처리 결과 고르기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>자동 표시</source>
            <translation>자동 표시</translation>
        </message>
        <message>
            <location line="+34" />
            <source>상담 대상</source>
            <translation>상담 대상</translation>
        </message>
        <message>
            <location line="+1" />
            <source>신고자 (전화 건 분)</source>
            <translation>신고자 (전화 건 분)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>처리 결과 *  (Alt+R)</source>
            <translation>처리 결과 *  (Alt+R)</translation>
        </message>
        <message>
            <location line="+214" />
            <source>{label} · 자동 표시</source>
            <translation>{label} · 자동 표시</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/plan.py" line="+79" />
            <location line="+2" />
            <source>후속 연락 필요</source>
            <translation>후속 연락 필요</translation>
        </message>
        <message>
            <location line="+4" />
            <source>후속 연락 날짜</source>
            <translation>후속 연락 날짜</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+133" />
            <source>날짜 선택</source>
            <translation>날짜 선택</translation>
        </message>
        <message>
            <location line="-118" />
            <source>후속 연락 시각</source>
            <translation>후속 연락 시각</translation>
        </message>
        <message>
            <location line="+1" />
            <source>기본은 오전 10시입니다</source>
            <translation>기본은 오전 10시입니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>후속 연락 담당</source>
            <translation>후속 연락 담당</translation>
        </message>
        <message>
            <location line="+1" />
            <source>나, 사례 담당, 동료 상담원, 또는 상담원 누구나 (먼저 맡는 사람이 연락)</source>
            <translation>나, 사례 담당, 동료 상담원, 또는 상담원 누구나 (먼저 맡는 사람이 연락)</translation>
        </message>
        <message>
            <location line="+97" />
            <source>상담원 누구나 (공동 후속 연락)</source>
            <translation>상담원 누구나 (공동 후속 연락)</translation>
        </message>
        <message>
            <location line="-93" />
            <source>후속 연락 사유</source>
            <translation>후속 연락 사유</translation>
        </message>
        <message>
            <location line="+1" />
            <source>무엇을 확인할지 (예: 마음편의점 다녀오셨는지)</source>
            <translation>무엇을 확인할지 (예: 마음편의점 다녀오셨는지)</translation>
        </message>
        <message>
            <location line="+97" />
            <source>지정된 상담원</source>
            <translation>지정된 상담원</translation>
        </message>
        <message>
            <location filename="../../ui/contact/wrap_up_form.py" line="-216" />
            <source>요약 *</source>
            <translation>요약 *</translation>
        </message>
        <message>
            <location line="+1" />
            <source>서비스 유형 * (여러 개 가능)</source>
            <translation>서비스 유형 * (여러 개 가능)</translation>
        </message>
        <message>
            <location filename="../../ui/follow_up/plan.py" line="-10" />
            <source>담당 선택</source>
            <translation>담당 선택</translation>
        </message>
        <message>
            <location line="+2" />
            <source>나 ({name})</source>
            <translation>나 ({name})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>사례 담당 {name}</source>
            <translation>사례 담당 {name}</translation>
        </message>
    </context>
</TS>
