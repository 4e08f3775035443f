// The one comparison tolerance every threshold uses: ε(t) = 1e-12 × max(1, |t|).
export function eps(t: number): number {
  const a = t < 0 ? -t : t;
  return 1e-12 * (a > 1 ? a : 1);
}
/** x ≥ t within tolerance */
export function ge(x: number, t: number): boolean {
  return x >= t - eps(t);
}
/** x > t beyond tolerance */
export function gt(x: number, t: number): boolean {
  return x > t + eps(t);
}
export function lt(x: number, t: number): boolean {
  return !ge(x, t);
}
export function le(x: number, t: number): boolean {
  return !gt(x, t);
}
/** equal within tolerance (used for ties) */
export function near(x: number, t: number): boolean {
  return ge(x, t) && le(x, t);
}
