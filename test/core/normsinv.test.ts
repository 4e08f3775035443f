// z = Φ⁻¹(p) must match Excel's NORM.S.INV to 1e-9 over 0.5 ≤ p ≤ 0.9999 (reference quantiles of the standard normal).
import { describe, expect, it } from 'vitest';
import { normSInv } from '../../core/functions/normsinv';

describe('normSInv', () => {
  it.each([
    [0.5, 0],
    [0.6, 0.2533471031357997],
    [0.75, 0.6744897501960817],
    [0.8, 0.8416212335729143],
    [0.9, 1.2815515655446004],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.99, 2.3263478740408408],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [0.9999, 3.7190164854556804],
  ])('NORM.S.INV(%f) = %f', (p, z) => {
    expect(Math.abs(normSInv(p) - z)).toBeLessThan(1e-9);
  });
  it('is symmetric and monotone', () => {
    let last = -Infinity;
    for (let p = 0.0001; p < 1; p += 0.0007) {
      const z = normSInv(p);
      expect(z).toBeGreaterThan(last);
      expect(Math.abs(z + normSInv(1 - p))).toBeLessThan(1e-9);
      last = z;
    }
  });
});
