/** A framed block for the few lines a person must read in a terminal (a one-time password). */
export const framed = (lines: readonly string[]): string => {
  const width = Math.max(...lines.map((l) => [...l].length));
  const bar = "─".repeat(width + 2);
  return [`┌${bar}┐`, ...lines.map((l) => `│ ${l}${" ".repeat(width - [...l].length)} │`), `└${bar}┘`].join("\n");
};
