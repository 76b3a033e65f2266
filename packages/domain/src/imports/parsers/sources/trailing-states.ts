/**
 * Recommending States at the end of a UPR recommendation: "… (Uruguay);", "… (Chile) (Peru).",
 * "… (Chile, Peru)", Arabic "… (أوروغواي)؛". Groups are balanced, so
 * "(Venezuela (Bolivarian Republic of))" is one State.
 */
export function splitTrailingStates(entry: string): { text: string; states: string[] } {
  let text = entry.trim().replace(/[\s;؛.,،]+$/, '');
  const groups: string[] = [];
  for (;;) {
    const open = openingOfLastGroup(text);
    // Keep at least some text: a recommendation is never only parentheses.
    if (open === undefined || text.slice(0, open).trim() === '') break;
    groups.unshift(text.slice(open + 1, -1));
    text = text.slice(0, open).replace(/[\s;؛,،]+$/, '');
  }
  return { text: text.trim(), states: groups.flatMap(splitTopLevel) };
}

/** Index of the "(" matching a final ")", undefined when the text does not end with a group. */
function openingOfLastGroup(text: string): number | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return undefined;
}

/** "Chile, Peru" → two States; commas inside "(…)" do not split. */
function splitTopLevel(group: string): string[] {
  const states: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of group) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && (char === ',' || char === '،' || char === ';' || char === '؛')) {
      states.push(current);
      current = '';
    } else current += char;
  }
  states.push(current);
  return states.map((state) => state.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
