"""Numbers without their unit: digits inside a token (`digits.py`), a value with its scale word read from tokens
(`reader.py`: «4,97 млрд», «двадцать пять», «6 млн 118 тыс.»), sums without a number (`vague.py`: «несколько
миллионов»)."""
