/** The weights of a linear model over string features (scripts/train-claims.ts writes them). */
export interface LinearWeights {
  bias: number;
  weights: Record<string, number>;
}

/** A scorer for such a model: the bias plus the weight of every feature present. */
export function linearScorer(model: LinearWeights): (features: readonly string[]) => number {
  const weights = new Map(Object.entries(model.weights));
  return (features) => {
    let s = model.bias;
    for (const f of features) s += weights.get(f) ?? 0;
    return s;
  };
}

/*
 * Upper bounds on a score, to skip building the features (a dozen new strings a word) where the
 * score cannot pass the threshold; the scorer above still decides where it can. A feature is
 * "template=value" ("p1=said"); a value may join parts with "|" ("wn1=slamming|the"). Found by
 * its parts, a weight needs no new string. Terms added in the features' own order, each at least
 * the term it stands for, give a bound never below the score, to the last bit (floating-point
 * addition is monotonic in each operand).
 */

/** One template's weights by value. */
export type Values = Map<string, number>;
/** One template's weights by the key part of the value, then by the rest. */
export type Pairs = Map<string, Values>;

/** The model's weights by template, then by value: "p1=said" is under "p1", then "said". */
export function templates(model: LinearWeights): Map<string, Values> {
  const out = new Map<string, Values>();
  for (const [feature, weight] of Object.entries(model.weights)) {
    // The template ends at the first "=": template names have none, values may ("p1==").
    const eq = feature.indexOf('=');
    const template = feature.slice(0, eq);
    let values = out.get(template);
    if (!values) out.set(template, (values = new Map()));
    values.set(feature.slice(eq + 1), weight);
  }
  return out;
}

/**
 * A joined value split into its key part and the rest, the key before the first "|" (`keyFirst`)
 * or after the last; undefined for a value with no "|" (no feature of the template has that
 * value). A key that itself holds a "|" would be split wrongly: lookups must not use such keys.
 */
function split(value: string, keyFirst: boolean): [key: string, rest: string] | undefined {
  const bar = keyFirst ? value.indexOf('|') : value.lastIndexOf('|');
  if (bar < 0) return undefined;
  return keyFirst ? [value.slice(0, bar), value.slice(bar + 1)] : [value.slice(bar + 1), value.slice(0, bar)];
}

/**
 * A two-part template's weights by key, then by the rest: `pairs.get(key)?.get(rest)` is the
 * weight of "key|rest" (or "rest|key"), exactly, for any key with no "|" (undefined: none).
 */
export function pairs(values: Values | undefined, keyFirst: boolean): Pairs {
  const out: Pairs = new Map();
  for (const [value, weight] of values ?? []) {
    const parts = split(value, keyFirst);
    if (!parts) continue;
    const [key, rest] = parts;
    let byRest = out.get(key);
    if (!byRest) out.set(key, (byRest = new Map()));
    byRest.set(rest, weight);
  }
  return out;
}

/**
 * A template's largest weight by the key part of the value, never below 0 (an absent feature adds
 * 0): a bound on the term for any key with no "|", whatever the rest of the value.
 */
export function maxima(values: Values | undefined, keyFirst: boolean): Values {
  const out: Values = new Map();
  for (const [value, weight] of values ?? []) {
    const key = split(value, keyFirst)?.[0];
    if (key === undefined) continue;
    out.set(key, Math.max(out.get(key) ?? 0, weight));
  }
  return out;
}
