/**
 * The index the keyboard moves to: arrows step, Home and End jump. Null for keys it ignores.
 *
 * @example
 * keyboardStep("ArrowRight", -1, 10); // 0: the first arrow press lands on the first mark
 */
export function keyboardStep(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case "ArrowLeft":
    case "ArrowUp":
      return active < 0 ? count - 1 : Math.max(0, active - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
