"""Hedges and bounds before an amount: «около 5 млн» approx, «более 40%» gt, «не менее» ge, «менее» lt,
«до 30 млрд» le. The words stay outside the span. «до» after a change («снизил ставку до 8,00%», «доведение
торговли до 10 млрд») marks the new level, not a bound.
"""

from __future__ import annotations

from typing import Optional

from .phrases import Tokens

# lower-case words ending right before the amount (or before «на»/«в» in front of it: «более чем на 40%»)
QUALIFIERS: dict[tuple[str, ...], str] = {
    **{(w,): "approx" for w in ("около", "примерно", "приблизительно", "порядка", "почти", "вблизи",
                                "ориентировочно", "практически", "где-то", "приблиз.", "ок.")},
    ("в", "районе"): "approx", ("в", "пределах"): "le", ("почти", "что"): "approx",
    **{(w,): "gt" for w in ("более", "больше", "свыше", "выше", "превышает", "превысил", "превысила", "превысило",
                            "превысить", "превышать", "превышало", "превышали", "превышал",
                            "превысили", "превысит", "превысят", "превышают", "превышающий", "превышающая",
                            "превышающую", "превышающем", "превышающей")},
    ("более", "чем"): "gt", ("больше", "чем"): "gt", ("чуть", "более"): "gt", ("чуть", "больше"): "gt",
    ("немногим", "более"): "gt", ("немногим", "больше"): "gt", ("перевалил", "за"): "gt", ("перевалила", "за"): "gt",
    ("не", "менее"): "ge", ("не", "меньше"): "ge", ("не", "ниже"): "ge", ("не", "менее", "чем"): "ge",
    ("как", "минимум"): "ge", ("минимум",): "ge", ("по", "меньшей", "мере"): "ge", ("по", "крайней", "мере"): "ge",
    ("менее",): "lt", ("меньше",): "lt", ("ниже",): "lt", ("менее", "чем"): "lt", ("меньше", "чем"): "lt",
    ("чуть", "менее"): "lt", ("чуть", "меньше"): "lt", ("немногим", "менее"): "lt", ("немногим", "меньше"): "lt",
    ("не", "более"): "le", ("не", "больше"): "le", ("не", "выше"): "le", ("не", "свыше"): "le",
    ("не", "более", "чем"): "le", ("максимум",): "le", ("не", "превышает"): "le", ("не", "превысит"): "le",
    ("не", "превышающий"): "le", ("не", "превышающей"): "le", ("не", "превышающую"): "le",
}
LONGEST = max(len(k) for k in QUALIFIERS)
PREPOSITIONS = {"на", "в", "во", "за", "по"}  # «более чем на 40%», «приблизительно за 1,2 млрд»

# «снизил(а) ставку до», «рост … до», «доведению … до»: stems of words that make «до» the new level
CHANGE_STEMS = ("сниз", "сниж", "пониз", "пониж", "повыс", "повыш", "увелич", "уменьш", "сократ", "сокращ", "вырос",
                "выраст", "возрос", "возраст", "рост", "прирост", "подрос", "упал", "упад", "упас", "паден", "подня",
                "поднима", "поднят", "опуст", "опуска", "замедл", "ускор", "довест", "довел", "довед", "довод",
                "нараст",
                "наращ", "расшир", "сузи", "сужа", "подешев", "подорож", "девальв", "укреп", "ослаб", "скоррект",
                "корректир", "измен", "сжал", "сжат", "взлет", "взлёт", "подскоч", "обвал", "просел", "просед",
                "вернул", "вернет", "вернёт", "возвра", "пересмотр", "доведен")
CHANGE_WINDOW = 5  # tokens looked back from «до» or «с»
CHANGE_DEPTH = 3  # with syntax: heads walked up from the phrase «до» belongs to


def qualifier(tokens: Tokens, start: int) -> Optional[str]:
    """The qualifier before the amount starting at token `start`, if any."""
    before = _previous(tokens, start, LONGEST + 1)
    if not before:
        return None
    found = _ending(tokens, before)
    if found:
        return found
    word = tokens.lower[before[0]]
    if word in PREPOSITIONS:
        return _ending(tokens, before[1:])
    if word == "до":
        return None if after_change(tokens, before[0]) else "le"
    if word == "от":
        return "ge"
    return None


def after_change(tokens: Tokens, i: int) -> bool:
    """The preposition at token `i` («до», «с») belongs to a change: «снизить ключевую ставку до 8%».

    Either a change word stands just before it («повышение до 4,4%», «ускорилась в марте до 6,0%»), or the
    syntax tree hangs its phrase on one («доведению взаимной торговли до 10 млрд»); «тратят до 70%» and
    «стоимостью до 30 млрд» stay bounds although a change word may be further back.
    """
    sentence = tokens.sentence[i]
    for j in range(i - 1, max(-1, i - CHANGE_WINDOW - 1), -1):
        if tokens.sentence[j] != sentence:
            break
        if tokens.lower[j].startswith(CHANGE_STEMS):
            return True
    doc = tokens.doc
    if not doc.has_annotation("DEP"):
        return False
    node = doc[i].head
    for _ in range(CHANGE_DEPTH):
        if node.i != i and node.lower_.startswith(CHANGE_STEMS):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _previous(tokens: Tokens, i: int, count: int) -> list[int]:
    """Indices of up to `count` tokens before `i` (nearest first), whitespace skipped, within the sentence."""
    out, sentence = [], tokens.sentence[i] if i < tokens.size else None
    j = tokens.prev(i)
    while j >= 0 and len(out) < count and tokens.sentence[j] == sentence:
        out.append(j)
        j = tokens.prev(j)
    return out


def _ending(tokens: Tokens, before: list[int]) -> Optional[str]:
    """The longest qualifier whose last word is `before[0]` (words listed nearest first)."""
    for size in range(min(LONGEST, len(before)), 0, -1):
        key = tuple(tokens.lower[j] for j in reversed(before[:size]))
        if key in QUALIFIERS:
            return QUALIFIERS[key]
    return None
