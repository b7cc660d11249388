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
