"""The shipped crisis safety screen, kept in code as the fallback when its file cannot be used.

The safety rules are code (safety.py), but the questions that lead to them are data: a corrupt, missing or
wrongly edited crisis_safety_screen.json would otherwise take the whole screen out of the picker, on the
one screen a counselor must always be able to open. The loader falls back to this copy then (and the
picker says so in red). tests/console/instruments/test_builtin_crisis.py keeps it byte-identical to the
shipped file: when the file changes on purpose, paste its new text here and update SHIPPED_SHA256.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
from typing import Final

from annyeong.console.instruments.model import Instrument

SHIPPED_FILE: Final = "crisis_safety_screen.json"
SHIPPED_SHA256: Final = "2a3dc58aa52ab6314485b1ec306dddbae2a6c4b7871ef565563cdd3a37019fb4"

CRISIS_SCREEN_JSON: Final = r"""{
  "format": 1,
  "id": "crisis_safety_screen",
  "version": "0.1.0-draft",
  "title": {
    "ko": "위기 안전 확인",
    "en": "Crisis safety screen"
  },
  "short_title": {
    "ko": "위기 안전 확인",
    "en": "Crisis screen"
  },
  "instructions": {
    "ko": "지금부터 선생님의 안전에 관해 몇 가지 여쭤볼게요. 답하기 어려운 질문이 있으면 편하게 말씀해 주세요.",
    "en": "I'd like to ask you a few questions about your safety right now. If any question is hard to answer, just tell me."
  },
  "source": {
    "citation": "외로움안녕120 자체 위기 안전 확인 문항 (상담 콘솔 팀 초안). 공개된 C-SSRS 선별 규칙과 PHQ-9 9번 문항의 후속 질문 규칙을 따르며, C-SSRS 문장은 쓰지 않습니다.",
    "verification": "[I] organisation-authored draft. The operator's crisis protocol (when 112 vs 119 vs a 109 transfer) is not public [GAP, instruments.md §5.3]; review with 서울시복지재단 고립예방센터 / 120다산콜재단 before production use."
  },
  "licence": {
    "status": "organisation_authored",
    "rights_holder": "외로움안녕120 (operator); drafted by the console team",
    "terms": "Written for this service; no third-party licence. Not the C-SSRS, whose electronic use needs a Clario licence [V]."
  },
  "requires_permission": false,
  "wording": {
    "ko": "organisation_authored",
    "en": "organisation_authored",
    "note": "Draft wording for counselors to read aloud; needs review by the operator's clinical lead."
  },
  "scoring_verified": false,
  "provisional_note": {
    "ko": "단계와 권고 조치는 운영기관의 위기 대응 지침이 공개되지 않아 개발팀이 정한 잠정안입니다. 계획·수단·시도 중·타인 위험에 대한 긴급 대응 규칙은 프로그램에 고정되어 있어 이 파일로 바꿀 수 없습니다.",
    "en": "Tiers and next steps are a provisional product mapping: the operator's crisis protocol is not public. The emergency rules for plan, means, an attempt in progress and someone else in danger are built into the program and cannot be changed by this file."
  },
  "notes": [
    "Built-in safety rules (console/instruments/safety.py) fire on crisis_plan, crisis_means, crisis_attempt_now and crisis_other_danger = 1 whatever this file says.",
    "crisis_timeframe is recorded for the dispatch risk summary; it is only asked after a plan and a plan already raises the emergency path."
  ],
  "items": [
    {
      "id": "crisis_thoughts",
      "script": {
        "ko": "요즘 많이 힘드셔서 죽고 싶다는 생각이나, 스스로 목숨을 끊어야겠다는 생각을 하신 적이 있으세요?",
        "en": "Lately, have things been so hard that you have thought about wanting to die, or about ending your own life?"
      },
      "options": [
        {
          "value": 1,
          "label": {
            "ko": "예",
            "en": "Yes"
          },
          "key": 1
        },
        {
          "value": 0,
          "label": {
            "ko": "아니요",
            "en": "No"
          },
          "key": 2
        }
      ]
    },
    {
      "id": "crisis_plan",
      "show_if": [
        {
          "item": "crisis_thoughts",
          "any_of": [
            1
          ]
        }
      ],
      "script": {
        "ko": "혹시 어떻게 하겠다고 구체적으로 생각해 두신 방법이나 계획이 있으세요?",
        "en": "Have you thought about how you would do it? Do you have a particular way or a plan in mind?"
      },
      "options": [
        {
          "value": 1,
          "label": {
            "ko": "예",
            "en": "Yes"
          },
          "key": 1
        },
        {
          "value": 0,
          "label": {
            "ko": "아니요",
            "en": "No"
          },
          "key": 2
        }
      ]
    },
    {
      "id": "crisis_timeframe",
      "show_if": [
        {
          "item": "crisis_plan",
          "any_of": [
            1
          ]
        }
      ],
      "script": {
        "ko": "언제 하려고 생각하고 계세요?",
        "en": "When are you thinking of doing it?"
      },
      "options": [
        {
          "value": 3,
          "label": {
            "ko": "지금 또는 오늘",
            "en": "Now or today"
          },
          "key": 1
        },
        {
          "value": 2,
          "label": {
            "ko": "며칠 안에",
            "en": "Within the next few days"
          },
          "key": 2
        },
        {
          "value": 1,
          "label": {
            "ko": "정해 두지는 않았어요",
            "en": "No set time"
          },
          "key": 3
        }
      ]
    },
    {
      "id": "crisis_means",
      "show_if": [
        {
          "item": "crisis_thoughts",
          "any_of": [
            1
          ]
        }
      ],
      "script": {
        "ko": "혹시 스스로를 해치는 데 쓸 수 있는 약이나 도구 같은 것을 지금 가지고 계시거나, 바로 구하실 수 있는 상황이세요?",
        "en": "Do you have anything you could use to harm yourself, such as pills or a tool, with you now, or could you get it right away?"
      },
      "options": [
        {
          "value": 1,
          "label": {
            "ko": "예",
            "en": "Yes"
          },
          "key": 1
        },
        {
          "value": 0,
          "label": {
            "ko": "아니요",
            "en": "No"
          },
          "key": 2
        }
      ]
    },
    {
      "id": "crisis_attempt_now",
      "script": {
        "ko": "혹시 오늘 이미 스스로를 해치는 행동을 하셨거나, 지금 하고 계신가요? 예를 들어 약을 많이 드셨다든지요.",
        "en": "Have you already done something to harm yourself today, or are you doing it now? For example, taken a lot of pills?"
      },
      "options": [
        {
          "value": 1,
          "label": {
            "ko": "예",
            "en": "Yes"
          },
          "key": 1
        },
        {
          "value": 0,
          "label": {
            "ko": "아니요",
            "en": "No"
          },
          "key": 2
        }
      ]
    },
    {
      "id": "crisis_other_danger",
      "script": {
        "ko": "지금 다른 누군가가 다치거나 위험해질 수 있는 상황인가요? 곁에 계신 분이나 가족, 이웃, 또는 지금 말씀하신 분을 포함해서요.",
        "en": "Is anyone else in danger of being hurt right now? That includes someone with you, family, a neighbour, or the person you are calling about."
      },
      "options": [
        {
          "value": 1,
          "label": {
            "ko": "예",
            "en": "Yes"
          },
          "key": 1
        },
        {
          "value": 0,
          "label": {
            "ko": "아니요",
            "en": "No"
          },
          "key": 2
        }
      ]
    }
  ],
  "scoring": {
    "method": "count_at_or_above",
    "threshold": 1,
    "higher_is": "risk",
    "items": [
      "crisis_thoughts",
      "crisis_plan",
      "crisis_means",
      "crisis_attempt_now",
      "crisis_other_danger"
    ],
    "max_missing": 4,
    "missing": "score_answered"
  },
  "tiers": [
    {
      "id": "no_risk_reported",
      "at_least": 0,
      "label": {
        "ko": "위험 응답 없음",
        "en": "No risk reported"
      },
      "meaning": {
        "ko": "지금 안전에 관한 질문에 위험하다는 답은 없었어요. 대화를 이어 가며 상태를 살펴 주세요.",
        "en": "No answer pointed to danger right now. Keep talking and keep checking."
      },
      "risk": "none",
      "next_step": "further_conversation"
    },
    {
      "id": "risk_reported",
      "at_least": 1,
      "label": {
        "ko": "위험 응답 있음",
        "en": "Risk reported"
      },
      "meaning": {
        "ko": "안전에 관한 질문 가운데 위험하다는 답이 있었어요. 109 자살예방상담전화나 정신건강복지센터로 연결하는 것을 함께 살펴 주세요.",
        "en": "At least one safety question was answered with a risk. Consider connecting the caller to 109 or a mental-health welfare centre."
      },
      "risk": "high",
      "next_step": "refer_mental_health"
    }
  ]
}
"""


def builtin_crisis_screen() -> Instrument:
    """The built-in copy, validated by the same model as any file (a test proves it loads)."""
    if hashlib.sha256(CRISIS_SCREEN_JSON.encode("utf-8")).hexdigest() != SHIPPED_SHA256:
        raise RuntimeError("the built-in crisis screen does not match its checksum")
    return Instrument.model_validate(json.loads(CRISIS_SCREEN_JSON))
