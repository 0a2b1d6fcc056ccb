/**
 * Pruning: each candidate's and each opportunity's best K edges, kept while the pairs are scored.
 * A key orders edges by points, then by the lower id: key = points × count + (count − 1 − rank),
 * with count the size of the other side and rank the place in id order (opportunities are indexed
 * in id order; candidates may be scanned in another order, so they carry their rank). Keys reaching
 * a side are distinct, so "the best K" is exact.
 */

/** Points are below this: (opportunity, points) packs into one number. */
const POINTS_SPAN = 16_384;

export class TopK {
  /**
   * Each candidate's best keys so far, unsorted, in a buffer of 2K: once it holds K keys their
   * smallest is a floor a new key must beat; when it fills it is cut to the best K (a quickselect),
   * and the smallest kept becomes the floor. Cheaper
   * than a heap per candidate: most keys fall under the floor, and a cut costs O(K) every K keys.
   */
  readonly candidateFloor: Float64Array;
  private readonly buffer: number;
  private readonly candidateBest: Float64Array;
  private readonly candidateCount: Int32Array;
  /** The opportunity being scored: a min-heap of its best K candidate keys. */
  opportunityFloor = -1;
  private readonly heap: Float64Array;
  private heapSize = 0;
  /** Each opportunity's best K keys, at j × K, however the opportunities are scanned. */
  private readonly kept: Float64Array;
  private readonly keptCount: Int32Array;

  constructor(
    private readonly candidates: number,
    private readonly opportunities: number,
    private readonly k: number,
    /** Per candidate index, its place in id order. */
    private readonly rank: Int32Array,
  ) {
    this.buffer = 2 * k;
    this.candidateBest = new Float64Array(candidates * this.buffer);
    this.candidateCount = new Int32Array(candidates);
    this.candidateFloor = new Float64Array(candidates).fill(-1);
    this.heap = new Float64Array(k);
    this.kept = new Float64Array(opportunities * k);
    this.keptCount = new Int32Array(opportunities);
  }

  /** A key above the candidate's floor. */
  offerCandidate(i: number, key: number): void {
    const count = this.candidateCount[i];
    this.candidateBest[i * this.buffer + count] = key;
    this.candidateCount[i] = count + 1;
    if (count + 1 === this.buffer) this.cut(i);
    // The first K keys: the smallest of them is already a floor.
    else if (count + 1 === this.k && this.candidateFloor[i] < 0) this.raiseFloor(i);
  }

  /** A key above the opportunity's floor. */
  offerOpportunity(key: number): void {
    const heap = this.heap;
    if (this.heapSize < this.k) {
      let at = this.heapSize++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (heap[parent] <= key) break;
        heap[at] = heap[parent];
        at = parent;
      }
      heap[at] = key;
      if (this.heapSize === this.k) this.opportunityFloor = heap[0];
      return;
    }
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.k) break;
      if (child + 1 < this.k && heap[child + 1] < heap[child]) child++;
      if (heap[child] >= key) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = key;
    this.opportunityFloor = heap[0];
  }

  /** The opportunity j is scored: keep its best K and start the next one. */
  closeOpportunity(j: number): void {
    this.kept.set(this.heap.subarray(0, this.heapSize), j * this.k);
    this.keptCount[j] = this.heapSize;
    this.heapSize = 0;
    this.opportunityFloor = -1;
  }

  /** The union of both sides' best K as the candidates' adjacency in id order, opportunities in index order. */
  edges(): { offsets: Int32Array; targets: Int32Array; points: Int32Array } {
    const { candidates: n, opportunities: m, k, kept, keptCount } = this;
    const fromOpportunities = new Int32Array(n + 1);
    for (let j = 0; j < m; j++)
      for (let at = j * k; at < j * k + keptCount[j]; at++) fromOpportunities[n - (kept[at] % n)]++;
    for (let i = 0; i < n; i++) fromOpportunities[i + 1] += fromOpportunities[i];
    const entries = new Float64Array(fromOpportunities[n]);
    const fill = fromOpportunities.slice(0, n);
    for (let j = 0; j < m; j++)
      for (let at = j * k; at < j * k + keptCount[j]; at++) {
        const r = n - 1 - (kept[at] % n);
        entries[fill[r]++] = Math.floor(kept[at] / n) * m + (m - 1 - j);
      }
    const indexOf = new Int32Array(n);
    this.rank.forEach((rank, i) => (indexOf[rank] = i));
    const offsets = new Int32Array(n + 1);
    const capacity = n * k + entries.length;
    const targets = new Int32Array(capacity);
    const points = new Int32Array(capacity);
    const present = new Int32Array(m).fill(-1);
    // Per candidate, (opportunity, points) packed in one number, so a native sort orders by opportunity.
    const scratch = new Float64Array(k + m);
    let edges = 0;
    for (let r = 0; r < n; r++) {
      const i = indexOf[r];
      if (this.candidateCount[i] > k) this.cut(i);
      let count = 0;
      const base = i * this.buffer;
      for (let at = 0; at < this.candidateCount[i]; at++) {
        const key = this.candidateBest[base + at];
        const j = m - 1 - (key % m);
        present[j] = r;
        scratch[count++] = j * POINTS_SPAN + Math.floor(key / m);
      }
      for (let at = fromOpportunities[r]; at < fromOpportunities[r + 1]; at++) {
        const j = m - 1 - (entries[at] % m);
        if (present[j] === r) continue;
        scratch[count++] = j * POINTS_SPAN + Math.floor(entries[at] / m);
      }
      const sorted = scratch.subarray(0, count).sort();
      for (let at = 0; at < count; at++) {
        targets[edges] = Math.floor(sorted[at] / POINTS_SPAN);
        points[edges++] = sorted[at] % POINTS_SPAN;
      }
      offsets[r + 1] = edges;
    }
    return { offsets, targets: targets.slice(0, edges), points: points.slice(0, edges) };
  }

  private cut(i: number): void {
    const base = i * this.buffer;
    keepLargest(this.candidateBest, base, base + this.candidateCount[i], this.k);
    this.candidateCount[i] = this.k;
    this.raiseFloor(i);
  }

  /** The floor: the smallest of the candidate's K keys. */
  private raiseFloor(i: number): void {
    const base = i * this.buffer;
    let floor = Infinity;
    for (let at = base; at < base + this.k; at++)
      if (this.candidateBest[at] < floor) floor = this.candidateBest[at];
    this.candidateFloor[i] = floor;
  }
}

/** Moves the `k` largest of the distinct keys in [from, to) to [from, from + k), in any order. */
function keepLargest(keys: Float64Array, from: number, to: number, k: number): void {
  let low = from;
  let high = to - 1;
  const target = from + k - 1;
  while (low < high) {
    const pivot = keys[(low + high) >> 1];
    let left = low;
    let right = high;
    while (left <= right) {
      while (keys[left] > pivot) left++;
      while (keys[right] < pivot) right--;
      if (left <= right) {
        const swap = keys[left];
        keys[left++] = keys[right];
        keys[right--] = swap;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else return;
  }
}
