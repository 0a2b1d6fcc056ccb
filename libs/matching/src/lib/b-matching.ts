/**
 * Maximum-weight bipartite b-matching: each candidate at most one opportunity, each opportunity at
 * most its seats, integer weights, candidates may stay unmatched.
 *
 * Written by hand rather than handed to a solver: on the round's 10,000 × 2,000 instance (512k edges)
 * HiGHS takes about 10 times as long as this auction and runs out of its 2 GiB heap at 50,000 × 5,000,
 * and no well-kept JavaScript assignment library does b-matching with candidates who may stay
 * unmatched at this size. The tests prove the result equal to HiGHS's LP optimum and to brute force.
 *
 * Method: an ε-scaling auction (Bertsekas) over seats, with a reverse pass. Each seat of an
 * opportunity is an object with a price; a candidate bids for the seat of best value (weight − price)
 * against the second best and the outside option "unmatched" (value 0). The dual of the LP is
 * (π_i ≥ 0 per candidate, p_s ≥ 0 per seat, π_i + p_s ≥ w_is); its complementary slackness needs a
 * positive price only on a taken seat. A forward-only auction leaves prices on seats nobody holds any
 * more (from earlier phases or evictions), so it may stop short of the optimum when candidates may
 * stay unmatched: after each phase's forward pass, each empty seat with a positive price bids in
 * reverse for the candidate who gives it the most, or drops its price to 0. Then every edge satisfies
 * π_i + p_s ≥ w_is − ε, taken edges with equality, empty seats cost 0 and unmatched candidates earn
 * 0, so the total is within nε of the optimum. Weights are scaled by n + 1 and the last phase runs at
 * ε = 1: the gap is under n + 1 scaled, under 1 point, and weights are integers, so it is exact.
 * Ties: the lowest opportunity index, then the lowest seat index; candidates bid in index order, so
 * the same problem always gives the same matching.
 */

/** A b-matching problem over typed arrays: the candidates' adjacency as CSR. */
export interface BMatchingProblem {
  candidates: number;
  opportunities: number;
  /** Edges of candidate i are offsets[i] … offsets[i + 1] − 1 (length candidates + 1). */
  offsets: Int32Array;
  /** Each edge's opportunity index, increasing within a candidate. */
  targets: Int32Array;
  /** Each edge's weight, an integer ≥ 0 (points). */
  weights: Int32Array;
  /** Each opportunity's free seats, ≥ 0. */
  seats: Int32Array;
}

export interface BMatching {
  /** Per candidate, the index of its edge in the problem, or −1 when unmatched. */
  edgeOf: Int32Array;
  /** Sum of the matched edges' weights. */
  total: number;
}

/** How much ε shrinks from one phase to the next. */
const SCALING_FACTOR = 8;

export function maximumWeightBMatching(problem: BMatchingProblem): BMatching {
  const { candidates: n, opportunities: m, offsets, targets, weights, seats } = problem;
  const edges = offsets[n];
  const scale = n + 1;
  const scaled = new Float64Array(edges);
  let maxWeight = 0;
  for (let e = 0; e < edges; e++) {
    scaled[e] = weights[e] * scale;
    if (scaled[e] > maxWeight) maxWeight = scaled[e];
  }

  // Seats: opportunity j owns seat indices seatStart[j] … seatStart[j + 1] − 1.
  const seatStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) seatStart[j + 1] = seatStart[j] + Math.max(0, seats[j]);
  const seatCount = seatStart[m];
  const price = new Float64Array(seatCount);
  const holder = new Int32Array(seatCount);
  const seatOpportunity = new Int32Array(seatCount);
  for (let j = 0; j < m; j++) for (let s = seatStart[j]; s < seatStart[j + 1]; s++) seatOpportunity[s] = j;
  // Per opportunity its cheapest seat and the second-lowest price (a candidate's second-best option
  // may be another seat of the same opportunity).
  const cheapest = new Int32Array(m);
  const lowest = new Float64Array(m);
  const secondLowest = new Float64Array(m);
  const refreshPrices = (j: number) => {
    let best = -1;
    let low = Infinity;
    let second = Infinity;
    for (let s = seatStart[j]; s < seatStart[j + 1]; s++) {
      const p = price[s];
      if (p < low) {
        second = low;
        low = p;
        best = s;
      } else if (p < second) second = p;
    }
    cheapest[j] = best;
    lowest[j] = low;
    secondLowest[j] = second;
  };
  for (let j = 0; j < m; j++) refreshPrices(j);

  // The opportunities' side of the adjacency, for the reverse pass.
  const byOpportunityStart = new Int32Array(m + 1);
  for (let e = 0; e < edges; e++) byOpportunityStart[targets[e] + 1]++;
  for (let j = 0; j < m; j++) byOpportunityStart[j + 1] += byOpportunityStart[j];
  const byOpportunityEdge = new Int32Array(edges);
  const byOpportunityCandidate = new Int32Array(edges);
  const fill = byOpportunityStart.slice(0, m);
  for (let i = 0; i < n; i++)
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const at = fill[targets[e]]++;
      byOpportunityEdge[at] = e;
      byOpportunityCandidate[at] = i;
    }

  const seatOf = new Int32Array(n);
  const edgeOf = new Int32Array(n);
  const profit = new Float64Array(n);
  const queue = new Int32Array(Math.max(n, 1));
  const seatQueue = new Int32Array(Math.max(seatCount, 1));

  let epsilon = Math.max(1, Math.floor(maxWeight / SCALING_FACTOR));
  for (;;) {
    holder.fill(-1);
    seatOf.fill(-1);
    edgeOf.fill(-1);
    profit.fill(0);

    // Forward: candidates bid until each holds a seat or is better off unmatched. The queue is a ring:
    // at most n candidates wait at once.
    let head = 0;
    let waiting = n;
    for (let i = 0; i < n; i++) queue[i] = i;
    while (waiting > 0) {
      const i = queue[head];
      head = head + 1 === n ? 0 : head + 1;
      waiting--;
      let best = -Infinity;
      let second = -Infinity;
      let bestEdge = -1;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const value = scaled[e] - lowest[targets[e]];
        if (value > best) {
          second = best;
          best = value;
          bestEdge = e;
        } else if (value > second) second = value;
      }
      if (bestEdge < 0 || best <= 0) continue; // unmatched: profit 0
      const j = targets[bestEdge];
      const sameOpportunity = scaled[bestEdge] - secondLowest[j];
      if (sameOpportunity > second) second = sameOpportunity;
      if (second < 0) second = 0;
      const s = cheapest[j];
      const bid = scaled[bestEdge] - second + epsilon;
      const previous = holder[s];
      if (previous >= 0) {
        seatOf[previous] = -1;
        edgeOf[previous] = -1;
        profit[previous] = 0;
        let tail = head + waiting;
        if (tail >= n) tail -= n;
        queue[tail] = previous;
        waiting++;
      }
      holder[s] = i;
      seatOf[i] = s;
      edgeOf[i] = bestEdge;
      price[s] = bid;
      profit[i] = scaled[bestEdge] - bid;
      refreshPrices(j);
    }

    // Reverse: an empty seat with a price bids for the candidate who gives it most, or costs 0.
    let queued = 0;
    for (let s = 0; s < seatCount; s++) if (holder[s] < 0 && price[s] > 0) seatQueue[queued++] = s;
    while (queued > 0) {
      const s = seatQueue[--queued];
      if (holder[s] >= 0 || price[s] <= 0) continue;
      const j = seatOpportunity[s];
      let best = -Infinity;
      let second = -Infinity;
      let bestAt = -1;
      for (let at = byOpportunityStart[j]; at < byOpportunityStart[j + 1]; at++) {
        const value = scaled[byOpportunityEdge[at]] - profit[byOpportunityCandidate[at]];
        if (value > best) {
          second = best;
          best = value;
          bestAt = at;
        } else if (value > second) second = value;
      }
      if (bestAt < 0 || best <= epsilon) {
        price[s] = 0;
        refreshPrices(j);
        continue;
      }
      const i = byOpportunityCandidate[bestAt];
      const e = byOpportunityEdge[bestAt];
      const newPrice = Math.max(0, second - epsilon);
      const left = seatOf[i];
      if (left >= 0) {
        holder[left] = -1;
        if (price[left] > 0) seatQueue[queued++] = left;
      }
      holder[s] = i;
      seatOf[i] = s;
      edgeOf[i] = e;
      price[s] = newPrice;
      profit[i] = scaled[e] - newPrice;
      refreshPrices(j);
      if (left >= 0 && seatOpportunity[left] !== j) refreshPrices(seatOpportunity[left]);
    }

    if (epsilon === 1) break;
    epsilon = Math.max(1, Math.floor(epsilon / SCALING_FACTOR));
  }

  let total = 0;
  for (let i = 0; i < n; i++) if (edgeOf[i] >= 0) total += weights[edgeOf[i]];
  return { edgeOf, total };
}

/** Best edge first (ties: lower candidate, then lower opportunity), while the candidate and a seat are free. */
export function greedyBMatching(problem: BMatchingProblem): BMatching {
  const { candidates: n, opportunities: m, offsets, targets, weights, seats } = problem;
  const edges = offsets[n];
  let maxWeight = 0;
  for (let e = 0; e < edges; e++) if (weights[e] > maxWeight) maxWeight = weights[e];
  // Counting sort by weight, descending; stable, so ties stay in (candidate, opportunity) order.
  const start = new Int32Array(maxWeight + 2);
  for (let e = 0; e < edges; e++) start[maxWeight - weights[e] + 1]++;
  for (let w = 0; w <= maxWeight; w++) start[w + 1] += start[w];
  const order = new Int32Array(edges);
  const owner = new Int32Array(edges);
  for (let i = 0; i < n; i++)
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const at = start[maxWeight - weights[e]]++;
      order[at] = e;
      owner[at] = i;
    }
  const edgeOf = new Int32Array(n).fill(-1);
  const used = new Int32Array(m);
  let total = 0;
  for (let at = 0; at < edges; at++) {
    const e = order[at];
    const i = owner[at];
    const j = targets[e];
    if (weights[e] <= 0) break;
    if (edgeOf[i] >= 0 || used[j] >= seats[j]) continue;
    edgeOf[i] = e;
    used[j]++;
    total += weights[e];
  }
  return { edgeOf, total };
}
