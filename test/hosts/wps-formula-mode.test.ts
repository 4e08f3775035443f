// The WPS formula-mode default: dk only when the built functions script registered every function, portable otherwise.
import { describe, expect, it } from 'vitest';
import { registry } from '../../core/functions/index';
import { wpsFormulaModes } from '../../wps/formulaMode';
import { loadWpsFunctions } from '../helpers/loadWps';

const names = registry.map((d) => d.name);

describe('WPS formula modes', () => {
  it('a WPS with AddCustomFunction defaults to dk and offers portable', () => {
    expect(wpsFormulaModes(loadWpsFunctions().registeredNames, names)).toEqual(['dk', 'portable', 'values']);
  });
  it('a WPS without it (before 12.1.0.20540) or with a function missing defaults to portable and offers no dk', () => {
    expect(wpsFormulaModes([], names)).toEqual(['portable', 'values']);
    expect(wpsFormulaModes(names.slice(1), names)).toEqual(['portable', 'values']);
  });
});
