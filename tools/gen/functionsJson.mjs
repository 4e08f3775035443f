// Excel custom-functions metadata (functions.json and its zh-CN twin) generated from the registry.
// Ids and names stay English in every language, so a formula is the same in every Excel; descriptions are translated.

/** A parameter that may take a range is an `any` matrix, so error cells still reach the function. */
function paramJson(p, lang) {
  const range = p.kind !== 'setting' || p.type === 'matrix';
  return {
    name: p.name,
    description: p.help[lang],
    type: 'any',
    dimensionality: range ? 'matrix' : 'scalar',
    optional: !!p.optional,
  };
}

export function functionsJson(registry, lang) {
  return {
    allowErrorForDataTypeAny: true,
    functions: registry.map((d) => ({
      id: d.name,
      name: d.name,
      description: `${d.title[lang]}: ${d.description[lang]}`,
      result: { type: 'any', dimensionality: d.result.dimensionality },
      parameters: d.params.map((p) => paramJson(p, lang)),
    })),
  };
}
